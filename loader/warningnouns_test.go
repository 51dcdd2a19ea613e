package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestWarningNouns checks warnings delivered as a noun to a named party,
// and leaves alerts, unsent warnings and warnings to one's own side alone.
func TestWarningNouns(t *testing.T) {
	checkRuleEvents(t, "2008-05-01", "noun:warning-to", []eventCase{
		{name: "issued another warning", body: "Chile issued another warning to Peru on Tuesday.",
			want: wantEvent{graph.Threaten, []string{"CL"}, []string{"PE"}}},
		{name: "a strong warning to a leadership", body: "Chile sent a strong warning to the Peruvian leadership.",
			want: wantEvent{graph.Threaten, []string{"CL"}, []string{"PE"}}},
		{name: "warnings to two parties", body: "Chile delivered warnings to both Peru and Bolivia over trade.",
			want: wantEvent{graph.Threaten, []string{"CL"}, []string{"PE", "BO"}}},
		{name: "given warning", body: "Chile has given warning to Bolivia over the border dispute.",
			want: wantEvent{graph.Threaten, []string{"CL"}, []string{"BO"}}},
	})
	checkNoEvents(t, "2008-05-01", []graph.EventType{graph.Threaten},
		"Chile issued a travel warning to Peru.",
		"Chile gave no warning to Peru before the test.",
		"The Chilean foreign ministry issued a warning to Chilean citizens.")
}
