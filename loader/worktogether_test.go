package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestWorkTogether checks cooperation told by "work together" with a
// coordinated subject, each on a sentence made up for the test.
func TestWorkTogether(t *testing.T) {
	cases := []eventCase{
		{name: "are working together", body: "Brazil and Argentina are working together to fight the drought.",
			want: wantEvent{graph.Cooperate, []string{"BR"}, []string{"AR"}}, status: graph.Reported},
		{name: "worked closely together", body: "Iran and Syria have worked closely together for decades.",
			want: wantEvent{graph.Cooperate, []string{"IR"}, []string{"SY"}}, status: graph.Reported},
		{name: "agreed to work together", body: "Japan and China agreed to work together on energy.",
			want: wantEvent{graph.Cooperate, []string{"JP"}, []string{"CN"}}, status: graph.Planned},
		{name: "would be working together", body: "Abe said Japan and the United States would be working together on climate change.",
			want: wantEvent{graph.Cooperate, []string{"JP"}, []string{"US"}}, status: graph.Planned},
	}
	checkRuleEvents(t, "2023-03-22", "verb:work-together", cases)
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
