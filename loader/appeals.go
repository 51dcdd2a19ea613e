package loader

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// Requests whose asker opens the sentence but stands further from the
// request verb than the verb frames look: behind a fronted adverbial and
// an interruption ("Meanwhile, UN Secretary-General Ban Ki-moon, through a
// spokesperson, demanded that Hamas return the food"), or before a first
// verb phrase that states no event ("Egypt, however, views the border as
// a risk and has pressed Fatah to accept a deal").

// askingRules are the request rules whose verb names whom it asks right
// after it: "urged X to", "called on X to", "pressed X to", "told X to",
// "demanded that X".
var askingRules = map[string]bool{"request": true, "call-on": true, "pressure": true, "tell-to": true, "demand": true}

// frontedAdverbs open a sentence before its subject: "Meanwhile, X urged".
var frontedAdverbs = map[string]bool{
	"meanwhile": true, "however": true, "separately": true, "earlier": true, "later": true, "also": true, "today": true,
	"yesterday": true, "nevertheless": true, "moreover": true, "furthermore": true, "additionally": true, "subsequently": true,
}

// frontedPrepositions open an adverbial phrase before the subject: "In a
// statement, X urged", "At a news conference, X called on".
var frontedPrepositions = map[string]bool{
	"in": true, "on": true, "at": true, "during": true, "after": true, "following": true, "speaking": true, "addressing": true,
}

// sentenceSubjectRequest reads the request verb at t, for which the verb
// frames found no asker or no one asked (read, the reading they found),
// as asked by the party that opens the sentence of
// the party named right after the verb, who is asked to act ("X to V",
// "that X V"). Between the asker and the verb stand no clause opener, no
// verb of saying and no other party, unless a coordinator right before
// the verb joins it to the asker's first verb phrase.
func (a *article) sentenceSubjectRequest(v *sentenceView, t int, r *eventRule, noun bool, read *candidate) *candidate {
	toks := v.toks
	if read != nil && len(read.targets) > 0 || noun || r.typ != graph.Request || !askingRules[r.name] || a.inQuotation(toks, t) {
		return nil
	}
	w := toks[t].norm
	if !strings.HasSuffix(w, "ed") && w != "told" && !strings.HasSuffix(w, "s") {
		return nil // bare and -ing forms: an infinitive or a participle, whose subject is unsure
	}
	if t == 0 || toks[t-1].norm == "to" || beForms[toks[t-1].norm] || toks[t-1].norm == "if" {
		return nil // "was urged to", "if called upon"
	}
	target := v.askedParty(t)
	if target < 0 {
		return nil
	}
	asker := v.sentenceOpener()
	if asker < 0 || v.ms[asker].last >= t || !v.plainSubjectGap(v.ms[asker].last+1, t) {
		return nil
	}
	actor, asked := v.ms[asker].ent, v.ms[target].ent
	if actor == asked || a.sameSide(actor, asked) {
		return nil
	}
	c := &candidate{typ: graph.Request, rule: "verb:" + r.name + "-sentence-subject", confidence: 0.55}
	if !a.setParties(c, []*graph.Entity{actor}, []*graph.Entity{asked}) {
		return nil
	}
	return c
}

// askedParty returns the mention of the party asked by the request verb
// at t: right after it, or after its "on", "upon", "for", "to" or
// "that", through a determiner; it must be followed, past an apposition
// or a day, by the act asked ("to stop", "return"). Else -1.
func (v *sentenceView) askedParty(t int) int {
	toks := v.toks
	k := t + 1
	demand := strings.HasPrefix(toks[t].norm, "demand")
	if k < len(toks) && (toks[k].norm == "on" || toks[k].norm == "upon" || toks[k].norm == "for" || toks[k].norm == "to" || demand && toks[k].norm == "that") {
		k++
	}
	if k < len(toks) && toks[k].norm == "the" {
		k++
	}
	if k >= len(toks) || v.at[k] < 0 {
		return -1
	}
	n := v.at[k]
	m := v.ms[n]
	if !usable(m) || m.ent.Kind == graph.Location || v.ms[n].first != k {
		return -1
	}
	e := m.last + 1
	if e < len(toks) && (toks[e].norm == "authorities" || toks[e].norm == "government" || toks[e].norm == "administration" || toks[e].norm == "leadership") {
		e++ // "called on the Sudanese government to"
	}
	e = skipApposition(toks, e)
	if e+1 < len(toks) && toks[e].norm == "on" && timeAdverbs[toks[e+1].norm] {
		e += 2 // "told the United States on Friday to stop"
	} else if e < len(toks) && timeAdverbs[toks[e].norm] {
		e++
	}
	if e+1 >= len(toks) {
		return -1
	}
	if demand && toks[t+1].norm == "that" {
		if toks[e].punct || toks[e].upper {
			return -1
		}
		return n // "demanded that Hamas immediately return"
	}
	next := toks[e+1]
	if toks[e].norm != "to" || next.upper || objectDeterminers[next.norm] || next.punct && next.text != `"` && next.text != "“" {
		return -1
	}
	return n
}

// skipApposition steps over ", <title words>," after a name at e ("the
// Romanian president, Traian Basescu,") and returns where the clause
// goes on; e itself when no short apposition closed by a comma follows.
func skipApposition(toks []token, e int) int {
	if e >= len(toks) || toks[e].text != "," {
		return e
	}
	for k := e + 1; k < len(toks) && k <= e+7; k++ {
		if toks[k].text == "," {
			return k + 1
		}
		if toks[k].punct || clauseOpeners[toks[k].norm] || whWords[toks[k].norm] {
			return e
		}
	}
	return e
}

// sentenceOpener returns the usable party mention that opens the
// sentence, perhaps after a fronted adverbial closed by a comma
// ("Meanwhile, UN Secretary-General Ban Ki-moon") and a determiner, title
// words and modifiers ("The so-called Transnistrian president Igor
// Smirnov"), or -1.
func (v *sentenceView) sentenceOpener() int {
	toks := v.toks
	k := firstWord(toks)
	if k < 0 {
		return -1
	}
	if frontedAdverbs[toks[k].norm] && k+1 < len(toks) && toks[k+1].text == "," {
		k += 2
	} else if frontedPrepositions[toks[k].norm] {
		// "In a statement, Amnesty urged", "During a rally on Wednesday,
		// Al-Bashir told": the subject follows the adverbial's comma.
		for j := k + 1; j < len(toks) && j <= k+12; j++ {
			if toks[j].text == "," {
				k = j + 1
				break
			}
			if toks[j].punct || clauseOpeners[toks[j].norm] || j == k+12 {
				return -1
			}
		}
	}
	for j := k; j < len(toks) && j <= k+5; j++ {
		if n := v.at[j]; n >= 0 {
			m := v.ms[n]
			if usable(m) {
				if m.ent.Kind == graph.Location || m.form == formDemonym && (m.last+1 >= len(toks) || !toldWho[toks[m.last+1].norm]) {
					return -1 // "Ghanaian farmers", "the Egyptian Centre for ...": not the state itself
				}
				return n
			}
			j = m.last
			continue
		}
		u := toks[j]
		compound := u.hyphen || j > 0 && toks[j-1].hyphen // "so-called"
		if u.norm != "the" && !isTitleWord(u.norm) && titles[u.norm] == "" && !(u.upper && !u.punct) && !compound {
			return -1
		}
	}
	return -1
}

// plainSubjectGap reports whether the words from i up to the verb at t
// keep the verb in the clause of the subject before i: commas, a
// parenthesis and adverbials, but no clause opener, relative or verb of
// saying, and no other party unless a coordinator right before the verb
// (through auxiliaries and adverbs) makes it the subject's second verb
// phrase ("views the border as a risk and has pressed").
func (v *sentenceView) plainSubjectGap(i, t int) bool {
	toks := v.toks
	if t-i > maxArgGap*2 {
		return false
	}
	j := t - 1
	for j >= i && (auxiliaries[toks[j].norm] || strings.HasSuffix(toks[j].norm, "ly") || toks[j].norm == "again") {
		j--
	}
	coordinated := j >= i && coordinators[toks[j].norm]
	for k := i; k < t; k++ {
		u := toks[k]
		asNoun := u.norm == "as" && k+1 < t && asComplement(toks[k+1]) // "views X as a risk", "qualified X as economic attack"
		if clauseOpeners[u.norm] && !asNoun || whWords[u.norm] || u.text == ";" || u.text == ":" || u.text == `"` || speechAt(toks, k) {
			return false
		}
		if n := v.at[k]; n >= 0 {
			if !coordinated && usable(v.ms[n]) {
				return false
			}
			k = v.ms[n].last
		}
	}
	return true
}

// asComplement reports a word that opens the noun phrase of "as" used as
// a preposition ("as a risk", "as economic attack") rather than a clause
// ("as the army advanced", "as soon as").
func asComplement(u token) bool {
	if u.norm == "a" || u.norm == "an" {
		return true
	}
	return !u.upper && !u.punct && !objectDeterminers[u.norm] && !pronounSubjects[u.norm] && !asClauseWords[u.norm]
}

// asClauseWords follow an "as" that opens a clause or a comparison.
var asClauseWords = map[string]bool{
	"soon": true, "long": true, "well": true, "far": true, "much": true, "many": true, "if": true, "though": true, "it": true,
	"they": true, "we": true, "i": true, "you": true, "this": true, "that": true, "these": true, "those": true,
}

// coordinatedRequests reads the request verbs that open a clause's second
// verb phrase right after "and" or "but" and that the main loop takes for
// a participle or a noun ("qualified the decision as an attack and called
// on the Ukrainian authorities to", "calling the charges worthless and
// told the ICC to"): only as asked by the party that opens the sentence.
func (a *article) coordinatedRequests(s sentence, v *sentenceView) []*candidate {
	var out []*candidate
	toks := v.toks
	for t := range toks {
		if !coordinatedAsking(toks, t) || !(reducedRelative(v, t) || determinedNoun(v, t)) {
			continue
		}
		r := askingRuleAt(toks, t)
		if r == nil {
			continue
		}
		c := a.sentenceSubjectRequest(v, t, r, false, nil)
		if c == nil {
			continue
		}
		c.sent, c.trigger, c.mode = s, t, r.modeAt(toks, t)
		c.status = frameStatus(toks, t, true)
		out = append(out, c)
	}
	return out
}

// askingRuleAt returns the rule of askingRules whose needs the verb at t
// meets, or nil.
func askingRuleAt(toks []token, t int) *eventRule {
	tr := triggers[toks[t].norm]
	if tr == nil {
		return nil
	}
	for _, r := range tr.rules {
		if r.matches(toks, t) {
			if askingRules[r.name] && r.typ == graph.Request {
				return r
			}
			return nil
		}
	}
	return nil
}

// coordinatedAsking reports a past request verb right after "and" or
// "but": "... and called on", "... and told".
func coordinatedAsking(toks []token, t int) bool {
	return t > 0 && toks[t].is(classAskingVerb) && coordinators[toks[t-1].norm]
}

// askingVerbs are the past forms of the verbs of askingRules.
var askingVerbs = map[string]bool{
	"urged": true, "called": true, "asked": true, "pressed": true, "told": true, "demanded": true, "appealed": true,
}
