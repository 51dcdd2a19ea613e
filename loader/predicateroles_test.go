package loader

import "testing"

// TestPredicateRoles checks the role an "as" phrase after a verb of office
// states for the person named before it, and that an "as" phrase after
// other verbs, or after a verb whose subject is someone else, states none.
func TestPredicateRoles(t *testing.T) {
	tests := []struct {
		name, body string
		// person must be listed with role; absent must not be listed.
		person, role, absent string
	}{
		{"future with particle", "Harriet Lowe will step in as campaign manager next week.", "Harriet Lowe", "campaign manager", ""},
		{"passive sworn in", "Tomas Varga was sworn in as the new president of Slovakia on Monday.", "Tomas Varga", "President", ""},
		{"past service", "Ingrid Solberg served as ambassador to Chile for six years.", "Ingrid Solberg", "Ambassador", ""},
		{"resignation", "Gerald Minton has resigned as chairman after the vote.", "Gerald Minton", "Chairman", ""},
		{"as after another verb", "Harriet Lowe described the plan as a campaign manager would.", "", "", "Harriet Lowe"},
		{"object's role is no subject's", "Harriet Lowe regarded Tomas Varga as a negotiator.", "", "", "Harriet Lowe"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := extractBody(t, tt.body, "2008-05-10")
			if tt.person != "" {
				found := false
				for _, e := range x.Entities {
					if e.Name != tt.person {
						continue
					}
					found = true
					if len(e.Roles) == 0 || e.Roles[0].Title != tt.role {
						t.Errorf("%s has roles %v, want %q", e.Name, e.Roles, tt.role)
					}
				}
				if !found {
					t.Errorf("no %q among %v", tt.person, names(x.Entities))
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
