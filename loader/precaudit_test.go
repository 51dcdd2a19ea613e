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

// TestAskedPassive checks that the subject of "was asked to", "be urged
// to" is the one asked, never the asker.
func TestAskedPassive(t *testing.T) {
	for _, tt := range []struct{ body, asked string }{
		{"Nawaz Sharif was asked to meet Hamid Karzai.", "Nawaz Sharif"},
		{"Denis Coderre demanded that Shane Doan be asked to leave Team Canada.", "Shane Doan"},
		{"Hugo Chavez was urged to release the Colombian hostages.", "Hugo Chávez"},
		{"Kofi Annan was pressed to criticise Israel.", "Kofi Annan"},
	} {
		ex := extractBody(t, tt.body, "2006-07-18")
		for _, ev := range ex.Events {
			for _, a := range ev.Actors {
				if ev.Type == graph.Request && a.Name == tt.asked {
					t.Errorf("%q: the one asked acts in %s", tt.body, ev.Label)
				}
			}
		}
	}
}

// TestWeighedActStatus checks that an act a party only considers is
// speculated, and that the act done stays reported.
func TestWeighedActStatus(t *testing.T) {
	tests := []eventCase{
		{"considered invading", "Officials said Russia had considered invading Georgia.", wantEvent{graph.Assault, []string{"RU"}, []string{"GE"}}, graph.Speculated, false},
		{"contemplating sanctions", "Canada is contemplating imposing sanctions on Fiji.", wantEvent{graph.Sanction, []string{"CA"}, []string{"FJ"}}, graph.Speculated, false},
		{"done act stays reported", "Canada imposed sanctions on Fiji.", wantEvent{graph.Sanction, []string{"CA"}, []string{"FJ"}}, graph.Reported, false},
	}
	checkEvents(t, "2006-07-18", tests)
}

// TestMonthOfYear checks that "in April of 2005" dates the event to that
// month of that year, not to the April nearest the publication date.
func TestMonthOfYear(t *testing.T) {
	ev := mustFindEvent(t, "Peru invaded Ecuador in April of 2005.", "2006-07-18", wantEvent{graph.Assault, []string{"PE"}, []string{"EC"}})
	if ev.Date != "2005-04" || ev.Precision != graph.Month {
		t.Errorf("%s: date %s (%s), want 2005-04 (month)", ev.Label, ev.Date, ev.Precision)
	}
}

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
