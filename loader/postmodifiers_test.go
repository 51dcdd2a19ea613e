package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestPostmodifierSchedules checks the status an event noun takes from the
// relative or reduced relative clause after its parties, and that a
// clause telling what the event is about, or a past one, leaves it
// reported.
func TestPostmodifierSchedules(t *testing.T) {
	talks := wantEvent{graph.Consult, []string{"CL"}, []string{"PE"}}
	tests := []eventCase{
		{"reduced relative with due to", "Talks between Chile and Peru, due to take place in Lima, will cover fishing rights.", talks, graph.Planned, false},
		{"reduced relative with scheduled for", "The meeting between Chile and Peru, scheduled for next week, will cover fishing rights.", talks, graph.Planned, false},
		{"relative clause with that is planned", "The summit between Chile and Peru that is planned for October will cover fishing rights.", talks, graph.Planned, false},
		{"timetable relative", "The talks between Chile and Peru, which begin on Monday, will cover fishing rights.", talks, graph.Planned, false},
		{"past relative", "The talks between Chile and Peru, which began on Monday, covered fishing rights.", talks, graph.Reported, false},
		{"content, not time", "Chile opened talks with Peruvian President Alan Garcia expected to focus on fishing rights.", wantEvent{graph.Consult, []string{"CL"}, []string{"person/alan-garcia"}}, graph.Reported, false},
	}
	checkEvents(t, "2006-07-18", tests)
}
