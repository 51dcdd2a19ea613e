package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestCommemoratedActDates checks that the cue of a commemoration dates the
// act remembered only through the years an ordinal counts back, and that
// the act's own year in the phrase stays its date (published 2006-03-18, a
// Saturday).
func TestCommemoratedActDates(t *testing.T) {
	tests := []statusDateCase{
		{"ordinal counts back", "Today crowds in Lima marked the third anniversary of the Chilean invasion of Peru.",
			wantEvent{graph.Assault, []string{"CL"}, []string{"PE"}}, graph.Reported, "2003-03-18"},
		{"numbered year anniversary", "On Saturday Peruvians marked the 25th anniversary of the bombing of Lima by Chile.",
			wantEvent{graph.Assault, []string{"CL"}, []string{"PE"}}, graph.Reported, "1981-03-18"},
		{"no ordinal, no date", "On Saturday veterans gathered to mark the anniversary of the invasion of Peru by Chile.",
			wantEvent{graph.Assault, []string{"CL"}, []string{"PE"}}, graph.Reported, ""},
		{"the act's own year", "Veterans marked the anniversary of the invasion of Peru by Chile in 1979.",
			wantEvent{graph.Assault, []string{"CL"}, []string{"PE"}}, graph.Reported, "1979"},
	}
	checkStatusDates(t, "2006-03-18", tests)
}

func TestOrdinalValue(t *testing.T) {
	for w, want := range map[string]int{"second": 2, "60th": 60, "1st": 1, "23rd": 23, "fiftieth": 50, "the": 0, "th": 0, "anniversary": 0} {
		if got := ordinalValue(w); got != want {
			t.Errorf("ordinalValue(%q) = %d, want %d", w, got, want)
		}
	}
}
