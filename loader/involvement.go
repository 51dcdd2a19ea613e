package loader

import (
	"slices"
	"strings"

	"github.com/geokg/geokg/graph"
)

// This file reads a party's part in an act of force named by a noun, where
// the party is not the subject of a verb of force:
//   - denied: "the Pentagon denied any involvement in the strike on
//     Pakistan", "Hamas denied being involved in the attack", "Iran said it
//     was not responsible for the bombing";
//   - reported: "the Tamil Tigers were responsible for the attack", "ELA
//     took responsibility for a rocket attack";
//   - speculated: "speculation that the CIA was responsible for the
//     strike", "al-Qaeda is suspected of being behind the bombings", "the
//     government blamed the LTTE for the bombing" (beside the ACCUSE).
//
// The act is the event, typed as the event lexicon types its noun, with the
// party as actor; its target is whom the noun's phrase names ("the attack
// on the embassy") or else the target of the act of force the article
// reported just before, which "the attack" refers to. "Denied any
// involvement" with no act named refers to that earlier act itself.
// Claims of responsibility are read in responsibility.go.

// involvementRule stands for the part a party has in an act when its
// subject is read with verbArguments.
var involvementRule = eventRule{name: "involvement", typ: graph.Assault}

// partNouns name a party's part in an act: "denied any involvement in".
var partNouns = map[string]bool{
	"involvement": true, "role": true, "responsibility": true, "part": true, "complicity": true, "hand": true,
}

// partPredicates make their subject the doer of the act they govern
// ("was involved in", "was responsible for", "was behind"); each maps to
// the preposition that introduces the act, "" where the word is one.
var partPredicates = map[string]string{"involved": "in", "responsible": "for", "behind": ""}

// partPredicate reports whether w is one of partPredicates.
func partPredicate(w string) bool {
	_, ok := partPredicates[w]
	return ok
}

// chainHedges stand in the predicate's own verb chain and make the part a
// belief: "X is suspected of being behind", "X was allegedly involved",
// "X is believed to be responsible".
var chainHedges = map[string]bool{
	"suspected": true, "alleged": true, "allegedly": true, "believed": true, "thought": true, "reportedly": true,
	"accused": true, "may": true, "might": true, "could": true, "likely": true, "probably": true, "possibly": true,
	"apparently": true,
}

// clauseHedges govern the clause the party opens and make its part a
// belief: "speculation that the CIA was responsible", "officials believe
// that al-Qaeda was behind", "claimed that supporters of X are involved".
var clauseHedges = map[string]bool{
	"speculation": true, "speculations": true, "speculate": true, "speculated": true, "speculates": true,
	"suspicion": true, "suspicions": true, "rumours": true, "rumors": true, "suspect": true, "suspects": true,
	"suspected": true, "believe": true, "believes": true, "believed": true, "think": true, "thinks": true,
	"accused": true, "accuse": true, "accuses": true, "allege": true, "alleges": true, "alleged": true,
	"claim": true, "claims": true, "claimed": true, "suggest": true, "suggests": true, "suggested": true,
	"whether": true, "if": true, "fear": true, "fears": true, "feared": true, "certify": true, "evidence": true,
	"possibility": true, "reporting": true, "reportedly": true, "allegations": true, "accusations": true, "indicating": true,
	"indicate": true, "indicates": true, "indications": true,
}

// actOpeners may open the phrase naming the act: "the
// 1998 Omagh bombing", "last week's attack", "any of the attacks".
var actOpeners = map[string]bool{
	"the": true, "a": true, "an": true, "this": true, "that": true, "these": true, "those": true, "its": true,
	"their": true, "his": true, "her": true, "last": true, "recent": true, "latest": true, "any": true, "such": true,
}

// involvementFrames reads the frames of this file in the sentence.
func (a *article) involvementFrames(s sentence, v *sentenceView) []*candidate {
	var out []*candidate
	toks := v.toks
	for t, tok := range toks {
		// The gate spares the four lookups below at nearly every token
		// (framegates.go).
		if v.at[t] >= 0 || t+1 >= len(toks) || !tok.gates(gateInvolvement) {
			continue
		}
		var c *candidate
		switch {
		case denyingVerbs[tok.norm]:
			c = a.deniedPart(v, t)
		case partPredicate(tok.norm):
			c = a.predicatedPart(v, t)
		case blamingVerbs[tok.norm]:
			c = a.blamedForAct(v, t)
		case responsibilityTakingVerbs[tok.norm]:
			c = a.tookResponsibility(v, t)
		}
		if c == nil {
			continue
		}
		c.sent, c.confidence = s, 0.55
		switch {
		case len(c.targets) == 0:
			c.optionalTarget = true
		case c.status == graph.Denied:
			// Only the denier: its state may well have done what the
			// article reports ("a US air strike ... the Pentagon denied
			// any involvement"), and would join the two.
			c.targets = slices.DeleteFunc(a.withStates(c.targets, c.actors), func(e *graph.Entity) bool { return slices.Contains(c.actors, e) })
			if len(c.targets) == 0 {
				continue
			}
		case !a.setParties(c, c.actors, c.targets):
			continue
		}
		out = append(out, c)
	}
	return out
}

// deniedPartRule names the denial of a part in a named act; the denial
// states that act, denied, and deniedWrongdoing leaves its verb alone.
const deniedPartRule = "noun:involvement-denied"

// deniedPart reads "X denied (any) involvement in <act>", "X denied any
// role in <act>", "X denied being involved in <act>" with the denying
// verb at t. Without an act named ("denied any involvement."), the act is
// the one the article reported last.
func (a *article) deniedPart(v *sentenceView, t int) *candidate {
	toks := v.toks
	if negatedVerb(toks, t) || withheldDenial(toks, t) {
		return nil
	}
	k := t + 1
	if actOpeners[toks[k].norm] {
		k++
	}
	if k+1 < len(toks) && !partNouns[toks[k].norm] && v.at[k] < 0 && !toks[k].punct && partNouns[toks[k+1].norm] {
		k++ // "any direct involvement"
	}
	if k >= len(toks) || !partNouns[toks[k].norm] || toks[k].norm == "part" && toks[k-1].norm != "any" {
		return nil // "denied being involved in" is predicatedPart's
	}
	k++
	c := &candidate{rule: deniedPartRule, trigger: t, status: graph.Denied}
	actor, _ := a.verbArguments(v, t, &involvementRule, c)
	if actor == nil {
		actor = participleSubject(v, t)
	}
	if actor == nil || actor.Kind == graph.Location {
		return nil
	}
	c.actors = []*graph.Entity{actor}
	if k >= len(toks) || toks[k].punct && !toks[k].hyphen {
		return a.earlierActDenied(c, actor) // "denied any involvement."
	}
	if toks[k].norm != "in" && toks[k].norm != "for" {
		return nil
	}
	if !a.readAct(v, c, k+1, actor) {
		return nil
	}
	return c
}

// earlierActDenied makes c the denial of the act of force the article
// reported last, in this sentence or the few before: "A US air strike hit
// a village. The Pentagon denied any involvement." A denier on the act's
// receiving side denies nothing of it.
func (a *article) earlierActDenied(c *candidate, actor *graph.Entity) *candidate {
	for i := len(a.found) - 1; i >= 0 && a.found[i].sent.index >= a.cur-referentMemory; i-- {
		o := a.found[i]
		if o.typ != graph.Assault || o.status == graph.Denied || len(o.targets) == 0 {
			continue
		}
		if slices.ContainsFunc(o.targets, func(e *graph.Entity) bool { return a.sameSide(e, actor) }) {
			return nil
		}
		c.typ, c.mode, c.targets = o.typ, o.mode, o.targets
		c.date, c.precision = o.date, o.precision
		c.rule += "-earlier"
		return c
	}
	return nil
}

// predicatedPart reads "X was (not) responsible for <act>", "X was behind
// <act>", "X was involved in <act>" with the predicate at t, and the
// hedged and negated forms of them.
func (a *article) predicatedPart(v *sentenceView, t int) *candidate {
	toks := v.toks
	prep := partPredicates[toks[t].norm]
	act := t + 1
	if prep != "" {
		if toks[act].norm != prep {
			return nil
		}
		act++
	}
	// The predicate's verb chain: "was not", "is believed to be", "is
	// suspected of being", "denied being".
	k := t - 1
	for k >= 0 && (lyAdverb(toks[k].norm) || toks[k].norm == "also" || negations[toks[k].norm]) {
		k--
	}
	if k < 0 || !beForms[toks[k].norm] && !copulas[toks[k].norm] {
		return nil // "those responsible for the attack", "the men behind it"
	}
	status := graph.Reported
	chain := t - 1
	for chain >= 0 && v.at[chain] < 0 && (beForms[toks[chain].norm] || copulas[toks[chain].norm] || auxiliaries[toks[chain].norm] ||
		negations[toks[chain].norm] || chainHedges[toks[chain].norm] || denyingVerbs[toks[chain].norm] ||
		toks[chain].norm == "to" || toks[chain].norm == "of" || toks[chain].norm == "having" || lyAdverb(toks[chain].norm)) {
		w := toks[chain].norm
		switch {
		case denyingVerbs[w] || negations[w]:
			status = graph.Denied
		case chainHedges[w] && status != graph.Denied:
			status = graph.Speculated
		}
		chain--
	}
	if status == graph.Reported {
		status = clauseCue(toks, chain)
	}
	c := &candidate{rule: "noun:involvement", trigger: t, status: status}
	actor := subjectEndingAt(v, chain)
	if actor == nil {
		actor = a.pronounSpeaker(v, chain+1) // "Iran said it was not responsible"
	}
	if actor == nil && chain >= 2 && speakerPronouns[toks[chain].norm] && toks[chain-1].norm == "that" && denyingVerbs[toks[chain-2].norm] {
		actor, _ = a.verbArguments(v, chain-2, &involvementRule, c) // "Hamas denied that it was involved"
	}
	if actor == nil || actor.Kind == graph.Location {
		return nil
	}
	c.actors = []*graph.Entity{actor}
	if !a.readAct(v, c, act, actor) {
		return nil
	}
	return c
}

// subjectEndingAt returns the party whose name ends at k, right before
// the predicate's verb chain: "the CIA was", "a British diplomat, Nicholas
// Langman, was", "the Sudanese military was". A party that only qualifies
// the subject's head ("pressure from Japan is behind", "Congolese militia
// groups may have been") is not the subject: nil.
func subjectEndingAt(v *sentenceView, k int) *graph.Entity {
	toks := v.toks
	if k > 0 && toks[k].text == "," && v.at[k-1] >= 0 {
		k-- // an appositive name
	}
	if k < 0 {
		return nil
	}
	if n := v.at[k]; n >= 0 {
		m := v.ms[n]
		if m.last != k || !usable(m) || toks[k].poss || m.ent.Kind == graph.Location {
			return nil
		}
		if p := m.first - 1; p >= 0 && (prepositions[toks[p].norm] || p > 0 && toks[p].norm == "the" && prepositions[toks[p-1].norm]) {
			return nil // "pressure from Japan is behind": Japan qualifies the subject
		}
		return m.ent
	}
	if k > 0 && (groupNouns[toks[k].norm] || toks[k].norm == "military" || toks[k].norm == "army") && v.at[k-1] >= 0 {
		if m := v.ms[v.at[k-1]]; m.last == k-1 && m.ent.Kind == graph.Country {
			return m.ent // "the Sudanese military": the state's organ
		}
	}
	return nil
}

// responsibilityTakingVerbs own an act as "claimed responsibility" does:
// "the FNL admitted responsibility for the massacre", "ELA took
// responsibility for a rocket attack".
var responsibilityTakingVerbs = map[string]bool{
	"took": true, "takes": true, "taken": true, "taking": true, "admitted": true, "admits": true, "accepted": true,
	"accepts": true, "assumed": true, "assumes": true, "acknowledged": true, "acknowledges": true,
}

// tookResponsibility reads "X took (full) responsibility for <act>":
// X did it. Only an act of force named after "for" makes it one ("took
// responsibility for the economy" is no attack); a modal or a negation
// before the verb ("should take responsibility") leaves it undone.
func (a *article) tookResponsibility(v *sentenceView, t int) *candidate {
	toks := v.toks
	k := t + 1
	if toks[k].norm == "full" || toks[k].norm == "sole" {
		k++
	}
	if k+2 >= len(toks) || toks[k].norm != "responsibility" || toks[k+1].norm != "for" {
		return nil
	}
	for j := t - 1; j >= 0 && j >= t-3; j-- {
		if w := toks[j].norm; negations[w] || modalVerbs[w] || w == "to" {
			return nil // "should take responsibility", "refused to accept responsibility"
		}
	}
	c := &candidate{rule: "noun:took-responsibility", trigger: t, status: graph.Reported}
	actor, _ := a.verbArguments(v, t, &responsibilityRule, c)
	if actor == nil || actor.Kind == graph.Location || actor.Kind == graph.Country {
		return nil // states do not claim attacks (see claimedResponsibility)
	}
	c.actors = []*graph.Entity{actor}
	if !a.readAct(v, c, k+2, actor) {
		return nil
	}
	return c
}

// modalVerbs put an act in the future or in duty: "should take".
var modalVerbs = map[string]bool{"should": true, "must": true, "will": true, "would": true, "could": true, "may": true, "might": true, "shall": true, "can": true}

// blamingVerbs lay an act on a party named as their object: "blamed
// Hamas for the attack".
var blamingVerbs = map[string]bool{"blame": true, "blames": true, "blamed": true, "blaming": true}

// blamedForActRule names the act blamedForAct reads.
const blamedForActRule = "noun:blamed-for-act"

// blamedForAct reads "X blamed Y for the attack on Z": beside the blame
// (ACCUSE, read by the lexicon), the act itself, Y → Z, speculated.
func (a *article) blamedForAct(v *sentenceView, t int) *candidate {
	toks := v.toks
	if t > 0 && beForms[toks[t-1].norm] {
		return nil // "was blamed on": attributedAct's
	}
	n := v.directObject(t)
	if n < 0 || !usable(v.ms[n]) || v.ms[n].ent.Kind == graph.Location || v.ms[n].first > t+3 {
		return nil
	}
	k := v.ms[n].last + 1
	if k+1 >= len(toks) || toks[k].norm != "for" {
		return nil
	}
	c := &candidate{rule: blamedForActRule, trigger: t, status: graph.Speculated, actors: []*graph.Entity{v.ms[n].ent}}
	if !a.readAct(v, c, k+1, v.ms[n].ent) {
		return nil
	}
	return c
}

// lyAdverb reports an adverb in -ly ("was allegedly", "were directly").
func lyAdverb(w string) bool { return len(w) > 4 && strings.HasSuffix(w, "ly") }

// clauseCue reads the status a verb governing the clause whose subject
// ends at k gives it: a denial ("denied that it was responsible") or a
// hedge ("speculation that the CIA was", "officials believe that
// al-Qaeda was"); else reported.
func clauseCue(toks []token, k int) graph.Status {
	for j := k; j >= 0 && j >= k-maxArgGap; j-- {
		switch {
		case denyingVerbs[toks[j].norm] && !withheldDenial(toks, j):
			return graph.Denied
		case clauseHedges[toks[j].norm]:
			return graph.Speculated
		case clauseBreak(toks[j]) || toks[j].punct && toks[j].text != ",":
			return graph.Reported
		}
	}
	return graph.Reported
}

// readAct reads the act named from token k on ("the attack on the German
// embassy", "the 1998 Omagh bombing") into c: its type and mode from the
// event lexicon, its targets from its phrase, or those of the act of force
// reported just before. It reports false where no act of force is named.
func (a *article) readAct(v *sentenceView, c *candidate, k int, actor *graph.Entity) bool {
	toks := v.toks
	head := -1
	for j := k; j < len(toks) && j <= k+5; j++ {
		u := toks[j]
		if actOpeners[u.norm] || u.digit || v.at[j] >= 0 || u.poss || u.hyphen {
			continue
		}
		if u.punct || clauseBreak(u) || prepositions[u.norm] || u.upper || standingConflicts[u.norm] {
			break // "during World War II": a name the article does not know
		}
		typ, mode, ok := actNoun(toks, j)
		if !ok && strings.HasSuffix(u.norm, "ing") {
			break // "involved in investigating the bombings": another act
		}
		if ok {
			head = j
			c.typ, c.mode = typ, mode
			if j+1 < len(toks) {
				if typ2, mode2, ok := actNoun(toks, j+1); ok {
					head, c.typ, c.mode = j+1, typ2, mode2 // "the rocket attack"
				}
			}
			break
		}
	}
	if head < 0 {
		return false
	}
	c.targets = a.actPhraseTargets(v, k, head, actor)
	if len(c.targets) == 0 && c.typ == graph.Assault {
		c.targets = a.earlierAttackTargets(actor)
	}
	return true
}

// actPhrasePrepositions attach a target to the noun of an act: "the attack
// on the embassy", "the killing of X", "the bombing in Kabul".
var actPhrasePrepositions = map[string]bool{"on": true, "against": true, "of": true, "in": true, "at": true, "near": true, "targeting": true}

// actPhraseTargets returns whom the act whose phrase runs from k to its
// head noun befell: the parties qualifying the noun ("the Israeli
// embassy bombing") and those of the prepositional phrases after it ("on
// the German embassy in Kabul"), up to another preposition, a clause's
// end or a relative pronoun. A place counts for the country it lies in.
func (a *article) actPhraseTargets(v *sentenceView, k, head int, actor *graph.Entity) []*graph.Entity {
	toks := v.toks
	var out []*graph.Entity
	add := func(e *graph.Entity) {
		if e.Kind == graph.Location {
			e = a.countryOf(e)
		}
		if e != nil && !a.sameSide(e, actor) && !slices.Contains(out, e) {
			out = append(out, e)
		}
	}
	for j := k; j < head; j++ {
		if n := v.at[j]; n >= 0 {
			add(v.ms[n].ent)
			j = v.ms[n].last
		}
	}
	j := head + 1
	for j < len(toks) && actPhrasePrepositions[toks[j].norm] && j <= head+maxArgGap {
		j++
		for ; j < len(toks) && j <= head+maxArgGap; j++ {
			u := toks[j]
			if n := v.at[j]; n >= 0 {
				add(v.ms[n].ent)
				j = v.ms[n].last
				continue
			}
			if u.punct && !u.hyphen && u.text != "'" || clauseBreak(u) || relativePronouns[u.norm] || u.norm == "that" || prepositions[u.norm] || actPhrasePrepositions[u.norm] || u.norm == "and" {
				break
			}
		}
	}
	return out
}

// standingConflicts name a long conflict, not one act: a party "involved
// in the conflict over" a killing, or "in covert operations during the
// war", is no doer of an act the article reports.
var standingConflicts = map[string]bool{
	"war": true, "wars": true, "conflict": true, "conflicts": true, "operations": true, "operation": true,
	"campaign": true, "insurgency": true, "hostilities": true, "crisis": true, "violence": true,
}

// actNoun returns the type and mode the event lexicon gives the act of
// force or coercion a noun at j names: "strike", "assassination",
// "abduction", "arrest". Nouns of force the lexicon does not read as
// nouns ("murder", "blast") are assaults of no mode.
func actNoun(toks []token, j int) (graph.EventType, string, bool) {
	w := toks[j].norm
	if standingConflicts[w] {
		return "", "", false
	}
	if tr := triggers[w]; tr != nil && tr.noun {
		var force *eventRule
		for _, r := range tr.rules {
			if r.typ != graph.Assault && r.typ != graph.Coerce {
				if r.matches(toks, j) {
					return "", "", false // "the hunger strike": another sense
				}
				continue
			}
			if r.matches(toks, j) {
				return r.typ, r.modeAt(toks, j), true
			}
			if force == nil {
				force = r
			}
		}
		if force != nil {
			return force.typ, force.mode, true // "the strike": its need words only tell it from a labour strike
		}
	}
	if forceActNouns[w] || attackHeads[w] && w != "rocket" && w != "rockets" && w != "missile" && w != "missiles" && w != "shell" && w != "shells" && w != "bomb" && w != "bombs" {
		return graph.Assault, "", true
	}
	return "", "", false
}
