package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestAnchoredDates dates "the next day", "two days later" and the like
// from the story's last day-precise date, and leaves them undated where
// the story has given none.
func TestAnchoredDates(t *testing.T) {
	tests := []struct {
		name, body string
		typ        graph.EventType
		date       string
		precision  graph.Precision
	}{
		{"the next day", "Russia attacked Ukraine on March 10. The next day, Ukraine attacked Russia.", graph.Assault, "2023-03-11", graph.Day},
		{"days later", "China imposed sanctions on Taiwan on March 5. Two days later, Taiwan condemned China.", graph.Accuse, "2023-03-07", graph.Day},
		{"the previous day", "Japan protested to China on March 2. China had condemned Japan the previous day.", graph.Accuse, "2023-03-01", graph.Day},
		{"the following week", "North Korea fired a missile at Japan on March 8. The following week, Japan imposed sanctions on North Korea.", graph.Sanction, "2023-03", graph.Month},
		{"within the sentence", "Iran condemned Israel on March 12, and the following day Israel condemned Iran.", graph.Accuse, "2023-03-13", graph.Day},
		{"no anchor, no date", "The next day, Ukraine attacked Russia.", graph.Assault, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ex := extractBody(t, tt.body, "2023-03-22")
			var last *graph.Event
			for _, ev := range ex.Events {
				if ev.Type == tt.typ {
					last = ev
				}
			}
			if last == nil {
				t.Fatalf("no %s event in %q", tt.typ, tt.body)
			}
			if last.Date != tt.date || last.Precision != tt.precision {
				t.Errorf("%s dated %q (%s), want %q (%s)", last.Label, last.Date, last.Precision, tt.date, tt.precision)
			}
		})
	}
}

// TestSameDayThat leaves "the same day that X happened" to that clause.
func TestSameDayThat(t *testing.T) {
	text := "He resigned the same day that the university confirmed it."
	toks := tokenize(text, 0, len(text))
	for _, c := range findDateCues(toks) {
		if c.kind == cueAnchored {
			t.Errorf("%q: an anchored cue at %d–%d", text, c.first, c.last)
		}
	}
}

// TestOpeningDayAnchors counts "earlier that day" from the day a sentence
// with no event opens with, not from a day named further on in one
// (published 2006-07-18, a Tuesday).
func TestOpeningDayAnchors(t *testing.T) {
	tests := []statusDateCase{
		{"a speech on a weekday", "Speaking on Wednesday in Lima, the Chilean foreign minister said the talks had failed. Earlier that day, Chile accused Peru of spying.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"PE"}}, graph.Reported, "2006-07-12"},
		{"a day in background", "Chile's new ambassador was confirmed on 12 July after a long debate. Later that day, Chile accused Peru of spying.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"PE"}}, graph.Reported, ""},
	}
	checkStatusDates(t, "2006-07-18", tests)
}
