package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestClauseScope checks the readings of clausescope.go on sentences of each
// construction, with the event's own cue or status beside each for
// contrast (published 2006-07-18, a Tuesday).
func TestClauseScope(t *testing.T) {
	tests := []struct {
		name, body string
		want       wantEvent
		status     graph.Status
		date       string
	}{
		{"a summit ahead", "Ahead of the regional summit next week, Chile accused Peru of spying.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"PE"}}, graph.Reported, ""},
		{"a visit before", "Before his visit to Lima on Friday, the Chilean president criticised Peru.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"PE"}}, graph.Reported, ""},
		{"the run-up to a vote", "In the run-up to the vote on Sunday, Chile accused Peru of fraud.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"PE"}}, graph.Reported, ""},
		{"a part of the day keeps the cue", "Before dawn on Monday, Chile attacked Peru.",
			wantEvent{graph.Assault, []string{"CL"}, []string{"PE"}}, graph.Reported, "2006-07-17"},
		{"a later clause with its own subject", "Chile has long accused Peru of spying, and protests took place in Lima last month.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"PE"}}, graph.Reported, ""},
		{"a later clause after while", "Chile blames Peru for the crisis, while others believe the riots were started a week ago.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"PE"}}, graph.Reported, ""},
		{"a cue before the conjunction", "Chile accused Peru of spying on Monday, and protests took place in Lima.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"PE"}}, graph.Reported, "2006-07-17"},
		{"a past perfect relative clause", "On Monday, Chile condemned the Bolivian militias that had attacked Peru.",
			wantEvent{graph.Assault, []string{"BO"}, []string{"PE"}}, graph.Reported, ""},
		{"the main verb keeps the cue", "On Monday, Chile condemned the Bolivian militias that had attacked Peru.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"BO"}}, graph.Reported, "2006-07-17"},
		{"a negated condition", "Rebels said they would kill the hostages if Chile did not withdraw its troops from Peru.",
			wantEvent{graph.Retreat, []string{"CL"}, []string{"PE"}}, graph.Speculated, ""},
		{"a plain negation stays denied", "Chile did not withdraw its troops from Peru.",
			wantEvent{graph.Retreat, []string{"CL"}, []string{"PE"}}, graph.Denied, ""},
		{"thought to have", "The Chilean president is thought to have offered help to Peru.",
			wantEvent{graph.Agree, []string{"CL"}, []string{"PE"}}, graph.Speculated, ""},
		{"reported to have", "Chile is reported to have sent troops to Peru.",
			wantEvent{graph.Mobilize, []string{"CL"}, []string{"PE"}}, graph.Speculated, ""},
		{"a conjunct shares will", "Chile will attack Bolivia and occupy Peru.",
			wantEvent{graph.Coerce, []string{"CL"}, []string{"PE"}}, graph.Planned, ""},
		{"a conjunct shares could", "Chile could attack Bolivia and occupy Peru.",
			wantEvent{graph.Coerce, []string{"CL"}, []string{"PE"}}, graph.Speculated, ""},
		{"a conjunct shares an infinitive", "Chile plans to attack Bolivia and occupy Peru.",
			wantEvent{graph.Coerce, []string{"CL"}, []string{"PE"}}, graph.Planned, ""},
		{"a past conjunct keeps its own", "Chile attacked Bolivia and occupied Peru.",
			wantEvent{graph.Coerce, []string{"CL"}, []string{"PE"}}, graph.Reported, ""},
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
