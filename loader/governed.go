package loader

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// Event nouns carried by a verb further away than supportVerbs are looked
// for, or by a verb that only carries a journey or an assault: "Russia
// has launched a full scale military invasion of Georgia", "Laura Bush
// takes a quick trip to Afghanistan", "Turkey was preparing for an
// invasion of Iraq".

// maxCarrierReach bounds how far before its noun a carrier is looked for;
// every word between must be a modifier of the noun.
const maxCarrierReach = 7

// journeyCarriers carry a journey noun: "took a trip to", "embarked on a
// tour of". Taking or going on an attack is not said, so they carry only
// journeys.
var journeyCarriers = map[string]bool{
	"take": true, "takes": true, "took": true, "taking": true, "taken": true,
	"embark": true, "embarks": true, "embarked": true, "embarking": true,
}

// journeyNouns are the nouns journeyCarriers carry.
var journeyNouns = map[string]bool{"visit": true, "visits": true, "trip": true, "trips": true, "tour": true, "tours": true}

// forceCarriers carry an assault noun as the -ing or base forms of the
// support verbs do ("after launching an air strike on", "began mounting
// attacks on"); preparers carry it with "for" between ("preparing for an
// invasion of").
var (
	forceCarriers = map[string]bool{
		"launching": true, "mounting": true, "mount": true, "mounts": true, "conducting": true, "conduct": true,
		"conducts": true, "staging": true, "carrying": true, "waging": true, "wage": true, "wages": true,
	}
	preparers = map[string]bool{"prepare": true, "prepares": true, "prepared": true, "preparing": true}
)

// nounModifier reports whether the token at k may stand between a carrier
// and its noun: a determiner, a number, an adjective or a noun qualifying
// the event ("a full scale military", "his first official state", "a
// three-day"). Names, punctuation, prepositions, clause words, auxiliaries
// and other event words end the noun phrase.
func (v *sentenceView) nounModifier(k int) bool {
	u := v.toks[k]
	if u.punct || u.upper || v.at[k] >= 0 || prepositions[u.norm] || clauseWords[u.norm] || auxiliaries[u.norm] ||
		beForms[u.norm] || triggerWord(u.norm) || supportVerbs[u.norm] || relativePronouns[u.norm] || u.poss ||
		objectDeterminers[u.norm] || phraseOpeners[u.norm] {
		return false
	}
	return !strings.HasSuffix(u.norm, "ly") || u.norm == "early" || u.norm == "only"
}

// phraseOpeners open a phrase of their own between a verb and a noun.
var phraseOpeners = map[string]bool{
	"since": true, "until": true, "during": true, "over": true, "into": true, "about": true, "through": true, "under": true,
	"than": true, "as": true, "if": true, "when": true, "whether": true, "this": true, "that": true, "these": true, "those": true,
}

// quantityNouns count the events of the noun after their "of": "a
// series of talks", "a new wave of attacks".
var quantityNouns = map[string]bool{
	"series": true, "round": true, "rounds": true, "wave": true, "waves": true, "spate": true, "string": true, "barrage": true,
}

// farCarrier returns the position of the verb carrying the event noun at
// t, or -1: a support verb more than four words before the noun, a
// journey carrier before a journey noun, a force carrier or a preparer
// (then with "for") before an assault noun. Only modifiers may stand
// between, after one determiner when there are more than four words
// ("launched a full scale military invasion"): a second determiner or any
// other word opens another phrase ("has gained increased publicity since
// the assassination").
func (v *sentenceView) farCarrier(t int, r *eventRule) int {
	toks := v.toks
	journey := journeyNouns[toks[t].norm]
	force := r.typ == graph.Assault
	k := t - 1
	for k >= 0 && t-k <= maxCarrierReach {
		if v.nounModifier(k) {
			k--
		} else if toks[k].norm == "of" && k > 0 && quantityNouns[toks[k-1].norm] {
			k -= 2 // "a series of high-level talks", "a wave of attacks"
		} else {
			break
		}
	}
	determined := k >= 0 && (objectDeterminers[toks[k].norm] || toks[k].norm == "their")
	if determined {
		k--
	} else if t-k > 4 {
		return -1
	}
	if k < 0 {
		return -1
	}
	w := toks[k].norm
	switch {
	case supportVerbs[w] && t-k > 4, journey && journeyCarriers[w], force && forceCarriers[w]:
		return k
	case force && preparers[w]:
		return k // "is preparing an attack on"
	case r.pair && w == "in" && k > 0 && beForms[toks[k-1].norm] && v.partyAfterNoun(t, r) >= 0:
		return k // "is in talks with X"; without X, "both sides are in talks" may be anyone's
	case force && w == "for" && k > 0 && preparers[toks[k-1].norm]:
		return k - 1 // "preparing for an invasion of"
	case journey && w == "on" && k > 0 && journeyCarriers[toks[k-1].norm]:
		return k - 1 // "embarked on a tour of"
	}
	return -1
}

// carriedFar returns the subject of a far carrier of the noun at t (see
// farCarrier): the usable mention closest before the carrier in its own
// clause, as for any support verb's subject.
func (a *article) carriedFar(v *sentenceView, t int, r *eventRule, c *candidate) *graph.Entity {
	g := v.farCarrier(t, r)
	if g < 0 {
		return nil
	}
	x := v.carrierSubject(g)
	if x == nil {
		return nil
	}
	c.rule, c.confidence = "noun:"+r.name+"-carried", 0.55
	return x
}

// carrierSubject returns the subject of the verb at g that carries an
// event noun: the usable mention closest before it in its own clause, or
// nil.
func (v *sentenceView) carrierSubject(g int) *graph.Entity {
	n := v.prev(g)
	if n < 0 || g-v.ms[n].last > 8 || !usable(v.ms[n]) || v.obliqueMention(n) {
		return nil
	}
	for k := v.ms[n].last + 1; k < g; k++ {
		u := v.toks[k]
		if u.punct || clauseOpeners[u.norm] || relativePronouns[u.norm] || collective(v.toks, k) || prepositions[u.norm] && u.norm != "to" {
			return nil // "the ambassador in Iraq ... took", "X said that ...": not the carrier's subject
		}
	}
	return v.ms[n].ent
}
