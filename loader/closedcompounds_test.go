package loader

import (
	"slices"
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestClosedCompoundTokens checks that a compound spelt hyphenated or open
// is one token of the closed form, and that other second words leave the
// first word alone.
func TestClosedCompoundTokens(t *testing.T) {
	tests := []struct {
		text  string
		norms []string
	}{
		{"a cease-fire held", []string{"a", "ceasefire", "held"}},
		{"a cease fire held", []string{"a", "ceasefire", "held"}},
		{"two Cease-Fires", []string{"two", "ceasefires"}},
		{"cease firing now", []string{"cease", "firing", "now"}},
		{"cease-", []string{"cease", "-"}},
	}
	for _, tt := range tests {
		toks := tokenizeWords(tt.text, 0, len(tt.text))
		var norms []string
		for _, tok := range toks {
			norms = append(norms, tok.norm)
		}
		if !slices.Equal(norms, tt.norms) {
			t.Errorf("%q: tokens %q, want %q", tt.text, norms, tt.norms)
		}
	}
}

// TestClosedCompoundTruces checks truces spelt "cease-fire" and "cease
// fire" read as "ceasefire" is, on sentences made up for the test.
func TestClosedCompoundTruces(t *testing.T) {
	tests := []eventCase{
		{"hyphenated, declared", "Hamas declared a cease-fire on Friday.", wantEvent{graph.Retreat, []string{"org/hamas"}, nil}, graph.Reported, false},
		{"open, declared", "Hamas declared a cease fire on Friday.", wantEvent{graph.Retreat, []string{"org/hamas"}, nil}, graph.Reported, false},
		{"hyphenated, between", "The cease-fire between Israel and Hezbollah held.", wantEvent{graph.Retreat, []string{"IL"}, []string{"org/hezbollah"}}, graph.Reported, true},
		{"hyphenated, signed", "Israel signed a cease-fire with Hezbollah on Monday.", wantEvent{graph.Support, []string{"IL"}, []string{"org/hezbollah"}}, graph.Reported, true},
	}
	checkEvents(t, "2006-08-30", tests)
}
