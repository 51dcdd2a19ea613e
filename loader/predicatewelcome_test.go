package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestPredicateWelcome checks that "welcome" as an adjective after a
// copula reads no praise by its subject, while the verb still does.
func TestPredicateWelcome(t *testing.T) {
	checkNoEvents(t, "2006-10-14", []graph.EventType{graph.Support},
		"Chilean students say the Peruvian president is not welcome in Chile.",
		"Activists said Prime Minister Juan Ortega of Peru was no longer welcome in Bolivia.",
	)
	checkEvents(t, "2006-10-14", []eventCase{
		{"the verb of praise", "Chile welcomed Peru's offer of talks.",
			wantEvent{graph.Support, []string{"CL"}, []string{"PE"}}, graph.Reported, false},
		{"a praise verb after a copula", "Chile was quick to welcome Peru's offer of talks.",
			wantEvent{graph.Support, []string{"CL"}, []string{"PE"}}, "", false},
	})
}
