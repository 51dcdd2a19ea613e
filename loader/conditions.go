package loader

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// This file reads offers made on a condition the other party is to meet:
// "the United States would join talks with Iran if Iran suspends
// enrichment", "Israel is ready to release prisoners provided that Hamas
// halts its attacks", "Syria could resume talks once Israel withdraws",
// "X will recognise Y in exchange for Y lifting the embargo". The
// promised act is cooperative (talks, a withdrawal, a release, aid,
// recognition, an easing of sanctions); the party of the condition is the
// one the offer is made to. ANNOTATION.md: "offering or promising is
// AGREE" — the offer is made, so the AGREE is reported; the act offered
// keeps its own planned event, which the lexicon reads. A hostile act
// promised on a condition is a threat (judge.go), and a resignation
// offered is no offer to a party.

// offerRule stands for the modal or word of readiness that carries the
// offer when its subject is read with verbArguments.
var offerRule = eventRule{name: "conditional-offer", typ: graph.Agree}

// offerConfidence ranks an offer's reading above the frames' and the
// lexicon's reading of its modal ("would be willing to"), which takes the
// offer for a plan: the offer is made when it is stated.
const offerConfidence = 0.65

// offerModals put an act in prospect ("would join talks"); readinessWords
// say the subject stands ready to do it ("is ready to hold talks").
var (
	offerModals    = map[string]bool{"will": true, "would": true, "ll": true, "shall": true, "could": true}
	readinessWords = map[string]bool{"ready": true, "prepared": true, "willing": true, "open": true}
)

// readinessAt reports a word of readiness at k that governs an act: "ready
// to hold talks", "ready for talks", "open to negotiation".
func readinessAt(toks []token, k int) bool {
	return readinessWords[toks[k].norm] && k+1 < len(toks) && (toks[k+1].norm == "to" || toks[k+1].norm == "for")
}

// offeredTypes are the types of cooperative acts a party offers.
var offeredTypes = map[graph.EventType]bool{
	graph.Consult: true, graph.Retreat: true, graph.Aid: true, graph.Support: true, graph.Cooperate: true,
	graph.Agree: true, graph.Concede: true,
}

// questionVerbs take an "if" that opens a question, not a condition:
// "asked if", "to see if".
var questionVerbs = map[string]bool{
	"ask": true, "asks": true, "asked": true, "asking": true, "see": true, "know": true, "knows": true, "knew": true,
	"wonder": true, "wondered": true, "decide": true, "determine": true, "unclear": true, "sure": true, "even": true, "as": true,
}

// conditionOpening returns, for a word at o that opens a condition, the
// index where the condition's clause starts and whether the party of the
// condition must be an agent of a gerund or a possessor ("in return for
// Iran suspending", "in exchange for Syria's withdrawal"); start is -1 when
// no condition opens at o.
func conditionOpening(toks []token, o int) (start int, gerund bool) {
	next := func(k int, w string) bool { return k < len(toks) && toks[k].norm == w }
	switch toks[o].norm {
	case "if":
		if o > 0 && questionVerbs[toks[o-1].norm] {
			return -1, false // "asked if", "even if", "as if"
		}
		return o + 1, false
	case "provided", "providing":
		if next(o+1, "that") {
			return o + 2, false // not "provided aid to", nor "X, head of Y, provided records to"
		}
	case "condition":
		if o > 0 && (toks[o-1].norm == "on" || o > 1 && toks[o-2].norm == "on" && toks[o-1].norm == "the") && next(o+1, "that") {
			return o + 2, false
		}
	case "long":
		if o > 0 && (toks[o-1].norm == "as" || toks[o-1].norm == "so") && next(o+1, "as") {
			return o + 2, false
		}
	case "once":
		return o + 1, false // "once Israel withdraws"; "once again" names no party
	case "exchange", "return":
		if o > 0 && toks[o-1].norm == "in" && next(o+1, "for") {
			return o + 2, true
		}
	}
	return -1, false
}

// conditionalOffers reads the offers of this file in the sentence: at each
// condition naming a party, the act offered is the first cooperative act
// after the nearest modal or word of readiness before the condition, in
// the same clause; its subject offers it to the party.
func (a *article) conditionalOffers(s sentence, v *sentenceView) []*candidate {
	var out []*candidate
	toks := v.toks
	for o := range toks {
		m, party := offerAt(v, o)
		if party == nil {
			continue
		}
		c := &candidate{typ: graph.Agree, rule: "frame:conditional-offer", trigger: m}
		subject := m + 1
		if readinessWords[toks[m].norm] {
			subject = m
		}
		actor, _ := a.verbArguments(v, subject, &offerRule, c)
		if actor == nil || actor == party || actor.Kind == graph.Location {
			continue
		}
		if k := sayingBefore(toks, m); k >= 0 {
			c.trigger = k // the offer is made when it is said: "Rice on Wednesday announced that"
		}
		c.actors, c.targets = []*graph.Entity{actor}, []*graph.Entity{party}
		if !a.framed(c, s) {
			continue
		}
		c.status, c.confidence = graph.Reported, offerConfidence
		out = append(out, c)
	}
	return out
}

// requestParticiples ask for what is offered when a condition is put in
// the passive: "if asked by", "if called upon by".
var requestParticiples = map[string]bool{"asked": true, "requested": true, "invited": true, "called": true, "approached": true}

// requestingAgent returns where the agent starts in a condition at k that
// is a request in the passive ("if requested by either the Timorese
// government", "if called upon by Liberia"), or -1.
func requestingAgent(toks []token, k int) int {
	if k < len(toks) && (toks[k].norm == "formally" || toks[k].norm == "officially") {
		k++
	}
	if k >= len(toks) || !requestParticiples[toks[k].norm] {
		return -1
	}
	k++
	if k < len(toks) && toks[k].norm == "upon" || k < len(toks) && toks[k].norm == "on" {
		k++
	}
	if k+1 >= len(toks) || toks[k].norm != "by" {
		return -1
	}
	k++
	for k < len(toks) && (toks[k].norm == "either" || toks[k].norm == "the" || toks[k].norm == "a") {
		k++
	}
	return k
}

// offerAt returns, for a condition opening at o, the modal or word of
// readiness m of the offer made on it and the party the offer is made to,
// or a nil party: the condition follows the offer ("would join talks if
// Iran suspends") or opens the sentence ("If Hamas halts its attacks,
// Israel will release").
func offerAt(v *sentenceView, o int) (m int, party *graph.Entity) {
	toks := v.toks
	start, gerund := conditionOpening(toks, o)
	if start < 0 || start >= len(toks) {
		return -1, nil
	}
	m = offerModal(toks, o)
	if m >= 0 && !offeredActBetween(v, m, o) {
		m = -1
	}
	if m < 0 {
		m = offerAfterCondition(v, o)
	}
	if m < 0 {
		return -1, nil
	}
	party = conditionParty(v, start, gerund)
	if party == nil && m < o {
		party = pronounParty(v, start, m, o)
	}
	return m, party
}

// pronounParty returns the person "he" or "she" opening the condition at
// k stands for: the one the offer names, between its modal at m and the
// condition at o ("would endorse Kerry Healey if she runs", "open to
// negotiation with Tenzin Gyatso if he recognises"), or nil. "It" and
// "they" as often stand for the offer's own subject ("rebels will
// surrender if they are indicted") and are left alone.
func pronounParty(v *sentenceView, k, m, o int) *graph.Entity {
	if w := v.toks[k].norm; w != "he" && w != "she" {
		return nil
	}
	var party *graph.Entity
	for _, mt := range v.ms {
		if mt.first > m && mt.last < o && usable(mt) && mt.ent.Kind == graph.Person {
			party = mt.ent
		}
	}
	return party
}

// conditionParty returns the party named first in the condition starting
// at k ("if Iran suspends", "provided that the Palestinian Authority
// halts"), or nil: a place is none, and where gerund is set the party must
// do the act the gerund or its possessive names ("in return for Iran
// suspending", "in exchange for Syria's withdrawal").
func conditionParty(v *sentenceView, k int, gerund bool) *graph.Entity {
	if k < len(v.toks) && v.toks[k].norm == "the" {
		k++
	}
	if k >= len(v.toks) {
		return nil
	}
	if by := requestingAgent(v.toks, k); by > 0 && by < len(v.toks) {
		k = by // "if requested by the East Timorese government"
	}
	n := v.at[k]
	if n < 0 || v.ms[n].first != k || !usable(v.ms[n]) || v.ms[n].ent.Kind == graph.Location {
		return nil
	}
	if gerund {
		l := v.ms[n].last
		if !v.toks[l].poss && (l+1 >= len(v.toks) || !strings.HasSuffix(v.toks[l+1].norm, "ing")) {
			return nil // "in return for Iranian oil": goods, not a party's act
		}
	}
	return v.ms[n].ent
}

// offerAfterCondition returns the modal of an offer that follows the
// condition at o which opens its clause: "If Hamas halts its attacks,
// Israel will release the prisoners", `"If they disarm, we would hold
// talks," X said`; or -1.
func offerAfterCondition(v *sentenceView, o int) int {
	toks := v.toks
	if toks[o].norm != "if" || o > 0 && !toks[o-1].punct && toks[o-1].norm != "that" {
		return -1
	}
	comma := -1
	for k := o + 1; k < len(toks) && k <= o+maxArgGap; k++ {
		if toks[k].text == "," {
			comma = k
			break
		}
		if clauseBreak(toks[k]) || toks[k].text == "." {
			return -1
		}
	}
	if comma < 0 {
		return -1
	}
	for k := comma + 1; k < len(toks) && k <= comma+5; k++ {
		w := toks[k]
		if w.punct || clauseBreak(w) {
			return -1
		}
		if !offerModals[w.norm] && !readinessAt(toks, k) {
			continue
		}
		if !offeringModal(toks, k) {
			return -1
		}
		end := min(len(toks), k+8)
		for j := k + 1; j < end; j++ {
			if toks[j].punct || clauseBreak(toks[j]) {
				end = j
			}
		}
		if offeredActBetween(v, k, end) {
			return k
		}
		return -1
	}
	return -1
}

// offerModal returns the nearest modal or word of readiness before the
// condition at o in its clause, or -1: none, a negated one ("would not
// negotiate as long as"), or a past one ("would have withdrawn if"), which
// offers nothing.
func offerModal(toks []token, o int) int {
	for k := o - 1; k >= 0 && k >= o-maxArgGap; k-- {
		w := toks[k]
		if clauseBreak(w) || w.text == "." || isQuoteMark(w) {
			return -1
		}
		switch {
		case offerModals[w.norm]:
		case readinessAt(toks, k):
		default:
			continue
		}
		if !offeringModal(toks, k) {
			return -1
		}
		return k
	}
	return -1
}

// offeringModal reports whether the modal or word of readiness at m can
// carry an offer: not negated ("would not negotiate as long as", "is not
// ready to"), not past ("would have withdrawn if"), and where "be"
// follows a modal, a word of readiness after it ("would be willing to",
// not "would be hard to accept").
func offeringModal(toks []token, m int) bool {
	if m > 0 && negations[toks[m-1].norm] {
		return false
	}
	if m+1 >= len(toks) {
		return false
	}
	switch w := toks[m+1].norm; {
	case negations[w] || w == "have":
		return false
	case w == "be" && offerModals[toks[m].norm]:
		return m+2 < len(toks) && readinessWords[toks[m+2].norm]
	}
	return true
}

// dealingVerbs are verbs of giving and dealing the lexicon reads only with
// an object it knows ("sell fighters", "provide aid"), which offer on
// their own when a modal or word of readiness governs them: "would be
// willing to sell F-18 fighters to India if India wanted them".
var dealingVerbs = map[string]bool{
	"sell": true, "provide": true, "give": true, "help": true, "assist": true, "discuss": true,
	"share": true, "supply": true, "grant": true, "reopen": true, "rejoin": true, "return": true, "hand": true,
}

// offeredActBetween reports a cooperative act after the modal at m and
// before the condition at o: a lexicon trigger whose rule matches there,
// of an offered type, no resignation ("would resign if convicted" offers
// nothing to anyone), or else an offer verb the modal governs. The first
// trigger decides: "would send troops to fight" threatens.
func offeredActBetween(v *sentenceView, m, o int) bool {
	toks := v.toks
	for k := m + 1; k < o; k++ {
		if negations[toks[k].norm] {
			return false // "would be prepared to consider not renewing"
		}
		tr := triggers[toks[k].norm]
		if tr == nil || toks[k].hyphen || toks[k-1].hyphen {
			continue // "anti-ship missiles": no shipping
		}
		for _, r := range tr.rules {
			if !r.matches(toks, k) {
				continue
			}
			return offeredTypes[r.typ] && !resignationVerbRules[r.name]
		}
	}
	k := governedVerb(toks, m)
	return k < o && dealingVerbs[toks[k].norm]
}

// governedVerb returns the verb the modal or word of readiness at m
// governs: "would sell", "would be willing to sell", "is ready to sell".
func governedVerb(toks []token, m int) int {
	k := m + 1
	if k < len(toks) && toks[k].norm == "only" {
		k++
	}
	if k+1 < len(toks) && toks[k].norm == "be" && readinessWords[toks[k+1].norm] {
		k++
	}
	if k < len(toks) && readinessWords[toks[k].norm] {
		k++
	}
	if k < len(toks) && toks[k].norm == "to" {
		k++
	}
	return min(k, len(toks)-1)
}

// sayingBefore returns a verb of saying a few words before the modal at m
// whose statement the offer is ("announced that it would"), or -1.
func sayingBefore(toks []token, m int) int {
	for k := m - 1; k >= 0 && k >= m-6; k-- {
		if speechAt(toks, k) {
			return k
		}
		if toks[k].punct && toks[k].text != "," {
			return -1
		}
	}
	return -1
}

// conditionedStatus makes an act stated inside a condition that "provided
// that", "on condition that" or "as long as" opens supposed, as
// supposedStatus does after "if": "aid will resume provided that Hamas
// recognises Israel" states no recognition. A denial stays a denial.
func conditionedStatus(toks []token, t int, status graph.Status) graph.Status {
	if status == graph.Denied || status == graph.Speculated {
		return status
	}
	for o := t - 1; o >= 0 && o >= t-conditionalReach; o-- {
		if clauseBreak(toks[o]) || toks[o].text == "," || toks[o].text == "." {
			return status
		}
		switch toks[o].norm {
		case "provided", "providing", "condition", "long":
		default:
			continue
		}
		if start, _ := conditionOpening(toks, o); start > 0 && start <= t {
			return graph.Speculated
		}
	}
	return status
}
