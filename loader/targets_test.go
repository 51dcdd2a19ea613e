package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestPhraseTargets checks targets found past the place the rules look
// first: inside the object noun phrase, after a later preposition that fits
// the event, or as the owner of a predicate noun's subject, each on a
// sentence made up for the test.
func TestPhraseTargets(t *testing.T) {
	tests := []eventCase{
		{"the of-phrase of an owner noun", "Iran blamed the security services of Britain for the unrest.",
			wantEvent{graph.Accuse, []string{"IR"}, []string{"GB"}}, graph.Reported, true},
		{"the demonym of what is to be withdrawn", "Syria called for the withdrawal of all Israeli troops from the Golan Heights.",
			wantEvent{graph.Request, []string{"SY"}, []string{"IL"}}, graph.Reported, true},
		{"the owner of frozen assets", "The United States froze Venezuela's assets held in American banks.",
			wantEvent{graph.Sanction, []string{"US"}, []string{"VE"}}, graph.Reported, true},
		{"the doer of a deed condemned", "Egypt condemned the storming of the mosque by Israeli police.",
			wantEvent{graph.Accuse, []string{"EG"}, []string{"IL"}}, graph.Reported, true},
		{"a protest at a state's embassy", "Thousands of Serbs rallied in front of the American embassy in Belgrade.",
			wantEvent{graph.Protest, []string{"RS"}, []string{"US"}}, graph.Reported, true},
		{"the owner of a predicate noun's subject", "Pakistan's missile test was the target of fierce criticism by India.",
			wantEvent{graph.Accuse, []string{"IN"}, []string{"PK"}}, graph.Reported, true},
		{"harm told in an accusation's that-clause", "Germany repeated accusations that a German engineer was beaten in Sudan.",
			wantEvent{graph.Accuse, []string{"DE"}, []string{"SD"}}, graph.Reported, true},
	}
	checkEvents(t, "2006-07-18", tests)
}

// TestPhraseTargetsOtherSenses checks phrases whose names are not the
// event's target: what a payment is on, where a protest stands, whom a
// deed befell.
func TestPhraseTargetsOtherSenses(t *testing.T) {
	for _, c := range []struct {
		body   string
		typ    graph.EventType
		target string
	}{
		{"Brazil suspended interest payments on Argentina's debt.", graph.Sanction, "AR"},
		{"Thousands of Georgians rallied in front of the parliament in Tbilisi.", graph.Protest, "GE"},
		{"The United Nations criticised the occupation of Lebanon by Syria.", graph.Accuse, "LB"},
		{"Japan accepted a senior position with the Austrian delegation.", graph.Agree, "AT"},
	} {
		ex := extractBody(t, c.body, "2006-07-18")
		for _, ev := range ex.Events {
			if ev.Type == c.typ && len(ev.Targets) > 0 && ev.Targets[0].ID == c.target {
				t.Errorf("%q: unexpected %s event %v → %v", c.body, ev.Type, ids(ev.Actors), ids(ev.Targets))
			}
		}
	}
}
