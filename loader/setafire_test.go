package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestSetAfire checks fire set to a thing named between "set" and
// "ablaze" or "on fire", and that "on fire" is no shooting.
func TestSetAfire(t *testing.T) {
	checkEvents(t, "1987-10-20", []eventCase{
		{"set X on fire", "An Iranian warship set the Cypriot supertanker Pivot on fire with a missile.",
			wantEvent{graph.Coerce, []string{"IR"}, []string{"CY"}}, graph.Reported, true},
		{"set X ablaze", "Iranian gunboats set a Kuwaiti tanker ablaze near Bubiyan.",
			wantEvent{graph.Coerce, []string{"IR"}, []string{"KW"}}, graph.Reported, true},
	})
	checkNoClaims(t, "1987-10-20", rulePrefixes("verb:fire"),
		"An Iranian warship set the Cypriot supertanker Pivot on fire with a missile.")
	checkNoEvents(t, "1987-10-20", []graph.EventType{graph.Coerce, graph.Assault},
		"A Cypriot tanker was set ablaze after an Iranian gunboat approached it.",
		"The government set a deadline for Iran.")
}
