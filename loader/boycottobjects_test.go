package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestBoycottObjects checks boycotts aimed at a meeting's host and a
// boycott noun carried by a support verb, each on a sentence made up for
// the test.
func TestBoycottObjects(t *testing.T) {
	cases := []ruleCase{
		{"a summit in a country", "Canada boycotted the summit in Sri Lanka.",
			wantEvent{graph.Sanction, []string{"CA"}, []string{"LK"}}, graph.Reported, "verb:boycott-talks-host"},
		{"a conference in a capital is its country's", "Canada will boycott the conference in Tehran.",
			wantEvent{graph.Sanction, []string{"CA"}, []string{"IR"}}, graph.Planned, "verb:boycott-talks-host"},
		{"a conference hosted by a state", "Canada boycotted the conference hosted by Iran.",
			wantEvent{graph.Sanction, []string{"CA"}, []string{"IR"}}, graph.Reported, "verb:boycott-talks-host"},
		{"a boycott initiated against a state's goods", "Sudan has initiated an official boycott of Danish products.",
			wantEvent{graph.Sanction, []string{"SD"}, []string{"DK"}}, graph.Reported, "noun:boycott-subject"},
		{"a boycott imposed on a state's goods", "Egypt imposed a boycott on Israeli goods.",
			wantEvent{graph.Sanction, []string{"EG"}, []string{"IL"}}, graph.Reported, "noun:boycott-subject"},
	}
	checkRuleCases(t, "2023-03-22", cases)
}

// TestBoycottObjectsLeaveOthers checks that a boycotted meeting's host is
// not read as visited.
func TestBoycottObjectsLeaveOthers(t *testing.T) {
	checkNoClaims(t, "2023-03-22", func(rule string) bool { return rule == "verb:host-passive" },
		"Canada boycotted the conference hosted by Iran.",
		"Australia will boycott the summit hosted by Fiji.")
}
