package loader

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// This file reads an accusation told as a noun with its author (after
// "by" or "from", or a possessive) and its content: "allegations by Human
// Rights Watch that the CIA has set up secret jails", "the latest
// allegations from Chávez that the U.S. is planning", "the allegation
// last week by Reinado that Gusmão orchestrated the unrest", "dismissed
// accusations by the United States that it is helping to build a
// reactor" — the author accuses the subject of the "that" clause, or the
// state of a body there ("that the Iranian police had beaten"). The lexicon reads the author ("noun:accuse-by")
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
		n, from := v.allegationAuthor(t)
		if n < 0 || v.ms[n].ent.Kind == graph.Location {
			continue
		}
		that := -1
		for k := from + 1; k < len(toks) && k <= from+maxAllegationSpan; k++ {
			if toks[k].norm == "that" {
				that = k
				break
			}
			if !allegationTimeWords[toks[k].norm] && !toks[k].digit && toks[k].text != "(" && toks[k].text != ")" {
				break // "denying X's allegations and saying that": the clause is another verb's
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

// allegationAuthor returns the author of the accusation noun at t: the
// party after "by" or "from" a few words on ("allegations made last week
// by X"), or the possessive right before it ("X's accusation", "X's
// repeated charges"); and the index after which its "that" clause is
// looked for. -1 where the noun names no author.
func (v *sentenceView) allegationAuthor(t int) (int, int) {
	toks := v.toks
	for k := t + 1; k < len(toks) && k <= t+maxAllegationSpan; k++ {
		if toks[k].norm == "by" || toks[k].norm == "from" {
			n := v.directObject(k)
			if n < 0 || v.ms[n].first > k+4 {
				return -1, t
			}
			return n, v.ms[n].last
		}
		if toks[k].punct || v.at[k] >= 0 || clauseBreak(toks[k]) {
			break
		}
	}
	j := t - 1
	if j >= 0 && allegationModifiers[toks[j].norm] {
		j--
	}
	if j < 0 || !toks[j].poss {
		return -1, t
	}
	if n := v.at[j]; n >= 0 && usable(v.ms[n]) {
		return n, t
	}
	return -1, t
}

// allegationTimeWords may stand between the author and "that": "by X
// last week that", "by X in 2003 that".
var allegationTimeWords = map[string]bool{
	"last": true, "this": true, "week": true, "month": true, "year": true, "earlier": true, "in": true, "on": true,
	"recently": true, "again": true, "today": true, "yesterday": true,
}

// allegationModifiers may stand between a possessive author and the noun:
// "X's repeated accusations".
var allegationModifiers = map[string]bool{
	"repeated": true, "latest": true, "earlier": true, "recent": true, "new": true, "previous": true, "renewed": true,
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
	if n < 0 {
		n = v.demonymBodyAfter(k + 1) // "that the Chinese government is operating"
	}
	if n < 0 {
		return nil
	}
	end := v.ms[n].last
	if end+1 < len(toks) && stateBodyNouns[toks[end+1].norm] {
		end++ // "that the Iranian police had been"
	}
	if v.passiveAt(end + 1) {
		return nil // "that a journalist was attacked in Iran"
	}
	return v.ms[n].ent
}

// demonymBodyAfter returns a demonym opening the clause at j before a
// noun of a state's body ("the Chinese government", "Israeli troops"):
// the state acts through it. -1 where there is none.
func (v *sentenceView) demonymBodyAfter(j int) int {
	if j < len(v.toks) && v.toks[j].norm == "the" {
		j++
	}
	if j >= len(v.toks) {
		return -1
	}
	n := v.at[j]
	if n < 0 || v.ms[n].form != formDemonym || v.ms[n].last+1 >= len(v.toks) || !stateBodyNouns[v.toks[v.ms[n].last+1].norm] {
		return -1
	}
	return n
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
