package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestAnaphoraEvents checks targets given by a phrase that refers back to
// an earlier event, each on a sentence made up for the test: the exact
// type, actors, targets and status.
func TestAnaphoraEvents(t *testing.T) {
	tests := []struct {
		name    string
		body    string
		typ     graph.EventType
		actors  []string
		targets []string
		status  graph.Status
	}{
		{"the offer is the offerer's", "On Monday Peru offered to mediate between the rebels and the army. Chile rejected the offer on Tuesday.",
			graph.Reject, []string{"CL"}, []string{"PE"}, graph.Reported},
		{"a possessive names the author", "Peru's latest proposal would split the fishing grounds. Chile dismissed the proposal.",
			graph.Reject, []string{"CL"}, []string{"PE"}, graph.Reported},
		{"an agent names the author in the same sentence", "The agreements made by Bolivia are popular at home, but Chile opposes the accord.",
			graph.Reject, []string{"CL"}, []string{"BO"}, graph.Reported},
		{"a verb of deciding names the author", "Bolivia decided on Monday to close the border. Argentina criticised the decision.",
			graph.Accuse, []string{"AR"}, []string{"BO"}, graph.Reported},
		{"the comments after a name ending in a speech verb", "North Korea blamed the United States for the crisis. Japan called the comments \"irresponsible\".",
			graph.Accuse, []string{"JP"}, []string{"KP"}, graph.Reported},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ex := extractBody(t, tt.body, "2006-05-03")
			ev, got := findEvent(ex, wantEvent{tt.typ, tt.actors, tt.targets})
			if ev == nil {
				t.Fatalf("no %s %v → %v; got %s", tt.typ, tt.actors, tt.targets, got)
			}
			if len(ev.Actors) != len(tt.actors) || len(ev.Targets) != len(tt.targets) {
				t.Errorf("%s: actors %v, targets %v; want exactly %v → %v", ev.Label, ids(ev.Actors), ids(ev.Targets), tt.actors, tt.targets)
			}
			if ev.Status != tt.status {
				t.Errorf("%s: status %s, want %s", ev.Label, ev.Status, tt.status)
			}
		})
	}
	checkRejects(t, []reject{
		{"two offerers: the phrase does not say which", "Peru offered to mediate. Brazil offered to host talks. Chile rejected the offer.", graph.Reject},
		{"one's own offer", "Chile offered to mediate. Chile later rejected the offer.", graph.Reject},
		{"too far back", "Peru offered to mediate. Chile met Bolivia. Chile met Brazil. Chile met Ecuador. Chile met Uruguay. Chile rejected the offer.", graph.Reject},
		{"an attack is not read back", "Peru attacked the rebels. Chile condemned the attack.", graph.Accuse},
	})
}
