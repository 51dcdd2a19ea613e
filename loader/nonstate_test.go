package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestNonStateGroupNotState checks that a demonym placing an opposition,
// exile or rebel group does not make the state act, and that a plain
// demonym still does.
func TestNonStateGroupNotState(t *testing.T) {
	for _, body := range []string{
		"An Iranian exile group accused Syria of hiding weapons.",
		"Members of a banned Egyptian opposition group criticised Israel.",
		"A Sudanese rebel group attacked Chadian soldiers.",
	} {
		ex := extractBody(t, body, "2006-07-18")
		for _, ev := range ex.Events {
			for _, a := range ev.Actors {
				if a.ID == "IR" || a.ID == "EG" || a.ID == "SD" {
					t.Errorf("%q: the state acts in %s", body, ev.Label)
				}
			}
		}
	}
	mustFindEvent(t, "Egyptian officials criticised Israel.", "2006-07-18", wantEvent{graph.Accuse, []string{"EG"}, []string{"IL"}})
}

// TestNonStatePeopleDemonym checks that the state a demonym names is no
// party where the demonym only places insurgents or dissidents,
// and that a demonym of a state's own force still names it.
func TestNonStatePeopleDemonym(t *testing.T) {
	for _, tt := range []struct{ body, state string }{
		{"Three Syrian soldiers were kidnapped by Lebanese insurgents on Monday.", "LB"},
		{"Peruvian insurgents attacked a Bolivian convoy.", "PE"},
		{"Libyan dissidents condemned Italy.", "LY"},
	} {
		ex := extractBody(t, tt.body, "2006-07-18")
		for _, ev := range ex.Events {
			for _, e := range append(ev.Actors, ev.Targets...) {
				if e.ID == tt.state {
					t.Errorf("%q: the state is a party of %s", tt.body, ev.Label)
				}
			}
		}
	}
	checkEvents(t, "2006-07-18", []eventCase{
		{"state force kept", "Peruvian troops attacked a Bolivian convoy.", wantEvent{graph.Assault, []string{"PE"}, []string{"BO"}}, graph.Reported, false},
	})
}

// TestWarNameNoParty checks that a country naming a war ("the Iraq war")
// is no party of what is said or done about the war, while a pair of
// sides keeps both.
func TestWarNameNoParty(t *testing.T) {
	for _, body := range []string{
		"The Green Party opposed the Vietnam war from the start.",
		"Protesters in London called for an end to the Afghanistan war.",
		"Francois Bayrou accused critics of the Kosovo war of rewriting history.",
	} {
		ex := extractBody(t, body, "2006-07-18")
		for _, ev := range ex.Events {
			for _, e := range ev.Targets {
				if e.Name == "Vietnam" || e.Name == "Afghanistan" || e.Name == "Kosovo" {
					t.Errorf("%q: the war's country is the target of %s", body, ev.Label)
				}
			}
		}
	}
	checkEvents(t, "2006-07-18", []eventCase{
		{"pair of sides", "The letter was sent while the Iran-Iraq war was taking place.", wantEvent{graph.Assault, []string{"IR", "IQ"}, []string{"IR", "IQ"}}, "", false},
	})
}

// TestContinentalAmericanNotUS checks that "Latin American", "South
// American" name no party as the United States, while plain "American"
// still does.
func TestContinentalAmericanNotUS(t *testing.T) {
	for _, body := range []string{
		"Latin American leaders criticised Spain.",
		"The South American nations condemned Portugal.",
	} {
		ex := extractBody(t, body, "2006-07-18")
		for _, ev := range ex.Events {
			for _, e := range append(ev.Actors, ev.Targets...) {
				if e.ID == "US" {
					t.Errorf("%q: the United States is a party of %s", body, ev.Label)
				}
			}
		}
	}
	checkEvents(t, "2006-07-18", []eventCase{
		{"plain demonym", "American officials criticised Spain.", wantEvent{graph.Accuse, []string{"US"}, []string{"ES"}}, graph.Reported, false},
	})
}
