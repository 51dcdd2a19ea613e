package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestCrowdPlaces checks that a crowd marching through a city, or through
// or in its streets or centre, stands for the city's country, and that
// the words alone make no protest.
func TestCrowdPlaces(t *testing.T) {
	checkEvents(t, "2008-05-01", []eventCase{
		{"through the streets of X", "About 2,000 people marched through the streets of Warsaw.",
			wantEvent{graph.Protest, []string{"PL"}, nil}, graph.Reported, true},
		{"through X", "Thousands of people marched through Nairobi on Saturday.",
			wantEvent{graph.Protest, []string{"KE"}, nil}, graph.Reported, true},
		{"in the centre of X", "Hundreds of protesters rallied in the centre of Budapest.",
			wantEvent{graph.Protest, []string{"HU"}, nil}, graph.Reported, true},
	})
	checkNoEvents(t, "2008-05-01", []graph.EventType{graph.Protest},
		"Police patrolled the streets of Dili.",
		"The convoy drove through Kabul.",
	)
}
