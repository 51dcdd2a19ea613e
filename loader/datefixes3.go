package loader

import "github.com/geokg/geokg/graph"

// Date fixes from a third audit of dates, on confident CONSULT, ACCUSE,
// REQUEST and ASSAULT events whose evidence names both parties. Each names
// a phrase after the trigger whose cue dates some other act.
//
// A cue inside a phrase of purpose dates the aim, not the act pursuing
// it: "is mediating talks in an effort to bring free elections next
// year", "met in a bid to end the strike by Friday" (purposeCue). Read as
// the event's own, "next year" also made the mediation planned.
//
// A cue after a gerund that cites or recalls something dates what is
// cited: "urged North Korea to disarm, mentioning an agreement it made on
// February 13", "accused Japan, recalling its invasion in 1931"
// (citedCue).
//
// A cue after a noun of occurrence and its "of" phrase dates that noun, as
// ownedByNominal does for event nouns: "investigating the death of the
// former prime minister in February 2005", "the bomb explosion of June 3"
// (occurrenceNounCue).

// laterPhraseCue reports whether a cue after the trigger t lies in a
// phrase that dates another act than the trigger's.
func laterPhraseCue(toks []token, t int, cue dateCue) bool {
	if cue.first <= t {
		return false
	}
	return purposeCue(toks, t, cue) || citedCue(toks, t, cue) || occurrenceNounCue(toks, t, cue)
}

// purposeCue reports a phrase of purpose between the trigger t and the
// cue: "in an effort to", "in a bid to", "in an attempt to", "in order
// to", "so as to", "with the aim of", "in the hope of", "aimed at".
func purposeCue(toks []token, t int, cue dateCue) bool {
	for k := t + 1; k < cue.first; k++ {
		w := toks[k].norm
		switch {
		case w == "in" && k+2 < cue.first && purposeNouns[toks[k+2].norm] && (toks[k+1].norm == "an" || toks[k+1].norm == "a" || toks[k+1].norm == "the") &&
			(toks[k+3].norm == "to" || toks[k+3].norm == "of"):
			return true
		case w == "in" && k+2 < cue.first && toks[k+1].norm == "order" && toks[k+2].norm == "to":
			return true
		case w == "so" && k+2 < cue.first && toks[k+1].norm == "as" && toks[k+2].norm == "to":
			return true
		case w == "with" && k+3 < cue.first && toks[k+1].norm == "the" && toks[k+2].norm == "aim" && toks[k+3].norm == "of":
			return true
		case (w == "aimed" || w == "aiming") && k+1 < cue.first && toks[k+1].norm == "at" && k > t+1:
			return true
		}
	}
	return false
}

// purposeNouns head a phrase of purpose: "in an effort to", "in a bid
// to", "in the hope of".
var purposeNouns = map[string]bool{"effort": true, "bid": true, "attempt": true, "hope": true, "hopes": true}

// citedCue reports a gerund that cites or recalls something, set off by a
// comma, between the trigger t and the cue.
func citedCue(toks []token, t int, cue dateCue) bool {
	for k := t + 2; k < cue.first; k++ {
		if citingGerunds[toks[k].norm] && toks[k-1].text == "," {
			return true
		}
	}
	return false
}

// citingGerunds name what their object refers to, another act: "citing",
// "mentioning", "recalling", "referring to", "noting".
var citingGerunds = map[string]bool{
	"citing": true, "mentioning": true, "recalling": true, "referring": true, "noting": true,
	"invoking": true, "remembering": true, "commemorating": true, "marking": true,
}

// occurrenceNounCue reports a cue after a noun of occurrence the lexicon
// does not list as an event (causeNouns: "death", "explosion",
// "election"), or an event noun after a modifier, and its "of" phrase,
// with no verb between: the cue dates the noun.
func occurrenceNounCue(toks []token, t int, cue dateCue) bool {
	for k := t + 1; k+1 < cue.first; k++ {
		w := toks[k].norm
		tr := triggers[w]
		if toks[k+1].norm != "of" || !causeNouns[w] && (tr == nil || !tr.noun) {
			continue
		}
		p := toks[k-1]
		opened := p.poss || nominalDeterminers[p.norm]
		if !opened && k-2 > t && !p.punct && !finiteVerbAt(toks, k-1) {
			// "the explosion death of", "the 1994 invasion of": one modifier.
			q := toks[k-2]
			opened = q.poss || nominalDeterminers[q.norm]
		}
		if !opened || !causeNouns[w] && (p.poss || nominalDeterminers[p.norm]) {
			continue // an event noun right after its determiner is ownedByNominal's
		}
		return !finiteBetween(toks, k+2, cue.first)
	}
	return false
}

// occasionEvent reports whether the event noun c can name the occasion of
// an act the sentence before reported (occasionDate): a meeting, summit or
// visit can ("The two leaders made the announcement at a summit"); an
// invasion or an agreement with the same parties is an act of its own, not
// dated by the one before ("Japan's invasion of China from 1931 to 1945"
// after "China opposed Japan's bid last year").
func occasionEvent(c *candidate) bool {
	return c.typ == graph.Consult
}
