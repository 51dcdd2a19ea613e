package loader

import (
	"slices"
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestEventPlaceClauses checks the places that a clause of their own
// gives to an event told before, on sentences made up for the test.
func TestEventPlaceClauses(t *testing.T) {
	cases := []locationCase{
		{"a reported clause says where the strike was",
			"A Russian air strike on a Georgian village killed five people on Saturday. Officials said that the strike took place in the village of Karaleti near Gori.",
			wantEvent{graph.Assault, []string{"RU"}, []string{"GE"}}, graph.Reported, "Karaleti"},
		{"a coordinated clause says where the attack was",
			"Turkish jets bombed Kurdish rebels on Sunday. The army confirmed the raid, and the attack occurred near Zakho.",
			wantEvent{graph.Assault, []string{"TR"}, nil}, graph.Reported, "Zakho"},
		{"a rally held on a day somewhere",
			"Thousands of Thai students protested against Cambodia on Monday. The rally held Saturday in Chiang Mai was peaceful.",
			wantEvent{graph.Protest, []string{"TH"}, []string{"KH"}}, graph.Reported, "Chiang Mai"},
		{"an indefinite noun introduces another event",
			"Russian aircraft bombed Georgian positions on Saturday. Residents said that a bombing took place in Zugdidi last year.",
			wantEvent{graph.Assault, []string{"RU"}, []string{"GE"}}, graph.Reported, ""},
	}
	checkLocations(t, "2014-05-14", cases)
}

// TestListedEventPlaces checks which places where events happen join the
// article's entity list, on sentences made up for the test.
func TestListedEventPlaces(t *testing.T) {
	cases := []struct {
		name, body string
		listed     string // a place the entity list must hold
		unlisted   string // a place it must not hold
	}{
		{"talks in a capital after its demonym",
			"Envoys of the two rebel movements held talks in the Kenyan capital Nairobi on Monday.", "Nairobi", ""},
		{"a force closes in on a town",
			"Rebel fighters closed in on Kisangani, the seat of the provincial government, on Tuesday.", "Kisangani", ""},
		{"a crowd converges on a city",
			"Thousands of farmers converged on Melbourne on Monday.", "Melbourne", ""},
		{"a day after march is no goal",
			"Thousands of farmers marched on Monday across Brussels.", "", "Monday"},
		{"the place of a raid's object",
			"Israeli aircraft bombed Hezbollah positions on Monday. The raid on a warehouse in Tyre killed three people.", "Tyre", ""},
		{"protests in a city of a protest story",
			"Thousands of Thai students protested against Cambodia on Monday. Protests in Chiang Rai drew hundreds.", "Chiang Rai", ""},
		{"an attack recalled by its year",
			"Pakistani troops shelled Indian positions on Monday. The attack was the worst since the 2008 bombings in Mumbai.", "", "Mumbai"},
		{"an attack recalled by a year after its place",
			"Pakistani troops shelled Indian positions on Monday. The attack was the worst since bombings in Mumbai in 2008.", "", "Mumbai"},
		{"attacks an article that reports none only discusses",
			"Hu Jintao met George W. Bush on Monday. They discussed the bombings in Karachi.", "", "Karachi"},
		{"negotiations in a part of a continent",
			"Labour negotiations in North America will set the price of lead.", "", "United States"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ex := extractBody(t, tc.body, "2014-05-14")
			var names []string
			for _, e := range ex.Entities {
				names = append(names, e.Name)
			}
			if tc.listed != "" && !slices.Contains(names, tc.listed) {
				t.Errorf("%q not listed; entities %v", tc.listed, names)
			}
			if tc.unlisted != "" && slices.Contains(names, tc.unlisted) {
				t.Errorf("%q listed; entities %v", tc.unlisted, names)
			}
		})
	}
}

// TestAppositivePlace checks the apposition that makes an unknown name a
// place.
func TestAppositivePlace(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"Baidoa, the seat of the interim government", true},
		{"Jenin, a small town in the West Bank", true},
		{"Smith, the mayor of the town of Jenin", false},
		{"Kisangani, the rebels' stronghold", false},
		{"Kisangani said", false},
	}
	for _, tc := range cases {
		toks := tokenize(tc.text, 0, len(tc.text))
		if got := appositivePlace(toks, 0); got != tc.want {
			t.Errorf("%q: %v, want %v", tc.text, got, tc.want)
		}
	}
}
