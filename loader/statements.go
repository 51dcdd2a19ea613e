package loader

import (
	"slices"
	"strings"

	"github.com/geokg/geokg/graph"
)

// This file finds who speaks when a quotation or a reported clause names
// the party it judges or asks something of, but the speaker is an
// unnamed official of a named state, or the clause opens the quotation.

// quotedObligationSpeaker returns who asks the party mentioned at n to act
// when the mention opens a quotation and "must" or "should" follows it:
// `"Iran must stop enriching uranium," Merkel said`, `"The United States
// should close the camp," the report said`. The speaker is the one a
// speech verb introduces before the quotation, else the subject of the
// speech verb right after its closing mark, else the last speaker when
// the quotation goes on from the sentence before. Nil otherwise.
func (a *article) quotedObligationSpeaker(v *sentenceView, n int) *graph.Entity {
	toks := v.toks
	i := v.ms[n].first - 1
	if i >= 0 && toks[i].norm == "the" {
		i--
	}
	if i < 0 || !isQuoteMark(toks[i]) || quoted(toks, i) {
		return nil
	}
	if e := a.introducedSpeaker(v, i+1); e != nil {
		return e
	}
	for k := v.ms[n].last + 1; k < len(toks); k++ {
		if !isQuoteMark(toks[k]) {
			continue
		}
		for j := k + 1; j < len(toks) && j <= k+maxArgGap*2; j++ { // `," Merkel said`, `," said Merkel`
			if speechAt(toks, j) && v.at[j] < 0 {
				return a.speakerOf(v, j, true)
			}
			if toks[j].punct || clauseBreak(toks[j]) {
				return nil
			}
		}
		return nil
	}
	if i == 0 {
		return a.continuingSpeaker(v)
	}
	return nil
}

// officialSpeaker returns the state or body whose unnamed official says
// something with the speech verb at k: the official stands right before
// the verb ("the German chancellor said", "a Chinese Foreign Ministry
// spokesman told reporters") or, after a quotation, right after it
// (`," said an Iranian official`). Nil when no such official is there.
func officialSpeaker(v *sentenceView, j, k int, inverted bool) *graph.Entity {
	if !inverted {
		return unnamedOfficial(v, j)
	}
	for i := k + 1; i < len(v.toks) && i <= k+6; i++ {
		if v.toks[i].punct {
			return nil
		}
		if e := unnamedOfficial(v, i); e != nil {
			return e
		}
	}
	return nil
}

// obligedPassive reports a modal at t that asks nothing of its subject:
// a passive ("must be punished", "should not be allowed"), asked of
// someone else, or a perfect ("should have stopped"), a reproach for the
// past.
func obligedPassive(toks []token, t int) bool {
	k := t + 1
	if k < len(toks) && toks[k].norm == "to" {
		k++ // "ought to be punished"
	}
	if k < len(toks) && (toks[k].norm == "not" || toks[k].norm == "never") {
		k++
	}
	if k < len(toks) && toks[k].norm == "have" {
		return true // "should never have been arrested": a reproach for the past
	}
	if k+1 >= len(toks) || toks[k].norm != "be" {
		return false
	}
	w := toks[k+1].norm
	return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en") || irregularParticiples[w]
}

// warningWords are the forms of "warn" that can make a threat.
var warningWords = map[string]bool{"warn": true, "warns": true, "warned": true, "warning": true}

// consequenceWords name what a warning holds over a party: "warned of
// serious consequences", "warned it would retaliate". War or an attack
// is as often a danger foretold ("warned of a civil war if the
// Palestinians are left without aid") as a threat, so they are not here.
var consequenceWords = map[string]bool{
	"consequences": true, "consequence": true, "retaliate": true, "retaliation": true, "retaliatory": true,
	"respond": true, "response": true, "action": true, "force": true, "price": true, "punish": true,
	"punishment": true, "sanctions": true, "measures": true,
}

// conditionalWarnings reads a warning whose threat hangs on what a named
// party does, or falls on it, where the warning names no one to warn:
// "Eritrea warned of dire consequences unless Uganda withdraws", "Cheney
// warned that Iran will face serious consequences if it refuses". The
// one who warns threatens that party. A warning with nothing held over
// anyone ("warned that the talks may fail if Iran refuses") is not a
// threat.
func (a *article) conditionalWarnings(s sentence, v *sentenceView) []*candidate {
	var out []*candidate
	toks := v.toks
	for t, tok := range toks {
		if !tok.is(classWarningWord) || v.at[t] >= 0 || (t+1 < len(toks) && v.at[t+1] >= 0) {
			continue // "warned Iran": the verb's own object, read by the lexicon
		}
		target, cue := a.warnedParty(v, t)
		if target == nil || cue < 0 {
			continue
		}
		actor := a.speakerOf(v, t, false)
		if actor == nil || actor.Kind == graph.Location || a.sameSide(actor, target) {
			continue
		}
		c := &candidate{typ: graph.Threaten, rule: "verb:warn-consequences", confidence: 0.5, trigger: t, sent: s, status: graph.Reported}
		if !a.setParties(c, []*graph.Entity{actor}, []*graph.Entity{target}) {
			continue
		}
		out = append(out, c)
	}
	return out
}

// warnedParty returns whom the warning at t threatens and where the
// consequence it holds over that party is named: the subject of an "if"
// or "unless" clause after a consequence word, or the subject of "will
// face" or "would pay" right after "warned (that)". Nil and -1 when the
// clause names no such party or no consequence.
func (a *article) warnedParty(v *sentenceView, t int) (*graph.Entity, int) {
	toks := v.toks
	cue := -1
	k := t + 1
	if k < len(toks) && toks[k].norm == "that" {
		k++
	}
	if k < len(toks) && toks[k].norm == "the" {
		k++
	}
	if k >= len(toks) {
		return nil, -1 // "... the OECD warned."
	}
	if n := v.at[k]; n >= 0 && usable(v.ms[n]) && v.ms[n].first == k {
		if j := v.ms[n].last + 1; j+1 < len(toks) && futureModals[toks[j].norm] && (toks[j+1].norm == "face" || toks[j+1].norm == "pay") {
			return v.ms[n].ent, j + 1 // "warned that Iran will face serious consequences"
		}
	}
	for k := t + 1; k < len(toks) && k <= t+maxArgGap*2; k++ {
		u := toks[k]
		if clauseBreak(u) {
			return nil, -1
		}
		if consequenceWords[u.norm] && v.at[k] < 0 {
			cue = k
			continue
		}
		if (u.norm == "if" || u.norm == "unless") && cue >= 0 {
			j := k + 1
			if j < len(toks) && toks[j].norm == "the" {
				j++
			}
			if j >= len(toks) {
				return nil, -1
			}
			if n := v.at[j]; n >= 0 && usable(v.ms[n]) && v.ms[n].ent.Kind != graph.Location {
				return v.ms[n].ent, cue
			}
			return nil, -1
		}
	}
	return nil, -1
}

// conditionTarget gives a threat that names no target the party on whose
// act it hangs: "Beijing has threatened a military attack if Taiwan
// declares independence". The party is the subject of the first "if" or
// "unless" clause after the verb at t; for a warning, only when it names
// a consequence before the condition.
func (a *article) conditionTarget(v *sentenceView, t int, c *candidate) {
	toks := v.toks
	held := !toks[t].is(classWarningWord) // a warning must hold something over the party
	for k := t + 1; k+1 < len(toks) && k <= t+maxArgGap*2; k++ {
		if clauseBreak(toks[k]) || isQuoteMark(toks[k]) {
			return
		}
		held = held || consequenceWords[toks[k].norm]
		if toks[k].norm != "if" && toks[k].norm != "unless" {
			continue
		}
		if !held {
			return // "warned of a civil war if X is left without aid": a danger foretold
		}
		j := k + 1
		if toks[j].norm == "the" && j+1 < len(toks) {
			j++
		}
		n := v.at[j]
		if n < 0 || !usable(v.ms[n]) || v.ms[n].ent.Kind == graph.Location || a.sameSide(c.actors[0], v.ms[n].ent) {
			return
		}
		c.targets = a.withStates([]*graph.Entity{v.ms[n].ent}, c.actors)
		c.targets = slices.DeleteFunc(c.targets, func(e *graph.Entity) bool { return slices.Contains(c.actors, e) })
		c.rule += "-condition"
		return
	}
}

// appositiveSpeaker returns the subject of a speech verb that follows the
// comma at j closing an apposition or an aside: "Alvaro Uribe, the
// President of Colombia, said", "Chirac, speaking in Paris, said". Only
// outside quotations: in `"Iran must stop," the minister, Ali Larijani,
// said` the sentence's first name is the quotation's.
func (a *article) appositiveSpeaker(v *sentenceView, j int) *graph.Entity {
	toks := v.toks
	if j <= 0 || toks[j].text != "," {
		return nil
	}
	for k := 0; k < j; k++ {
		if isQuoteMark(toks[k]) || speechAt(toks, k) {
			return nil
		}
	}
	if n := v.appositiveSubject(j); n >= 0 {
		return v.ms[n].ent // "Uribe, the President of Colombia, said"
	}
	if n := v.at[j-1]; n >= 0 && usable(v.ms[n]) && v.ms[n].ent.Kind == graph.Person {
		return v.ms[n].ent // "Colombia's president, Alvaro Uribe, said"
	}
	n := v.subject(j)
	if n < 0 || v.ms[n].ent.Kind == graph.Location {
		return nil
	}
	for i := n + 1; i < len(v.ms) && v.ms[i].last < j; i++ {
		if toks[v.ms[i].first-1].text == "," {
			break
		}
		if v.ms[i].ent.Kind == graph.Person && usable(v.ms[i]) {
			return v.ms[i].ent // "Canadian MP Michael Ignatieff, the frontrunner in the race, said"
		}
	}
	return v.ms[n].ent
}

// speakerAdverb reports an adverb between a speaker and the verb of
// saying: "He further said", "Rice repeatedly said". Not a name that
// happens to end in -ly ("Italy said").
func speakerAdverb(v *sentenceView, j int) bool {
	w := v.toks[j].norm
	return v.at[j] < 0 && !v.toks[j].upper && (w == "further" || w == "again" || strings.HasSuffix(w, "ly"))
}

// allegationVerbs report an allegation the way speech verbs report a
// statement: "Uribe charged that Chavez broke the agreement".
var allegationVerbs = map[string]bool{"claimed": true, "claims": true, "charged": true, "charges": true, "alleged": true, "alleges": true}

// breachVerbs state a wrong done in the clause a speaker reports: "X said
// Georgia was violating the resolutions", "said Chavez broke an
// agreement", "said Russia had meddled".
var breachVerbs = map[string]bool{
	"violated": true, "violating": true, "violates": true, "breached": true, "breaching": true, "breaches": true,
	"broke": true, "broken": true, "breaking": true, "interfered": true, "interfering": true, "meddled": true,
	"meddling": true, "lied": true, "lying": true,
}

// wrongs are what a party "committed" or "is responsible for" in an
// accusation: "said Lebanon had committed an act of war", "said the
// Tigers were responsible for the attack".
var wrongs = map[string]bool{
	"crime": true, "crimes": true, "atrocities": true, "atrocity": true, "genocide": true, "massacre": true, "massacres": true,
	"aggression": true, "war": true, "attack": true, "attacks": true, "bombing": true, "bombings": true, "killing": true,
	"killings": true, "murder": true, "violence": true, "abuses": true, "violations": true, "assassination": true,
	"torture": true, "abuse": true, "fraud": true, "terrorism": true, "cleansing": true,
}

// dutyVerbs are what a party is accused of failing to do: "said Russia
// had failed to honour its obligations".
var dutyVerbs = map[string]bool{
	"honour": true, "honor": true, "fulfil": true, "fulfill": true, "comply": true, "respect": true, "implement": true,
	"abide": true, "keep": true, "meet": true, "stop": true, "prevent": true, "protect": true,
}

// reportedAccusations reads a wrong that a named speaker says a named
// party did: "Qumi said the United States failed to keep its promises",
// "He said that Georgia was violating UN resolutions", "Uribe charged
// that Chavez broke an agreement". The party must be the subject of the
// reported clause, right after the verb of saying (and "that"), and the
// clause must not be negated. The speaker accuses the party.
func (a *article) reportedAccusations(s sentence, v *sentenceView) []*candidate {
	var out []*candidate
	toks := v.toks
	for j := range toks {
		if !(speechAt(toks, j) || toks[j].is(classAllegationVerb)) || v.at[j] >= 0 || toks[j].norm == "told" || unsaid(toks, j) {
			continue
		}
		k := j + 1
		if k < len(toks) && toks[k].norm == "that" {
			k++
		}
		if k < len(toks) && toks[k].norm == "the" {
			k++
		}
		if k >= len(toks) || v.at[k] < 0 {
			continue
		}
		n := v.at[k]
		m := v.ms[n]
		if m.first != k || !usable(m) || m.ent.Kind == graph.Location || toks[m.last].poss {
			continue
		}
		trigger := accusedWrong(toks, m.last+1)
		if trigger < 0 {
			continue
		}
		actor := a.speakerOf(v, j, false)
		if actor == nil || actor.Kind == graph.Location || a.sameSide(actor, m.ent) || v.speakersNationality(j, m.ent) {
			continue
		}
		c := &candidate{typ: graph.Accuse, rule: "verb:said-wrong", confidence: 0.55, trigger: trigger, sent: s, status: hedgedWrong(toks, m.last+1, trigger)}
		if !a.setParties(c, []*graph.Entity{actor}, []*graph.Entity{m.ent}) {
			continue
		}
		out = append(out, c)
	}
	return out
}

// accusedWrong returns the index of the word that states a wrong in the
// predicate starting at k, or -1: a verb of breach ("had violated",
// "was interfering"), "committed" a wrong, "responsible for" or "behind"
// a wrong, or "failed to" do a duty. Auxiliaries and adverbs may come
// first; a negation cancels it.
func accusedWrong(toks []token, k int) int {
	for k < len(toks) && (auxiliaries[toks[k].norm] || strings.HasSuffix(toks[k].norm, "ly")) {
		if negations[toks[k].norm] {
			return -1
		}
		k++
	}
	if k >= len(toks) || negations[toks[k].norm] {
		return -1
	}
	w := toks[k].norm
	switch {
	case breachVerbs[w]:
		return k
	case w == "committed" || w == "committing" || w == "responsible" || w == "behind":
		for i := k + 1; i < len(toks) && i <= k+5; i++ {
			if wrongs[toks[i].norm] {
				return k
			}
			if toks[i].punct && !isQuoteMark(toks[i]) {
				break
			}
		}
	case w == "failed" || w == "failing":
		if k+2 < len(toks) && toks[k+1].norm == "to" && dutyVerbs[toks[k+2].norm] {
			return k
		}
	}
	return -1
}

// speakersNationality reports whether the party e is named as a
// nationality before the verb of saying at j, in the speaker's own
// description: "Israeli Chief of Staff Dan Halutz said that Israel must
// be strong" exhorts his own state.
func (v *sentenceView) speakersNationality(j int, e *graph.Entity) bool {
	for _, m := range v.ms {
		if m.last >= j {
			break
		}
		if m.ent == e && (m.modifier || m.form == formDemonym) {
			return true
		}
	}
	return false
}

// denialVerbs turn down what someone said.
var denialVerbs = map[string]bool{
	"deny": true, "denies": true, "denied": true, "reject": true, "rejects": true, "rejected": true,
	"dismiss": true, "dismisses": true, "dismissed": true, "refute": true, "refutes": true, "refuted": true,
	"rebuff": true, "rebuffs": true, "rebuffed": true,
}

// claimNouns name what a party alleged.
var claimNouns = map[string]bool{
	"claim": true, "claims": true, "accusation": true, "accusations": true, "allegation": true, "allegations": true,
	"charge": true, "charges": true, "assertion": true, "assertions": true,
}

// deniedClaimsRule stands for the verb of denial whose subject
// deniedClaims reads with verbArguments.
var deniedClaimsRule = eventRule{name: "deny-claims", typ: graph.Reject}

// deniedClaims reads a denial of what a named party alleged: "China has
// denied the Dalai Lama's accusations", "the minister denied Rakhimov's
// claims", "a panel rejected Washington's claims", "Hamas denies the
// UNRWA allegations". The denier rejects the party. A denial of claims
// whose author is not named ("denied reports that") is left to others.
func (a *article) deniedClaims(s sentence, v *sentenceView) []*candidate {
	var out []*candidate
	toks := v.toks
	for t, tok := range toks {
		if !tok.is(classDenialVerb) || v.at[t] >= 0 {
			continue
		}
		n := v.mentionAfter(t)
		if n < 0 {
			continue
		}
		m := v.ms[n]
		if !usable(m) || m.ent.Kind == graph.Location {
			continue
		}
		j := m.last + 1
		if j < len(toks) && !toks[j].punct && !toks[j].upper && !claimNouns[toks[j].norm] {
			j++ // "Khan's latest allegations"
		}
		if j >= len(toks) || !claimNouns[toks[j].norm] {
			continue
		}
		c := &candidate{typ: graph.Reject, rule: "verb:deny-claims", confidence: 0.55, trigger: t, sent: s}
		actor, _ := a.verbArguments(v, t, &deniedClaimsRule, c)
		if actor == nil || actor.Kind == graph.Location || a.sameSide(actor, m.ent) {
			continue
		}
		if negatedVerb(toks, t) {
			continue // "did not deny the claims"
		}
		if !a.setParties(c, []*graph.Entity{actor}, []*graph.Entity{m.ent}) {
			continue
		}
		c.status = graph.Reported
		out = append(out, c)
	}
	return out
}

// negatedVerb reports a negation among the three words before the verb
// at t: "did not deny", "has never rejected".
func negatedVerb(toks []token, t int) bool {
	for k := t - 1; k >= 0 && k >= t-3; k-- {
		if negations[toks[k].norm] {
			return true
		}
		if !auxiliaries[toks[k].norm] {
			return false
		}
	}
	return false
}

// disappointmentWords state that someone is let down by another.
var disappointmentWords = map[string]bool{"disappointed": true, "disappointment": true, "dismayed": true, "dismay": true}

// disappointedBy reads disappointment with a named party as disapproval:
// "Layton was disappointed with Harper's reaction", `"I am deeply
// disappointed by Blair's behaviour," Carter said`, "Japan expressed
// disappointment at China's decision". Who is disappointed is the
// subject before it (past "was", "have been", "expressed"), "he" or
// "she" for the last person, or "I" or "we" for a quotation's speaker.
func (a *article) disappointedBy(s sentence, v *sentenceView) []*candidate {
	var out []*candidate
	toks := v.toks
	for t, tok := range toks {
		if !tok.is(classDisappointmentWord) || t+2 >= len(toks) {
			continue
		}
		switch toks[t+1].norm {
		case "at", "with", "by", "over", "in":
		default:
			continue
		}
		k := t + 2
		if toks[k].norm == "the" && k+1 < len(toks) {
			k++
		}
		n := v.at[k]
		if n < 0 || v.ms[n].first != k || !usable(v.ms[n]) || v.ms[n].ent.Kind == graph.Location {
			continue
		}
		actor := a.disappointedOne(v, t)
		target := v.ms[n].ent
		if actor == nil || actor.Kind == graph.Location || a.sameSide(actor, target) {
			continue
		}
		c := &candidate{typ: graph.Accuse, mode: "disapprove", rule: "verb:disappointed", confidence: 0.5, trigger: t, sent: s, status: graph.Reported}
		if !a.setParties(c, []*graph.Entity{actor}, []*graph.Entity{target}) {
			continue
		}
		out = append(out, c)
	}
	return out
}

// disappointedOne returns who is disappointed at t: see disappointedBy.
func (a *article) disappointedOne(v *sentenceView, t int) *graph.Entity {
	toks := v.toks
	j := t - 1
	for stop := t - 8; j >= 0 && j > stop && v.at[j] < 0 && (auxiliaries[toks[j].norm] || beForms[toks[j].norm] || speakerAdverb(v, j) ||
		toks[j].norm == "am" || toks[j].norm == "very" || toks[j].norm == "expressed" || toks[j].norm == "voiced" || toks[j].norm == "its" || toks[j].norm == "his" || toks[j].norm == "her" || toks[j].norm == "their" ||
		toks[j].norm == "and" || (toks[j+1].norm == "and" && strings.HasSuffix(toks[j].norm, "ed"))); j-- { // "surprised and disappointed"
		if negations[toks[j].norm] {
			return nil // "was not disappointed"
		}
	}
	if j < 0 {
		return nil
	}
	switch {
	case v.at[j] >= 0 && usable(v.ms[v.at[j]]):
		return v.ms[v.at[j]].ent
	case toks[j].norm == "he" || toks[j].norm == "she":
		return a.personBefore(v, j)
	case (toks[j].norm == "i" || toks[j].norm == "we") && a.inQuotation(toks, j):
		return a.quoteSpeaker(v, t)
	}
	return nil
}
