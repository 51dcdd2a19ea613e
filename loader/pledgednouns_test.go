package loader

import (
	"slices"
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestPledgedNouns checks offers, pledges and loans told by nouns, each
// on a sentence made up for the test: the exact parties, type, status and
// rule.
func TestPledgedNouns(t *testing.T) {
	cases := []struct {
		name, body string
		want       wantEvent
		status     graph.Status
		rule       string
	}{
		{"possessive offer of goods", "Brazil's offer of vaccines to Bolivia was accepted on Monday.",
			wantEvent{graph.Agree, []string{"BR"}, []string{"BO"}}, graph.Reported, "noun:pledge-possessive"},
		{"pledge to a people in a state", "Canada's pledge of $40 million to flood victims in Pakistan was welcomed.",
			wantEvent{graph.Agree, []string{"CA"}, []string{"PK"}}, graph.Reported, "noun:pledge-possessive"},
		{"attributive pledge", "The Australian pledge of aid to Fiji came a day after the storm.",
			wantEvent{graph.Agree, []string{"AU"}, []string{"FJ"}}, graph.Reported, "noun:pledge-attributive"},
		{"offer from a state", "An offer of wheat from Argentina to Egypt was announced.",
			wantEvent{graph.Agree, []string{"AR"}, []string{"EG"}}, graph.Reported, "noun:pledge-from"},
		{"offer to act between two parties", "Turkey's offer to mediate between Syria and Israel was turned down.",
			wantEvent{graph.Agree, []string{"TR"}, []string{"SY", "IL"}}, graph.Reported, "noun:pledge-possessive"},
		{"offer rejected by its recipient", "Cuba rejected the Spanish offer.",
			wantEvent{graph.Agree, []string{"ES"}, []string{"CU"}}, graph.Reported, "noun:pledge-attributive"},
		{"offer turned down by its recipient", "North Korea turned down South Korea's offer to resume family reunions.",
			wantEvent{graph.Agree, []string{"KR"}, []string{"KP"}}, graph.Reported, "noun:pledge-possessive"},
		{"pledge by a state to act", "The deal contains a pledge by Serbia to free Kosovar prisoners.",
			wantEvent{graph.Agree, []string{"RS"}, []string{"XK"}}, graph.Reported, "noun:pledge-by"},
		{"possessive loan", "India's loan to Nepal will pay for a new highway.",
			wantEvent{graph.Aid, []string{"IN"}, []string{"NP"}}, graph.Reported, "noun:give-possessive"},
		{"attributive loan", "A Kuwaiti loan to Jordan was signed in Amman.",
			wantEvent{graph.Aid, []string{"KW"}, []string{"JO"}}, graph.Reported, "noun:give-attributive"},
		{"loan from a body", "A credit from the World Bank to Ghana was approved.",
			wantEvent{graph.Aid, []string{"org/world-bank"}, []string{"GH"}}, graph.Reported, "noun:give-from"},
		{"donation", "Norway's donation to Haiti arrived in Port-au-Prince.",
			wantEvent{graph.Aid, []string{"NO"}, []string{"HT"}}, graph.Reported, "noun:give-possessive"},
		{"aid sent to a region", "The Red Cross sent medical aid to Darfur.",
			wantEvent{graph.Aid, []string{"org/international-committee-of-the-red-cross"}, []string{"SD"}}, graph.Reported, "verb:supply-place-host"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ev := mustFindEvent(t, tc.body, "2023-03-22", tc.want)
			if got := ids(ev.Actors); !slices.Equal(got, tc.want.actors) {
				t.Errorf("actors %v, want %v", got, tc.want.actors)
			}
			if got := ids(ev.Targets); !slices.Equal(got, tc.want.targets) {
				t.Errorf("targets %v, want %v", got, tc.want.targets)
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

// TestPledgedNounsNot checks what the noun frames must leave alone: a
// firm's loan, a job offered, aid workers, and the one who rejects an
// offer, who offers nothing.
func TestPledgedNounsNot(t *testing.T) {
	checkNoEvents(t, "2023-03-22", []graph.EventType{graph.Agree, graph.Aid},
		"Citibank's loan to Acme Holdings Inc was repaid.",
		"He accepted the offer of a job at the ministry.",
		"Aid workers in Darfur were attacked.",
		"Peru rejected the European offer.",
		"Chile's loan agreement with the bank was signed.",
	)
}
