package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestEvacuations checks that a state evacuating or airlifting another
// state's people gives that state humanitarian aid, and that evacuating
// one's own nationals, a town, a building or the wounded is no event.
func TestEvacuations(t *testing.T) {
	checkEvents(t, "2008-05-01", []eventCase{
		{"airlifted another state's refugees", "Thailand airlifted 300 Burmese refugees from the border camps.",
			wantEvent{graph.Aid, []string{"TH"}, []string{"MM"}}, graph.Reported, true},
		{"citizens of several states", "Greece evacuated citizens of Cyprus and Malta from Libya.",
			wantEvent{graph.Aid, []string{"GR"}, []string{"CY", "MT"}}, graph.Reported, true},
		{"coordinated demonyms", "Sweden evacuated Norwegian and Finnish nationals on Tuesday.",
			wantEvent{graph.Aid, []string{"SE"}, []string{"NO", "FI"}}, graph.Reported, true},
	})
	checkNoEvents(t, "2008-05-01", []graph.EventType{graph.Aid},
		"Italy evacuated its citizens from Lebanon.",
		"Britain plans to evacuate British citizens from Lebanon.",
		"Police evacuated the building after a bomb threat in Madrid.",
		"Turkish troops evacuated the wounded to a hospital in Ankara.",
		"Rescue workers planned to evacuate wounded from Palestinian refugee camps.",
	)
}
