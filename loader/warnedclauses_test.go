package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestWarnedClauses checks warnings to a named party whose clause, past
// the lexicon's window, holds a consequence over it, and leaves warnings
// of a danger, negated consequences and clauses without a modal alone.
func TestWarnedClauses(t *testing.T) {
	checkEvents(t, "2008-05-01", []eventCase{
		{name: "it may retaliate", body: "Chile warned Peru and Bolivia on Tuesday that it may retaliate.",
			want: wantEvent{graph.Threaten, []string{"CL"}, []string{"PE"}}},
		{name: "an apposition before the clause", body: "Peru warned Bolivia, its neighbour to the east, that its troops would be attacked.",
			want: wantEvent{graph.Threaten, []string{"PE"}, []string{"BO"}}},
		{name: "a response", body: "Chile warned the Peruvian government that new tariffs would bring a tough response.",
			want: wantEvent{graph.Threaten, []string{"CL"}, []string{"PE"}}},
	})
	checkNoEvents(t, "2008-05-01", []graph.EventType{graph.Threaten},
		"Chile warned Peru that the talks might make little progress.",
		"Chile warned Peru that it would not take any action.",
		"Chile warned Peru that Bolivia's plans were dangerous.")
}
