package loader

import (
	"slices"
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestRestatedActs checks that an undated verb stating again an act the
// article dates elsewhere joins the dated event, and that an undated
// attack, a planned act or an act with other parties does not. Each case
// lists the dates of all events of its type and parties (published
// 2006-07-18, a Tuesday; "" for none).
func TestRestatedActs(t *testing.T) {
	tests := []struct {
		name, body string
		want       wantEvent
		dates      []string
	}{
		{"a visit told twice", "Chile visited Peru after a long dispute over the border. Chile visited Peru on Monday to discuss fishing rights.",
			wantEvent{graph.Consult, []string{"CL"}, []string{"PE"}}, []string{"2006-07-17"}},
		{"a charge told twice", "Chile has accused Peru of spying on its navy. Chile accused Peru on Monday of spying.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"PE"}}, []string{"2006-07-17"}},
		{"attacks recur", "Chile attacked Peru on Monday. The weather was fine. Chile attacked Peru again near the border.",
			wantEvent{graph.Assault, []string{"CL"}, []string{"PE"}}, []string{"", "2006-07-17"}},
		{"a plan is no restatement", "Chile will visit Peru after the election. Chile visited Peru on Monday.",
			wantEvent{graph.Consult, []string{"CL"}, []string{"PE"}}, []string{"", "2006-07-17"}},
		{"other parties", "Chile accused Peru on Monday of spying. The weather was fine. Chile has accused Bolivia of spying.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"BO"}}, []string{""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, ev := range extractBody(t, tt.body, "2006-07-18").Events {
				if ev.Type == tt.want.typ && slices.Equal(ids(ev.Actors), tt.want.actors) && slices.Equal(ids(ev.Targets), tt.want.targets) {
					got = append(got, ev.Date)
				}
			}
			slices.Sort(got)
			if !slices.Equal(got, tt.dates) {
				t.Errorf("%q: dates %q, want %q", tt.body, got, tt.dates)
			}
		})
	}
}
