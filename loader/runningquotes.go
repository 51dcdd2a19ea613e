package loader

import "github.com/geokg/geokg/graph"

// This file follows a quotation that runs over several sentences:
// `Rice said: "We will not wait. We expect Iran to comply. If it refuses,
// we will act."` Only the first sentence names the speaker; the later
// ones hold no quotation mark, or only the one that closes it, so "we" in
// them would otherwise be nobody's. The quotation stays open while each
// sentence after the opening one holds no mark at all; the sentence with
// the closing mark is the last one it covers.

// runningQuoteReach is how many sentences a quotation may run on after
// the one that opens it. Marks lost in the text would otherwise let one
// speaker's words spread over the rest of an article.
const runningQuoteReach = 4

// runningQuote is a quotation a sentence opened and left open.
type runningQuote struct {
	// speaker says it; nil when no quotation is open.
	speaker *graph.Entity
	// opened is the sentence that opened it; last the last sentence it covers.
	opened, last int
	// closed marks a quotation whose closing mark the last sentence holds.
	closed bool
}

// noteRunningQuote records, after a sentence is read, whether it leaves a
// quotation open and who says it. A quotation opens when the sentence's
// marks are odd in number, the last one opens, and a speaker introduces
// it (`X said: "`, `X said, "`, `X was quoted: "`). It runs on through
// sentences holding no mark, and ends with the sentence holding the
// closing mark.
func (a *article) noteRunningQuote(toks []token, ms []mention) {
	marks := 0
	for _, u := range toks {
		if isQuoteMark(u) {
			marks++
		}
	}
	if q := &a.quote; q.speaker != nil && !q.closed && q.last == a.cur-1 {
		switch {
		case marks == 0 && a.cur-q.opened < runningQuoteReach:
			q.last = a.cur
		case marks == 1:
			q.last, q.closed = a.cur, true
		default:
			q.speaker = nil
		}
		return
	}
	a.quote = runningQuote{}
	if marks%2 == 0 || continuesQuotation(toks) {
		return
	}
	v := newView(toks, ms)
	e := a.introducedSpeaker(v, len(toks))
	if e == nil {
		e = a.trailingSpeaker(toks) // `"We support Russia. ...," Chavez said.`
	}
	if e != nil {
		a.quote = runningQuote{speaker: e, opened: a.cur, last: a.cur}
	}
}

// runningSpeaker returns the speaker of a quotation opened in an earlier
// sentence when toks[j] lies in its words: the sentence goes on with it
// and no mark stands before j. Nil otherwise.
func (a *article) runningSpeaker(toks []token, j int) *graph.Entity {
	q := a.quote
	if q.speaker == nil || q.closed || q.last != a.cur-1 {
		return nil
	}
	for k := 0; k < j && k < len(toks); k++ {
		if isQuoteMark(toks[k]) {
			return nil
		}
	}
	return q.speaker
}

// inQuotation reports whether toks[j] lies inside a quotation: one the
// sentence holds, or one an earlier sentence opened and this one goes on
// with.
func (a *article) inQuotation(toks []token, j int) bool {
	return quoted(toks, j) || a.runningSpeaker(toks, j) != nil
}

// attributionSubject returns the speaker of a sentence that opens with a
// whole quotation and ends with its attribution (`"We will not accept
// this," the committee said.`, `"...," said the ministry.`): the speaker
// is the subject of the sentence's main verb, so "it" or "they" opening
// the next sentence continues it. Only organisations and states are
// returned; "he" and "she" are read by personBefore. Nil otherwise.
func (a *article) attributionSubject(toks []token) *graph.Entity {
	if len(toks) == 0 || !isQuoteMark(toks[0]) || a.speaker == nil || a.speakerSentence != a.cur {
		return nil
	}
	if k := a.speaker.Kind; k != graph.Organization && k != graph.Country {
		return nil
	}
	closing := -1
	for k := 1; k < len(toks); k++ {
		if isQuoteMark(toks[k]) {
			if closing >= 0 {
				return nil // a second quotation: the attribution may be inside it
			}
			closing = k
		}
	}
	if closing < 0 || len(toks)-closing > attributionLength {
		return nil
	}
	for k := closing + 1; k < len(toks); k++ {
		if speechAt(toks, k) {
			return a.speaker
		}
	}
	return nil
}

// attributionLength bounds the words after a quotation's closing mark
// that can be its bare attribution (`," a spokesman for the Russian
// Foreign Ministry told reporters.`); longer tails add a clause whose
// subject may be another.
const attributionLength = 14
