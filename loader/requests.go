package loader

import (
	"slices"
	"strings"

	"github.com/geokg/geokg/graph"
)

// Requests, agreements and refusals stated through nouns whose parties
// stand around them rather than as a verb's subject and object: a request
// that one party answers ("answered the requests of X", "met at X's
// request") and a statement two parties issue together ("issued a joint
// statement").

// requestNouns name a request whose maker is its possessor or its "of"
// phrase.
var requestNouns = map[string]bool{"request": true, "requests": true, "behest": true}

// answeringVerbs take a request as object, with its addressee as subject:
// "answered the requests of", "granted X's request", "agreed to X's
// request", "rejected X's request".
var answeringVerbs = map[string]bool{
	"answer": true, "answers": true, "answered": true, "answering": true, "grant": true, "grants": true, "granted": true,
	"granting": true, "accept": true, "accepts": true, "accepted": true, "accepting": true, "heed": true, "heeded": true,
	"heeds": true, "approve": true, "approved": true, "approves": true, "honour": true, "honoured": true, "honor": true,
	"honored": true, "reject": true, "rejects": true, "rejected": true, "rejecting": true, "refuse": true, "refused": true,
	"refuses": true, "deny": true, "denied": true, "denies": true, "ignore": true, "ignored": true, "ignores": true,
	"agree": true, "agreed": true, "agrees": true, "respond": true, "responded": true, "responds": true,
	"comply": true, "complied": true, "complies": true, "considering": true, "consider": true, "considered": true,
}

// requestPhrasePrepositions open an adverbial naming whose request an act
// was done at: "at X's request", "upon the request of X", "at the behest
// of X".
var requestPhrasePrepositions = map[string]bool{"at": true, "upon": true, "on": true}

// jointNouns are the texts parties issue together.
var jointNouns = map[string]bool{
	"statement": true, "declaration": true, "communique": true, "communiqué": true, "appeal": true, "call": true,
}

// issuingVerbs issue a joint text; "signed" a joint declaration is the
// signing of an accord, which the lexicon reads.
var issuingVerbs = map[string]bool{
	"issued": true, "issue": true, "issues": true, "issuing": true, "released": true, "release": true, "releases": true,
	"adopted": true, "adopt": true, "adopts": true, "published": true, "made": true, "make": true, "makes": true,
	"agreed": true, "agree": true,
}

// requestRule stands for an answering verb when its subject is read with
// verbArguments.
var requestRule = eventRule{name: "request-noun", typ: graph.Request}

// requestFrames reads the frames of this file:
//   - "answered the requests of X and of Y", "granted X's request": X
//     requests of the verb's subject;
//   - "Togo sent troops at Ghana's request", "at the request of Ghana,
//     Togo sent troops": Ghana requests of the clause's subject;
//   - "X and Y issued a joint statement": X agrees with Y;
//   - "X gave Y until Friday to withdraw": X requests of Y.
func (a *article) requestFrames(s sentence, v *sentenceView) []*candidate {
	var out []*candidate
	for t, tok := range v.toks {
		if v.at[t] >= 0 {
			continue
		}
		var c *candidate
		switch {
		case tok.is(classRequestNoun):
			c = a.answeredRequest(v, t)
		case tok.is(classJointNoun) && t > 0 && v.toks[t-1].norm == "joint":
			c = a.jointStatement(v, t)
		case tok.is(classDeadlineVerb):
			c = a.deadlineGiven(v, t)
		}
		if c == nil {
			continue
		}
		if !a.settleFrame(v, s, c, t, true) {
			continue
		}
		c.status = answeredRequestStatus(c, c.status) // occasions.go: "promised to keep quiet at the request of X"
		out = append(out, c)
	}
	return out
}

// settleFrame completes c, read by a frame at trigger in s: the states of
// its officials join both sides, a target on the actor's own side leaves,
// and the status is the clause's (reported where the clause says none).
// It reports false when no target remains.
func (a *article) settleFrame(v *sentenceView, s sentence, c *candidate, trigger int, noun bool) bool {
	c.sent, c.trigger, c.noun = s, trigger, noun
	c.actors = a.withStates(c.actors, c.targets)
	c.targets = a.withStates(c.targets, c.actors)
	c.targets = slices.DeleteFunc(c.targets, func(e *graph.Entity) bool {
		return slices.Contains(c.actors, e) || a.sameSide(c.actors[0], e)
	})
	if len(c.targets) == 0 {
		return false
	}
	c.status = clauseStatus(v.toks, trigger, make([]bool, len(v.toks)), true)
	if c.status == "" {
		c.status = graph.Reported
	}
	return true
}

// requesters returns the parties whose request the noun at t is: the
// possessor before it ("President Putin's request") or the parties of the
// "of" phrases after it ("the requests of the Secretary-General, and of
// the Lebanese and Israeli governments"), and where the phrase ends.
func (v *sentenceView) requesters(t int) (parties []*graph.Entity, start, end int) {
	toks := v.toks
	party := func(n int) bool {
		e := v.ms[n].ent
		return !v.ms[n].place && e.Kind != graph.Location
	}
	if t > 0 {
		if n := v.at[t-1]; n >= 0 && toks[t-1].poss && party(n) {
			return []*graph.Entity{v.ms[n].ent}, v.ms[n].first, t
		}
	}
	if t+1 >= len(toks) || toks[t+1].norm != "of" {
		return nil, 0, 0
	}
	end = t
	for k := t + 1; k < len(toks) && k <= t+maxArgGap*2; k++ {
		if n := v.at[k]; n >= 0 {
			if !party(n) {
				break
			}
			if !slices.Contains(parties, v.ms[n].ent) {
				parties = append(parties, v.ms[n].ent)
			}
			k, end = v.ms[n].last, v.ms[n].last
			continue
		}
		switch w := toks[k].norm; {
		case w == "of" || w == "the" || w == "and" || w == "both":
		case toks[k].text == "," && k+1 < len(toks) && (toks[k+1].norm == "and" || toks[k+1].norm == "of"):
		case w == "government" || w == "governments" || w == "general" || w == "secretary":
			end = k // "the Lebanese and Israeli governments"
		default:
			return parties, t, end
		}
	}
	return parties, t, end
}

// answeredRequest reads a request noun whose maker is named beside it and
// whose addressee is the subject of the verb that answers it, or of the
// clause its "at X's request" adverbial belongs to.
func (a *article) answeredRequest(v *sentenceView, t int) *candidate {
	toks := v.toks
	parties, start, end := v.requesters(t)
	if len(parties) == 0 {
		return nil
	}
	c := &candidate{typ: graph.Request, rule: "noun:request-answered", confidence: 0.6}
	// The words before the phrase: "at (the)", or an answering verb a few
	// words back ("agreed to", "answered favourably").
	k := start - 1
	if k >= 0 && toks[k].norm == "the" {
		k--
	}
	if k >= 0 && requestPhrasePrepositions[toks[k].norm] {
		c.rule = "noun:at-request"
		addressee := v.clauseSubjectAround(k, end, parties)
		if addressee == nil {
			return nil
		}
		c.actors, c.targets = parties, []*graph.Entity{addressee}
		return c
	}
	for g := k; g >= 0 && g >= k-2; g-- {
		if answeringVerbs[toks[g].norm] {
			actor, _ := a.verbArguments(v, g, &requestRule, c)
			if actor == nil && a.inQuotation(toks, g) {
				actor = a.quoteSpeaker(v, g) // "I decided to answer the requests of ...," Chirac said
			}
			if actor == nil || slices.Contains(parties, actor) {
				return nil
			}
			c.actors, c.targets = parties, []*graph.Entity{actor}
			return c
		}
		if w := toks[g].norm; w != "to" && w != "with" && w != "favourably" && w != "favorably" && w != "positively" {
			return nil
		}
	}
	return nil
}

// clauseSubjectAround returns the party that did what an "at X's request"
// adverbial spanning k..end qualifies: the clause after a fronted
// adverbial ("At Ghana's request, Togo sent troops"), else the first party
// named before it in the same clause ("Togo sent troops at Ghana's
// request").
func (v *sentenceView) clauseSubjectAround(k, end int, requesters []*graph.Entity) *graph.Entity {
	toks := v.toks
	fit := func(n int) bool {
		m := v.ms[n]
		return usable(m) && m.ent.Kind != graph.Location && !slices.Contains(requesters, m.ent)
	}
	if k == firstWord(toks) {
		if end+1 < len(toks) && toks[end+1].text == "," {
			if n := v.next(end + 1); n >= 0 && v.ms[n].first == end+2 && fit(n) {
				return v.ms[n].ent
			}
		}
		return nil
	}
	for j := 0; j < k; j++ {
		if clauseBreak(toks[j]) {
			return nil
		}
		if n := v.at[j]; n >= 0 {
			if fit(n) {
				return v.ms[n].ent
			}
			j = v.ms[n].last
		}
	}
	return nil
}

// jointStatement reads "X and Y issued a joint statement": X agrees with
// the parties coordinated with it.
func (a *article) jointStatement(v *sentenceView, t int) *candidate {
	toks := v.toks
	verb := t - 2
	if verb >= 0 && (toks[verb].norm == "a" || toks[verb].norm == "the") {
		verb--
	}
	if verb < 0 || !issuingVerbs[toks[verb].norm] {
		return nil
	}
	c := &candidate{typ: graph.Agree, rule: "noun:joint-statement", confidence: 0.6}
	parties := v.jointSubjects(verb)
	if len(parties) < 2 {
		return nil
	}
	for _, p := range parties[1:] {
		// Only parties of different states agree with each other: a joint
		// statement of two parties at home, or of two armed groups, is one
		// voice.
		x, y := a.ownState(parties[0]), a.ownState(p)
		if x == nil || y == nil || x == y {
			return nil
		}
	}
	c.actors, c.targets = parties[:1], parties[1:]
	return c
}

// jointSubjects returns the parties named, joined by "and", in the clause
// before the verb at verb: "Ghanaian President John Kufuor and Togolese
// President Faure Gnassingbe issued", skipping the modifiers of titles
// and a relative clause after the subject.
func (v *sentenceView) jointSubjects(verb int) []*graph.Entity {
	var parties []*graph.Entity
	joined := false
	for k := verb - 1; k >= 0 && k >= verb-maxArgGap*2; k-- {
		tok := v.toks[k]
		if (tok.norm == "who" || tok.norm == "which") && k > 0 && v.toks[k-1].text == "," {
			// "X and Y, who are attending the summit, issued": the
			// relative clause names no issuer.
			parties, joined = parties[:0], false
			k--
			continue
		}
		if clauseBreak(tok) || tok.text == "\"" {
			break
		}
		if tok.norm == "and" {
			joined = true
		}
		n := v.at[k]
		if n < 0 {
			continue
		}
		m := v.ms[n]
		if usable(m) && m.ent.Kind != graph.Location && !slices.Contains(parties, m.ent) {
			parties = append(parties, m.ent)
		}
		k = m.first
	}
	if !joined {
		return nil
	}
	slices.Reverse(parties)
	return parties
}

// ownState returns the state a party belongs to: a country itself, else
// the state its office or body serves, or nil.
func (a *article) ownState(p *graph.Entity) *graph.Entity {
	if p.Kind == graph.Country {
		return p
	}
	return a.stateOf(p)
}

// openRequestVerbs ask for something of no one named: "called for the
// creation of a new party", "urged restraint", "demanded an inquiry". The
// request stands without a target (ANNOTATION.md keys no target for it);
// where the article names whom it went to elsewhere, the targetless
// statement joins that event. "Calls", "demands" and "appeals" are left out: more
// often nouns ("terrorist demands") than verbs.
var openRequestVerbs = map[string]bool{
	"call": true, "called": true, "calling": true, "urge": true, "urges": true, "urged": true,
	"urging": true, "demand": true, "demanded": true, "demanding": true, "appealed": true,
}

// personalObjects are the pronouns after a request verb that stand for
// someone the extractor could not resolve: "urged him to", "called for
// them to resign", "demanded they return".
var personalObjects = map[string]bool{"him": true, "her": true, "them": true, "it": true, "they": true, "he": true, "she": true}

// targetlessRequest reports a request verb that may stand with no target:
// a verb of openRequestVerbs (not a noun, whose owner may be anyone) whose
// subject stands in its own clause, outside quotations.
func (a *article) targetlessRequest(v *sentenceView, t int, noun bool, c *candidate) bool {
	toks := v.toks
	if c.typ != graph.Request || noun || len(c.targets) > 0 || len(c.actors) == 0 || !openRequestVerb(v, t, c) { // openrequests.go
		return false
	}
	if c.actors[0].Kind == graph.Location || strings.Contains(c.rule, "-clause-subject") || strings.Contains(c.rule, "-participle") || strings.Contains(c.rule, "-passive") {
		// A subject found past a clause boundary ("Thailand claimed that
		// rangers ... encountered Cambodian troops and demanded") is too
		// often not the asker to stand without the check a target gives.
		return false
	}
	if a.inQuotation(toks, t) {
		return false // `"We demand elections," the father of a hostage said`: the speaker is unsure
	}
	if t+1 < len(toks) && toks[t+1].punct {
		return false // `Galloway demanded, "Where is the money?"`: a question put, no request
	}
	if t > 0 && (toks[t-1].norm == "if" || (beForms[toks[t-1].norm] && !strings.HasSuffix(toks[t].norm, "ing"))) {
		return false // "if called upon by", "were demanded by": asked of the subject, by someone else
	}
	if t > 0 && toks[t-1].norm == "to" {
		return false // "has a right to demand", "is waiting to urge": not asked yet
	}
	if strings.HasSuffix(toks[t].norm, "ing") && (t == 0 || !beForms[toks[t-1].norm]) {
		return false // "a resolution calling for", ", urging him to": a participle whose subject is unsure
	}
	next := t + 1
	if strings.HasPrefix(toks[t].norm, "urg") && next < len(toks) && toks[next].norm == "to" {
		return false // "its radical arm urges to do more attacks": an infinitive with no one asked
	}
	if next < len(toks) && (toks[next].norm == "for" || toks[next].norm == "on" || toks[next].norm == "upon" || toks[next].norm == "to") {
		next++
	} else if toks[t].norm == "appealed" {
		return false // "appealed the decision": a court appeal
	}
	return next >= len(toks) || !personalObjects[toks[next].norm]
}

// adviceVerbs report, like speech verbs, what their subject holds another
// party should do: "Spain proposed that Morocco should take back", "the
// committee recommended that Canada should".
var adviceVerbs = map[string]bool{
	"suggested": true, "suggests": true, "proposed": true, "proposes": true, "recommended": true, "recommends": true,
	"recommend": true,
}

// othersOpeners open the rest of a list after its named parties: "Japan
// and other whaling nations", "Iran and its allies".
var othersOpeners = map[string]bool{"other": true, "its": true, "their": true, "fellow": true}

// obligedParty returns the mention of the party a modal of obligation
// after k is asked of: the one ending at k ("Iran must"), or the first
// named before a list's unnamed rest ("Australia, New Zealand and other
// anti-whaling nations should", "Syria and its allies must"); else -1.
func (v *sentenceView) obligedParty(k int) int {
	if k < 0 {
		return -1
	}
	if v.at[k] >= 0 {
		return v.at[k]
	}
	toks := v.toks
	for j := k; j >= 2 && j >= k-4; j-- {
		if m := v.at[j]; toks[j].punct || (m >= 0 && !v.ms[m].modifier && v.ms[m].form != formDemonym) {
			return -1 // "and other European states" keeps its demonym
		}
		if !othersOpeners[toks[j].norm] {
			continue
		}
		and := j - 1
		if toks[and].norm != "and" && toks[and].norm != "or" {
			return -1
		}
		before := and - 1
		if toks[before].text == "," {
			before--
		}
		if before < 0 || v.at[before] < 0 {
			return -1
		}
		return v.firstCoordinated(v.at[before])
	}
	return -1
}

// firstCoordinated returns the first mention of the list of names, joined
// by commas and "and", that ends with mention n.
func (v *sentenceView) firstCoordinated(n int) int {
	for {
		f := v.ms[n].first
		if f < 2 || (v.toks[f-1].text != "," && v.toks[f-1].norm != "and") {
			return n
		}
		p := v.at[f-2]
		if p < 0 {
			return n
		}
		n = p
	}
}

// deadlineVerbs give a party a deadline to act by.
var deadlineVerbs = map[string]bool{"gave": true, "give": true, "gives": true, "given": true, "giving": true}

// deadlineSpans measure the time a deadline leaves: "72 hours to", "a
// week to".
var deadlineSpans = map[string]bool{
	"hours": true, "days": true, "weeks": true, "months": true, "hour": true, "day": true, "week": true, "month": true,
}

// deadlineRule stands for the verb of a deadline when its subject is read
// with verbArguments.
var deadlineRule = eventRule{name: "deadline", typ: graph.Request, direct: true}

// deadlineGiven reads an ultimatum: "X gave Y until Tuesday to withdraw",
// "giving the militia 72 hours to surrender". X requests the act of Y.
func (a *article) deadlineGiven(v *sentenceView, t int) *candidate {
	toks := v.toks
	j := t + 1
	if j < len(toks) && toks[j].norm == "the" {
		j++
	}
	if j >= len(toks) || v.at[j] < 0 {
		return nil
	}
	n := v.at[j]
	if !usable(v.ms[n]) || v.ms[n].place || v.ms[n].ent.Kind == graph.Location {
		return nil
	}
	k := v.ms[n].last + 1
	if k < len(toks) && groupNouns[toks[k].norm] {
		k++ // "the Romanian government until"
	}
	timed := false
	for ; k < len(toks) && k <= v.ms[n].last+10; k++ {
		w := toks[k].norm
		switch {
		case w == "until" || w == "till" || deadlineSpans[w]:
			timed = true
		case w == "to" && timed:
			c := &candidate{typ: graph.Request, rule: "verb:deadline", confidence: 0.6}
			actor, _ := a.verbArguments(v, t, &deadlineRule, c)
			if actor == nil || actor == v.ms[n].ent {
				return nil
			}
			c.actors, c.targets = []*graph.Entity{actor}, []*graph.Entity{v.ms[n].ent}
			return c
		case clauseBreak(toks[k]) || v.at[k] >= 0:
			return nil
		}
	}
	return nil
}
