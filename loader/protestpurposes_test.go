package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestProtestPurposes checks that "to protest" stating the purpose of a
// crowd's act is a demonstration (PROTEST) that happened with the act,
// with the infinitive's object as target, and that a formal protest
// ("protested to X") and one an envoy is summoned for stay ACCUSE.
func TestProtestPurposes(t *testing.T) {
	checkEvents(t, "2009-03-18", []eventCase{
		{"gathered to protest X's act", "Thousands of Hondurans gathered in Tegucigalpa to protest Nicaragua's decision.",
			wantEvent{graph.Protest, []string{"HN"}, []string{"NI"}}, graph.Reported, true},
		{"took to the streets to protest against", "Hundreds of Bolivians took to the streets to protest against the Chilean government.",
			wantEvent{graph.Protest, []string{"BO"}, nil}, graph.Reported, false},
		{"burned a flag to protest", "Students in Seoul burned a Japanese flag to protest Japan's claim to the islands.",
			wantEvent{graph.Protest, []string{"KR"}, []string{"JP"}}, graph.Reported, false},
		{"will gather to protest is planned", "Thousands of Kenyans will gather in Nairobi to protest Uganda's claim.",
			wantEvent{graph.Protest, []string{"KE"}, []string{"UG"}}, graph.Planned, false},
		{"protested to X stays a formal protest", "Vietnam protested to China over the arrests.",
			wantEvent{graph.Accuse, []string{"VN"}, []string{"CN"}}, graph.Reported, true},
		{"summoned the envoy to protest stays the summons", "Peru summoned the Chilean ambassador to protest the new map.",
			wantEvent{graph.Accuse, []string{"PE"}, []string{"CL"}}, graph.Reported, true},
	})
	checkNoEvents(t, "2009-03-18", []graph.EventType{graph.Protest},
		"Peru summoned the Chilean ambassador to protest the new map.",
		"Lima's mayor Luis Castañeda lamented the need for Peruvians to protest.",
	)
}
