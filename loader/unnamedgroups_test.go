package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestUnnamedGroupObjects checks, on sentences made up for the test, that a
// meeting, a visit or an apology whose other party is a group of unnamed
// people stands with no target, and that a crowd's protest does.
func TestUnnamedGroupObjects(t *testing.T) {
	cases := []ruleCase{
		{"met with dissidents", "Hungarian President Ana Rosa Quispe met with jailed dissidents in Budapest on Monday.",
			wantEvent{graph.Consult, []string{"person/ana-rosa-quispe"}, nil}, graph.Reported, "verb:meet"},
		{"will meet regional leaders", "Prime Minister Tomas Varga will meet with regional leaders next week.",
			wantEvent{graph.Consult, []string{"person/tomas-varga"}, nil}, graph.Planned, "verb:meet"},
		{"apologised to the victims", "Prime Minister Tomas Varga apologised to the victims of the bombing on Friday.",
			wantEvent{graph.Concede, []string{"person/tomas-varga"}, nil}, graph.Reported, "verb:apologize"},
		{"visited survivors", "Prime Minister Tomas Varga visited survivors at a hospital in Szeged.",
			wantEvent{graph.Consult, []string{"person/tomas-varga"}, nil}, graph.Reported, "verb:visit"},
		{"a crowd's protest", "Thousands of people marched in Budapest on Sunday against the new tax.",
			wantEvent{graph.Protest, []string{"HU"}, nil}, graph.Reported, "verb:protest-crowd"},
	}
	checkRuleCases(t, "2006-05-03", cases)
	for _, tc := range cases {
		if ev, _ := findEvent(extractBody(t, tc.body, "2006-05-03"), tc.want); ev != nil && len(ev.Targets) > 0 {
			t.Errorf("%s: targets %v, want none", tc.name, ids(ev.Targets))
		}
	}
}

// TestUnnamedGroupNearMisses checks groups that still give no event: local
// officials, a disposition to meet, a speaker's habit, and a participle
// whose subject is unsure.
func TestUnnamedGroupNearMisses(t *testing.T) {
	checkNoEvents(t, "2006-05-03", []graph.EventType{graph.Consult},
		"Tomas Varga met with county officials on Monday.",
		"Ana Rosa Quispe mocked Tomas Varga's willingness to meet with rebel leaders.",
		"\"Wherever I meet with leaders, they ask about trade,\" Tomas Varga said.")
	checkNoEvents(t, "2006-05-03", []graph.EventType{graph.Concede},
		"Ana Rosa Quispe urged the police to end the strike, allowing workers to return.",
		"Tomas Varga allowed the protesters to march to the square.")
}
