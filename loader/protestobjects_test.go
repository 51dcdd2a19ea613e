package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestProtestObjects checks protests whose target is the owner of what is
// protested, each on a sentence made up for the test.
func TestProtestObjects(t *testing.T) {
	cases := []ruleCase{
		{"in protest at a state's attack", "Lebanese radio went silent for an hour in protest at the Israeli bombing.",
			wantEvent{graph.Protest, []string{"LB"}, []string{"IL"}}, graph.Reported, "verb:protest-grievance"},
		{"demonstrated in protest at a state's strikes", "Protesters in Yemen demonstrated in protest at the American air strikes.",
			wantEvent{graph.Protest, []string{"YE"}, []string{"US"}}, graph.Reported, "verb:protest-grievance"},
		{"the owner of a protested deed is the target", "Students marched in Seoul against Japan's decision to resume whaling.",
			wantEvent{graph.Protest, []string{"KR"}, []string{"JP"}}, graph.Reported, "verb:protest-crowd"},
		{"marched to protest a state's presence", "About 2,000 people marched in Manila to protest against the continued US presence in Iraq.",
			wantEvent{graph.Protest, []string{"PH"}, []string{"US"}}, graph.Reported, "verb:protest-crowd-grievance"},
	}
	checkRuleCases(t, "2023-03-22", cases)
}

// TestProtestObjectsStatus checks that a negation or a modal of the main
// clause does not reach an act named inside what "to protest" takes.
func TestProtestObjectsStatus(t *testing.T) {
	body := "The Green Party will not attend to protest Britain's role in the invasion of Iraq."
	ev := mustFindEvent(t, body, "2023-03-22", wantEvent{graph.Assault, []string{"GB"}, []string{"IQ"}})
	if ev.Status != graph.Reported {
		t.Errorf("invasion status %s, want %s", ev.Status, graph.Reported)
	}
}

// TestProtestObjectsLeaveOthers checks sentences these frames must not
// read as a protest against a party: a protest of innocence, a protest
// over prices with no one behind them, a state's boycott of a sports
// event, a consumer boycott of a firm, protests against a state's own
// government and a state's own body at sea; and that a march to protest
// makes no formal protest.
func TestProtestObjectsLeaveOthers(t *testing.T) {
	for _, body := range []string{
		"Former Prime Minister Thaksin Shinawatra protested his innocence.",
		"Thousands protested in Jakarta against the rise in fuel prices.",
		"The United States boycotted the 1980 Olympic Games in Moscow.",
		"Consumers in Europe boycotted Nestle products.",
		"Protests broke out across Georgia against the government.",
		"The Japanese coast guard intercepted the Sea Shepherd vessel.",
	} {
		t.Run(body, func(t *testing.T) {
			for _, ev := range extractBody(t, body, "2023-03-22").Events {
				if ev.Type == graph.Protest && len(ev.Targets) > 0 {
					t.Errorf("unwanted %s %v → %v", ev.Type, ids(ev.Actors), ids(ev.Targets))
				}
			}
		})
	}
	// A march whose purpose is to protest is the protest: no formal one.
	for _, ev := range extractBody(t, "About 2,000 people marched in Manila to protest against the continued US presence in Iraq.", "2023-03-22").Events {
		if ev.Type == graph.Accuse {
			t.Errorf("unwanted %s %v → %v", ev.Type, ids(ev.Actors), ids(ev.Targets))
		}
	}
	// A state that boycotts talks imposes a sanction, not a protest.
	mustFindEvent(t, "Iran boycotted the talks with the European Union.", "2023-03-22",
		wantEvent{graph.Sanction, []string{"IR"}, []string{"org/european-union"}})
}
