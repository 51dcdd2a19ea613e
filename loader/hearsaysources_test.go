package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestHearsaySources checks that an act told "according to" reports,
// sources, claims or unnamed officials is speculated, in the clause the
// phrase opens or closes, and that a named source or a clause the phrase
// does not speak for keeps the act reported.
func TestHearsaySources(t *testing.T) {
	tests := []eventCase{
		{"opening reports", "According to media reports, Chile has sent troops into Peru.",
			wantEvent{graph.Mobilize, []string{"CL"}, []string{"PE"}}, graph.Speculated, false},
		{"closing sources", "Chile attacked Peru on Sunday, according to unnamed sources.",
			wantEvent{graph.Assault, []string{"CL"}, []string{"PE"}}, graph.Speculated, false},
		{"unnamed officials", "Chilean soldiers fired on Peru, according to Bolivian officials.",
			wantEvent{graph.Assault, []string{"CL"}, []string{"PE"}}, graph.Speculated, false},
		{"a claim inside a when clause", "The clash began at dawn, when, according to a claim from a Bolivian officer, Chilean soldiers fired on Peru.",
			wantEvent{graph.Assault, []string{"CL"}, []string{"PE"}}, graph.Speculated, false},
		{"a named body is no hearsay", "According to the Chilean defence ministry, Chile has sent troops into Peru.",
			wantEvent{graph.Mobilize, []string{"CL"}, []string{"PE"}}, graph.Reported, false},
		{"a named government closing", "Chile attacked Peru, according to the Bolivian government.",
			wantEvent{graph.Assault, []string{"CL"}, []string{"PE"}}, graph.Reported, false},
		{"a denial after but is the denier's own", "According to witnesses, troops fired on the crowd, but Chile denied the reports.",
			wantEvent{graph.Reject, []string{"CL"}, nil}, graph.Reported, false},
		{"an earlier clause is not the phrase's", "Chile condemned Peru, and according to the reports Bolivia stayed calm.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"PE"}}, graph.Reported, false},
	}
	checkEvents(t, "2006-07-18", tests)
}

// TestHearsaySourceKeepsDate checks that the act told on hearsay keeps
// the date its own clause gives ("In May, ... killed X, according to
// officials"): no verb of the sentence reports it.
func TestHearsaySourceKeepsDate(t *testing.T) {
	ev := mustFindEvent(t, "In May, a Chilean helicopter fired across the border and killed a Peruvian guard, according to Peruvian officials.",
		"2006-07-18", wantEvent{graph.Assault, []string{"CL"}, nil})
	if ev.Status != graph.Speculated || ev.Date != "2006-05" {
		t.Errorf("%s: status %q date %q, want speculated 2006-05", ev.Label, ev.Status, ev.Date)
	}
}
