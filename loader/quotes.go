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

// introducedSpeaker returns who says a quotation that a speech verb
// introduces before it: `Rice said, "We ..."`, `Rice stated: "We ..."`,
// or whoever issued the document whose words it gives (`the ministry
// issued a statement which read, "We ..."`). Nil when the quotation
// follows no such introduction.
func (a *article) introducedSpeaker(v *sentenceView, t int) *graph.Entity {
	toks := v.toks
	open := openingMark(toks, t)
	if open < 2 || (toks[open-1].text != "," && toks[open-1].text != ":") {
		return nil
	}
	k := open - 2
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
