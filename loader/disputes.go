package loader

import (
	"slices"
	"strings"

	"github.com/geokg/geokg/graph"
)

// This file reads disputes the lexicon and the frames elsewhere do not
// reach: a lawsuit or legal action brought against a party (CAMEO 115,
// an accusation): "X filed a lawsuit against Y", "X took legal action
// against Y", "a lawsuit was filed against Y by X", "X's lawsuit against
// Y". The noun alone ("the lawsuit") names no party: only "against" after
// it names the accused.

// lawsuitNouns name a lawsuit by themselves; "suit" is one only before
// "against" ("followed suit" is none).
var lawsuitNouns = map[string]bool{"lawsuit": true, "lawsuits": true, "suit": true, "suits": true}

// legalNouns are legal action after "legal": "legal action", "legal
// proceedings", "a legal challenge".
var legalNouns = map[string]bool{"action": true, "actions": true, "proceedings": true, "challenge": true, "case": true}

// bringVerbs bring a lawsuit or take legal action; their subject sues.
var bringVerbs = map[string]bool{
	"filed": true, "file": true, "files": true, "filing": true, "brought": true, "bring": true, "brings": true, "bringing": true,
	"launched": true, "launch": true, "launches": true, "launching": true, "took": true, "take": true, "takes": true, "taking": true,
	"initiated": true, "initiate": true, "lodged": true, "lodge": true, "started": true, "start": true, "pursue": true, "pursued": true,
	"pursuing": true, "instituted": true,
}

// lawsuitRule is the rule whose verb frame finds who brings a lawsuit.
var lawsuitRule = eventRule{name: "lawsuit", typ: graph.Accuse}

// maxLawsuitSpan bounds the words between a bringing verb and the lawsuit
// noun ("filed a US$543 million defamation lawsuit").
const maxLawsuitSpan = 6

// legalActions reads the lawsuits and legal actions of the sentence.
func (a *article) legalActions(s sentence, v *sentenceView) []*candidate {
	var out []*candidate
	toks := v.toks
	for t, tok := range toks {
		if !tok.is(classLawsuitNoun) && !(tok.is(classLegalNoun) && t > 0 && toks[t-1].norm == "legal") {
			continue
		}
		if v.at[t] >= 0 {
			continue // part of a name
		}
		against := -1
		for k := t + 1; k < len(toks) && k <= t+3; k++ {
			if toks[k].norm == "against" {
				against = k
				break
			}
			if toks[k].punct || v.at[k] >= 0 {
				break
			}
		}
		if against < 0 || (tok.norm == "suit" || tok.norm == "suits") && against != t+1 && toks[t+1].norm != "was" {
			continue
		}
		m := v.directObject(against)
		if m < 0 || v.ms[m].first > against+4 || v.ms[m].ent.Kind == graph.Location {
			continue
		}
		c := &candidate{rule: "noun:lawsuit", trigger: t, noun: true}
		actor, verb := a.plaintiff(v, t, v.ms[m].last, c)
		if actor == nil || a.sameSide(actor, v.ms[m].ent) {
			continue
		}
		c.sent = s
		c.typ, c.confidence = graph.Accuse, 0.6
		// "will take legal action", "threatened to file a lawsuit": only
		// intended. The bringing verb, where there is one, carries the cues.
		if verb >= 0 {
			c.status = frameStatus(toks, verb, true)
		} else {
			c.status = frameStatus(toks, t, false)
		}
		if !a.setParties(c, []*graph.Entity{actor}, []*graph.Entity{v.ms[m].ent}) {
			continue
		}
		out = append(out, c)
	}
	return out
}

// plaintiff returns who brings the lawsuit named at t, whose defendant's
// name ends at last: the agent after it ("filed against Y by X"), its
// possessor ("X's lawsuit against Y") or the subject of the verb that
// brings it ("X filed a lawsuit", "X took legal action"); or nil. verb is
// the index of that verb, or -1.
func (a *article) plaintiff(v *sentenceView, t, last int, c *candidate) (actor *graph.Entity, verb int) {
	toks := v.toks
	if k := last + 2; k < len(toks) && toks[last+1].norm == "by" {
		if toks[k].norm == "the" && k+1 < len(toks) {
			k++
		}
		// "by the Indonesian Environment Ministry": a demonym names the state.
		if n := v.at[k]; n >= 0 && (usable(v.ms[n]) || v.ms[n].form == formDemonym) && v.ms[n].ent.Kind != graph.Location {
			c.rule = "noun:lawsuit-by"
			return v.ms[n].ent, -1
		}
	}
	for k := t - 1; k >= 0 && k >= t-maxLawsuitSpan; k-- {
		if n := v.at[k]; n >= 0 {
			if toks[v.ms[n].last].poss && usable(v.ms[n]) && v.ms[n].ent.Kind != graph.Location {
				c.rule = "noun:lawsuit-possessive"
				return v.ms[n].ent, -1
			}
			continue // "a US$543 million lawsuit", "the Indonesian lawsuit"
		}
		if bringVerbs[toks[k].norm] {
			actor, _ = a.verbArguments(v, k, &lawsuitRule, c)
			c.rule = "noun:lawsuit-subject"
			return actor, k
		}
		if clauseBreak(toks[k]) || toks[k].punct && toks[k].text != "$" {
			return nil, -1
		}
	}
	return nil, -1
}

// crowdProtestNouns name protests by a crowd.
var crowdProtestNouns = map[string]bool{
	"protest": true, "protests": true, "demonstration": true, "demonstrations": true, "rally": true, "rallies": true,
	"march": true, "marches": true, "riots": true,
}

// protestVenuePrepositions put a protest in a place: "in Haiti", "across
// Pakistan".
var protestVenuePrepositions = map[string]bool{"in": true, "across": true, "throughout": true}

// maxVenueGap bounds the words between a protest's target and the place it
// is held ("against Israel broke out on Monday in several cities of Jordan").
const maxVenueGap = 10

// protestsHeldIn reads protests by an unnamed crowd against a party, held
// in a named country: "Protests against Israel broke out in Jordan",
// "Protests against the president of the Dominican Republic turned violent
// on Monday in Haiti". ANNOTATION.md makes the country of unnamed
// protesters the actor.
func (a *article) protestsHeldIn(s sentence, v *sentenceView) []*candidate {
	var out []*candidate
	toks := v.toks
	for t, tok := range toks {
		if !tok.is(classCrowdProtestNoun) || v.at[t] >= 0 || t+2 >= len(toks) || toks[t+1].norm != "against" {
			continue
		}
		m := v.partyAfter(t + 1)
		if m < 0 {
			continue
		}
		venue := v.venueAfter(v.ms[m].last)
		if venue < 0 {
			venue = v.venueBefore(t)
		}
		if venue < 0 {
			continue
		}
		actor, target := a.countryOf(v.ms[venue].ent), v.ms[m].ent
		if actor == nil || a.sameSide(actor, target) || a.countryOf(target) == actor {
			continue // "protests against the government in Georgia": no second party
		}
		c := &candidate{typ: graph.Protest, mode: "demonstrate", rule: "noun:protest-held-in", trigger: t, noun: true, sent: s, confidence: 0.55}
		c.status = frameStatus(toks, t, false)
		if !a.setParties(c, []*graph.Entity{actor}, []*graph.Entity{target}) {
			continue
		}
		out = append(out, c)
	}
	return out
}

// partyAfter returns the party that a preposition at p governs, named at
// the head of its object: "against Israel", "against the president of the
// Dominican Republic", "against the Israeli government"; not "against the
// war in Iraq", whose head is no party. -1 where there is none.
func (v *sentenceView) partyAfter(p int) int {
	toks := v.toks
	for k := p + 1; k < len(toks) && k <= p+5; k++ {
		if n := v.at[k]; n >= 0 {
			m := v.ms[n]
			if m.form == formDemonym && m.last+1 < len(toks) && groupNouns[toks[m.last+1].norm] {
				return n // "the Israeli government"
			}
			if !usable(m) || m.ent.Kind == graph.Location || toks[m.last].poss {
				return -1 // "against the government's support for": the support is protested
			}
			return n
		}
		w := toks[k].norm
		if w != "the" && w != "of" && !isTitleWord(w) {
			return -1
		}
	}
	return -1
}

// venueAfter returns a named country or place after a preposition of place
// that follows the word at last in the same clause, or -1.
func (v *sentenceView) venueAfter(last int) int {
	toks := v.toks
	for k := last + 1; k+1 < len(toks) && k <= last+maxVenueGap; k++ {
		if toks[k].punct && toks[k].text != "," || clauseBreak(toks[k]) || venueClauseOpeners[toks[k].norm] {
			return -1
		}
		if protestVenuePrepositions[toks[k].norm] {
			if n := v.at[k+1]; n >= 0 && (v.ms[n].ent.Kind == graph.Country || v.ms[n].ent.Kind == graph.Location) {
				return n
			}
		}
	}
	return -1
}

// venueBefore returns the place of a sentence that opens "In X, protests
// against", or -1.
func (v *sentenceView) venueBefore(t int) int {
	toks := v.toks
	if t < 3 || !protestVenuePrepositions[toks[0].norm] {
		return -1
	}
	n := v.at[1]
	if n < 0 || v.ms[n].last+1 >= t || toks[v.ms[n].last+1].text != "," {
		return -1
	}
	if e := v.ms[n].ent; e.Kind != graph.Country && e.Kind != graph.Location {
		return -1
	}
	return n
}

// venueClauseOpeners open a clause of their own, whose places are not the
// protest's.
var venueClauseOpeners = map[string]bool{"where": true, "which": true, "who": true, "that": true, "while": true, "after": true, "before": true, "when": true}

// accountHoldVerbs hold a party to account: "held Y responsible".
var accountHoldVerbs = map[string]bool{"hold": true, "holds": true, "held": true, "holding": true}

// speakerPronouns open a clause reported for a speaker named before them:
// "X said he held Y responsible", "officials stated that they were holding".
var speakerPronouns = map[string]bool{"he": true, "she": true, "they": true, "we": true, "i": true, "it": true}

// accountHeads may stand between "held" and "responsible" around the party.
var accountHeads = map[string]bool{"the": true, "of": true, "to": true, "be": true, "your": true, "their": true, "its": true, "our": true, "and": true}

// maxHeldSpan bounds the words between "held" and "responsible": "held the
// government of Lebanon directly responsible", "hold your British Prime
// Minister to be substantially responsible".
const maxHeldSpan = 10

// heldToAccount reads blame laid with "hold": "X held the government of Y
// responsible for the attack", "X said he held President Y responsible",
// `"We must hold the Sudanese government accountable," X said` — X accuses
// Y. judge.go reads the plain "X held Y responsible"; this adds the
// longer objects and the speaker behind a pronoun.
func (a *article) heldToAccount(s sentence, v *sentenceView) []*candidate {
	var out []*candidate
	toks := v.toks
	for t, tok := range toks {
		if !tok.is(classAccountHoldVerb) || v.at[t] >= 0 || t > 0 && beForms[toks[t-1].norm] && tok.norm != "holding" {
			continue // "was held responsible": a passive names the accused first
		}
		target := v.heldParty(t)
		if target == nil {
			continue
		}
		c := &candidate{typ: graph.Accuse, rule: "verb:held-to-account", trigger: t, sent: s, confidence: 0.6}
		actor, _ := a.verbArguments(v, t, &blamingRule, c)
		if actor == nil {
			actor = a.pronounSpeaker(v, t)
			c.rule = "verb:held-to-account-speaker"
		}
		if actor == nil || a.sameSide(actor, target) {
			continue
		}
		c.status = frameStatus(toks, t, true)
		if !a.setParties(c, []*graph.Entity{actor}, []*graph.Entity{target}) {
			continue
		}
		out = append(out, c)
	}
	return out
}

// heldParty returns the party that the "hold" at t makes responsible: the
// first party named between it and "responsible", with only determiners,
// titles, "of", adverbs and capitalised words between; a demonym before
// "government" names its state. Nil where there is none.
func (v *sentenceView) heldParty(t int) *graph.Entity {
	toks := v.toks
	var party *graph.Entity
	for k := t + 1; k < len(toks) && k <= t+maxHeldSpan; k++ {
		if responsibleWords[toks[k].norm] {
			return party
		}
		if n := v.at[k]; n >= 0 {
			m := v.ms[n]
			if party == nil && m.ent.Kind != graph.Location && (usable(m) || m.form == formDemonym) {
				party = m.ent
			}
			k = m.last
			continue
		}
		w := toks[k]
		if w.punct && !w.hyphen || !(accountHeads[w.norm] || groupNouns[w.norm] || isTitleWord(w.norm) || w.upper || strings.HasSuffix(w.norm, "ly")) {
			return nil
		}
	}
	return nil
}

// pronounSpeaker returns whom the pronoun subject of the verb at t stands
// for when it reports the speaker's own stance: the subject of a verb of
// saying earlier in the sentence ("X said he held"), or the speaker of
// the quotation it stands in (`"We hold Y responsible," X said`). Nil
// where the subject is no such pronoun.
func (a *article) pronounSpeaker(v *sentenceView, t int) *graph.Entity {
	toks := v.toks
	j := t - 1
	for j >= 0 && (auxiliaries[toks[j].norm] || beForms[toks[j].norm] || toks[j].norm == "must" || strings.HasSuffix(toks[j].norm, "ly")) {
		j--
	}
	if j < 0 || !speakerPronouns[toks[j].norm] {
		return nil
	}
	if quoted(toks, j) {
		for q := j - 1; q >= 0; q-- {
			if isQuoteMark(toks[q]) {
				return a.quoteSpeaker(v, q+1)
			}
		}
		return a.quoteSpeaker(v, 0)
	}
	for k := j - 1; k >= 0 && k >= j-3; k-- {
		if toks[k].norm == "that" || toks[k].text == "," {
			continue
		}
		if speechAt(toks, k) {
			if e := a.speakerOf(v, k, false); e != nil {
				return e
			}
			e, _ := a.verbArguments(v, k, &evaluationRule, &candidate{})
			return e
		}
		break
	}
	return nil
}

// restVerbs say where blame lies: "the responsibility lies with Y".
var restVerbs = map[string]bool{"lies": true, "lie": true, "lay": true, "rests": true, "rest": true, "rested": true}

// blameNouns are what lies with a party.
var blameNouns = map[string]bool{"responsibility": true, "blame": true, "fault": true}

// blameLiesWith reads where a speaker says blame lies: "X said the
// responsibility for the uprising lies with Y", `"the responsibility lies
// with Y," X said` — X accuses Y.
func (a *article) blameLiesWith(s sentence, v *sentenceView) []*candidate {
	var out []*candidate
	toks := v.toks
	for t, tok := range toks {
		if !tok.is(classRestVerb) || t+2 >= len(toks) || toks[t+1].norm != "with" || !v.blameBefore(t) {
			continue
		}
		m := v.directObject(t + 1)
		if m < 0 || v.ms[m].first > t+4 || v.ms[m].ent.Kind == graph.Location {
			continue
		}
		speaker := a.blameSpeaker(v, t)
		if speaker == nil || a.sameSide(speaker, v.ms[m].ent) {
			continue
		}
		c := &candidate{typ: graph.Accuse, rule: "verb:blame-lies-with", trigger: t, sent: s, confidence: 0.6}
		c.status = frameStatus(toks, t, true)
		if !a.setParties(c, []*graph.Entity{speaker}, []*graph.Entity{v.ms[m].ent}) {
			continue
		}
		out = append(out, c)
	}
	return out
}

// blameBefore reports "responsibility" or "blame" as the subject of the
// verb at t, a few words before it in the same clause ("the
// responsibility for triggering the uprising lies").
func (v *sentenceView) blameBefore(t int) bool {
	for k := t - 1; k >= 0 && k >= t-8; k-- {
		if blameNouns[v.toks[k].norm] {
			return k == 0 || !negations[v.toks[k-1].norm]
		}
		if v.toks[k].punct && !v.toks[k].hyphen {
			return false
		}
	}
	return false
}

// blameSpeaker returns who says where blame lies: the subject of a verb of
// saying before the verb at t, or the speaker of the quotation it stands
// in.
func (a *article) blameSpeaker(v *sentenceView, t int) *graph.Entity {
	toks := v.toks
	if quoted(toks, t) {
		for q := t - 1; q >= 0; q-- {
			if isQuoteMark(toks[q]) {
				return a.quoteSpeaker(v, q+1)
			}
		}
		return a.quoteSpeaker(v, 0)
	}
	for k := t - 1; k >= 0; k-- {
		if speechAt(toks, k) {
			if e := a.speakerOf(v, k, false); e != nil {
				return e
			}
			e, _ := a.verbArguments(v, k, &evaluationRule, &candidate{})
			return e
		}
	}
	return nil
}

// voicingVerbs voice an opposition: "X reiterated its opposition to Y".
var voicingVerbs = map[string]bool{
	"voiced": true, "voice": true, "voices": true, "voicing": true, "expressed": true, "express": true, "expresses": true,
	"expressing": true, "reiterated": true, "reiterates": true, "reiterate": true, "repeated": true, "restated": true,
	"reaffirmed": true, "declared": true, "stated": true, "signalled": true, "signaled": true, "registered": true,
	"announced": true, "underlined": true, "stressed": true, "made": true,
}

// opposedHeads may stand between "opposition to" and the party opposed:
// "opposition to current Venezuelan president Hugo Chavez".
var opposedHeads = map[string]bool{"the": true, "a": true, "an": true, "any": true, "current": true, "former": true}

// maxOpposedSpan bounds the object of "opposition to" that is searched for
// its party: "opposition to a plan by Taiwan President Chen Shui-bian".
const maxOpposedSpan = 8

// voicedOpposition reads an opposition stated by a noun: "X reiterated its
// opposition to Y's independence", "Chinese opposition to a plan by Y",
// "X's opposition to Y is well known" — X rejects Y. The noun stands
// only before "to": "the opposition" alone is a party.
func (a *article) voicedOpposition(s sentence, v *sentenceView) []*candidate {
	var out []*candidate
	toks := v.toks
	for t, tok := range toks {
		if tok.norm != "opposition" || v.at[t] >= 0 || t+2 >= len(toks) || toks[t+1].norm != "to" {
			continue
		}
		target := v.opposedParty(t + 1)
		if target == nil {
			continue
		}
		c := &candidate{typ: graph.Reject, rule: "noun:opposition-to", trigger: t, noun: true, sent: s, confidence: 0.55}
		actor := a.opponent(v, t, c)
		if actor == nil || a.sameSide(actor, target) {
			continue
		}
		// The cues before the noun only: "opposition to a plan" is no plan.
		if c.status = clauseStatus(toks[:t+1], t, make([]bool, t+1), false); c.status == "" {
			c.status = graph.Reported
		}
		if !a.setParties(c, []*graph.Entity{actor}, []*graph.Entity{target}) {
			continue
		}
		out = append(out, c)
	}
	return out
}

// opposedParty returns the party that the object of the "to" at p names:
// the party itself ("opposition to the United States"), the owner of what
// is opposed ("to Kosovo's independence", "to the American plan") or its
// author after "by" ("to a plan by Y", "to the law passed by Y"). Nil
// where the object names no party at its head: "to the war in Iraq".
func (v *sentenceView) opposedParty(p int) *graph.Entity {
	toks := v.toks
	bare := true // only determiners and titles so far
	for k := p + 1; k < len(toks) && k <= p+maxOpposedSpan; k++ {
		w := toks[k]
		if n := v.at[k]; n >= 0 {
			m := v.ms[n]
			switch {
			case toks[m.last].poss && m.ent.Kind != graph.Location:
				return m.ent // "Kosovo's independence"
			case m.form == formDemonym && m.last+1 < len(toks) && isTitleWord(toks[m.last+1].norm):
				// "current Venezuelan president Hugo Chavez": the person follows
			case m.form == formDemonym && bare:
				if m.last+1 < len(toks) && !toks[m.last+1].punct {
					return m.ent // "the American plan"
				}
				return nil
			case bare && usable(m) && m.ent.Kind != graph.Location:
				return m.ent
			}
			if m.form != formDemonym && !m.modifier && !isTitleWord(toks[m.first].norm) {
				return nil
			}
			k = m.last
			continue
		}
		if w.norm == "by" {
			// "a plan by Taiwan President Chen Shui-bian": the author,
			// after the modifiers and titles that name his office.
			if n := v.directObject(k); n >= 0 && v.ms[n].first <= k+5 && v.ms[n].ent.Kind != graph.Location {
				return v.ms[n].ent
			}
			return nil
		}
		if isQuoteMark(w) {
			continue // "opposition to the \"anti-secession\" law passed by Y"
		}
		if w.punct || clauseBreak(w) || venueClauseOpeners[w.norm] {
			return nil
		}
		if !opposedHeads[w.norm] && !isTitleWord(w.norm) {
			bare = false
		}
	}
	return nil
}

// opponent returns who states the opposition at t: its possessor ("X's
// opposition"), a state named as its attribute ("Chinese opposition"), or
// the subject of the verb that voices it ("X reiterated its opposition").
func (a *article) opponent(v *sentenceView, t int, c *candidate) *graph.Entity {
	toks := v.toks
	k := t - 1
	for k >= 0 && (toks[k].norm == "strong" || toks[k].norm == "firm" || toks[k].norm == "continued" || toks[k].norm == "fierce" || strings.HasSuffix(toks[k].norm, "ly")) {
		k--
	}
	if k < 0 {
		return nil
	}
	if n := v.at[k]; n >= 0 {
		m := v.ms[n]
		if m.ent.Kind == graph.Location || !toks[m.last].poss && m.form != formDemonym && !m.modifier {
			return nil
		}
		c.rule = "noun:opposition-to-possessive"
		return m.ent
	}
	if _, ok := possessivePronouns[toks[k].norm]; ok {
		k--
	}
	if k >= 0 && voicingVerbs[toks[k].norm] {
		actor, _ := a.verbArguments(v, k, &opposingRule, c)
		c.rule = "noun:opposition-to-subject"
		return actor
	}
	return nil
}

// opposingRule stands for the verb voicing an opposition when its subject
// is read with verbArguments.
var opposingRule = eventRule{name: "opposition", typ: graph.Reject}

// subjectOpenersOfClause end the words before a passive's subject: the
// subject opens the sentence or the clause after one of them.
var subjectOpenersOfClause = map[string]bool{
	"that": true, "which": true, "when": true, "while": true, "after": true, "because": true, "although": true,
	"but": true, "since": true, "as": true, "whereas": true,
}

// judgedPassiveSubject returns whom a passive judgement is aimed at, given
// n, the mention passiveSubject found before the auxiliary at k: for a
// judgement ("was condemned by", "has been rejected by"), the party at the
// head of the subject, not the last name in it. "NATO's backing of a
// missile shield in Poland has been condemned by X" aims at NATO; "the
// blockades, a catalyst for Hamas attacks, have been condemned by X" and
// "the coup has been condemned by X" name no party at their head (-1).
// Other rules keep n.
func (v *sentenceView) judgedPassiveSubject(r *eventRule, k, n int) int {
	if n < 0 || !(r.typ == graph.Accuse && r.mode == "disapprove" || r.typ == graph.Reject) {
		return n
	}
	toks := v.toks
	h := k
	for h > 0 && (beForms[toks[h-1].norm] || auxiliaries[toks[h-1].norm] || strings.HasSuffix(toks[h-1].norm, "ly")) {
		h--
	}
	start := 0
	for j := h - 1; j >= 0; j-- {
		if clauseBreak(toks[j]) || subjectOpenersOfClause[toks[j].norm] || toks[j].punct && !toks[j].hyphen && (toks[j].text == "-" || toks[j].text == "–") {
			start = j + 1 // "mismanagement in spending - Chad was labeled"
			break
		}
	}
	if v.ms[n].last == h-1 && !slices.ContainsFunc(toks[start:v.ms[n].first], func(u token) bool { return prepositions[u.norm] }) {
		return n // "Host nation Australia has been criticised"
	}
	for start < h && (objectDeterminers[toks[start].norm] || toks[start].norm == "this" || toks[start].norm == "these" || toks[start].text == ",") {
		start++
	}
	if start >= h {
		return n
	}
	m := v.at[start]
	if m < 0 {
		// "Just days before, James Gomez of the WP was criticised": an
		// opening adverbial set off by a comma.
		if c := slices.IndexFunc(toks[start:h], func(u token) bool { return u.text == "," }); c >= 0 && start+c+1 < h && v.at[start+c+1] >= 0 {
			start += c + 1
			m = v.at[start]
		}
	}
	if m < 0 {
		// "the decision by Iran to expel", "the remarks of X": the act's
		// author; "the coup", "the blockades": no doer named at the head.
		if judgedActs[toks[start].norm] && start+2 < h {
			if w := toks[start+1].norm; w == "by" || w == "of" && authoredActs[toks[start].norm] {
				if a := v.at[start+2]; a >= 0 && usable(v.ms[a]) {
					return a
				}
			}
		}
		return -1
	}
	switch mm := v.ms[m]; {
	case toks[mm.last].poss || mm.form == formDemonym:
		return m // "NATO's backing", "the Israeli blockade"
	case mm.last+1 < h && toks[mm.last+1].text == ",":
		return m // "Australia, the host, has been criticised"
	}
	return n
}
