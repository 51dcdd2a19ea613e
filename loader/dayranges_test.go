package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestDayRangeDates checks that a hyphenated span of days dates its event
// by the month that holds it, in either order of day and month (published
// 2005-04-18).
func TestDayRangeDates(t *testing.T) {
	tests := []dateCase{
		{"month then days", "Chilean President Marco Bellini visited Peru on April 9-12.",
			wantEvent{graph.Consult, []string{"person/marco-bellini", "CL"}, []string{"PE"}}, "2005-04"},
		{"month, days and year", "Chilean President Marco Bellini visited Peru on March 2-4, 2004.",
			wantEvent{graph.Consult, []string{"person/marco-bellini", "CL"}, []string{"PE"}}, "2004-03"},
		{"days then month", "Chilean President Marco Bellini visited Peru on 9-12 April.",
			wantEvent{graph.Consult, []string{"person/marco-bellini", "CL"}, []string{"PE"}}, "2005-04"},
		{"after a noun without preposition", "The accords were signed during Marco Bellini's state visit to Peru April 9-12.",
			wantEvent{graph.Consult, []string{"person/marco-bellini"}, []string{"PE"}}, "2005-04"},
		{"a single day stays a day", "Chilean President Marco Bellini visited Peru on April 9.",
			wantEvent{graph.Consult, []string{"person/marco-bellini", "CL"}, []string{"PE"}}, "2005-04-09"},
	}
	checkDates(t, "2005-04-18", tests)
}
