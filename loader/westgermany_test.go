package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestWestGermanyInLists checks sentences, made up for the test, in which
// "West Germany" and "West German" stand in a list of parties: the whole
// name is one mention of Germany, so the list holds together.
func TestWestGermanyInLists(t *testing.T) {
	checkEvents(t, "1987-06-16", []eventCase{
		{name: "agreement of a list", body: "Italy, West Germany and Japan agreed to stabilise their currencies.",
			want: wantEvent{typ: graph.Agree, actors: []string{"IT"}, targets: []string{"DE", "JP"}}, exact: true},
		{name: "request of a pair", body: "Treasury Secretary James Baker urged Japan and West Germany to cut their interest rates.",
			want: wantEvent{typ: graph.Request, targets: []string{"JP", "DE"}}},
		{name: "demonym", body: "West German aid to Peru totalled 40 mln marks last year.",
			want: wantEvent{typ: graph.Aid, actors: []string{"DE"}, targets: []string{"PE"}}},
	})
}
