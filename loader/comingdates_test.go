package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestComingCue checks that a yearless date a few weeks after publication
// does not date a past act a year early, while past and planned acts keep
// their own dates (published 2006-04-11, a Tuesday).
func TestComingCue(t *testing.T) {
	tests := []statusDateCase{
		{"a warning about a coming day", "Japan warned Chile that it would retaliate if Chile imposed sanctions on April 17.",
			wantEvent{graph.Threaten, []string{"JP"}, []string{"CL"}}, graph.Reported, ""},
		{"a request about a coming day", "Peru has asked Bolivia to attend the upcoming May 2 summit.",
			wantEvent{graph.Request, []string{"PE"}, []string{"BO"}}, graph.Reported, ""},
		{"a coming month", "Chile accepted Peru's offer to ship copper in June.",
			wantEvent{graph.Agree, []string{"CL"}, []string{"PE"}}, graph.Reported, ""},
		// Contrasts: a past day, a planned day, and "last" keep their dates.
		{"a past day", "Peru met Bolivia on April 3.",
			wantEvent{graph.Consult, []string{"PE"}, []string{"BO"}}, graph.Reported, "2006-04-03"},
		{"a planned day", "Chile will meet Peru on April 17.",
			wantEvent{graph.Consult, []string{"CL"}, []string{"PE"}}, graph.Planned, "2006-04-17"},
		{"last month named", "Peru met Bolivia last June.",
			wantEvent{graph.Consult, []string{"PE"}, []string{"BO"}}, graph.Reported, "2005-06"},
	}
	checkStatusDates(t, "2006-04-11", tests)
}
