package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestBodyEntities checks the bodies that join the article's entity list
// without an event of theirs: the body whose summit the article names,
// a body described before its name and a comma, and the armed group or
// stateless body whose fighter or member the article names; not a state
// or a person before "summit", a name after a noun phrase that a
// preposition governs, a member state, a party's member or a
// spokesman's institution.
func TestBodyEntities(t *testing.T) {
	tests := []struct {
		name, body string
		// listed must be in the entity list, with role if not "";
		// absent must not be.
		listed, role, absent string
	}{
		{"body's summit", "Delegates flew to Lima for the annual Asia-Pacific Economic Cooperation summit.", "Asia-Pacific Economic Cooperation", "", ""},
		{"numbered summit", "Trade dominated the 12th African Union Summit in Addis Ababa.", "African Union", "", ""},
		{"acronym's summit", "Security will be tight during next month's NATO summit.", "NATO", "", ""},
		{"state before summit", "Officials prepared for the Russia summit on energy.", "", "", "Russia"},
		{"comma description", "The main opposition party, Fidesz, called the budget a betrayal.", "Fidesz", "main opposition party", ""},
		{"comma news agency", "The official Syrian news agency, SANA, carried the statement in full.", "Syrian Arab News Agency", "official Syrian news agency", ""},
		{"armed group's commander", "A Taliban commander Mullah Rahim Akhund said the convoy had been hit.", "Taliban", "", ""},
		{"stateless group's member", "Officials believe senior Hezbollah member Imad Saleh organised the ambush.", "Hezbollah", "", ""},
		{"member state is no member", "OPEC member Nigeria raised output in March.", "", "", "Organization of the Petroleum Exporting Countries"},
		{"party member", "CDU member Hans Keller asked the finance minister about the budget.", "", "", "Christian Democratic Union"},
		{"spokesman's institution", "NATO spokesman James Appathurai said the report was wrong.", "", "", "NATO"},
		{"description governed by of", "Losses were booked at the main lender of the holding company, Meridian Trust Bank, in March.", "", "", "Meridian Trust Bank"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := extractBody(t, tt.body, "2008-05-10")
			if tt.listed != "" {
				found := false
				for _, e := range x.Entities {
					if e.Name != tt.listed {
						continue
					}
					found = true
					if tt.role != "" && (len(e.Roles) == 0 || e.Roles[0].Title != tt.role) {
						t.Errorf("%s has roles %v, want %q", e.Name, e.Roles, tt.role)
					}
				}
				if !found {
					t.Errorf("no %q among %v", tt.listed, names(x.Entities))
				}
			}
			for _, e := range x.Entities {
				if tt.absent != "" && e.Name == tt.absent {
					t.Errorf("%q listed: %v", tt.absent, names(x.Entities))
				}
			}
		})
	}
}

// TestCoordinationWithArticle checks that a list of parties runs on over
// an item with "the" after a comma ("Chile, the Netherlands and Peru"), so
// that every listed state takes part.
func TestCoordinationWithArticle(t *testing.T) {
	checkEvents(t, "2008-05-10", []eventCase{
		{"visited list", "Foreign Minister Celso Amorim will visit Chile, Peru, the Netherlands and Norway next month.",
			wantEvent{graph.Consult, []string{"BR"}, []string{"CL", "PE", "NL", "NO"}}, graph.Planned, false},
		{"collective subject", "Chile, the Netherlands and Norway condemned the test by North Korea.",
			wantEvent{graph.Accuse, []string{"CL", "NL", "NO"}, []string{"KP"}}, graph.Reported, true},
	})
}
