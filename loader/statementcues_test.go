package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestFallbackHeldPlans checks sentences, made up for the test, in which
// a speaker says that a party holds no plans of its own: no refusal.
func TestFallbackHeldPlans(t *testing.T) {
	checkNoEvents(t, "1987-06-16", []graph.EventType{graph.Reject},
		"The finance minister said Brazil had no plans to devalue the cruzado this year.",
		"\"Chile has no intention of selling its copper below cost,\" Minister Hernan Buchi said.",
	)
}

// TestFallbackRefusedParty checks that plans denied toward a party named
// after them still refuse that party.
func TestFallbackRefusedParty(t *testing.T) {
	checkEvents(t, "1987-06-16", []eventCase{
		{name: "no plans to yield to a party", body: "Japanese Trade Minister Hajime Tamura said Japan had no plans to open its rice market to American growers.",
			want: wantEvent{typ: graph.Reject, targets: []string{"US"}}, status: graph.Reported},
	})
}

// TestFallbackRightSenses checks that "right" judges only as a negated
// predicate or a right denied, not as a noun, an adverb or an attribute.
func TestFallbackRightSenses(t *testing.T) {
	checkNoEvents(t, "1987-06-16", []graph.EventType{graph.Accuse},
		"Japan has said the GATT is not the right forum for the dispute.",
		"\"Nigeria did not use its right to export more oil,\" the minister said.",
		"\"The funds must not go right back to Marcos,\" Jovito Salonga said.",
	)
	checkEvents(t, "1987-06-16", []eventCase{
		{name: "negated predicate", body: "Minister Hans-Dietrich Genscher said that allowing the United States alone to decide was not right.",
			want: wantEvent{typ: graph.Accuse, targets: []string{"US"}}, status: graph.Reported},
		{name: "right denied", body: "\"Polish workers have no right to strike,\" Lech Walesa said.",
			want: wantEvent{typ: graph.Accuse, targets: []string{"PL"}}, status: graph.Reported},
	})
}
