package loader

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// Trials that an extradition or an order is for. News gives the trial a
// state seeks as the purpose of handing someone over: "extradite X to
// Spain to face charges", "the extradition of X to stand trial in
// London", "a judge ordered X to stand trial". The state where the trial
// is to be held (or the state X is sent to) means to try X: ACCUSE, mode
// trial, planned, beside whatever the extradition itself is read as.
// faceTrial (verbal.go) leaves "to face trial" alone because its subject
// is not the accused; here the accused is the object of the handing over.

// trialPurposeVerbs hand someone over, or order him, to face a trial.
var trialPurposeVerbs = map[string]bool{
	"extradite": true, "extradites": true, "extradited": true, "extraditing": true, "extradition": true,
	"ordered": true, "orders": true, "order": true, "sent": true, "send": true, "returned": true, "return": true,
	"handed": true, "hand": true, "transferred": true, "transfer": true, "deported": true, "deport": true,
}

// trialPurposeNegations before the handing over leave the trial unsought:
// "will not extradite the men to face charges".
var trialPurposeNegations = map[string]bool{"not": true, "never": true, "refused": true, "refuses": true, "no": true}

// trialPurposes reads "extradite X to Y to face trial": Y means to try X.
func (a *article) trialPurposes(s sentence, v *sentenceView) []*candidate {
	var out []*candidate
	toks := v.toks
	for k, tok := range toks {
		if !tok.gates(gateTrial) || !trialNouns[tok.norm] {
			continue
		}
		f := k - 1
		for f >= 0 && f >= k-3 && (toks[f].norm == "a" || (!toks[f].punct && !toks[f].upper && v.at[f] < 0 && !facingVerbs[toks[f].norm] && !facingObjectStops[toks[f].norm])) {
			f-- // "to face murder charges", "to stand a jury trial"
		}
		if f < 1 || (toks[f].norm != "face" && toks[f].norm != "stand") || toks[f-1].norm != "to" {
			continue
		}
		verb, dest := -1, (*graph.Entity)(nil)
		for j := f - 2; j >= 0 && j >= f-14; j-- {
			if clauseBreak(toks[j]) || toks[j].text == "." {
				break
			}
			if trialPurposeVerbs[toks[j].norm] {
				verb = j
				break
			}
			if n := v.at[j]; n >= 0 && j >= 1 && toks[j-1].norm == "to" && v.ms[n].first == j && (v.ms[n].ent.Kind == graph.Country || v.ms[n].ent.Kind == graph.Location) {
				dest = a.countryOf(v.ms[n].ent) // "extradited to Spain to face"
			}
		}
		if verb < 0 || trialPurposeDenied(toks, verb) {
			continue
		}
		state := a.trialVenue(v, k+1)
		if state == nil {
			state = dest
		}
		if state == nil {
			state = a.orderingCourt(v, verb) // "an Italian judge ordered X to stand trial"
		}
		if state == nil {
			continue
		}
		accused := a.trialPurposeAccused(v, verb, f-1)
		if accused == nil || accused == state || accused.Kind == graph.Location {
			continue
		}
		c := &candidate{typ: graph.Accuse, mode: "trial", rule: "verb:trial-purpose", confidence: 0.55, sent: s, trigger: f}
		c.actors = []*graph.Entity{state}
		c.targets = a.withStates([]*graph.Entity{accused}, c.actors)
		c.status = graph.Planned
		c.location = v.eventLocation(k, c)
		out = append(out, c)
	}
	return out
}

// trialPurposeDenied reports a negation or refusal among the few words
// before the handing-over verb at verb.
func trialPurposeDenied(toks []token, verb int) bool {
	for j := verb - 1; j >= 0 && j >= verb-4; j-- {
		if trialPurposeNegations[toks[j].norm] {
			return true
		}
		if toks[j].punct {
			return false
		}
	}
	return false
}

// trialPurposeAccused returns whom the verb at verb hands over, before the
// "to" of the purpose at to: its object ("extradite Charles Taylor",
// "the extradition of Mr Lugovoi", "ordered 26 Americans"), or the
// passive's subject ("the three will be extradited").
func (a *article) trialPurposeAccused(v *sentenceView, verb, to int) *graph.Entity {
	for j := verb + 1; j < to; j++ {
		n := v.at[j]
		if n < 0 {
			continue
		}
		if j >= 1 && v.toks[j-1].norm == "to" {
			return nil // "extradited to Spain": the destination came first; the accused is the subject
		}
		m := v.ms[n]
		if usable(m) && !m.place && (m.ent.Kind == graph.Person || m.ent.Kind == graph.Organization) {
			return m.ent
		}
		if m.ent.Kind == graph.Country && m.form == formDemonym && m.last == j && (j+1 >= len(v.toks) || !v.toks[j+1].upper) {
			return m.ent // "ordered 26 Americans to stand trial": people by their nationality
		}
		return nil
	}
	if verb >= 1 && beForms[v.toks[verb-1].norm] {
		return a.accusedBefore(v, verb-1)
	}
	return nil
}

// facingObjectStops end the words before a trial noun: what follows them
// is no modifier of the charges ("to face the death penalty on charges").
var facingObjectStops = map[string]bool{"the": true, "of": true, "on": true, "in": true, "for": true, "to": true, "and": true, "or": true, "with": true, "up": true}

// orderingCourt returns the state of the court or judge that orders a
// trial at verb, named by its nationality or seat: "an Italian judge
// ordered", "a Milan court has ordered". Else nil.
func (a *article) orderingCourt(v *sentenceView, verb int) *graph.Entity {
	toks := v.toks
	if !strings.HasPrefix(toks[verb].norm, "order") {
		return nil
	}
	j := skipTimeAdverbs(toks, verb-1)
	for j >= 0 && auxiliaries[toks[j].norm] {
		j--
	}
	if j < 1 || !verdictCourtNouns[toks[j].norm] {
		return nil
	}
	for i := j - 1; i >= 0 && i >= j-3; i-- {
		if n := v.at[i]; n >= 0 {
			if e := v.ms[n].ent; v.ms[n].last == i && (e.Kind == graph.Country || e.Kind == graph.Location) {
				return a.countryOf(e)
			}
			return nil
		}
		if !courtHeadWords[toks[i].norm] {
			return nil
		}
	}
	return nil
}
