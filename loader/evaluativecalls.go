package loader

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// This file reads evaluations told as descriptions: a naming verb
// (namingVerbs: "called", "branded", "described ... as") whose object is
// a party, or a deed whose owner the phrase names, and whose complement
// judges it:
//   - praise of a party: "X described Y as a key ally", "X called Y an
//     important partner" — X supports Y (mode praise); praise of a deed:
//     "X called Y's reform a great success" — X supports its owner;
//   - condemnation in words the verdict lists of judge.go and criticism.go
//     leave out, because their other frames would misread them ("a
//     serious blow to relations", "a declaration of war", "the Great
//     Satan", "disturbing", "disproportionate") — X accuses Y;
//   - deeds whose owner the lists of criticism.go's ownedObject miss: a
//     demonym ("the Israeli offensive"), an agent after a participle
//     ("the sanctions imposed by Y", "the rally held by Y's party") and
//     the body a vote was held in ("the vote in the French parliament").
//   - "it" or "them" after the verb, for the party named before it in the
//     sentence: "urged Y to halt its raids, terming them disproportionate";
//   - passives whose agent the lexicon's passive misses: "Y, described by
//     X as a rogue state", "Y was described as a danger by X".
// A deed with no owner in the sentence ("called the war a blunder")
// accuses no one here.

// praisedPartyNouns call a party something good: "a key ally".
var praisedPartyNouns = map[string]bool{
	"ally": true, "allies": true, "friend": true, "friends": true, "partner": true, "partners": true, "hero": true,
	"heroes": true, "champion": true, "statesman": true, "peacemaker": true, "visionary": true, "honorable": true,
	"honourable": true,
}

// praisedDeedNouns call a deed something good: "a great success".
var praisedDeedNouns = map[string]bool{
	"success": true, "achievement": true, "triumph": true, "milestone": true, "breakthrough": true,
}

// condemningWords condemn what they are said of in a naming verb's
// complement. They stay out of disapprovalWords and verdicts, whose
// frames read statements at large ("a blow to the economy", "the
// disturbing news"). Labels such as "a separatist", "extremists" or
// "massacres" condemn only here: elsewhere they name a party's members
// or a deed ("the separatist leader", "the massacre of villagers").
var condemningWords = map[string]bool{
	"disturbing": true, "sickening": true, "unwise": true, "disproportionate": true, "excessive": true,
	"waste": true, "incorrect": true, "inaccurate": true, "false": true, "untrue": true, "unhelpful": true,
	"worrying": true, "alarming": true, "troubling": true, "damaging": true, "harmful": true,
	"destructive": true, "setback": true, "satan": true, "affront": true, "heinous": true, "vile": true,
	"odious": true, "monstrous": true, "senseless": true, "treacherous": true, "irrational": true,
	"immoral": true, "unethical": true, "distortion": true, "slanderous": true, "defamatory": true,
	"biased": true, "intolerable": true, "inexcusable": true, "unforgivable": true, "inhuman": true,
	"savage": true, "unreliable": true, "untrustworthy": true, "meddling": true, "blatant": true,
	"flagrant": true, "unconscionable": true, "despotic": true, "authoritarian": true, "simplistic": true,
	"divisive": true, "loser": true, "losers": true, "injustice": true, "massacre": true, "massacres": true,
	"separatist": true, "separatists": true, "splittist": true, "splittists": true, "secessionist": true,
	"secessionists": true, "extremist": true, "extremists": true,
}

// deedAgentParticiples name who did a deed after its noun: "the sanctions
// imposed by Y".
var deedAgentParticiples = map[string]bool{
	"imposed": true, "held": true, "taken": true, "made": true, "launched": true, "carried": true, "adopted": true,
	"passed": true, "proposed": true, "announced": true, "issued": true, "staged": true, "organised": true,
	"organized": true, "conducted": true, "ordered": true, "introduced": true, "approved": true, "planned": true,
	"undertaken": true, "pursued": true, "deployed": true,
}

// describingRule stands for a naming verb when its subject is read with
// verbArguments.
var describingRule = eventRule{name: "evaluative-call", typ: graph.Accuse, mode: "disapprove"}

// evaluativeCalls reads the frames of this file in the sentence.
func (a *article) evaluativeCalls(s sentence, v *sentenceView) []*candidate {
	var out []*candidate
	toks := v.toks
	for t, tok := range toks {
		if v.at[t] >= 0 || !tok.is(classNamingVerb) || namingVerbs[tok.norm] == "" {
			continue
		}
		c := a.describedParty(v, t)
		if c == nil || conditioned(toks, t) || placedActor(v, c) {
			continue
		}
		if !a.framed(c, s) {
			continue
		}
		c.status = frameStatus(toks, t, true) // "will describe", "may call"
		out = append(out, c)
	}
	return out
}

// describedParty reads the naming verb at t with its object and the
// complement that judges it, and returns the praise or accusation of the
// party the object names or whose deed it names, or nil. A passive or
// negated verb judges no one.
func (a *article) describedParty(v *sentenceView, t int) *candidate {
	toks := v.toks
	if t+2 >= len(toks) || t > 0 && negatedVerb(toks, t) {
		return nil
	}
	if t > 0 && (beForms[toks[t-1].norm] || toks[t-1].text == ",") && !strings.HasSuffix(toks[t].norm, "ing") {
		if c := a.describedPassive(v, t); c != nil || beForms[toks[t-1].norm] {
			return c
		}
	}
	if t == 0 && !strings.HasSuffix(toks[t].norm, "ing") || prepositions[toks[t+1].norm] || toks[t+1].norm == "for" {
		return nil // "called on Y to", "called for talks"
	}
	var owner *graph.Entity
	deed, end := false, t+2
	pronoun := toks[t+1].norm == "it" || toks[t+1].norm == "them"
	if !pronoun {
		owner, deed, end = v.evaluatedObject(t + 1)
		if owner == nil {
			return nil
		}
	}
	if end >= len(toks) {
		return nil
	}
	k, ok := pastAs(toks, t, end)
	if !ok {
		return nil
	}
	praised, at := judgedInComplement(v, k, deed)
	if at < 0 {
		return nil
	}
	c := &candidate{typ: graph.Accuse, mode: "disapprove", rule: "verb:evaluative-call", trigger: t}
	if praised {
		c.typ, c.mode, c.rule = graph.Support, "praise", "verb:praising-call"
	}
	var actor *graph.Entity
	if t == 0 {
		actor = v.mainClauseSubject(at) // "Calling Y's plan a disaster, X said"
	} else {
		actor, _ = a.verbArguments(v, t, &describingRule, c)
	}
	if actor == nil || actor.Kind == graph.Location {
		return nil
	}
	if pronoun {
		owner = v.referredObject(t, actor) // "criticised Y's plan, calling it a disaster"
	}
	if owner == nil || actor == owner {
		return nil
	}
	c.actors, c.targets = []*graph.Entity{actor}, []*graph.Entity{owner}
	return c
}

// evaluatedObject reads, at k, a naming verb's object: a named party
// ("Y", "the Y government"), or a deed with its owner — the shapes of
// ownedObject ("Y's plan", "the policy of Y"), a demonym ("the Israeli
// offensive"), an agent after a participle ("the sanctions imposed by
// Y") or the body a vote was held in ("the vote in the French
// parliament"). It returns the party, whether it owns a deed, and the
// index after the phrase; nil where no party is named or the phrase names
// what befell the party ("Y's arrest").
func (v *sentenceView) evaluatedObject(k int) (*graph.Entity, bool, int) {
	toks := v.toks
	if owner, end := v.ownedObject(k); owner != nil {
		return owner, true, end
	}
	if k < len(toks) && (toks[k].norm == "the" || toks[k].norm == "a" || toks[k].norm == "an") {
		k++
	}
	if k >= len(toks) {
		return nil, false, -1
	}
	if n := v.at[k]; n >= 0 {
		m := v.ms[n]
		if m.first != k || m.ent.Kind == graph.Location || m.place {
			return nil, false, -1
		}
		if toks[m.last].poss {
			// "Y's Mahdi Army": the party the possessive owns is judged.
			if m.last+1 < len(toks) {
				if o := v.at[m.last+1]; o >= 0 && v.ms[o].first == m.last+1 && usable(v.ms[o]) && v.ms[o].ent.Kind != graph.Location {
					return v.ms[o].ent, false, v.ms[o].last + 1
				}
			}
			return nil, false, -1
		}
		if !m.modifier && m.form != formDemonym && endsOwnedPhrase(v, m.last+1, m.last+1) {
			return m.ent, false, m.last + 1 // "called Y an ally"
		}
		head := -1 // "the Israeli offensive", "the Labour campaign"
		for i := m.last + 1; i < len(toks) && i <= m.last+maxOwnedSpan && !endsOwnedPhrase(v, i, m.last+1); i++ {
			head = i
		}
		if head < 0 || sufferedNouns[toks[head].norm] {
			return nil, false, -1
		}
		return m.ent, true, head + 1
	}
	// "the sanctions imposed by Y", "the vote in the French parliament".
	head := -1
	for i := k; i < len(toks) && i < k+maxOwnedSpan; i++ {
		u := toks[i]
		if u.punct || u.upper || deedAgentParticiples[u.norm] || prepositions[u.norm] || isVerdict(u.norm) || condemningWords[u.norm] {
			break
		}
		head = i
	}
	if head < 0 || head+2 >= len(toks) || sufferedNouns[toks[head].norm] {
		return nil, false, -1
	}
	o := -1
	switch u := toks[head+1]; {
	case deedAgentParticiples[u.norm] && toks[head+2].norm == "by":
		o = head + 3
	case u.norm == "in" && (toks[head].norm == "vote" || toks[head].norm == "votes" || toks[head].norm == "decision" || toks[head].norm == "resolution"):
		o = head + 2
	}
	if o < 0 || o >= len(toks) {
		return nil, false, -1
	}
	if toks[o].norm == "the" && o+1 < len(toks) {
		o++
	}
	n := v.at[o]
	if n < 0 || v.ms[n].first != o || v.ms[n].place || v.ms[n].ent.Kind == graph.Location {
		return nil, false, -1
	}
	m := v.ms[n]
	if toks[head+1].norm == "in" && m.ent.Kind != graph.Organization && m.form != formDemonym && !m.modifier {
		return nil, false, -1 // "the vote in Russia": a place, not a body
	}
	end := m.last + 1
	if toks[m.last].poss {
		for end < len(toks) && end <= m.last+2 && !endsOwnedPhrase(v, end, m.last+1) {
			end++ // "held by Y's party"
		}
	} else {
		for end < len(toks) && end <= m.last+2 && !endsOwnedPhrase(v, end, m.last+1) && !toks[end].upper {
			end++ // "in the French parliament"
		}
	}
	return m.ent, true, end
}

// judgedInComplement reads the complement of a naming verb from k, up to
// any negation, name or clause boundary, and reports whether it praises
// or condemns and where the judging word stands (-1 for neither): a word
// that condemns anywhere in it wins over one that praises ("a partner in
// crime"). A deed is praised as a success, a party as an ally.
func judgedInComplement(v *sentenceView, k int, deed bool) (praised bool, at int) {
	toks := v.toks
	if k < len(toks) && coordinators[toks[k].norm] {
		return false, -1 // "called the FBI and became a hero": a telephone call
	}
	praise, blame := -1, -1
	for i := k; i < len(toks) && i < k+7; i++ {
		u := toks[i]
		if negations[u.norm] || v.at[i] >= 0 || clauseBreak(u) || (u.punct && !isQuoteMark(u) && u.text != "-") {
			break
		}
		w := u.norm
		switch {
		case isVerdict(w) || condemningWords[w] || condemningPhrase(toks, i):
			if blame < 0 {
				blame = i
			}
		case praise < 0 && (deed && praisedDeedNouns[w] || !deed && praisedPartyNouns[w]) && !formerBefore(toks, i, k):
			praise = i
		}
	}
	switch {
	case blame >= 0:
		return false, blame
	case praise >= 0:
		return true, praise
	}
	return false, -1
}

// condemningPhrase reports a phrase of condemnation ending at i whose words
// alone do not condemn: "a declaration of war", "an act of war", "a
// (serious) blow to", "a slap in the face".
func condemningPhrase(toks []token, i int) bool {
	w := toks[i].norm
	switch {
	case w == "war" && i >= 2 && toks[i-1].norm == "of" && (toks[i-2].norm == "declaration" || toks[i-2].norm == "act"):
		return true
	case w == "blow" || w == "blows":
		return i+1 < len(toks) && toks[i+1].norm == "to" || i > 0 && severeWords[toks[i-1].norm]
	case w == "slap" && i+1 < len(toks) && toks[i+1].norm == "in":
		return true
	}
	return false
}

// severeWords make a blow condemn with no "to" after it: "a serious
// blow".
var severeWords = map[string]bool{"serious": true, "severe": true, "heavy": true, "major": true, "huge": true, "grave": true, "terrible": true, "damaging": true}

// formerBefore reports "former" or "old" among the words from k to i: a
// "former ally" is no praise.
func formerBefore(toks []token, i, k int) bool {
	for j := k; j < i; j++ {
		if toks[j].norm == "former" || toks[j].norm == "erstwhile" || toks[j].norm == "one-time" {
			return true
		}
	}
	return false
}

// referredObject returns the party "it" or "them" after the naming verb
// at t stands for: the nearest party named before the verb in the
// sentence, as an object or a possessive ("urged Y to cease its attacks,
// terming them disproportionate", "dismissed Y's remarks, calling them
// outrageous"), not one after a preposition ("the attack on Y, calling
// it": the attack is meant), nor one before the verb's subject actor. Nil
// where none is named: the thing referred to is then no party's here.
func (v *sentenceView) referredObject(t int, actor *graph.Entity) *graph.Entity {
	toks := v.toks
	for k := t - 1; k >= 0; k-- {
		n := v.at[k]
		if n < 0 {
			if clauseBreak(toks[k]) && toks[k].text != "," && toks[k].norm != "and" {
				return nil
			}
			continue
		}
		m := v.ms[n]
		k = m.first
		if m.ent == actor {
			return nil // "Y said ... and X called them": what Y said, not Y
		}
		if m.place || m.ent.Kind == graph.Location || !usable(m) || !v.headsPhrase(n) {
			continue // "a US based organisation", "violent Hamas attacks"
		}
		if v.obliqueMention(n) {
			return nil
		}
		return m.ent
	}
	return nil
}

// describedPassive reads a passive naming verb at t, after a form of "be"
// or a comma, whose agent the lexicon's passive (call-names) misses: one
// before an "as" complement ("Y was described by X as a threat", "Y,
// branded by X a dictatorship,"), or one after a complement of this
// file's words ("Y was described as a danger to peace by X"). X accuses
// Y.
func (a *article) describedPassive(v *sentenceView, t int) *candidate {
	toks := v.toks
	if strings.HasSuffix(toks[t].norm, "ing") {
		return nil
	}
	agent, from := -1, t+1
	if toks[t+1].norm == "by" {
		agent = t + 1
		from = v.agentEnd(agent)
		if from < 0 {
			return nil
		}
	}
	k, ok := pastAs(toks, t, from)
	if !ok || k >= len(toks) {
		return nil
	}
	praised, at := judgedInComplement(v, k, false)
	if at < 0 || praised {
		return nil
	}
	if agent < 0 {
		for i := at + 1; i < len(toks) && i <= at+6; i++ {
			if toks[i].norm == "by" {
				agent = i
				break
			}
			if clauseBreak(toks[i]) || v.at[i] >= 0 || toks[i].punct && !isQuoteMark(toks[i]) {
				return nil
			}
		}
		if agent < 0 || v.agentEnd(agent) < 0 {
			return nil
		}
	}
	o := agent + 1
	if toks[o].norm == "the" {
		o++
	}
	actor := v.ms[v.at[o]].ent
	var target *graph.Entity
	if toks[t-1].text == "," {
		if n := v.headBefore(t - 1); n >= 0 {
			target = v.ms[n].ent // "Y, described by X as"
		}
	} else if n := v.passiveSubject(t, t-1, false); n >= 0 && v.headsPhrase(n) {
		target = v.ms[n].ent // not "the blockades, a catalyst for Hamas attacks, were condemned"
	}
	if target == nil || actor == target || actor.Kind == graph.Location || target.Kind == graph.Location {
		return nil
	}
	return &candidate{typ: graph.Accuse, mode: "disapprove", rule: "verb:evaluative-call-passive", trigger: t,
		actors: []*graph.Entity{actor}, targets: []*graph.Entity{target}}
}

// agentEnd returns the index after the party named after "by" at b ("by
// the United Kingdom government"), or -1 where no party is named there.
func (v *sentenceView) agentEnd(b int) int {
	toks := v.toks
	o := b + 1
	if o < len(toks) && toks[o].norm == "the" {
		o++
	}
	if o >= len(toks) || v.at[o] < 0 || v.ms[v.at[o]].first != o || v.ms[v.at[o]].place {
		return -1
	}
	end := v.ms[v.at[o]].last + 1
	for end < len(toks) && end <= v.ms[v.at[o]].last+2 && (toks[end].norm == "government" || toks[end].norm == "officials" || toks[end].norm == "administration") {
		end++ // "by the United Kingdom government as"
	}
	if end >= len(toks) {
		return -1
	}
	return end
}

// headsPhrase reports whether mention n heads its noun phrase, or owns
// its head as a possessive, rather than modifying a noun after it ("the
// Hamas attacks", "a US based group"): the words after it end the phrase
// or open a predicate.
func (v *sentenceView) headsPhrase(n int) bool {
	m := v.ms[n]
	if v.toks[m.last].poss || v.phraseEnds(m.last+1) {
		return true
	}
	w := v.toks[m.last+1].norm
	return beForms[w] || auxiliaries[w] || copulaAuxiliaries[w] || w == "to" || w == "as" || isQuoteMark(v.toks[m.last+1])
}
