package loader

import (
	"slices"
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestNominalEvents checks events stated by noun phrases and by the forces
// a demonym or possessive names, each on a sentence written for the test.
// The event must come out exactly: type, mode, actors, targets, status.
func TestNominalEvents(t *testing.T) {
	tests := []struct {
		name            string
		body            string
		typ             graph.EventType
		mode            string
		actors, targets []string
		status          graph.Status
	}{
		{"object of the noun before its agent", "Ties cooled after the detention of the journalist Omar Haddad by Moroccan authorities.",
			graph.Coerce, "arrest", []string{"MA"}, []string{"person/omar-haddad"}, graph.Reported},
		{"bracketed aside before the object", "The row began with the seizure (as Ghana tells it) of a Togolese freighter by Benin.",
			graph.Coerce, "seize", []string{"BJ"}, []string{"TG"}, graph.Reported},
		{"naval craft enter territorial waters", "Two Peruvian gunboats entered Ecuadorian territorial waters on Tuesday.",
			graph.Mobilize, "naval", []string{"PE"}, []string{"EC"}, graph.Reported},
		{"troops cross the border", "Eritrean troops have crossed the border into Djibouti.",
			graph.Mobilize, "troops", []string{"ER"}, []string{"DJ"}, graph.Reported},
		{"aircraft violate airspace", "Malian helicopters violated Nigerien airspace twice last month.",
			graph.Mobilize, "", []string{"ML"}, []string{"NE"}, graph.Reported},
		{"incursion noun", "Nepal protested against the Indian incursion into Nepalese territory.",
			graph.Mobilize, "", []string{"IN"}, []string{"NP"}, graph.Reported},
		{"invasion of a country", "Paraguay still recalls the Bolivian invasion of Paraguay.",
			graph.Assault, "", []string{"BO"}, []string{"PY"}, graph.Reported},
		{"force used in a country", "Dozens of herders died in a Sudanese raid in Chad.",
			graph.Assault, "", []string{"SD"}, []string{"TD"}, graph.Reported},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ex := extractBody(t, tt.body, "2008-03-12")
			ev, got := findEvent(ex, wantEvent{tt.typ, tt.actors, tt.targets})
			if ev == nil {
				t.Fatalf("no %s %v → %v; got %s", tt.typ, tt.actors, tt.targets, got)
			}
			if !slices.Equal(ids(ev.Actors), tt.actors) || !slices.Equal(ids(ev.Targets), tt.targets) {
				t.Errorf("%v → %v, want exactly %v → %v", ids(ev.Actors), ids(ev.Targets), tt.actors, tt.targets)
			}
			if ev.Mode != tt.mode {
				t.Errorf("mode %q, want %q", ev.Mode, tt.mode)
			}
			if ev.Status != tt.status {
				t.Errorf("status %s, want %s", ev.Status, tt.status)
			}
		})
	}
}

// TestNominalRejects checks noun phrases that read like the rules above
// but state no such event.
func TestNominalRejects(t *testing.T) {
	checkRejects(t, []reject{
		{"civilians who cross", "Thousands of Somali refugees entered Kenyan territory.", graph.Mobilize},
		{"craft of no stated state", "A small plane entered Finnish airspace without permission.", graph.Mobilize},
		{"participle before the agent", "The release of a delegation headed by Qatar pleased Oman.", graph.Retreat},
		{"facility named by the noun", "Lawyers visited the Jordanian detention facility in Iraq.", graph.Coerce},
		{"object phrase of its own", "Sermons in Egypt denounced a Danish attack on religion.", graph.Assault},
		{"armed craft with no event", "Lorries from Syria carried Iranian rockets.", graph.Assault},
		{"a vessel qualified by a demonym", "A Russian trawler was seen near the coast.", graph.Mobilize},
	})
}
