package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestVisitingGuests checks sentences, made up for the test, in which
// "visiting" before a name marks the guest as the visitor, and the verb
// "visiting" keeps the traveller as the visitor.
func TestVisitingGuests(t *testing.T) {
	shultz := graph.EntityID(graph.Person, "George Shultz")
	checkEvents(t, "1987-03-04", []eventCase{
		{name: "guest told", body: "Chinese Premier Zhao Ziyang told visiting U.S. Secretary of State George Shultz that trade would grow.",
			want: wantEvent{typ: graph.Consult, actors: []string{shultz}}, status: graph.Reported},
		{name: "traveller visiting", body: "George Shultz was visiting Beijing for talks on trade.",
			want: wantEvent{typ: graph.Consult, actors: []string{shultz}, targets: []string{"CN"}}},
		{name: "visiting before a name after a verb", body: "George Shultz will meet Chinese leaders before visiting Japan.",
			want: wantEvent{typ: graph.Consult, actors: []string{shultz}, targets: []string{"JP"}}},
	})
}
