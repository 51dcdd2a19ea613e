package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestStandingWars checks sentences, made up for the test, in which a war
// named with its parties and "the" stands in a sentence of plans or
// possibilities: the war is reported, and a war with "a" keeps the
// sentence's status (planned, as status.go reads "could ... next year").
func TestStandingWars(t *testing.T) {
	checkEvents(t, "1987-06-16", []eventCase{
		{name: "modal about the war's effects", body: "Freight rates rose on fears about the Iran-Iraq war, which could close the Strait of Hormuz.",
			want: wantEvent{typ: graph.Assault, actors: []string{"IR", "IQ"}}, status: graph.Reported},
		{name: "summit planned to discuss it", body: "Arab leaders are due to meet in Amman on November 8 and discuss the long Iran-Iraq war.",
			want: wantEvent{typ: graph.Assault, actors: []string{"IR", "IQ"}}, status: graph.Reported},
		{name: "war to come keeps the sentence's status", body: "Analysts said a war between Ethiopia and Somalia could break out next year.",
			want: wantEvent{typ: graph.Assault, actors: []string{"ET", "SO"}}, status: graph.Planned},
	})
}
