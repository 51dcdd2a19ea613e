package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestLeaderGovernments checks that a government named by its leader
// ("the Bush administration") acts as the state alone, as subject and as
// object, while the leader's role stays stated.
func TestLeaderGovernments(t *testing.T) {
	checkEvents(t, "2007-03-10", []eventCase{
		{"subject", "The Bush administration has deployed 1,200 troops to Djibouti.",
			wantEvent{graph.Mobilize, []string{"US"}, []string{"DJ"}}, graph.Reported, true},
		{"object", "The European Parliament urged the Bush administration to close the prison camp.",
			wantEvent{graph.Request, nil, []string{"US"}}, graph.Reported, false},
	})
	x := extractBody(t, "The Bush administration has deployed 1,200 troops to Djibouti.", "2007-03-10")
	for _, e := range x.Entities {
		if e.Kind == graph.Person {
			t.Errorf("%s listed for the administration: %v", e.Name, names(x.Entities))
		}
	}
}
