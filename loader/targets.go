package loader

import (
	"slices"
	"strings"

	"github.com/geokg/geokg/graph"
)

// This file finds the target of an event whose actor is known when no
// name stands where the rule looks for one: inside the object noun phrase
// ("blamed the intelligence services of the United States", "called for
// the withdrawal of all American troops"), after a later preposition that
// fits the event ("committed an arms package worth $30 billion to Israel"),
// or, for a predicate noun, as the owner of the subject ("Japan's whaling
// has drawn criticism by the IWC").

// ownerNouns head a phrase whose owner — a possessive, a demonym before
// it or an "of" phrase after it — is a party that acts: "the Iranian
// government", "the intelligence services of the United States", "Iran's
// nuclear programme". Nouns for deeds done to someone ("the killing of")
// or for things given are left out: their "of" names a victim or a gift.
var ownerNouns = map[string]bool{
	"government": true, "governments": true, "authorities": true, "leaders": true, "leadership": true, "officials": true,
	"forces": true, "troops": true, "soldiers": true, "army": true, "military": true, "navy": true, "police": true,
	"services": true, "agents": true, "agencies": true, "regime": true, "administration": true, "junta": true,
	"policy": true, "policies": true, "programme": true, "program": true, "actions": true, "conduct": true,
	"behaviour": true, "behavior": true, "decision": true, "role": true, "stance": true, "handling": true,
	"refusal": true, "involvement": true, "interference": true,
	"embassy": true, "ministry": true, "diplomats": true, "delegation": true, "president": true, "leader": true,
}

// removalNouns head an object whose "of" phrase names who is made to act
// ("called for the withdrawal of American troops"): the owner of that
// phrase is the target.
var removalNouns = map[string]bool{
	"withdrawal": true, "pullout": true, "removal": true, "redeployment": true, "disarmament": true, "expulsion": true,
}

// laterPreps are the prepositions that introduce an event type's target
// after an intervening object: aid "for" or "to" someone, sanctions
// "against" or "on" them, meetings and deals "with" them.
var laterPreps = map[graph.EventType][]string{
	graph.Aid:       {"for", "to"},
	graph.Sanction:  {"against", "on"},
	graph.Assault:   {"against", "on"},
	graph.Coerce:    {"against"},
	graph.Threaten:  {"against"},
	graph.Consult:   {"with"},
	graph.Cooperate: {"with"},
	graph.Protest:   {"at", "to", "outside", "near", "of", "before"},
}

// missionNouns name a state's mission abroad; a protest held at one is
// aimed at the state that owns it: "rallied in front of the British
// embassy", "marched to the US consulate".
var missionNouns = map[string]bool{"embassy": true, "embassies": true, "consulate": true, "consulates": true, "mission": true, "legation": true}

// phraseStops end a noun phrase a target is sought in: clause openers,
// relative words and conjunctions.
var phraseStops = map[string]bool{
	"that": true, "which": true, "who": true, "whom": true, "whose": true, "where": true, "when": true, "while": true,
	"and": true, "or": true, "but": true, "after": true, "before": true, "because": true, "since": true, "as": true,
	"if": true, "unless": true, "although": true, "though": true, "saying": true, "said": true, "says": true,
}

// targetParty reports whether mention n may be a target found this far
// from the trigger: a name of a party, not a place, not the actor.
func (v *sentenceView) targetParty(n int, actor *graph.Entity) bool {
	m := v.ms[n]
	return usable(m) && m.ent.Kind != graph.Location && m.ent != actor && (actor == nil || m.ent.ID != actor.ID) && !v.locative(n)
}

// phraseEnd reports whether token k ends the phrase being read: punctuation
// other than a hyphen, a quotation mark, a clause opener, or a trigger verb.
func (v *sentenceView) phraseEnd(k int) bool {
	u := v.toks[k]
	if u.punct && u.text != "-" || whWords[u.norm] {
		return true // "raided what the army called a camp": a clause, not a phrase
	}
	if k > 0 && objectDeterminers[v.toks[k-1].norm] {
		return false // "the storming of": a gerund after a determiner is a noun
	}
	return phraseStops[u.norm] || (verbTrigger(u.norm) && !triggers[u.norm].noun)
}

// objectOwnerTarget returns the owner of the object noun phrase after the
// trigger at t: a possessive or demonym before an owner noun ("condemned
// Iran's nuclear programme" is found elsewhere; "blamed the intelligence
// services of the United States", "the conduct of Israel"), or, after a
// noun of removal, the owner of what is removed ("called for the
// withdrawal of all American troops"). It reads at most one "of" phrase
// past the head and returns -1 when none is found.
func (v *sentenceView) objectOwnerTarget(t int, r *eventRule, actor *graph.Entity) int {
	toks := v.toks
	k := t + 1
	if k < len(toks) && slices.Contains(r.preps, toks[k].norm) {
		k++ // "called for the withdrawal", "criticism of the conduct of"
	}
	start := k
	owner := -1      // a possessive or demonym seen in the current phrase
	possessor := -1  // a possessive opening the object: "froze Kanaan's assets"
	victims := false // reading the "of" phrase of a deed
	for end := min(len(toks), k+10); k < end; k++ {
		if v.phraseEnd(k) {
			return possessor
		}
		if n := v.at[k]; n >= 0 {
			m := v.ms[n]
			if toks[m.last].poss || m.form == formDemonym {
				if v.targetParty(n, actor) {
					owner = n
					if toks[m.last].poss && m.first <= start+1 && !victims && possessedTypes[r.typ] && (r.typ != graph.Sanction || v.heldAssets(m.last)) {
						possessor = n
					}
				}
				k = m.last
				continue
			}
			return -1 // a name that is not an owner: the object rules read it
		}
		w := toks[k].norm
		if ownerNouns[w] && !victims {
			if owner >= 0 {
				return owner // "the Iranian authorities", "all American troops"
			}
			if k+1 < len(toks) && toks[k+1].norm == "of" {
				return v.ofOwner(k+1, actor) // "the intelligence services of the United States"
			}
			return -1
		}
		if removalNouns[w] {
			if k+1 < len(toks) && toks[k+1].norm == "of" {
				owner = -1
				k++ // read on into "of all American troops"
				continue
			}
			return -1
		}
		switch {
		case w == "by" && deedTypes[r.typ] && k > t+2:
			return v.ofOwner(k, actor) // "condemned the visit by the Nationalist delegation": the doer
		case w == "of" && !victims && deedTypes[r.typ]:
			owner, victims = -1, true // "the killing of three soldiers (by X)": whom a deed befell is no target
		case prepositions[w] || k > start && looserPrepositions[w]:
			return possessor // "opposed the move amid requests by X": another phrase
		}
	}
	return possessor
}

// possessedTypes are the event types done to whoever owns their object:
// freezing someone's assets, condemning their policy, extending their
// detention. Talks about someone's release are not held with them.
var possessedTypes = map[graph.EventType]bool{
	graph.Sanction: true, graph.Coerce: true, graph.Assault: true, graph.Accuse: true, graph.Support: true,
	graph.Reject: true, graph.Threaten: true,
}

// assetNouns name what a sanction freezes or bars: someone's assets.
var assetNouns = map[string]bool{
	"assets": true, "accounts": true, "funds": true, "property": true, "properties": true, "holdings": true,
	"exports": true, "imports": true, "goods": true, "products": true, "flights": true, "airline": true, "ships": true,
}

// heldAssets reports an asset noun within three words after k: "froze
// Kanaan's bank assets".
func (v *sentenceView) heldAssets(k int) bool {
	for j := k + 1; j < len(v.toks) && j <= k+3; j++ {
		if assetNouns[v.toks[j].norm] {
			return true
		}
	}
	return false
}

// looserPrepositions open a phrase that is no part of the object: "the
// move amid requests by Afghans", "the vote despite objections from X".
var looserPrepositions = map[string]bool{
	"amid": true, "amidst": true, "despite": true, "during": true, "among": true, "without": true, "into": true,
	"about": true, "over": true, "across": true, "between": true, "following": true, "regarding": true,
}

// deedTypes are the event types whose object may be a deed that an agent
// phrase assigns to the target: condemning, praising or rejecting "the
// visit by X" is doing so to X.
var deedTypes = map[graph.EventType]bool{graph.Accuse: true, graph.Support: true, graph.Reject: true, graph.Protest: true}

// ofOwner returns the party named first in the "of" phrase at k, through
// determiners and modifiers, or -1.
func (v *sentenceView) ofOwner(k int, actor *graph.Entity) int {
	for j := k + 1; j < len(v.toks) && j <= k+4; j++ {
		if n := v.at[j]; n >= 0 {
			if v.targetParty(n, actor) {
				return n
			}
			return -1
		}
		if v.phraseEnd(j) || prepositions[v.toks[j].norm] {
			return -1
		}
	}
	return -1
}

// laterPrepTarget returns the party introduced by a preposition that fits
// the event type after the object of the trigger at t: "committed a $30
// billion arms package for Israel", "signed an arms deal worth $1 billion
// with Venezuela". The object may hold no name; the preposition must come
// within ten words, before any clause break or second preposition.
func (v *sentenceView) laterPrepTarget(t int, r *eventRule, actor *graph.Entity) int {
	preps := laterPreps[r.typ]
	if preps == nil {
		return -1
	}
	toks := v.toks
	seen := 0 // prepositions read past
	for k := t + 1; k < len(toks) && k <= t+10; k++ {
		if toks[k].text == "(" {
			k = v.skipBrackets(k)
			continue
		}
		if v.at[k] >= 0 || v.phraseEnd(k) {
			return -1 // a name in the way is the object, or the phrase has ended
		}
		w := toks[k].norm
		if !prepositions[w] {
			continue
		}
		if slices.Contains(preps, w) && (k > t+1 || r.typ == graph.Protest) {
			for j := k + 1; j < len(toks) && j <= k+3; j++ {
				if n := v.at[j]; n >= 0 {
					if l := v.ms[n].last; r.typ == graph.Protest && (l+1 >= len(toks) || !missionNouns[toks[l+1].norm]) {
						return -1 // a protest is aimed at a state's embassy, not at where it stands
					}
					if v.targetParty(n, actor) && !toks[v.ms[n].last].poss {
						return n // not "payments on Brazil's debt": the debt is what they are on
					}
					return -1
				}
				if u := toks[j]; !nounDeterminers[u.norm] && !compassWords[u.norm] {
					return -1
				}
			}
			return -1
		}
		if w == "in" && k+2 < len(toks) && toks[k+1].norm == "front" && toks[k+2].norm == "of" && r.typ == graph.Protest {
			continue // "in front of the British embassy"
		}
		if seen++; seen > 1 || w == "by" || w == "from" || w == "in" || w == "at" {
			return -1
		}
	}
	return -1
}

// subjectOwnerTarget returns the owner of the subject of a predicate
// noun at t, whose actor an agent phrase names: "Japan's whaling has been
// the subject of criticism by the IWC", "Iranian policy drew condemnation
// from the EU". The subject ends at a form of "be" or "draw" a few words
// before t; its possessive, or a demonym before an owner noun, is the
// target. Else -1.
func (v *sentenceView) subjectOwnerTarget(t int, actor *graph.Entity) int {
	toks := v.toks
	if t+1 >= len(toks) || (toks[t+1].norm != "by" && toks[t+1].norm != "from") {
		return -1
	}
	b := -1
	for k := t - 1; k >= 0 && k >= t-6; k-- {
		if beForms[toks[k].norm] || predicateVerbs[toks[k].norm] {
			b = k
			break
		}
		if toks[k].punct || v.at[k] >= 0 || phraseStops[toks[k].norm] {
			return -1
		}
	}
	if b < 1 {
		return -1
	}
	k := b - 1
	for k >= 0 && auxiliaries[toks[k].norm] {
		k--
	}
	for j := k; j >= 0 && j >= k-4; j-- {
		if toks[j].punct || phraseStops[toks[j].norm] || prepositions[toks[j].norm] || subjectPronouns[toks[j].norm] || speechVerbs[toks[j].norm] {
			return -1
		}
		if n := v.at[j]; n >= 0 {
			m := v.ms[n]
			if !v.targetParty(n, actor) || v.insideSubjectRelative(n, t) { // clausescope.go: "a man who criticised the Russian government was"
				return -1
			}
			if toks[m.last].poss || m.form == formDemonym && m.last+1 < len(toks) && ownerNouns[toks[m.last+1].norm] {
				if m.first == 0 || !prepositions[toks[m.first-1].norm] {
					return n
				}
			}
			return -1
		}
	}
	return -1
}

// predicateVerbs link a subject to a noun of response: "drew criticism",
// "faced condemnation", "came under criticism".
var predicateVerbs = map[string]bool{
	"drew": true, "draws": true, "drawn": true, "faced": true, "faces": true, "received": true, "receives": true,
	"attracted": true, "attracts": true, "met": true, "prompted": true, "provoked": true, "sparked": true,
}

// phraseTarget tries, in order of nearness, the object's owner, a later
// preposition and the subject's owner for the event at t, marking the
// candidate's rule with the one that named the target; nil when none does.
func (a *article) phraseTarget(v *sentenceView, t int, r *eventRule, c *candidate, actor *graph.Entity, noun bool) *graph.Entity {
	if n := v.objectOwnerTarget(t, r, actor); n >= 0 && (!noun || t+1 < len(v.toks) && slices.Contains(r.preps, v.toks[t+1].norm)) {
		c.rule += "-object-owner"
		return v.ms[n].ent
	}
	if n := v.laterPrepTarget(t, r, actor); n >= 0 {
		c.rule += "-later-prep"
		return v.ms[n].ent
	}
	if r.typ == graph.Accuse {
		if n := v.accusedDeedTarget(t, actor); n >= 0 {
			c.rule += "-deed-that"
			return v.ms[n].ent
		}
	}
	if noun || strings.HasSuffix(c.rule, "-passive") {
		if n := v.subjectOwnerTarget(t, actor); n >= 0 {
			c.rule += "-subject-owner"
			return v.ms[n].ent
		}
	}
	return nil
}

// abuseParticiples name harm done to someone; told in the passive in an
// accusation's that-clause, whoever did it, or the state it was done in,
// is accused: "claimed that he was tortured in Syria".
var abuseParticiples = map[string]bool{
	"attacked": true, "tortured": true, "killed": true, "beaten": true, "abused": true, "mistreated": true,
	"murdered": true, "executed": true, "kidnapped": true, "abducted": true, "assaulted": true, "raped": true,
	"detained": true, "imprisoned": true, "shot": true, "bombed": true, "persecuted": true, "harassed": true,
}

// accusedDeedTarget returns, for an accusation at t followed by a
// that-clause telling of harm in the passive, the harm's agent ("alleged
// that prisoners were abused by American guards") or, with none named,
// the country it was done in ("accusations that a journalist was
// savagely attacked in Iran"). Else -1.
func (v *sentenceView) accusedDeedTarget(t int, actor *graph.Entity) int {
	toks := v.toks
	that := -1
	for k := t + 1; k < len(toks) && k <= t+6; k++ {
		if toks[k].norm == "that" {
			that = k
			break
		}
		if toks[k].punct && toks[k].text != "," || clauseWords[toks[k].norm] && toks[k].norm != "by" {
			return -1
		}
	}
	if that < 0 {
		return -1
	}
	for k := that + 2; k+1 < len(toks) && k <= that+12; k++ {
		if clauseBreak(toks[k]) || toks[k].text == "\"" || phraseStops[toks[k].norm] && toks[k].norm != "and" {
			return -1
		}
		if !beForms[toks[k-1].norm] && !(k >= 2 && beForms[toks[k-2].norm] && strings.HasSuffix(toks[k-1].norm, "ly")) || !abuseParticiples[toks[k].norm] {
			continue
		}
		for j := k + 1; j < len(toks) && j <= k+4; j++ {
			switch toks[j].norm {
			case "by":
				if n := v.ofOwner(j, actor); n >= 0 && v.ms[n].ent.Kind != graph.Person {
					return n
				}
				return -1
			case "in":
				if n := v.countryIn(j); n >= 0 && v.ms[n].ent != actor {
					return n
				}
				return -1
			}
			if toks[j].punct || v.at[j] >= 0 {
				return -1
			}
		}
		return -1
	}
	return -1
}
