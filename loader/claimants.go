package loader

import (
	"slices"

	"github.com/geokg/geokg/graph"
)

// This file finds whom a denial answers when the denial names no accuser
// and no accusation was coded: the party whose claim about the denier the
// sentence, or one of the few before it, reported. "The Pentagon claims
// that Saddam Hussein received intelligence from a Russian ambassador.
// Russia's intelligence service has denied the allegations": Russia
// rejects the Pentagon. "Georgian officials said that Gori was looted by
// the Russians, though the latter denies this claim": Russia rejects
// Georgia. The claim must name the denier or its side, and its author must
// not be of that side nor a medium that only reported it; with claims by
// two sides in the nearest sentence that has any, it is unsure which is
// answered.

// claimVerbsOfReport add to the verbs of saying those that report a claim
// as such: "Peru alleges that", "the rebels believe that". Accusations
// coded as events are left to accusersOf and claimAuthors, which leave a
// denial after two accusers without a target.
var claimVerbsOfReport = map[string]bool{
	"claimed": true, "claims": true, "claim": true, "alleged": true, "alleges": true, "allege": true,
	"believe": true, "believes": true, "believed": true, "suspect": true, "suspects": true, "suspected": true,
	"reported": true, "reports": true,
}

// statedClaim is a statement an earlier sentence reported: its author and
// the parties it names.
type statedClaim struct {
	author *graph.Entity
	about  []*graph.Entity
	sent   int
}

// noteClaims records the statements the sentence reports, dropping those
// reported too long ago to be answered by a later denial.
func (a *article) noteClaims(toks []token, ms []mention) {
	keep := a.claims[:0]
	for _, c := range a.claims {
		if c.sent >= a.cur-referentMemory {
			keep = append(keep, c)
		}
	}
	a.claims = a.claimsBefore(newView(toks, ms), len(toks), keep)
}

// claimsBefore appends to out the statements the sentence reports whose
// verb stands before end, with the parties named in what they say before
// end.
func (a *article) claimsBefore(v *sentenceView, end int, out []statedClaim) []statedClaim {
	toks := v.toks
	for k := 0; k < end; k++ {
		if v.at[k] >= 0 || toks[k].upper && k > firstWord(toks) {
			continue
		}
		var speaker *graph.Entity
		from, to := 0, 0
		switch {
		case claimVerbsOfReport[toks[k].norm] && (k == 0 || !beForms[toks[k-1].norm]):
			speaker, from, to = a.speakerOf(v, k, false), k+1, len(toks)
		default:
			speaker, from, to = a.statementAt(v, k)
			if toks[k].norm == "according" {
				from, to = 0, len(toks) // "At the same time, according to Georgian sources, Russian troops ..."
			}
		}
		if speaker == nil || speaker.Kind == graph.Location || a.x.gaz.press[speaker.ID] || end < len(toks) && openQuotation(toks, from, end) {
			continue // `X said "... denies that ..."`: the denial is inside the claim, not an answer to it; a medium reports, it does not accuse
		}
		var about []*graph.Entity
		for _, m := range v.ms {
			if m.first >= from && m.last < min(to, end) && m.ent != speaker && m.ent.Kind != graph.Location && !slices.Contains(about, m.ent) {
				about = append(about, m.ent)
			}
		}
		if len(about) > 0 {
			out = append(out, statedClaim{speaker, about, a.cur})
		}
	}
	return out
}

// claimant returns the author of the claims about the denier, or the
// denier's side, that this sentence before the verb of denial at t and the
// few before it reported; nil when there are none, or claims by more than
// one side.
func (a *article) claimant(v *sentenceView, t int, denier *graph.Entity) *graph.Entity {
	claims := a.claimsBefore(v, t, slices.Clip(a.claims))
	var authors []*graph.Entity
	for i := len(claims) - 1; i >= 0; i-- {
		c := claims[i]
		if len(authors) > 0 && c.sent < claims[i+1].sent {
			break // the nearest sentence with such claims is the one answered
		}
		if a.sameSide(c.author, denier) {
			continue // "Iran said it had the right to enrich uranium; Iran denies wanting arms": its own words
		}
		if slices.ContainsFunc(c.about, func(e *graph.Entity) bool { return a.sameSide(e, denier) }) {
			authors = append(authors, c.author)
		}
	}
	return a.oneParty(authors, denier)
}

// openQuotation reports a quotation opened in [from, end) and not closed
// before end.
func openQuotation(toks []token, from, end int) bool {
	open := false
	for k := from; k < end; k++ {
		if isQuoteMark(toks[k]) {
			open = !open
		}
	}
	return open
}
