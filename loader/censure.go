package loader

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// This file reads two frames of censure the lexicon does not reach:
//   - an inquiry told from the side of the one inquired into: "Y is under
//     investigation by X", "Y has come under scrutiny from X" — X
//     investigates Y;
//   - an accusation of a party given by a pronoun: "Chavez met Bush.
//     Later Chavez accused him of lying" — Chavez accuses Bush; "the
//     government expelled the Tigers' envoys, accusing them of smuggling"
//     — the government accuses the Tigers.

// censureRule stands for the accusing verbs when their subject is read
// with verbArguments.
var censureRule = eventRule{name: "censure", typ: graph.Accuse}

// censures reads the frames of this file in the sentence.
func (a *article) censures(s sentence, v *sentenceView) []*candidate {
	var out []*candidate
	for t, tok := range v.toks {
		if v.at[t] >= 0 {
			continue
		}
		var c *candidate
		switch {
		case tok.norm == "under":
			c = a.underInvestigation(v, t)
		case tok.is(classPronounAccusingVerb): // a key of pronounAccusingVerbs
			c = a.accusedByPronoun(v, t)
		}
		if !a.framed(c, s) {
			continue
		}
		c.status = graph.Reported
		out = append(out, c)
	}
	return out
}

// inquiryNouns are what a party is under: "under investigation".
var inquiryNouns = map[string]bool{"investigation": true, "investigations": true, "scrutiny": true, "inquiry": true, "probe": true}

// inquiryVerbs link the one inquired into to "under": "is under", "has
// come under", "was put under", "remains under".
var inquiryVerbs = map[string]bool{
	"is": true, "was": true, "are": true, "were": true, "been": true, "be": true, "being": true, "remains": true,
	"remained": true, "remain": true, "came": true, "come": true, "comes": true, "put": true, "placed": true,
	"has": true, "have": true, "had": true, "currently": true, "still": true, "now": true, "also": true, "already": true, "formally": true,
}

// underInvestigation reads "Y is under investigation by X" and "Y has
// come under scrutiny from X", the "under" at t: X investigates Y. Y is
// named right before the verb, or is "he" or "she" for the one person
// the sentence before named; X is the first party named after "by" or "from", a little after
// the noun ("under investigation two weeks earlier by X").
func (a *article) underInvestigation(v *sentenceView, t int) *candidate {
	toks := v.toks
	noun := t + 1
	if noun < len(toks) && (toks[noun].norm == "formal" || toks[noun].norm == "criminal" || toks[noun].norm == "close") {
		noun++
	}
	if noun >= len(toks) || !inquiryNouns[toks[noun].norm] {
		return nil
	}
	var target *graph.Entity
	k := t - 1
	for k >= 0 && inquiryVerbs[toks[k].norm] && v.at[k] < 0 {
		k--
	}
	switch {
	case k == t-1 || k < 0:
		return nil // "the people under investigation": no verb links them
	case v.at[k] >= 0:
		if m := v.ms[v.at[k]]; usable(m) && m.ent.Kind != graph.Location && !toks[k].poss {
			target = m.ent
		}
	case toks[k].norm == "he" || toks[k].norm == "she":
		if len(v.ms) == 0 || v.ms[0].first > k {
			target = a.onlyOtherPerson(v, k, nil) // "He is under investigation by Chilean officials"
		}
	}
	if target == nil {
		return nil
	}
	by := -1
	for j := noun + 1; j < len(toks) && j <= noun+5; j++ {
		if toks[j].norm == "by" || toks[j].norm == "from" {
			by = j
			break
		}
		if v.at[j] >= 0 || toks[j].punct || clauseBreak(toks[j]) {
			return nil
		}
	}
	if by < 0 {
		return nil
	}
	var actor *graph.Entity
	for j := by + 1; j < len(toks) && j <= by+4; j++ {
		if n := v.at[j]; n >= 0 {
			if v.ms[n].ent.Kind != graph.Location {
				actor = v.ms[n].ent // "by a United Nations team", "by Chilean officials"
			}
			break
		}
		if toks[j].punct || clauseBreak(toks[j]) {
			break
		}
	}
	if actor == nil {
		return nil
	}
	return &candidate{typ: graph.Accuse, mode: "investigate", rule: "noun:under-investigation", trigger: t,
		actors: []*graph.Entity{actor}, targets: []*graph.Entity{target}}
}

// pronounAccusingVerbs accuse their object; the value is the preposition
// that must follow "him" or "her" ("accused him of", "blamed her for"),
// "-" where none need.
var pronounAccusingVerbs = map[string]string{
	"accuse": "of", "accuses": "of", "accused": "of", "accusing": "of",
	"blame": "for", "blames": "for", "blamed": "for", "blaming": "for",
	"criticise": "-", "criticises": "-", "criticised": "-", "criticising": "-", "criticize": "-", "criticizes": "-",
	"criticized": "-", "criticizing": "-", "condemn": "-", "condemns": "-", "condemned": "-", "condemning": "-",
	"denounce": "-", "denounces": "-", "denounced": "-", "denouncing": "-", "rebuked": "-", "chastised": "-",
	"castigated": "-", "lambasted": "-",
}

// maxChargeGap bounds the words between the pronoun and the preposition
// that gives the charge: `accused him, among other things, of`.
const maxChargeGap = 6

// accusedByPronoun reads "X accused him of lying", "X blamed her for the
// defeat" and "X expelled the Tigers' envoys, accusing them of
// smuggling": X accuses the one person "him" or "her" can stand for, or
// the group or state "them" or "it" stands for, named before it in this
// sentence.
func (a *article) accusedByPronoun(v *sentenceView, t int) *candidate {
	toks := v.toks
	o := t + 1
	if t == 0 || o >= len(toks) {
		return nil
	}
	pronoun := toks[o].norm
	if pronoun != "him" && pronoun != "her" && pronoun != "them" && pronoun != "it" {
		return nil
	}
	if beForms[toks[t-1].norm] || negations[toks[t-1].norm] || t > 1 && negations[toks[t-2].norm] {
		return nil // "did not blame him"
	}
	if prep := pronounAccusingVerbs[toks[t].norm]; prep != "-" {
		found := false
		for k := o + 1; k < len(toks) && k <= o+maxChargeGap && !found; k++ {
			found = toks[k].norm == prep
			if v.at[k] >= 0 || clauseBreak(toks[k]) {
				break
			}
		}
		if !found {
			return nil // "blamed him": as often the blame lies elsewhere
		}
	}
	c := &candidate{typ: graph.Accuse, mode: "disapprove", rule: "verb:accuse-pronoun", trigger: t}
	actor, _ := a.verbArguments(v, t, &censureRule, c)
	if actor == nil || !v.namedJustBefore(t, actor) && !participleAfterClause(toks, t) {
		return nil // "Ford said that Artiga accused him": Artiga is no known party, and "him" is Ford
	}
	var target *graph.Entity
	if pronoun == "him" || pronoun == "her" {
		target = a.onlyOtherPerson(v, t, actor)
	} else {
		target = a.calledGroup(v, t, actor)
	}
	if target == nil {
		return nil
	}
	c.actors, c.targets = []*graph.Entity{actor}, []*graph.Entity{target}
	return c
}

// onlyOtherPerson returns the person "him" or "her" after the verb at t
// stands for when there is no doubt: the one person other than the actor
// named before it in this sentence, or, with none there, in the sentence
// before. "Merkel met Blair. Mugabe accused him" could mean either.
func (a *article) onlyOtherPerson(v *sentenceView, t int, actor *graph.Entity) *graph.Entity {
	var only *graph.Entity
	for _, m := range v.ms {
		if m.last >= t {
			break
		}
		if !usable(m) || m.ent.Kind != graph.Person || m.ent == actor || m.ent == only {
			continue
		}
		if only != nil {
			return nil
		}
		only = m.ent
	}
	if only != nil {
		return only
	}
	for _, p := range a.prevPeople {
		if p == actor || p == only {
			continue
		}
		if only != nil {
			return nil
		}
		only = p
	}
	return only
}

// participleAfterClause reports a participle at t that opens a clause
// after a comma, whose subject is the main clause's: "Syria expelled
// the diplomat, accusing him of spying".
func participleAfterClause(toks []token, t int) bool {
	return t > 0 && toks[t-1].text == "," && strings.HasSuffix(toks[t].norm, "ing")
}

// calledGroup returns the group or state "them" or "it" after the verb
// at t stands for: the last one named before it in the sentence, other
// than the actor's side, when it is no person.
func (a *article) calledGroup(v *sentenceView, t int, actor *graph.Entity) *graph.Entity {
	for n := len(v.ms) - 1; n >= 0; n-- {
		m := v.ms[n]
		if m.last >= t || !usable(m) || a.sameSide(m.ent, actor) {
			continue // the actor's own name: "the Sri Lankan government accusing them"
		}
		if m.ent.Kind != graph.Organization && m.ent.Kind != graph.Country {
			return nil // the last one named is a person: "them" may be his group or others
		}
		return m.ent
	}
	return nil
}

// subjectLinks may stand between a verb and its subject's name: "Mugabe
// then accused", "Mugabe to accuse", "Ahmadinejad, who accused".
var subjectLinks = map[string]bool{
	"then": true, "later": true, "also": true, "to": true, "who": true, "which": true, "has": true, "have": true,
	"had": true, "would": true, "will": true, "again": true, "openly": true, "publicly": true, "repeatedly": true,
}

// voiceNouns follow the state or group they are the voice of: "the Sri
// Lankan government accusing them", "the American military, who accused
// him".
var voiceNouns = map[string]bool{
	"government": true, "military": true, "army": true, "authorities": true, "officials": true, "police": true,
	"ministry": true, "forces": true, "leadership": true, "regime": true, "administration": true,
}

// namedJustBefore reports whether the party e is named right before the
// verb at t, but for the few words of subjectLinks and a body it speaks
// through: a subject read from further away (a speaker, a coordinated
// clause) may be the one a pronoun object stands for. A place ("in
// Lebanon") is no subject.
func (v *sentenceView) namedJustBefore(t int, e *graph.Entity) bool {
	body := false
	for k := t - 1; k >= 0 && k >= t-5; k-- {
		if n := v.at[k]; n >= 0 {
			m := v.ms[n]
			if f := m.first; f > 0 && prepositions[v.toks[f-1].norm] {
				return false
			}
			return m.ent == e && (usable(m) || body)
		}
		body = body || voiceNouns[v.toks[k].norm]
		if !subjectLinks[v.toks[k].norm] && !voiceNouns[v.toks[k].norm] && v.toks[k].text != "," {
			return false
		}
	}
	return false
}
