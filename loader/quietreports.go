package loader

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// A report goes on about one occasion across a quotation or an aside:
// "Annan called on Hezbollah, Monday, to release the soldiers. "It's a
// fixed menu," he said of the ceasefire. Annan also urged Israel to lift
// its blockade." The sentence between states no event and gives no date,
// so it moves the story neither to another act nor to another time, and
// continuedDate (event.go) looks past it to the sentence that dated the
// same actor's act. Only a verb in the simple past goes on with the
// narrative that way: "has denied", "is demanding", "accuses" and "had
// called" step out of it into a state or the background. Attacks do not
// either, since a conflict repeats them between the same sides ("Hezbollah
// fired rockets" after the raid that began the war). Two such sentences
// at most, and no heading, may stand between: further on, or under a new
// heading, the report has moved on.

// maxQuietGap bounds the sentences without event or date that a report
// may go on across.
const maxQuietGap = 2

// noteQuiet counts the sentence just read, whose events begin at index n
// of a.found, as quiet when it stated no event and gave no date cue.
func (a *article) noteQuiet(toks []token, n int) {
	if len(a.found) > n || len(a.sentenceCues(toks)) > 0 {
		a.quiet = 0
		return
	}
	a.quiet++
}

// quietGap is the number of quiet sentences just before the current one
// that the undated event c may look past to the sentence dating its
// actor's act, or 0.
func (a *article) quietGap(toks []token, c *candidate) int {
	if a.quiet == 0 || a.quiet > maxQuietGap || c.typ == graph.Assault || c.noun {
		return 0
	}
	if strings.HasPrefix(strings.TrimSpace(c.sent.text), "==") {
		return 0 // "== Chad welcomes treaty == Chad welcomed ...": a new section
	}
	if !simplePast(toks, c.trigger) {
		return 0
	}
	for _, t := range toks {
		if anteriorAdverbs[t.norm] {
			return 0 // "said earlier in Quito": before the occasion reported
		}
	}
	return a.quiet
}

// anteriorAdverbs put what a sentence states before the time the story
// has reached.
var anteriorAdverbs = map[string]bool{"earlier": true, "previously": true, "formerly": true, "before": true}

// simplePast reports whether the verb at t is in the simple past, active
// or passive: "urged", "was released", not "has urged" or "had urged",
// nor a verb coordinated with one ("had called an executive and
// threatened"). The look back stops at punctuation and at a word opening
// a clause of its own.
func simplePast(toks []token, t int) bool {
	if t >= len(toks) || !pastVerbForm(toks[t]) {
		return false
	}
	for k := t - 1; k >= 0 && k >= t-simplePastReach; k-- {
		switch toks[k].norm {
		case "has", "have", "had", "having", "is", "are", "been", "be", "will", "would":
			return false
		case "was", "were", "that", "which", "who", "because", "when", "after", "before", "while":
			return true
		}
		if toks[k].punct {
			break
		}
	}
	return true
}

// simplePastReach bounds the look back for an auxiliary a coordinated
// verb shares: the auxiliary, a verb and a short object.
const simplePastReach = 8
