package loader

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// This file reads the status of an act that an attempt governs. An
// infinitive is a plan by default ("agreed to meet"), but one governed by
// an attempt made is not: soldiers who "tried to disperse the crowd" acted,
// a president who "had the opportunity to meet" his counterparts met them,
// and countries that "have been unsuccessful in their attempts to resolve"
// a dispute did not resolve it.

// attemptVerbsPast are past forms of verbs of trying: the act was
// attempted.
var attemptVerbsPast = map[string]bool{"tried": true, "attempted": true}

// attemptVerbsProgressive, after a form of "be", say the attempt is under
// way: "has been attempting to evict", "is trying to occupy".
var attemptVerbsProgressive = map[string]bool{"trying": true, "attempting": true}

// progressiveBe are the forms of "be" of a progressive.
var progressiveBe = map[string]bool{"is": true, "are": true, "was": true, "were": true, "been": true, "am": true}

// chanceNouns, had or got, give the act its occasion: "had the
// opportunity to meet".
var chanceNouns = map[string]bool{"opportunity": true, "chance": true}

// chanceHolders hold a chance in the past: "had the chance to", "got an
// opportunity to", "was given the chance to".
var chanceHolders = map[string]bool{"had": true, "got": true, "given": true}

// attemptNouns name an attempt whose failure a modifier may state.
var attemptNouns = map[string]bool{"attempt": true, "attempts": true, "bid": true, "bids": true, "effort": true, "efforts": true}

// failedAttemptWords say an attempt came to nothing: "a failed bid to",
// "unsuccessful in their attempts to", "an abortive attempt to".
var failedAttemptWords = map[string]bool{"failed": true, "unsuccessful": true, "abortive": true, "vain": true, "futile": true, "fruitless": true}

// attemptReach bounds the look back from an attempt noun for the word that
// says it failed: "have been unsuccessful in their attempts to".
const attemptReach = 4

// attemptedInfinitive reads the status of the infinitive whose "to" is at
// k when an attempt governs it: reported for an attempt made or under way
// ("tried to seize", "tried repeatedly to block", "is trying to evict",
// "had the opportunity to meet"),
// denied for one that failed ("unsuccessful in their attempts to
// resolve", "a failed bid to oust"). A modal or a negation before the
// attempt ("would have tried to", "never had the chance to") leaves the
// act to the clause scan.
func attemptedInfinitive(toks []token, k int) (graph.Status, bool) {
	g := k - 1
	for g >= 0 && g >= k-2 && strings.HasSuffix(toks[g].norm, "ly") && !toks[g].punct {
		g-- // "tried repeatedly to", "tried unsuccessfully to"
	}
	if g < 0 {
		return "", false
	}
	w := toks[g].norm
	switch {
	case attemptVerbsPast[w], attemptVerbsProgressive[w] && g >= 1 && progressiveBe[toks[g-1].norm]:
		if undoneBefore(toks, g) {
			return "", false
		}
		return graph.Reported, true
	case chanceNouns[w]:
		j := g - 1
		if j >= 0 && determiners[toks[j].norm] {
			j--
		}
		if j < 0 || !chanceHolders[toks[j].norm] || undoneBefore(toks, j) {
			return "", false
		}
		return graph.Reported, true
	case attemptNouns[w]:
		for j := g - 1; j >= 0 && j >= g-attemptReach; j-- {
			if clauseBreak(toks[j]) {
				break
			}
			if failedAttemptWords[toks[j].norm] {
				return graph.Denied, true
			}
		}
	}
	return "", false
}

// undoneBefore reports whether a modal or a negation stands in the two
// words before the attempt at g: "would have tried", "did not have the
// chance", "has never tried".
func undoneBefore(toks []token, g int) bool {
	for j := g - 1; j >= 0 && j >= g-2; j-- {
		w := toks[j].norm
		if statusModal(toks[j]) || w == "not" || w == "never" || w == "didnt" || w == "no" {
			return true
		}
	}
	return false
}
