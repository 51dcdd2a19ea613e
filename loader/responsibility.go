package loader

import (
	"slices"

	"github.com/geokg/geokg/graph"
)

// This file reads claims of responsibility, where the doer of an act of
// force is named not as the subject of a verb of force but as the party
// owning the act:
//   - "Hamas claimed responsibility for the bombing of an Israeli bus";
//   - "the bombing, for which Hamas claimed responsibility";
//   - "the attacks on Turkish resorts were claimed by the TAK".
//
// The claimer is the attacker (ASSAULT). The target is whom the act named
// after "for" (or as the passive's subject) befell: "the attack on the
// German embassy", "kidnapping an Italian reporter". Where the act is
// only referred to ("claimed responsibility for the attack"), the target
// is that of the attack the article reported just before, if it gave one.

// responsibilityClaimVerbs are the forms of "claim" that take "responsibility".
var responsibilityClaimVerbs = map[string]bool{"claim": true, "claims": true, "claimed": true, "claiming": true}

// responsibilityRule stands for "claimed responsibility" when its subject
// is read with verbArguments: armed men of no named group claim nothing
// an analyst can use.
var responsibilityRule = eventRule{name: "claim-responsibility", typ: graph.Assault}

// responsibilityClaims reads the frames of this file in the sentence.
func (a *article) responsibilityClaims(s sentence, v *sentenceView) []*candidate {
	var out []*candidate
	toks := v.toks
	for t, tok := range toks {
		if v.at[t] >= 0 || t+1 >= len(toks) {
			continue
		}
		var c *candidate
		switch {
		case tok.is(classResponsibilityClaimVerb) && toks[t+1].norm == "responsibility":
			c = a.claimedResponsibility(v, t)
		case tok.is(classActAttributingVerb) && t > 0 && beForms[toks[t-1].norm]:
			c = a.attributedAct(v, t)
		}
		if c == nil || len(c.actors) == 0 {
			continue
		}
		c.sent, c.trigger = s, t
		c.confidence = 0.6
		if c.status == "" {
			c.status = graph.Reported
		}
		if len(c.targets) > 0 {
			if !a.setParties(c, c.actors, c.targets) {
				continue
			}
		} else {
			c.actors, c.optionalTarget = a.withStates(c.actors, nil), true
		}
		out = append(out, c)
	}
	return out
}

// claimedResponsibility reads "X claimed responsibility for the attack on
// Y" and "the attack on Y, for which X claimed responsibility". A negated
// or pending claim ("no group has claimed responsibility", "has yet to
// claim responsibility") names no attacker.
func (a *article) claimedResponsibility(v *sentenceView, t int) *candidate {
	toks := v.toks
	for k := t - 1; k >= 0 && k >= t-6; k-- {
		if negations[toks[k].norm] || toks[k].norm == "yet" || toks[k].norm == "none" || toks[k].norm == "denied" || toks[k].norm == "denies" {
			return nil
		}
		if clauseBreak(toks[k]) {
			break
		}
	}
	c := &candidate{typ: graph.Assault, rule: "verb:claim-responsibility", trigger: t}
	verb := t
	if t > 0 && jointWords[toks[t-1].norm] {
		verb = t - 1 // "X and Y both claimed": the subject before "both"
	}
	actor, _ := a.verbArguments(v, verb, &responsibilityRule, c)
	if actor != nil && actor.Kind == graph.Country {
		// "Abdullah Azzam Brigades in Egypt has claimed": a state is named
		// beside the group, as where it works; states do not claim attacks.
		actor = groupBefore(v, t)
	}
	if actor == nil || actor.Kind == graph.Location {
		return nil
	}
	c.actors = coordinatedClaimers(v, t, actor)
	var act int
	switch {
	case t+3 < len(toks) && toks[t+2].norm == "for":
		act = t + 3 // "claimed responsibility for the attack on Y"
	case relativeFor(toks, t):
		act = actBefore(toks, v, t) // "the bombing, for which X claimed responsibility"
		c.rule += "-relative"
	default:
		return nil // "claimed responsibility" with no act named: what for is not said here
	}
	if act < 0 {
		return nil
	}
	c.targets = a.actTargets(v, act, actor)
	if len(c.targets) == 0 {
		c.targets = a.earlierAttackTargets(actor)
	}
	return c
}

// jointWords stand between coordinated subjects and their verb: "Hamas
// and Islamic Jihad both claimed".
var jointWords = map[string]bool{"both": true, "jointly": true, "each": true, "all": true}

// coordinatedClaimers returns the actor with the parties coordinated with
// it in the subject before the claim verb at t: "Hamas and Islamic Jihad
// have claimed responsibility" gives both.
func coordinatedClaimers(v *sentenceView, t int, actor *graph.Entity) []*graph.Entity {
	for n := len(v.ms) - 1; n >= 0; n-- {
		if v.ms[n].last >= t || v.ms[n].ent != actor {
			continue
		}
		var out []*graph.Entity
		for _, g := range v.coordinated(n) {
			if e := v.ms[g].ent; !slices.Contains(out, e) {
				out = append(out, e)
			}
		}
		if len(out) > 0 {
			return out
		}
		break
	}
	return []*graph.Entity{actor}
}

// groupBefore returns the organisation named last before the claim verb
// at t in its clause, or nil.
func groupBefore(v *sentenceView, t int) *graph.Entity {
	for n := len(v.ms) - 1; n >= 0; n-- {
		m := v.ms[n]
		if m.last >= t {
			continue
		}
		for k := m.last + 1; k < t; k++ {
			if clauseBreak(v.toks[k]) {
				return nil
			}
		}
		if usable(m) && m.ent.Kind == graph.Organization {
			return m.ent
		}
	}
	return nil
}

// actAttributingVerbs, passive after an act of force, have its doer as
// their agent: "the attacks were claimed by X", "the raid was carried out
// by X", "the bombing was blamed on X".
var actAttributingVerbs = map[string]bool{
	"claimed": true, "carried": true, "perpetrated": true, "committed": true, "conducted": true, "launched": true,
	"staged": true, "mounted": true, "executed": true, "masterminded": true, "orchestrated": true, "blamed": true,
}

// forceActNouns name an act of force that a passive can attribute to its
// doer.
var forceActNouns = map[string]bool{
	"killing": true, "killings": true, "assassination": true, "assassinations": true, "massacre": true, "massacres": true,
	"kidnapping": true, "kidnappings": true, "abduction": true, "abductions": true, "shooting": true, "shootings": true,
	"murder": true, "murders": true, "atrocities": true, "bombing": true, "bombings": true, "attack": true, "attacks": true,
}

// hedgeWords before an attribution make it a belief, not a report: "the
// attack is believed to have been carried out by X".
var hedgeWords = map[string]bool{
	"believed": true, "thought": true, "suspected": true, "allegedly": true, "reportedly": true, "may": true,
	"might": true, "could": true, "likely": true, "probably": true, "possibly": true, "apparently": true,
}

// attributedAct reads "the attacks on Y were claimed by X", "the raid was
// carried out by X" and "the bombing was blamed on X": the passive's
// subject must be an act of force, its agent attacked. Blame laid by an
// unnamed party, or a hedged attribution, leaves the attack speculated.
func (a *article) attributedAct(v *sentenceView, t int) *candidate {
	toks := v.toks
	agentPrep, k := "by", t+1
	switch toks[t].norm {
	case "carried":
		if toks[k].norm != "out" {
			return nil
		}
		k++
	case "blamed":
		agentPrep = "on"
	}
	if k >= len(toks) || toks[k].norm != agentPrep {
		return nil
	}
	n := v.afterPrep(k-1, []string{agentPrep})
	if n < 0 || v.ms[n].first > k+4 || !usable(v.ms[n]) || v.ms[n].ent.Kind == graph.Location {
		return nil
	}
	actor := v.ms[n].ent
	b := t - 1
	for b > 0 && (beForms[toks[b-1].norm] || auxiliaries[toks[b-1].norm] || toks[b-1].norm == "to" || hedgeWords[toks[b-1].norm]) {
		b-- // "is believed to have been carried out"
	}
	start := -1
	for j := b - 1; j >= 0 && j >= b-maxSubjectReach; j-- {
		if clauseBreak(toks[j]) || toks[j].punct && toks[j].text != "," && !toks[j].hyphen || subjectBounds[toks[j].norm] || clauseOpeners[toks[j].norm] || speechAt(toks, j) {
			break
		}
		start = j
	}
	if start < 0 {
		return nil
	}
	act := -1
	for j := start; j < b && j <= start+5; j++ {
		if forceActNouns[toks[j].norm] || attackHeads[toks[j].norm] {
			act = j
			break
		}
		if prepositions[toks[j].norm] || toks[j].punct || toks[j].norm == "to" {
			break // "covert operations to identify missile targets": the head is "operations"
		}
	}
	if act >= 0 {
		j := act + 1
		for j < b && (forceActNouns[toks[j].norm] || attackHeads[toks[j].norm]) {
			j++ // "the rocket attack"
		}
		if j < b && !prepositions[toks[j].norm] && !toks[j].punct {
			act = -1 // "missile potential targets": the noun only qualifies the head
		}
	}
	if act < 0 {
		return nil // "the towns claimed by the rebels": land, not an act
	}
	c := &candidate{typ: graph.Assault, rule: "verb:attributed-act", trigger: t, actors: []*graph.Entity{actor}}
	for j := start; j < t; j++ {
		if hedgeWords[toks[j].norm] {
			c.status = graph.Speculated
		}
	}
	if agentPrep == "on" {
		c.status = graph.Speculated
	}
	c.targets = a.actTargets(v, act, actor)
	if len(c.targets) == 0 {
		c.targets = a.earlierAttackTargets(actor)
	}
	return c
}

// relativeFor reports "for which" (or "for whom") right before the claim's
// subject: "the bombing, for which al-Qaeda claimed responsibility".
func relativeFor(toks []token, t int) bool {
	for k := t - 1; k >= 1 && k >= t-8; k-- {
		if toks[k].norm == "which" && toks[k-1].norm == "for" {
			return true
		}
		if clauseBreak(toks[k]) || toks[k].punct && toks[k].text != "," && !toks[k].hyphen {
			return false
		}
	}
	return false
}

// actBefore returns the first token of the noun phrase naming the act a
// "for which" clause at t follows, or -1: the phrase is read back from the
// relative pronoun to its determiner or the clause's start.
func actBefore(toks []token, v *sentenceView, t int) int {
	k := t - 1
	for k >= 1 && !(toks[k].norm == "which" && toks[k-1].norm == "for") {
		k--
	}
	k -= 2 // before "for which"
	if k >= 0 && toks[k].text == "," {
		k--
	}
	end := k
	for ; k >= 0 && k >= end-8; k-- {
		if harmNouns[toks[k].norm] || attackHeads[toks[k].norm] {
			break
		}
	}
	if k < 0 || k < end-8 {
		return -1
	}
	for head := k; k > 0 && head-k < 6; k-- {
		u := toks[k-1]
		if u.punct && !u.hyphen || clauseBreak(u) || prepositions[u.norm] || speechAt(toks, k-1) || beForms[u.norm] {
			break // "in the 2002 Ghriba synagogue bombing": the phrase starts after "in"
		}
	}
	return k
}

// actTargets returns whom the act named from token k on befell: the
// parties named in its phrase, up to the clause's end ("the bombing of an
// Israeli bus", "the attack on the German embassy in Kabul", "kidnapping
// two Austrian tourists"). A place counts for the country it lies in.
func (a *article) actTargets(v *sentenceView, k int, actor *graph.Entity) []*graph.Entity {
	toks := v.toks
	var out []*graph.Entity
	for j := k; j < len(toks) && j <= k+maxArgGap; j++ {
		u := toks[j]
		if u.text == "," && j+2 < len(toks) && toks[j+1].norm == "which" && forceParticiple(toks[j+2].norm) {
			j += 2 // "the attack, which killed 20 Iraqi policemen": whom it killed
			continue
		}
		if clauseBreak(u) || u.punct && !u.hyphen && u.text != "'" || relativePronouns[u.norm] || u.norm == "and" && len(out) > 0 || speechAt(toks, j) {
			break
		}
		n := v.at[j]
		if n < 0 {
			continue
		}
		e := v.ms[n].ent
		if e.Kind == graph.Location {
			e = a.countryOf(e)
		}
		if e != nil && !a.sameSide(e, actor) && !slices.Contains(out, e) {
			out = append(out, e)
		}
		j = v.ms[n].last
	}
	return out
}

// earlierAttackTargets returns the targets of the act of force the
// article reported last, in this sentence or the few before: the act
// "the attack" refers to. A claimer on the target's side is no attacker
// of it.
func (a *article) earlierAttackTargets(actor *graph.Entity) []*graph.Entity {
	for i := len(a.found) - 1; i >= 0 && a.found[i].sent.index >= a.cur-referentMemory; i-- {
		if o := a.found[i]; o.typ == graph.Assault && o.status != graph.Denied && len(o.targets) > 0 {
			if slices.ContainsFunc(o.targets, func(e *graph.Entity) bool { return a.sameSide(e, actor) }) {
				return nil
			}
			return o.targets
		}
	}
	return nil
}
