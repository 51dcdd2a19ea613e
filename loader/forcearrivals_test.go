package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestForceArrivals checks that forces told arriving in another state are
// its deployment there: military aid for a peace mission, a mobilisation
// otherwise, and nothing where no owner or no state is named.
func TestForceArrivals(t *testing.T) {
	checkEvents(t, "1996-01-10", []eventCase{
		{"peacekeeping troops have arrived in X", "Swedish peacekeeping troops have arrived in Bosnia, the defence ministry said.",
			wantEvent{graph.Aid, []string{"SE"}, []string{"BA"}}, graph.Reported, true},
		{"the first peacekeepers arrived in X", "The first Ghanaian peacekeepers arrived in Liberia on Monday.",
			wantEvent{graph.Aid, []string{"GH"}, []string{"LR"}}, graph.Reported, true},
		{"arriving in X as part of a mission", "Kenyan troops arriving in Somalia as part of the African Union mission were greeted by crowds.",
			wantEvent{graph.Aid, []string{"KE"}, []string{"SO"}}, graph.Reported, true},
		{"paratroopers landed in X", "Belgian paratroopers landed in Zaire on Sunday.",
			wantEvent{graph.Mobilize, []string{"BE"}, []string{"CD"}}, graph.Reported, true},
	})
	checkNoEvents(t, "1996-01-10", []graph.EventType{graph.Aid, graph.Mobilize},
		"Some Israeli soldiers arrived in two jeeps.",
		"The foreign troops arrived in 2003, the mayor said.",
		"Russian President Boris Yeltsin arrived in Bosnia on Monday.",
	)
}
