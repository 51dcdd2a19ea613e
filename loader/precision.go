package loader

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// This file holds rules that keep the extractor from stating events the
// text does not state: acts only claimed by someone, acts whose doer the
// sentence leaves unsaid, and nouns read as verbs.

// claimVerbs put the clause after their "that" in someone's mouth as a
// claim, not as the reporter's fact: "Venezuela argued that Colombia
// invaded its territory". Plain "said" is a report and is not here.
var claimVerbs = map[string]bool{
	"argued": true, "argues": true, "argue": true, "claimed": true, "claims": true, "claim": true,
	"alleged": true, "alleges": true, "allege": true, "suggested": true, "suggests": true, "suggest": true,
	"suspect": true, "suspects": true, "suspected": true, "believe": true, "believes": true, "believed": true,
	"speculated": true, "speculates": true, "rumoured": true, "rumored": true, "theorised": true, "theorized": true,
}

// disputedNouns name what a denial after the event disputes: "though the
// latter denies this claim".
var disputedNouns = map[string]bool{
	"claim": true, "claims": true, "report": true, "reports": true, "allegation": true, "allegations": true,
	"accusation": true, "accusations": true, "charge": true, "charges": true, "account": true,
}

// demonstratives point a denial back at what the sentence said before:
// "denies this claim", not "denied the accusation" of something else.
var demonstratives = map[string]bool{"this": true, "these": true, "that": true, "those": true, "such": true}

// hedgedStatus returns graph.Speculated for a reported event that the
// sentence only attributes as a claim: a clause under "argued that" or
// "claimed that", an act someone "is said to have" done, or an act that
// a denial later in the sentence disputes ("..., though the latter denies
// this claim"). The annotation guide counts such events as speculated.
func hedgedStatus(toks []token, t int, status graph.Status) graph.Status {
	if status != graph.Reported {
		return status
	}
	if accusedAct(toks, t) {
		return graph.Speculated // accusedacts.go: "accused Iran of sending arms"
	}
	// "Goss is said to have asked": hearsay.
	for k := t - 1; k >= 2 && k >= t-4; k-- {
		if toks[k].norm == "to" && toks[k-1].norm == "said" && beForms[toks[k-2].norm] {
			return graph.Speculated
		}
	}
	// "argued that Colombia invaded": the nearest "that" before the
	// trigger, in the same clause, governed by a verb of claiming.
	for k := t - 1; k >= 1 && k >= t-statusWindow; k-- {
		if clauseBreak(toks[k]) {
			break
		}
		if toks[k].norm != "that" {
			continue
		}
		if toks[k-1].is(classClaimVerb) && !toks[k-1].upper {
			return graph.Speculated
		}
		break
	}
	// "bombed by the Russians, though the latter denies this claim".
	for k := t + 1; k+2 < len(toks) && k <= t+sentenceWideReach; k++ {
		switch toks[k].norm {
		case "denies", "denied", "deny", "disputes", "disputed", "rejects", "rejected":
			if k+2 < len(toks) && demonstratives[toks[k+1].norm] && disputedNouns[toks[k+2].norm] {
				return graph.Speculated
			}
		}
	}
	return status
}

// foundParticiples are verbs after which a participle tells the state a
// person was found or left in, as a passive with no agent: "was found
// shot", "was left wounded".
var foundParticiples = map[string]bool{"found": true, "left": true}

// harmsPatient reports a trigger whose events befall a patient (an attack,
// an arrest), so that its bare participle after a noun says what befell
// that noun: "a soldier, kidnapped in the West Bank".
func harmsPatient(tr *trigger) bool {
	for _, r := range tr.rules {
		if r.typ == graph.Assault || r.typ == graph.Coerce {
			return true
		}
	}
	return false
}

// agentlessParticiple reports a participle trigger that says what befell
// the noun before it and names no one who did it: "was found shot and
// killed in Baghdad", "Asheri, kidnapped while hitchhiking". Whoever is
// named before it is the victim, not the actor, so the sentence states no
// actor at all.
func agentlessParticiple(toks []token, t int) bool {
	w := toks[t].norm
	if !strings.HasSuffix(w, "ed") && !pastForms[w] && w != "shot" && w != "hit" {
		return false
	}
	k := t - 1
	if k >= 1 && (toks[k].norm == "and" || toks[k].norm == "or") {
		k -= 2 // "found shot and killed": the second participle of a pair
		if k >= 0 && (toks[k+1].norm == "shot" || strings.HasSuffix(toks[k+1].norm, "ed")) {
			k-- // skip the first participle
		} else {
			return false
		}
	}
	if k < 0 {
		return false
	}
	switch {
	case foundParticiples[toks[k].norm] && k >= 1 && (beForms[toks[k-1].norm] || toks[k-1].norm == "been"):
	case toks[k].text == "," && t+1 < len(toks) && participleAdjuncts[toks[t+1].norm]:
	default:
		return false
	}
	for j := t + 1; j < len(toks) && j <= t+maxArgGap; j++ {
		if clauseBreak(toks[j]) || toks[j].text == "." {
			break
		}
		if toks[j].norm == "by" {
			return false // "..., kidnapped by gunmen": the agent is named
		}
	}
	return true
}

// participleAdjuncts follow a participle that qualifies the noun before a
// comma rather than starting a clause of its own: "Asheri, kidnapped
// while hitchhiking", "the envoy, detained in Gaza".
var participleAdjuncts = map[string]bool{
	"while": true, "when": true, "in": true, "on": true, "at": true, "near": true, "during": true, "last": true, "earlier": true, "after": true,
}

// datedNoun reports a trigger after a determiner and a year or number:
// "the 1981 attack", "a 2006 visit" name an event as a noun, even where
// the form could be a verb.
func datedNoun(toks []token, t int) bool {
	return t >= 2 && toks[t-1].digit && nounDeterminers[toks[t-2].norm]
}

// stationObjects are words that may follow "station" used as a verb:
// "station more troops", "stations its fleet", "station 500 soldiers".
var stationObjects = map[string]bool{
	"the": true, "its": true, "their": true, "his": true, "more": true, "additional": true, "extra": true, "some": true,
	"two": true, "three": true, "four": true, "five": true, "six": true, "several": true, "hundreds": true, "thousands": true,
	"troops": true, "forces": true, "soldiers": true, "warships": true, "missiles": true, "weapons": true,
}

// stationNoun reports "station" or "stations" used as the noun it almost
// always is ("television station", "Luton station", "power stations"):
// as a verb of deployment it takes a force or a number as its object.
func stationNoun(toks []token, t int) bool {
	if w := toks[t].norm; w != "station" && w != "stations" {
		return false
	}
	return t+1 >= len(toks) || !(toks[t+1].digit || stationObjects[toks[t+1].norm])
}
