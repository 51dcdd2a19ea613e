package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestDefeatedTextActs checks failedresolutions.go on sentences made up
// for the test: what a vetoed, blocked or voted-down text would have done
// is no event, where a text passed still acts.
func TestDefeatedTextActs(t *testing.T) {
	checkNoEvents(t, "2008-07-12", []graph.EventType{graph.Accuse, graph.Sanction, graph.Request},
		"China and Russia blocked a UN resolution condemning Zimbabwe.",
		"The United States vetoed a resolution condemning Israel on Friday.",
		"Russia vetoed a draft that would impose sanctions on Zimbabwe.",
		"Russia vetoed a resolution imposing an arms embargo on Zimbabwe.",
		"The Senate voted down a bill calling on Japan to open its markets.",
	)
	mustFindEvent(t, "The General Assembly passed a resolution condemning Israel.", "2008-07-12",
		wantEvent{graph.Accuse, []string{"org/united-nations-general-assembly"}, []string{"IL"}})
	mustFindEvent(t, "Russia vetoed a resolution imposing sanctions on Zimbabwe.", "2008-07-12",
		wantEvent{graph.Reject, []string{"RU"}, nil})
}
