package loader

import (
	"slices"
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestPlaceRules checks the places theme: where an event happens, on
// sentences made up for the test. Each case asserts the exact event (type,
// actors, targets, status) and its location ("" for none), and that no
// place takes part in it.
func TestPlaceRules(t *testing.T) {
	tests := []struct {
		name     string
		body     string
		want     wantEvent
		status   graph.Status
		location string
	}{
		{"unknown name with a geographic head", "Ethiopia clashed with Eritrea in the Danakil Sea on Monday.",
			wantEvent{graph.Assault, []string{"ET"}, []string{"ER"}}, graph.Reported, "place/danakil-sea"},
		{"unknown name after the port of", "Kenya met Uganda in the Ugandan port of Lutembe.",
			wantEvent{graph.Consult, []string{"KE"}, []string{"UG"}}, graph.Reported, "place/lutembe"},
		{"unknown name after a demonym and capital", "Sergey Lavrov met Wang Yi in the Kyrgyz capital Tokmarat.",
			wantEvent{graph.Consult, []string{"person/sergey-lavrov", "RU"}, []string{"person/wang-yi"}}, graph.Reported, "place/tokmarat"},
		{"unknown name before its country", "Sergey Lavrov will meet Wang Yi in Beloretsk, Russia, next week.",
			wantEvent{graph.Consult, []string{"person/sergey-lavrov", "RU"}, []string{"person/wang-yi"}}, graph.Planned, "place/beloretsk"},
		{"compass bearing from an unknown name", "Israel shelled Hezbollah positions north of Marjata.",
			wantEvent{graph.Assault, []string{"IL"}, []string{"org/hezbollah"}}, graph.Reported, "place/marjata"},
		{"place beyond the objects of a meeting", "Sergey Lavrov met the Chinese foreign minister Wang Yi on Sunday at the regional security summit being held in Geneva.",
			wantEvent{graph.Consult, []string{"person/sergey-lavrov", "RU"}, []string{"person/wang-yi"}}, graph.Reported, "place/geneva"},
		{"relative clause of taking place", "Kenya will hold talks with Uganda, which will take place in Geneva.",
			wantEvent{graph.Consult, []string{"KE"}, []string{"UG"}}, graph.Planned, "place/geneva"},
		{"place in an apposition of the subject", "Kofi Annan, a frequent visitor to the camps in Darfur, met Sergey Lavrov on Monday.",
			wantEvent{graph.Consult, []string{"person/kofi-annan", "org/united-nations"}, []string{"person/sergey-lavrov", "RU"}}, graph.Reported, ""},
		{"fronted place before a comma", "On Friday in Geneva, Russia accused Georgia of lying.",
			wantEvent{graph.Accuse, []string{"RU"}, []string{"GE"}}, graph.Reported, "place/geneva"},
		{"place of an infinitive's action", "Poland urged Germany to stop the abuses in Belarus.",
			wantEvent{graph.Request, []string{"PL"}, []string{"DE"}}, graph.Reported, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ev := mustFindEvent(t, tt.body, "2006-07-18", tt.want)
			if !slices.Equal(ids(ev.Actors), tt.want.actors) || !slices.Equal(ids(ev.Targets), tt.want.targets) {
				t.Errorf("%s: %v → %v, want exactly %v → %v", ev.Label, ids(ev.Actors), ids(ev.Targets), tt.want.actors, tt.want.targets)
			}
			if ev.Status != tt.status {
				t.Errorf("%s: status %s, want %s", ev.Label, ev.Status, tt.status)
			}
			loc := ""
			if ev.Location != nil {
				loc = ev.Location.ID
			}
			if loc != tt.location {
				t.Errorf("%s: location %q, want %q", ev.Label, loc, tt.location)
			}
			for _, e := range append(slices.Clone(ev.Actors), ev.Targets...) {
				if e.Kind == graph.Location {
					t.Errorf("place %s takes part in %s", e.ID, ev.Label)
				}
			}
		})
	}
}

// TestPlaceNamesStayPlaces checks that the frames marking unknown names as
// places leave known names and other capitalised words alone.
func TestPlaceNamesStayPlaces(t *testing.T) {
	tests := []struct {
		body, name string
		place      bool
	}{
		{"The ship sailed into the Barents Sea.", "Barents Sea", true},
		{"Rebels held the town of Kurmuk.", "Kurmuk", true},
		{"The Black Sea Fleet sailed.", "Black Sea Fleet", false},
		{"In March, Iran said it would talk.", "March", false},
		{"Talks opened in Ankara, Turkey's capital.", "Ankara", false}, // a known capital, not a new name
		{"Marines landed on the U.S. Pacific Island base.", "U.S. Pacific Island", false},
	}
	x := shared()
	for _, tt := range tests {
		a := newArticle(x, Document{Body: tt.body})
		toks := tokenize(tt.body, 0, len(tt.body))
		found := false
		for i := range toks {
			if c, ok := a.placeName(toks, i); ok && c.ent.Name == tt.name {
				found = true
			}
		}
		if found != tt.place {
			t.Errorf("%q: %s read as a new place = %v, want %v", tt.body, tt.name, found, tt.place)
		}
	}
}

// TestForeignCities checks cities and regions of the gazetteer's foreign
// list, each on a sentence made up for the test: the crowd or the act
// there is its state's, or aimed at it.
func TestForeignCities(t *testing.T) {
	checkEvents(t, "2005-04-17", []eventCase{
		{name: "crowd in a city", body: "Ten thousand protesters demonstrated against Japan in Hangzhou on Saturday.",
			want: wantEvent{graph.Protest, []string{"CN"}, []string{"JP"}}, exact: true},
		{name: "attack in a province", body: "A US helicopter opened fire on a school in Diyala province on Saturday.",
			want: wantEvent{graph.Assault, []string{"US"}, []string{"IQ"}}},
		{name: "attack in a town", body: "Israeli tanks shelled houses in Beit Hanoun on Saturday.",
			want: wantEvent{graph.Assault, []string{"IL"}, []string{"PS"}}},
	})
}
