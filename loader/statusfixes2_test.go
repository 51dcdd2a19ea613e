package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestStatusFixes2 checks the status readings of statusfixes2.go: an
// infinitive after a rank of doers is a deed done, unless a modal puts
// the rank ahead or the rank is of a way or a right; a causative under
// a modal of doubt makes its outcome a supposition; "soon" before a
// past verb is no plan.
func TestStatusFixes2(t *testing.T) {
	tests := []struct {
		name, body string
		want       wantEvent
		status     graph.Status
	}{
		{"the first country to", "Chile was the first country to recognize Bolivia.",
			wantEvent{graph.Support, []string{"CL"}, []string{"BO"}}, graph.Reported},
		{"the last leader to", "Chilean President Marco Bellini was the last Chilean leader to visit Peru.",
			wantEvent{graph.Consult, []string{"CL"}, []string{"PE"}}, graph.Reported},
		{"one of the first, with a parenthesis", "Chile was one of the first states, with Bolivia, to condemn Peru.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"PE"}}, graph.Reported},
		{"a rank still to come", "Chile will become the first country to recognize Bolivia.",
			wantEvent{graph.Support, []string{"CL"}, []string{"BO"}}, graph.Planned},
		{"a rank of the willing", "Chile was the only country willing to withdraw its troops from Peru.",
			wantEvent{graph.Retreat, []string{"CL"}, []string{"PE"}}, graph.Planned},
		{"a doubtful causative", "The vote could force Chile to withdraw its troops from Peru.",
			wantEvent{graph.Retreat, []string{"CL"}, []string{"PE"}}, graph.Speculated},
		{"a doubtful causative's second infinitive", "Sanctions might cause Chile to close its border and to expel Peru's ambassador.",
			wantEvent{graph.Sanction, []string{"CL"}, []string{"PE"}}, graph.Speculated},
		{"soon before a past verb", "The summit began calmly, but it soon descended into verbal attacks between Chile and Peru.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"PE"}}, graph.Reported},
		{"soon as a plan", "Chile will soon withdraw its troops from Peru.",
			wantEvent{graph.Retreat, []string{"CL"}, []string{"PE"}}, graph.Planned},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ev := mustFindEvent(t, tt.body, "2006-07-18", tt.want)
			if ev.Status != tt.status {
				t.Errorf("%s: status %q, want %q", ev.Label, ev.Status, tt.status)
			}
		})
	}
}
