package loader

import (
	"slices"
	"strings"

	"github.com/geokg/geokg/graph"
)

// This file holds a broad, weak reading of statements, tried only on
// sentences where no other rule found an event. A named speaker ("X said",
// `"...," X said`, "according to X") talking about exactly one other named
// party is coded by the cue words of what he says: a condemnation accuses
// that party, a "should" asks something of it, praise supports it, a
// refusal rejects it, a warning of consequences threatens it. A statement
// without such a cue is neutral and yields nothing. The events carry a low
// confidence and rules named "fallback:…" so that analysts can filter them.

// fallbackConfidence is the confidence of a fallback event: below every
// rule that reads a frame.
const fallbackConfidence = 0.35

// fallbackSpeechVerbs add to speechVerbs the verbs that introduce a
// statement without adding a judgement of their own.
var fallbackSpeechVerbs = map[string]bool{
	"noted": true, "notes": true, "asserted": true, "asserts": true, "commented": true, "explained": true,
	"emphasised": true, "emphasized": true, "underlined": true, "wrote": true, "writes": true,
}

// fallbackSpeech reports a verb of saying at k.
func fallbackSpeech(toks []token, k int) bool {
	return speechAt(toks, k) || toks[k].is(classFallbackSpeech)
}

// fallbackCues map a word of the statement to the event type it codes.
var fallbackCues = map[string]graph.EventType{}

// fallbackCueWords list the cue words of each type; inflections are
// spelled out so that a lookup stays exact.
var fallbackCueWords = map[graph.EventType][]string{
	graph.Accuse: {
		"criticise", "criticised", "criticises", "criticize", "criticized", "criticizes", "criticism", "condemn", "condemned",
		"condemns", "condemnation", "blame", "blamed", "blames",
		"violated", "violates", "violating", "violations", "lying", "denounce",
		"denounced", "deplore", "deplored", "unfair", "betrayal", "betrayed", "injustice", "atrocities", "abuses", "brutality",
		"worthless", "blunder", "coverup", "coverups", "cover-up", "oppression",
	},
	graph.Request: {
		"appealed",
	},
	graph.Support: {
		"welcome", "welcomed", "welcomes", "praise", "praised", "praises", "thank", "thanked", "grateful",
		"appreciate", "appreciated", "appreciates", "commend", "commended", "commends", "friendship",
		"congratulate", "congratulated", "congratulates", "applaud", "applauded", "hailed",
	},
	graph.Reject: {
		"reject", "rejected", "rejects",
	},
	graph.Threaten: {
		"retaliate", "retaliation", "retaliatory",
	},
}

// topicalWords name what a statement may be about rather than judge:
// "the war against terror", "illegal arms", "the threat of piracy".
var topicalWords = map[string]bool{
	"terror": true, "terrorism": true, "terrorist": true, "terrorists": true, "threat": true, "threats": true,
	"piracy": true, "illegal": true, "crime": true, "criminal": true, "criminals": true, "dangerous": true,
}

// cueReach bounds how far from the party spoken about a cue may stand.
const cueReach = 8

// flippedCues are approvals that, negated, condemn: "is not acceptable".
var flippedCues = map[string]bool{
	"acceptable": true, "right": true, "helpful": true, "constructive": true, "legitimate": true, "legal": true,
	"justified": true, "appropriate": true,
}

// fallbackOrder is the order in which cue types win when one statement
// holds several: a duty laid on the party outweighs the praise around it.
var fallbackOrder = []graph.EventType{graph.Threaten, graph.Request, graph.Reject, graph.Accuse, graph.Support}

func init() {
	for typ, ws := range fallbackCueWords {
		for _, w := range ws {
			fallbackCues[w] = typ
		}
	}
	for _, w := range disapprovalWords {
		if _, ok := fallbackCues[w]; !ok && !topicalWords[w] {
			fallbackCues[w] = graph.Accuse
		}
	}
}

// fallbackStatements reads the first statement of the sentence that a
// named speaker makes about one other named party, or returns nil.
func (a *article) fallbackStatements(s sentence, v *sentenceView) []*candidate {
	toks := v.toks
	if speaker, to := a.quotedStatement(v); speaker != nil && speaker.Kind != graph.Location {
		if c := a.fallbackStatement(v, speaker, firstWord(toks), 0, to); c != nil {
			c.sent, c.rule = s, c.rule+"-quoted"
			return []*candidate{c}
		}
		return nil
	}
	for k := range toks {
		if v.at[k] >= 0 {
			continue
		}
		speaker, from, to := a.statementAt(v, k)
		if speaker == nil || speaker.Kind == graph.Location {
			continue
		}
		if c := a.fallbackStatement(v, speaker, k, from, to); c != nil {
			c.sent = s
			return []*candidate{c}
		}
	}
	return nil
}

// statementAt returns, for a verb of saying or "according to" at k, the
// speaker and the token span [from, to) of what he says; a nil speaker
// when k introduces no statement.
func (a *article) statementAt(v *sentenceView, k int) (speaker *graph.Entity, from, to int) {
	toks := v.toks
	if toks[k].norm == "according" && k+2 < len(toks) && toks[k+1].norm == "to" && v.at[k+2] >= 0 {
		n := v.at[k+2]
		if v.ms[n].modifier && n+1 < len(v.ms) && v.ms[n+1].first <= v.ms[n].last+3 {
			n++ // "according to Palestinian President Mahmoud Abbas": the person
		}
		m := v.ms[n]
		if k <= firstWord(toks)+1 {
			return m.ent, m.last + 1, len(toks) // "According to X, Y ..."
		}
		return m.ent, 0, k // "Y ..., according to X"
	}
	if !fallbackSpeech(toks, k) || (k > 0 && negations[toks[k-1].norm]) || (k > 1 && negations[toks[k-2].norm]) {
		return nil, 0, 0
	}
	inverted := k > 0 && (toks[k-1].punct || isQuoteMark(toks[k-1]))
	speaker = a.speakerOf(v, k, inverted)
	switch {
	case speaker != nil:
	case inverted:
		speaker = trailingSpeaker(v, k) // `," said an unnamed Iranian official`
	default:
		speaker = leadingSpeaker(v, k)
	}
	if speaker == nil {
		return nil, 0, 0
	}
	if !inverted && !quotationBefore(toks, k) {
		return speaker, k + 1, len(toks)
	}
	for j := k + 1; j < len(toks) && j <= k+8; j++ {
		if isQuoteMark(toks[j]) {
			return speaker, 0, len(toks) // `"A," said X, "B."`: both parts are his
		}
	}
	// `"...," X said` or `"...," said X`: the quotation before.
	to = k
	for j := k - 1; j >= 0; j-- {
		if isQuoteMark(toks[j]) {
			to = j
			break
		}
	}
	return speaker, 0, to
}

// speakerOver returns the speaker of the statement the word at t stands
// in ("X said that ... would be turned down"), or nil.
func (a *article) speakerOver(v *sentenceView, t int) *graph.Entity {
	for k := range v.toks {
		if k == t || !v.toks[k].is(classSpeech) && !(v.toks[k].norm == "according") {
			continue
		}
		if speaker, from, to := a.statementAt(v, k); speaker != nil && from <= t && t < to {
			return speaker
		}
	}
	return nil
}

// quotationBefore reports a verb of saying at k that ends its sentence
// after a closing quotation and the speaker: `"...," Chile said.`
func quotationBefore(toks []token, k int) bool {
	for j := k + 1; j < len(toks); j++ {
		if !toks[j].punct {
			return false
		}
	}
	for j := k - 1; j >= 0 && j >= k-8; j-- {
		if isQuoteMark(toks[j]) {
			return true
		}
	}
	return false
}

// leadingSpeaker returns, for a verb of saying at k whose speaker is not
// right before it, the party that opens the clause before it when no
// other party stands between: "Sheikh X in Lebanon also made the same
// charge and said", `"...," X, an Islamic cleric, told Reuters`. Else nil.
func leadingSpeaker(v *sentenceView, k int) *graph.Entity {
	toks := v.toks
	first := -1
	for j := k - 1; j >= 0 && j >= k-maxArgGap; j-- {
		if isQuoteMark(toks[j]) || speechAt(toks, j) || toks[j].norm == "that" {
			break
		}
		if n := v.at[j]; n >= 0 {
			if m := v.ms[n]; usable(m) && m.ent.Kind != graph.Location {
				if first >= 0 && v.ms[first].ent != m.ent {
					return nil // two parties before the verb: which one speaks is unclear
				}
				first = n
			}
		}
	}
	if first < 0 {
		return nil
	}
	return v.ms[first].ent
}

// trailingSpeaker returns the first party named within a few words
// after an inverted verb of saying, the nationality of an unnamed
// official included: `," said an unnamed Iranian official`. Else nil.
func trailingSpeaker(v *sentenceView, k int) *graph.Entity {
	for j := k + 1; j < len(v.toks) && j <= k+5 && !v.toks[j].punct; j++ {
		if n := v.at[j]; n >= 0 && !v.ms[n].place && v.ms[n].ent.Kind != graph.Location {
			return v.ms[n].ent
		}
	}
	return nil
}

// quotedStatement returns the speaker of a sentence that goes on with a
// quotation an earlier sentence opened ("We know that in Iran it is
// lies."), and the span up to where the quotation closes; a nil speaker
// when the sentence is not such a continuation or has a verb of saying
// of its own.
func (a *article) quotedStatement(v *sentenceView) (speaker *graph.Entity, to int) {
	toks := v.toks
	for k := range toks {
		if fallbackSpeech(toks, k) && v.at[k] < 0 {
			return nil, 0
		}
	}
	if speaker = a.continuingSpeaker(v); speaker != nil {
		to = len(toks)
		for j := 1; j < len(toks); j++ {
			if isQuoteMark(toks[j]) {
				to = j
				break
			}
		}
		return speaker, to
	}
	if speaker = a.runningSpeaker(toks, 0); speaker == nil {
		return nil, 0
	}
	to = len(toks)
	for j := range toks {
		if isQuoteMark(toks[j]) {
			to = j
			break
		}
	}
	return speaker, to
}

// fallbackStatement codes what the speaker says in toks[from:to] about
// the one other party named there; nil without exactly one such party or
// without a cue.
func (a *article) fallbackStatement(v *sentenceView, speaker *graph.Entity, k, from, to int) *candidate {
	toks := v.toks
	var targets []*graph.Entity
	var spans [][2]int // where the parties spoken about are named
	for n, m := range v.ms {
		if m.first < from || m.last >= to || m.place || m.ent.Kind == graph.Location || a.sameSide(m.ent, speaker) || v.locative(n) {
			continue // "torture in Afghanistan": a place, not a party
		}
		if f := m.first; f > 0 && (toks[f-1].norm == "against" || (f > 1 && toks[f-1].norm == "the" && toks[f-2].norm == "against")) {
			continue // "baseless accusations against Iran": a party wronged, not judged
		}
		if wrongedParty(toks, m.first) {
			continue // "the murderers of X", "a mistake by invading Iraq" (wrongedparties.go)
		}
		if m.modifier && m.ent.Kind == graph.Person {
			continue
		}
		if m.last+1 < len(toks) && ruleTexts[toks[m.last+1].norm] {
			continue // "in violation of United Nations resolutions": whose rules, not who broke them
		}
		switch {
		case len(targets) == 0:
			targets = []*graph.Entity{m.ent}
		case slices.ContainsFunc(targets, func(e *graph.Entity) bool { return a.sameSide(e, m.ent) }):
		case coordinated(toks, spans[len(spans)-1][1], m.first):
			targets = append(targets, m.ent) // "Australia, New Zealand and Japan": one group
		default:
			return nil // two parties: whom the statement is about is unclear
		}
		spans = append(spans, [2]int{m.first, m.last})
	}
	if len(targets) == 0 {
		return nil
	}
	typ, cue, ok := fallbackCue(toks, from, to, v.at, spans)
	if !ok {
		return nil
	}
	c := &candidate{
		typ:        typ,
		actors:     []*graph.Entity{speaker},
		targets:    targets,
		status:     graph.Reported,
		confidence: fallbackConfidence,
		rule:       "fallback:" + strings.ToLower(string(typ)) + "-" + cue,
		trigger:    k,
	}
	if typ == graph.Accuse {
		c.mode = "disapprove"
	}
	c.actors = a.withStates(c.actors, c.targets)
	c.targets = a.withStates(c.targets, c.actors)
	return c
}

// ruleTexts are texts a party's name qualifies as their author ("United
// Nations resolutions", "Iraqi law"): a statement about breaking them is
// not about that party.
var ruleTexts = map[string]bool{
	"resolution": true, "resolutions": true, "law": true, "laws": true, "rules": true, "charter": true,
	"regulations": true, "guidelines": true, "mandate": true, "conventions": true, "convention": true,
	"statutes": true, "constitution": true,
}

// fallbackCue finds the strongest cue in toks[from:to] within cueReach
// of where the party spoken about is named (spans), skipping names
// (at[i] >= 0) and cues a negation just before cancels, and returns its
// type and word. A modal of duty right after the party ("Iran must")
// asks something of it.
func fallbackCue(toks []token, from, to int, at []int, spans [][2]int) (graph.EventType, string, bool) {
	found := map[graph.EventType]string{}
	note := func(typ graph.EventType, w string) {
		if _, ok := found[typ]; !ok {
			found[typ] = w
		}
	}
	for _, sp := range spans {
		if sp[0] > 0 && prepositions[toks[sp[0]-1].norm] || toks[sp[1]].poss {
			continue // "the disarmament of Hamas must wait": the duty is the noun's
		}
		if w := dutyAfter(toks, sp[1]+1, to); w != "" {
			note(graph.Request, w)
		}
	}
	near := func(i int) bool {
		for _, sp := range spans {
			if i >= sp[0]-cueReach && i <= sp[1]+cueReach {
				return true
			}
		}
		return false
	}
	for i := from; i < to; i++ {
		if at[i] >= 0 || toks[i].punct || !near(i) {
			continue
		}
		w := toks[i].norm
		negated := negatedAt(toks, i)
		switch {
		case flippedCues[w] && negated:
			if w != "right" || predicateRight(toks, i, to) {
				note(graph.Accuse, "not-"+w)
			}
		case w == "call" || w == "called" || w == "calls" || w == "calling":
			if i+1 < to && (toks[i+1].norm == "on" || toks[i+1].norm == "upon") && !negated && (i == 0 || !beForms[toks[i-1].norm]) {
				note(graph.Request, "call-on")
			}
		case w == "no" && i+1 < to && (toks[i+1].norm == "plans" || toks[i+1].norm == "plan" || toks[i+1].norm == "intention"):
			if partyAfter(spans, i) {
				note(graph.Reject, "no-"+toks[i+1].norm)
			}
		case (w == "lie" || w == "lies") && i+1 < to && prepositions[toks[i+1].norm]:
			// "lies with the OSCE", "to lie in state": the verb, not a falsehood
		default:
			if typ, ok := fallbackCues[w]; ok && !negated {
				note(typ, w)
			} else if typ, ok := judgingWords[w]; ok && !negated && judgedParty(toks, i, spans) {
				note(typ, w) // spokenjudgements.go: "the United States has irrational arrangements"
			}
		}
	}
	for _, typ := range fallbackOrder {
		if w, ok := found[typ]; ok {
			return typ, w, true
		}
	}
	return "", "", false
}

// dutyAfter returns the modal of duty at i or i+1 ("Iran must", "Iran
// now has to"), when an active verb follows it: "should be stopped" and
// "should have been given" ask nothing of the subject. Else "".
func dutyAfter(toks []token, i, to int) string {
	for j := i; j < to && j <= i+1; j++ {
		w := toks[j].norm
		if toks[j].punct || j+2 >= len(toks) {
			return ""
		}
		next := toks[j+1].norm
		if (w == "needs" || w == "has" || w == "have" || w == "need") && next == "to" {
			if foreseenNecessity(toks, j) {
				return "" // "would have to import": modalsenses.go
			}
			j++
			next = toks[j+1].norm
		} else if !obligationModals[w] {
			continue
		} else if expectedOutcome(toks, j) {
			return "" // "should show earnings": modalsenses.go
		}
		if negations[next] || next == "be" || next == "have" || next == "been" {
			return ""
		}
		return w
	}
	return ""
}

// coordinated reports that only commas and "and"/"or" stand between the
// tokens last and first: two names in one list.
func coordinated(toks []token, last, first int) bool {
	if first <= last+1 {
		return false
	}
	for j := last + 1; j < first; j++ {
		if w := toks[j].norm; w != "," && w != "and" && w != "or" && w != "the" {
			return false
		}
	}
	return true
}

// negatedAt reports a negation among the three words before i, within
// the clause: "did not criticise", "is not acceptable".
func negatedAt(toks []token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if toks[j].punct {
			return false
		}
		if negations[toks[j].norm] {
			return true
		}
	}
	return false
}
