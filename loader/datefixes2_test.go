package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestDateFixes2 checks that a cue in a "for" phrase giving a cause, a cue
// after a noun and its participle, and a cue before a verb of saying that
// reports a past-perfect act do not date the event, while the event's own
// cue still does (published 2006-07-18, a Tuesday).
func TestDateFixes2(t *testing.T) {
	tests := []struct {
		name, body string
		want       wantEvent
		date       string
	}{
		{"a cause's cue", "Chile blamed Peru for the bombing last month.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"PE"}}, ""},
		{"a cause's calendar day", "Chile praised Peru for the peaceful election on July 9.",
			wantEvent{graph.Support, []string{"CL"}, []string{"PE"}}, ""},
		{"the verb's own cue before the cause", "Chile blamed Peru on Monday for the bombing.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"PE"}}, "2006-07-17"},
		{"a phrasal for keeps the cue", "Chile called for talks with Peru on Monday.",
			wantEvent{graph.Request, []string{"CL"}, nil}, "2006-07-17"},
		{"a participle's cue", "Chile accused Peru of violating an accord signed last year.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"PE"}}, ""},
		{"a participle's day with a preposition", "Chile rejected Peru's demand to cancel the vote scheduled for Friday.",
			wantEvent{graph.Reject, []string{"CL"}, []string{"PE"}}, ""},
		{"a statement the act is made in", "Chile denied the charges by Peru in a statement issued on Monday.",
			wantEvent{graph.Reject, []string{"CL"}, []string{"PE"}}, "2006-07-17"},
		{"a claim of responsibility keeps the cue", "The Shining Path claimed responsibility for the attack on Peru on Monday.",
			wantEvent{graph.Assault, nil, []string{"PE"}}, "2006-07-17"},
		{"the participle's own noun", "Chile signed the treaty with Peru in 2003.",
			wantEvent{graph.Support, []string{"CL"}, []string{"PE"}}, "2003"},
		{"a past perfect after saying", "On Monday, Chile announced that Chilean troops had attacked Peru.",
			wantEvent{graph.Assault, []string{"CL"}, []string{"PE"}}, ""},
		{"a commitment made known keeps the cue", "On Monday, Chile announced that it had agreed to withdraw from Peru.",
			wantEvent{graph.Agree, []string{"CL"}, []string{"PE"}}, "2006-07-17"},
		{"a simple past after saying keeps the cue", "On Monday, Chile said Chilean troops attacked Peru.",
			wantEvent{graph.Assault, []string{"CL"}, []string{"PE"}}, "2006-07-17"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ev := mustFindEvent(t, tt.body, "2006-07-18", tt.want)
			if ev.Date != tt.date {
				t.Errorf("%s: date %q, want %q", ev.Label, ev.Date, tt.date)
			}
		})
	}
}
