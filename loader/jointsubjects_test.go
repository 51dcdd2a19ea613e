package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestJointSubjects checks coordinated subjects that act together on a
// third party named by "with", each on a sentence made up for the test:
// both subjects act (a meeting keeps the first as actor and meets the
// rest), and a pair with no third party stays a pair.
func TestJointSubjects(t *testing.T) {
	checkEvents(t, "2008-03-10", []eventCase{
		{name: "ties cut with a third", body: "Ecuador and Venezuela severed diplomatic ties with Colombia on Monday.",
			want: wantEvent{graph.Sanction, []string{"EC", "VE"}, []string{"CO"}}, exact: true},
		{name: "pact signed with a third", body: "Iran and Syria signed a defence pact with Russia on Monday.",
			want: wantEvent{graph.Support, []string{"IR", "SY"}, []string{"RU"}}, exact: true},
		{name: "agreed with a third", body: "Nigeria and Guinea agreed with Liberia to build a railway.",
			want: wantEvent{graph.Agree, []string{"NG", "GN"}, []string{"LR"}}, exact: true},
		{name: "met with a third", body: "France and Germany met with Russia on Monday.",
			want: wantEvent{graph.Consult, []string{"FR"}, []string{"DE", "RU"}}, exact: true},
		{name: "talks held with a third", body: "France and Germany held talks with Russia on Monday.",
			want: wantEvent{graph.Consult, []string{"FR"}, []string{"DE", "RU"}}, exact: true},
		{name: "met a third", body: "France and Germany met Russia on Monday.",
			want: wantEvent{graph.Consult, []string{"FR"}, []string{"DE", "RU"}}, exact: true},
		{name: "pair alone", body: "India and Pakistan signed an agreement on Monday.",
			want: wantEvent{graph.Support, []string{"IN"}, []string{"PK"}}, exact: true},
		{name: "another act's party", body: "Israel and Egypt held a meeting on Monday before their talks with Jordan.",
			want: wantEvent{graph.Consult, []string{"IL"}, []string{"EG"}}, exact: true},
	})
}
