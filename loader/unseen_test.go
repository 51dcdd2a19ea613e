package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestLocativeThroughArticle checks that a body named after "in the" is
// where the subject is, not the subject, while officials "in" a body act
// for it.
func TestLocativeThroughArticle(t *testing.T) {
	checkEvents(t, "2008-06-15", []eventCase{
		{name: "officials in an administration", body: "Officials in the Bush administration condemned Venezuela.",
			want: wantEvent{graph.Accuse, []string{"person/george-w-bush", "US"}, []string{"VE"}}, exact: true},
		{name: "officials in a country", body: "Officials in Peru condemned Chile.",
			want: wantEvent{graph.Accuse, []string{"PE"}, []string{"CL"}}, exact: true},
		{name: "talks held while staying in a country", body: "Chilean President Michelle Bachelet, who is now in Peru having talks with President Alan García, praised the deal.",
			want: wantEvent{graph.Consult, []string{"person/michelle-bachelet", "CL"}, []string{"person/alan-garcia", "PE"}}, exact: true},
	})
	checkRejects(t, []reject{
		{"vote in the senate", "Bellini lost a vote in the Italian Senate, after attempting to resign last week.", graph.Retreat},
	})
}
