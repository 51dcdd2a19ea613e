package loader

import (
	"testing"
)

// TestBodyEntities checks the bodies that join the article's entity list
// without an event of theirs: the body whose summit the article names,
// and a body described before its name and a comma; not a state or a
// person before "summit", nor a name after a noun phrase that a
// preposition governs.
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
