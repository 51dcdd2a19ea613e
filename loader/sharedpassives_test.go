package loader

import (
	"slices"
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestSharedPassives checks that a participle sharing an earlier passive's
// "was" does not make the passive's subject its actor, and that an active
// verb after "and" keeps its subject.
func TestSharedPassives(t *testing.T) {
	for _, tt := range []struct{ name, body, notActor string }{
		{"deported after detained", "Maher Arar was detained in New York and deported to Syria.", "person/maher-arar"},
		{"tortured after sent", "The engineer said he was sent to Syria and tortured for a year by Syrian guards.", "person/the-engineer"},
		{"list of participles", "Two Britons were arrested, beaten and expelled from Iran.", "GB"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			for _, ev := range extractBody(t, tt.body, "2006-05-01").Events {
				if slices.Contains(ids(ev.Actors), tt.notActor) {
					t.Errorf("%s %v → %v: the passive's subject acts", ev.Type, ids(ev.Actors), ids(ev.Targets))
				}
			}
		})
	}
	checkEvents(t, "2006-05-01", []eventCase{
		{name: "active after and", body: "World Bank President Barber Conable said he was concerned about Brazil's economy and urged the country to act.",
			want: wantEvent{graph.Request, []string{"person/barber-conable"}, []string{"BR"}}},
		{name: "a verb of another clause between", body: "He was warned hours before Israeli troops marched on the village and killed five Palestinians.",
			want: wantEvent{graph.Assault, []string{"IL"}, []string{"PS"}}},
		{name: "released by, after a list of passives", body: "Journalist Alan Johnston was captured, tried and sentenced to death, but later released by Hamas.",
			want: wantEvent{graph.Retreat, []string{"org/hamas"}, []string{"person/alan-johnston"}}},
	})
}
