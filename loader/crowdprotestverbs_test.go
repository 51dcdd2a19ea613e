package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestCrowdProtestVerbs checks that "protested" with a crowd for subject
// is a street protest even with a bare object, aimed at whoever is behind
// the object, and that the crowd, not a name further back, is its
// subject; a named party's "protested" is left to the other rules.
func TestCrowdProtestVerbs(t *testing.T) {
	checkEvents(t, "2008-06-10", []eventCase{
		{"crowd in a city protested X's act", "Thousands of students in Seoul protested Japan's decision.",
			wantEvent{graph.Protest, []string{"KR"}, []string{"JP"}}, graph.Reported, true},
		{"crowd protesting a state's policy", "Members of a crowd in Belgrade protesting U.S. Kosovo policy burned part of the embassy.",
			wantEvent{graph.Protest, []string{"RS"}, []string{"US"}}, graph.Reported, false},
		{"crowd protested a bare object", "About 200 people in Manila protested the new tax.",
			wantEvent{graph.Protest, []string{"PH"}, nil}, graph.Reported, true},
		{"crowd have been protesting", "In Madrid, farmers have been protesting the new quotas for two weeks.",
			wantEvent{graph.Protest, []string{"ES"}, nil}, graph.Reported, true},
		{"a participle phrase between crowd and verb", "Tens of thousands of protesters waving national flags marched in Baghdad.",
			wantEvent{graph.Protest, []string{"IQ"}, nil}, graph.Reported, true},
	})
	checkNoEvents(t, "2008-06-10", []graph.EventType{graph.Protest},
		"Troops carrying weapons marched in Baghdad.",
		"A clash between Amnesty International staff and dozens of people protesting the new tax was reported.",
		"The ambassador protested the decision.",
	)
}
