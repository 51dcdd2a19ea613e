package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestCitedHearsay checks that an act reported "citing" or "quoting"
// unnamed sources is speculated, and one citing a named body stays
// reported.
func TestCitedHearsay(t *testing.T) {
	tests := []eventCase{
		{name: "citing sources inside", body: "The Andina news agency, citing unnamed sources, reported that Chile attacked Peru.",
			want: wantEvent{graph.Assault, []string{"CL"}, []string{"PE"}}, status: graph.Speculated},
		{name: "citing sources first", body: "Citing anonymous officials, the agency said Chilean troops attacked Peru.",
			want: wantEvent{graph.Assault, []string{"CL"}, []string{"PE"}}, status: graph.Speculated},
		{name: "quoting sources last", body: "Chilean troops attacked Peru, the agency said, quoting unnamed witnesses.",
			want: wantEvent{graph.Assault, []string{"CL"}, []string{"PE"}}, status: graph.Speculated},
		{name: "a named source", body: "The Andina news agency, citing the Peruvian defence ministry, reported that Chile attacked Peru.",
			want: wantEvent{graph.Assault, []string{"CL"}, []string{"PE"}}, status: graph.Reported},
	}
	checkEvents(t, "2006-07-18", tests)
}
