package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestDateFixes3 checks that a cue in a phrase of purpose, after a gerund
// that cites something, or after a noun of occurrence and its "of" phrase
// does not date the event, while the event's own cue still does
// (published 2006-07-18, a Tuesday).
func TestDateFixes3(t *testing.T) {
	tests := []struct {
		name, body string
		want       wantEvent
		date       string
		status     graph.Status
	}{
		{"a purpose's cue", "Chilean President Michelle Bachelet is mediating talks between Peru's ruling party and the opposition in an effort to bring free elections next year.",
			wantEvent{graph.Consult, []string{"CL"}, []string{"PE"}}, "", graph.Reported},
		{"a bid's cue", "Chile accused Peru in a bid to delay the vote until March.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"PE"}}, "", graph.Reported},
		{"the verb's own cue before the purpose", "Chile accused Peru on Monday in order to delay the vote.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"PE"}}, "2006-07-17", graph.Reported},
		{"a cited agreement's day", "Chile urged Peru to withdraw its troops, mentioning an accord Peru made on July 3.",
			wantEvent{graph.Request, []string{"CL"}, []string{"PE"}}, "", graph.Reported},
		{"a death's month", "Chile is investigating Peru over the death of a Chilean diplomat in March 2005.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"PE"}}, "", graph.Reported},
		{"a modified event noun's day", "Chile asked Peru to convene the first meeting of the commission on June 6.",
			wantEvent{graph.Request, []string{"CL"}, []string{"PE"}}, "", graph.Reported},
		{"a murder's year in a claim", "Chile rejected claims that it had been involved in the murder of Peru's ambassador in 1983.",
			wantEvent{graph.Reject, []string{"CL"}, nil}, "", graph.Reported},
		{"the verb's own cue after its object", "Chile accused Peru of spying on Monday.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"PE"}}, "2006-07-17", graph.Reported},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ev := mustFindEvent(t, tt.body, "2006-07-18", tt.want)
			if ev.Date != tt.date || ev.Status != tt.status {
				t.Errorf("%s: date %q status %s, want %q %s", ev.Label, ev.Date, ev.Status, tt.date, tt.status)
			}
		})
	}
}

// TestOccasionEvent checks that an invasion named in the sentence after a
// dated act with the same parties does not take that act's date; a
// meeting still does (complements_test.go, "the occasion of the sentence
// before").
func TestOccasionEvent(t *testing.T) {
	body := "Chile accused Peru on Monday of spying. Resentment runs high after Chile's invasion of Peru."
	ev := mustFindEvent(t, body, "2006-07-18", wantEvent{graph.Assault, []string{"CL"}, []string{"PE"}})
	if ev.Date != "" {
		t.Errorf("%s: date %q, want none", ev.Label, ev.Date)
	}
}
