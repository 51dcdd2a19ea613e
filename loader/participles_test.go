package loader

import (
	"slices"
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestJourneyPurpose checks that the act a journey is made for belongs to
// the traveller, not to the destination named before "to", each on a
// sentence made up for the test, and that a negated or alleged journey
// gives the destination no act.
func TestJourneyPurpose(t *testing.T) {
	checkEvents(t, "2007-05-02", []eventCase{
		{"travelled to a country to meet", "Japanese Foreign Minister Taro Aso travelled to Iraq to meet Prime Minister Nouri al-Maliki.",
			wantEvent{graph.Consult, []string{"person/taro-aso", "JP"}, []string{"person/nouri-al-maliki", "IQ"}}, "", false},
		{"went to a country to meet", "German Chancellor Angela Merkel went to Syria to meet President Bashar al-Assad.",
			wantEvent{graph.Consult, []string{"person/angela-merkel", "DE"}, []string{"person/bashar-al-assad", "SY"}}, "", false},
		{"flew to the country this week to meet", "Israeli Prime Minister Ehud Olmert flew to the United States this week to meet President George W. Bush.",
			wantEvent{graph.Consult, []string{"person/ehud-olmert", "IL"}, []string{"person/george-w-bush", "US"}}, "", false},
	})
	noActor := []struct{ name, body, party string }{
		{"negated journey", "Japanese Foreign Minister Taro Aso did not travel to Iraq to meet Prime Minister Nouri al-Maliki.", "IQ"},
		{"alleged journey", "The dealer was accused of travelling to Russia to purchase missiles from the army.", "RU"},
	}
	for _, tc := range noActor {
		t.Run(tc.name, func(t *testing.T) {
			for _, ev := range extractBody(t, tc.body, "2007-05-02").Events {
				if slices.Contains(ids(ev.Actors), tc.party) {
					t.Errorf("unexpected %s (%s)", ev.Label, ev.Claims[0].Rule)
				}
			}
		})
	}
}
