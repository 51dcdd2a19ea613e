package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestStatusDate6 checks the readings of statusdate6.go on sentences of
// each construction, with a contrast case beside each (published
// 2006-07-18, a Tuesday).
func TestStatusDate6(t *testing.T) {
	tests := []struct {
		name, body string
		want       wantEvent
		status     graph.Status
		date       string
	}{
		{"can puts the act in doubt", "Chile can attack Peru within hours.",
			wantEvent{graph.Assault, []string{"CL"}, []string{"PE"}}, graph.Speculated, ""},
		{"can with an adverb", "Chile can quickly deploy troops to Peru.",
			wantEvent{graph.Mobilize, []string{"CL"}, []string{"PE"}}, graph.Speculated, ""},
		{"a conjunct shares can", "Chile has agents who can reach Lima and attack Peru.",
			wantEvent{graph.Assault, []string{"CL"}, []string{"PE"}}, graph.Speculated, ""},
		{"a far can governs its own verb", "It is no longer possible the envoy can work there, so Chile has withdrawn its troops from Peru on Monday.",
			wantEvent{graph.Retreat, []string{"CL"}, []string{"PE"}}, graph.Reported, "2006-07-17"},
		{"authorized sending troops", "On Monday, the Chilean government authorized sending troops to Peru.",
			wantEvent{graph.Mobilize, []string{"CL"}, []string{"PE"}}, graph.Planned, ""},
		{"approved the deployment", "The Chilean government approved the deployment of troops to Peru.",
			wantEvent{graph.Mobilize, []string{"CL"}, []string{"PE"}}, graph.Planned, ""},
		{"a plain deployment stays reported", "Chile completed the deployment of troops to Peru on Monday.",
			wantEvent{graph.Mobilize, []string{"CL"}, []string{"PE"}}, graph.Reported, "2006-07-17"},
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

// TestRequestedNamedNoun checks that an event noun with a named possessor
// or modifier, asked for by a verb of asking, is no event of its own,
// while the same noun after a verb of reporting is.
func TestRequestedNamedNoun(t *testing.T) {
	tests := []struct {
		name, body string
		want       wantEvent
		found      bool
	}{
		{"demanded a named possessor's resignation", "Protesters in Lima demanded President Alan Garcia's resignation.",
			wantEvent{graph.Concede, []string{"PE"}, nil}, false},
		{"called for a named possessor's resignation", "Thousands of Peruvians called for Alan Garcia's resignation.",
			wantEvent{graph.Concede, []string{"PE"}, nil}, false},
		{"demanding a named possessor's surrender", "The Chilean army moved in, demanding Alan Garcia's surrender.",
			wantEvent{graph.Retreat, []string{"PE"}, nil}, false},
		{"requested a demonym's sanctions", "Peru requested Chilean government sanctions against Bolivia.",
			wantEvent{graph.Sanction, []string{"CL"}, []string{"BO"}}, false},
		{"a reported resignation stays", "Alan Garcia's resignation came on Monday.",
			wantEvent{graph.Concede, []string{"PE"}, nil}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ev, got := findEvent(extractBody(t, tt.body, "2006-07-18"), tt.want)
			if (ev != nil) != tt.found {
				t.Errorf("found %v, want %v; got %s", ev != nil, tt.found, got)
			}
		})
	}
}
