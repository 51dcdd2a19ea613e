package loader

import (
	"slices"

	"github.com/geokg/geokg/graph"
)

// This file reads accusations stated in frames the lexicon and the
// evaluations of speech.go do not reach:
//   - a reported judgement of another's act whose doer is named in the
//     noun phrase: `X said the move by Y is a violation of the accord`,
//     `"Y's announcement of a pullback falls short of its obligations," X
//     said` — X accuses Y;
//   - a complaint lodged by one party against another, told in the
//     passive: "the complaint lodged by X against Y";
//   - a protest sent in writing: "X protested and sent a letter to Y".

// judgedActs name something a party did or said, whose judgement is a
// judgement of the party: "Y's response was unacceptable". What befell a
// party ("Y's arrest was illegal") is not among them.
var judgedActs = map[string]bool{
	"move": true, "moves": true, "pledge": true, "offer": true, "promise": true, "withdrawal": true,
	"redeployment": true, "action": true, "actions": true, "conduct": true, "behaviour": true, "behavior": true,
	"decision": true, "announcement": true, "response": true, "policy": true, "policies": true, "plan": true,
	"proposal": true, "remarks": true, "comments": true, "statement": true, "stance": true, "handling": true,
	"deployment": true, "incursion": true, "intrusion": true, "intervention": true, "invasion": true, "occupation": true,
	"interference": true, "blockade": true, "test": true, "tests": true, "attack": true, "attacks": true, "raid": true,
	"raids": true, "airstrike": true, "airstrikes": true, "offensive": true, "crackdown": true, "annexation": true,
	"bombardment": true, "shelling": true, "embargo": true, "incursions": true,
}

// authoredActs name their author after "of": "the decision of Y", where
// "the invasion of Y" names its victim.
var authoredActs = map[string]bool{
	"decision": true, "announcement": true, "remarks": true, "comments": true, "statement": true, "policy": true,
	"policies": true, "actions": true, "conduct": true, "behaviour": true, "behavior": true, "response": true, "stance": true,
}

// subjectOpeners stand before the head of a judged act: "the", "today's".
var subjectOpeners = map[string]bool{
	"the": true, "this": true, "that": true, "these": true, "today": true, "yesterday": true, "latest": true,
	"recent": true, "last": true, "week": true, "new": true,
}

// predicateStops end the stretch between a judged act and its predicate:
// another clause or another speaker's words begin.
var predicateStops = map[string]bool{
	"that": true, "which": true, "who": true, "because": true, "but": true, "while": true, "although": true,
	"if": true, "since": true, "said": true, "says": true, "when": true, "after": true, "before": true,
}

// violationVerbs say that an act breaks a rule: "Y's test violates the
// resolution".
var violationVerbs = map[string]bool{
	"violates": true, "violated": true, "breaches": true, "breached": true, "contravenes": true, "contravened": true,
	"flouts": true, "flouted": true, "undermines": true, "undermined": true, "endangers": true, "endangered": true,
}

// judgingPredicate reports a predicate that judges its subject: a copula,
// "falls (short)", "violates". A date determining the subject ("today's
// announcement") dates the subject, not the judgement.
func judgingPredicate(t token) bool {
	return copulas[t.norm] || copulaAuxiliaries[t.norm] || fallVerbs[t.norm] || violationVerbs[t.norm]
}

// fallVerbs fall short of an obligation: "falls short of its duties".
var fallVerbs = map[string]bool{"falls": true, "fell": true, "fall": true, "falling": true}

// maxSubjectSpan bounds the judged act's noun phrase, which may run on
// ("Today's announcement by Y of a redeployment of its troops to the
// border falls short"), keeping the search linear.
const maxSubjectSpan = 30

// accusations reads the frames of this file in the sentence.
func (a *article) accusations(s sentence, v *sentenceView) []*candidate {
	var out []*candidate
	toks := v.toks
	for t, tok := range toks {
		var c *candidate
		switch {
		case v.at[t] >= 0:
			continue
		case (speechAt(toks, t) || tok.is(classClaimVerb)) && tok.norm != "told":
			c = a.judgedActAfterSpeech(v, t)
		case isQuoteMark(tok) && !v.quoted(t):
			c = a.judgedActInQuotation(v, t)
		case tok.is(classLodgedVerb):
			c = a.lodgedBy(v, t)
		case tok.norm == "protested":
			c = a.protestLetter(v, t)
		case tok.is(classConsideringVerb) && consideringVerbs[tok.norm] != "":
			c = a.consideredAs(v, t)
		}
		if !a.framed(c, s) {
			continue
		}
		c.typ, c.status = graph.Accuse, graph.Reported
		if c.rule == "verb:consider-as" && conditioned(toks, c.trigger) {
			c.status = graph.Speculated // "if Y considered Z a terrorist group"
		}
		out = append(out, c)
	}
	return out
}

// judgedActAfterSpeech reads `X said (that) the move by Y is a violation`.
func (a *article) judgedActAfterSpeech(v *sentenceView, t int) *candidate {
	speaker := a.speakerOf(v, t, false)
	if speaker == nil {
		return nil // "Officials said": no speaker named
	}
	st := t + 1
	if st < len(v.toks) && v.toks[st].norm == "that" {
		st++
	}
	doer, predicate := v.judgedAct(st)
	if doer == nil {
		return nil
	}
	c := &candidate{mode: "disapprove", rule: "verb:judge-act", trigger: predicate}
	actor, _ := a.verbArguments(v, t, &evaluationRule, c)
	if actor == nil {
		return nil
	}
	c.actors, c.targets = []*graph.Entity{actor}, []*graph.Entity{doer}
	return c
}

// judgedActInQuotation reads `"Y's announcement falls short of its
// obligations," X said` and `X stated, "the move by Y is illegal"`.
func (a *article) judgedActInQuotation(v *sentenceView, t int) *candidate {
	doer, predicate := v.judgedAct(t + 1)
	if doer == nil {
		return nil
	}
	speaker := a.quoteSpeaker(v, t+1)
	if speaker == nil {
		return nil
	}
	c := &candidate{mode: "disapprove", rule: "verb:judge-act-quote", trigger: predicate}
	c.actors, c.targets = []*graph.Entity{speaker}, []*graph.Entity{doer}
	return c
}

// judgedAct returns the party whose act opens the clause at st and is
// judged there: "Y's response was unacceptable", "the move by Y is a
// violation of the accord", "today's announcement by Y of a pullback
// falls short of its obligations", and where the predicate stands. Nil
// where the clause is no such judgement.
func (v *sentenceView) judgedAct(st int) (doer *graph.Entity, predicate int) {
	doer, head, end := v.actOf(st)
	if doer == nil {
		return nil, -1
	}
	if judgedAt(v, end) {
		return doer, end
	}
	toks := v.toks
	for i := end; i < len(toks) && i <= head+maxSubjectSpan; i++ {
		u := toks[i]
		if predicateStops[u.norm] || clauseBreak(u) || u.text == "," || isQuoteMark(u) {
			return nil, -1
		}
		if judgingPredicate(u) {
			if judgedAt(v, i) {
				return doer, i
			}
			return nil, -1 // the first verb found states something else
		}
	}
	return nil, -1
}

// actOf reads a noun phrase at st naming a party's act: "Y's move", "the
// Syrian move", "the move by Y", "the decision of Y". It returns the
// party, the act noun's index and the index after the phrase's head and
// its author; nil where the phrase is no such act.
func (v *sentenceView) actOf(st int) (doer *graph.Entity, head, end int) {
	toks := v.toks
	k := st
	for i := 0; i < 3 && k < len(toks) && subjectOpeners[toks[k].norm] && v.at[k] < 0; i++ {
		k++
	}
	if k < len(toks) {
		if n := v.at[k]; n >= 0 && v.ms[n].first == k && v.ms[n].ent.Kind != graph.Location &&
			((toks[v.ms[n].last].poss && usable(v.ms[n])) || ((v.ms[n].modifier || v.ms[n].form == formDemonym) && v.ms[n].ent.Kind == graph.Country)) {
			doer, k = v.ms[n].ent, v.ms[n].last+1 // "Y's move", "the Syrian move"
		}
	}
	if k < len(toks) && !judgedActs[toks[k].norm] && k+1 < len(toks) && judgedActs[toks[k+1].norm] && !toks[k].punct && !toks[k].upper && v.at[k] < 0 {
		k++ // "Y's latest announcement"
	}
	if k >= len(toks) || !judgedActs[toks[k].norm] {
		return nil, -1, -1
	}
	end = k + 1
	if doer == nil {
		if end+1 >= len(toks) || (toks[end].norm != "by" && (toks[end].norm != "of" || !authoredActs[toks[k].norm])) {
			return nil, -1, -1
		}
		n := v.at[end+1]
		if n < 0 || v.ms[n].first != end+1 || !usable(v.ms[n]) || v.ms[n].ent.Kind == graph.Location {
			return nil, -1, -1
		}
		doer, end = v.ms[n].ent, v.ms[n].last+1
	}
	return doer, k, end
}

// judgedAt reports a predicate at k that condemns its subject: "falls
// short of", or a copula whose complement condemns ("is a violation of
// the accord", "was unacceptable"). A negation cancels it.
func judgedAt(v *sentenceView, k int) bool {
	toks := v.toks
	if k+1 < len(toks) && fallVerbs[toks[k].norm] && toks[k+1].norm == "short" {
		return k == 0 || !negations[toks[k-1].norm]
	}
	if k < len(toks) && violationVerbs[toks[k].norm] {
		return k == 0 || !negations[toks[k-1].norm]
	}
	return copulaCondemns(v, k)
}

// lodgedVerbs lodge a complaint or protest.
var lodgedVerbs = map[string]bool{"lodged": true, "filed": true, "submitted": true, "made": true}

// complaintNouns are what is lodged against a party.
var complaintNouns = map[string]bool{"complaint": true, "complaints": true, "protest": true, "protests": true, "grievance": true}

// lodgedBy reads the passive "the complaint (is the second) lodged by X
// against Y": X accuses Y. The complaint noun stands shortly before the
// participle, the accused after "against".
func (a *article) lodgedBy(v *sentenceView, t int) *candidate {
	toks := v.toks
	if t+2 >= len(toks) || toks[t+1].norm != "by" {
		return nil
	}
	found := false
	for k := t - 1; k >= 0 && k >= t-6; k-- {
		if complaintNouns[toks[k].norm] {
			found = true
			break
		}
		if clauseBreak(toks[k]) {
			break
		}
	}
	if !found {
		return nil
	}
	n := v.at[t+2]
	if n < 0 || v.ms[n].first != t+2 || !usable(v.ms[n]) || v.ms[n].ent.Kind == graph.Location {
		return nil
	}
	k := v.ms[n].last + 1
	if k+1 >= len(toks) || toks[k].norm != "against" {
		return nil
	}
	m := v.directObject(k)
	if m < 0 || v.ms[m].ent.Kind == graph.Location {
		return nil
	}
	return &candidate{mode: "protest", rule: "noun:complaint-lodged-by", trigger: t,
		actors: []*graph.Entity{v.ms[n].ent}, targets: []*graph.Entity{v.ms[m].ent}}
}

// letterNouns carry a protest in writing.
var letterNouns = map[string]bool{"letter": true, "letters": true, "note": true}

// sendVerbs send a letter.
var sendVerbs = map[string]bool{"sent": true, "wrote": true, "delivered": true, "handed": true, "addressed": true}

// protestLetter reads "X protested and sent a letter to Y": the protest
// is addressed to Y.
func (a *article) protestLetter(v *sentenceView, t int) *candidate {
	toks := v.toks
	if t+2 >= len(toks) || toks[t+1].norm != "and" || !sendVerbs[toks[t+2].norm] {
		return nil
	}
	letter := -1
	for k := t + 3; k < len(toks) && k <= t+8; k++ {
		if letterNouns[toks[k].norm] {
			letter = k
			break
		}
		if clauseBreak(toks[k]) || v.at[k] >= 0 {
			return nil
		}
	}
	if letter < 0 {
		return nil
	}
	m := v.afterPrep(letter, []string{"to"})
	if m < 0 || v.ms[m].ent.Kind == graph.Location || v.ms[m].ent.Kind == graph.Person && v.ms[m].first > letter+6 {
		return nil
	}
	c := &candidate{mode: "protest", rule: "verb:protest-letter", trigger: t}
	actor, _ := a.verbArguments(v, t, &protestLetterRule, c)
	if actor == nil {
		return nil
	}
	c.actors, c.targets = []*graph.Entity{actor}, []*graph.Entity{v.ms[m].ent}
	return c
}

// protestLetterRule stands for "protested" when its subject is read with
// verbArguments.
var protestLetterRule = eventRule{name: "protest-letter", typ: graph.Accuse, mode: "protest"}

// consideringVerbs hold their object to be something: "X considers Y a
// threat", "X sees Y's move as a provocation". The value is "as" for the
// verbs that need it before the judgement.
var consideringVerbs = map[string]string{
	"consider": "-", "considers": "-", "considered": "-", "deem": "-", "deems": "-", "deemed": "-",
	"regard": "as", "regards": "as", "regarded": "as", "view": "as", "views": "as", "viewed": "as",
	"see": "as", "sees": "as", "saw": "as",
}

// consideredAs reads "X considered Y's incursion an act of provocation"
// and "X views Y as a threat": X accuses Y. The object is a party or a
// party's act; the judgement follows it closely. A passive ("was
// considered a threat") names no one who holds the view; a negated one
// holds none.
func (a *article) consideredAs(v *sentenceView, t int) *candidate {
	toks := v.toks
	if t == 0 || beForms[toks[t-1].norm] || t+1 >= len(toks) || negations[toks[t-1].norm] || (t > 1 && negations[toks[t-2].norm]) {
		return nil // "did not view Y as a threat"
	}
	var target *graph.Entity
	end := -1
	o := t + 1
	if toks[o].norm == "the" && o+1 < len(toks) {
		o++ // "considers the United States a threat"
	}
	if n := v.at[o]; n >= 0 && v.ms[n].first == o && usable(v.ms[n]) && v.ms[n].ent.Kind != graph.Location && !toks[v.ms[n].last].poss {
		target, end = v.ms[n].ent, v.ms[n].last+1 // "considers Y a threat"
	} else {
		target, _, end = v.actOf(t + 1) // "considered Y's incursion a provocation"
	}
	if target == nil || end >= len(toks) {
		return nil
	}
	k := end
	switch {
	case toks[k].norm == "as":
		k++
	case consideringVerbs[toks[t].norm] == "as":
		return nil
	case toks[k].norm == "to" && k+1 < len(toks) && toks[k+1].norm == "be":
		k += 2
	}
	if !judgementWithin(v, k, 6) {
		return nil
	}
	c := &candidate{mode: "disapprove", rule: "verb:consider-as", trigger: t}
	actor, _ := a.verbArguments(v, t, &consideredRule, c)
	if actor == nil {
		return nil
	}
	c.actors, c.targets = []*graph.Entity{actor}, []*graph.Entity{target}
	return c
}

// consideredRule stands for the considering verbs when their subject is
// read with verbArguments.
var consideredRule = eventRule{name: "consider-as", typ: graph.Accuse}

// judgementWithin reports a word of disapproval among the n words from k,
// before any negation, name or clause boundary: "an act of provocation".
func judgementWithin(v *sentenceView, k, n int) bool {
	toks := v.toks
	for i := k; i < len(toks) && i < k+n; i++ {
		u := toks[i]
		if negations[u.norm] || v.at[i] >= 0 || judgementEnd[u.norm] || clauseBreak(u) || (u.punct && !isQuoteMark(u) && u.text != "-") {
			return false
		}
		if slices.Contains(disapprovalWords, u.norm) {
			return true
		}
	}
	return false
}
