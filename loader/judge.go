package loader

import (
	"slices"

	"github.com/geokg/geokg/graph"
)

// This file reads the vocabulary of blame, insult and threat:
//   - name-calling: "X called Y a liar", "X branded the president a war
//     criminal", "X described Y as a tyrant" — X accuses Y, also when Y is
//     "him" or "her" standing for a person named before;
//   - blame laid on a party: "X held Y responsible for the attack", "X
//     pointed the finger at Y", "X said Y was to blame for the violence",
//     "X said the blast bore the hallmarks of Y", "X says pressure from Y
//     is behind the detention" — X accuses Y;
//   - threats of what a party will suffer: "X warned that Y would pay a
//     heavy price", `"Y will suffer a painful response if it attacks," X
//     said` — X threatens Y;
//   - a hostile act promised on a condition ("would attack Y if Y
//     strikes") is a threat, not a planned assault.

// pejoratives are what one calls a party one condemns; they join
// disapprovalWords, so that every judging frame knows them.
var pejoratives = []string{
	"liar", "liars", "fascist", "fascists", "criminals", "thug", "thugs", "butcher", "butchers", "murderer", "murderers",
	"killer", "killers", "xenophobe", "xenophobes", "warmonger", "warmongers", "tyrant", "tyrants", "despot", "despots",
	"tyranny", "dictatorship", "traitor", "traitors", "coward", "cowards", "hypocrite",
	"hypocrites", "imperialist", "imperialists", "colonialist", "colonialists", "aggressor", "aggressors", "devil",
	"devils", "nazi", "nazis", "thief", "thieves", "gangster", "gangsters", "bandit", "bandits", "mafia", "clown",
	"madman", "lunatic", "bully", "bullies", "corrupt", "incompetent", "arrogant", "murderous", "oppressor",
	"oppressors", "racists", "bigot", "bigots", "terror", "fanatic", "fanatics", "zionist", "usurper", "usurpers",
	"invader", "invaders", "mercenary", "mercenaries", "stooge", "stooges", "lackey", "lackeys", "puppets",
	"pariah", "villain", "scoundrel", "demagogue", "criminal", "dictators", "failure", "disgrace",
}

// namingVerbs call a party something: "called Y a liar". The value is
// "as" where the name follows "as": "described Y as a tyrant".
var namingVerbs = map[string]string{
	"call": "-", "calls": "-", "called": "-", "calling": "-", "brand": "-", "brands": "-", "branded": "-", "branding": "-",
	"label": "-", "labels": "-", "labelled": "-", "labeled": "-", "labelling": "-", "labeling": "-", "dub": "-",
	"dubs": "-", "dubbed": "-", "dubbing": "-", "term": "-", "termed": "-", "terms": "-", "terming": "-",
	"describe": "as", "describes": "as", "described": "as", "describing": "as", "denounce": "as", "denounces": "as",
	"denounced": "as", "denouncing": "as", "condemn": "as", "condemned": "as", "condemns": "as", "portray": "as",
	"portrayed": "as", "portrays": "as", "depict": "as", "depicted": "as", "depicts": "as",
	"characterised": "as", "characterized": "as", "characterising": "as", "characterizing": "as", "characterises": "as", "characterizes": "as",
}

// namingRule stands for a naming verb when its subject is read with
// verbArguments.
var namingRule = eventRule{name: "name-calling", typ: graph.Accuse, mode: "disapprove"}

// blamingRule stands for "held" and "pointed" likewise.
var blamingRule = eventRule{name: "blame", typ: graph.Accuse}

// harmNouns are what a party is blamed for: "responsible for the attack".
var harmNouns = map[string]bool{
	"attack": true, "attacks": true, "bombing": true, "bombings": true, "blast": true, "blasts": true, "explosion": true,
	"explosions": true, "killing": true, "killings": true, "death": true, "deaths": true, "murder": true, "murders": true,
	"assassination": true, "assassinations": true, "massacre": true, "massacres": true, "violence": true, "crisis": true,
	"detention": true, "arrest": true, "arrests": true, "kidnapping": true, "kidnappings": true, "abduction": true,
	"abuse": true, "abuses": true, "torture": true, "failure": true, "collapse": true, "war": true, "conflict": true,
	"unrest": true, "riots": true, "shelling": true, "shooting": true, "shootings": true, "incident": true,
	"atrocities": true, "crimes": true, "genocide": true, "disappearance": true, "destruction": true, "suffering": true,
	"bloodshed": true, "tension": true, "tensions": true, "sinking": true, "downing": true, "raid": true, "raids": true,
	"strike": true, "strikes": true, "casualties": true, "fighting": true, "insurgency": true, "deadlock": true,
	"impasse": true, "breakdown": true, "escalation": true, "instability": true, "chaos": true, "problems": true,
}

// blameStops end the clause a blame or threat is read in.
var blameStops = map[string]bool{"but": true, "while": true, "although": true, "because": true, "whereas": true}

// judgements reads the frames of this file in the sentence.
func (a *article) judgements(s sentence, v *sentenceView) []*candidate {
	var out []*candidate
	toks := v.toks
	for t, tok := range toks {
		if v.at[t] >= 0 {
			continue
		}
		var c *candidate
		switch {
		case tok.is(classNamingVerb) && namingVerbs[tok.norm] != "":
			c = a.nameCalling(v, t)
		case tok.norm == "held" || tok.norm == "hold" || tok.norm == "holds" || tok.norm == "holding":
			c = a.heldResponsible(v, t)
		case tok.is(classInsultVerb):
			c = a.insulted(v, t)
		case tok.norm == "retaliate" || tok.norm == "retaliates":
			c = a.retaliation(v, t)
		case tok.norm == "finger":
			c = a.pointedFinger(v, t)
		case tok.norm == "blame" || tok.norm == "blames" || tok.norm == "blamed" || tok.norm == "blaming":
			c = a.blamedOn(v, t)
		case tok.is(classCriticismNoun):
			c = a.criticismReceived(v, t)
		case tok.norm == "according":
			c = a.accordingTo(v, t)
		case tok.norm == "warned" || tok.norm == "warns" || tok.norm == "warning":
			if c = a.warnedOfConsequences(v, t); c == nil && speechAt(toks, t) {
				c = a.saidAboutParty(v, t)
			}
		case tok.norm == "aim":
			c = a.tookAim(v, t)
		case speechAt(toks, t) && tok.norm != "told":
			c = a.saidAboutParty(v, t)
		}
		if !a.framed(c, s) {
			continue
		}
		c.status = graph.Reported
		out = append(out, c)
	}
	return out
}

// nameCalling reads "X called Y a liar", "X branded the Georgian
// president Y a war criminal", "X described Y as a tyrant" and "X called
// him a warmonger". The name follows the object closely; a passive ("was
// called a liar by") is read by the lexicon, a negated verb calls no one.
func (a *article) nameCalling(v *sentenceView, t int) *candidate {
	toks := v.toks
	if t == 0 || beForms[toks[t-1].norm] || negations[toks[t-1].norm] || (t > 1 && negations[toks[t-2].norm]) || t+1 >= len(toks) {
		return nil
	}
	if prepositions[toks[t+1].norm] || toks[t+1].norm == "for" {
		return nil // "called on Hamas to refrain from interference": a request
	}
	c := &candidate{typ: graph.Accuse, mode: "disapprove", rule: "verb:name-calling", trigger: t}
	actor, _ := a.verbArguments(v, t, &namingRule, c)
	if actor == nil {
		return nil
	}
	if k := a.possessiveSubject(v, t, actor); k >= 0 {
		actor = v.ms[k].ent // "Higgins, who dissents from Howard's speech, called him a warmonger"
	}
	var target *graph.Entity
	end := -1
	switch n := v.directObject(t); {
	case toks[t+1].norm == "him" || toks[t+1].norm == "her":
		target, end = a.calledPerson(v, t, actor), t+2
	case n >= 0 && v.ms[n].first <= t+5 && v.ms[n].ent.Kind != graph.Location && !toks[v.ms[n].last].poss && !prepositionBetween(toks, t, v.ms[n].first):
		target, end = v.ms[n].ent, v.ms[n].last+1
	}
	if target == nil || end >= len(toks) {
		return nil
	}
	k, ok := pastAs(toks, t, end)
	if !ok {
		return nil
	}
	if !pejorativeWithin(v, k, 5) {
		return nil
	}
	c.actors, c.targets = []*graph.Entity{actor}, []*graph.Entity{target}
	return c
}

// possessiveSubject returns the mention to read as the naming verb's
// subject when the actor read for it is only a possessor ("Mr Howard's
// speech"): the sentence's first usable person before it, or -1.
func (a *article) possessiveSubject(v *sentenceView, t int, actor *graph.Entity) int {
	for n := len(v.ms) - 1; n >= 0; n-- {
		m := v.ms[n]
		if m.last >= t || m.ent != actor {
			continue
		}
		if !v.toks[m.last].poss {
			return -1
		}
		for k := 0; k < n; k++ {
			if usable(v.ms[k]) && v.ms[k].ent.Kind == graph.Person && v.ms[k].ent != actor {
				return k
			}
		}
		return -1
	}
	return -1
}

// prepositionBetween reports a preposition between the verb at t and the
// mention at m: "calls of the Armenian genocide" names no object.
func prepositionBetween(toks []token, t, m int) bool {
	for k := t + 1; k < m; k++ {
		if prepositions[toks[k].norm] {
			return true
		}
	}
	return false
}

// calledPerson returns the person "him" or "her" after the naming verb at
// t stands for: the person named before the verb other than the actor, in
// this sentence or the one before ("Chavez met Bush. Later Chavez called
// him a liar").
func (a *article) calledPerson(v *sentenceView, t int, actor *graph.Entity) *graph.Entity {
	for n := len(v.ms) - 1; n >= 0; n-- {
		m := v.ms[n]
		if m.last < t && usable(m) && m.ent.Kind == graph.Person && m.ent != actor {
			return m.ent
		}
	}
	for i := len(a.prevPeople) - 1; i >= 0; i-- {
		if a.prevPeople[i] != actor {
			return a.prevPeople[i]
		}
	}
	return nil
}

// pejorativeWithin reports a pejorative among the n words from k, before
// any negation, name or clause boundary: "a liar", "a war criminal", "an
// incompetent and corrupt".
func pejorativeWithin(v *sentenceView, k, n int) bool {
	toks := v.toks
	for i := k; i < len(toks) && i < k+n; i++ {
		u := toks[i]
		if negations[u.norm] || v.at[i] >= 0 || clauseBreak(u) || (u.punct && !isQuoteMark(u) && u.text != "-") {
			return false
		}
		if slices.Contains(pejoratives, u.norm) || slices.Contains(disapprovalWords, u.norm) {
			return true
		}
	}
	return false
}

// responsibleWords follow the one held to account.
var responsibleWords = map[string]bool{"responsible": true, "accountable": true, "culpable": true, "liable": true}

// heldResponsible reads "X held Y responsible for the attack".
func (a *article) heldResponsible(v *sentenceView, t int) *candidate {
	toks := v.toks
	if t == 0 || (beForms[toks[t-1].norm] && toks[t].norm != "holding") || negations[toks[t-1].norm] || t+1 >= len(toks) {
		return nil // "was held responsible": the passive's agent, if any, holds
	}
	o := t + 1
	if toks[o].norm == "the" && o+1 < len(toks) {
		o++ // "holds the United Nations responsible"
	}
	o = governedState(toks, o) // "holding the government of Lebanon responsible"
	n := v.at[o]
	if n < 0 || !usable(v.ms[n]) || v.ms[n].ent.Kind == graph.Location {
		return nil
	}
	k := v.ms[n].last + 1
	for k < len(toks) && (toks[k].norm == "directly" || toks[k].norm == "fully" || toks[k].norm == "solely" || toks[k].norm == "personally") {
		k++
	}
	if k >= len(toks) || !responsibleWords[toks[k].norm] {
		return nil
	}
	c := &candidate{typ: graph.Accuse, rule: "verb:hold-responsible", trigger: t}
	actor, _ := a.verbArguments(v, t, &blamingRule, c)
	if actor == nil {
		return nil
	}
	c.actors, c.targets = []*graph.Entity{actor}, []*graph.Entity{v.ms[n].ent}
	return c
}

// pointedFinger reads "X pointed the finger (of blame) at Y".
func (a *article) pointedFinger(v *sentenceView, t int) *candidate {
	toks := v.toks
	if t < 2 || toks[t-1].norm != "the" {
		return nil
	}
	verb := t - 2
	switch toks[verb].norm {
	case "point", "points", "pointed", "pointing":
	default:
		return nil
	}
	k := t + 1
	if k+2 < len(toks) && toks[k].norm == "of" && toks[k+1].norm == "blame" {
		k += 2
	}
	if k+1 >= len(toks) || toks[k].norm != "at" {
		return nil
	}
	n := v.directObject(k)
	if n < 0 || v.ms[n].first > k+3 || v.ms[n].ent.Kind == graph.Location {
		return nil
	}
	c := &candidate{typ: graph.Accuse, rule: "verb:point-finger", trigger: verb}
	actor, _ := a.verbArguments(v, verb, &blamingRule, c)
	if actor == nil {
		return nil
	}
	c.actors, c.targets = []*graph.Entity{actor}, []*graph.Entity{v.ms[n].ent}
	return c
}

// saidAboutParty reads what a speaker says a party did or will suffer, in
// the clause after the speech verb at t ("X said Y was to blame") or
// before it (`"Y will pay a heavy price," X warned`; "Y faces
// consequences if it does not withdraw, X warned").
func (a *article) saidAboutParty(v *sentenceView, t int) *candidate {
	toks := v.toks
	inverted := t > 0 && (toks[t-1].punct || isQuoteMark(toks[t-1]))
	if !inverted {
		if c := partyJudged(v, t+1, len(toks)); c != nil {
			speaker := a.speakerOf(v, t, false)
			if speaker == nil {
				speaker, _ = a.verbArguments(v, t, &evaluationRule, c) // "The Iraqi government said"
			}
			if speaker == nil {
				return nil
			}
			c.actors = []*graph.Entity{speaker}
			return c
		}
	}
	// The clause before the verb, whose speaker stands at the end of the
	// sentence: before the verb or, inverted, after it.
	speaker := a.speakerOf(v, t, inverted)
	if speaker == nil {
		return nil
	}
	to := t
	for k := t - 1; k >= 0; k-- {
		if n := v.at[k]; n >= 0 && v.ms[n].ent == speaker {
			to = v.ms[n].first
			break
		}
	}
	c := partyJudged(v, 0, to)
	if c == nil {
		return nil
	}
	c.actors = []*graph.Entity{speaker}
	return c
}

// consequenceVerbs say what a party will undergo: "will pay a price".
var consequenceVerbs = map[string]bool{
	"suffer": true, "pay": true, "face": true, "faces": true, "regret": true, "bear": true, "receive": true, "get": true,
}

// consequenceNouns are what a threatened party will undergo.
var consequenceNouns = map[string]bool{
	"price": true, "response": true, "consequences": true, "consequence": true, "retaliation": true, "punishment": true,
	"reprisal": true, "reprisals": true, "retribution": true, "revenge": true, "blow": true, "repercussions": true,
}

// partyJudged reads, in toks[from:to], a party blamed or threatened:
//   - blame: "Y is/was (solely) to blame", "Y was responsible for the
//     attack", "pressure from Y is behind the detention", "bore the
//     hallmarks of Y", "the (sole) responsibility of Y";
//   - threat: "Y would suffer a painful response", "Y will pay a heavy
//     price", "Y faces serious consequences".
//
// It returns a candidate without actor, or nil.
func partyJudged(v *sentenceView, from, to int) *candidate {
	toks := v.toks
	if to > len(toks) {
		to = len(toks)
	}
	for k := from; k < to; k++ {
		u := toks[k]
		if blameStops[u.norm] || (u.text == ";") {
			return nil
		}
		if (u.norm == "hallmarks" || u.norm == "hallmark" || u.norm == "responsibility" || u.norm == "handiwork") && k+2 < to && toks[k+1].norm == "of" {
			o := k + 2
			if toks[o].norm == "the" && o+1 < to {
				o++
			}
			o = pastDescriptors(v, o, to) // "the hallmarks of Sunni Islamist al Qaeda"
			if n := v.at[o]; n >= 0 && v.ms[n].first == o && usable(v.ms[n]) && v.ms[n].ent.Kind != graph.Location && blamedBefore(toks, k) {
				return &candidate{typ: graph.Accuse, rule: "verb:said-blame", trigger: k, targets: []*graph.Entity{v.ms[n].ent}}
			}
		}
		n := v.at[k]
		if n < 0 || v.ms[n].first != k || !usable(v.ms[n]) || v.ms[n].ent.Kind == graph.Location || toks[v.ms[n].last].poss {
			continue
		}
		p := k - 1
		if p > from && toks[p].norm == "the" {
			p--
		}
		if p >= from && prepositions[toks[p].norm] && toks[p].norm != "from" && toks[p].norm != "of" && toks[p].norm != "by" {
			k = v.ms[n].last
			continue // "restrictions on exports to the U.S. were to blame": the party is no subject
		}
		// The party's predicate follows it within its noun phrase's end:
		// "pressure from Y is behind", "Y would suffer".
		for j := v.ms[n].last + 1; j < to && j <= v.ms[n].last+4; j++ {
			w := toks[j]
			if v.at[j] >= 0 || clauseBreak(w) || (w.punct && w.text != "-") || whWords[w.norm] || w.norm == "to" || w.norm == "that" {
				break // "ordered by X to identify who was behind": X is not the subject
			}
			if typ, ok := judgedPredicate(v, j, to); ok {
				rule := "verb:said-blame"
				if typ == graph.Threaten {
					rule = "verb:said-threat"
				}
				return &candidate{typ: typ, rule: rule, trigger: j, targets: []*graph.Entity{v.ms[n].ent}}
			}
			if copulas[w.norm] || consequenceVerbs[w.norm] {
				break // the predicate is another
			}
		}
		k = v.ms[n].last
	}
	return nil
}

// blamedBefore reports a predicate before "hallmarks" or "responsibility"
// that lays it on a party: "bore the hallmarks of", "was the sole
// responsibility of" — not "the ministry took over the responsibility of".
func blamedBefore(toks []token, k int) bool {
	for i := k - 1; i >= 0 && i >= k-4; i-- {
		switch toks[i].norm {
		case "bore", "bears", "bear", "had", "has", "have", "carried", "carries", "is", "was", "were", "are":
			return true
		}
	}
	return false
}

// judgedPredicate reads a blaming or threatening predicate at j, within
// toks[:to]: copula + "to blame" / "responsible for <harm>" / "behind
// <harm>", or a modal + "suffer/pay/face" + consequence.
func judgedPredicate(v *sentenceView, j, to int) (graph.EventType, bool) {
	toks := v.toks
	w := toks[j]
	if copulas[w.norm] || w.norm == "bears" || w.norm == "bore" {
		k := j + 1
		if k+1 < to && (toks[k].norm == "been" || toks[k].norm == "be") {
			k++
		}
		for k < to && (toks[k].norm == "solely" || toks[k].norm == "directly" || toks[k].norm == "fully" || toks[k].norm == "partly" || toks[k].norm == "also" || toks[k].norm == "largely" || toks[k].norm == "entirely" || toks[k].norm == "clearly") {
			k++
		}
		if k < to && negations[toks[k].norm] {
			return "", false
		}
		switch {
		case k+1 < to && toks[k].norm == "to" && toks[k+1].norm == "blame":
			return graph.Accuse, true
		case k+1 < to && (toks[k].norm == "responsible" || toks[k].norm == "responsibility") && toks[k+1].norm == "for":
			return graph.Accuse, harmWithin(v, k+2, to, 5)
		case k < to && toks[k].norm == "behind":
			return graph.Accuse, harmWithin(v, k+1, to, 4)
		}
		return "", false
	}
	direct := j > 0 && v.at[j-1] >= 0 // "Iran faces": the verb right after the party
	if w.norm == "will" || w.norm == "would" || w.norm == "shall" || w.norm == "must" || (direct && (w.norm == "faces" || w.norm == "face")) {
		k := j
		if !consequenceVerbs[w.norm] {
			k++
		}
		if k < to && negations[toks[k].norm] {
			return "", false
		}
		if k >= to || !consequenceVerbs[toks[k].norm] {
			return "", false
		}
		for i := k + 1; i < to && i <= k+5; i++ {
			if consequenceNouns[toks[i].norm] {
				return graph.Threaten, true
			}
			if v.at[i] >= 0 || clauseBreak(toks[i]) || toks[i].punct && !isQuoteMark(toks[i]) {
				break
			}
		}
	}
	return "", false
}

// harmWithin reports a harm among the n words from k: "for the bombing".
func harmWithin(v *sentenceView, k, to, n int) bool {
	for i := k; i < to && i < k+n; i++ {
		if harmNouns[v.toks[i].norm] {
			return true
		}
		if clauseBreak(v.toks[i]) || v.toks[i].text == "," {
			return false
		}
	}
	return false
}

// hostileCondition reports a hostile act promised on a condition: "would
// attack Israel if it strikes", "will invade unless". Such an act is a
// threat, not a planned assault.
func hostileCondition(c *candidate, toks []token) bool {
	if c.typ != graph.Assault && c.typ != graph.Coerce || c.noun {
		return false
	}
	modal := false
	for k := c.trigger - 1; k >= 0 && k >= c.trigger-3; k-- {
		switch toks[k].norm {
		case "will", "would", "shall", "ll":
			modal = true
		}
	}
	if !modal {
		return false // "has a plan to seize ... if necessary": a plan, not a threat
	}
	for k := c.trigger + 1; k < len(toks) && k <= c.trigger+maxArgGap; k++ {
		if toks[k].norm == "if" || toks[k].norm == "unless" {
			return true
		}
		if clauseBreak(toks[k]) {
			return false
		}
	}
	return false
}

// insultVerbs abuse a party in words: "insulted Bush", "mocked the
// government".
var insultVerbs = map[string]bool{
	"insult": true, "insults": true, "insulted": true, "insulting": true, "ridicule": true, "ridicules": true,
	"ridiculed": true, "mock": true, "mocks": true, "mocked": true, "deride": true, "derides": true, "derided": true,
	"slander": true, "slandered": true, "slanders": true, "vilify": true, "vilified": true, "vilifies": true,
	"demonize": true, "demonized": true, "demonise": true, "demonised": true, "smear": true, "smeared": true,
	"chide": true, "chided": true, "chides": true, "berate": true, "berated": true, "berates": true, "lambast": true, "lambasted": true, "lambasts": true,
}

// insultRule stands for an insult verb when its subject is read with
// verbArguments.
var insultRule = eventRule{name: "insult", typ: graph.Accuse, mode: "disapprove"}

// insulted reads "X insulted Y", "X mocked the Y government": X accuses
// Y. A passive ("was insulted by") and an adjective ("insulting
// remarks") are left alone.
func (a *article) insulted(v *sentenceView, t int) *candidate {
	toks := v.toks
	if t == 0 || beForms[toks[t-1].norm] || negations[toks[t-1].norm] || t+1 >= len(toks) {
		return nil
	}
	n := v.directObject(t)
	if n < 0 || v.ms[n].first > t+3 || v.ms[n].ent.Kind == graph.Location || prepositionBetween(toks, t, v.ms[n].first) {
		return nil
	}
	c := &candidate{typ: graph.Accuse, mode: "disapprove", rule: "verb:insult", trigger: t}
	actor, _ := a.verbArguments(v, t, &insultRule, c)
	if actor == nil {
		return nil
	}
	c.actors, c.targets = []*graph.Entity{actor}, []*graph.Entity{v.ms[n].ent}
	return c
}

// hostileNouns are promised to a party as a threat: "vowed revenge
// against Israel".
var hostileNouns = map[string]bool{
	"revenge": true, "retaliation": true, "retribution": true, "vengeance": true, "reprisals": true, "reprisal": true,
	"war": true, "jihad": true, "punishment": true,
}

// hostileObject reports a hostile noun as the object of the promising
// verb at t: "vowed revenge", "promised swift retaliation".
func hostileObject(toks []token, t int) bool {
	for k := t + 1; k < len(toks) && k <= t+3; k++ {
		if hostileNouns[toks[k].norm] {
			return true
		}
		if toks[k].punct || prepositions[toks[k].norm] {
			return false
		}
	}
	return false
}

// retaliationRule stands for "retaliate" when its subject is read with
// verbArguments.
var retaliationRule = eventRule{name: "retaliate", typ: graph.Threaten}

// retaliation reads "X would retaliate against Y", "X will retaliate
// harshly against any Yish attack": a threat to Y. The retaliation is
// promised (a modal stands before it); the one threatened follows
// "against", also as the demonym of an attack.
func (a *article) retaliation(v *sentenceView, t int) *candidate {
	toks := v.toks
	modal := false
	for k := t - 1; k >= 0 && k >= t-3; k-- {
		switch toks[k].norm {
		case "will", "would", "ll", "shall":
			modal = true
		case "not", "never":
			return nil
		}
	}
	if !modal {
		return nil
	}
	for k := t - 1; k >= 0 && k >= t-8; k-- {
		if toks[k].norm == "if" || toks[k].norm == "whether" {
			return nil // "asked if X would retaliate": a question, not a threat
		}
	}
	against := -1
	for k := t + 1; k < len(toks) && k <= t+3; k++ {
		if toks[k].norm == "against" {
			against = k
			break
		}
	}
	if against < 0 {
		return nil
	}
	var target *graph.Entity
	for k := against + 1; k < len(toks) && k <= against+4; k++ {
		if n := v.at[k]; n >= 0 {
			if v.ms[n].ent.Kind != graph.Location || v.ms[n].modifier {
				target = v.ms[n].ent // "against Israel", "against any Israeli attack"
			}
			break
		}
		if clauseBreak(toks[k]) || toks[k].punct {
			break
		}
	}
	if target == nil {
		return nil
	}
	c := &candidate{typ: graph.Threaten, rule: "verb:retaliate-modal", trigger: t}
	actor, _ := a.verbArguments(v, t, &retaliationRule, c)
	if actor == nil {
		return nil
	}
	c.actors, c.targets = []*graph.Entity{actor}, []*graph.Entity{target}
	return c
}

// tookAim reads "X took aim at Y" and "X took aim at comments made by Y":
// X attacks Y in words. The one aimed at is the first party named
// shortly after "at", within the clause.
func (a *article) tookAim(v *sentenceView, t int) *candidate {
	toks := v.toks
	if t == 0 || t+2 >= len(toks) || toks[t+1].norm != "at" {
		return nil
	}
	verb := t - 1
	switch toks[verb].norm {
	case "take", "takes", "took", "taking", "taken":
	default:
		return nil
	}
	var target *graph.Entity
	for k := t + 2; k < len(toks) && k <= t+7; k++ {
		if n := v.at[k]; n >= 0 {
			if v.ms[n].ent.Kind != graph.Location && (usable(v.ms[n]) || v.ms[n].modifier) {
				target = v.ms[n].ent
			}
			break
		}
		if clauseBreak(toks[k]) || toks[k].punct {
			break
		}
	}
	if target == nil {
		return nil
	}
	c := &candidate{typ: graph.Accuse, mode: "disapprove", rule: "verb:take-aim", trigger: verb}
	actor, _ := a.verbArguments(v, verb, &blamingRule, c)
	if actor == nil {
		return nil
	}
	c.actors, c.targets = []*graph.Entity{actor}, []*graph.Entity{target}
	return c
}

// blamedOn reads "X blamed the bombings on Y": the harm is the object,
// the one blamed follows "on". A passive ("was blamed on Y") names no
// one who blames.
func (a *article) blamedOn(v *sentenceView, t int) *candidate {
	toks := v.toks
	if t == 0 || beForms[toks[t-1].norm] || negations[toks[t-1].norm] {
		return nil
	}
	on := -1
	for k := t + 1; k < len(toks) && k <= t+8; k++ {
		if v.at[k] >= 0 || clauseBreak(toks[k]) || toks[k].punct {
			break // "blamed Y for": the one blamed is the object, read by the lexicon
		}
		if toks[k].norm == "on" || toks[k].norm == "upon" {
			on = k
			break
		}
	}
	if on < 0 || on == t+1 {
		return nil
	}
	o := on + 1
	if o < len(toks) && toks[o].norm == "the" {
		o++
	}
	if o >= len(toks) {
		return nil
	}
	n := v.at[o]
	if n < 0 || v.ms[n].first != o || v.ms[n].ent.Kind == graph.Location || !(usable(v.ms[n]) || v.ms[n].modifier) {
		return nil
	}
	targets := []*graph.Entity{v.ms[n].ent}
	for _, m := range v.coordinated(n) {
		if m != n && !slices.Contains(targets, v.ms[m].ent) {
			targets = append(targets, v.ms[m].ent) // "on the United States and NATO"
		}
	}
	c := &candidate{typ: graph.Accuse, rule: "verb:blame-on", trigger: t}
	actor, _ := a.verbArguments(v, t, &blamingRule, c)
	if actor == nil {
		return nil
	}
	c.actors, c.targets = []*graph.Entity{actor}, targets
	return c
}

// criticismNouns are disapproval a party draws from another ("protests
// from" is more often a crowd's than a party's).
var criticismNouns = map[string]bool{
	"criticism": true, "criticisms": true, "condemnation": true, "condemnations": true, "censure": true, "rebuke": true,
	"rebukes": true, "scorn": true, "outrage": true, "anger": true,
}

// drawingVerbs draw criticism on their subject: "Y drew criticism from X".
var drawingVerbs = map[string]bool{
	"drew": true, "draws": true, "drawn": true, "drawing": true, "draw": true, "faced": true, "faces": true, "face": true,
	"facing": true, "attracted": true, "attracts": true, "attracting": true, "received": true, "receives": true,
	"came": true, "comes": true, "come": true, "coming": true,
}

// receivingRule stands for a drawing verb when its subject is read with
// verbArguments.
var receivingRule = eventRule{name: "criticism-received", typ: graph.Accuse}

// criticismReceived reads "Y drew condemnation from X", "Y came under
// criticism from X", "Y has faced strong criticism from X and Z": X
// accuses Y, the subject of the drawing verb. "Under fire from" is left
// out: as often it is gunfire.
func (a *article) criticismReceived(v *sentenceView, t int) *candidate {
	toks := v.toks
	verb := -1
	for k := t - 1; k >= 0 && k >= t-3; k-- {
		if drawingVerbs[toks[k].norm] {
			verb = k
			break
		}
		if v.at[k] >= 0 || toks[k].punct {
			return nil
		}
	}
	if verb < 0 || (toks[verb].norm == "came" || toks[verb].norm == "come" || toks[verb].norm == "comes" || toks[verb].norm == "coming") && toks[verb+1].norm != "under" {
		return nil
	}
	if t+2 >= len(toks) || (toks[t+1].norm != "from" && toks[t+1].norm != "by") {
		return nil
	}
	o := t + 2
	if toks[o].norm == "the" && o+1 < len(toks) {
		o++
	}
	n := v.at[o]
	if n < 0 || v.ms[n].first != o || v.ms[n].ent.Kind == graph.Location || !(usable(v.ms[n]) || v.ms[n].modifier) {
		return nil
	}
	actors := []*graph.Entity{v.ms[n].ent}
	for _, m := range v.coordinated(n) {
		if m != n && !slices.Contains(actors, v.ms[m].ent) {
			actors = append(actors, v.ms[m].ent) // "from China and South Korea"
		}
	}
	c := &candidate{typ: graph.Accuse, mode: "disapprove", rule: "noun:criticism-received", trigger: t}
	subject, _ := a.verbArguments(v, verb, &receivingRule, c)
	if subject == nil {
		return nil
	}
	c.actors, c.targets = actors, []*graph.Entity{subject}
	return c
}

// accordingTo reads blame and threat told on a party's word: "According
// to X, Y is behind the attacks"; "Y is to blame, according to X".
func (a *article) accordingTo(v *sentenceView, t int) *candidate {
	toks := v.toks
	n := accordingSource(v, t)
	if n < 0 {
		return nil
	}
	c := partyJudged(v, v.ms[n].last+1, len(toks))
	if c == nil {
		c = partyJudged(v, 0, t)
	}
	if c == nil {
		return nil
	}
	c.actors = []*graph.Entity{v.ms[n].ent}
	return c
}

// accordingSource returns the mention of the party named after "according"
// at t ("according to the ministry", "According to Iran,"), or -1; a place
// is no source.
func accordingSource(v *sentenceView, t int) int {
	toks := v.toks
	if t+2 >= len(toks) || toks[t+1].norm != "to" {
		return -1
	}
	o := t + 2
	if toks[o].norm == "the" && o+1 < len(toks) {
		o++
	}
	n := v.at[o]
	if n < 0 || v.ms[n].first != o || v.ms[n].ent.Kind == graph.Location {
		return -1
	}
	return n
}

// warnedRule stands for "warned" when its subject is read with
// verbArguments.
var warnedRule = eventRule{name: "warn-consequences", typ: graph.Threaten}

// warnedOfConsequences reads "X warned of serious consequences if Y
// continues": X threatens Y, the subject of the condition.
func (a *article) warnedOfConsequences(v *sentenceView, t int) *candidate {
	toks := v.toks
	if t+2 >= len(toks) || toks[t+1].norm != "of" {
		return nil
	}
	cond := -1
	for k := t + 2; k < len(toks) && k <= t+6; k++ {
		if consequenceNouns[toks[k].norm] && k+1 < len(toks) && (toks[k+1].norm == "if" || toks[k+1].norm == "unless" || toks[k+1].norm == "should") {
			cond = k + 2
			break
		}
		if v.at[k] >= 0 || toks[k].punct {
			return nil
		}
	}
	if cond < 0 || cond >= len(toks) {
		return nil
	}
	o := cond
	if toks[o].norm == "the" && o+1 < len(toks) {
		o++
	}
	n := v.at[o]
	if n < 0 || v.ms[n].first != o || !usable(v.ms[n]) || v.ms[n].ent.Kind == graph.Location {
		return nil
	}
	c := &candidate{typ: graph.Threaten, rule: "verb:warn-consequences", trigger: t}
	actor, _ := a.verbArguments(v, t, &warnedRule, c)
	if actor == nil {
		return nil
	}
	c.actors, c.targets = []*graph.Entity{actor}, []*graph.Entity{v.ms[n].ent}
	return c
}

// pastAs returns where the complement of the naming verb at t starts, its
// object ending at end: after "as" ("described the plan as"), else at end
// ("called the plan a blunder"); ok is false when the verb names only
// with "as" ("described the plan a blunder" is no naming).
func pastAs(toks []token, t, end int) (k int, ok bool) {
	if toks[end].norm == "as" {
		return end + 1, true
	}
	return end, namingVerbs[toks[t].norm] != "as"
}
