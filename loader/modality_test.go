package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestModality checks the statuses modality.go and its cues read, each on a
// sentence made up for the test: the exact type, actors, targets and status.
func TestModality(t *testing.T) {
	tests := []eventCase{
		// What a speaker rules out is denied; a refusal to rule it out leaves it possible.
		{"troops ruled out", "Angela Merkel ruled out German troops being deployed to Syria.",
			wantEvent{graph.Mobilize, []string{"DE"}, []string{"SY"}}, graph.Denied, true},
		{"sending troops ruled out", "Germany has ruled out sending troops to Syria.",
			wantEvent{graph.Mobilize, []string{"DE"}, []string{"SY"}}, graph.Denied, true},
		{"refused to rule out", "Germany refused to rule out sending troops to Syria.",
			wantEvent{graph.Mobilize, []string{"DE"}, []string{"SY"}}, graph.Speculated, true},
		{"did not rule out", "Germany did not rule out sending troops to Syria.",
			wantEvent{graph.Mobilize, []string{"DE"}, []string{"SY"}}, graph.Speculated, true},
		// A coordinated verb after an "as" phrase shares the clause's subject,
		// not the last name of the phrase.
		{"as phrase, then and", "Angela Merkel listed Cuba and Syria as dictatorships and criticised Venezuela.",
			wantEvent{graph.Accuse, []string{"person/angela-merkel", "DE"}, []string{"VE"}}, graph.Reported, true},
		{"since phrase, then and", "German forces have patrolled Kunduz since 2002 and arrested 40 Taliban fighters.",
			wantEvent{graph.Coerce, []string{"DE"}, []string{"org/taliban"}}, graph.Reported, true},
	}
	checkEvents(t, "2016-05-14", tests)
	// The act an accusation charges someone with, one that stops, or one
	// asked for through a support verb ("to put pressure on"), or the
	// condition of an "until" clause, is not done.
	checkRejects(t, []reject{
		{"accused of having supplied", "Moldova accused Russia on Saturday of having supplied weapons to Iraq.", graph.Aid},
		{"aid stopped", "The European Union may stop giving aid to Kenya.", graph.Aid},
		{"told to stop fighting", "Ali Sistani told the Mahdi Army to stop fighting Iraqi forces.", graph.Assault},
		{"told to put pressure", "The hostages told Angela Merkel to put pressure on the Iranian government.", graph.Request},
		{"until the government resigns", "The protesters say they will stay until the Thai government resigns.", graph.Concede},
		{"until a list of conditions", "Germany will block the aid until Hamas disarms, renounces violence and recognizes Israel.", graph.Support},
		{"until a condition, first of a list", "Germany will block the aid until Hamas disarms, renounces violence and recognizes Israel.", graph.Retreat},
		{"accused of two acts", "Israel accused Syria and Iran of supplying weapons and sending troops to Lebanon.", graph.Mobilize},
	})
}
