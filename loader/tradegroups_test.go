package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestTradeGroupsInOtherPositions checks sentences, made up for the test,
// in which business named by its country acts inside a relative clause,
// as a passive's agent past an adverb, or as a country's banks: no act of
// the country.
func TestTradeGroupsInOtherPositions(t *testing.T) {
	checkNoEvents(t, "1987-06-16", []graph.EventType{graph.Request, graph.Accuse, graph.Agree},
		"The minister spoke of disputes with Italian banks that have demanded higher fees.",
		"The agency has been criticised openly by some Korean steel makers for its quotas.",
		"Austria's two largest banks have offered Hungary a new credit line.",
	)
}

// TestStatesStillActThroughBanks checks that a central bank, a relative
// clause of a state's own, and a complement clause after business keep
// the state's act.
func TestStatesStillActThroughBanks(t *testing.T) {
	checkEvents(t, "1987-06-16", []eventCase{
		{name: "central bank", body: "The West German central bank urged France to raise its interest rates.",
			want: wantEvent{typ: graph.Request, actors: []string{"DE"}, targets: []string{"FR"}}},
		{name: "complement clause", body: "The minister told Italian banks that Italy would demand compensation from Libya.",
			want: wantEvent{typ: graph.Request, actors: []string{"IT"}}},
	})
}
