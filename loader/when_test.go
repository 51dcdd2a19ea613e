package loader

import (
	"testing"
	"time"

	"github.com/geokg/geokg/graph"
)

func TestDateCues(t *testing.T) {
	pub := time.Date(2023, 9, 24, 0, 0, 0, 0, time.UTC) // a Sunday
	tests := []struct {
		text      string
		dir       int
		noPub     bool
		date      string
		precision graph.Precision
	}{
		{"Lavrov will visit next month", 1, false, "2023-10", graph.Month},
		{"they met last week", -1, false, "2023-09", graph.Month},
		{"the leaders' September 13 meeting", 0, false, "2023-09-13", graph.Day},
		{"he will go on September 13", 1, false, "2024-09-13", graph.Day},
		{"talks on December 20", 0, false, "2023-12-20", graph.Day},
		{"talks on March 20", 0, false, "2024-03-20", graph.Day},
		{"talks on October 2", 0, false, "2023-10-02", graph.Day},
		{"they met on Tuesday", -1, false, "2023-09-19", graph.Day},
		{"they will meet on Tuesday", 1, false, "2023-09-26", graph.Day},
		{"they met on Sunday", -1, false, "2023-09-24", graph.Day},
		{"they met last Sunday", -1, false, "2023-09-17", graph.Day},
		{"he said today", 0, false, "2023-09-24", graph.Day},
		{"it happened yesterday", 0, false, "2023-09-23", graph.Day},
		{"the war in 2022", 0, false, "2022", graph.Year},
		{"signed on 13 September 2023", 0, false, "2023-09-13", graph.Day},
		{"signed on September 13, 2021", 0, false, "2021-09-13", graph.Day},
		{"on Sept. 13", -1, false, "2023-09-13", graph.Day},
		{"on 17 November", -1, false, "2022-11-17", graph.Day},
		{"earlier this month", 0, false, "2023-09", graph.Month},
		{"next year", 1, false, "2024", graph.Year},
		{"in March 2005", 0, false, "2005-03", graph.Month},
		{"in November", 1, false, "2023-11", graph.Month},
		{"on 2023-09-13", 0, false, "2023-09-13", graph.Day},
		{"next month without a publication date", 1, true, "", ""},
		{"in 2022 without a publication date", 0, true, "2022", graph.Year},
		{"it may rain", 0, false, "", ""},
		{"on February 30", 0, false, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			toks := tokenize(tt.text, 0, len(tt.text))
			cues := findDateCues(toks)
			date, prec := "", graph.Precision("")
			if len(cues) > 0 {
				date, prec, _ = cues[0].resolve(pub, !tt.noPub, tt.dir)
			}
			if date != tt.date || prec != tt.precision {
				t.Errorf("%q → %q %q, want %q %q", tt.text, date, prec, tt.date, tt.precision)
			}
		})
	}
}

func TestNearestCues(t *testing.T) {
	text := "The summit between the leaders set the stage for a visit to Pyongyang next month."
	toks := tokenize(text, 0, len(text))
	summit, visit := 1, 10
	got := nearestCues(findDateCues(toks), []int{summit, visit})
	if _, ok := got[summit]; ok {
		t.Errorf("summit took the visit's date")
	}
	if c, ok := got[visit]; !ok || c.kind != cueRelative {
		t.Errorf("visit has no date cue: %+v", got)
	}
}
