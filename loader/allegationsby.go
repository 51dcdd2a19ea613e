package loader

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// This file reads an accusation told as a noun with its author and its
// content: "allegations by Human Rights Watch that the CIA has set up
// secret jails", "the allegation last week by Reinado that Gusmão
// orchestrated the unrest", "dismissed accusations by the United States
// that it is helping to build a reactor" — the author accuses the subject
// of the "that" clause. The lexicon reads the author ("noun:accuse-by")
// but not whom the clause accuses. A clause whose subject is "it" or
// "they" accuses the party that opens the sentence, the one who answers
// the accusation ("Syria dismissed accusations ... that it"); a passive
// clause ("that Y was attacked") names whom the act befell, not the
// accused. "Claims" stay out: a claim by X that Y agreed is no charge.

// allegationNouns are accusations named by a noun.
var allegationNouns = map[string]bool{
	"allegation": true, "allegations": true, "accusation": true, "accusations": true, "charge": true, "charges": true,
}

// maxAllegationSpan bounds the words between the noun and "by" ("made
// last week by") and between the author and "that".
const maxAllegationSpan = 4

// allegationsBy reads the accusations of the sentence named by a noun
// with "by" and "that".
func (a *article) allegationsBy(s sentence, v *sentenceView) []*candidate {
	var out []*candidate
	toks := v.toks
	for t, tok := range toks {
		if !allegationNouns[tok.norm] || v.at[t] >= 0 {
			continue
		}
		by := -1
		for k := t + 1; k < len(toks) && k <= t+maxAllegationSpan; k++ {
			if toks[k].norm == "by" {
				by = k
				break
			}
			if toks[k].punct || v.at[k] >= 0 || clauseBreak(toks[k]) {
				break
			}
		}
		if by < 0 {
			continue
		}
		n := v.directObject(by)
		if n < 0 || v.ms[n].first > by+4 || v.ms[n].ent.Kind == graph.Location {
			continue
		}
		that := -1
		for k := v.ms[n].last + 1; k < len(toks) && k <= v.ms[n].last+maxAllegationSpan; k++ {
			if toks[k].norm == "that" {
				that = k
				break
			}
			if toks[k].punct && toks[k].text != "(" && toks[k].text != ")" || clauseBreak(toks[k]) {
				break
			}
		}
		if that < 0 || that+1 >= len(toks) {
			continue
		}
		target := a.allegedParty(v, t, that)
		actor := v.ms[n].ent
		if target == nil || actor == target || a.sameSide(actor, target) {
			continue
		}
		c := &candidate{typ: graph.Accuse, rule: "noun:allegation-by-that", trigger: t, noun: true, sent: s, confidence: 0.6}
		c.status = graph.Reported // the accusation was made, whatever becomes of it
		if !a.setParties(c, []*graph.Entity{actor}, []*graph.Entity{target}) {
			continue
		}
		out = append(out, c)
	}
	return out
}

// allegedParty returns the party the clause after "that" at k accuses:
// its named subject, or for "it" or "they" the party opening the
// sentence before the noun at t. Nil for a passive clause or where no
// party stands there.
func (a *article) allegedParty(v *sentenceView, t, k int) *graph.Entity {
	toks := v.toks
	if w := toks[k+1].norm; w == "it" || w == "they" {
		if v.passiveAt(k + 2) {
			return nil
		}
		first := 0
		if toks[0].norm == "the" {
			first = 1
		}
		if n := v.at[first]; n >= 0 && v.ms[n].last < t && usable(v.ms[n]) && v.ms[n].ent.Kind != graph.Location {
			return v.ms[n].ent
		}
		return nil
	}
	n := v.clauseSubjectAfter(k + 1)
	if n < 0 || v.passiveAt(v.ms[n].last+1) {
		return nil // "that a journalist was attacked in Iran"
	}
	return v.ms[n].ent
}

// passiveAt reports a form of "be" at j followed by a participle: "was
// attacked", "were killed".
func (v *sentenceView) passiveAt(j int) bool {
	toks := v.toks
	for j < len(toks) && (toks[j].norm == "had" || toks[j].norm == "has" || toks[j].norm == "have") {
		j++
	}
	return j+1 < len(toks) && beForms[toks[j].norm] && (strings.HasSuffix(toks[j+1].norm, "ed") || irregularParticiples[toks[j+1].norm])
}
