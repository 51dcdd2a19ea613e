package loader

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// This file reads a verdict a speaker passes on a party, or on its act, in
// reported speech:
//   - "X said (that) the United States is a terrorist state", "X insisted
//     the Sudanese government remains the biggest violator of human
//     rights", "X told reporters that the Y regime was illegitimate";
//   - "X said Y's attack was an act of war", "X said the Yish raid
//     constituted an act of aggression", "X charged that the blockade by Y
//     amounts to a crime against humanity";
//   - the same in a quotation: `"Y is a rogue state," X said`, `X said:
//     "the Y regime is a menace"`.
//
// X accuses Y. A verdict that "could be" or "would be" passed, or one
// spoken under "if", is speculated; a negated one ("is not a terrorist
// state") accuses no one. What befell a party ("Y's arrest was illegal")
// condemns another and is left alone (ownedObject refuses it), and so is a
// verdict on no party ("the situation is a disaster").

// verdictSpeechVerbs add to the verbs of saying those that state a
// judgement held: "X charged that", "X believes that".
var verdictSpeechVerbs = map[string]bool{
	"charged": true, "charges": true, "believes": true, "believe": true, "believed": true, "considers": true,
	"asserted": true, "asserts": true, "claimed": true, "claims": true, "alleged": true, "alleges": true,
	"contended": true, "contends": true, "maintains": true, "insist": true, "argue": true, "declare": true,
}

// partyVerdictWords condemn the party they are said of, besides the words
// isVerdict knows: "the biggest violator of human rights", "a menace".
var partyVerdictWords = map[string]bool{
	"violator": true, "violators": true, "crimes": true, "menace": true, "apartheid": true, "genocidal": true,
	"warmongering": true, "expansionist": true, "hegemonic": true, "lawless": true, "oppressive": true,
	"tyrannical": true, "totalitarian": true, "authoritarian": true, "guilty": true,
}

// condemnedActs are what "an act of" names as a crime: "an act of war",
// "acts of aggression", "an act of piracy".
var condemnedActs = map[string]bool{
	"war": true, "aggression": true, "terror": true, "terrorism": true, "piracy": true, "sabotage": true,
	"barbarism": true, "provocation": true, "genocide": true, "banditry": true, "vandalism": true,
}

// sponsoredEvils follow "sponsor(s) of": "a state sponsor of terrorism".
var sponsoredEvils = map[string]bool{"terrorism": true, "terror": true, "terrorists": true, "violence": true}

// verdictLinks link a judged subject to its verdict without a copula:
// "constitutes a war crime", "amounts to genocide", "represents a threat".
// The value is the word that must follow, or "" for none.
var verdictLinks = map[string]string{
	"constitutes": "", "constitute": "", "constituted": "", "represents": "", "represent": "", "represented": "",
	"amounts": "to", "amount": "to", "amounted": "to",
}

// doubtingModals make the verdict they stand before a possibility: "could
// be a threat".
var doubtingModals = map[string]bool{"could": true, "may": true, "might": true, "can": true, "would": true, "will": true}

// predicateAdverbs may stand between a subject and its verdict's verb:
// "the regime itself is", "Y clearly constitutes".
var predicateAdverbs = map[string]bool{
	"itself": true, "also": true, "now": true, "still": true, "clearly": true, "effectively": true, "already": true,
	"indeed": true,
}

// subjectTimes stand between a verb of saying and what it reports: "said
// on Monday (that)", "said yesterday".
var subjectTimes = map[string]bool{"today": true, "yesterday": true, "tonight": true, "earlier": true, "recently": true, "repeatedly": true}

// timeSpans follow "last", "this" or "earlier" in a time named after a
// verb of saying: "said last week".
var timeSpans = map[string]bool{
	"week": true, "month": true, "year": true, "weekend": true, "night": true, "morning": true, "along": true,
	"today": true,
}

// partyVerdicts reads the frames of this file in the sentence.
func (a *article) partyVerdicts(s sentence, v *sentenceView) []*candidate {
	var out []*candidate
	toks := v.toks
	for t, tok := range toks {
		if v.at[t] >= 0 {
			continue
		}
		var c *candidate
		switch {
		case speechAt(toks, t) || tok.gates(gateVerdictSpeech):
			c = a.saidVerdict(v, t)
		case tok.norm == "according":
			c = a.verdictAccordingTo(v, t)
		case isQuoteMark(tok) && !v.quoted(t) && (t == 0 || !speechAt(toks, t-1) && (t < 2 || !speechAt(toks, t-2))):
			c = a.quotedVerdict(v, t)
		}
		if c == nil {
			continue
		}
		status := c.status
		if !a.framed(c, s) {
			continue
		}
		c.status = status
		out = append(out, c)
	}
	return out
}

// saidVerdict reads "X said (that) Y is a terrorist state" and `X said:
// "Y is a terrorist state"` at the verb of saying t.
func (a *article) saidVerdict(v *sentenceView, t int) *candidate {
	toks := v.toks
	if t > 0 && beForms[toks[t-1].norm] || negatedVerb(toks, t) {
		return nil // "was told", "did not say"
	}
	st := t + 1
	if toks[t].norm == "told" {
		st = -1 // "told reporters that": the addressee stands before the clause
		for k := t + 1; k < len(toks) && k <= t+5; k++ {
			if toks[k].norm == "that" {
				st = k
				break
			}
			if clauseBreak(toks[k]) || toks[k].punct {
				break
			}
		}
		if st < 0 {
			return nil
		}
	}
	st = pastSpeechTime(toks, st)
	st = pastSpeechSetting(v, st)
	if st < len(toks) && toks[st].norm == "that" {
		st++
	} else if st+1 < len(toks) && (toks[st].text == ":" || toks[st].text == ",") && isQuoteMark(toks[st+1]) {
		st += 2 // `said: "`
	} else if st < len(toks) && isQuoteMark(toks[st]) {
		st++
	}
	target, verdict, status := v.verdictOn(st)
	if target == nil {
		return nil
	}
	speaker := a.speakerOf(v, t, false)
	c := &candidate{typ: graph.Accuse, mode: "disapprove", rule: "verb:said-verdict", trigger: verdict}
	if speaker == nil && quoted(toks, t) && firstPersonBefore(toks, t) {
		speaker = a.verdictQuoteSpeaker(v, t+1) // `"I have said all along that Y is ...," X said`
	}
	if speaker == nil {
		speaker, _ = a.verbArguments(v, t, &evaluationRule, c) // "The Iraqi government said"
	}
	if speaker == nil {
		return nil
	}
	if status == graph.Reported {
		status = frameStatus(toks, t, true)
	}
	if conditioned(toks, t) {
		status = graph.Speculated // "if X says Y is a threat"
	}
	c.actors, c.targets, c.status = []*graph.Entity{speaker}, []*graph.Entity{target}, status
	return c
}

// firstPersonBefore reports "I" or "we" as the subject of the verb at t:
// "I have said", "I've said", "we believe".
func firstPersonBefore(toks []token, t int) bool {
	for k := t - 1; k >= 0 && k >= t-3; k-- {
		switch toks[k].norm {
		case "i", "we", "ive", "weve": // "I've" is read as one word
			return true
		}
		if !auxiliaries[toks[k].norm] {
			return false
		}
	}
	return false
}

// quotedVerdict reads `"Y is a terrorist state," X said` at the opening
// quotation mark t.
func (a *article) quotedVerdict(v *sentenceView, t int) *candidate {
	target, verdict, status := v.verdictOn(t + 1)
	if target == nil {
		return nil
	}
	speaker := a.verdictQuoteSpeaker(v, t+1)
	if speaker == nil {
		return nil
	}
	return &candidate{typ: graph.Accuse, mode: "disapprove", rule: "verb:quoted-verdict", trigger: verdict, status: status,
		actors: []*graph.Entity{speaker}, targets: []*graph.Entity{target}}
}

// verdictAccordingTo reads "According to X, Y is a terrorist state" and
// "Y is a terrorist state, according to X" at "according".
func (a *article) verdictAccordingTo(v *sentenceView, t int) *candidate {
	toks := v.toks
	n := accordingSource(v, t) // judge.go
	if n < 0 {
		return nil
	}
	var st int
	switch after := v.ms[n].last + 1; {
	case t == firstWord(toks) && after < len(toks) && toks[after].text == ",":
		st = after + 1
	case t > 0 && toks[t-1].text == ",":
		st = firstWord(toks)
	default:
		return nil
	}
	target, verdict, status := v.verdictOn(st)
	if target == nil {
		return nil
	}
	return &candidate{typ: graph.Accuse, mode: "disapprove", rule: "verb:according-verdict", trigger: verdict, status: status,
		actors: []*graph.Entity{v.ms[n].ent}, targets: []*graph.Entity{target}}
}

// verdictQuoteSpeaker returns who says the quotation holding t: the
// subject of the first verb of saying after t that is no part of a name
// (`"The United States is ...," X said`: "States" says nothing), else
// whom quoteSpeaker finds.
func (a *article) verdictQuoteSpeaker(v *sentenceView, t int) *graph.Entity {
	if e := a.introducedSpeaker(v, t); e != nil {
		return e
	}
	for k := t; k < len(v.toks); k++ {
		if speechAt(v.toks, k) && v.at[k] < 0 {
			return a.speakerOf(v, k, true)
		}
	}
	return a.quoteSpeaker(v, t)
}

// pastSpeechTime returns the index after a time named right after a verb
// of saying ("said on Monday", "said yesterday"), or k.
func pastSpeechTime(toks []token, k int) int {
	if k < len(toks) && subjectTimes[toks[k].norm] {
		return k + 1
	}
	if k+1 < len(toks) && (toks[k].norm == "last" || toks[k].norm == "this" || toks[k].norm == "earlier" || toks[k].norm == "all") && timeSpans[toks[k+1].norm] {
		return k + 2 // "stated last month that", "said all along that"
	}
	if k+1 < len(toks) && toks[k].norm == "on" && weekdayNames[toks[k+1].norm] {
		return k + 2
	}
	return k
}

// pastSpeechSetting returns the index of the "that" after a phrase
// telling where or how something was said ("said in a statement that",
// "said at a news conference in Tehran on Monday that"), or k where no
// such phrase opens at k.
func pastSpeechSetting(v *sentenceView, k int) int {
	toks := v.toks
	if k >= len(toks) || !prepositions[toks[k].norm] {
		return k
	}
	for i := k + 1; i < len(toks) && i <= k+10; i++ {
		u := toks[i]
		if u.norm == "that" {
			return i
		}
		if u.punct || clauseBreak(u) || speechAt(toks, i) || copulas[u.norm] || predicateStops[u.norm] {
			return k
		}
	}
	return k
}

// weekdayNames name the days of the week.
var weekdayNames = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
}

// verdictOn reads, at st, a clause that condemns a party: its subject
// names the party (verdictSubject) and its predicate passes the verdict
// (verdictPredicate). It returns the party, the verdict's index and the
// status the predicate gives it; nil where the clause is no such verdict.
func (v *sentenceView) verdictOn(st int) (*graph.Entity, int, graph.Status) {
	party, end, act := v.verdictSubject(st)
	if party == nil {
		return nil, -1, ""
	}
	k := end
	if act && k < len(v.toks) && prepositions[v.toks[k].norm] {
		k = v.pastActTail(k) // "Georgia's attack on South Ossetia was"
	}
	verdict, status := v.verdictPredicate(k)
	if verdict < 0 {
		return nil, -1, ""
	}
	return party, verdict, status
}

// verdictSubject reads, at st, the subject a verdict is passed on: a
// party named ("the United States"), a state's organ ("the Sudanese
// government", "the United States regime") or a party's act ("Hezbollah's
// attack", "the Israeli raid", "the decision of Y"). It returns the party,
// the index after the subject and whether the subject is an act.
func (v *sentenceView) verdictSubject(st int) (party *graph.Entity, end int, act bool) {
	toks := v.toks
	k := st
	if k < len(toks) && toks[k].norm == "the" && v.at[k] < 0 {
		k++
	}
	if k >= len(toks) {
		return nil, -1, false
	}
	n := v.at[k]
	if n < 0 {
		if doer, _, e := v.actOf(st); doer != nil {
			return doer, e, true // "the decision of Y", "the attack by Y"
		}
		return nil, -1, false
	}
	m := v.ms[n]
	if m.first != k || m.ent.Kind == graph.Location || m.place {
		return nil, -1, false
	}
	j := m.last + 1
	switch {
	case toks[m.last].poss:
		if owner, e := v.ownedObject(st); owner != nil {
			return owner, e, true // "Y's attack", "Y's record on human rights"
		}
	case j < len(toks) && groupNouns[toks[j].norm] && toks[j].norm != "officials":
		if toks[j].poss {
			if owner, e := v.ownedObject(st); owner != nil {
				return owner, e, true // "the Belgian government's plan"
			}
			return nil, -1, false
		}
		return m.ent, j + 1, false // "the Sudanese government", "the United States regime"
	case m.form == formDemonym:
		if doer, _, e := v.actOf(st); doer != nil {
			return doer, e, true // "the Israeli raid"
		}
	case usable(m) && m.ent.Kind == graph.Country && j < len(toks) && judgedActs[toks[j].norm]:
		return m.ent, j + 1, true // "the US airstrikes"
	case usable(m):
		return m.ent, j, false // "the United States"
	}
	return nil, -1, false
}

// pastActTail returns where the predicate after an act's prepositional
// phrase begins ("the attack on South Ossetia was"), or k where the phrase
// runs into another clause.
func (v *sentenceView) pastActTail(k int) int {
	toks := v.toks
	for i := k + 1; i < len(toks) && i <= k+6; i++ {
		u := toks[i]
		if predicateStops[u.norm] || clauseBreak(u) || u.text == "," || isQuoteMark(u) {
			return k
		}
		if copulas[u.norm] || copulaAuxiliaries[u.norm] || doubtingModals[u.norm] || verdictLinks[u.norm] != "" || hasLink(u.norm) {
			return i
		}
	}
	return k
}

// hasLink reports a verb of verdictLinks.
func hasLink(w string) bool {
	_, ok := verdictLinks[w]
	return ok
}

// verdictPredicate reads, at k, a predicate that condemns its subject: a
// copula ("is", "has been", "remains") or a link ("constitutes", "amounts
// to") and a verdict close after it. It returns the verdict's index and
// the status: speculated after "could", "may", "would" and the like. A
// negation ends the reading: "is not a threat" condemns no one.
func (v *sentenceView) verdictPredicate(k int) (int, graph.Status) {
	toks := v.toks
	for k < len(toks) && predicateAdverbs[toks[k].norm] {
		k++
	}
	if k >= len(toks) {
		return -1, ""
	}
	status := graph.Reported
	switch w := toks[k].norm; {
	case copulas[w]:
		k++
	case copulaAuxiliaries[w] && k+1 < len(toks) && copulas[toks[k+1].norm]:
		k += 2 // "has become", "has remained"
	case (copulaAuxiliaries[w] || doubtingModals[w]) && k+1 < len(toks) && (toks[k+1].norm == "be" || toks[k+1].norm == "been"):
		if doubtingModals[w] && toks[k+1].norm == "be" {
			status = graph.Speculated // "could be a threat"
		}
		k += 2
	case hasLink(w):
		k++
		if to := verdictLinks[w]; to != "" {
			if k >= len(toks) || toks[k].norm != to {
				return -1, ""
			}
			k++
		}
	default:
		return -1, ""
	}
	if k < len(toks) && toks[k].norm == "in" && k+1 < len(toks) && (toks[k+1].norm == "violation" || toks[k+1].norm == "breach") {
		return k + 1, status // "is in violation of the resolution"
	}
	if i := verdictComplement(v, k, 7); i >= 0 {
		return i, status
	}
	return -1, ""
}

// complementStops end a verdict's complement besides the prepositions:
// "is under threat", "is among the victims of terrorism".
var complementStops = map[string]bool{
	"under": true, "about": true, "into": true, "over": true, "through": true, "toward": true, "towards": true,
	"among": true, "within": true, "without": true, "between": true, "behind": true, "during": true, "as": true,
}

// verdictComplement returns the index of the word that condemns among the
// n words from k, before any negation, name, preposition or clause
// boundary ("a terrorist state", "the biggest violator", "an act of war",
// "a state sponsor of terrorism"), or -1. The verdict heads the
// complement: "a victim of terrorism" and "a partner in the war on
// terror" condemn no one.
func verdictComplement(v *sentenceView, k, n int) int {
	toks := v.toks
	for i := k; i < len(toks) && i < k+n; i++ {
		u := toks[i]
		if negations[u.norm] || v.at[i] >= 0 || judgementEnd[u.norm] || clauseBreak(u) || (u.punct && !isQuoteMark(u) && u.text != "-") {
			return -1
		}
		if i == k && (strings.HasSuffix(u.norm, "ed") || strings.HasSuffix(u.norm, "ing")) {
			return -1 // "is listed as a terrorist group", "is fighting terrorists": no verdict of the speaker's
		}
		if prepositions[u.norm] || complementStops[u.norm] {
			if i > k && i+1 < len(toks) && u.norm == "of" {
				switch head, next := toks[i-1].norm, toks[i+1].norm; {
				case (head == "act" || head == "acts") && condemnedActs[next]:
					return i + 1 // "an act of war"
				case (head == "sponsor" || head == "sponsors") && sponsoredEvils[next]:
					return i - 1 // "a state sponsor of terrorism"
				}
			}
			return -1
		}
		if u.norm == "one" && i+1 < len(toks) && toks[i+1].norm == "of" {
			i++ // "one of the worst violators"
			continue
		}
		if isVerdict(u.norm) || partyVerdictWords[u.norm] || u.norm == "motivated" && i > k && toks[i-1].norm == "politically" {
			return i // "politically motivated"
		}
	}
	return -1
}
