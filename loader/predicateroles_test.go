package loader

import (
	"slices"
	"testing"

	"github.com/geokg/geokg/graph"
)

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

// TestStackedTitleOwner checks that a rank standing between a name and an
// owned title takes that title's owner, so that the holder acts for it,
// and that a rank alone names no state.
func TestStackedTitleOwner(t *testing.T) {
	tests := []struct {
		name, body string
		actors     []string
	}{
		{"spokesman over a rank", "Chilean military spokesman Brigadier General Arturo Molina accused Peru of arming the smugglers.", []string{"Arturo Molina", "Chile"}},
		{"rank alone", "Brigadier General Arturo Molina accused Peru of arming the smugglers.", []string{"Arturo Molina"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := extractBody(t, tt.body, "2008-05-10")
			for _, ev := range x.Events {
				if ev.Type != graph.Accuse {
					continue
				}
				if got := names(ev.Actors); !slices.Equal(got, tt.actors) {
					t.Errorf("actors %v, want %v", got, tt.actors)
				}
				return
			}
			t.Errorf("no ACCUSE event in %v", x.Events)
		})
	}
}
