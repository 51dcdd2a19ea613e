package loader

import (
	"github.com/geokg/geokg/graph"
)

// This file reads support and rejection that institutions and messages
// state in frames the trigger lexicon does not reach:
//
//   - congratulations sent: "X sent a congratulatory message to Y", "X
//     extended his congratulations to Y", "X sent Y a message of
//     congratulations" is SUPPORT of X for Y (CAMEO 051, like
//     "congratulated");
//   - a vote of confidence: "the Knesset passed a vote of confidence in
//     X's government" and "X's government won a confidence vote in the
//     Senate" are SUPPORT of the legislature for X.

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
		var c *candidate
		switch {
		case congratulationSendingVerbs[tok.norm]:
			c = a.sentCongratulations(v, t)
		case tok.norm == "confidence":
			c = a.confidenceVote(v, t)
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
