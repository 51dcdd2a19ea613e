package loader

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// Custody the story's state does. News tells an arrest in a passive with
// neither doer nor place where the article has already said whose
// country it is about: "Tsvangirai was detained for several hours",
// "Mr Ortega was arrested in March 2005". Only a state's authorities
// arrest, jail or deport people (implicit.go), and the story's dominant
// country is the one whose authorities it reports on. The reading is
// kept narrow, because a wrong story state or a wrong patient is worse
// than no event:
//   - the patient is named (a person or body): pronouns reach back to the
//     wrong person too often, and people known by nationality are mostly
//     the story state's own ("three British soldiers were jailed" in a
//     story about Iraq was a British court-martial);
//   - the passive is plainly told: no modal, infinitive or negation
//     ("called for X to be jailed", "should never have been arrested",
//     "if he were deported" state no arrest, or not this way);
//   - the clause names no place or state after the verb: "arrested that
//     year in London", "while travelling in Egypt" put the arrest in
//     another state than the story's.

// storyCustodyParticiples are the custody participles read so (a
// sentence is a court's, the state's): "held"
// is also said of meetings and "expelled" of parties' members.
var storyCustodyParticiples = map[string]bool{"arrested": true, "detained": true, "jailed": true, "imprisoned": true, "deported": true, "sentenced": true, "banned": true, "outlawed": true}

// storyCustodyHedges among a passive's auxiliaries make it no plain
// statement of an arrest.
var storyCustodyHedges = map[string]bool{
	"be": true, "to": true, "not": true, "never": true, "will": true, "would": true, "shall": true, "should": true,
	"can": true, "could": true, "may": true, "might": true, "must": true, "being": true, "if": true,
}

// storyCustodyState returns the story's state as the doer of the
// agentless passive of custody at t whose auxiliaries end at j, or nil.
func (a *article) storyCustodyState(v *sentenceView, t, j int) *graph.Entity {
	toks := v.toks
	if !storyCustodyParticiples[toks[t].norm] {
		return nil
	}
	for k := j; k >= 0 && k >= j-4; k-- {
		w := toks[k].norm
		if storyCustodyHedges[w] {
			return nil
		}
		if !auxiliaries[w] && !beForms[w] && !custodyAdverbs[w] {
			break
		}
	}
	for k := t + 1; k < len(toks); k++ {
		if toks[k].punct || clauseBreak(toks[k]) {
			break
		}
		if n := v.at[k]; n >= 0 && (v.ms[n].ent.Kind == graph.Country || v.ms[n].ent.Kind == graph.Location) {
			return nil
		}
	}
	return a.dominantCountry()
}

// storyCustodyPatient reports whether the subject of the passive whose
// auxiliaries end at j is a name fit for a story-state arrest: a person
// or body named, not a pronoun and not people by their nationality.
func storyCustodyPatient(v *sentenceView, j int, patient *graph.Entity) bool {
	toks := v.toks
	for j >= 0 && (auxiliaries[toks[j].norm] || beForms[toks[j].norm] || custodyAdverbs[toks[j].norm]) {
		j--
	}
	if j < 0 || toks[j].norm == "he" || toks[j].norm == "she" || toks[j].norm == "who" {
		return false
	}
	return patient != nil && (patient.Kind == graph.Person || patient.Kind == graph.Organization)
}

// storyCustodyCrowds name people arrested in numbers without a name:
// "129 people were detained", "protesters were arrested". ANNOTATION.md
// takes such arrests as the state's with no target ("3,000 people were
// detained for questioning": Egypt).
var storyCustodyCrowds = map[string]bool{
	"people": true, "persons": true, "protesters": true, "protestors": true, "demonstrators": true, "suspects": true,
	"activists": true, "dissidents": true, "students": true, "journalists": true, "monks": true, "supporters": true,
	"rioters": true, "marchers": true, "opponents": true, "critics": true, "others": true, "men": true, "women": true,
	"youths": true, "members": true, "leaders": true,
}

// storyCustodyNone before a crowd noun says nobody was arrested.
var storyCustodyNone = map[string]bool{"no": true, "none": true, "not": true, "neither": true}

// crowdCustodyFrames finds agentless arrests of unnamed people: the
// state named where it happens ("in Lagos"), the state that reports it,
// or else the story's state arrests them, with no target. People named
// by a nationality or by anything else in their phrase ("two British
// journalists", "members of Hamas") are implicitFrames' or nobody's.
func (a *article) crowdCustodyFrames(s sentence, v *sentenceView) []*candidate {
	var out []*candidate
	toks := v.toks
	for t, tok := range toks {
		if t == 0 || !tok.gates(gateCustody) || v.at[t] >= 0 || tok.hyphen || tok.norm == "banned" || tok.norm == "outlawed" {
			continue
		}
		j := t - 1
		for j > 0 && (strings.HasSuffix(toks[j].norm, "ly") || custodyAdverbs[toks[j].norm]) && !beForms[toks[j].norm] {
			j--
		}
		if !beForms[toks[j].norm] || agentNamed(toks, t) {
			continue
		}
		k := j
		for k >= 0 && (auxiliaries[toks[k].norm] || beForms[toks[k].norm] || custodyAdverbs[toks[k].norm]) {
			k--
		}
		if k < 0 || !storyCustodyCrowds[toks[k].norm] || k+1 < len(toks) && toks[k+1].norm == "who" {
			continue
		}
		named := false
		for i := k - 1; i >= 0 && i >= k-4 && !toks[i].punct; i-- {
			if v.at[i] >= 0 || storyCustodyNone[toks[i].norm] {
				named = true // "two British journalists", "Hamas supporters", "no suspects"
			}
		}
		if named {
			continue
		}
		mode := custodyParticiples[tok.norm]
		state := a.custodyState(v, t, mode)
		if state == nil {
			state = v.sayerState(j)
		}
		if state == nil {
			state = a.storyCustodyState(v, t, j)
		}
		if state == nil {
			continue
		}
		c := &candidate{typ: graph.Coerce, mode: mode, rule: "verb:crowd-custody", confidence: 0.5, sent: s, trigger: t}
		c.actors = []*graph.Entity{state}
		c.status = frameStatus(toks, t, true)
		c.location = v.eventLocation(t, c)
		out = append(out, c)
	}
	return out
}

// amongArrested finds a named person or body counted among people held:
// "Ellsberg was among those arrested", "Among those detained were three
// members of Amnesty International". The arrest's state is found as for a
// passive: where it happened, who reports it, or the story's state.
func (a *article) amongArrested(s sentence, v *sentenceView) []*candidate {
	var out []*candidate
	toks := v.toks
	for i, tok := range toks {
		if tok.norm != "among" || i+2 >= len(toks) {
			continue
		}
		t := i + 2
		if toks[i+1].norm == "the" && i+3 < len(toks) && toks[i+2].norm == "others" {
			t = i + 3
		} else if toks[i+1].norm != "those" && toks[i+1].norm != "others" {
			continue
		}
		if t >= len(toks) || !storyCustodyParticiples[toks[t].norm] || toks[t].norm == "banned" || toks[t].norm == "outlawed" {
			continue
		}
		var patient *graph.Entity
		switch {
		case i >= 1 && beForms[toks[i-1].norm]:
			patient = a.custodyPatient(v, i-1) // "Ellsberg was among those arrested"
			if !storyCustodyPatient(v, i-1, patient) {
				continue
			}
		case (i == 0 || toks[i-1].punct) && t+2 < len(toks) && beForms[toks[t+1].norm]:
			// "Among those arrested was activist Cindy Sheehan": the first
			// name after the verb, a person or body.
			for k := t + 2; k < len(toks) && k <= t+5 && !toks[k].punct; k++ {
				if n := v.at[k]; n >= 0 {
					if e := v.ms[n].ent; e.Kind == graph.Person || e.Kind == graph.Organization && usable(v.ms[n]) {
						patient = e
					}
					break
				}
			}
		}
		if patient == nil {
			continue
		}
		mode := custodyParticiples[toks[t].norm]
		state := a.custodyState(v, t, mode)
		if state == nil && i >= 1 {
			state = v.sayerState(i - 1)
		}
		if state == nil {
			state = a.storyCustodyState(v, t, i-1)
		}
		if state == nil || state == patient {
			continue
		}
		c := &candidate{typ: graph.Coerce, mode: mode, rule: "verb:among-arrested", confidence: 0.5, sent: s, trigger: t}
		c.actors = []*graph.Entity{state}
		c.targets = []*graph.Entity{patient}
		c.status = frameStatus(toks, t, true)
		c.location = v.eventLocation(t, c)
		out = append(out, c)
	}
	return out
}
