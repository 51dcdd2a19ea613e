package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestVotedActs checks votedacts.go on sentences made up for the test: an
// act a vote performs is as done as the vote, where an act that follows a
// vote, or one only agreed, stays a plan.
func TestVotedActs(t *testing.T) {
	cases := []struct {
		body string
		want graph.Status
	}{
		{"The UN Security Council voted unanimously to impose sanctions on North Korea.", graph.Reported},
		{"The UN Security Council voted 14-0 on Saturday to impose sanctions on North Korea.", graph.Reported},
		{"The UN Security Council has voted to impose sanctions on North Korea.", graph.Reported},
		{"The UN Security Council will vote to impose sanctions on North Korea.", graph.Planned},
		{"The UN Security Council is expected to vote to impose sanctions on North Korea.", graph.Planned},
		{"The UN Security Council agreed to impose sanctions on North Korea.", graph.Planned},
		{"The UN Security Council voted to send troops to Sudan.", graph.Planned},
	}
	for _, tc := range cases {
		evs := extractBody(t, tc.body, "2006-10-16").Events
		found := false
		for _, ev := range evs {
			if ev.Type != graph.Sanction && ev.Type != graph.Mobilize {
				continue
			}
			found = true
			if ev.Status != tc.want {
				t.Errorf("%q: %s is %s, want %s", tc.body, ev.Type, ev.Status, tc.want)
			}
		}
		if !found {
			t.Errorf("%q: no sanction or deployment read", tc.body)
		}
	}
}
