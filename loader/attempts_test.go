package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestAttemptedInfinitive checks the status of an act an attempt governs,
// with the plain plan and a modal attempt beside it for contrast
// (published 2006-07-18, a Tuesday).
func TestAttemptedInfinitive(t *testing.T) {
	tests := []statusDateCase{
		{"an attempt made", "Chilean soldiers tried to seize the Peruvian border post.",
			wantEvent{graph.Coerce, []string{"CL"}, []string{"PE"}}, graph.Reported, ""},
		{"an attempt with an adverb", "Chilean gunboats tried unsuccessfully to seize the Peruvian trawler.",
			wantEvent{graph.Coerce, []string{"CL"}, []string{"PE"}}, graph.Reported, ""},
		{"attempted", "Chilean police attempted to arrest the Peruvian consul in Arica.",
			wantEvent{graph.Coerce, []string{"CL"}, []string{"PE"}}, graph.Reported, ""},
		{"an attempt under way", "Chile has been trying to seize the Peruvian border post for weeks.",
			wantEvent{graph.Coerce, []string{"CL"}, []string{"PE"}}, graph.Reported, ""},
		{"an opportunity had", "Chilean President Michelle Bachelet had the opportunity to meet Peruvian President Alan García in Lima on Monday.",
			wantEvent{graph.Consult, []string{"CL"}, []string{"PE"}}, graph.Reported, "2006-07-17"},
		{"a chance given", "Chilean President Michelle Bachelet was given a chance to meet Peruvian President Alan García.",
			wantEvent{graph.Consult, []string{"CL"}, []string{"PE"}}, graph.Reported, ""},
		{"a failed attempt", "Chile and Peru have been unsuccessful in their attempts to resolve their border dispute.",
			wantEvent{graph.Agree, []string{"CL"}, []string{"PE"}}, graph.Denied, ""},
		// Contrasts: a plan, a modal attempt and a chance to come stay plans.
		{"a plan", "Chilean soldiers plan to seize the Peruvian border post.",
			wantEvent{graph.Coerce, []string{"CL"}, []string{"PE"}}, graph.Planned, ""},
		{"a modal attempt", "Chilean soldiers will try to seize the Peruvian border post.",
			wantEvent{graph.Coerce, []string{"CL"}, []string{"PE"}}, graph.Planned, ""},
		{"a chance to come", "Chilean President Michelle Bachelet will have the opportunity to meet Peruvian President Alan García.",
			wantEvent{graph.Consult, []string{"CL"}, []string{"PE"}}, graph.Planned, ""},
	}
	checkStatusDates(t, "2006-07-18", tests)
}
