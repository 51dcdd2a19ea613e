package loader

import (
	"slices"
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestCollectiveParties checks that counted collectives ("the two
// leaders", "both sides", "the two governments") stand for the two parties
// the article last paired, and that a future meeting is kept apart from
// the one that happened.
func TestCollectiveParties(t *testing.T) {
	tests := []struct {
		name, body      string
		typ             graph.EventType
		actors, targets []string
		status          graph.Status
	}{
		{"the two leaders spoke: people named together", "Chilean President Marta Soto and Peruvian President Luis Rojas issued a joint statement. The two leaders spoke for an hour in private.",
			graph.Consult, []string{"person/marta-soto", "CL"}, []string{"person/luis-rojas", "PE"}, graph.Reported},
		{"both sides praised a third party", "Peru and Chile reached a deal over the border. Both sides praised Norway for its mediation.",
			graph.Support, []string{"PE", "CL"}, []string{"NO"}, graph.Reported},
		{"both parties of the last event", "Colombia accused Ecuador of sheltering rebels. Both parties condemned Venezuela on Tuesday.",
			graph.Accuse, []string{"CO", "EC"}, []string{"VE"}, graph.Reported},
		{"each other: both act on both", "Peru and Chile fought a war in 1879. The two countries accused each other of aggression.",
			graph.Accuse, []string{"PE", "CL"}, []string{"PE", "CL"}, graph.Reported},
		{"a planned meeting is not the one held", "Chile and Peru signed a fishing accord. Chilean President Marta Soto met Peruvian President Luis Rojas in Lima. The two countries will meet again.",
			graph.Consult, []string{"CL"}, []string{"PE"}, graph.Planned},
		{"a meeting between the two sides", "Chilean President Marta Soto met Peruvian President Luis Rojas in Lima. It was the first summit between the two sides since the war.",
			graph.Consult, []string{"person/marta-soto", "CL"}, []string{"person/luis-rojas", "PE"}, graph.Reported},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ex := extractBody(t, tc.body, "2007-03-14")
			_, got := findEvent(ex, wantEvent{})
			for _, ev := range ex.Events {
				if ev.Type == tc.typ && sameIDs(ids(ev.Actors), tc.actors) && sameIDs(ids(ev.Targets), tc.targets) && ev.Status == tc.status {
					return
				}
			}
			t.Errorf("no %s %v → %v %s; got %s", tc.typ, tc.actors, tc.targets, tc.status, got)
		})
	}
	// A collective whose parties lie more than dyadReach sentences back, a
	// pronoun that may stand for any group, or a qualified collective
	// resolves to no one: no event of typ may have party among its
	// actors or targets.
	noEvent := []struct {
		name, body string
		typ        graph.EventType
		party      string
	}{
		{"pair too far back", "Colombia accused Ecuador of sheltering rebels. The rains went on. Roads were closed. Schools stayed shut. Both sides condemned Venezuela.", graph.Accuse, "VE"},
		{"they is not a counted collective", "Colombia accused Ecuador of sheltering rebels. They condemned Venezuela.", graph.Accuse, "VE"},
		{"leaders of others", "Colombia and Ecuador restored ties. Panama hosted talks between the two sides of the rebel movement.", graph.Consult, "CO"},
	}
	for _, tc := range noEvent {
		t.Run(tc.name, func(t *testing.T) {
			ex := extractBody(t, tc.body, "2007-03-14")
			for _, ev := range ex.Events {
				if ev.Type == tc.typ && (slices.Contains(ids(ev.Actors), tc.party) || slices.Contains(ids(ev.Targets), tc.party)) {
					t.Errorf("unexpected %s (%s)", ev.Label, ev.Claims[0].Rule)
				}
			}
		})
	}
}

// sameIDs reports whether got and want hold the same IDs in any order.
func sameIDs(got, want []string) bool {
	return len(got) == len(want) && !slices.ContainsFunc(want, func(id string) bool { return !slices.Contains(got, id) })
}
