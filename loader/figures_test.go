package loader

import (
	"slices"
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestDecimalFigures checks that a figure with a decimal point is one
// token, while a sentence's full stop after a figure, dotted dates and
// abbreviations still part where they did.
func TestDecimalFigures(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"gave 5.1 million dollars", []string{"gave", "5.1", "million", "dollars"}},
		{"a loan of $1,250.75 each", []string{"a", "loan", "of", "1,250.75", "each"}},
		{"the budget rose by 3.5.", []string{"the", "budget", "rose", "by", "3.5", "."}},
		{"elected in 2005. Then", []string{"elected", "in", "2005", ".", "then"}},
		{"on 12.05.2004 in Kiev", []string{"on", "12", ".", "05", ".", "2004", "in", "kiev"}},
		{"the U.S. envoy", []string{"the", "u.s", "envoy"}},
	}
	for _, tt := range tests {
		var got []string
		for _, tok := range tokenize(tt.text, 0, len(tt.text)) {
			got = append(got, tok.norm)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: tokens %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestDecimalFigureAid checks that a sum with a decimal point no longer
// cuts the goods off the verb that gives them.
func TestDecimalFigureAid(t *testing.T) {
	checkEvents(t, "1991-05-14", []eventCase{
		{"gave X N.N million dollars of aid", "Sweden on Monday gave Zambia 7.5 million dollars of aid for its railways.",
			wantEvent{graph.Aid, []string{"SE"}, []string{"ZM"}}, graph.Reported, true},
		{"has lent X N.N billion dlrs", "The World Bank has lent Ghana 1.2 billion dlrs since 1983.",
			wantEvent{graph.Aid, nil, []string{"GH"}}, graph.Reported, false},
	})
}

// TestCountedScores checks that "scores of" counts the victims of force
// rather than making the sentence one about a game.
func TestCountedScores(t *testing.T) {
	checkEvents(t, "2001-02-08", []eventCase{
		{"tortured scores of X refugees", "Guinean soldiers have tortured scores of Liberian refugees.",
			wantEvent{graph.Assault, []string{"GN"}, []string{"LR"}}, graph.Reported, true},
		{"killed scores of X civilians", "Ethiopian troops killed scores of Somali civilians in Mogadishu.",
			wantEvent{graph.Assault, []string{"ET"}, []string{"SO"}}, graph.Reported, true},
	})
	checkNoEvents(t, "2001-02-08", []graph.EventType{graph.Assault},
		"Brazil attacked from the start and Ronaldo scores twice against Argentina.",
	)
}
