package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestDemonymPlacesNoParty checks that a state a demonym or a country name
// only places (an exile, opposition or rebel group, insurgents or
// dissidents, a war, a region's "American") is no party of the event,
// while a demonym of the state's own people or forces still names it.
func TestDemonymPlacesNoParty(t *testing.T) {
	for _, tt := range []struct{ body, state string }{
		{"An Iranian exile group accused Syria of hiding weapons.", "IR"},
		{"Members of a banned Egyptian opposition group criticised Israel.", "EG"},
		{"A Sudanese rebel group attacked Chadian soldiers.", "SD"},
		{"Three Syrian soldiers were kidnapped by Lebanese insurgents on Monday.", "LB"},
		{"Peruvian insurgents attacked a Bolivian convoy.", "PE"},
		{"Libyan dissidents condemned Italy.", "LY"},
		{"The Green Party opposed the Vietnam war from the start.", "VN"},
		{"Protesters in London called for an end to the Afghanistan war.", "AF"},
		{"Francois Bayrou accused critics of the Kosovo war of rewriting history.", "XK"},
		{"Latin American leaders criticised Spain.", "US"},
		{"The South American nations condemned Portugal.", "US"},
	} {
		checkNoParty(t, "2006-07-18", tt.body, tt.state, false) // no actor
		checkNoParty(t, "2006-07-18", tt.body, tt.state, true)  // no target
	}
	checkEvents(t, "2006-07-18", []eventCase{
		{"officials", "Egyptian officials criticised Israel.", wantEvent{graph.Accuse, []string{"EG"}, []string{"IL"}}, graph.Reported, false},
		{"state force", "Peruvian troops attacked a Bolivian convoy.", wantEvent{graph.Assault, []string{"PE"}, []string{"BO"}}, graph.Reported, false},
		{"pair of sides", "The letter was sent while the Iran-Iraq war was taking place.", wantEvent{graph.Assault, []string{"IR", "IQ"}, []string{"IR", "IQ"}}, "", false},
		{"plain demonym", "American officials criticised Spain.", wantEvent{graph.Accuse, []string{"US"}, []string{"ES"}}, graph.Reported, false},
	})
}
