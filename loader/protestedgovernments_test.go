package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestProtestedGovernments checks that a crowd protesting against a
// state's government with no place named stands for that state, with no
// target of its own, and that a place named still decides the crowd's
// country.
func TestProtestedGovernments(t *testing.T) {
	checkEvents(t, "2008-01-20", []eventCase{
		{"against the government of X", "Thousands of supporters of the opposition leader protested against the government of Kenya.",
			wantEvent{graph.Protest, []string{"KE"}, nil}, graph.Reported, true},
		{"against the X-ian government", "Thousands of students demonstrated against the Iranian government.",
			wantEvent{graph.Protest, []string{"IR"}, nil}, graph.Reported, true},
		{"against X's government", "Hundreds of workers rallied against Iran's government.",
			wantEvent{graph.Protest, []string{"IR"}, nil}, graph.Reported, true},
		{"a place abroad decides", "Thousands of students demonstrated in London against the Iranian government.",
			wantEvent{graph.Protest, []string{"GB"}, []string{"IR"}}, graph.Reported, true},
	})
	checkNoEvents(t, "2008-01-20", []graph.EventType{graph.Protest},
		"Thousands of people marched against the war.",
		"Thousands of people marched against Iran.",
	)
}
