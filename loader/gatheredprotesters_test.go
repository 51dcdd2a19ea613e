package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestGatheredProtesters checks that protesters gathering is a protest by
// the crowd's country, and that people or
// officials gathering is no protest.
func TestGatheredProtesters(t *testing.T) {
	checkEvents(t, "2008-05-01", []eventCase{
		{"protesters gathered outside a building in a city", "About 20,000 protesters gathered outside the parliament building in Bangkok.",
			wantEvent{graph.Protest, []string{"TH"}, nil}, graph.Reported, true},
		{"protesters converged", "In Toronto, some 1,000 protesters converged on the city hall.",
			wantEvent{graph.Protest, []string{"CA"}, nil}, graph.Reported, true},
		{"protesters were gathered", "About 50 protesters were gathered at the gates of the parliament in Canberra.",
			wantEvent{graph.Protest, []string{"AU"}, nil}, graph.Reported, true},
	})
	checkNoEvents(t, "2008-05-01", []graph.EventType{graph.Protest},
		"Thousands of people gathered at the Cenotaph in London.",
		"Officials gathered in Bangkok for the summit.",
	)
}
