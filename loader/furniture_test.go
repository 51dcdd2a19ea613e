package loader

import "testing"

func TestFurnitureSplit(t *testing.T) {
	tests := []struct {
		name      string
		body      string
		want      []string
		furniture []bool
	}{
		{"list lines after a related news heading",
			"Chile recalled its ambassador from Peru.\nRelated news\n* Peruvian navy seizes Chilean trawler\nBolivia asks Chile for sea access (2006-03-12)\nPeru expels Chilean diplomats\nThe recall is the first since 1998.",
			[]string{"Chile recalled its ambassador from Peru.", "Related news", "* Peruvian navy seizes Chilean trawler", "Bolivia asks Chile for sea access (2006-03-12)", "Peru expels Chilean diplomats", "The recall is the first since 1998."},
			[]bool{false, true, true, true, true, false}},
		{"flattened related stories with dated items",
			"Kenya closed its border with Somalia.  ==Related stories==  *Somali militants attack Kenyan post , ''Wikinews'', May 5, 2005 *Kenya deploys troops , ''Wikinews'', May 1, 2005",
			[]string{"Kenya closed its border with Somalia.", "Related stories", "Somali militants attack Kenyan post , ''Wikinews'', May 5, 2005", "Kenya deploys troops , ''Wikinews'', May 1, 2005"},
			[]bool{false, true, true, true}},
		{"unpunctuated bullet items in prose are headlines",
			"Reports on Monday include: :* 4 Turkish soldiers killed by rebels near the Syrian border :* Syria denies arming the rebels",
			[]string{"Reports on Monday include:", "4 Turkish soldiers killed by rebels near the Syrian border", "Syria denies arming the rebels"},
			[]bool{false, true, true}},
		{"punctuated bullet items stay prose",
			"The timeline: * Japan protested to China on Monday. *China rejected the protest.",
			[]string{"The timeline:", "Japan protested to China on Monday.", "China rejected the protest."},
			[]bool{false, false, false}},
		{"a headline left after the story",
			"Officials said the talks would resume in June.  Greek premier apologises to Turkish envoy over airport search",
			[]string{"Officials said the talks would resume in June.", "Greek premier apologises to Turkish envoy over airport search"},
			[]bool{false, true}},
		{"a sentence joined to stray words is not a headline",
			"Officials said the talks would resume.  Troops continue to occupy the border region.  publish",
			[]string{"Officials said the talks would resume.", "Troops continue to occupy the border region.  publish"},
			[]bool{false, false}},
		{"a lede ending on a date is prose",
			"Elections in Haiti are now scheduled for December 15, 2005.",
			[]string{"Elections in Haiti are now scheduled for December 15, 2005."},
			[]bool{false}},
		{"a story opening with an image caption is prose",
			"[[Image:Summit.jpg|thumb|Leaders at the summit.   Russia and Ukraine signed a gas agreement on Monday after weeks of talks in Moscow that both sides called difficult, and the deal ends a dispute over prices that had cut supplies to several European countries during the coldest weeks of the winter.",
			[]string{"[[Image:Summit.jpg|thumb|Leaders at the summit.", "Russia and Ukraine signed a gas agreement on Monday after weeks of talks in Moscow that both sides called difficult, and the deal ends a dispute over prices that had cut supplies to several European countries during the coldest weeks of the winter."},
			[]bool{false, false}},
		{"sources as a word opens prose",
			"Sources said Iran had warned Iraq.",
			[]string{"Sources said Iran had warned Iraq."},
			[]bool{false}},
		{"sources as a heading is furniture",
			"Iran warned Iraq.\nSources:\nIran warns Iraq over border, Reuters, March 12, 2006\nThe warning came a day later.",
			[]string{"Iran warned Iraq.", "Sources:", "Iran warns Iraq over border, Reuters, March 12, 2006", "The warning came a day later."},
			[]bool{false, true, true, false}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkSplit(t, tt.body, tt.want, tt.furniture) })
	}
}

func TestFurnitureYieldsNoEvents(t *testing.T) {
	body := "Chile recalled its ambassador from Peru on Monday.\nRelated news\nPeru expels Chilean diplomats\nBolivia accuses Chile of spying (2006-03-12)\nPeru arrests Chilean officers"
	ex := extractBody(t, body, "2006-03-14")
	if len(ex.Events) == 0 {
		t.Fatal("no event from the story's sentence")
	}
	for _, ev := range ex.Events {
		for _, c := range ev.Claims {
			if c.Sentence != 0 {
				t.Errorf("%s: claim from furniture %q", ev.Label, c.Text)
			}
		}
	}
}
