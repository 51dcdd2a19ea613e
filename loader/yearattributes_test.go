package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestYearAttributes dates an event noun by the year that qualifies it
// ("a 1998 treaty"), and no other act by a year qualifying another noun,
// unless a preposition makes that noun the act's occasion (published
// 2006-07-18).
func TestYearAttributes(t *testing.T) {
	tests := []statusDateCase{
		{"a treaty between two states", "A 1998 treaty between Chile and Peru settled the border.",
			wantEvent{graph.Agree, []string{"CL"}, []string{"PE"}}, graph.Reported, "1998"},
		{"a meeting between officials", "The minutes describe a 2002 meeting between Chilean and Peruvian diplomats.",
			wantEvent{graph.Consult, []string{"CL"}, []string{"PE"}}, graph.Reported, "2002"},
		{"a war as the occasion", "During the 1995 war, Ecuador attacked Peru.",
			wantEvent{graph.Assault, []string{"EC"}, []string{"PE"}}, graph.Reported, "1995"},
		{"a summit obliging a later act", "The 1999 summit in Lima had obliged Chile to withdraw its troops from Peru.",
			wantEvent{graph.Retreat, []string{"CL"}, []string{"PE"}}, graph.Planned, ""},
		{"an agreement signed in a month", "In January Chile and Peru signed a 1998 agreement.",
			wantEvent{graph.Support, []string{"CL"}, []string{"PE"}}, graph.Reported, "2006-01"},
		{"a bombing blamed", "Chile blamed Peru for the 2004 bombing.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"PE"}}, graph.Reported, ""},
	}
	checkStatusDates(t, "2006-07-18", tests)
}
