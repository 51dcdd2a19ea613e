package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestConsultRules checks the consult theme's rules, each on a sentence
// made up for the test: journeys told by verbs of travel, presence in a
// city for talks, adverbial visit phrases and a body's meeting with a
// named host.
func TestConsultRules(t *testing.T) {
	checkEvents(t, "2006-07-18", []eventCase{
		{"continued on to a capital", "Chancellor Angela Merkel of Germany continued on to Paris on Tuesday.",
			wantEvent{graph.Consult, []string{"person/angela-merkel", "DE"}, []string{"FR"}}, graph.Reported, true},
		{"headed to a capital", "Indian Prime Minister Manmohan Singh headed to Moscow on Monday.",
			wantEvent{graph.Consult, []string{"person/manmohan-singh", "IN"}, []string{"RU"}}, graph.Reported, true},
		{"left for a capital", "Iranian President Mahmoud Ahmadinejad left for Caracas on Sunday.",
			wantEvent{graph.Consult, []string{"person/mahmoud-ahmadinejad", "IR"}, []string{"VE"}}, graph.Reported, true},
		{"stopped in a country", "Chinese President Hu Jintao stopped in Kenya on his way home.",
			wantEvent{graph.Consult, []string{"person/hu-jintao", "CN"}, []string{"KE"}}, graph.Reported, true},
		{"toured a country", "Chinese President Hu Jintao toured Nigeria last week.",
			wantEvent{graph.Consult, []string{"person/hu-jintao", "CN"}, []string{"NG"}}, graph.Reported, true},
		{"in a city for talks with a body", "Iranian negotiator Ali Larijani was in Vienna for talks with the International Atomic Energy Agency.",
			wantEvent{graph.Consult, []string{"person/ali-larijani"}, []string{"org/international-atomic-energy-agency"}}, graph.Reported, false},
		{"in a body's seat for talks on its matter", "Abdullah Gul, in Brussels for talks on Turkey's EU membership, said the process would continue.",
			wantEvent{graph.Consult, []string{"person/abdullah-gul"}, []string{"org/european-union"}}, graph.Reported, false},
		{"an opening visit phrase", "During his visit to Japan, Russian President Vladimir Putin signed several agreements.",
			wantEvent{graph.Consult, []string{"person/vladimir-putin", "RU"}, []string{"JP"}}, graph.Reported, true},
		{"an opening visit phrase before a bare name", "During his visit to Japan, Vladimir Putin signed several agreements.",
			wantEvent{graph.Consult, []string{"person/vladimir-putin", "RU"}, []string{"JP"}}, graph.Reported, true},
		{"an opening visit phrase with in", "In a recent visit to Armenia, Jacques Chirac said Turkey should recognise the genocide.",
			wantEvent{graph.Consult, []string{"person/jacques-chirac", "FR"}, []string{"AM"}}, graph.Reported, true},
		{"an opening trip phrase after speaking", "Speaking on a trip to Egypt, Iranian Foreign Minister Manouchehr Mottaki said talks would continue.",
			wantEvent{graph.Consult, []string{"person/manouchehr-mottaki", "IR"}, []string{"EG"}}, graph.Reported, true},
		{"a visit phrase after its person", "That was the opinion of Prime Minister Nouri al-Maliki during a visit to Kuwait, July 7.",
			wantEvent{graph.Consult, []string{"person/nouri-al-maliki", "IQ"}, []string{"KW"}}, graph.Reported, true},
		{"a summit under a named presidency", "The leaders of the G8 met over the weekend in St. Petersburg for a summit held under Russia's presidency.",
			wantEvent{graph.Consult, []string{"org/group-of-eight"}, []string{"RU"}}, graph.Reported, true},
		{"a list of one state's titles", "Chinese President Hu Jintao will meet the Indian President, Prime Minister and Sonia Gandhi.",
			wantEvent{graph.Consult, []string{"person/hu-jintao", "CN"}, []string{"IN"}}, graph.Planned, false},
		{"an opening meeting phrase with his", "During his meeting with Russian President Vladimir Putin, Chinese President Hu Jintao discussed energy.",
			wantEvent{graph.Consult, []string{"person/hu-jintao", "CN"}, []string{"person/vladimir-putin", "RU"}}, graph.Reported, true},
		{"an opening after-talks phrase", "After her talks with Russian President Vladimir Putin, German Chancellor Angela Merkel said relations were good.",
			wantEvent{graph.Consult, []string{"person/angela-merkel", "DE"}, []string{"person/vladimir-putin", "RU"}}, graph.Reported, true},
	})
}

// TestConsultRulesLeaveOtherJourneys checks that vehicles, troops and
// journeys to no named place give no visit.
func TestConsultRulesLeaveOtherJourneys(t *testing.T) {
	for _, body := range []string{
		"British troops arrived in Basra on Monday.",
		"The Russian warship travelled to Venezuela last week.",
		"Extremists attacked an Indian train heading for Pakistan.",
		"Indian Prime Minister Manmohan Singh continued on to win the vote.",
		"Chinese President Hu Jintao toured the flooded areas.",
		"Canadians should prepare for a long mission to Afghanistan.",
		"NATO foreign ministers met in Brussels on Thursday.",
		"The United States banned travel to Cuba.",
		"Britain advised against all but essential travel to Kenya.",
		"During the summit, Brazilian President Luiz Inacio Lula da Silva defended Venezuela.",
	} {
		ex := extractBody(t, body, "2006-07-18")
		for _, ev := range ex.Events {
			if ev.Type == graph.Consult {
				t.Errorf("%q: unexpected %s", body, ev.Label)
			}
		}
	}
}
