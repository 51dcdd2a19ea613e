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
		{"talks on the 2nd of October", 0, false, "2023-10-02", graph.Day},
		{"a deal by the end of the year", 1, false, "2023-12", graph.Month},
		{"troops left at the end of last year", -1, false, "2022-12", graph.Month},
		{"talks resume at the beginning of next year", 1, false, "2024-01", graph.Month},
		{"elections at the end of 2025", 1, false, "2025-12", graph.Month},
		{"he resigns at the end of the month", 1, false, "2023-09", graph.Month},
		{"the end of the year-long siege", 0, false, "", ""},
		{"sanctions imposed March-June 2003", 0, false, "2003", graph.Year},
		{"strikes between April and July 2004", 0, false, "2004", graph.Year},
		{"ties were cut three years ago", -1, false, "2020", graph.Year},
		{"troops were seized two days ago", -1, false, "2023-09-22", graph.Day},
		{"a blockade imposed five months ago", -1, false, "2023-04", graph.Month},
		{"some time ago", 0, false, "", ""},
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
	got := nearestCues(toks, findDateCues(toks), []int{summit, visit})
	if _, ok := got[summit]; ok {
		t.Errorf("summit took the visit's date")
	}
	if c, ok := got[visit]; !ok || c.kind != cueRelative {
		t.Errorf("visit has no date cue: %+v", got)
	}
}

// TestWeekMonths checks that a week-long cue takes the month of the
// Thursday of its calendar week (ISO 8601), or, for a rolling week, of its
// middle day.
func TestWeekMonths(t *testing.T) {
	tests := []struct {
		published string
		text      string
		date      string
	}{
		// Tuesday: last week is 30 January to 5 February, mostly February.
		{"2006-02-07", "they met last week", "2006-02"},
		// Wednesday: last week is 26 September to 2 October, mostly September.
		{"2007-10-03", "they met last week", "2007-09"},
		{"2007-10-03", "they meet next week", "2007-10"},
		// Monday 31 October: this week holds 31 October and 1-6 November.
		{"2005-10-31", "talks this week", "2005-11"},
		// Friday 29 July: next week is 1-7 August.
		{"2005-07-29", "talks next week", "2005-08"},
		// Saturday 3 March: the past seven days are mostly February.
		{"2007-03-03", "protests in the past week", "2007-02"},
		// Monday 2 April: last weekend was 31 March and 1 April.
		{"2007-04-02", "rallies last weekend", "2007-03"},
		// Thursday 1 November: this weekend is 3-4 November.
		{"2007-11-01", "a summit this weekend", "2007-11"},
		// "the weekend" with no tense is the one just past, dated by its
		// Saturday: Monday 2 April looks back to 31 March, Sunday 1 July
		// to 30 June, Saturday 3 November to itself.
		{"2007-04-02", "rallies over the weekend", "2007-03"},
		{"2007-07-01", "they met at the weekend", "2007-06"},
		{"2007-11-03", "talks during the weekend", "2007-11"},
		// Thursday 10 January: two weeks back is 24-30 December.
		{"2008-01-10", "killed two weeks ago", "2007-12"},
		{"2008-01-03", "killed a week ago", "2007-12"},
	}
	for _, tt := range tests {
		t.Run(tt.published+" "+tt.text, func(t *testing.T) {
			pub, err := time.Parse("2006-01-02", tt.published)
			if err != nil {
				t.Fatal(err)
			}
			toks := tokenize(tt.text, 0, len(tt.text))
			cues := findDateCues(toks)
			if len(cues) != 1 {
				t.Fatalf("%d cues, want 1", len(cues))
			}
			date, prec, _ := cues[0].resolve(pub, true, 0)
			if date != tt.date || prec != graph.Month {
				t.Errorf("%q → %q %q, want %q month", tt.text, date, prec, tt.date)
			}
		})
	}
}

// TestLastMonthIsPast checks that "last August" dates a planned event in
// the past: the sale announced last August is planned, the announcement
// was not next August.
func TestLastMonthIsPast(t *testing.T) {
	ev := mustFindEvent(t, "The sale of Patriot systems to Kuwait was announced by Condoleezza Rice last August.", "2008-01-15",
		wantEvent{graph.Cooperate, []string{"person/condoleezza-rice"}, []string{"KW"}})
	if ev.Date != "2007-08" {
		t.Errorf("date %q, want 2007-08", ev.Date)
	}
}
