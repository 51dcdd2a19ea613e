package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestTitledShort checks that a person first named by a head-of-state
// title and a short name is named by the short name alone in later
// sentences, and that the bare short name alone names no one.
func TestTitledShort(t *testing.T) {
	checkEvents(t, "2007-06-06", []eventCase{
		{name: "the next sentence", body: "Prime Minister Zapatero responded to the ceasefire on Monday. Zapatero condemned ETA.",
			want: wantEvent{graph.Accuse, []string{"person/jose-luis-rodriguez-zapatero"}, []string{"org/eta"}}},
		{name: "a title inside a phrase", body: "The government of Prime Minister Zapatero answered with arrests. Zapatero condemned ETA's move.",
			want: wantEvent{graph.Accuse, []string{"person/jose-luis-rodriguez-zapatero"}, []string{"org/eta"}}},
	})
	checkNoEvents(t, "2007-06-06", []graph.EventType{graph.Accuse}, "Zapatero condemned ETA.")
}
