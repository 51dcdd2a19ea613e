package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestComplementDates checks that a date cue dates the clause it stands
// in: a cue in a clause subordinate to the trigger does not date it, a cue
// in the main clause of a commitment or announcement dates the commitment
// and not the act committed to (unless the date lies ahead), and a meeting
// named with the parties of the sentence before takes its date.
func TestComplementDates(t *testing.T) {
	tests := []struct {
		name, body      string
		typ             graph.EventType
		actors, targets []string
		status          graph.Status
		date            string
	}{
		{"cue in an after-clause", "Brazil praised Chile's role in the peace talks after the coup in February 2004.",
			graph.Support, []string{"BR"}, []string{"CL"}, graph.Reported, ""},
		{"cue in a relative clause", "Norway criticised Sweden over the fishing quota, which Denmark imposed in 2003.",
			graph.Accuse, []string{"NO"}, []string{"SE"}, graph.Reported, ""},
		{"a time phrase led by before", "Ghana attacked Togo before dawn on Friday.",
			graph.Assault, []string{"GH"}, []string{"TG"}, graph.Reported, "2005-03-25"},
		{"the occasion's own clause", "Peru met Ecuador at the summit, which began on Friday.",
			graph.Consult, []string{"PE"}, []string{"EC"}, graph.Reported, "2005-03-25"},
		{"commitment dated, not the act", "On Monday, Peru agreed to hold talks with Ecuador.",
			graph.Agree, []string{"PE"}, []string{"EC"}, graph.Reported, "2005-03-21"},
		{"the act committed to is undated", "On Monday, Peru agreed to hold talks with Ecuador.",
			graph.Consult, []string{"PE"}, []string{"EC"}, graph.Planned, ""},
		{"announced on a day: the act is undated", "Kenya said on Tuesday that it would send troops to Somalia.",
			graph.Mobilize, []string{"KE"}, []string{"SO"}, graph.Planned, ""},
		{"a date ahead dates the act", "On 2 April, Peru is ready to hold talks with Ecuador.",
			graph.Consult, []string{"PE"}, []string{"EC"}, graph.Planned, "2005-04-02"},
		{"the act's own cue", "Peru agreed to hold talks with Ecuador on 2 April.",
			graph.Consult, []string{"PE"}, []string{"EC"}, graph.Planned, "2005-04-02"},
		{"the occasion of the sentence before", "Ghanaian President John Kufuor and Togolese President Faure Gnassingbe today declared an end to hostilities. The two leaders made the announcement at a summit in Lome, the first meeting between the two sides in a decade.",
			graph.Consult, []string{"person/john-kufuor", "GH"}, []string{"person/faure-gnassingbe", "TG"}, graph.Reported, "2005-03-26"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ex := extractBody(t, tc.body, "2005-03-26")
			_, got := findEvent(ex, wantEvent{})
			for _, ev := range ex.Events {
				if ev.Type == tc.typ && sameIDs(ids(ev.Actors), tc.actors) && sameIDs(ids(ev.Targets), tc.targets) {
					if ev.Status != tc.status || ev.Date != tc.date {
						t.Errorf("%s: status %s date %q, want %s %q", ev.Label, ev.Status, ev.Date, tc.status, tc.date)
					}
					return
				}
			}
			t.Errorf("no %s %v → %v; got %s", tc.typ, tc.actors, tc.targets, got)
		})
	}
}
