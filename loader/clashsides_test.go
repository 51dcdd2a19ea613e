package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestClashBetweenSides checks clashes whose "between" phrase names its
// two sides past other words ("gunmen from", "forces loyal to") as one
// two-sided event, on sentences made up for the test.
func TestClashBetweenSides(t *testing.T) {
	both := []string{"org/hamas", "org/fatah"}
	tests := []eventCase{
		{"gunmen from the factions", "Clashes between gunmen from the rival Hamas and Fatah factions killed four.", wantEvent{graph.Assault, both, both}, graph.Reported, true},
		{"forces loyal to", "Fighting between forces loyal to Hamas and to Fatah went on, a spokesman said.", wantEvent{graph.Assault, both, both}, graph.Reported, true},
	}
	checkRuleEvents(t, "2007-06-12", "noun:clash-between-sides", tests)
}

// TestClashBetweenSidesList checks that a second side that opens a list
// leaves the clash as the clash rule read it: the list is one side's.
func TestClashBetweenSidesList(t *testing.T) {
	body := "Fighting between the Islamic opposition and troops from Ethiopia, the African Union, and the UN killed thousands."
	for _, ev := range extractBody(t, body, "2007-06-12").Events {
		if hasClaimRule(ev, "noun:clash-between-sides") {
			t.Errorf("%q: two-sided clash %v → %v", body, ids(ev.Actors), ids(ev.Targets))
		}
	}
}
