package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestRescues checks that a state, its forces or a navy ship saving
// people is humanitarian aid that stands without a target, and that
// economic rescues, merchant ships and soldiers' deeds are not.
func TestRescues(t *testing.T) {
	checkEvents(t, "2008-05-01", []eventCase{
		{"navy rescued people", "The Australian navy rescued 150 asylum seekers off Christmas Island.",
			wantEvent{graph.Aid, []string{"AU"}, nil}, graph.Reported, false},
		{"a navy ship's crew saved people", "The ferry capsized, and the crew of HMAS Kanimbla saved 80 passengers.",
			wantEvent{graph.Aid, []string{"AU"}, nil}, graph.Reported, false},
		{"passive with the people before it", "Twelve fishermen were saved by Japanese coast guards on Monday.",
			wantEvent{graph.Aid, []string{"JP"}, nil}, graph.Reported, false},
		{"participle after the people", "They were among the 20 hostages rescued by the Peruvian army last week.",
			wantEvent{graph.Aid, []string{"PE"}, nil}, graph.Reported, false},
	})
	checkNoEvents(t, "2008-05-01", []graph.EventType{graph.Aid},
		"The central bank of Malaysia rescued two commercial banks last year.",
		"Officials said the program saved innocent lives.",
		"Sergeant Jones saved the soldiers in the compound, the US Army said.",
		"The migrants were rescued by a Liberian freighter near Malta.",
		"A Greek tanker rescued 30 migrants near Crete.",
	)
}
