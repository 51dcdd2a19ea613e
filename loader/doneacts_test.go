package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestPurposeOfDoneAct checks that the infinitive of purpose after an act
// done is reported, on sentences made up for the test, while infinitives
// that a verb, a plan or another infinitive governs stay planned.
func TestPurposeOfDoneAct(t *testing.T) {
	tests := []eventCase{
		{"took to the streets to", "Many Kenyans took to the streets on Saturday to demonstrate against Uganda.", wantEvent{graph.Protest, []string{"KE"}, []string{"UG"}}, graph.Reported, true},
		{"lodged a protest to ask", "Peru lodged a formal protest to ask Chile to stop the exercises.", wantEvent{graph.Request, []string{"PE"}, []string{"CL"}}, graph.Reported, true},
		{"went on to", "Ecuadorean President Rafael Ortega went on to accuse Peru of lying.", wantEvent{graph.Accuse, []string{"person/rafael-ortega", "EC"}, []string{"PE"}}, graph.Reported, true},
		{"agreed to stays planned", "Peru agreed to meet Chile.", wantEvent{graph.Consult, []string{"PE"}, []string{"CL"}}, graph.Planned, true},
		{"in an attempt to stays planned", "Peru went to the summit in an attempt to urge Chile to back the plan.", wantEvent{graph.Request, []string{"PE"}, []string{"CL"}}, graph.Planned, false},
		{"sent to stays planned", "Peru sent an envoy to negotiate with Chile.", wantEvent{graph.Consult, []string{"PE"}, []string{"CL"}}, graph.Planned, true},
		{"will take to stays planned", "Many Kenyans will take to the streets on Saturday to demonstrate against Uganda.", wantEvent{graph.Protest, []string{"KE"}, []string{"UG"}}, graph.Planned, true},
	}
	checkEvents(t, "2006-07-18", tests)
}

// TestDatesReportOfPlan checks that a weekday next to the past verb that
// reports or decides a plan does not date the plan, and that a weekday
// of the plan itself still does.
func TestDatesReportOfPlan(t *testing.T) {
	tests := []dateCase{
		{"on Monday announced", "Chilean President Marco Bellini on Monday announced his plan to visit Peru.", wantEvent{graph.Consult, []string{"person/marco-bellini", "CL"}, []string{"PE"}}, ""},
		{"said Sunday that", "Chile said Sunday that it would attack Peru.", wantEvent{graph.Assault, []string{"CL"}, []string{"PE"}}, ""},
		{"voted on Thursday to", "The Chilean Senate voted on Thursday to withdraw all troops from Peru.", wantEvent{graph.Retreat, nil, []string{"PE"}}, ""},
		{"will meet on Saturday", "Chile will meet Peru on Saturday.", wantEvent{graph.Consult, []string{"CL"}, []string{"PE"}}, "2006-07-22"},
		{"is expected on Tuesday to", "The Chilean president is expected on Tuesday to visit Peru.", wantEvent{graph.Consult, []string{"CL"}, []string{"PE"}}, "2006-07-25"},
		{"met on Monday", "Chile met Peru on Monday.", wantEvent{graph.Consult, []string{"CL"}, []string{"PE"}}, "2006-07-17"},
	}
	checkDates(t, "2006-07-18", tests)
}

// TestPrivateBodies checks that a country's name or demonym before the
// press, a company or a union does not make the country act or suffer,
// while the state's own media and named companies keep their events.
func TestPrivateBodies(t *testing.T) {
	for _, body := range []string{
		"Peruvian newspapers criticised Chile for the incident.",
		"The senator condemned the silence of the Chilean mass media about the memo.",
		"Two Peruvian daily newspapers published editorials supporting Chile.",
	} {
		ex := extractBody(t, body, "2006-07-18")
		for _, ev := range ex.Events {
			for _, e := range append(append([]*graph.Entity{}, ev.Actors...), ev.Targets...) {
				if e.Kind == graph.Country && e.ID != "CL" || body[0] == 'T' && e.ID == "CL" {
					t.Errorf("%q: unexpected %s", body, ev.Label)
				}
			}
		}
	}
	checkEvents(t, "2006-07-18", []eventCase{
		{"state media", "Peruvian state media accused Chile of spying.", wantEvent{graph.Accuse, []string{"PE"}, []string{"CL"}}, graph.Reported, true},
		{"citizens still stand for their country", "Peruvian students protested against Chile.", wantEvent{graph.Protest, []string{"PE"}, []string{"CL"}}, graph.Reported, true},
	})
}
