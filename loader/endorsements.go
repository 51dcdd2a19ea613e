package loader

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// This file reads support that legislatures, messages and judgements
// state in frames the trigger lexicon does not reach:
//
//   - congratulations sent: "X sent a congratulatory message to Y", "X
//     extended his congratulations to Y", "X sent Y a message of
//     congratulations" is SUPPORT of X for Y (CAMEO 051, like
//     "congratulated");
//   - a vote of confidence: "the Knesset passed a vote of confidence in
//     X's government" and "X's government won a confidence vote in the
//     Senate" are SUPPORT of the legislature for X;
//   - an act judged a good step: "X called Y's pledge a positive step", "X
//     described the Syrian move as an important step", "X said Y's offer
//     was a step in the right direction" is SUPPORT of X for Y, like
//     "welcomed Y's pledge";
//   - a passive appointment whose agent comes after a long office or a
//     day: "X was sworn in today as Prime Minister of Australia by
//     Governor-General Y", "had been invested on Tuesday as Belgium's
//     third premier in a year by King Y" (for verbalacts.go's
//     appointments, whose agent verbArguments seeks only near the verb).

// congratulationSendingVerbs pass congratulations on to a party.
var congratulationSendingVerbs = map[string]bool{
	"send": true, "sends": true, "sent": true, "sending": true, "extend": true, "extends": true, "extended": true,
	"extending": true, "offer": true, "offers": true, "offered": true, "offering": true, "convey": true, "conveys": true,
	"conveyed": true, "conveying": true, "express": true, "expresses": true, "expressed": true, "expressing": true,
	"deliver": true, "delivers": true, "delivered": true, "transmit": true, "transmits": true, "transmitted": true,
}

// congratulationNouns carry congratulations; "congratulatory" qualifies a
// message noun ("a congratulatory letter").
var congratulationNouns = map[string]bool{
	"congratulations": true, "congratulation": true, "felicitations": true, "congratulatory": true,
}

// messageNouns may stand between a congratulation word and the "to" that
// names its addressee: "a congratulatory message to", "congratulatory
// telegrams to".
var messageNouns = map[string]bool{
	"message": true, "messages": true, "letter": true, "letters": true, "telegram": true, "telegrams": true,
	"note": true, "cable": true, "greetings": true,
}

// endorsementRule stands for the frames' verbs when their subject is read
// with verbArguments.
var endorsementRule = eventRule{name: "endorse", typ: graph.Support}

// endorsements reads the frames this file describes in one sentence.
func (a *article) endorsements(s sentence, v *sentenceView) []*candidate {
	var out []*candidate
	for t, tok := range v.toks {
		if !tok.is(classFrameOpener) {
			continue
		}
		var c *candidate
		switch {
		case congratulationSendingVerbs[tok.norm]:
			c = a.sentCongratulations(v, t)
		case tok.norm == "confidence":
			c = a.confidenceVote(v, t)
		case approvalHeads[tok.norm]:
			c = a.judgedGoodStep(v, t)
		}
		if c != nil {
			c.sent = s
			out = append(out, c)
		}
	}
	return out
}

// sentCongratulations reads "X sent (Y) a congratulatory message (to Y)"
// with its verb at t.
func (a *article) sentCongratulations(v *sentenceView, t int) *candidate {
	toks := v.toks
	if t == 0 || v.at[t] >= 0 || beForms[toks[t-1].norm] || negatedVerb(toks, t) {
		return nil
	}
	var target *graph.Entity
	noun := -1
	for k := t + 1; k < len(toks) && k <= t+8; k++ {
		if congratulationNouns[toks[k].norm] {
			noun = k
			break
		}
		if n := v.at[k]; n >= 0 && target == nil && k == t+1 && usable(v.ms[n]) {
			target = v.ms[n].ent // "sent Obama a congratulatory message"
			k = v.ms[n].last
			continue
		}
		if toks[k].punct || negations[toks[k].norm] || v.at[k] >= 0 ||
			!(objectDeterminers[toks[k].norm] || messageNouns[toks[k].norm] || toks[k].norm == "of" || toks[k].norm == "warm" || toks[k].norm == "warmest") {
			return nil // "sent troops", "sent no congratulations"
		}
	}
	if noun < 0 {
		return nil
	}
	if target == nil {
		k := noun + 1
		for k < len(toks) && k <= noun+2 && messageNouns[toks[k].norm] {
			k++
		}
		if k+1 >= len(toks) || toks[k].norm != "to" {
			return nil
		}
		if k+2 < len(toks) && (toks[k+1].norm == "his" || toks[k+1].norm == "her" || toks[k+1].norm == "their") {
			k++ // "to his Ukrainian counterpart": the counterpart's state
		}
		target = v.attitudeObject(k + 1)
	}
	if target == nil {
		return nil
	}
	c := &candidate{typ: graph.Support, mode: "praise", rule: "verb:send-congratulations", confidence: 0.6, trigger: t}
	actor, _ := a.verbArguments(v, t, &endorsementRule, c)
	if actor == nil || actor.Kind == graph.Location || actor == target {
		return nil
	}
	if !a.setParties(c, []*graph.Entity{actor}, []*graph.Entity{target}) {
		return nil
	}
	c.status = frameStatus(toks, t, true)
	return c
}

// governmentNouns name what a person heads that a legislature can vote
// confidence in: "the new government of X", "X's cabinet".
var governmentNouns = map[string]bool{
	"government": true, "cabinet": true,
}

// governmentQualifiers may stand before a government noun: "the new
// coalition government".
var governmentQualifiers = map[string]bool{
	"new": true, "interim": true, "coalition": true, "caretaker": true, "transitional": true, "proposed": true,
	"unity": true, "national": true,
}

// governmentHead returns the person whose government the phrase at k
// names: "the new government of Prime Minister X", "X's cabinet". Nil for
// any other phrase.
func (v *sentenceView) governmentHead(k int) *graph.Entity {
	toks := v.toks
	for k < len(toks) && (objectDeterminers[toks[k].norm] || governmentQualifiers[toks[k].norm]) && v.at[k] < 0 {
		k++
	}
	if k >= len(toks) {
		return nil
	}
	if n := v.at[k]; n >= 0 {
		// "X's new government", "the X government"
		m := v.ms[n]
		j := m.last + 1
		for j < len(toks) && governmentQualifiers[toks[j].norm] {
			j++
		}
		if m.ent.Kind != graph.Person || j >= len(toks) || !governmentNouns[toks[j].norm] {
			return nil
		}
		return m.ent
	}
	if !governmentNouns[toks[k].norm] || k+2 >= len(toks) || toks[k+1].norm != "of" {
		return nil
	}
	j := k + 2
	for j < len(toks) && j <= k+5 && v.at[j] < 0 && (isTitleWord(toks[j].norm) || toks[j].norm == "the") {
		j++ // "of Prime Minister X"
	}
	if j >= len(toks) || v.at[j] < 0 || v.ms[v.at[j]].ent.Kind != graph.Person {
		return nil
	}
	return v.ms[v.at[j]].ent
}

// confidenceGivers pass a vote of confidence in a government;
// confidenceWinners are said of the government that gets one.
var (
	confidenceGivers  = map[string]bool{"passed": true, "passes": true, "gave": true, "gives": true, "granted": true, "grants": true, "approved": true, "adopted": true}
	confidenceWinners = map[string]bool{"won": true, "wins": true, "win": true, "received": true, "receives": true, "obtained": true, "gained": true, "secured": true, "secures": true, "got": true}
)

// confidenceVote reads a vote of confidence whose word "confidence" is at
// t: "the Knesset passed a vote of confidence in X's government" and "X's
// government won a confidence vote in the Senate" are SUPPORT of the
// legislature for X. A vote of no confidence, and one lost, is none.
func (a *article) confidenceVote(v *sentenceView, t int) *candidate {
	toks := v.toks
	start, end := t, t
	switch {
	case t >= 2 && toks[t-1].norm == "of" && (toks[t-2].norm == "vote" || toks[t-2].norm == "motion"):
		start = t - 2
	case t+1 < len(toks) && (toks[t+1].norm == "vote" || toks[t+1].norm == "motion"):
		end = t + 1
	default:
		return nil
	}
	if start < 2 || toks[start-1].norm == "no" {
		return nil // "a vote of no confidence", "a no-confidence vote"
	}
	verb := start - 1
	if objectDeterminers[toks[verb].norm] || toks[verb].norm == "second" {
		verb--
	}
	if verb < 1 || negatedVerb(toks, verb) {
		return nil
	}
	c := &candidate{typ: graph.Support, rule: "noun:confidence-vote", confidence: 0.6, trigger: verb}
	var body, head *graph.Entity
	prep := end + 1
	switch {
	case confidenceGivers[toks[verb].norm] && prep+1 < len(toks) && (toks[prep].norm == "in" || toks[prep].norm == "to"):
		body, _ = a.verbArguments(v, verb, &endorsementRule, c)
		if head = v.governmentHead(prep + 1); head == nil {
			head = v.attitudeObject(prep + 1)
		}
	case (confidenceWinners[toks[verb].norm] || toks[verb].norm == "passed") && prep+1 < len(toks) && (toks[prep].norm == "in" || toks[prep].norm == "from"):
		head, _ = a.verbArguments(v, verb, &endorsementRule, c)
		body = v.attitudeObject(prep + 1)
		if body != nil && body.Kind != graph.Organization {
			body = nil // "won a confidence vote in Rome"
		}
	}
	if body == nil || head == nil || body == head || body.Kind == graph.Location || head.Kind == graph.Location {
		return nil
	}
	if !a.setParties(c, []*graph.Entity{body}, []*graph.Entity{head}) {
		return nil
	}
	c.status = frameStatus(toks, verb, true)
	return c
}

// approvalHeads head a phrase that judges an act well done when a
// positive word qualifies them: "a positive step", "an encouraging sign".
var approvalHeads = map[string]bool{
	"step": true, "move": true, "development": true, "sign": true, "signal": true, "gesture": true,
	"milestone": true, "breakthrough": true,
}

// approvalAdjectives are the positive words that make such a phrase
// praise.
var approvalAdjectives = map[string]bool{
	"positive": true, "good": true, "important": true, "significant": true, "welcome": true, "encouraging": true,
	"constructive": true, "historic": true, "major": true, "big": true, "great": true, "useful": true,
	"valuable": true, "promising": true, "landmark": true, "crucial": true, "key": true, "right": true,
	"excellent": true, "helpful": true, "courageous": true, "bold": true,
}

// callingVerbs judge their object as what follows it: "called the move a
// positive step", "described it as".
var callingVerbs = map[string]bool{
	"called": true, "calls": true, "calling": true, "described": true, "describes": true, "describing": true,
	"termed": true, "terms": true, "labelled": true, "labeled": true, "considered": true, "considers": true,
	"regarded": true, "regards": true, "saw": true, "sees": true, "viewed": true, "views": true,
	"hailed": true, "hails": true, "characterized": true, "characterised": true,
}

// approvingPhraseStart returns the index of the article that opens a
// phrase praising an act, headed by the noun at h: "a positive step", "an
// important first step", "a step in the right direction", "a step
// forward". -1 for any other phrase, and for a negated one ("not a good
// sign").
func approvingPhraseStart(toks []token, h int) int {
	positive := h+1 < len(toks) && toks[h+1].norm == "forward" ||
		h+4 < len(toks) && toks[h+1].norm == "in" && toks[h+2].norm == "the" && toks[h+3].norm == "right" && toks[h+4].norm == "direction"
	k := h - 1
	for ; k >= 0 && k >= h-4; k-- {
		w := toks[k].norm
		if approvalAdjectives[w] {
			positive = true
			continue
		}
		if w == "first" || w == "very" || w == "real" || w == "new" || w == "further" || isQuoteMark(toks[k]) {
			continue
		}
		break
	}
	if k < 0 || !positive || !(toks[k].norm == "a" || toks[k].norm == "an" || toks[k].norm == "the") {
		return -1
	}
	if k > 0 && negations[toks[k-1].norm] {
		return -1
	}
	return k
}

// judgedRule stands for the verb that judges an act when its subject is
// read with verbArguments.
var judgedRule = eventRule{name: "judge-good-step", typ: graph.Support}

// judgedGoodStep reads a praising phrase headed at h as the judgement of
// the act its clause names: "X called Y's pledge a positive step", "X
// described the Syrian move as an important step" (a calling verb and its
// object), "X said Y's offer was a good first step" (a verb of saying and
// the subject of the copula). The party that owns the act, named in the
// object or subject, is the target; the judge is the actor.
func (a *article) judgedGoodStep(v *sentenceView, h int) *candidate {
	toks := v.toks
	p := approvingPhraseStart(toks, h)
	if p < 0 {
		return nil
	}
	for p > 0 && isQuoteMark(toks[p-1]) {
		p--
	}
	if p < 2 {
		return nil
	}
	end := p - 1 // the last word of the judged act's phrase
	copula := false
	switch w := toks[end].norm; {
	case w == "as":
		end--
	case w == "was" || w == "is" || w == "were" || w == "are":
		copula = true
		end--
	}
	verb := -1
	for k := end; k >= 0 && k >= end-8; k-- {
		if copula && speechAt(toks, k) || !copula && callingVerbs[toks[k].norm] && k < end {
			verb = k
			break
		}
		if toks[k].punct && !isQuoteMark(toks[k]) || toks[k].norm == "which" || toks[k].norm == "who" {
			return nil
		}
	}
	if verb < 0 || v.at[verb] >= 0 || negatedVerb(toks, verb) {
		return nil
	}
	var owners []*graph.Entity
	for k := verb + 1; k <= end; k++ {
		if n := v.at[k]; n >= 0 && v.ms[n].first == k && v.ms[n].ent.Kind != graph.Location && !v.ms[n].place {
			owners = append(owners, v.ms[n].ent)
		}
	}
	if len(owners) == 0 {
		return nil
	}
	c := &candidate{typ: graph.Support, mode: "praise", rule: "verb:judge-good-step", confidence: 0.55, trigger: verb}
	var judge *graph.Entity
	if copula {
		judge = a.speakerOf(v, verb, false)
	} else {
		judge, _ = a.verbArguments(v, verb, &judgedRule, c)
	}
	if judge == nil || judge.Kind == graph.Location {
		return nil
	}
	if !a.setParties(c, []*graph.Entity{judge}, owners) {
		return nil
	}
	c.status = frameStatus(toks, verb, true)
	return c
}

// skipTimeAdverbAfter steps forward from k over a day named as a time
// adverb, "today" or "on Tuesday", and returns the index after it, or k.
func skipTimeAdverbAfter(toks []token, k int) int {
	switch {
	case k < len(toks) && timeAdverbs[toks[k].norm]:
		return k + 1
	case k+1 < len(toks) && toks[k].norm == "on" && timeAdverbs[toks[k+1].norm]:
		return k + 2
	}
	return k
}

// appointmentClauseEnders end the office phrase before its agent.
var appointmentClauseEnders = map[string]bool{"and": true, "but": true, "who": true, "which": true, "after": true, "while": true, "that": true}

// distantAppointer reads the passive "Y was sworn in as OFFICE by X" whose
// verb is at t and office phrase starts at k, when "by X" stands further
// from the verb than verbArguments looks: the agent after "by" within the
// clause, and the person the passive's subject names, before an
// apposition ("Y, leader of the party, was sworn in") or a parenthesis.
func (a *article) distantAppointer(v *sentenceView, t, k int) (appointer, appointee *graph.Entity) {
	toks := v.toks
	by := -1
	for j := k; j < len(toks) && j <= t+maxArgGap; j++ {
		if toks[j].norm == "by" {
			by = j
			break
		}
		if toks[j].punct || appointmentClauseEnders[toks[j].norm] {
			return nil, nil
		}
	}
	if by < 0 {
		return nil, nil
	}
	n := v.next(by)
	if n < 0 || v.ms[n].first > by+4 || v.ms[n].ent.Kind == graph.Location {
		return nil, nil
	}
	for j := by + 1; j < v.ms[n].first; j++ {
		if !(toks[j].norm == "the" || isTitleWord(toks[j].norm) || titles[toks[j].norm] != "") {
			return nil, nil // "by a slim margin of the Senate"
		}
	}
	j := t - 1
	for j >= 0 && (auxiliaries[toks[j].norm] || beForms[toks[j].norm] || strings.HasSuffix(toks[j].norm, "ly")) {
		j-- // "had officially been"
	}
	if j >= 0 && toks[j].text == ")" {
		for j >= 0 && toks[j].text != "(" && j >= t-maxArgGap {
			j-- // "Van Rompuy (herman van rompoey) had been"
		}
		j--
	}
	if j < 0 {
		return nil, nil
	}
	if toks[j].text == "," {
		// "Y, current party leader, was sworn in": the name before the
		// apposition.
		i := j - 1
		for i > 0 && i >= j-maxArgGap && !toks[i].punct {
			i--
		}
		if i <= 0 || toks[i].text != "," {
			return nil, nil
		}
		j = i - 1
	}
	s := v.at[j]
	if s < 0 || v.ms[s].ent.Kind != graph.Person || !usable(v.ms[s]) {
		return nil, nil
	}
	return v.ms[n].ent, v.ms[s].ent
}
