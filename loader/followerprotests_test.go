package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestFollowerProtests checks that a protest by a leader's followers
// ("supporters of X", "X's supporters") is the crowd's country's, not the
// leader's, and that a leader who protests himself keeps his protest.
func TestFollowerProtests(t *testing.T) {
	checkEvents(t, "2008-01-20", []eventCase{
		{"supporters of X protested in a city", "Supporters of Raila Odinga protested in Nairobi on Sunday.",
			wantEvent{graph.Protest, []string{"KE"}, nil}, graph.Reported, true},
		{"supporters of a titled leader held a march", "About 300 supporters of the detained democracy leader Aung San Suu Kyi held a march in Yangon.",
			wantEvent{graph.Protest, []string{"MM"}, nil}, graph.Reported, true},
		{"X's supporters with no place: the leader's country", "Hundreds of Aung San Suu Kyi's supporters protested against the junta.",
			wantEvent{graph.Protest, []string{"MM"}, nil}, graph.Reported, true},
		{"the leader himself protests", "Raila Odinga protested in Nairobi against the election result.",
			wantEvent{graph.Protest, []string{"person/raila-odinga"}, nil}, graph.Reported, true},
	})
	checkNoClaims(t, "2008-01-20", rulePrefixes("verb:protest-followers", "noun:protest-followers"),
		"Raila Odinga protested in Nairobi against the election result.",
		"The family of Raila Odinga protested in Nairobi.",
	)
}
