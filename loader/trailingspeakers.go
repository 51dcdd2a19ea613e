package loader

import (
	"slices"

	"github.com/geokg/geokg/graph"
)

// This file finds the speaker of a quotation that runs over several
// sentences and names its speaker only after it closes:
//
//	"Russia has recognised Abkhazia. We support Russia. Russia is right,"
//	Chavez said.
//
// "We" in the first two sentences is Chavez's, but the reader meets his
// name only in the third. Such trailing attributions are common in news
// copy (a statement quoted at length, then "X said"), and the first-person
// acts inside them (we support, we welcome, we agreed, we offer our
// condolences) are the speaker's. runningquotes.go follows a quotation a
// speaker introduces ("X said: ..."); this looks ahead for one the speaker
// closes.

// trailingQuote caches, for one sentence, the speaker a trailing
// attribution gives the quotation the sentence leaves open.
type trailingQuote struct {
	// at is the sentence the answer is for, plus one (zero: none yet).
	at      int
	speaker *graph.Entity
}

// trailingSpeaker returns the speaker of the quotation the current
// sentence leaves open, when a later sentence closes it and names the
// speaker right after the closing mark (`," Chavez said.`, `," said
// Chavez.`). The quotation must open in this sentence or run on from an
// earlier one, run on through sentences holding no mark, and close within
// runningQuoteReach sentences; the speaker must be a name the article has
// already used, so that the look-ahead reads no mention the article has not
// yet met. Nil otherwise.
func (a *article) trailingSpeaker(toks []token) *graph.Entity {
	if a.trailing.at == a.cur+1 {
		return a.trailing.speaker
	}
	a.trailing = trailingQuote{at: a.cur + 1}
	if !leavesQuoteOpen(toks) {
		return nil
	}
	for n := a.cur + 1; n < len(a.sentences) && n <= a.cur+runningQuoteReach; n++ {
		s := a.sentences[n]
		if s.furniture || paragraphBreak(a.doc.Body, a.sentences[n-1].end, s.start) {
			return nil
		}
		later := tokenize(a.doc.Body, s.start, s.end)
		closing, marks := -1, 0
		for k, u := range later {
			if isQuoteMark(u) {
				closing, marks = k, marks+1
			}
		}
		switch marks {
		case 0:
			continue
		case 1:
			a.trailing.speaker = a.attributedName(later, closing)
		}
		return a.trailing.speaker
	}
	return nil
}

// leavesQuoteOpen reports whether the sentence opens a quotation and
// leaves it open: its marks are odd in number and the odd one does not
// close a quotation an earlier sentence opened (see continuesQuotation).
func leavesQuoteOpen(toks []token) bool {
	marks := 0
	for _, u := range toks {
		if isQuoteMark(u) {
			marks++
		}
	}
	return marks%2 == 1 && !continuesQuotation(toks)
}

// attributedName reads the attribution after the closing mark at c:
// `," Chavez said.`, `," President Chavez said.`, `," said Chavez.`. It
// returns the person, organisation or state the article has already
// named by that name, or nil.
func (a *article) attributedName(toks []token, c int) *graph.Entity {
	if c == 0 || c+2 >= len(toks) {
		return nil
	}
	k := c + 1
	switch {
	case toks[c-1].text == "," || toks[c-1].text == "?" || toks[c-1].text == "!":
	case toks[k].text == ",":
		k++ // `.", Chavez said`
	default:
		return nil // `...". Chavez said`: the mark ends a sentence, not a quoted clause
	}
	if k >= len(toks) {
		return nil
	}
	if speechVerbs[toks[k].norm] {
		if e, end := a.namedAt(toks, k+1); e != nil && end+2 == len(toks) && toks[end+1].text == "." {
			return e // `," said Chavez.`
		}
		return nil
	}
	for k+1 < len(toks) && isTitleWord(toks[k].norm) {
		k++ // `," President Chavez said`
	}
	e, end := a.namedAt(toks, k)
	if e == nil || end+1 >= len(toks) || !speechVerbs[toks[end+1].norm] {
		return nil
	}
	return e
}

// namedAt returns the party a name starting at toks[i] stands for, when
// the article has used the name before (a short form or a full one), and
// the index of the name's last token.
func (a *article) namedAt(toks []token, i int) (*graph.Entity, int) {
	if i >= len(toks) || !toks[i].upper {
		return nil, -1
	}
	if c, ok := a.shortAt(toks, i); ok && c.ent != nil {
		return a.entity(c.ent), c.last
	}
	if p, end, ok := a.x.gaz.match(toks, i); ok {
		if e, seen := a.entities[p.entity.ID]; seen {
			return e, end
		}
	}
	return nil, -1
}

// A state's neighbour: "South Korea suspended its aid to its northern
// neighbour", "Seoul will resume talks with its neighbour". The text
// seldom says which state it means: the reader knows from the news which
// other state is at issue. The plural ("its neighbours") is a group the
// article seldom lists, and "its neighbour, X" names X itself, so both are
// left alone, and so is "its neighbour Chile", which names it (rolepairs.go).

// neighbourNouns are the singular nouns for a bordering state.
var neighbourNouns = map[string]bool{"neighbour": true, "neighbor": true}

// neighbourReferences resolves "its neighbour" (or "its northern
// neighbor") to the other state at issue (see neighbourOf) when the
// possessor's state is known (see possessorState).
func (a *article) neighbourReferences(toks []token, ms []mention, taken []bool) []mention {
	var out []mention
	for i := 1; i < len(toks); i++ {
		if !toks[i].is(classNeighbourNoun) || taken[i] || toks[i].upper {
			continue
		}
		k := i - 1
		if compassWords[toks[k].norm] && k > 0 {
			k--
		}
		if toks[k].norm != "its" || taken[k] || i+1 < len(toks) && toks[i+1].text == "," || namedNeighbour(toks, taken, i) {
			continue
		}
		owner := a.possessorState(ms, k)
		if owner == nil {
			continue
		}
		if e := a.neighbourOf(owner, ms); e != nil {
			out = append(out, mention{first: k, last: i, ent: e, form: formRef})
		}
	}
	return out
}

// possessorState returns the state of the last party the sentence names
// before token k, not as a place: a state, or the state of a person or
// body. "its" most often stands for the subject of its clause, the party
// named nearest before it ("After North Korea's test, South Korea resumed
// talks with its neighbour"). Nil when there is none.
func (a *article) possessorState(ms []mention, k int) *graph.Entity {
	var owner *graph.Entity
	for _, m := range ms {
		if m.first >= k {
			break
		}
		if m.place || m.ent.Kind == graph.Location {
			continue
		}
		owner = m.ent
		if m.ent.Kind != graph.Country {
			owner = a.stateOf(m.ent)
		}
	}
	return owner
}

// neighbourOf returns the state "its neighbour" most likely names when
// owner is the possessor: the one other state the sentence names ("after
// North Korea's test, South Korea resumed talks with its northern
// neighbour"), else the state the article names most, which is what its
// news is about, when that is not owner. Nil otherwise.
func (a *article) neighbourOf(owner *graph.Entity, ms []mention) *graph.Entity {
	var here []*graph.Entity
	for _, m := range ms {
		if m.ent.Kind == graph.Country && m.ent.ID != owner.ID && !slices.Contains(here, m.ent) {
			here = append(here, m.ent)
		}
	}
	switch len(here) {
	case 1:
		return here[0]
	case 0:
		if top, _ := a.leadingPair(); top != nil && top.ID != owner.ID {
			return top
		}
	}
	return nil
}
