package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestOfficeHolders checks that a state's office named without a name
// stands for the one gazetteer person who held it on the day, each on a
// sentence made up for the test: the exact type, actors, targets and
// status.
func TestOfficeHolders(t *testing.T) {
	tests := []struct {
		name, body, published string
		typ                   graph.EventType
		actors, targets       []string
		status                graph.Status
	}{
		{"a demonym and a title", "The Russian foreign minister criticised Georgia on Monday.", "2006-05-03",
			graph.Accuse, []string{"person/sergey-lavrov", "RU"}, []string{"GE"}, graph.Reported},
		{"a possessive owner", "Peru condemned Russia's foreign minister on Monday.", "2006-05-03",
			graph.Accuse, []string{"PE"}, []string{"person/sergey-lavrov", "RU"}, graph.Reported},
		{"the American title of a defence minister", "Peru condemned the US Defense Secretary on Monday.", "2005-03-10",
			graph.Accuse, []string{"PE"}, []string{"person/donald-rumsfeld", "US"}, graph.Reported},
		{"the owner after the title", "The President of Venezuela will visit Cuba next week.", "2006-05-03",
			graph.Consult, []string{"person/hugo-chavez", "VE"}, []string{"CU"}, graph.Planned},
		{"the holder at the date the sentence gives", "In March 2009, the Russian president visited Cuba.", "2013-06-01",
			graph.Consult, []string{"person/dmitry-medvedev", "RU"}, []string{"CU"}, graph.Reported},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ex := extractBody(t, tt.body, tt.published)
			ev, got := findEvent(ex, wantEvent{tt.typ, tt.actors, tt.targets})
			if ev == nil {
				t.Fatalf("no %s %v → %v; got %s", tt.typ, tt.actors, tt.targets, got)
			}
			if ev.Status != tt.status {
				t.Errorf("%s: status %s, want %s", ev.Label, ev.Status, tt.status)
			}
			if len(ev.Actors) != len(tt.actors) || len(ev.Targets) != len(tt.targets) {
				t.Errorf("%s: %v → %v, want exactly %v → %v", ev.Label, ids(ev.Actors), ids(ev.Targets), tt.actors, tt.targets)
			}
		})
	}
	unresolved := []struct{ name, body, published string }{
		{"a former office", "The former Russian president visited Cuba on Monday.", "2010-05-03"},
		{"a deputy", "Cuba condemned the deputy foreign minister of Russia on Monday.", "2006-05-03"},
		{"a new holder", "The new German chancellor visited Peru on Monday.", "2007-05-03"},
		{"no publication date", "The Russian president visited Cuba on Monday.", ""},
		{"an office the gazetteer has nobody for", "The Peruvian defence minister visited Chile on Monday.", "2005-05-03"},
		{"two holders in the month", "The German chancellor visited Peru on Monday.", "2005-11-20"},
		{"an office predicated", "Peru praised Putin, who was then the Russian president.", "2012-01-10"},
		{"the office, not its holder", "Peru criticised the race for the Russian president post.", "2006-05-03"},
		{"an office in apposition to a name", "Peru praised Carlos Mendoza, Bolivia's president.", "2006-05-03"},
	}
	for _, tt := range unresolved {
		t.Run(tt.name, func(t *testing.T) {
			ex := extractBody(t, tt.body, tt.published)
			for _, e := range ex.Entities {
				if e.Kind == graph.Person && e.ID != "person/carlos-mendoza" && e.ID != "person/vladimir-putin" {
					t.Errorf("resolved to %s", e.ID)
				}
			}
		})
	}
}
