package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestFarCarriers checks event nouns carried by a verb past several
// modifiers, or by a verb that carries only journeys or assaults, on
// sentences made up for the test.
func TestFarCarriers(t *testing.T) {
	tests := []eventCase{
		{"support verb past four modifiers", "Sudan has launched a full scale military invasion of Chad.", wantEvent{graph.Assault, []string{"SD"}, []string{"TD"}}, graph.Reported, true},
		{"support verb past a compound", "Putin paid a three-day state visit to India on Monday.", wantEvent{graph.Consult, []string{"RU"}, []string{"IN"}}, graph.Reported, false},
		{"journey carrier", "Angela Merkel took a short trip to Mali last week.", wantEvent{graph.Consult, []string{"DE"}, []string{"ML"}}, graph.Reported, false},
		{"preparer with for", "Turkey is preparing for an invasion of Syria.", wantEvent{graph.Assault, []string{"TR"}, []string{"SY"}}, graph.Planned, true},
		{"preparer", "Egypt is preparing an attack on Libya.", wantEvent{graph.Assault, []string{"EG"}, []string{"LY"}}, graph.Planned, true},
		{"a series of talks", "Japan is holding a series of high-level talks with Vietnam.", wantEvent{graph.Consult, []string{"JP"}, []string{"VN"}}, graph.Reported, true},
		{"in talks with", "Peru is in talks with Chile over the border.", wantEvent{graph.Consult, []string{"PE"}, []string{"CL"}}, graph.Reported, true},
	}
	checkEvents(t, "2008-03-20", tests)
}

// TestFarCarriersOtherSenses checks nouns that a far verb does not carry:
// a second determiner opens another phrase, a journey verb does not carry
// an attack, and talks with no named second party may be anyone's.
func TestFarCarriersOtherSenses(t *testing.T) {
	checkNoEvents(t, "2008-03-20", []graph.EventType{graph.Assault},
		"The campaign has gained increased publicity since the killing of Chad's former president.",
		"Chad took a hard line on the invasion of Sudan.",
	)
	checkNoEvents(t, "2008-03-20", []graph.EventType{graph.Consult},
		"Delegates from both Chad and the government are in delicate talks in Khartoum.",
	)
}

// TestJourneyOwnerAfterBe checks the traveller of "on a visit to" after a
// form of "be" or a relative pronoun, and past a compound modifier.
func TestJourneyOwnerAfterBe(t *testing.T) {
	tests := []eventCase{
		{"is on a visit", "Angela Merkel is on a visit to Kenya.", wantEvent{graph.Consult, []string{"DE"}, []string{"KE"}}, graph.Reported, false},
		{"who was on a trip", "Vladimir Putin, who was on a trip to Cuba, spoke to reporters.", wantEvent{graph.Consult, []string{"RU"}, []string{"CU"}}, graph.Reported, false},
		{"a three-day trip", "Condoleezza Rice, on a three-day trip to Peru, said she was hopeful.", wantEvent{graph.Consult, []string{"US"}, []string{"PE"}}, graph.Reported, false},
	}
	checkEvents(t, "2008-03-20", tests)
}
