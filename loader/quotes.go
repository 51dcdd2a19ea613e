package loader

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// This file reads events stated inside quotations: "We expect him to
// withdraw his troops," the ministry said. The speaker of the quotation
// acts (speakerOf, quoteSpeaker); pronouns in it refer to the article's
// parties.

// expectForms are the forms of "expect" that can ask something of someone.
var expectForms = map[string]bool{"expect": true, "expects": true}

// expectedOfSomeone reports whether "expect" at t asks an act of a party
// ("we expect him to withdraw", "expects Syria to comply"): an object
// pronoun or a capitalised name right after it, then "to" and a verb.
// Without a named party ("we expect to sign", "expect the talks to
// resume") it forecasts rather than asks. Only a speaker's own "we" or
// "I" in a quotation is read: in reported speech ("he expects Blair to
// announce") "expect" mostly forecasts.
func expectedOfSomeone(toks []token, t int) bool {
	k := t + 1
	j := skipParenthetical(toks, t-1)
	if k >= len(toks) || j < 0 || (toks[j].norm != "we" && toks[j].norm != "i") || !quoted(toks, j) {
		return false
	}
	switch {
	case toks[k].norm == "him" || toks[k].norm == "her" || toks[k].norm == "them":
		k++
	default:
		if toks[k].norm == "the" {
			k++
		}
		start := k
		for k < len(toks) && k-start < 5 && toks[k].upper && !toks[k].punct {
			k++
		}
		if k == start {
			return false
		}
	}
	return k+1 < len(toks) && toks[k].norm == "to" && !toks[k+1].punct && !toks[k+1].upper
}

// parentheticalConnectives stand between commas between a subject and its
// verb: "We, therefore, expect", "Russia, however, rejected".
var parentheticalConnectives = map[string]bool{
	"therefore": true, "however": true, "too": true, "also": true, "thus": true, "meanwhile": true, "nevertheless": true,
	"instead": true, "again": true, "accordingly": true,
}

// skipParenthetical returns the token before a connective set off by
// commas that ends at j (", therefore,"), or j when there is none.
func skipParenthetical(toks []token, j int) int {
	if j >= 2 && toks[j].text == "," && parentheticalConnectives[toks[j-1].norm] && toks[j-2].text == "," {
		return j - 3
	}
	return j
}

// quotedPronounTarget returns whom "him" or "her" at k inside a quotation
// refers to: the last person named before the quotation opens who is not
// on the actor's side. Nil when the pronoun is not quoted or no such
// person is known. Only the speaker's own words are read this way: c's
// actor must be the quotation's speaker ("We expect him to").
func (a *article) quotedPronounTarget(v *sentenceView, k int, c *candidate, actor *graph.Entity) *graph.Entity {
	if !strings.HasSuffix(c.rule, "-quote") {
		return nil
	}
	toks := v.toks
	if k >= len(toks) || (toks[k].norm != "him" && toks[k].norm != "her") || actor == nil {
		return nil
	}
	open := -1
	for i := 0; i < k; i++ {
		if isQuoteMark(toks[i]) {
			if open < 0 {
				open = i
			} else {
				open = -1
			}
		}
	}
	if open < 0 {
		return nil
	}
	p := a.personBefore(v, open)
	if p == nil || a.sameSide(p, actor) {
		return nil
	}
	return p
}

// continuesQuotation reports a sentence that goes on with a quotation
// opened in an earlier one: its marks are odd in number and the first
// closes (it follows punctuation that is not a speech verb's, as in
// `... open," he said`). `"We expect X to honor it. We expect X to
// ensure ...," he said` is one quotation over two sentences.
func continuesQuotation(toks []token) bool {
	marks, first := 0, -1
	for i, u := range toks {
		if isQuoteMark(u) {
			if first < 0 {
				first = i
			}
			marks++
		}
	}
	if marks%2 == 0 || first < 1 || !toks[first-1].punct || isQuoteMark(toks[first-1]) || toks[first-1].text == ":" {
		return false
	}
	return first < 2 || !speechAt(toks, first-2) // `Obama stated, "We will`: the mark opens
}

// documentNouns name a written statement whose text a quotation gives:
// `issued a statement which read, "..."`.
var documentNouns = map[string]bool{
	"statement": true, "letter": true, "communique": true, "communiqué": true, "message": true, "note": true,
	"declaration": true, "resolution": true, "text": true,
}

// openingMark returns the index of the quotation mark that opens the
// quotation holding t, or -1 when t is not inside one this sentence opens.
func openingMark(toks []token, t int) int {
	open := -1
	for i := 0; i < t; i++ {
		if isQuoteMark(toks[i]) {
			if open < 0 {
				open = i
			} else {
				open = -1
			}
		}
	}
	return open
}

// pressAudiences are whom a speaker tells a quotation between the verb
// and the quotation: "told reporters:", "told journalists,".
var pressAudiences = map[string]bool{"reporters": true, "journalists": true}

// introducedSpeaker returns who says a quotation that a speech verb
// introduces before it: `Rice said, "We ..."`, `Rice stated: "We ..."`,
// or whoever issued the document whose words it gives (`the ministry
// issued a statement which read, "We ..."`). Nil when the quotation
// follows no such introduction.
func (a *article) introducedSpeaker(v *sentenceView, t int) *graph.Entity {
	toks := v.toks
	open := openingMark(toks, t)
	if open >= 2 && speechParticiples[toks[open-1].norm] && toks[open-2].text == "," {
		return a.participleSpeaker(v, open-2)
	}
	if open < 2 || (toks[open-1].text != "," && toks[open-1].text != ":") {
		return nil
	}
	k := open - 2
	if k > 0 && pressAudiences[toks[k].norm] && speechAt(toks, k-1) {
		k-- // `Abe told reporters: "We ..."`
	}
	if speechAt(toks, k) && v.at[k] < 0 {
		return a.speakerOf(v, k, false)
	}
	return a.documentIssuer(v, k)
}

// documentIssuer returns, for "read" or "reading" at k after a document
// noun ("a statement which read", "a letter reading"), the party named
// last before the noun, which issued it: "The ministry issued a
// statement which read". Nil for anything else.
func (a *article) documentIssuer(v *sentenceView, k int) *graph.Entity {
	toks := v.toks
	n := k - 1
	switch toks[k].norm {
	case "read", "reads":
		if n >= 0 && (toks[n].norm == "which" || toks[n].norm == "that") {
			n--
		}
	case "reading":
	default:
		return nil
	}
	if n < 0 || !documentNouns[toks[n].norm] {
		return nil
	}
	for i := n - 1; i >= 0 && i >= n-maxArgGap*2; i-- {
		if toks[i].punct || judgementEnd[toks[i].norm] {
			return nil
		}
		if m := v.at[i]; m >= 0 && usable(v.ms[m]) && v.ms[m].ent.Kind != graph.Location {
			return v.ms[m].ent
		}
	}
	return nil
}

// quotedFrames reads events a speaker states in the first person inside a
// quotation, which the lexicon's verb frames miss: a conditional threat
// (`"If the Americans station missiles here, we will respond with
// force," the general said`) and a comparison with a reviled figure.
func (a *article) quotedFrames(s sentence, v *sentenceView) []*candidate {
	var out []*candidate
	for t, tok := range v.toks {
		if tok.norm != "if" || v.at[t] >= 0 || !a.inQuotation(v.toks, t) {
			continue
		}
		if c := a.conditionalRetaliation(v, t); c != nil {
			c.sent = s
			out = append(out, c)
		}
	}
	if c := a.reviledComparison(v); c != nil {
		c.sent = s
		out = append(out, c)
	}
	return out
}

// reviledFigures are the names a comparison with insults: "worse than
// Hitler", "a nursery baby next to Bush" (said of Stalin).
var reviledFigures = map[string]bool{"hitler": true, "stalin": true, "mussolini": true, "nazi": true, "nazis": true, "pol": true}

// comparisonWords set two things side by side.
var comparisonWords = map[string]bool{"than": true, "like": true, "next": true, "compared": true, "compare": true, "as": true, "same": true}

// reviledComparison reads a quotation that sets a reviled figure beside a
// party (`"Hitler could be a nursery baby next to Bush," Chavez said`,
// `"he acts like Stalin"`) as its speaker accusing that party, the one
// other name in the quotation. Nil unless there is exactly one such name
// and a word of comparison between the two.
func (a *article) reviledComparison(v *sentenceView) *candidate {
	toks := v.toks
	fig := -1
	for k, u := range toks {
		if u.is(classReviledFigure) && u.upper && quoted(toks, k) && (u.norm != "pol" || (k+1 < len(toks) && toks[k+1].norm == "pot")) {
			fig = k
			break
		}
	}
	if fig < 0 {
		return nil
	}
	open := openingMark(toks, fig)
	end := len(toks)
	for k := fig + 1; k < len(toks); k++ {
		if isQuoteMark(toks[k]) {
			end = k
			break
		}
	}
	target := -1
	for n, m := range v.ms {
		if m.first <= open || m.last >= end || (m.first <= fig && fig <= m.last) || toks[m.last].is(classReviledFigure) {
			continue
		}
		if !usable(m) || m.ent.Kind == graph.Location {
			continue
		}
		if target >= 0 && v.ms[target].ent != m.ent {
			return nil // more than one party: which is compared is unclear
		}
		target = n
	}
	if target < 0 {
		return nil
	}
	lo, hi := min(fig, v.ms[target].first), max(fig, v.ms[target].last)
	compared := false
	for k := lo + 1; k < hi; k++ {
		compared = compared || comparisonWords[toks[k].norm]
	}
	actor := a.quoteSpeaker(v, fig)
	if !compared || actor == nil || a.sameSide(actor, v.ms[target].ent) {
		return nil
	}
	c := &candidate{typ: graph.Accuse, mode: "disapprove", rule: "verb:compare-insult-quote", confidence: 0.5, trigger: fig, status: graph.Reported}
	if !a.setParties(c, []*graph.Entity{actor}, []*graph.Entity{v.ms[target].ent}) {
		return nil
	}
	return c
}

// futureModals make the speaker's own act in a main clause a pledge.
var futureModals = map[string]bool{"will": true, "would": true, "shall": true, "'ll": true}

// conditionalRetaliation reads "if X <does something>, we will (have to)
// <hostile act>" at the "if" at t as a threat by the quotation's speaker
// against X, the subject of the condition. The hostile act is a verb of
// hostility ("respond", "retaliate", "strike back") or a lexicon verb of
// force. The threat is made, so it is reported.
func (a *article) conditionalRetaliation(v *sentenceView, t int) *candidate {
	toks := v.toks
	n := v.next(t)
	if n < 0 || v.ms[n].first > t+2 || !usable(v.ms[n]) || v.ms[n].ent.Kind == graph.Location {
		return nil // "if the Americans", "if Iran"
	}
	comma := -1
	for k := v.ms[n].last + 1; k < len(toks) && k <= t+maxArgGap*2; k++ {
		if toks[k].text == "," {
			comma = k
			break
		}
		if clauseBreak(toks[k]) || isQuoteMark(toks[k]) {
			return nil
		}
	}
	if comma < 0 || comma+3 >= len(toks) {
		return nil
	}
	k := comma + 1
	if k+2 < len(toks) && toks[k].norm == "i" && (toks[k+1].norm == "think" || toks[k+1].norm == "believe") {
		k += 2 // "I think we will have to"
	}
	if toks[k].norm != "we" && toks[k].norm != "i" {
		return nil
	}
	k++
	if !futureModals[toks[k].norm] {
		return nil
	}
	k++
	if k+2 < len(toks) && toks[k].norm == "have" && toks[k+1].norm == "to" {
		k += 2 // "we will have to respond"
	}
	if k >= len(toks) || !hostileAct(toks, k) || (toks[k].norm == "respond" && !forcefulResponse(toks, k)) {
		return nil // "we will respond to his insults with good things"
	}
	actor := a.quoteSpeaker(v, k)
	target := v.ms[n].ent
	if actor == nil || a.sameSide(actor, target) {
		return nil
	}
	c := &candidate{typ: graph.Threaten, rule: "verb:if-retaliate-quote", confidence: 0.5, trigger: k, status: graph.Reported}
	if !a.setParties(c, []*graph.Entity{actor}, []*graph.Entity{target}) {
		return nil
	}
	return c
}

// hostileAct reports a verb of hostility at k: "respond", "retaliate",
// "strike (back)", or a lexicon verb whose event is force or coercion ("strike", "attack").
func hostileAct(toks []token, k int) bool {
	w := toks[k].norm
	if hostileWords[w] || w == "strike" {
		return true
	}
	tr := triggers[w]
	if tr == nil || !tr.verb {
		return false
	}
	for _, r := range tr.rules {
		if r.verbForms[w] && r.matches(toks, k) {
			return hostileTypes[r.typ]
		}
	}
	return false
}

// forceWords make a response force: "respond with nuclear weapons",
// "respond militarily".
var forceWords = map[string]bool{
	"force": true, "militarily": true, "military": true, "weapons": true, "arms": true, "missiles": true, "nuclear": true,
	"forcefully": true, "strikes": true, "fire": true, "war": true,
}

// forcefulResponse reports force named within a few words after
// "respond" at k.
func forcefulResponse(toks []token, k int) bool {
	for i := k + 1; i < len(toks) && i <= k+4; i++ {
		if forceWords[toks[i].norm] {
			return true
		}
		if clauseBreak(toks[i]) || isQuoteMark(toks[i]) {
			return false
		}
	}
	return false
}

// continuingSpeaker returns who says a quotation that opens a sentence
// naming no speaker, right after a sentence that reported one: `The
// ministry issued a statement which read, "..." "We expect him to
// withdraw."` The speaker goes on. Nil otherwise.
func (a *article) continuingSpeaker(v *sentenceView) *graph.Entity {
	toks := v.toks
	if len(toks) == 0 || !isQuoteMark(toks[0]) || a.speaker == nil || a.speakerSentence != a.cur-1 {
		return nil
	}
	for k := range toks {
		if speechAt(toks, k) {
			return nil
		}
	}
	return a.speaker
}

// documentQuoted returns the issuer of a document whose words the
// sentence quotes (`the ministry issued a statement which read, "`), or
// nil.
func (a *article) documentQuoted(v *sentenceView) *graph.Entity {
	toks := v.toks
	for k := 0; k+2 < len(toks); k++ {
		if toks[k+1].text == "," && isQuoteMark(toks[k+2]) {
			if e := a.documentIssuer(v, k); e != nil {
				return e
			}
		}
	}
	return nil
}

// speechParticiples introduce a quotation as said by the subject of the
// clause they follow: `Chavez responded, saying "..."`.
var speechParticiples = map[string]bool{"saying": true, "adding": true, "stating": true, "declaring": true}

// participleSpeaker returns the subject of the clause that ends at the
// comma at k: the first party the sentence names, unless it is preceded
// by a preposition (an oblique, not the subject).
func (a *article) participleSpeaker(v *sentenceView, k int) *graph.Entity {
	for i := 0; i < k; i++ {
		n := v.at[i]
		if n < 0 || v.ms[n].first != i {
			continue
		}
		if !usable(v.ms[n]) || v.ms[n].ent.Kind == graph.Location || (i > 0 && prepositions[v.toks[i-1].norm]) {
			return nil
		}
		return v.ms[n].ent
	}
	return nil
}
