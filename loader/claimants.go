package loader

import (
	"slices"
	"strings"

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
	keep := recentOnly(a.claims, a.cur, func(c statedClaim) int { return c.sent })
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
		case toks[k].is(classClaimReportVerb) && (k == 0 || !beForms[toks[k-1].norm]):
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

// appositiveHeads name, after a comma, what the clause before claimed: "...,
// a claim Israel rejected", "..., a charge that Correa denied", "...,
// something Iran denies".
var appositiveHeads = map[string]bool{
	"claim": true, "charge": true, "accusation": true, "allegation": true, "suggestion": true, "assertion": true,
	"something": true,
}

// appositiveDenials reads a denial put in apposition to the claim it
// denies: "Leuenberger said the block on funding was a mistake, a claim
// Israel rejected"; "Uribe charged Correa's government with links to the
// FARC, a charge that Correa denied". The denier rejects whoever made the
// claim before the comma: the one speaker or accuser named there who is
// not of the denier's side.
func (a *article) appositiveDenials(s sentence, v *sentenceView) []*candidate {
	toks := v.toks
	var out []*candidate
	for c := 1; c+3 < len(toks); c++ {
		if toks[c].text != "," {
			continue
		}
		k := c + 1
		if toks[k].norm == "a" || toks[k].norm == "an" {
			k++
		}
		if !appositiveHeads[toks[k].norm] || v.at[k] >= 0 || (toks[k].norm == "something") != (k == c+1) {
			continue
		}
		k++
		if toks[k].norm == "that" || toks[k].norm == "which" {
			k++
		}
		n := v.at[k]
		if n < 0 || !usable(v.ms[n]) || v.ms[n].ent.Kind == graph.Location {
			continue
		}
		denier := v.ms[n].ent
		t := v.ms[n].last + 1
		for t < len(toks) && (auxiliaries[toks[t].norm] || strings.HasSuffix(toks[t].norm, "ly")) {
			t++ // "has strongly denied", "quickly rejected"
		}
		if t >= len(toks) || !toks[t].is(classDenialVerb) || t+1 < len(toks) && !toks[t+1].punct {
			continue // "a claim Israel rejected as false" is fine, "a claim Israel rejected outright" too rare to tell
		}
		author := a.appositiveClaimant(v, c, denier)
		if author == nil {
			continue
		}
		ev := &candidate{typ: graph.Reject, rule: "verb:deny-appositive", confidence: 0.5, trigger: t, sent: s, status: graph.Reported}
		if !a.setParties(ev, []*graph.Entity{denier}, []*graph.Entity{author}) {
			continue
		}
		out = append(out, ev)
	}
	return out
}

// appositiveClaimant returns who made the claim the clause before the
// comma at c states: the one party, not of the denier's side, that says,
// claims or accuses there.
func (a *article) appositiveClaimant(v *sentenceView, c int, denier *graph.Entity) *graph.Entity {
	var authors []*graph.Entity
	for _, cl := range a.claimsBefore(v, c, nil) {
		authors = append(authors, cl.author)
	}
	for k := range c {
		if accusingVerbs[v.toks[k].norm] && v.at[k] < 0 {
			if e := a.speakerOf(v, k, false); e != nil {
				authors = append(authors, e)
			}
		}
	}
	authors = slices.DeleteFunc(authors, func(e *graph.Entity) bool { return a.sameSide(e, denier) })
	return a.oneParty(authors, denier)
}

// accusingVerbs make their subject the author of the charge an appositive
// names: "Uribe charged Correa's government with".
var accusingVerbs = map[string]bool{
	"accused": true, "accuses": true, "charged": true, "charges": true, "blamed": true, "blames": true,
}
