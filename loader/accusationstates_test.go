package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestAccusationState checks that "the government" blaming or accused in
// an article that named one country only in an earlier paragraph is that
// country, and that with two countries named, or with no accusation, the
// fallback stays out.
func TestAccusationState(t *testing.T) {
	const opening = "Sri Lanka's police said a bus bombing killed 25 people. The bomb exploded during the evening rush hour. Passengers were burned after the bus caught fire. Officials said the device had a timer. "
	checkEvents(t, "2008-05-01", []eventCase{
		{name: "the government blames", body: opening + "The government has blamed the Tamil Tigers for the bombing.",
			want: wantEvent{graph.Accuse, []string{"LK"}, []string{"org/liberation-tigers-of-tamil-eelam"}}},
		{name: "the government accused", body: opening + "The Tamil Tigers accused the government of staging the attack.",
			want: wantEvent{graph.Accuse, []string{"org/liberation-tigers-of-tamil-eelam"}, []string{"LK"}}},
	})
	checkNoEvents(t, "2008-05-01", []graph.EventType{graph.Accuse},
		"Sri Lanka's police said a bus bombing killed 25 people. India sent doctors. The bomb exploded during the evening rush hour. Passengers were burned after the bus caught fire. Officials said the device had a timer. The government has blamed the Tamil Tigers for the bombing.")
}
