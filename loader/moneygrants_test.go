package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestGrantedSums checks that a state that gives a sum of millions to a
// named party gives it economic aid, and that small sums, sums for a
// purpose, and offers are not read so. Sentences made up
// for the test: the exact type, actors, targets and status.
func TestGrantedSums(t *testing.T) {
	aid := func(actor, target string) wantEvent {
		return wantEvent{graph.Aid, []string{actor}, []string{target}}
	}
	tests := []eventCase{
		{"a sum in dollars", "Norway gave $15 million to Haiti last year.",
			aid("NO", "HT"), graph.Reported, true},
		{"a padded sum", "Sweden has donated an additional 40 million euros to the African Union.",
			aid("SE", "org/african-union"), graph.Reported, true},
		{"a secret transfer", "Kuwait secretly channelled $3 million to Hamas before the vote.",
			aid("KW", "org/hamas"), graph.Reported, true},
		{"a billion", "Japan will provide 2 billion dollars to Indonesia.",
			aid("JP", "ID"), graph.Planned, true},
	}
	checkEvents(t, "2006-05-03", tests)
	checkRejects(t, []reject{
		{"a small sum", "Norway gave $15,000 to the Haitian Red Cross.", graph.Aid},
		{"a sum for a purpose", "Norway provided $15 million for a housing project in Haiti.", graph.Aid},
		{"an offer", "Norway offered to give $15 million to Haiti.", graph.Aid},
	})
}
