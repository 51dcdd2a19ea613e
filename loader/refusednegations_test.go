package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestRefusedNegations checks sentences, made up for the test, in which a
// party refuses to rule something out: it keeps it open and rejects
// nobody; kept-open force threatens.
func TestRefusedNegations(t *testing.T) {
	checkEvents(t, "2008-05-14", []eventCase{
		{name: "strike kept open", body: "Israel refused to rule out a strike against Syria next year.",
			want: wantEvent{typ: graph.Threaten, actors: []string{"IL"}, targets: []string{"SY"}}, exact: true},
		{name: "military action kept open", body: "France refuses to exclude military action against Libya.",
			want: wantEvent{typ: graph.Threaten, actors: []string{"FR"}, targets: []string{"LY"}}, exact: true},
	})
	checkNoEvents(t, "2008-05-14", []graph.EventType{graph.Reject},
		"Israel refused to rule out a strike against Syria next year.",
		"Germany refused to exclude Poland from the next round of talks.",
		"Russia refused to rule out new talks with Georgia.",
	)
}

// TestRefusalsStay checks that refusing a positive act still rejects.
func TestRefusalsStay(t *testing.T) {
	checkEvents(t, "2008-05-14", []eventCase{
		{name: "refused to meet", body: "Prime Minister Ehud Olmert refused to meet Mahmoud Abbas on Monday.",
			want: wantEvent{typ: graph.Reject, actors: []string{"IL"}, targets: []string{"PS"}}},
		{name: "refused to release", body: "Egypt refused to release the ships held by Sudan.",
			want: wantEvent{typ: graph.Reject, actors: []string{"EG"}}},
	})
}
