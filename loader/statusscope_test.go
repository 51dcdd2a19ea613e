package loader

import (
	"slices"
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestStatusScope checks that the predicate after an event noun scopes
// its status cue, on sentences made up for the test: an act whose end is
// expected is reported, a hedged forecast is speculated, and a start or a
// plain plan stays planned.
func TestStatusScope(t *testing.T) {
	cases := []struct {
		name, body string
		want       wantEvent
		status     graph.Status
	}{
		{"end expected", "The Japanese deployment in Iraq was expected to end in June.",
			wantEvent{graph.Mobilize, []string{"JP"}, []string{"IQ"}}, graph.Reported},
		{"end forecast with a hedge", "The Polish deployment in Iraq will probably end next year.",
			wantEvent{graph.Mobilize, []string{"PL"}, []string{"IQ"}}, graph.Reported},
		{"hedged forecast", "Analysts said the attacks on India would likely be carried out by Pakistan.",
			wantEvent{graph.Assault, []string{"PK"}, []string{"IN"}}, graph.Speculated},
		{"start expected", "The deployment of Polish troops to Iraq is expected to begin next month.",
			wantEvent{graph.Mobilize, []string{"PL"}, []string{"IQ"}}, graph.Planned},
		{"talks planned", "France will hold talks with Germany next week.",
			wantEvent{graph.Consult, []string{"FR"}, []string{"DE"}}, graph.Planned},
		{"possible attack", "Iran could attack Israel.",
			wantEvent{graph.Assault, []string{"IR"}, []string{"IL"}}, graph.Speculated},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ev := mustFindEvent(t, tc.body, "2023-03-22", tc.want)
			if got := ids(ev.Actors); !slices.Equal(got, tc.want.actors) {
				t.Errorf("actors %v, want %v", got, tc.want.actors)
			}
			if got := ids(ev.Targets); !slices.Equal(got, tc.want.targets) {
				t.Errorf("targets %v, want %v", got, tc.want.targets)
			}
			if ev.Status != tc.status {
				t.Errorf("status %s, want %s", ev.Status, tc.status)
			}
		})
	}
}
