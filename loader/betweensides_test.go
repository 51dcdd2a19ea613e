package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestBodySidesBetween checks meetings, truces and agreements whose sides
// a "between" phrase names by a body ("the Turkish government", "Hamas
// leaders", "the government of Sudan"), on sentences made up for the test.
func TestBodySidesBetween(t *testing.T) {
	tests := []eventCase{
		{"talks, demonym and government", "Talks between the Turkish government and the PKK resumed on Monday.", wantEvent{graph.Consult, []string{"TR"}, []string{"org/kurdistan-workers-party"}}, graph.Reported, true},
		{"talks, possessive and government", "Talks between Sudan's government and the SPLM resumed on Monday.", wantEvent{graph.Consult, []string{"SD"}, []string{"org/sudan-peoples-liberation-movement"}}, graph.Reported, true},
		{"meeting, group and leaders", "A meeting between Hamas leaders and Egypt took place in Cairo.", wantEvent{graph.Consult, []string{"org/hamas"}, []string{"EG"}}, graph.Reported, true},
		{"negotiations, demonym and officials", "Negotiations between Japanese officials and China ended on Friday.", wantEvent{graph.Consult, []string{"JP"}, []string{"CN"}}, graph.Reported, true},
		{"truce, demonym and government", "The truce between the Sri Lankan government and the LTTE held.", wantEvent{graph.Retreat, []string{"LK"}, []string{"org/liberation-tigers-of-tamil-eelam"}}, graph.Reported, true},
		{"deal, demonym and government", "The deal between the Sudanese government and the SPLM was reached on Monday.", wantEvent{graph.Agree, []string{"SD"}, []string{"org/sudan-peoples-liberation-movement"}}, graph.Reported, true},
		{"agreement, government of", "An agreement between the government of Sudan and the SPLM was reached on Monday.", wantEvent{graph.Agree, []string{"SD"}, []string{"org/sudan-peoples-liberation-movement"}}, graph.Reported, true},
		{"agreement, government forces", "An agreement between Israeli security forces and Egypt was reached on Monday.", wantEvent{graph.Agree, []string{"IL"}, []string{"EG"}}, graph.Reported, true},
	}
	checkEvents(t, "2006-08-30", tests)
}

// TestBodySidesBetweenFarName checks that a body side leaves no second
// side when the words after its "and" name none: the next name further on
// belongs to another clause.
func TestBodySidesBetweenFarName(t *testing.T) {
	checkNoEvents(t, "2006-08-30", []graph.EventType{graph.Consult},
		"A meeting between White House officials and congressional leaders on the budget pleased Senator Lloyd Bentsen.",
	)
}
