package loader

import "github.com/geokg/geokg/graph"

// This file holds three clause shapes whose status the cue scan misreads:
// the purpose of a journey made ("travelled to Beijing to meet Hu"), a
// condition put by inversion after its main clause ("would respond were
// Iran to attack"), and an event noun in a denied gerund ("denied having
// any such meeting").

// pastJourneys are past tenses of verbs of going, coming and joining: the
// act their purpose infinitive states was done on arrival, so it is told
// as done ("flew to Seoul on Sunday to meet", "joined the protesters to
// oppose"). doneacts.go reads them with purposeActs; unlike most of those
// they are triggers themselves (a visit), so the scan for the act does
// not stop at them. The present and future forms ("will travel to meet",
// "is due to fly to Seoul to meet") state a plan and are not here.
var pastJourneys = map[string]bool{
	"travelled": true, "traveled": true, "flew": true, "came": true, "arrived": true, "returned": true,
	"headed": true, "drove": true, "sailed": true, "rushed": true, "hurried": true, "visited": true,
	"joined": true, "met": true, "assembled": true,
}

// finiteWords between a journey and an infinitive give the infinitive a
// verb of its own: "it met their needs. Israel is to withdraw".
var finiteWords = map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "will": true, "would": true, "shall": true,
	"should": true, "can": true, "could": true, "may": true, "might": true, "has": true, "have": true, "had": true,
	"did": true, "does": true, "do": true, "must": true,
}

// journeyBeforePurpose reports whether the journey verb at j reaches the
// "to" at k of a purpose infinitive: no sentence end and no finite verb
// stand between.
func journeyBeforePurpose(toks []token, j, k int) bool {
	for i := j + 1; i < k; i++ {
		if toks[i].text == "." || finiteWords[toks[i].norm] {
			return false
		}
	}
	return true
}

// invertedOpeners open a condition put by inversion: "were Iran to
// attack", "should Mr Howard choose", "had Israel withdrawn".
var invertedOpeners = map[string]bool{"were": true, "should": true, "had": true}

// counterfactualModals in a main clause announce the condition that
// follows it: "the United States would respond were Iran to attack".
var counterfactualModals = map[string]bool{"would": true, "could": true, "might": true}

// predicateWords after "were the" make it a copula, not an inversion: "were
// the first to attack".
var predicateWords = map[string]bool{"first": true, "last": true, "only": true, "ones": true, "same": true, "main": true}

// invertedConditionAfterClause reports whether the verb trigger at t is the
// verb of a condition put by inversion after a main clause, which
// invertedCondition (statuscues.go) reads only at the sentence's start:
// "Peter Costello would take over should John Howard step down", "..., were
// Iran to attack Israel". The subject after the opener is a name or opens
// with a determiner, which an ordinary "should" or "were" never has after
// it; "were" and "had", common as main verbs, also need a comma before
// them or a "would" earlier in the sentence.
func invertedConditionAfterClause(toks []token, t int) bool {
	for o := t - 2; o >= 1 && o >= t-invertedConditionReach-2; o-- {
		tk := toks[o]
		if tk.punct {
			return false
		}
		if !invertedOpeners[tk.norm] || tk.upper {
			continue
		}
		next := toks[o+1]
		if !next.upper && !determiners[next.norm] || next.norm == "i" || o+2 < len(toks) && predicateWords[toks[o+2].norm] {
			return false
		}
		if tk.norm == "were" && toks[t-1].norm != "to" {
			return false // "were Iran to attack"
		}
		if tk.norm == "should" {
			return true
		}
		if toks[o-1].text == "," {
			return true
		}
		for k := o - 1; k >= 0; k-- {
			if clauseBreak(toks[k]) || toks[k].text == "." {
				break
			}
			if counterfactualModals[toks[k].norm] {
				return true
			}
		}
		return false
	}
	return false
}

// deniedGerunds are the gerunds through which a denial reaches an event
// noun: "denied having a meeting", "denies holding secret talks".
var deniedGerunds = map[string]bool{"having": true, "holding": true, "attending": true, "conducting": true}

// deniedNounModifierReach bounds the words between the gerund and the
// noun: "having any such secret meeting".
const deniedNounModifierReach = 3

// deniedGerundNoun reports whether the event noun at t is the object of a
// gerund that a verb of denial governs, which denies the event itself:
// "Both governments have denied holding a secret meeting". A preposition or
// another trigger between ends the gerund's object: "denied having any
// role in the attack" denies a part in an attack it does not deny. "Any
// such meeting" refers back to a meeting alleged before: a rumour that is
// officially denied, which ANNOTATION.md makes speculated, is left as the
// clause reads it.
func deniedGerundNoun(toks []token, t int, isTrigger []bool) bool {
	for k := t - 1; k >= 1 && k >= t-deniedNounModifierReach-1; k-- {
		tk := toks[k]
		if deniedGerunds[tk.norm] {
			d := k - 1
			if d >= 1 && lyAdverb(toks[d].norm) || toks[d].norm == "ever" {
				d-- // "denied ever holding"
			}
			return d >= 0 && statusCues[toks[d].norm] == graph.Denied && toks[d].norm != "not"
		}
		if tk.punct || tk.upper || isTrigger[k] || prepositionLike[tk.norm] || tk.norm == "such" {
			return false // "denied having any such meeting": a rumour denied, which ANNOTATION.md makes speculated
		}
	}
	return false
}

// prepositionLike end a noun phrase's modifiers looking back from its head.
var prepositionLike = map[string]bool{
	"in": true, "of": true, "on": true, "with": true, "for": true, "to": true, "by": true, "at": true, "from": true, "that": true,
}
