package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestContinuation checks the readings of continuation.go on sentences of
// each construction, each with a contrast case (published 2006-07-18, a
// Tuesday).
func TestContinuation(t *testing.T) {
	tests := []struct {
		name, body string
		want       wantEvent
		status     graph.Status
		date       string
	}{
		{"continues to", "Chilean troops continue to occupy Peruvian territory.",
			wantEvent{graph.Coerce, []string{"CL"}, []string{"PE"}}, graph.Reported, ""},
		{"continued to", "Chile continued to oppose Peru at the talks.",
			wantEvent{graph.Reject, []string{"CL"}, []string{"PE"}}, graph.Reported, ""},
		{"could continue to", "Chilean troops could continue to occupy Peruvian territory.",
			wantEvent{graph.Coerce, []string{"CL"}, []string{"PE"}}, graph.Speculated, ""},
		{"plans to occupy stays planned", "Chile plans to occupy Peruvian territory.",
			wantEvent{graph.Coerce, []string{"CL"}, []string{"PE"}}, graph.Planned, ""},
		{"has yet to", "Chile has yet to withdraw its troops from Peru.",
			wantEvent{graph.Retreat, []string{"CL"}, []string{"PE"}}, graph.Denied, ""},
		{"has agreed to stays planned", "Chile has agreed to withdraw its troops from Peru.",
			wantEvent{graph.Retreat, []string{"CL"}, []string{"PE"}}, graph.Planned, ""},
		{"decided not to", "Chile has decided not to send troops to Peru.",
			wantEvent{graph.Mobilize, []string{"CL"}, []string{"PE"}}, graph.Denied, ""},
		{"hard not to stays planned", "It would be hard for Chile not to send troops to Peru.",
			wantEvent{graph.Mobilize, []string{"CL"}, []string{"PE"}}, graph.Planned, ""},
		{"a relative clause with that", "Peru accused Chile of killing ten fishermen in an incident that took place on Sunday.",
			wantEvent{graph.Accuse, []string{"PE"}, []string{"CL"}}, graph.Reported, ""},
		{"a relative clause with a pronoun", "Peru called for the release of two soldiers it captured on Sunday.",
			wantEvent{graph.Request, []string{"PE"}, nil}, graph.Reported, ""},
		{"the cue in the main clause", "Peru accused Chile of killing ten fishermen on Sunday.",
			wantEvent{graph.Accuse, []string{"PE"}, []string{"CL"}}, graph.Reported, "2006-07-16"},
		{"a relative clause on a meeting noun", "The Chilean president will meet Peru at the summit that begins on Monday.",
			wantEvent{graph.Consult, []string{"CL"}, []string{"PE"}}, graph.Planned, "2006-07-24"},
		{"a speculation reported on a day", "Chile stated on Sunday that if Bolivia imposed sanctions on Peru, it would respond.",
			wantEvent{graph.Sanction, []string{"BO"}, []string{"PE"}}, graph.Speculated, ""},
		{"a reported act keeps the day", "Chile stated on Sunday that Bolivia imposed sanctions on Peru.",
			wantEvent{graph.Sanction, []string{"BO"}, []string{"PE"}}, graph.Reported, "2006-07-16"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ev := mustFindEvent(t, tt.body, "2006-07-18", tt.want)
			if ev.Status != tt.status {
				t.Errorf("%s: status %q, want %q", ev.Label, ev.Status, tt.status)
			}
			if ev.Date != tt.date {
				t.Errorf("%s: date %q, want %q", ev.Label, ev.Date, tt.date)
			}
		})
	}
}
