package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestClaimantDenials checks that a denial naming no accuser rejects the
// party whose claim about the denier the text reported just before, on
// sentences made up for the test: the exact type, actors, targets and
// status.
func TestClaimantDenials(t *testing.T) {
	checkEvents(t, "2006-05-03", []eventCase{
		{"a claim in the sentence before", "Peru claims that Chilean troops crossed the border. Chile has denied the allegations.",
			wantEvent{graph.Reject, []string{"CL"}, []string{"PE"}}, graph.Reported, true},
		{"a belief reported before 'denied this'", "Bolivia believes that the rebels are armed by Chilean officers. Chile has denied this.",
			wantEvent{graph.Reject, []string{"CL"}, []string{"BO"}}, graph.Reported, true},
		{"according to a party", "According to Peru, Chilean ships entered its waters. Chile denied the report.",
			wantEvent{graph.Reject, []string{"CL"}, []string{"PE"}}, graph.Reported, true},
		{"the claim earlier in the sentence", "Bolivia alleges that Chile armed the rebels, though Chile denies any involvement.",
			wantEvent{graph.Reject, []string{"CL"}, []string{"BO"}}, graph.Reported, true},
		// Without one claimant the denial keeps no target.
		{"the nearest claim is answered", "Peru said that Chilean troops crossed the border. Ecuador said that Chile had moved tanks. Chile has denied the allegations.",
			wantEvent{graph.Reject, []string{"CL"}, []string{"EC"}}, graph.Reported, true},
		{"claims by two sides", "Peru claims that Chilean troops crossed the border, and Ecuador said that Chile had moved tanks. Chile has denied the allegations.",
			wantEvent{graph.Reject, []string{"CL"}, nil}, graph.Reported, true},
		{"a denial inside the claim", `Peru said "Chile denies that its troops crossed the border".`,
			wantEvent{graph.Reject, []string{"CL"}, nil}, graph.Reported, true},
		{"the denier's own words", "Chile said that its troops stayed home. Chile has denied the allegations.",
			wantEvent{graph.Reject, []string{"CL"}, nil}, graph.Reported, true},
	})
	checkRejects(t, []reject{
		{"neither confirmed nor denied", "Peru claims that Chilean troops crossed the border. Chile has neither confirmed nor denied this.", graph.Reject},
	})
}

// TestAppositiveDenials checks a denial in apposition to the claim before
// it, on sentences made up for the test.
func TestAppositiveDenials(t *testing.T) {
	checkEvents(t, "2006-05-03", []eventCase{
		{"a claim the denier denies", "Peru said that Chilean troops had crossed the border, a claim Chile denies.",
			wantEvent{graph.Reject, []string{"CL"}, []string{"PE"}}, graph.Reported, true},
		{"a charge that the denier denied", "Bolivia accused Chile of arming the rebels, a charge that Chile has strongly denied.",
			wantEvent{graph.Reject, []string{"CL"}, []string{"BO"}}, graph.Reported, true},
	})
	checkRejects(t, []reject{
		{"no claimant named", "Diplomats believe that Iran is building a bomb, something Iran denies.", graph.Reject},
	})
}
