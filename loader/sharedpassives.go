package loader

import "strings"

// Passives that share their auxiliary. In "Maher Arar was detained in New
// York and deported to Syria" and "he was sent to Syria and tortured",
// the second participle has no "was" of its own: it is a passive like
// the first, and its subject is the one things were done to, never who
// did them. Read as active, the nearest name before it became the actor
// ("Arar deported ... to Syria").

// sharedPassiveBe returns the index of the be-form of the passive that
// the participle at t continues after "and", "or" or "but" at k — "was
// detained in New York and deported", "were arrested, beaten and
// tortured" — or -1. Only a prepositional phrase or a list of
// participles may stand between the first participle and the
// conjunction, and the second participle has no object: "was concerned
// about the economy and urged the country to" is active.
func sharedPassiveBe(v *sentenceView, t, k int) int {
	toks := v.toks
	if k < 2 || !passiveJoiners[toks[k].norm] || !participleForm(toks[t].norm) {
		return -1
	}
	if n := v.directObject(t); objectStart(toks, t+1) || n >= 0 && !prepositionBetween(toks, t, v.ms[n].first) {
		return -1 // "and urged the country to", "and killed protester X": active, with an object of its own
	}
	for j := k - 1; j >= 1 && j >= k-sharedPassiveGap; j-- {
		u := toks[j]
		if clauseBreak(u) || u.norm == "by" || clauseOpeners[u.norm] || relativePronouns[u.norm] || subjectPronouns[u.norm] && !possessiveDeterminers[u.norm] {
			return -1 // an agent, or a clause of its own, before the conjunction
		}
		if !participleForm(u.norm) {
			continue
		}
		switch p := toks[j-1]; {
		case beForms[p.norm]:
			return j - 1
		case p.text != "," && !passiveJoiners[p.norm]:
			return -1 // "before OPP officers marched on the park and killed": a verb of another clause
		}
	}
	return -1
}

// sharedPassiveGap bounds the words between the first participle and the
// conjunction: a prepositional phrase or two ("in New York", "to Syria
// for questioning"), or a list of participles with their complements.
const sharedPassiveGap = 12

// passiveJoiners join a participle to an earlier passive: "was captured,
// tried and sentenced ..., but later released by".
var passiveJoiners = map[string]bool{"and": true, "or": true, "but": true}

// participleForm reports a word that can be a past participle.
func participleForm(w string) bool {
	return strings.HasSuffix(w, "ed") || pastForms[w] || irregularParticiples[w]
}
