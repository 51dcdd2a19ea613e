package loader

import "github.com/geokg/geokg/graph"

// Acts of force along a border: a state closing its border with another
// ("China closed its border with Kyrgyzstan", "Tajikistan and Kyrgyzstan
// have closed their borders with Uzbekistan", "Israel sealed all border
// crossings into Gaza"), which PLOVER codes COERCE (a restriction of
// movement), and troops moved up to one ("Venezuela ordered troops to the
// border with Colombia", "Turkey has been building up troops along its
// border with Iraq", "40,000 Israeli troops massed on the Lebanese
// border"), which it codes MOBILIZE. The state across the border, named
// after "with", "into" or "to", or by the demonym before "border", is the
// target; the one that closes it or moves its troops the actor.

// forceActsFirst holds the narrow entries of this file that must be tried
// before the general lexicon's: "massed" is also a deploy verb, which
// takes no target after "on".
var forceActsFirst = []lexEntry{
	// "troops massed on the Lebanese border": the border makes the verb a
	// show of force and names the state faced.
	{verbs: "massed massing amass amasses amassed amassing", rule: eventRule{name: "mass-on-border", typ: graph.Mobilize, mode: "troops", need: borderWords, window: 6, preps: []string{"on", "along", "near", "at", "to"}}},
}

// forceActsLexicon holds the entries of this file that may go after the
// general lexicon's.
var forceActsLexicon = []lexEntry{
	// "closed its border with Kyrgyzstan"; closedBorder checks the object.
	{verbs: "close closes closed seal seals sealed shut shuts", rule: eventRule{name: "close-border", typ: graph.Coerce, mode: "blockade", direct: true, preps: []string{"with", "into", "to", "towards", "toward"}}},
	// "ordered troops to the border with Colombia"; orderedTroops checks
	// that a place, not a verb, follows "to".
	{verbs: "orders ordered ordering", rule: eventRule{name: "order-troops", typ: graph.Mobilize, mode: "troops", need: troopWords, window: 4, preps: []string{"to", "into", "towards", "toward"}}},
	// "building up troops along its border with Iraq".
	{verbs: "build builds built building", rule: eventRule{name: "build-up-troops", typ: graph.Mobilize, mode: "troops", need: troopWords, also: []string{"up"}, window: 4, preps: []string{"along", "on", "near", "in", "to", "into"}}},
}

// borderWords name a border or its crossings.
var borderWords = []string{"border", "borders", "frontier", "frontiers", "crossing", "crossings", "border-crossings"}

// borderHeads head the object of a closing verb that closes a border.
var borderHeads = map[string]bool{"border": true, "borders": true, "frontier": true, "frontiers": true, "crossing": true, "crossings": true, "border-crossings": true}

// closedObjectModifiers stand between a closing verb and the border it
// closes: "closed off all its border crossings", "sealed the entire
// border", "shut their common frontier".
var closedObjectModifiers = map[string]bool{
	"off": true, "down": true, "the": true, "its": true, "their": true, "all": true, "entire": true, "whole": true, "common": true,
	"shared": true, "main": true, "land": true, "eastern": true, "western": true, "northern": true, "southern": true, "border": true, "temporarily": true,
}

// closedBorder reports whether the verb of closing at t has a border, or
// its crossings, as object: "closed its border with", "sealed all border
// crossings into", "shut the Syrian border". A demonym or name may stand
// among the modifiers ("the Syrian border", "the Rafah crossing"); a
// school, an embassy or a polling station is no border, nor are the
// guards or towns of one ("closed the border town").
func closedBorder(toks []token, t int) bool {
	for k := t + 1; k < len(toks) && k <= t+5; k++ {
		u := toks[k]
		if borderHeads[u.norm] {
			return k+1 >= len(toks) || !borderDependents[toks[k+1].norm]
		}
		if !closedObjectModifiers[u.norm] && !u.upper && !u.poss {
			return false
		}
	}
	return false
}

// borderDependents make "border" a modifier of another noun: "the border
// town", "border guards".
var borderDependents = map[string]bool{"town": true, "towns": true, "guards": true, "police": true, "region": true, "area": true, "areas": true, "post": true, "posts": true, "village": true, "villages": true, "city": true}

// orderedTroops reports whether the verb of ordering at t sends troops to
// a place: its object is troops and the "to" after them leads to a place
// ("ordered troops to the border", "ordered 2,000 soldiers into Gaza"),
// not to an act ("ordered troops to withdraw", "ordered the forces to
// stand down").
func orderedTroops(toks []token, t int) bool {
	for k := t + 1; k+1 < len(toks) && k <= t+5; k++ {
		w := toks[k].norm
		if w == "to" || w == "into" || w == "towards" || w == "toward" {
			next := toks[k+1]
			return next.norm == "the" || next.norm == "its" || next.norm == "their" || next.upper
		}
		if toks[k].punct && !toks[k].digit && toks[k].text != "," || clauseWords[w] {
			return false
		}
	}
	return false
}

// borderAcross returns the state across the border the verb of closing at
// t closes, where a place names it: "closed its border with the Gaza
// Strip", "sealed all crossings into Gaza" fall on the state the place
// lies in. Nil when no place follows, or the place is the actor's own.
func (a *article) borderAcross(v *sentenceView, t int, actor *graph.Entity) *graph.Entity {
	toks := v.toks
	for k := t + 1; k < len(toks) && k <= t+7; k++ {
		if clauseBreak(toks[k]) {
			return nil
		}
		w := toks[k].norm
		if w != "with" && w != "into" && w != "to" && w != "towards" && w != "toward" {
			continue
		}
		if host := a.presenceState(v, k); host != nil && host != actor && a.stateOf(actor) != host {
			return host
		}
		return nil
	}
	return nil
}

// Withdrawals whose subject names no party but whose object does: "the
// new government plans to withdraw Australian troops from Iraq", "will
// propose the withdrawal of Italy's 3,000 troops from Iraq", "the
// withdrawal of 5,500 of the 8,500 British troops". The state whose
// troops leave is the actor.

// troopCountWords stand between a withdrawal and the owner of the troops
// it moves, or between the owner and the troops: "all", "the remaining",
// "5,500 of the 8,500", "3,000 combat".
var troopCountWords = map[string]bool{
	"the": true, "all": true, "some": true, "about": true, "around": true, "nearly": true, "almost": true, "of": true, "remaining": true,
	"last": true, "combat": true, "ground": true, "military": true, "additional": true, "extra": true, "more": true, "than": true, "up": true, "to": true,
}

// withdrawnForcesOwner returns the party whose forces the withdrawal at t
// moves, named by a demonym or possessive before the force noun of its
// object ("withdraw Australian troops", "the withdrawal of Italy's 3,000
// troops"), or nil. A person or place there is no owner ("withdraw the
// Kabul garrison"), nor is a name the force noun does not follow.
func (v *sentenceView) withdrawnForcesOwner(t int, noun bool) *graph.Entity {
	toks := v.toks
	k := t + 1
	if noun {
		if k >= len(toks) || toks[k].norm != "of" {
			return nil
		}
		k++
	} else if !governmentSubject(toks, t) {
		return nil // "the majority of your people are willing to withdraw U.S. forces": a wish, not a state's act
	}
	for ; k < len(toks) && k <= t+8; k++ {
		if n := v.at[k]; n >= 0 {
			m := v.ms[n]
			if m.place || m.ent.Kind == graph.Person || m.ent.Kind == graph.Location {
				return nil
			}
			if forceNounAfter(toks, m.last+1) {
				return m.ent
			}
			return nil
		}
		u := toks[k]
		if troopCountWords[u.norm] || u.digit || u.text == "," && k > 0 && toks[k-1].digit {
			continue
		}
		return nil
	}
	return nil
}

// forceNounAfter reports whether a force noun follows k over numbers and
// troopCountWords: "Italy's 3,000 troops", "British combat forces".
func forceNounAfter(toks []token, k int) bool {
	for end := k + 4; k < len(toks) && k <= end; k++ {
		u := toks[k]
		if _, ok := forceModes[u.norm]; ok {
			return true
		}
		if !troopCountWords[u.norm] && !u.digit && !(u.text == "," && k > 0 && toks[k-1].digit) {
			return false
		}
	}
	return false
}

// Troops a state keeps in another, stated with a count between the owner
// and the troops ("Romania's 860 troops will remain in Iraq") or with a
// bare copula ("Syrian troops have been in Lebanon since 1976"):
// presenceFrames reads both with these two helpers.

// skipTroopCount returns the index before the count that ends at k
// ("860", "3,000", read as 3 , 000), or k when no count ends there.
func skipTroopCount(toks []token, k int) int {
	j := k
	for j >= 0 && j >= k-3 && (toks[j].digit || toks[j].text == "," && j > 0 && toks[j-1].digit) {
		j--
	}
	return j
}

// copularPresence reports whether the garrison noun at t is the subject
// of a bare "be" whose "in" at p names where the troops are: "troops have
// been in Lebanon", "US forces are presently in Iraq". presenceFrames has
// skipped only auxiliaries, be-forms and adverbs between the noun and p;
// presenceState finds no state in "are in the thousands" or "in danger".
func copularPresence(toks []token, t, p int) bool {
	if p >= len(toks) || p < t+2 || toks[p].norm != "in" {
		return false
	}
	for k := t - 1; k >= 0 && k >= t-4 && !toks[k].punct; k-- {
		if toks[k].norm == "no" {
			return false // "no Libyan forces are in Chad": a denial, not a presence
		}
	}
	for k := t + 1; k < p; k++ {
		if beForms[toks[k].norm] {
			return true // "are presently in", "have been in"
		}
	}
	return false
}

// withdrawingBodies name the bodies that withdraw a state's troops: "the new
// government plans to withdraw", "the cabinet voted to pull".
var withdrawingBodies = map[string]bool{
	"government": true, "cabinet": true, "administration": true, "parliament": true, "senate": true, "congress": true,
	"ministry": true, "military": true, "army": true, "command": true, "president": true, "minister": true, "leadership": true,
}

// governmentSubject reports whether a governing noun stands before the
// verb at t within its sentence part (up to 16 words, over no clause
// break): the unnamed subject of a withdrawal whose object names the
// troops' state.
func governmentSubject(toks []token, t int) bool {
	for k := t - 1; k >= 0 && k >= t-16; k-- {
		if clauseBreak(toks[k]) {
			return false
		}
		if withdrawingBodies[toks[k].norm] {
			return true
		}
	}
	return false
}
