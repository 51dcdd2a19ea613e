package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestGazetteerLoads(t *testing.T) {
	g, err := loadGazetteer()
	if err != nil {
		t.Fatal(err)
	}
	if n := len(g.countries); n < 195 {
		t.Errorf("%d countries, want every UN member and observer", n)
	}
	for _, id := range []string{"RU", "KP", "US", "GB", "CN", "VA", "PS"} {
		if g.byCountry(id) == nil {
			t.Errorf("no country %s", id)
		}
	}
	lavrov := g.resolve("Sergey Lavrov")
	if lavrov == nil || lavrov.Country != "RU" || len(lavrov.Roles) == 0 || lavrov.Roles[0].Title != "Foreign Minister" || lavrov.Roles[0].Of != "RU" {
		t.Errorf("Sergey Lavrov = %+v", lavrov)
	}
	if ban := g.resolve("Ban Ki-moon"); ban == nil || ban.Roles[1].Of != "org/united-nations" {
		t.Errorf("a role of an organisation should hold its ID: %+v", ban)
	}
	for name, want := range map[string]bool{"PKK": true, "Hamas": true, "ETA": true, "NATO": false, "Fatah": false, "CIA": false} {
		if e := g.resolve(name); e == nil || g.armed[e.ID] != want {
			t.Errorf("%s: armed = %v, want %v", name, e != nil && g.armed[e.ID], want)
		}
	}
}

func TestGazetteerMentions(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // entity IDs, in order, of argument mentions
	}{
		{"names and aliases", "The DPRK and the U.S. met the UK and Britain.", []string{"KP", "US", "GB", "GB"}},
		{"lower-case acronym is a word", "He told us about it.", nil},
		{"demonym", "North Korean troops crossed.", []string{"KP"}},
		{"capital as metonym", "Pyongyang said Moscow agreed.", []string{"KP", "RU"}},
		{"capital as place", "They met in Moscow.", []string{"place/moscow"}},
		{"title peeled", "Russian FM Sergey Lavrov spoke.", []string{"person/sergey-lavrov"}},
		{"unknown titled person", "Chinese Vice Foreign Minister Wu Daiwei spoke.", []string{"person/wu-daiwei"}},
		{"appositive person", "Anna Petrova Ivanova, the Foreign Minister of Bulgaria, spoke.", []string{"person/anna-petrova-ivanova"}},
		{"hyphenated pair", "The Kim-Putin talks and North Korea-Russia relations.", []string{"person/kim-jong-un", "person/vladimir-putin", "KP", "RU"}},
		{"organisation rule", "The Japanese Self-Defense Forces and the Ministry of Foreign Affairs acted.", []string{"org/japanese-self-defense-forces", "org/ministry-of-foreign-affairs-jp"}},
		{"body named by its subject", "The Senate Committee on Foreign Relations and the Council on American-Islamic Relations spoke.", []string{"org/senate-committee-on-foreign-relations", "org/council-on-american-islamic-relations"}},
		{"what a body deals with is no part of its name", "The Security Council on Monday met. The Committee on Iran's programme met.", []string{"org/united-nations-security-council", "IR"}},
		{"two names joined by and", "The IMF and the World Bank met Israel and the Farmers Union.", []string{"org/international-monetary-fund", "org/world-bank", "IL", "org/farmers-union"}},
		{"an office or a state before of is no part of a body", "The President of the National Assembly backed Brazil for the UN Security Council.", []string{"org/national-assembly", "BR", "org/united-nations-security-council"}},
		{"known organisations", "NATO, the EU, Hezbollah and the Taliban.", []string{"org/nato", "org/european-union", "org/hezbollah", "org/taliban"}},
		{"accents folded", "Recep Tayyip Erdogan and Lula met.", []string{"person/recep-tayyip-erdogan", "person/luiz-inacio-lula-da-silva"}},
		{"months are not names", "In May President Bush spoke.", []string{"person/george-w-bush"}},
	}
	x := shared()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := newArticle(x, Document{Article: graph.Article{ID: "t"}, Body: tt.text})
			if tt.name == "hyphenated pair" {
				mentionsIn(a, "Kim Jong-un spoke.") // the full name first
			}
			var got []string
			for _, m := range mentionsIn(a, tt.text) {
				if !m.modifier {
					got = append(got, m.ent.ID)
				}
			}
			if len(got) != len(tt.want) {
				t.Fatalf("mentions %q, want %q", got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("mentions %q, want %q", got, tt.want)
					break
				}
			}
		})
	}
}

func TestShortFormsNeedFullName(t *testing.T) {
	x := shared()
	a := newArticle(x, Document{Article: graph.Article{ID: "t"}})
	if ms := mentionsIn(a, "Kim spoke."); len(ms) != 0 {
		t.Errorf("bare Kim resolved before any full name: %v", ms[0].ent.ID)
	}
	mentionsIn(a, "Kim Jong-un spoke.")
	ms := mentionsIn(a, "Kim spoke.")
	if len(ms) != 1 || ms[0].ent.ID != "person/kim-jong-un" {
		t.Fatalf("Kim after Kim Jong-un = %v", ms)
	}
	if ms[0].ent.Aliases[0] != "Kim" {
		t.Errorf("aliases %q, want the short form recorded", ms[0].ent.Aliases)
	}
}

// mentionsIn reads text as the next sentence of a's article.
func mentionsIn(a *article, text string) []mention {
	a.doc.Body = text
	return a.mentions(tokenize(text, 0, len(text)))
}
