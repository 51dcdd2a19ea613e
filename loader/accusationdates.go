package loader

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// The day of an accusation is not the day of what it charges. In "Iran
// accused Iraq of invading its territory in March" the March is the
// invasion's; the accusation has no date of its own in the sentence. A cue
// before the complement ("accused Iraq on Monday of invading") still
// dates the accusation, and so does a day counted from publication after
// a short charge ("accused Iraq of spying on Monday"), as news leads
// write it. accusedacts.go reads the converse: the accused
// act takes no date from a cue before it.

// chargeComplementReach bounds the words between the verb of accusing and
// the "of" (or "with") that opens what it charges: the accused party, "the
// government of Venezuela", and perhaps an adverb.
const chargeComplementReach = accusedObjectReach + 1

// chargeComplementPreps give, for each verb of accusing, the preposition
// that opens the complement naming the act charged: "accused X of",
// "suspects X of", "convicted X of", "charged X with".
var chargeComplementPreps = map[string]string{
	"accused": "of", "accuses": "of", "accuse": "of", "accusing": "of",
	"suspected": "of", "suspects": "of", "suspect": "of", "suspecting": "of",
	"convicted": "of", "convicts": "of", "convict": "of", "convicting": "of",
	"charged": "with", "charges": "with", "charge": "with", "charging": "with",
}

// newsDayCue reports a cue that counts days from publication ("on
// Monday", "yesterday", "today"): after a short charge it tells, as news
// leads do, the day of the accusation ("accused Peru of spying on
// Monday"), so it is left to the other readings.
func newsDayCue(cue dateCue) bool {
	return cue.kind == cueWeekday || cue.kind == cueAnchored || cue.kind == cueRelative && cue.unit == graph.Day
}

// chargedActCue reports whether the cue after the verb of accusing at t
// lies inside the complement that names the act charged ("accused the
// United States of trying to oust him in a coup in 2002"): the cue dates
// that act, not the accusation. The complement opens with the verb's
// preposition after the accused party and runs to the cue with no
// punctuation and no finite verb between, which would start a clause of
// its own ("accused X of lying, and on Monday sacked him").
func chargedActCue(toks []token, t int, cue dateCue) bool {
	prep, ok := chargeComplementPreps[toks[t].norm]
	if !ok || cue.first <= t+2 || newsDayCue(cue) {
		return false
	}
	open := -1
	for k := t + 1; k < cue.first && k <= t+chargeComplementReach; k++ {
		if toks[k].punct || finiteVerbAt(toks, k) && !toks[k].upper {
			return false // "the United States" is a name, not a verb
		}
		if toks[k].norm == prep {
			open = k
			break
		}
	}
	if open < t+2 {
		return false // "charged with" right after the verb is a passive: the cue is the charge's
	}
	for k := open + 1; k < cue.first; k++ {
		tk := toks[k]
		if tk.punct && tk.text != "'" && tk.text != "\"" {
			return false
		}
		if (finiteVerbAt(toks, k) || pastReportVerb(tk)) && !tk.upper && !chargedVerbForm(toks, k) {
			return false // "accused X of lying and sacked him on Monday"
		}
	}
	return true
}

// chargeVerbLeads stand before a verb of the charge itself: "of trying to
// take", "of having supplied", "of being involved".
var chargeVerbLeads = map[string]bool{"to": true, "having": true, "been": true, "be": true, "being": true}

// chargedVerbForm reports whether the verb at k belongs to the charge
// rather than opening a clause of its own: a gerund ("of invading"), an
// infinitive or a participle after "having" or "being".
func chargedVerbForm(toks []token, k int) bool {
	return strings.HasSuffix(toks[k].norm, "ing") || k > 0 && chargeVerbLeads[toks[k-1].norm]
}
