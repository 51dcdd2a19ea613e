package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestSeatAndDashAsides checks that a legislator's party and state, a
// parliamentarian's seat and party, and a parenthesis between dashes do
// not stand between a subject and its verb.
func TestSeatAndDashAsides(t *testing.T) {
	checkEvents(t, "2008-06-15", []eventCase{
		{name: "party letter and abbreviated state", body: "Senator Patrick Leahy (D-Vt.) accused Japan of dumping steel.",
			want: wantEvent{graph.Accuse, []string{"person/patrick-leahy"}, []string{"JP"}}},
		{name: "party letter and stopped state", body: "Senator Robert Dole (R-Kan.) criticised China on Tuesday.",
			want: wantEvent{graph.Accuse, []string{"person/robert-dole"}, []string{"CN"}}},
		{name: "party letter and state in full", body: "Representative Nancy Pelosi (D-California) met Hu Jintao in Beijing.",
			want: wantEvent{graph.Consult, []string{"person/nancy-pelosi"}, []string{"person/hu-jintao"}}},
		{name: "seat and party", body: "Opposition leader Kim Beazley (Brand, Labor) criticised Indonesia over the trial.",
			want: wantEvent{graph.Accuse, []string{"person/kim-beazley"}, []string{"ID"}}},
		{name: "em dash parenthesis", body: "Germany — the largest economy in the union — criticised France on Monday.",
			want: wantEvent{graph.Accuse, []string{"DE"}, []string{"FR"}}, exact: true},
		{name: "dash references", body: "Peru &mdash; a member of the pact &mdash; accused Chile of spying.",
			want: wantEvent{graph.Accuse, []string{"PE"}, []string{"CL"}}, exact: true},
	})
}

// TestSeatBracket checks which brackets after a person's name read as his
// party and seat.
func TestSeatBracket(t *testing.T) {
	x := NewExtractor()
	tests := []struct {
		body string
		want bool
	}{
		{"Robert Byrd (D-W.Va.) said", true},
		{"Bob Dole (R) said", true},
		{"Harry Reid (Dem., Nevada) said", true},
		{"Nouri al-Maliki (Shia) said", false},           // one word: a faith, a party or a nickname
		{"Hu Jintao (Beijing, China) said", false},       // a country may be an argument
		{"John Howard (the prime minister) said", false}, // words in lower case: a description
		{"Barack Obama (Illinois Democrat) said", false}, // no party letter, no comma
	}
	for _, tt := range tests {
		a := newArticle(x, Document{Body: tt.body})
		toks := tokenize(tt.body, 0, len(tt.body))
		ms := a.mentions(toks)
		got := len(ms) > 0 && asideEnd(toks, ms, 0) >= 0
		if got != tt.want {
			t.Errorf("%q: seat bracket %v, want %v", tt.body, got, tt.want)
		}
	}
}

// TestCommaDashAsides checks which dashes set off a parenthesis and become
// commas, and which open a new clause and stay.
func TestCommaDashAsides(t *testing.T) {
	tests := []struct {
		body string
		want int // dashes rewritten as commas
	}{
		{"Germany — the largest economy — criticised France.", 2},
		{"Germany – the largest economy – has criticised France.", 2},
		{"Iran suspended enrichment — President Khatami said it was a right.", 0}, // one dash
		{"Iran has a right — Khatami said — Britain was told.", 0},                // a name after the pair
		{"Iran — President Khatami said — had suspended it.", 2},
		{"The forces — blamed on the rebels — have lost ground.", 0},    // a reduced relative
		{"Germany — the economy (the largest) — criticised France.", 0}, // a bracket inside
		{"The vote — we are told — \"was a defeat\".", 0},               // a quotation after the pair
		{"Iran — Britain, France and Germany — and Russia met.", 2},
	}
	for _, tt := range tests {
		toks := tokenize(tt.body, 0, len(tt.body))
		dashes := 0
		for _, k := range toks {
			if k.text == "—" || k.text == "–" {
				dashes++
			}
		}
		commaDashAsides(toks)
		for _, k := range toks {
			if k.text == "—" || k.text == "–" {
				dashes--
			}
		}
		if dashes != tt.want {
			t.Errorf("%q: %d dashes made commas, want %d", tt.body, dashes, tt.want)
		}
	}
}
