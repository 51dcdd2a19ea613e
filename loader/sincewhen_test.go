package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestSinceWhen checks that "since YEAR, when" dates the act of the
// "when" clause and not the span of the main clause (published
// 2006-07-18, a Tuesday).
func TestSinceWhen(t *testing.T) {
	tests := []dateCase{
		{"a year and a when clause", "Lima has been quiet since 2001, when Chile attacked Peru.",
			wantEvent{graph.Assault, []string{"CL"}, []string{"PE"}}, "2001"},
		{"a month without the comma", "Peru has had no ambassador in Chile since March 2005 when Chile expelled the Peruvian ambassador.",
			wantEvent{graph.Sanction, []string{"CL"}, []string{"PE"}}, "2005-03"},
		{"a weekday", "Peru has fired rockets at Chile since Sunday, when Chile attacked Peru.",
			wantEvent{graph.Assault, []string{"CL"}, []string{"PE"}}, "2006-07-16"},
		// Contrasts: the span of the main clause keeps no date.
		{"the main clause measures a span", "Chile has attacked Peru repeatedly since 2001, when the border treaty lapsed.",
			wantEvent{graph.Assault, []string{"CL"}, []string{"PE"}}, ""},
		{"a bare since", "Chile has occupied the Peruvian islands since 2001.",
			wantEvent{graph.Coerce, []string{"CL"}, []string{"PE"}}, ""},
	}
	checkDates(t, "2006-07-18", tests)
}
