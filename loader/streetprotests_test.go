package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestStreetProtests checks that "took to the streets" is a crowd's
// protest, with the idiom's status, that a protest infinitive after it
// keeps its target, and that other uses of the words are no protest.
func TestStreetProtests(t *testing.T) {
	checkEvents(t, "2008-05-01", []eventCase{
		{"took to the streets in a city", "Thousands of people took to the streets in Madrid.",
			wantEvent{graph.Protest, []string{"ES"}, nil}, graph.Reported, true},
		{"will take to the streets of a city", "Opposition supporters will take to the streets of Nairobi on Monday.",
			wantEvent{graph.Protest, []string{"KE"}, nil}, graph.Planned, true},
		{"have taken to the streets across a country", "Hundreds of thousands of people have taken to the streets across France.",
			wantEvent{graph.Protest, []string{"FR"}, nil}, graph.Reported, true},
		{"a protest infinitive keeps its target", "Many Pakistanis took to the streets on Saturday to demonstrate against the American air strike.",
			wantEvent{graph.Protest, []string{"PK"}, []string{"US"}}, graph.Reported, true},
	})
	checkNoEvents(t, "2008-05-01", []graph.EventType{graph.Protest},
		"Rebels took control of the streets of Mogadishu.",
		"The children were taken from the streets by social workers.",
	)
}
