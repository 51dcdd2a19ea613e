package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestOwnedAgreements checks agreements named by their owner and their
// partner, each on a sentence made up for the test.
func TestOwnedAgreements(t *testing.T) {
	cases := []eventCase{
		{name: "possessive owner", body: "Peru's agreement with the IMF opened the door to new loans.",
			want: wantEvent{graph.Agree, []string{"PE"}, []string{"org/international-monetary-fund"}}},
		{name: "attributive owner", body: "The U.S. civil nuclear pact with India may face problems in Congress.",
			want: wantEvent{graph.Agree, []string{"US"}, []string{"IN"}}},
		{name: "modifiers between", body: "Japan's new trade agreement with Mexico took effect.",
			want: wantEvent{graph.Agree, []string{"JP"}, []string{"MX"}}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ev := mustFindEvent(t, tc.body, "2023-03-22", tc.want)
			if !hasClaimRule(ev, "noun:agreement-owner") {
				t.Errorf("no claim by rule noun:agreement-owner")
			}
		})
	}
}

// TestOwnedAgreementsNot checks sentences the frame must leave alone: a
// verb between the name and the noun, a broker, a firm's deal, a deal
// hoped for.
func TestOwnedAgreementsNot(t *testing.T) {
	checkNoClaims(t, "2023-03-22", rulePrefixes("noun:agreement-owner"),
		"The U.S. signed a deal with India.",
		"The Norway brokered ceasefire agreement with the government was defunct.",
		"Boeing's deal with the Pentagon was cancelled.",
		"Any future agreement with India must wait.",
	)
}
