package loader

import (
	"strings"
	"testing"
)

// TestNoPunctuationClass guards tokenize's skipping of the class lookup for
// punctuation: no classed word list may hold a punctuation mark.
func TestNoPunctuationClass(t *testing.T) {
	toks := tokenize(",;:()[]\"“”‘’'–—-.!?/", 0, len(",;:()[]\"“”‘’'–—-.!?/"))
	classes := wordClasses()
	for _, tok := range toks {
		if !tok.punct {
			continue
		}
		if c := classes[tok.norm]; c != 0 {
			t.Errorf("punctuation %q has classes %b", tok.norm, c)
		}
	}
	for w := range classes {
		if w != "" && strings.Trim(w, ",;:()[]\"“”‘’'–—-.!?/") == "" && len([]rune(w)) == 1 {
			t.Errorf("classed word list holds the punctuation mark %q", w)
		}
	}
}
