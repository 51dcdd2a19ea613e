package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestStatusScope checks that the predicate after an event noun scopes
// its status cue, on sentences made up for the test: an act whose end is
// expected is reported, a hedged forecast is speculated, and a start or a
// plain plan stays planned.
func TestStatusScope(t *testing.T) {
	checkEvents(t, "2023-03-22", []eventCase{
		{"end expected", "The Japanese deployment in Iraq was expected to end in June.",
			wantEvent{graph.Mobilize, []string{"JP"}, []string{"IQ"}}, graph.Reported, true},
		{"end forecast with a hedge", "The Polish deployment in Iraq will probably end next year.",
			wantEvent{graph.Mobilize, []string{"PL"}, []string{"IQ"}}, graph.Reported, true},
		{"hedged forecast", "Analysts said the attacks on India would likely be carried out by Pakistan.",
			wantEvent{graph.Assault, []string{"PK"}, []string{"IN"}}, graph.Speculated, true},
		{"start expected", "The deployment of Polish troops to Iraq is expected to begin next month.",
			wantEvent{graph.Mobilize, []string{"PL"}, []string{"IQ"}}, graph.Planned, true},
		{"talks planned", "France will hold talks with Germany next week.",
			wantEvent{graph.Consult, []string{"FR"}, []string{"DE"}}, graph.Planned, true},
		{"possible attack", "Iran could attack Israel.",
			wantEvent{graph.Assault, []string{"IR"}, []string{"IL"}}, graph.Speculated, true},
	})
}
