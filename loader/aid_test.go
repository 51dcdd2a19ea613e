package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestAidFrames checks material aid told with the recipient as object,
// training of another state's forces and loans approved, each on a
// sentence made up for the test.
func TestAidFrames(t *testing.T) {
	cases := []struct {
		name, body string
		want       wantEvent
		mode       string
		status     graph.Status
		rule       string
	}{
		{"supplied with jets", "Russia supplied Iran with fighter jets.",
			wantEvent{graph.Aid, []string{"RU"}, []string{"IR"}}, "military", graph.Reported, "verb:supply-with"},
		{"equipped a demonym's army", "China equipped the Pakistani army with tanks.",
			wantEvent{graph.Aid, []string{"CN"}, []string{"PK"}}, "military", graph.Reported, "verb:supply-with"},
		{"will provide with aid", "Britain will provide Myanmar with aid after the cyclone.",
			wantEvent{graph.Aid, []string{"GB"}, []string{"MM"}}, "", graph.Planned, "verb:supply-with"},
		{"did not supply", "The United States did not supply Israel with cluster bombs.",
			wantEvent{graph.Aid, []string{"US"}, []string{"IL"}}, "military", graph.Denied, "verb:supply-with"},
		{"gave a loan", "The World Bank gave Egypt a $2 billion loan.",
			wantEvent{graph.Aid, []string{"org/world-bank"}, []string{"EG"}}, "economic", graph.Reported, "verb:give-recipient"},
		{"gave money in military aid", "The United States gave Pakistan $1 billion in military aid.",
			wantEvent{graph.Aid, []string{"US"}, []string{"PK"}}, "military", graph.Reported, "verb:give-recipient"},
		{"lent a sum", "Russia lent Belarus $2 billion.",
			wantEvent{graph.Aid, []string{"RU"}, []string{"BY"}}, "economic", graph.Reported, "verb:give-recipient"},
		{"trained soldiers", "France trained Ukrainian soldiers.",
			wantEvent{graph.Aid, []string{"FR"}, []string{"UA"}}, "military", graph.Reported, "verb:train-forces"},
		{"is training police", "Germany is training Afghan police.",
			wantEvent{graph.Aid, []string{"DE"}, []string{"AF"}}, "military", graph.Reported, "verb:train-forces"},
		{"will help train", "The United States will help train Iraqi security forces.",
			wantEvent{graph.Aid, []string{"US"}, []string{"IQ"}}, "military", graph.Planned, "verb:train-forces"},
		{"trained a state's army", "NATO has trained Afghanistan's army.",
			wantEvent{graph.Aid, []string{"org/nato"}, []string{"AF"}}, "military", graph.Reported, "verb:train-forces"},
		{"forces trained by", "Iraqi soldiers trained by the United States fought in the city.",
			wantEvent{graph.Aid, []string{"US"}, []string{"IQ"}}, "military", graph.Reported, "verb:train-forces-passive"},
		{"the training of police by", "The training of Afghan police by Germany began in 2002.",
			wantEvent{graph.Aid, []string{"DE"}, []string{"AF"}}, "military", graph.Reported, "noun:train-forces"},
		{"approved a loan", "The World Bank approved a $2 billion loan to Egypt.",
			wantEvent{graph.Aid, []string{"org/world-bank"}, []string{"EG"}}, "economic", graph.Reported, "verb:approve-aid"},
		{"approved a bailout", "The IMF approved a bailout for Iceland.",
			wantEvent{graph.Aid, []string{"org/international-monetary-fund"}, []string{"IS"}}, "economic", graph.Reported, "verb:approve-aid"},
		{"disbursed euros in aid", "The European Union disbursed 100 million euros in aid to Egypt.",
			wantEvent{graph.Aid, []string{"org/european-union"}, []string{"EG"}}, "economic", graph.Reported, "verb:approve-aid"},
		{"airlifted supplies", "The United States airlifted supplies to Pakistan.",
			wantEvent{graph.Aid, []string{"US"}, []string{"PK"}}, "humanitarian", graph.Reported, "verb:approve-aid"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ev := mustFindEvent(t, tc.body, "2023-03-22", tc.want)
			if ev.Mode != tc.mode {
				t.Errorf("mode %q, want %q", ev.Mode, tc.mode)
			}
			if ev.Status != tc.status {
				t.Errorf("status %s, want %s", ev.Status, tc.status)
			}
			if !hasClaimRule(ev, tc.rule) {
				t.Errorf("no claim by rule %s", tc.rule)
			}
		})
	}
}

// TestAidFramesNot checks sentences the aid frames must leave alone:
// no goods, an offer (AGREE), a cut in aid, a purchase, militants.
func TestAidFramesNot(t *testing.T) {
	checkNoEvents(t, "2023-03-22", []graph.EventType{graph.Aid},
		"Russia provided evidence to the United Nations.",
		"Russia supplied information to Iran.",
		"Barack Obama gave a speech to Congress.",
		"The Russian parliament approved a law.",
		"Japan gave Indonesia a warning.",
		"France has decided to give Japan a taste of its own medicine.",
		"Officials were giving Japan until April to show that an economic stimulus package was coming.",
		"Saudi Arabia gave Britain its biggest-ever arms export order.",
		"The United States has offered to train Pakistani security forces.",
		"Iran is accused of training Iraqi militants.",
		"Hamas militants armed with rifles attacked Israel.",
	)
}
