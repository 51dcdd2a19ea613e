package loader

import "strings"

// This file reads through scare quotes around a verb: the writer quotes
// the verb of a clause to distance himself from it ("the United Nations
// is trying to "occupy" Sudan", "the minister was "kidnapped" by Iraq",
// "Canada has "welcomed" the offer"). The argument searches stop at a
// quotation mark, which usually opens or closes speech; these marks are
// dropped once, with the acronym glosses (glosses.go), before the rules
// run. Quoted nouns and adjectives ("an "act of war"", "is "ready"") are
// left: they are most often the words of a speaker, whose clause the
// rules should not read as the writer's.

// maxScareQuote bounds the words a scare quote holds.
const maxScareQuote = 3

// markScareQuotes marks in drop the quotation marks of the scare quotes in
// toks, allocating drop on the first, and returns it. A pair counts when
// the opening mark stands apart from the word before it and touches the
// word after, the closing mark the reverse, with one to maxScareQuote
// words between, the first in lower case, one of them a verb the lexicon
// reads only as a verb, and no other mark: so the end
// of one quotation and the start of the next (`war" and "peace`) or a
// quoted sentence ("We will fight") are left.
func markScareQuotes(toks []token, drop []bool) []bool {
	for k := 1; k+2 < len(toks); k++ {
		if !isQuoteMark(toks[k]) || toks[k-1].punct || toks[k-1].end == toks[k].start || toks[k+1].start != toks[k].end {
			continue
		}
		if toks[k+1].punct || toks[k+1].upper || toks[k+1].digit {
			continue
		}
		verb := quotedVerb(toks, k+1, k)
		for j := k + 2; j < len(toks) && j <= k+1+maxScareQuote; j++ {
			u := toks[j]
			if isQuoteMark(u) {
				if verb && u.start == toks[j-1].end && (j+1 == len(toks) || toks[j+1].start > u.end || toks[j+1].punct && !isQuoteMark(toks[j+1])) {
					if drop == nil {
						drop = make([]bool, len(toks))
					}
					drop[k], drop[j] = true, true
					k = j
				}
				break
			}
			if u.punct {
				break
			}
			verb = verb || quotedVerb(toks, j, k)
		}
	}
	return drop
}

// bareVerbOpeners go before a verb in its bare form: "to "occupy"", "must
// "stop"".
var bareVerbOpeners = map[string]bool{
	"to": true, "will": true, "would": true, "must": true, "should": true, "could": true,
	"can": true, "may": true, "might": true, "did": true, "not": true,
}

// quotedVerb reports whether toks[j], quoted by the mark at open, is a verb
// the lexicon reads only as a verb, with a verb's ending ("welcomed",
// "urging") or after a word that takes a bare verb ("to "occupy""): the
// lexicon's "ready" and "willing" are adjectives too.
func quotedVerb(toks []token, j, open int) bool {
	t := toks[j]
	if !verbOnly(t) {
		return false
	}
	return strings.HasSuffix(t.norm, "ed") || strings.HasSuffix(t.norm, "ing") || open > 0 && bareVerbOpeners[toks[open-1].norm]
}
