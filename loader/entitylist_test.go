package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestMeetingPlaces checks which places join the article's entity list as
// the place of a meeting the article names, whether or not an event is
// read from the sentence: a place or a country by name after a meeting
// noun and "in" or "at", not a place after an occasion for statements,
// a place that is no meeting's, or a capital standing for its government.
func TestMeetingPlaces(t *testing.T) {
	tests := []struct {
		name, body string
		// place is the entity the list must hold, or "" for none beyond
		// the events' parties and places; kind is its kind.
		place string
		kind  graph.EntityKind
		// absent must not be listed.
		absent string
	}{
		{"summit in a city", "The trade pact will top the agenda of the regional summit in Tallinn next week.", "Tallinn", graph.Location, ""},
		{"talks in a city", "The ceasefire followed three days of intense talks in Nairobi.", "Nairobi", graph.Location, ""},
		{"held at", "The meeting held at Geneva ended without a statement.", "Geneva", graph.Location, ""},
		{"country by name", "Farm subsidies divided the delegates at the summit in Portugal.", "Portugal", graph.Country, ""},
		{"negotiations in the country", "The envoy took part in negotiations in the Ukraine last year.", "Ukraine", graph.Country, ""},
		{"press conference is no meeting", "The minister spoke at a press conference in Nairobi on Monday.", "", "", "Nairobi"},
		{"place of no meeting", "Floods in Tallinn closed the port for a week.", "", "", "Tallinn"},
		{"meeting noun without a place phrase", "The summit of Tallinn's mayors was postponed.", "", "", "Tallinn"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := extractBody(t, tt.body, "2008-05-10")
			if tt.place != "" {
				found := false
				for _, e := range x.Entities {
					if e.Name == tt.place {
						found = true
						if e.Kind != tt.kind {
							t.Errorf("%s is a %s, want %s", e.Name, e.Kind, tt.kind)
						}
					}
				}
				if !found {
					t.Errorf("no %q among %v", tt.place, names(x.Entities))
				}
			}
			if tt.absent != "" {
				for _, e := range x.Entities {
					if e.Name == tt.absent {
						t.Errorf("%q listed: %v", tt.absent, names(x.Entities))
					}
				}
			}
		})
	}
}

// names lists the entities' names, for messages.
func names(es []*graph.Entity) []string {
	var out []string
	for _, e := range es {
		out = append(out, e.Name)
	}
	return out
}
