package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestRoleHeadReferences checks "the ship", "the group", "the union" as
// the one body the article named with that role or name.
func TestRoleHeadReferences(t *testing.T) {
	checkEvents(t, "2009-02-01", []eventCase{
		{"the ship after the container ship X", "The container ship Arktika Star docked at Limassol on Monday. Egyptian authorities had ordered the ship to leave Port Said.",
			wantEvent{graph.Coerce, []string{"EG"}, []string{"org/arktika-star"}}, graph.Reported, true},
		{"the group after X, a human rights group", "Amnesty International, a human rights group, staged protests in London on Friday. The group demanded the release of the prisoners.",
			wantEvent{graph.Request, []string{"org/amnesty-international"}, nil}, graph.Reported, false},
		{"the union after the X Union", "The Nurses Union of Kenya called a strike on Monday. The Kenyan government met the union on Tuesday.",
			wantEvent{graph.Consult, []string{"KE"}, []string{"org/nurses-union-of-kenya"}}, graph.Reported, true},
	})
}

// TestRoleHeadReferencesLeftAlone checks that the noun stays unresolved
// with two bodies of its kind named, as the modifier of another noun, and
// for firms.
func TestRoleHeadReferencesLeftAlone(t *testing.T) {
	for _, body := range []string{
		"Hamas, a militant group, and the Popular Front, a rival group, clashed in Gaza. Israel attacked the group on Monday.",
		"The Nurses Union of Kenya called a strike on Monday. The Kenyan government met the union leaders on Tuesday.",
		"Petrol Nord, a Swiss company, pumps oil in Chad. Chad asked the company to pay its taxes.",
	} {
		for _, ev := range extractBody(t, body, "2009-02-01").Events {
			if len(ev.Targets) > 0 && ev.Targets[0].Kind == graph.Organization {
				t.Errorf("%q: %s %v → %v", body, ev.Type, ids(ev.Actors), ids(ev.Targets))
			}
		}
	}
}
