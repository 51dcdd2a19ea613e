package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestOfferedProposals checks that a measure offered or promised by its
// author ("a bill offered by Senator X") is no agreement with the
// sentence's other parties, while a promise made to a party still is.
func TestOfferedProposals(t *testing.T) {
	checkNoEvents(t, "2008-03-14", []graph.EventType{graph.Agree},
		"The committee rejected a bill offered by Senator Mark Halloran to require Canada to pay the duties.",
		"The amendment on grain sales to Egypt, offered by Representative Joan Pruitt, urges such a sale.",
		"Officials studied legislation offered on Monday by Senator Mark Halloran to ban the imports.",
		"Both senators agreed to back an amendment to be offered next week by Representative Joan Pruitt.",
	)
	checkEvents(t, "2008-03-14", []eventCase{
		{name: "promise with a recipient", body: "Japan promised Indonesia 200 million dollars in loans on Monday.",
			want: wantEvent{graph.Agree, []string{"JP"}, []string{"ID"}}, status: graph.Reported},
	})
}
