package loader

import (
	"slices"
	"strings"
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestAcronymNames checks that a name glossed by a bracketed acronym is
// read as an organisation (acronymnames.go), on sentences made up for the
// test: the exact event with its actors, targets and status, the acronym
// standing for the body later in the article.
func TestAcronymNames(t *testing.T) {
	tests := []struct {
		name, body      string
		typ             graph.EventType
		actors, targets []string
		status          graph.Status
	}{
		{"letters that do not fit the name", "The Sahel Freedom Hawks (TAZ) accused Mali of torturing prisoners.",
			graph.Accuse, []string{"org/sahel-freedom-hawks"}, []string{"ML"}, graph.Reported},
		{"a name with of, for and the", "The Movement for the Defence of the Coastal Villages (MODEC) threatened Nigeria.",
			graph.Threaten, []string{"org/movement-for-the-defence-of-the-coastal-villages"}, []string{"NG"}, graph.Reported},
		{"the acronym later in the article", "The Sahel Freedom Hawks (TAZ) were founded in 2004. On Monday TAZ threatened Niger.",
			graph.Threaten, []string{"org/sahel-freedom-hawks"}, []string{"NE"}, graph.Reported},
		{"letters that fit, with no article", "Officials said Coastal Villages Watch (CVW) accused Ghana of corruption.",
			graph.Accuse, []string{"org/coastal-villages-watch"}, []string{"GH"}, graph.Reported},
		{"a denial", "The Sahel Freedom Hawks (TAZ) denied that they had attacked Mali.",
			graph.Reject, []string{"org/sahel-freedom-hawks"}, nil, graph.Reported},
		{"a plan", "The Sahel Freedom Hawks (TAZ) will meet Mali next week.",
			graph.Consult, []string{"org/sahel-freedom-hawks"}, []string{"ML"}, graph.Planned},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, ev := range extractBody(t, tt.body, "2008-05-06").Events {
				got = append(got, string(ev.Type)+" "+strings.Join(ids(ev.Actors), ",")+" -> "+strings.Join(ids(ev.Targets), ","))
				if ev.Type == tt.typ && slices.Equal(ids(ev.Actors), tt.actors) && slices.Equal(ids(ev.Targets), tt.targets) {
					if ev.Status != tt.status {
						t.Errorf("status %s, want %s", ev.Status, tt.status)
					}
					return
				}
			}
			t.Errorf("%q: no %s %v -> %v; got %v", tt.body, tt.typ, tt.actors, tt.targets, got)
		})
	}
}

// TestAcronymNamesExclusions checks the names before a bracketed acronym
// that are not a new organisation: a person and a party code, a document,
// a programme, a place, an office, a sentence-initial word, two names
// joined by "and", and a bracket inside a longer name. The sentences are
// made up; each would give an event if the words were read as a body.
func TestAcronymNamesExclusions(t *testing.T) {
	tests := []struct{ name, body, org string }{
		{"a known forename and a party code", "Heinrich Baumgart (SPD) criticised Russia.", "Heinrich Baumgart"},
		{"a name without the and with letters that do not fit", "Officials said Osvaldo Terrini (PSU) criticised Brazil.", "Osvaldo Terrini"},
		{"a treaty", "The Regional Arms Reduction Treaty (RART) angered Russia.", "Regional Arms Reduction Treaty"},
		{"a programme", "The Rural Housing Program (RHP) was criticised by Kenya.", "Rural Housing Program"},
		{"a product", "The Gross Regional Product (GRP) of Japan fell.", "Gross Regional Product"},
		{"a place", "Militants attacked the Eastern Trade Center (ETC) in Kenya.", "Eastern Trade Center"},
		{"an office", "The Member of the Regional Legislature (MRL) criticised France.", "Member of the Regional Legislature"},
		{"a sentence-initial word", "Still Alvaro Ruiz (PSU) accused Spain of lying.", "Still Alvaro Ruiz"},
		{"two names joined by and", "Zambia held talks with the World Bank and International Monetary Fund (IMF).", "World Bank and International Monetary Fund"},
		{"a bracket inside a longer name", "The Western Coastal (WC) Fisheries Authority criticised Chile.", "Western Coastal"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			id := graph.EntityID(graph.Organization, tt.org)
			for _, e := range extractBody(t, tt.body, "2008-05-06").Entities {
				if e.ID == id {
					t.Errorf("%q: read %q as an organisation", tt.body, tt.org)
				}
			}
		})
	}
}
