package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestCoerciveReadiness checks sentences, made up for the test, in which a
// state stands ready to use force or pressure: a threat, not an offer.
func TestCoerciveReadiness(t *testing.T) {
	checkEvents(t, "2008-05-14", []eventCase{
		{name: "ready to enter", body: "Turkey is ready to enter Iraq if the border raids go on.",
			want: wantEvent{typ: graph.Threaten, actors: []string{"TR"}, targets: []string{"IQ"}}, exact: true},
		{name: "prepared to impose", body: "Japan is prepared to impose tariffs on Chinese steel.",
			want: wantEvent{typ: graph.Threaten, actors: []string{"JP"}, targets: []string{"CN"}}, exact: true},
		{name: "light verb and force", body: "France is willing to use force against Syria, the minister said.",
			want: wantEvent{typ: graph.Threaten, actors: []string{"FR"}, targets: []string{"SY"}}, exact: true},
	})
	checkNoEvents(t, "2008-05-14", []graph.EventType{graph.Agree},
		"Turkey is ready to enter Iraq if the border raids go on.",
		"France is willing to use force against Syria, the minister said.",
	)
}

// TestOwnReadiness checks that a readiness to act alone, offered to
// nobody, is no agreement.
func TestOwnReadiness(t *testing.T) {
	checkNoEvents(t, "2008-05-14", []graph.EventType{graph.Agree, graph.Threaten},
		"Russia is prepared to spend ten billion dollars on its fleet.",
		"Poland is ready to go to court against Germany over the pipeline.",
		"Kenya is willing to blame Uganda for the floods.",
	)
}

// TestAccommodatingReadiness checks that a readiness to accommodate
// another party still agrees.
func TestAccommodatingReadiness(t *testing.T) {
	checkEvents(t, "2008-05-14", []eventCase{
		{name: "rejoin talks", body: "Iran is willing to resume talks with France on its nuclear programme.",
			want: wantEvent{typ: graph.Agree, actors: []string{"IR"}, targets: []string{"FR"}}},
		{name: "accept", body: "Syria is prepared to accept a phased withdrawal from Lebanon.",
			want: wantEvent{typ: graph.Agree, actors: []string{"SY"}}},
	})
}
