package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestPostingOwnerActs checks that a mission named with the state it is
// posted in or to acts for the state that sent it, on sentences made up
// for the test, and that a mission of no named state gives no actor.
func TestPostingOwnerActs(t *testing.T) {
	tests := []eventCase{
		{"demonym ambassador in", "The Peruvian ambassador in Chile demanded an apology for the remarks.", wantEvent{graph.Request, []string{"PE"}, nil}, graph.Reported, true},
		{"possessive envoy to", "Norway's envoy to Sri Lanka criticised Pakistan.", wantEvent{graph.Accuse, []string{"NO"}, []string{"PK"}}, graph.Reported, true},
		{"embassy in", "The Canadian embassy in Kenya condemned Sudan.", wantEvent{graph.Accuse, []string{"CA"}, []string{"SD"}}, graph.Reported, true},
		{"target kept", "The Spanish ambassador to Morocco urged Algeria to reopen the border.", wantEvent{graph.Request, []string{"ES"}, []string{"DZ"}}, graph.Reported, true},
	}
	checkEvents(t, "2006-07-18", tests)
	ex := extractBody(t, "The ambassador in Chile demanded an apology for the remarks.", "2006-07-18")
	for _, ev := range ex.Events {
		if ev.Type == graph.Request && len(ev.Actors) > 0 && ev.Actors[0].ID == "CL" {
			t.Errorf("ambassador in Chile: Chile taken as the actor of %s", ev.Label)
		}
	}
}

// TestCrowdAtEmbassyNotItsOwner checks that what a crowd at or on its way
// to an embassy demands is not the act of the embassy's state, and that
// the protest there is still read.
func TestCrowdAtEmbassyNotItsOwner(t *testing.T) {
	for _, tt := range []struct{ body, owner string }{
		{"Hundreds of students marched to the French embassy calling for the release of the prisoners.", "FR"},
		{"About 3,000 people gathered outside the Danish embassy in Jakarta demanding an apology.", "DK"},
		{"Thousands of protesters rallied in front of the Turkish consulate, urging an end to the raids.", "TR"},
	} {
		checkNoParty(t, "2006-07-18", tt.body, tt.owner, false)
	}
	checkEvents(t, "2006-07-18", []eventCase{
		{"protest kept", "About 3,000 Indonesians gathered outside the Danish embassy in Jakarta demanding an apology.", wantEvent{graph.Protest, []string{"ID"}, []string{"DK"}}, graph.Reported, false},
	})
}
