package loader

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// Date fixes from a second audit of dates on news the rules were not tuned
// on (Wikinews outside the dev set and 1987 Reuters wire copy). Each names
// a construction whose date cue belongs to some other act than the event's
// trigger.
//
// A cue in a "for" phrase after a verb and its object names the time of
// the cause the phrase gives, not of the verb: "blame Mehsud for the
// assassination last month", "a retaliatory strike against Iran for an
// attack on Friday", "congratulates Sierra Leone for the electoral process
// on September 8" (causeCue).
//
// A cue after a noun and the past participle that modifies it dates that
// noun: "in keeping with an accord signed last year", "cancelled the
// meeting scheduled today", "the vote expected later today"
// (reducedRelativeCue).
//
// A cue before a verb of saying dates the saying; an act the saying puts in
// the past perfect lies before it: "On Sunday, the military announced that
// its jets had raided PKK camps" (earlierThanSaying).

// otherActCue reports whether the cue dates some act other than the event
// triggered at t.
func otherActCue(toks []token, c *candidate, cue dateCue) bool {
	t := c.trigger
	return c.typ != graph.Consult && causeCue(toks, t, cue) ||
		reducedRelativeCue(toks, t, c.noun, cue) ||
		!c.noun && earlierThanSaying(toks, t, cue)
}

// causeCue reports a cue after the trigger t inside a "for" phrase that
// follows the verb's object and names an act: the phrase gives the cause
// of the verb ("blamed Mehsud for the assassination last month"). "Called
// for a ceasefire on Monday" has no object before "for" and keeps the cue;
// a meeting "for talks on Monday" is the talks (the caller leaves out
// CONSULT).
func causeCue(toks []token, t int, cue dateCue) bool {
	if cue.first <= t+2 {
		return false
	}
	f := -1
	for k := t + 1; k < cue.first; k++ {
		if toks[k].punct || subordinators[toks[k].norm] || toks[k].norm == "that" {
			return false
		}
		if toks[k].norm == "for" {
			f = k
			break
		}
	}
	if f < t+2 || toks[f-1].norm == "responsibility" || toks[f-1].norm == "credit" {
		return false // "claimed responsibility for a bombing on August 3": the bombing is the event
	}
	act := false
	for k := f + 1; k < cue.first; k++ {
		w := toks[k].norm
		if finiteVerbAt(toks, k) || w == "to" || w == "and" || w == "but" {
			return false
		}
		if tr := triggers[w]; tr != nil && tr.noun || causeNouns[w] {
			act = true
		}
	}
	return act
}

// causeNouns name acts a "for" phrase gives as a cause that the lexicon
// does not list as events.
var causeNouns = map[string]bool{
	"election": true, "elections": true, "process": true, "vote": true, "referendum": true, "role": true,
	"actions": true, "action": true, "remarks": true, "comments": true, "incident": true, "deaths": true,
	"death": true, "killing": true, "killings": true, "murder": true, "massacre": true, "bombings": true,
	"bombing": true, "crimes": true, "crime": true, "involvement": true, "shooting": true, "explosion": true,
}

// reducedRelativeCue reports a cue right after a noun and the past
// participle that modifies it, with perhaps a preposition between ("an
// accord signed last year", "the election scheduled for June 26"), in the
// clause of a trigger t before the noun: the cue dates the noun. A trigger
// that is the noun or the participle keeps it ("the treaty signed in
// 2005").
func reducedRelativeCue(toks []token, t int, noun bool, cue dateCue) bool {
	if noun {
		return false // "the peace talks between X and the guerrilla started in 1998": the noun's own verb
	}
	k := cue.first - 1
	if k >= 0 && cuePrepositions[toks[k].norm] {
		k--
	}
	if k < 2 || t >= k-1 || !pastParticiple(toks[k]) {
		return false
	}
	n := toks[k-1]
	if n.upper || n.punct || n.digit || n.poss || !modifiedNoun(n.norm) {
		return false
	}
	if p := toks[k-2]; p.punct || p.norm == "and" || p.norm == "or" {
		return false // "..., officials announced yesterday": a clause of its own
	}
	for j := k - 2; j >= 0 && j >= k-5; j-- {
		if circumstancePrepositions[toks[j].norm] {
			return false // "denied them in a statement issued Friday": the act's own occasion
		}
		if toks[j].punct {
			break
		}
	}
	for j := t + 1; j < k-1; j++ {
		if toks[j].punct {
			return false
		}
	}
	return true
}

// circumstancePrepositions make a noun phrase the occasion or medium of
// the act: "in a statement issued Friday", "at talks held on Monday".
var circumstancePrepositions = map[string]bool{"in": true, "at": true, "during": true, "through": true, "via": true}

// cuePrepositions join a participle to the cue after it.
var cuePrepositions = map[string]bool{"on": true, "in": true, "for": true, "at": true, "during": true}

// pastParticiple reports a past participle: a word in -ed or an irregular
// form a noun takes after it ("the talks held", "the deal struck").
func pastParticiple(t token) bool {
	if t.upper || t.punct {
		return false
	}
	w := t.norm
	return strings.HasSuffix(w, "ed") && len(w) > 4 || nounParticiples[w]
}

var nounParticiples = map[string]bool{"held": true, "set": true, "made": true, "taken": true, "given": true, "sent": true, "begun": true, "struck": true, "won": true, "drawn": true, "brought": true, "built": true}

// modifiedNoun reports a word that can be the noun a participle modifies:
// not a word that makes the participle a verb ("was signed", "who
// signed", "it signed") or an adverb before it ("recently signed").
func modifiedNoun(w string) bool {
	return !strings.HasSuffix(w, "ly") && !nonNouns[w]
}

var nonNouns = map[string]bool{
	"was": true, "were": true, "is": true, "are": true, "be": true, "been": true, "being": true, "has": true, "have": true,
	"had": true, "it": true, "they": true, "he": true, "she": true, "we": true, "i": true, "you": true, "who": true, "which": true,
	"that": true, "not": true, "also": true, "then": true, "just": true, "already": true, "never": true, "once": true,
	"first": true, "last": true, "again": true, "since": true, "jointly": true, "both": true, "all": true, "so": true,
	"the": true, "a": true, "an": true, "to": true, "of": true, "by": true, "with": true, "as": true, "when": true,
	"where": true, "and": true, "or": true, "but": true, "get": true, "got": true, "later": true, "earlier": true, "still": true,
}

// earlierThanSaying reports a cue before a verb of saying that itself
// stands before the trigger t, when the trigger is in the past perfect:
// "On Sunday, the military announced that its jets had raided camps"
// dates the announcement; the raid came before it.
func earlierThanSaying(toks []token, t int, cue dateCue) bool {
	if cue.last >= t || t < 1 || commitmentVerbs[toks[t].norm] {
		return false // "announced yesterday that it had agreed to buy": a commitment is made known the day it is made
	}
	h := t - 1
	if toks[h].norm == "been" && h > 0 {
		h--
	}
	if h > 0 && (toks[h].norm == "already" || toks[h].norm == "also" || toks[h].norm == "recently") {
		h--
	}
	if toks[h].norm != "had" {
		return false
	}
	for k := cue.last + 1; k < h; k++ {
		if speechVerbs[toks[k].norm] || announceVerbs[toks[k].norm] || sayingVerbs[toks[k].norm] {
			return true
		}
	}
	return false
}

// sayingVerbs report or admit a past act, beside speechVerbs and
// announceVerbs.
var sayingVerbs = map[string]bool{
	"reported": true, "admitted": true, "revealed": true, "disclosed": true, "acknowledged": true, "claimed": true,
	"alleged": true, "claiming": true, "saying": true, "announcing": true, "admitting": true, "learned": true,
}
