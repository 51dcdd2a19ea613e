package loader

import (
	"slices"
	"strings"

	"github.com/geokg/geokg/graph"
)

// This file reads a denial that names no accuser: "the ministry denied
// any wrongdoing", "Tehran denies wanting nuclear arms", "Kanaan went on
// the radio, denying that he took the money", "the government rejected
// the allegations". The denier rejects what it is accused of (PLOVER
// REJECT, CAMEO 016 deny responsibility); who accused it is left open.
// Denials of claims whose author is named, here or in the sentences
// before, are read by deniedClaims and deniedEarlierClaims.

// wrongdoingDenialRule stands for the verb of denial whose subject
// deniedWrongdoing reads with verbArguments.
var wrongdoingDenialRule = eventRule{name: "deny-wrongdoing", typ: graph.Reject}

// denyingVerbs deny a charge outright; with them a "that" clause, a
// gerund or a charge named as an object is what is denied.
var denyingVerbs = map[string]bool{
	"deny": true, "denies": true, "denied": true, "denying": true, "refute": true, "refutes": true, "refuted": true,
	"refuting": true,
}

// rebuttingVerbs turn down a charge only when it is named as their
// object: "rejected the allegations", not "rejected the plan".
var rebuttingVerbs = map[string]bool{
	"reject": true, "rejects": true, "rejected": true, "rejecting": true, "dismiss": true, "dismisses": true,
	"dismissed": true, "dismissing": true, "rebut": true, "rebuts": true, "rebutted": true,
}

// deniedCharges are the charges a verb of denial may turn down: what
// someone alleged, or the part in a wrong that is laid on the denier.
// "charges" stands only with deny: a court "dismissed the charges".
var deniedCharges = map[string]bool{
	"allegation": true, "allegations": true, "accusation": true, "accusations": true, "claim": true, "claims": true,
	"report": true, "reports": true, "rumour": true, "rumours": true, "rumor": true, "rumors": true,
	"suggestion": true, "suggestions": true, "assertion": true, "assertions": true,
}

// deniedParts are a denier's part in a wrong: "denied any involvement".
var deniedParts = map[string]bool{
	"wrongdoing": true, "involvement": true, "responsibility": true, "role": true, "complicity": true, "guilt": true,
	"link": true, "links": true, "connection": true, "connections": true, "knowledge": true, "charge": true, "charges": true,
}

// chargeDeterminers open a denied charge: "any involvement", "the
// allegations", "these reports".
var chargeDeterminers = map[string]bool{
	"any": true, "all": true, "the": true, "these": true, "those": true, "such": true, "this": true, "that": true,
	"its": true, "his": true, "her": true, "their": true,
}

// deniedWrongdoing reads the denials of this file in the sentence,
// leaving the verbs that other rules read (listed in taken) to them.
func (a *article) deniedWrongdoing(s sentence, v *sentenceView, taken []*candidate) []*candidate {
	var out []*candidate
	toks := v.toks
	for t, tok := range toks {
		deny := tok.is(classDenyingVerb)
		if !deny && !tok.is(classRebuttingVerb) || v.at[t] >= 0 || t+1 >= len(toks) || negatedVerb(toks, t) || withheldDenial(toks, t) {
			continue
		}
		if t > 0 && beForms[toks[t-1].norm] && !strings.HasSuffix(tok.norm, "ing") {
			continue // "was denied access", "the claims were rejected": a passive
		}
		if slices.ContainsFunc(taken, func(c *candidate) bool {
			return c.trigger == t && (c.typ == graph.Reject || strings.HasPrefix(c.rule, deniedPartRule))
		}) {
			continue // another rule read the verb; involvement.go: "denied any role in the attack" states the attack, denied
		}
		author, ok := a.deniedCharge(v, t, deny)
		if !ok {
			continue
		}
		c := &candidate{typ: graph.Reject, rule: "verb:deny-wrongdoing", confidence: 0.45, trigger: t, sent: s}
		actor, _ := a.verbArguments(v, t, &wrongdoingDenialRule, c)
		if actor == nil {
			actor = participleSubject(v, t)
		}
		if actor == nil || actor.Kind == graph.Location {
			continue
		}
		if slices.ContainsFunc(taken, func(c *candidate) bool {
			return c.typ == graph.Reject && (slices.Contains(c.actors, actor) || c.trigger < t && c.trigger >= t-maxArgGap)
		}) {
			continue // "dismissed the allegation, denying any such role": one rejection, read with its target
		}
		c.status, c.optionalTarget = graph.Reported, true
		switch {
		case author == nil && a.claimant(v, t, actor) != nil && a.setParties(c, []*graph.Entity{actor}, []*graph.Entity{a.claimant(v, t, actor)}):
			c.rule += "-claimant" // "Peru claims that Chile ... Chile denied this": Chile rejects Peru
		case author == nil:
			c.actors = a.withStates([]*graph.Entity{actor}, nil)
		case a.sameSide(actor, author) || !a.setParties(c, []*graph.Entity{actor}, []*graph.Entity{author}):
			continue
		default:
			c.rule += "-author" // "denied the claim by Cambodia": the denier rejects Cambodia
		}
		out = append(out, c)
	}
	return out
}

// withheldDenial reports a verb of denial that denies nothing: "neither
// confirmed nor denied the reports", "without admitting or denying",
// "stopped denying", "stopped short of denying", "don't deny".
func withheldDenial(toks []token, t int) bool {
	if t > 0 {
		if p := toks[t-1].norm; p == "stopped" || p == "stop" || p == "of" || p == "without" {
			return true
		}
	}
	for k := t - 1; k >= 0 && k >= t-5; k-- {
		w := toks[k].norm
		if negations[w] || strings.HasPrefix(w, "confirm") || strings.HasPrefix(w, "admit") || strings.HasSuffix(w, "nt") && strings.ContainsAny(toks[k].text, "'’") {
			return true
		}
		if clauseBreak(toks[k]) {
			return false
		}
	}
	return false
}

// deniedCharge reports whether the verb of denial at t turns down a
// charge: a charge named as its object ("any involvement", "the
// allegations"), or, for deny itself, a "that" clause or a gerund
// ("denied that he took the money", "denies wanting nuclear arms"). It
// returns the charge's author where "by", "from" or "of" names one ("the claim
// by Cambodia"). A party named as the object ("denied Peru's claims",
// "denied him entry") is not this file's.
func (a *article) deniedCharge(v *sentenceView, t int, deny bool) (author *graph.Entity, ok bool) {
	toks := v.toks
	k := t + 1
	if v.at[k] >= 0 {
		return nil, false
	}
	w := toks[k].norm
	if deny && (w == "that" && (k+1 >= len(toks) || !deniedCharges[toks[k+1].norm] && !deniedParts[toks[k+1].norm]) || w == "having" ||
		strings.HasSuffix(w, "ing") && !toks[k].upper && len(w) > 5 && !deniedParts[w] && w != "nothing") {
		return nil, true // "denied that he took", "denied having", "denies wanting"
	}
	if chargeDeterminers[w] {
		k++
	}
	for i := 0; i < 2 && k < len(toks); i++ {
		u := toks[k]
		if v.at[k] >= 0 || u.punct || u.upper {
			return nil, false
		}
		if deniedCharges[u.norm] || deny && deniedParts[u.norm] {
			return chargeAuthor(v, k)
		}
		k++ // "any direct involvement", "the latest allegations"
	}
	return nil, false
}

// chargeAuthor reads what follows the charge noun at k: its author after
// "by", "from" or "of" ("the claims of the United States"), and whether the noun is a charge at all: "their claim
// to independence" is an entitlement.
func chargeAuthor(v *sentenceView, k int) (*graph.Entity, bool) {
	toks := v.toks
	if k+1 >= len(toks) {
		return nil, true
	}
	switch toks[k+1].norm {
	case "to":
		return nil, false
	case "by", "from", "of":
		if n := v.directObject(k + 1); n >= 0 && v.ms[n].first <= k+3 && usable(v.ms[n]) && v.ms[n].ent.Kind != graph.Location {
			return v.ms[n].ent, true
		}
	}
	return nil, true
}

// participleSubject returns the subject of the sentence's main clause for
// a participle after a comma at t ("Kanaan went on the radio, denying
// that he took the money"): the party that opens the sentence, or opens
// it after a fronted adverbial ("Earlier in the day, Kanaan went").
// Nil where the participle does not follow a comma or another party
// comes first.
func participleSubject(v *sentenceView, t int) *graph.Entity {
	toks := v.toks
	if t == 0 || toks[t-1].text != "," || !strings.HasSuffix(toks[t].norm, "ing") {
		return nil
	}
	k := firstWord(toks)
	if n := v.at[k]; n < 0 && toks[k].norm != "the" {
		for k < t && toks[k].text != "," {
			if v.at[k] >= 0 || isQuoteMark(toks[k]) {
				return nil
			}
			k++
		}
		k++ // past the fronted adverbial
	}
	if k < t && toks[k].norm == "the" {
		k++
	}
	if k >= t || v.at[k] < 0 {
		return nil
	}
	m := v.ms[v.at[k]]
	if m.first != k || !usable(m) || toks[m.last].poss {
		return nil
	}
	return m.ent
}
