package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestAccusedAct checks that an act named in what someone is accused of
// is speculated and takes no date from the accusation, with the
// accusation itself and a stated act beside it for contrast (published
// 2006-07-18, a Tuesday).
func TestAccusedAct(t *testing.T) {
	tests := []statusDateCase{
		{"the accusation's day", "On Sunday, Chile accused Peru of sending arms or financial support to rebels in Bolivia.",
			wantEvent{graph.Aid, []string{"PE"}, []string{"BO"}}, graph.Speculated, ""},
		{"the act's own day", "Chile accused Peru of sending weapons and financial support to Bolivian rebels last month.",
			wantEvent{graph.Aid, []string{"PE"}, []string{"BO"}}, graph.Speculated, "2006-06"},
		// Contrasts: the accusation keeps its day; a coordinated act is stated.
		{"the accusation", "On Sunday, Chile accused Peru of sending arms or financial support to rebels in Bolivia.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"PE"}}, graph.Reported, "2006-07-16"},
		{"an act after a finite verb", "Chile accuses Peru of spying and has arrested several Peruvian officers.",
			wantEvent{graph.Coerce, []string{"CL"}, []string{"PE"}}, graph.Reported, ""},
	}
	checkStatusDates(t, "2006-07-18", tests)
}
