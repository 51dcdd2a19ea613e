package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestPersonalAttacks checks sentences, made up for the test, in which one
// named person attacks another in words: criticism, not force; and that
// arms named beside the attack keep it force.
func TestPersonalAttacks(t *testing.T) {
	checkEvents(t, "2008-05-14", []eventCase{
		{name: "attacked, saying", body: "Senator John Kerry attacked Senator Bob Dole, saying his budget would ruin the farmers.",
			want: wantEvent{typ: graph.Accuse, actors: []string{"person/john-kerry"}, targets: []string{"person/bob-dole"}}, status: graph.Reported},
		{name: "attacked as", body: "Mayor Ken Ward attacked his rival Tom Hill as a danger to the city.",
			want: wantEvent{typ: graph.Accuse, actors: []string{"person/ken-ward"}, targets: []string{"person/tom-hill"}}, status: graph.Reported},
		{name: "noun", body: "Senator Anna Berg's attacks on Senator Tom Hill split the liberal vote.",
			want: wantEvent{typ: graph.Accuse, actors: []string{"person/anna-berg"}, targets: []string{"person/tom-hill"}}},
		{name: "with guards", body: "Joseph Kabila's guards attacked the house of Jean-Pierre Bemba in Kinshasa.",
			want: wantEvent{typ: graph.Assault, targets: []string{"person/jean-pierre-bemba"}}},
	})
	checkNoEvents(t, "2008-05-14", []graph.EventType{graph.Assault},
		"Senator John Kerry attacked Senator Bob Dole, saying his budget would ruin the farmers.",
		"Mayor Ken Ward attacked his rival Tom Hill as a danger to the city.",
	)
}
