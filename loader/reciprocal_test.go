package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestReciprocalActs checks that an act a coordinated subject does to
// itself makes one event with both parties as actors and as targets, and
// that a signed truce is a formal agreement signed, each on a sentence
// made up for the test.
func TestReciprocalActs(t *testing.T) {
	both := func(typ graph.EventType, x, y string) wantEvent {
		return wantEvent{typ, []string{x, y}, []string{x, y}}
	}
	tests := []eventCase{
		{"exchanged fire", "Bolivia and Paraguay exchanged fire across the border on Sunday.", both(graph.Assault, "BO", "PY"), graph.Reported, true},
		{"exchanged artillery fire", "Armenia and Azerbaijan exchanged artillery fire overnight.", both(graph.Assault, "AM", "AZ"), graph.Reported, true},
		{"traded gunfire", "Peru and Ecuador traded gunfire near the river.", both(graph.Assault, "PE", "EC"), graph.Reported, true},
		{"coordinated demonyms share a noun for troops", "Thai and Cambodian troops clashed near the temple.", both(graph.Assault, "TH", "KH"), graph.Reported, true},
		{"demonyms with a modifier before the troops", "Greek and Turkish border guards skirmished on Tuesday.", both(graph.Assault, "GR", "TR"), graph.Reported, true},
		{"fought each other", "Sudan and Chad fought each other along the border last week.", both(graph.Assault, "SD", "TD"), graph.Reported, true},
		{"fought counted wars", "Eritrea and Ethiopia have fought two wars.", both(graph.Assault, "ER", "ET"), graph.Reported, true},
		{"fighting between coordinated demonyms", "Fighting broke out between Georgian and Russian forces.", both(graph.Assault, "GE", "RU"), graph.Reported, true},
		{"clashes erupted between coordinated demonyms", "Clashes erupted between Eritrean and Ethiopian troops on Monday.", both(graph.Assault, "ER", "ET"), graph.Reported, true},
		{"accused each other", "Chad and Sudan accused each other of arming rebels.", both(graph.Accuse, "TD", "SD"), graph.Reported, true},
		{"threatened one another", "Iran and Israel threatened one another on Friday.", both(graph.Threaten, "IR", "IL"), graph.Reported, true},
		{"traded accusations", "Georgia and Russia traded bitter accusations over the shelling.", both(graph.Accuse, "GE", "RU"), graph.Reported, true},
		{"exchanged threats", "Venezuela and Colombia exchanged threats on Monday.", both(graph.Threaten, "VE", "CO"), graph.Reported, true},
		{"a signed truce", "Angola and UNITA signed a ceasefire agreement in 2002.", wantEvent{graph.Support, []string{"AO"}, []string{"org/unita"}}, graph.Reported, false},
		{"a government and a named group sign a truce", "Uganda's government and the Lord's Resistance Army signed a truce.", wantEvent{graph.Support, []string{"UG"}, []string{"org/lords-resistance-army"}}, graph.Reported, false},
	}
	checkEvents(t, "2008-05-14", tests)
}

// TestReciprocalActsOtherSenses checks coordinated subjects that do not
// act on each other: a quarrel, a fight against a third party, the last
// two of a list, a clash with no states or armed groups.
func TestReciprocalActsOtherSenses(t *testing.T) {
	for _, tt := range []struct {
		body string
		bad  graph.EventType
	}{
		{"Britain and France clashed over the budget on Monday.", graph.Assault},
		{"The minister clashed with Ali Hassan over the allegations.", graph.Assault},
		{"Canada and Denmark fought the Taliban in Kandahar.", ""},
		{"Police exchanged fire with gunmen in the capital.", graph.Assault},
		{"Dutch and Canadian troops fought in Helmand last year.", graph.Assault},
	} {
		ex := extractBody(t, tt.body, "2008-05-14")
		for _, ev := range ex.Events {
			if tt.bad != "" && ev.Type == tt.bad {
				t.Errorf("%q: unexpected %s event %v → %v", tt.body, ev.Type, ids(ev.Actors), ids(ev.Targets))
			}
			if tt.bad == "" && len(ev.Targets) > 0 && ids(ev.Targets)[0] != "org/taliban" {
				t.Errorf("%q: %v → %v, want only the Taliban fought", tt.body, ids(ev.Actors), ids(ev.Targets))
			}
		}
	}
}

// TestSignedTruceStaysRetreatUnsigned checks that a truce only declared,
// not signed, keeps its RETREAT reading.
func TestSignedTruceStaysRetreatUnsigned(t *testing.T) {
	mustFindEvent(t, "Israel declared a truce with Hamas on Sunday.", "2008-05-14", wantEvent{graph.Retreat, []string{"IL"}, []string{"org/hamas"}})
}
