package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestObligedCoordinate checks that a verb joined to one a modal of
// obligation governs is asked for, not done, while a joined verb with a
// tense of its own is the speaker's act.
func TestObligedCoordinate(t *testing.T) {
	checkNoEvents(t, "2006-07-18", []graph.EventType{graph.Retreat, graph.Concede},
		"Bolivia said Chile must admit its error and withdraw its troops from Peru.",
		"Bolivia said Chile should reconsider its policy or withdraw its troops from Peru.",
		"The opposition said the Chilean defence minister Juan Pérez should apologise or resign.",
	)
	checkEvents(t, "2006-07-18", []eventCase{
		{name: "a past verb after the obliged one", body: "Bolivia said the talks must be sped up and urged Chile to withdraw its troops.",
			want: wantEvent{graph.Request, []string{"BO"}, []string{"CL"}}, status: graph.Reported},
		{name: "a verb after a stated act", body: "Chile admitted its error and withdrew its troops from Peru.",
			want: wantEvent{graph.Retreat, []string{"CL"}, []string{"PE"}}, status: graph.Reported},
	})
}
