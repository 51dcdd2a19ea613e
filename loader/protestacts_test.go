package loader

import (
	"slices"
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestProtestActs checks protest acts aimed at a foreign state, each on a
// sentence made up for the test: the crowd's country (or the place's) acts,
// the state whose flag, leader, embassy or site it is is the target.
func TestProtestActs(t *testing.T) {
	cases := []ruleCase{
		{"burned flags", "Demonstrators burned American flags in Tehran.",
			wantEvent{graph.Protest, []string{"IR"}, []string{"US"}}, graph.Reported, "verb:protest-desecrate"},
		{"trampled on flags of two states", "Several hundred Iranians trampled on American and Israeli flags in Tehran.",
			wantEvent{graph.Protest, []string{"IR"}, []string{"US", "IL"}}, graph.Reported, "verb:protest-desecrate"},
		{"burned goods and flags", "Protesters in Beijing burned Korean goods and Japanese flags.",
			wantEvent{graph.Protest, []string{"CN"}, []string{"JP"}}, graph.Reported, "verb:protest-desecrate"},
		{"burned an effigy of a leader", "Thousands of Pakistanis burned effigies of Danish Prime Minister Anders Fogh Rasmussen in Lahore.",
			wantEvent{graph.Protest, []string{"PK"}, []string{"person/anders-fogh-rasmussen"}}, graph.Reported, "verb:protest-desecrate"},
		{"stormed an embassy", "Protesters stormed the US embassy in Baghdad.",
			wantEvent{graph.Protest, []string{"IQ"}, []string{"US"}}, graph.Reported, "verb:protest-embassy"},
		{"tried to storm an embassy", "Hundreds of rioters tried to storm the Japanese embassy in Beijing on Saturday.",
			wantEvent{graph.Protest, []string{"CN"}, []string{"JP"}}, graph.Reported, "verb:protest-embassy"},
		{"pelted a consulate", "Crowds pelted the Danish consulate in Beirut with stones.",
			wantEvent{graph.Protest, []string{"LB"}, []string{"DK"}}, graph.Reported, "verb:protest-embassy"},
		{"threw stones at an embassy", "Protesters hurled stones at the US embassy in Belgrade.",
			wantEvent{graph.Protest, []string{"RS"}, []string{"US"}}, graph.Reported, "verb:protest-embassy"},
		{"set fire to an embassy", "An angry mob set fire to the Norwegian embassy in Damascus.",
			wantEvent{graph.Protest, []string{"SY"}, []string{"NO"}}, graph.Reported, "verb:protest-embassy"},
		{"broke into an embassy", "Students forced their way into the British embassy in Tehran.",
			wantEvent{graph.Protest, []string{"IR"}, []string{"GB"}}, graph.Reported, "verb:protest-embassy"},
		{"will picket an embassy", "Students will picket the Chinese embassy in Manila on Monday.",
			wantEvent{graph.Protest, []string{"PH"}, []string{"CN"}}, graph.Planned, "verb:protest-embassy"},
		{"stormed by protesters", "The Danish embassy in Damascus was stormed by angry protesters.",
			wantEvent{graph.Protest, []string{"SY"}, []string{"DK"}}, graph.Reported, "verb:protest-embassy-passive"},
		{"gathered outside an embassy", "Protesters gathered outside the British embassy in Tehran.",
			wantEvent{graph.Protest, []string{"IR"}, []string{"GB"}}, graph.Reported, "verb:protest-embassy-venue"},
		{"a sit-in in front of an embassy", "Hundreds of students staged a sit-in in front of the Japanese embassy in Seoul.",
			wantEvent{graph.Protest, []string{"KR"}, []string{"JP"}}, graph.Reported, "verb:protest-embassy-venue"},
		{"slogans against a state", "Demonstrators in Karachi shouted slogans against America.",
			wantEvent{graph.Protest, []string{"PK"}, []string{"US"}}, graph.Reported, "verb:protest-slogans"},
		{"anti- slogans", "Demonstrators in Lahore chanted anti-American slogans.",
			wantEvent{graph.Protest, []string{"PK"}, []string{"US"}}, graph.Reported, "verb:protest-slogans"},
		{"death to", `Crowds chanted "Death to America" in Tehran.`,
			wantEvent{graph.Protest, []string{"IR"}, []string{"US"}}, graph.Reported, "verb:protest-slogans"},
		{"activists boarded a platform", "Greenpeace activists boarded a Russian oil platform.",
			wantEvent{graph.Protest, []string{"org/greenpeace"}, []string{"RU"}}, graph.Reported, "verb:protest-obstruct"},
		{"members of a group occupied a platform", "Members of Greenpeace have occupied a Russian oil platform in the Arctic.",
			wantEvent{graph.Protest, []string{"org/greenpeace"}, []string{"RU"}}, graph.Reported, "verb:protest-obstruct"},
		{"activists chained themselves to a ship", "Greenpeace activists chained themselves to a Japanese whaling ship.",
			wantEvent{graph.Protest, []string{"org/greenpeace"}, []string{"JP"}}, graph.Reported, "verb:protest-obstruct"},
	}
	checkRuleCases(t, "2023-03-22", cases)
}

// TestProtestActsLeaveOthers checks that armed men attacking an embassy,
// acts with no crowd and protests at home are no protest against a
// foreign state, and that a crowd storming or occupying a building makes
// no assault or seizure.
func TestProtestActsLeaveOthers(t *testing.T) {
	for _, body := range []string{
		"The US embassy in Sanaa was attacked by militants.",
		"Gunmen stormed the US embassy in Sanaa.",
		"Police burned confiscated flags in Tehran.",
		"Supporters waved American flags in Kabul.",
		"Demonstrators burned an effigy of Venezuelan President Hugo Chavez in Caracas.",
		"Iranian students shouted slogans against the Iranian government.",
		"Greenpeace activists blocked the road.",
		"Security forces blocked protesters from reaching the US embassy in Cairo.",
	} {
		t.Run(body, func(t *testing.T) {
			for _, ev := range extractBody(t, body, "2023-03-22").Events {
				if ev.Type == graph.Protest && len(ev.Targets) > 0 {
					t.Errorf("unwanted %s %v → %v", ev.Type, ids(ev.Actors), ids(ev.Targets))
				}
			}
		})
	}
	for _, body := range []string{
		"Iranian students stormed the British embassy in Tehran.",
		"Greenpeace activists have occupied a Russian oil platform in the Arctic.",
	} {
		for _, ev := range extractBody(t, body, "2023-03-22").Events {
			if ev.Type == graph.Assault || ev.Type == graph.Coerce {
				t.Errorf("%q: a crowd's act read as %s %v → %v", body, ev.Type, ids(ev.Actors), ids(ev.Targets))
			}
		}
	}
}

// TestAntiCrowd checks that the country in an "anti-" word before a crowd
// is whom the crowd is against, not the crowd's own country.
func TestAntiCrowd(t *testing.T) {
	body := "Anti-Japanese demonstrators marched in Shanghai on Saturday."
	mustFindEvent(t, body, "2023-03-22", wantEvent{graph.Protest, []string{"CN"}, []string{"JP"}})
	for _, ev := range extractBody(t, body, "2023-03-22").Events {
		if slices.Contains(ids(ev.Actors), "JP") {
			t.Errorf("Japan read as the protester: %s %v → %v", ev.Type, ids(ev.Actors), ids(ev.Targets))
		}
	}
}
