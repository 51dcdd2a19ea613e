package loader

import (
	"slices"
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestJointOperations checks that the joint act of two parties is their
// military cooperation, that the attack it names keeps both as attackers,
// and that neither ally is read as the other's target. Sentences made up
// for the test.
func TestJointOperations(t *testing.T) {
	coop := func(actor, target string) wantEvent {
		return wantEvent{graph.Cooperate, []string{actor}, []string{target}}
	}
	tests := []eventCase{
		{"owners of forces, joint raid", "Kenyan and Ugandan forces conducted a joint raid on a rebel camp on Monday.",
			coop("KE", "UG"), graph.Reported, true},
		{"hyphenated pair after joint", "A joint Kenyan-Ugandan offensive near the border killed twelve rebels.",
			coop("KE", "UG"), graph.Reported, true},
		{"hyphenated pair before joint", "The Chile-Peru joint naval exercises ended on Friday.",
			coop("CL", "PE"), graph.Reported, true},
		{"jointly after the forces", "Ethiopian and Somali troops jointly attacked Islamist fighters in the capital.",
			coop("ET", "SO"), graph.Reported, true},
		{"joint operation by police", "The suspect was arrested in a joint operation by Chilean and Peruvian police.",
			coop("CL", "PE"), graph.Reported, true},
		{"joint operation with a partner's forces", "A Kenyan soldier was killed during a joint operation with Ugandan troops.",
			coop("KE", "UG"), graph.Reported, true},
		{"together after the forces", "Kenyan and Ugandan forces raided the rebel camp together.",
			coop("KE", "UG"), graph.Reported, true},
		{"the joint act keeps both attackers", "A joint Afghan-Pakistani raid on a Taliban hideout killed five fighters.",
			wantEvent{graph.Assault, []string{"PK", "AF"}, []string{"org/taliban"}}, graph.Reported, false},
		{"a passive's agent is the pair", "Five Taliban fighters were killed north of Kabul by Afghan and American forces.",
			wantEvent{graph.Assault, []string{"AF", "US"}, []string{"org/taliban"}}, graph.Reported, false},
		{"an ally is no target", "Iraqi soldiers and US troops raided a house in Mosul.",
			wantEvent{graph.Assault, []string{"US", "IQ"}, nil}, graph.Reported, false},
	}
	checkEvents(t, "2006-05-03", tests)
	// The pair attacked is not made its own attacker.
	for _, body := range []string{
		"Iraqi gunmen ambushed US and Iraqi troops near Baghdad.",
		"Afghan militants attacked Afghan and NATO troops in Kandahar.",
	} {
		for _, ev := range extractBody(t, body, "2006-05-03").Events {
			if ev.Type == graph.Assault && len(ev.Actors) > 1 {
				t.Errorf("%q: the attacked pair read as attackers: %v → %v", body, ids(ev.Actors), ids(ev.Targets))
			}
		}
	}
	checkRejects(t, []reject{
		{"forces of one party", "Kenyan forces conducted a raid on a rebel camp.", graph.Cooperate},
		{"a joint act of no named pair", "A joint patrol encountered rebel fighters near the border.", graph.Cooperate},
		{"a pair that fights", "Kenyan troops attacked Ugandan forces near the border.", graph.Cooperate},
		{"with a partner but no owner before", "Officials were briefed on a joint operation with Ugandan troops.", graph.Cooperate},
		{"together with", "Kenyan and Ugandan forces fought together with rebels.", graph.Cooperate},
	})
	for _, body := range []string{
		"A joint Kenyan-Ugandan raid on a rebel camp killed five people.",
		"Kenyan and Ugandan forces conducted a joint raid on a rebel hideout.",
		"Ethiopian and Somali troops jointly attacked Islamist fighters in the capital.",
		"Iraqi soldiers and US troops raided a house in Mosul.",
		"Iraqi and US forces raided a house together in Mosul.",
	} {
		for _, ev := range extractBody(t, body, "2006-05-03").Events {
			if ev.Type != graph.Assault {
				continue
			}
			a, g := ids(ev.Actors), ids(ev.Targets)
			for _, pair := range [][2]string{{"KE", "UG"}, {"UG", "KE"}, {"ET", "SO"}, {"SO", "ET"}, {"US", "IQ"}, {"IQ", "US"}} {
				if slices.Contains(a, pair[0]) && slices.Contains(g, pair[1]) {
					t.Errorf("%q: allies read as attacker and target: %v → %v", body, a, g)
				}
			}
		}
	}
}
