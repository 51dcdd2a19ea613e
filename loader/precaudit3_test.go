package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestCoordinatedClausesSplitLists checks that a list of names standing
// between the verbs of two coordinated clauses is cut: the object of the
// first clause is not a subject of the second, and the reverse.
func TestCoordinatedClausesSplitLists(t *testing.T) {
	tests := []eventCase{
		{"object of first clause", "Peru criticised Chile and Bolivia condemned Ecuador.", wantEvent{graph.Accuse, []string{"PE"}, []string{"CL"}}, graph.Reported, true},
		{"subject of second clause", "Peru criticised Chile and Bolivia condemned Ecuador.", wantEvent{graph.Accuse, []string{"BO"}, []string{"EC"}}, graph.Reported, true},
		{"comma joint, coordinated subject", "Norway opposes Sweden, and Finland and Denmark oppose Iceland.", wantEvent{graph.Reject, []string{"FI", "DK"}, []string{"IS"}}, graph.Reported, true},
		{"comma joint, object", "Norway opposes Sweden, and Finland and Denmark oppose Iceland.", wantEvent{graph.Reject, []string{"NO"}, []string{"SE"}}, graph.Reported, true},
		{"one list kept", "Peru criticised Chile, Bolivia and Ecuador on Monday.", wantEvent{graph.Accuse, []string{"PE"}, []string{"CL", "BO", "EC"}}, graph.Reported, true},
	}
	checkEvents(t, "2006-07-18", tests)
}
