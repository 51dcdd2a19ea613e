package loader

import (
	"slices"
	"strings"
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestOfficeHolders checks that a state's office named without a name
// stands for the one gazetteer person who held it on the day, each on a
// sentence made up for the test: the exact type, actors, targets and
// status.
func TestOfficeHolders(t *testing.T) {
	tests := []struct {
		published string
		eventCase
	}{
		{"2006-05-03", eventCase{"a demonym and a title", "The Russian foreign minister criticised Georgia on Monday.",
			wantEvent{graph.Accuse, []string{"person/sergey-lavrov", "RU"}, []string{"GE"}}, graph.Reported, true}},
		{"2006-05-03", eventCase{"a possessive owner", "Peru condemned Russia's foreign minister on Monday.",
			wantEvent{graph.Accuse, []string{"PE"}, []string{"person/sergey-lavrov", "RU"}}, graph.Reported, true}},
		{"2005-03-10", eventCase{"the American title of a defence minister", "Peru condemned the US Defense Secretary on Monday.",
			wantEvent{graph.Accuse, []string{"PE"}, []string{"person/donald-rumsfeld", "US"}}, graph.Reported, true}},
		{"2006-05-03", eventCase{"the owner after the title", "The President of Venezuela will visit Cuba next week.",
			wantEvent{graph.Consult, []string{"person/hugo-chavez", "VE"}, []string{"CU"}}, graph.Planned, true}},
		{"2013-06-01", eventCase{"the holder at the date the sentence gives", "In March 2009, the Russian president visited Cuba.",
			wantEvent{graph.Consult, []string{"person/dmitry-medvedev", "RU"}, []string{"CU"}}, graph.Reported, true}},
	}
	for _, tt := range tests {
		checkEvents(t, tt.published, []eventCase{tt.eventCase})
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

// TestSurnameFirstShorts checks that a person the gazetteer does not know,
// named surname first, goes by the first word of the name afterwards, on
// sentences made up for the test.
func TestSurnameFirstShorts(t *testing.T) {
	tests := []struct {
		name, body      string
		actors, targets []string
	}{
		{"a Chinese name", "Taiwanese opposition leader Lin Zhaoming visited Peru on Monday. Lin criticised Japan on Tuesday.",
			[]string{"person/lin-zhaoming"}, []string{"JP"}},
		{"a hyphenated Korean given name", "South Korean envoy Park Sung-jin arrived in Lima on Monday. Park criticised Japan on Tuesday.",
			[]string{"person/park-sung-jin"}, []string{"JP"}},
		{"a Western name opening with a Korean surname", "Australian opposition leader Kim Hardwick visited Peru on Monday. Hardwick criticised Japan on Tuesday.",
			[]string{"person/kim-hardwick"}, []string{"JP"}},
		{"a known leader keeps his surname", "North Korean leader Kim Jong-il met envoy Kim Sung-ho on Monday. Kim criticised Japan on Tuesday.",
			[]string{"person/kim-jong-il"}, []string{"JP"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ex := extractBody(t, tt.body, "2006-05-03")
			if ev, got := findEvent(ex, wantEvent{graph.Accuse, tt.actors, tt.targets}); ev == nil {
				t.Fatalf("no ACCUSE %v → %v; got %s", tt.actors, tt.targets, got)
			}
		})
	}
	t.Run("another person of the same surname", func(t *testing.T) {
		ex := extractBody(t, "South Korean envoy Park Sung-jin arrived in Lima on Monday. Park Min-ho criticised Japan on Tuesday.", "2006-05-03")
		if ev, _ := findEvent(ex, wantEvent{graph.Accuse, []string{"person/park-sung-jin"}, []string{"JP"}}); ev != nil {
			t.Errorf("Park Min-ho read as Park Sung-jin: %s", ev.Label)
		}
	})
	for name, want := range map[string]bool{
		"Wu Bangguo": true, "Su Tseng-chang": true, "Lien Chan": true, "Nguyen Tan Dung": true, "Kim Dae-jung": true,
		"Wang Shih-chien": true, "Kim Beazley": false, "Kim Gandy": false, "Lee Hamilton": false, "Moon Landrieu": false,
		"Lee Harvey Oswald": false, "Su Su Nway": false, "Jo Bonner": false, "An Iraqi": false,
	} {
		if got := surnameFirst(name); got != want {
			t.Errorf("surnameFirst(%q) = %v, want %v", name, got, want)
		}
	}
}

// TestLeaderAndMinistryReferences reads "the Ukrainian leader" as the
// leader of that state the article named, and "the ministry" as the one
// ministry it named; "a Japanese leader" is any of them.
func TestLeaderAndMinistryReferences(t *testing.T) {
	checkEvents(t, "2023-03-22", []eventCase{
		{name: "the leader named before", body: "Ukrainian President Volodymyr Zelensky visited Washington. The Ukrainian leader met Joe Biden.",
			want: wantEvent{graph.Consult, []string{"person/volodymyr-zelensky"}, []string{"person/joe-biden"}}},
		{name: "the ministry named before", body: "Iran's Foreign Ministry summoned the German ambassador. The ministry accused Germany of interference.",
			want: wantEvent{graph.Accuse, []string{"IR"}, []string{"DE"}}},
	})
	ex := extractBody(t, "Shinzo Abe visited China. A Japanese leader met Xi Jinping.", "2016-05-14")
	for _, ev := range ex.Events {
		for _, c := range ev.Claims {
			if strings.Contains(c.Text, "A Japanese leader") && slices.Contains(ids(ev.Actors), "person/shinzo-abe") {
				t.Errorf("%q: 'a Japanese leader' read as Shinzo Abe", c.Text)
			}
		}
	}
}

// TestFormerOfficeOfState checks that the state in an appositive office
// ("X, the former President of Chile,") only qualifies the person, with
// "former" and a "the" before the state's name, so that it does not act
// in the person's place; a plain appositive office still gives both.
func TestFormerOfficeOfState(t *testing.T) {
	for _, body := range []string{
		"Ricardo Lagos, the former President of Chile, will make a visit to Peru on May 21.",
		"Ricardo Lagos, the former President of the Republic of Chile, will make a visit to Peru on May 21.",
	} {
		ex := extractBody(t, body, "2006-05-10")
		for _, ev := range ex.Events {
			if len(ev.Actors) == 1 && ev.Actors[0].ID == "CL" {
				t.Errorf("%q: the state acts for its former president in %s", body, ev.Label)
			}
		}
	}
	checkEvents(t, "2008-03-24", []eventCase{
		{"serving office", "Ricardo Lagos, President of the Republic of Chile, criticised Peru.", wantEvent{graph.Accuse, []string{"person/ricardo-lagos"}, []string{"PE"}}, graph.Reported, false},
	})
}
