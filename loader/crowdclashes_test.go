package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestCrowdClashes checks that a crowd clashing with its state's police
// or troops is a violent protest by the crowd's country, and that clashes
// between named parties or armed men stay clashes.
func TestCrowdClashes(t *testing.T) {
	checkEvents(t, "2008-05-01", []eventCase{
		{"crowd clashed with police in a city", "Opposition supporters clashed with police in Addis Ababa.",
			wantEvent{graph.Protest, []string{"ET"}, nil}, graph.Reported, true},
		{"crowd in a city clashed with security forces", "Students in Tehran clashed with security forces.",
			wantEvent{graph.Protest, []string{"IR"}, nil}, graph.Reported, true},
		{"crowd clashed with the national police", "Hundreds of protesters clashed with Hungarian police on Tuesday.",
			wantEvent{graph.Protest, []string{"HU"}, nil}, graph.Reported, true},
		{"anti-government names no target", "Anti-government protesters clashed with police in Bangkok.",
			wantEvent{graph.Protest, []string{"TH"}, nil}, graph.Reported, true},
		{"named parties' followers clash", "Hamas and Fatah supporters clashed in Gaza.",
			wantEvent{graph.Assault, []string{"org/hamas"}, nil}, graph.Reported, false},
	})
	checkNoEvents(t, "2008-05-01", []graph.EventType{graph.Protest},
		"Israeli troops clashed with Palestinian gunmen in Jenin.",
		"Students clashed with rival students in Tehran.",
	)
}
