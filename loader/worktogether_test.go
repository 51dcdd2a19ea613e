package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestWorkTogether checks cooperation told by "work together" with a
// coordinated subject, each on a sentence made up for the test.
func TestWorkTogether(t *testing.T) {
	cases := []struct {
		name, body string
		want       wantEvent
		status     graph.Status
	}{
		{"are working together", "Brazil and Argentina are working together to fight the drought.",
			wantEvent{graph.Cooperate, []string{"BR"}, []string{"AR"}}, graph.Reported},
		{"worked closely together", "Iran and Syria have worked closely together for decades.",
			wantEvent{graph.Cooperate, []string{"IR"}, []string{"SY"}}, graph.Reported},
		{"agreed to work together", "Japan and China agreed to work together on energy.",
			wantEvent{graph.Cooperate, []string{"JP"}, []string{"CN"}}, graph.Planned},
		{"would be working together", "Abe said Japan and the United States would be working together on climate change.",
			wantEvent{graph.Cooperate, []string{"JP"}, []string{"US"}}, graph.Planned},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ev := mustFindEvent(t, tc.body, "2023-03-22", tc.want)
			if ev.Status != tc.status {
				t.Errorf("status %s, want %s", ev.Status, tc.status)
			}
			if !hasClaimRule(ev, "verb:work-together") {
				t.Errorf("no claim by rule verb:work-together")
			}
		})
	}
}

// TestWorkTogetherNot checks sentences the frame must leave alone: those
// asked to work together, parties of one state, no named pair.
func TestWorkTogetherNot(t *testing.T) {
	checkNoClaims(t, "2023-03-22", rulePrefixes("verb:work-together"),
		"Russia and China called for the citizens of Kashmir to work together.",
		"Democrats and Republicans work together in Sacramento.",
		"The two countries will work together.",
		"We must work together, Putin said.",
		"Russia worked hard together with its allies.",
	)
}
