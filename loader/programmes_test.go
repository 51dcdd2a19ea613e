package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestProgrammesAreNoParties checks articles, made up for the test, in
// which a programme named by the acronym of its spelled-out name stands
// where a party would: no event is its, nor aimed at it alone.
func TestProgrammesAreNoParties(t *testing.T) {
	checkNoEvents(t, "1987-06-16", []graph.EventType{graph.Agree, graph.Reject},
		"Grain traders expect a new offer under the dairy export incentive program, DEIP, this week. A DEIP offer to Egypt is likely.",
		"The Targeted Export Assistance Program (TEAP) was extended. Senator Jesse Helms is strongly opposed to TEAP.",
	)
}

// TestProgrammeBodiesStay checks that bodies and agencies whose names
// close as programmes do stay parties.
func TestProgrammeBodiesStay(t *testing.T) {
	checkEvents(t, "1987-06-16", []eventCase{
		{name: "agency the gazetteer knows", body: "The World Food Programme (WFP) promised to send food aid to Ethiopia.",
			want: wantEvent{typ: graph.Agree, targets: []string{"ET"}}},
	})
	for name, want := range map[string]bool{
		"export enhancement program":          true,
		"Common Agricultural Policy":          true,
		"National Commission on Dairy Policy": false,
		"the Act":                             false,
	} {
		if got := programmeName(name); got != want {
			t.Errorf("programmeName(%q) = %v, want %v", name, got, want)
		}
	}
}
