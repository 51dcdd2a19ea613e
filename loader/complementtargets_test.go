package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestComplementTargets checks complementtargets.go on sentences made up
// for the test: a target named by a prepositional phrase after the verb's
// object, with the exact type, actors, targets and status.
func TestComplementTargets(t *testing.T) {
	tests := []eventCase{
		{"sanctions over a state's programme", "Peru imposed tough sanctions over Chile's missile programme.",
			wantEvent{graph.Sanction, []string{"PE"}, []string{"CL"}}, graph.Reported, true},
		{"planned sanctions over a state", "Peru intends to impose new sanctions over Chile.",
			wantEvent{graph.Sanction, []string{"PE"}, []string{"CL"}}, graph.Planned, true},
		{"a treaty signed to an organisation", "Peru ratified its accession treaty to the European Union.",
			wantEvent{graph.Support, []string{"PE"}, []string{"org/european-union"}}, graph.Reported, true},
		{"a raid into a state's territory", "Peruvian warplanes killed ten people in raids into Chilean territory.",
			wantEvent{graph.Assault, []string{"PE"}, []string{"CL"}}, graph.Reported, true},
	}
	checkEvents(t, "2006-05-03", tests)
	checkRejects(t, []reject{
		{"a capital in a treaty's name", "Peru failed to ratify the Treaty of Lima.", graph.Support},
		{"a welcome is no signing", "Peru welcomed the election of a judge to the United Nations.", graph.Support},
		{"a demonym before people", "Peru imposed sanctions over Chilean officials.", graph.Sanction},
		{"a new clause ends the span", "Peru imposed sanctions, and Chile protested.", graph.Sanction},
	})
}
