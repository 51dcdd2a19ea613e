package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestVictimsClashWith checks victims killed in a fight "with" a named
// party, made up for the test: that party attacked the victims' state.
func TestVictimsClashWith(t *testing.T) {
	checkEvents(t, "2007-05-01", []eventCase{
		{name: "killed in a clash with", body: "Four Syrian soldiers were killed on Friday in a clash with Hamas fighters.",
			want: wantEvent{graph.Assault, []string{"org/hamas"}, []string{"SY"}}, status: graph.Reported, exact: true},
		{name: "died in a gunbattle with", body: "Two Egyptian policemen died in a gunbattle with Hamas gunmen near Rafah.",
			want: wantEvent{graph.Assault, []string{"org/hamas"}, []string{"EG"}}, status: graph.Reported, exact: true},
	})
	checkRejects(t, []reject{
		{"no victims' side named", "Four soldiers were killed on Friday in a clash with Hamas fighters.", graph.Assault},
	})
}
