package loader

import (
	"slices"
	"strings"

	"github.com/geokg/geokg/graph"
)

// This file reads verbal events off reported speech: who said what, about
// whom. "X said that Y is a rogue state" accuses Y; "X called the remarks
// irresponsible" accuses whoever made the remarks.

// titledApposition reports a comma between a title and the person it
// names, which does not end a verb's object: "compared the Libyan
// leader, Omar Salah, to Mussolini".
func titledApposition(v *sentenceView, k int) bool {
	return v.toks[k].text == "," && k > 0 && isTitleWord(v.toks[k-1].norm) && k+1 < len(v.toks) &&
		v.at[k+1] >= 0 && v.ms[v.at[k+1]].first == k+1 && v.ms[v.at[k+1]].ent.Kind == graph.Person
}

// quotedAsSaying reports "was quoted as saying" ending at the token k.
func quotedAsSaying(toks []token, k int) bool {
	return toks[k].norm == "saying" && k >= 2 && toks[k-1].norm == "as" && toks[k-2].norm == "quoted"
}

// speakerOf returns who says what the speech verb at k reports: the
// mention right before it ("Rice said", "X of France said", "X was
// quoted as saying"), the last person for "he" or "she", or, where the
// verb follows a quotation (inverted), the name after it ("said Rice",
// "said Foreign Minister X"). Nil when none is named.
func (a *article) speakerOf(v *sentenceView, k int, inverted bool) *graph.Entity {
	toks := v.toks
	j := k - 1
	if quotedAsSaying(toks, k) {
		j = k - 3
	}
	for stop := j - 3; j >= 0 && j > stop && (auxiliaries[toks[j].norm] || speakerAdverb(v, j)) && toks[j].norm != "to"; j-- {
		// "Rice has also said", "X was quoted as saying"
	}
	if j < 0 {
		return nil
	}
	if n := v.at[j]; n >= 0 && v.ms[n].ent.Kind != graph.Location {
		if !usable(v.ms[n]) && n > 0 && v.ms[n-1].ent.Kind == graph.Person {
			n-- // "X of France said"
		}
		return v.ms[n].ent
	}
	if e := a.appositiveSpeaker(v, j); e != nil {
		return e // "Uribe, the President of Colombia, said"
	}
	if e := a.quotedAppositionSpeaker(v, j); e != nil {
		return e // `," Goossens, director of WFP Somalia, said` (quotedappositions.go)
	}
	if e := officialSpeaker(v, j, k, false); e != nil {
		return e // "the German chancellor said"
	}
	if toks[j].norm == "he" || toks[j].norm == "she" {
		if j > 0 && toks[j-1].punct {
			return a.lastPerson // `," he said`: not a person the quotation names
		}
		return a.personBefore(v, j)
	}
	if !inverted || k+1 >= len(toks) {
		return nil
	}
	for i := k + 1; i < len(toks) && i <= k+6 && !toks[i].punct; i++ { // "said (French) Foreign Minister X"
		if n := v.at[i]; n >= 0 && v.ms[n].ent.Kind == graph.Person {
			return v.ms[n].ent
		}
	}
	if e := officialSpeaker(v, j, k, true); e != nil {
		return e // `," said an Iranian official`
	}
	if n := v.at[k+1]; n >= 0 {
		return v.ms[n].ent
	}
	return nil
}

// speechAt reports a verb of saying at k: a speech verb or "quoted as
// saying".
func speechAt(toks []token, k int) bool {
	return toks[k].is(classSpeech) || quotedAsSaying(toks, k)
}

// speakerMemory is how many sentences on "the remarks" still refers to
// the last speaker.
const speakerMemory = 3

// noteSpeaker records who made the last statement the sentence reports:
// the subject of its last verb of saying, or else the actor of its last
// verbal event ("North Korea blamed the United States").
func (a *article) noteSpeaker(toks []token, ms []mention) {
	v := newView(toks, ms)
	a.noteAuthoredNouns(v)
	for k := len(toks) - 1; k >= 0; k-- {
		if !speechAt(toks, k) || v.at[k] >= 0 {
			continue // "the United States": a name, not "states"
		}
		if e := a.speakerOf(v, k, k > 0 && toks[k-1].punct); e != nil {
			a.speaker, a.speakerSentence = e, a.cur
			return
		}
	}
	if e := a.documentQuoted(v); e != nil {
		a.speaker, a.speakerSentence = e, a.cur // `issued a statement which read, "`
		return
	}
	for i := len(a.found) - 1; i >= 0 && a.found[i].sent.index == a.cur; i-- {
		if verbalTypes[a.found[i].typ] && !a.found[i].noun {
			a.speaker, a.speakerSentence = a.found[i].actors[0], a.cur
			return
		}
	}
}

// verbalTypes are the event types stated in words.
var verbalTypes = map[graph.EventType]bool{graph.Accuse: true, graph.Reject: true, graph.Request: true, graph.Threaten: true}

// remarkNouns name what someone said.
var remarkNouns = map[string]bool{"remarks": true, "remark": true, "comments": true, "comment": true, "statement": true, "statements": true, "words": true, "speech": true, "outburst": true}

// remarkDeterminers point back to remarks reported before.
var remarkDeterminers = map[string]bool{"the": true, "these": true, "those": true, "such": true}

// remarksAuthor returns, for a verb at t whose object is remarks reported
// before ("called the remarks irresponsible", "rejected these
// comments"), who made them: the last speaker of the sentences before,
// when that is not the actor or the actor's state.
func (a *article) remarksAuthor(v *sentenceView, t int, r *eventRule, actor *graph.Entity) *graph.Entity {
	if !r.direct || (r.typ != graph.Accuse && r.typ != graph.Reject) || a.speaker == nil {
		return nil
	}
	toks := v.toks
	k := t + 1
	if k+1 >= len(toks) || !remarkDeterminers[toks[k].norm] {
		return nil
	}
	k++
	if !remarkNouns[toks[k].norm] && k+1 < len(toks) && !toks[k].punct && !toks[k].upper && !remarkDeterminers[toks[k].norm] && remarkNouns[toks[k+1].norm] {
		k++ // "the latest remarks"
	}
	if !remarkNouns[toks[k].norm] || (k+1 < len(toks) && (toks[k+1].norm == "of" || toks[k+1].norm == "by")) {
		return nil // "the remarks of X": the author is named
	}
	s := a.speaker
	if a.cur-a.speakerSentence > speakerMemory || a.speakerSentence == a.cur || a.sameSide(s, actor) {
		return nil
	}
	return s
}

// sameSide reports whether x and y are one party: the same entity, or a
// person and the state he holds office for or comes from.
func (a *article) sameSide(x, y *graph.Entity) bool {
	if x == y || a.stateOf(x) == y || a.stateOf(y) == x {
		return true
	}
	return (x.Kind == graph.Person && x.Country != "" && x.Country == y.ID) || (y.Kind == graph.Person && y.Country != "" && y.Country == x.ID)
}

// copulas link a subject to what it is said to be: "Syria is a rogue
// state", "Russia remained India's largest arms supplier".
var copulas = map[string]bool{"is": true, "was": true, "are": true, "were": true, "remains": true, "remain": true, "remained": true, "became": true, "becomes": true, "become": true}

// copulaAuxiliaries stand before "be" or "been" in a copula: "has been",
// "would be".
var copulaAuxiliaries = map[string]bool{"has": true, "have": true, "had": true, "would": true, "will": true}

// negations cancel a judgement: "Russia is not an enemy".
var negations = map[string]bool{"not": true, "no": true, "never": true, "n't": true, "nothing": true, "neither": true}

// judgementEnd ends the stretch a judgement is looked for in.
var judgementEnd = map[string]bool{"that": true, "which": true, "who": true, "because": true, "if": true, "but": true, "and": true, "since": true, "while": true, "although": true}

// evaluations reads judgements reported in speech as accusations: "X
// said (that) Y is an outlaw regime", "X said Y's remarks were
// insulting", and `"Y is a rogue state," X said`. The speaker accuses Y.
func (a *article) evaluations(s sentence, v *sentenceView) []*candidate {
	var out []*candidate
	toks := v.toks
	for n, m := range v.ms {
		if !usable(m) || m.ent.Kind == graph.Location {
			continue
		}
		start := partySubjectStart(v, n) // disparagement.go: "the Americans", "what Y is doing"
		j := start - 1
		if j >= 0 && toks[j].norm == "that" {
			j--
		}
		open := quoteOpening(v, start) // `"Y is`, `"Ever since the war, Y has`
		var actor *graph.Entity
		c := &candidate{typ: graph.Accuse, mode: "disapprove", rule: "verb:evaluate", confidence: 0.6, sent: s}
		switch {
		case j >= 0 && speechAt(toks, j) && toks[j].norm != "told":
			speaker := a.speakerOf(v, j, false)
			if speaker == nil || negatedVerb(toks, j) {
				continue // "Officials said": no speaker named; "did not say"
			}
			actor, _ = a.verbArguments(v, j, &evaluationRule, c)
			actor = namedSpeaker(actor, speaker) // disparagement.go
			c.trigger = j
		case open >= 0 && !quoted(toks, open),
			framedParty(v, start) && v.quoted(start): // `"We know that in Y it is lies," X said`
			actor = a.quoteSpeaker(v, start)
			c.rule += "-quote"
			c.trigger = start
		default:
			continue
		}
		if actor == nil || !(start == m.first && judged(v, n) || disparaged(v, n, start)) {
			continue
		}
		target := m.ent
		if a.sameSide(actor, target) {
			continue
		}
		if !a.setParties(c, []*graph.Entity{actor}, []*graph.Entity{target}) {
			continue
		}
		c.status = graph.Reported
		if conditioned(toks, c.trigger) {
			c.status = graph.Speculated // "if X says Y is lying"
		}
		out = append(out, c)
	}
	return out
}

// evaluationRule stands for the speech verb whose subject evaluations
// read with verbArguments.
var evaluationRule = eventRule{name: "evaluate", typ: graph.Accuse}

// isQuoteMark reports a quotation mark.
func isQuoteMark(t token) bool {
	switch t.text {
	case "\"", "“", "”", "``", "''":
		return true
	}
	return false
}

// judged reports whether the mention n is the subject of a copula whose
// complement condemns it: "Syria is an outlaw regime", "Kerry's comment
// was insulting". A possessive names its owner's policy, remarks or the
// like, not what befell it ("Granda's arrest was illegal").
func judged(v *sentenceView, n int) bool {
	toks := v.toks
	k := v.ms[n].last + 1
	if toks[v.ms[n].last].poss {
		if k+1 < len(toks) && !criticisedThings[toks[k].norm] && !toks[k].punct && !toks[k].upper && criticisedThings[toks[k+1].norm] {
			k++ // "Iran's nuclear policy"
		}
		if k >= len(toks) || !criticisedThings[toks[k].norm] {
			return false
		}
		k++
	}
	return copulaCondemns(v, k)
}

// copulaCondemns reports a copula at k whose complement condemns the
// subject before it: "is a violation of the accord", "was unacceptable",
// "would be insulting". A negation, a mention or the end of the clause
// ends the complement; "was condemned by" is a passive, not a judgement.
func copulaCondemns(v *sentenceView, k int) bool {
	toks := v.toks
	if k+1 < len(toks) && copulaAuxiliaries[toks[k].norm] && (toks[k+1].norm == "be" || toks[k+1].norm == "been") {
		k++
	} else if k >= len(toks) || !copulas[toks[k].norm] {
		return false
	}
	for i := k + 1; i < len(toks) && i <= k+7; i++ {
		u := toks[i]
		if negations[u.norm] || v.at[i] >= 0 || judgementEnd[u.norm] || clauseBreak(u) || (u.punct && !isQuoteMark(u) && u.text != "-") {
			return false
		}
		if slices.Contains(disapprovalWords, u.norm) {
			return true
		}
		if i == k+1 && (strings.HasSuffix(u.norm, "ed") || strings.HasSuffix(u.norm, "ing")) {
			return false // "was condemned by": a passive; "are addressing crime": a verb, not a judgement
		}
		if sufferedVerdict[u.norm] {
			return false // "were victims of a crime": what befell the subject
		}
	}
	return false
}
