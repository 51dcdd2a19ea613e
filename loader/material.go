package loader

import (
	"slices"

	"github.com/geokg/geokg/graph"
)

// Material acts of states told without their doer in the verb's subject:
// torture stated in the passive with the place it happened ("he was
// tortured in Syria", "flown to Egypt, where he says he was tortured"),
// and house arrest told as a state someone is in ("has been under house
// arrest since 2003") or a term someone extends ("the junta extended her
// house arrest"). As with the custody of implicit.go, only a state's
// agents hold people in their homes or torture them in its prisons, so
// the country where it happens is the doer.

// tortureParticiples are the passive forms of torture.
var tortureParticiples = map[string]bool{"tortured": true}

// tortureFrames reads "X was tortured in COUNTRY" and "COUNTRY, where X
// (says he) was tortured": ASSAULT/torture by the state on X. A passive
// with "by" names its doer and is left to the verb rules.
func (a *article) tortureFrames(s sentence, v *sentenceView) []*candidate {
	var out []*candidate
	toks := v.toks
	for t, tok := range toks {
		if !tok.is(classTortureParticiple) || t == 0 || v.at[t] >= 0 {
			continue
		}
		j := t - 1
		for j > 0 && custodyAdverbs[toks[j].norm] {
			j--
		}
		if !beForms[toks[j].norm] || agentNamed(toks, t) {
			continue
		}
		state := a.custodyState(v, t, "arrest")
		if state == nil {
			state = v.whereAntecedentState(j)
		}
		if state == nil {
			continue
		}
		patient := a.custodyPatient(v, j)
		if patient == nil || patient == state {
			continue
		}
		c := &candidate{typ: graph.Assault, mode: "torture", rule: "verb:torture-in-state", confidence: 0.55, sent: s, trigger: t}
		if !a.setParties(c, []*graph.Entity{state}, []*graph.Entity{patient}) {
			continue
		}
		c.status = frameStatus(toks, t, true)
		if c.status == graph.Reported && victimClaim(toks, j) {
			c.status = graph.Speculated
		}
		out = append(out, c)
	}
	return out
}

// victimClaim reports a verb of saying or claiming right before the
// passive's subject that ends at j: "he says he was tortured", "Mohamed
// claims he was tortured". Torture told in the victim's words is his
// allegation.
func victimClaim(toks []token, j int) bool {
	for k := j - 1; k >= 0 && k >= j-4; k-- {
		if w := toks[k].norm; claimVerbs[w] || w == "says" || w == "said" || w == "say" || w == "told" {
			return true
		}
		if toks[k].punct {
			return false
		}
	}
	return false
}

// whereAntecedentState returns the country a "where" clause ending at j
// hangs on: "taken to Egypt, where he says he was", "sent to Syria where
// he was". The clause may hold a speaker's verb before the passive's
// subject. nil where no such clause or no country leads it.
func (v *sentenceView) whereAntecedentState(j int) *graph.Entity {
	toks := v.toks
	for k := j - 1; k >= 1 && k >= j-6; k-- {
		if toks[k].punct && toks[k].text != "," || clauseBreak(toks[k]) && toks[k].norm != "where" {
			return nil
		}
		if toks[k].norm != "where" {
			continue
		}
		p := k - 1
		if toks[p].text == "," {
			p--
		}
		if p < 0 {
			return nil
		}
		if n := v.at[p]; n >= 0 && v.ms[n].ent.Kind == graph.Country && v.ms[n].form != formDemonym {
			return v.ms[n].ent
		}
		return nil
	}
	return nil
}

// houseArrestFrames reads house arrest: "X has been under house arrest
// since 2003", "X remains under house arrest in Y" (the state holding X:
// the place named, else the speaker's state, else X's own), and "the
// junta extended X's house arrest", "kept X under house arrest" (the
// subject holds X, as the verb rules read it; here the possessor is
// made the target).
func (a *article) houseArrestFrames(s sentence, v *sentenceView) []*candidate {
	var out []*candidate
	toks := v.toks
	for t := 1; t+1 < len(toks); t++ {
		if toks[t].norm != "house" || toks[t+1].norm != "arrest" || v.at[t] >= 0 {
			continue
		}
		if c := a.heldUnderHouseArrest(v, t); c != nil {
			c.sent = s
			out = append(out, c)
			continue
		}
		if toks[t-1].norm != "under" {
			continue // "house arrest powers", "include house arrest": no one held
		}
		j := t - 2
		if j >= 0 && (toks[j].norm == "held" || toks[j].norm == "kept" || toks[j].norm == "remains" || toks[j].norm == "remained") {
			j--
		}
		for j >= 0 && custodyAdverbs[toks[j].norm] {
			j--
		}
		if j < 0 || !beForms[toks[j].norm] && toks[j].norm != "remains" && toks[j].norm != "remained" {
			continue // "placed X under house arrest": the verb rules read it
		}
		patient := a.custodyPatient(v, j)
		if patient == nil || patient.Kind != graph.Person {
			continue
		}
		state := a.custodyState(v, t+1, "arrest")
		if state == nil {
			state = v.sayerState(j)
		}
		if state == nil {
			state = a.homeState(patient)
		}
		if state == nil {
			state = v.nationalityBefore(patient)
		}
		if state == nil {
			continue
		}
		c := &candidate{typ: graph.Coerce, mode: "arrest", rule: "verb:under-house-arrest", confidence: 0.55, sent: s, trigger: t + 1}
		c.actors = []*graph.Entity{state}
		c.targets = []*graph.Entity{patient}
		c.status = frameStatus(toks, t+1, true)
		c.location = v.eventLocation(t+1, c)
		out = append(out, c)
	}
	return out
}

// houseArrestVerbs put, keep or prolong someone in house arrest: "placed
// X under house arrest", "extended X's house arrest".
var houseArrestVerbs = map[string]bool{
	"placed": true, "put": true, "kept": true, "keeps": true, "keep": true, "held": true, "holds": true,
	"extended": true, "extends": true, "extend": true, "prolonged": true, "renewed": true, "extending": true,
}

// heldUnderHouseArrest reads the active frame whose "house" is at t: a
// verb of houseArrestVerbs, a person as its object ("X under", "X's"), and
// "house arrest". The verb's subject, a state or a body of one, holds
// the person: "the junta extended Suu Kyi's house arrest", "Pakistan
// placed Khan under house arrest". nil where the frame or the holder is
// missing.
func (a *article) heldUnderHouseArrest(v *sentenceView, t int) *candidate {
	toks := v.toks
	k := t - 1
	if toks[k].norm == "under" {
		k--
	}
	if k < 1 {
		return nil
	}
	n := v.at[k]
	if n < 0 || v.ms[n].ent.Kind != graph.Person {
		return nil
	}
	m := v.ms[n]
	if (toks[t-1].norm == "under") == toks[m.last].poss {
		return nil // "X under house arrest" or "X's house arrest"
	}
	verb := m.first - 1
	if verb < 1 || !houseArrestVerbs[toks[verb].norm] {
		return nil
	}
	holder := a.subjectBefore(v, verb-1)
	if holder == nil || holder.Kind == graph.Person && a.stateOf(holder) == nil {
		holder = stateBody(v, verb-1)
	}
	if holder == nil || holder == m.ent {
		return nil
	}
	c := &candidate{typ: graph.Coerce, mode: "arrest", rule: "verb:house-arrest-holder", confidence: 0.6, trigger: t + 1}
	if !a.setParties(c, []*graph.Entity{holder}, []*graph.Entity{m.ent}) {
		return nil
	}
	c.status = frameStatus(toks, verb, true)
	return c
}

// homeState returns the country a person belongs to, where the article
// says it.
func (a *article) homeState(e *graph.Entity) *graph.Entity {
	if e == nil || e.Country == "" {
		return nil
	}
	if c, ok := a.entities[e.Country]; ok && c.Kind == graph.Country {
		return c
	}
	return nil
}

// nationalityBefore returns the country named among the words before the
// person's name in this sentence: "Pakistani nuclear scientist Abdul
// Qadeer Khan", "Burmese opposition leader Aung San Suu Kyi". nil where
// none stands within a short title.
func (v *sentenceView) nationalityBefore(p *graph.Entity) *graph.Entity {
	for _, m := range v.ms {
		if m.ent != p {
			continue
		}
		for k := m.first - 1; k >= 0 && k >= m.first-4; k-- {
			if n := v.at[k]; n >= 0 {
				if e := v.ms[n].ent; e.Kind == graph.Country && v.ms[n].last == k {
					return e
				}
				return nil
			}
			if v.toks[k].punct || !isTitleWord(v.toks[k].norm) && !v.toks[k].upper && titles[v.toks[k].norm] == "" && !roleNouns[v.toks[k].norm] && !titleModifiers[v.toks[k].norm] {
				return nil
			}
		}
		return nil
	}
	return nil
}

// titleModifiers stand with role nouns (rolenouns.go) between a
// nationality and a name: "Pakistani nuclear scientist Abdul Qadeer Khan",
// "Burmese opposition leader Aung San Suu Kyi".
var titleModifiers = map[string]bool{
	"nuclear": true, "opposition": true, "democracy": true, "pro-democracy": true, "former": true,
}

// materialFrames gathers the frames of this file.
func (a *article) materialFrames(s sentence, v *sentenceView) []*candidate {
	return slices.Concat(a.tortureFrames(s, v), a.houseArrestFrames(s, v))
}
