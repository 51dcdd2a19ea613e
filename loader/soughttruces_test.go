package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestSoughtTruces checks that a truce only sought, brokered in hope or
// weighed is no truce in force, on sentences made up for the test.
func TestSoughtTruces(t *testing.T) {
	checkNoEvents(t, "2007-03-01", []graph.EventType{graph.Retreat},
		"The envoy pursued efforts to obtain a ceasefire between Iran and Iraq.",
		"They discussed brokering a truce between Israel and Hamas.",
		"Egypt is trying to broker a truce between Israel and Hamas.",
	)
}

// TestTrucesInForce checks that truces brokered, declared or called are
// still read.
func TestTrucesInForce(t *testing.T) {
	tests := []eventCase{
		{"brokered", "Egypt brokered a truce between Israel and Hamas on Monday.", wantEvent{graph.Retreat, []string{"IL"}, []string{"org/hamas"}}, graph.Reported, false},
		{"took effect", "A ceasefire between Israel and Hezbollah took effect on Monday.", wantEvent{graph.Retreat, []string{"IL"}, []string{"org/hezbollah"}}, graph.Reported, false},
		{"called a truce", "Hamas called a unilateral truce on Tuesday.", wantEvent{graph.Retreat, []string{"org/hamas"}, nil}, graph.Reported, false},
	}
	checkEvents(t, "2007-03-01", tests)
}
