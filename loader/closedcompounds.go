package loader

import (
	"strings"
	"unicode/utf8"
)

// Compounds news spells open or hyphenated that the lexicon knows closed:
// "cease-fire" and "cease fire" are the "ceasefire" of the truce rules.
// Split, the hyphenated compound was no trigger at all (a word after a
// hyphen never is) and the open one left "fire" to the rules of
// shooting; joined into one token they read as the closed word does.

// closedCompounds map the first word of a compound to its second words
// and the closed form each makes.
var closedCompounds = map[string]map[string]string{
	"cease": {"fire": "ceasefire", "fires": "ceasefires"},
}

// closedCompound returns the end of the second word of a compound whose
// first word, norm, ends at j, joined to it by a hyphen or one space, and
// the closed form; or j and "" when none follows.
func closedCompound(body, norm string, j, end int) (int, string) {
	seconds := closedCompounds[norm]
	if seconds == nil || j+1 >= end || body[j] != '-' && body[j] != ' ' {
		return j, ""
	}
	k := j + 1
	for k < end {
		r, size := utf8.DecodeRuneInString(body[k:end])
		if !isWordRune(r) {
			break
		}
		k += size
	}
	closed := seconds[strings.ToLower(body[j+1:k])]
	if closed == "" {
		return j, ""
	}
	return k, closed
}
