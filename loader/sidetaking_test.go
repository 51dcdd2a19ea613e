package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestSideTaking checks a side taken with a party, each on a sentence made
// up for the test.
func TestSideTaking(t *testing.T) {
	cases := []eventCase{
		{name: "sided with", body: "Turkey sided with Azerbaijan in the dispute.",
			want: wantEvent{graph.Support, []string{"TR"}, []string{"AZ"}}, status: graph.Reported},
		{name: "stood by", body: "Australia stood by Britain after the bombings.",
			want: wantEvent{graph.Support, []string{"AU"}, []string{"GB"}}, status: graph.Reported},
		{name: "stands behind", body: "China stands behind Pakistan.",
			want: wantEvent{graph.Support, []string{"CN"}, []string{"PK"}}, status: graph.Reported},
		{name: "will stand with", body: "Russia will stand with Serbia.",
			want: wantEvent{graph.Support, []string{"RU"}, []string{"RS"}}, status: graph.Planned},
	}
	checkRuleEvents(t, "2023-03-22", "verb:side-with", cases)
}

// TestSideTakingNot checks sentences the frame must leave alone: a side
// taken with a thing of the party's, no side taken, no party.
func TestSideTakingNot(t *testing.T) {
	checkNoClaims(t, "2023-03-22", rulePrefixes("verb:side-with"),
		"The minister said he stood by the Paris agreement.",
		"Libya stood by Chad rebel forces.",
		"The United States will not stand idly by and let Japan dominate the market.",
		"Germany stood by its decision.",
		"France was sided by Italy.",
	)
}
