package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestLeaderGovernments checks that an administration named by its leader
// ("the Bush administration") acts as the state alone, as subject and as
// object, while a government named by its head keeps the head.
func TestLeaderGovernments(t *testing.T) {
	checkEvents(t, "2007-03-10", []eventCase{
		{"subject", "The Bush administration has deployed 1,200 troops to Djibouti.",
			wantEvent{graph.Mobilize, []string{"US"}, []string{"DJ"}}, graph.Reported, true},
		{"object", "The European Parliament urged the Bush administration to close the prison camp.",
			wantEvent{graph.Request, nil, []string{"US"}}, graph.Reported, false},
	})
	checkEvents(t, "2007-03-10", []eventCase{
		{"government keeps its head", "Opposition leader Malcolm Turnbull attacked the Rudd government over the budget deficit.",
			wantEvent{graph.Accuse, []string{"person/malcolm-turnbull"}, []string{"person/kevin-rudd"}}, graph.Reported, false},
	})
	x := extractBody(t, "The Bush administration has deployed 1,200 troops to Djibouti.", "2007-03-10")
	for _, e := range x.Entities {
		if e.Kind == graph.Person {
			t.Errorf("%s listed for the administration: %v", e.Name, names(x.Entities))
		}
	}
}
