package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestContextEvents checks targets given by the joint activity a verbal
// event's object names ("rejoin the talks", "the marking of the border"):
// the other party of that activity as the article reported it. Sentences
// are made up for the test; the exact type, actors, targets and status.
func TestContextEvents(t *testing.T) {
	tests := []struct {
		name    string
		body    string
		typ     graph.EventType
		actors  []string
		targets []string
		status  graph.Status
	}{
		{"the parties of talks named with 'between'", "Last year Chile walked out of the fishing talks (between Peru, Bolivia and Chile). On Monday Chile said it was willing to rejoin the talks.",
			graph.Agree, []string{"CL"}, []string{"PE"}, graph.Reported},
		{"the other party of a reported dispute", "Ecuador accused Peru of moving troops into its territory. Peru rejected the marking of the border.",
			graph.Reject, []string{"PE"}, []string{"EC"}, graph.Reported},
		{"the other party of a reported meeting", "Peru held talks with Bolivia in Lima on Monday. On Tuesday Bolivia said it was ready to continue the talks.",
			graph.Agree, []string{"BO"}, []string{"PE"}, graph.Reported},
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
		{"two meetings with different parties: which talks is unclear", "Peru held talks with Bolivia on Monday. Peru held talks with Chile on Tuesday. Peru said it was ready to rejoin the talks.", graph.Agree},
		{"a border in another clause is a place", "Peru met Bolivia on Monday. Peru said Chilean troops had crossed and demanded they return across the border.", graph.Request},
		{"the actor took no part", "Peru held talks with Bolivia on Monday. Chile said it was ready to rejoin the talks.", graph.Agree},
		{"too far back", "Peru held talks with Bolivia. Chile met Brazil. Chile met Ecuador. Chile met Uruguay. Chile met Paraguay. Bolivia said it was ready to rejoin the talks.", graph.Agree},
	})
}
