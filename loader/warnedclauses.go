package loader

import "github.com/geokg/geokg/graph"

// A warning to a named party whose clause holds a consequence over it:
// "Japan warned the United States it may take retaliatory measures if",
// "warned the European Community yesterday it will face serious
// retaliation", "warned France and Germany that it may retaliate",
// "had warned X, a commander of Y, that his house would be attacked". The
// lexicon's warn rule looks for its cue words within six words of the
// verb, which the party's name, a date or an apposition use up; this rule
// reads the clause after the party, where a modal must put the
// consequence in the future. The one who warns threatens the party.
// A warning of a danger ("warned the UN that Iran's ambitions were
// dangerous", "warned MPs that the BNP might make gains") names no
// consequence and is left alone.

// warnedClauseReach bounds the clause after the warned party in which the
// modal must stand, and warnedConsequenceReach the words between the modal
// and the consequence.
const (
	warnedClauseReach      = 14
	warnedConsequenceReach = 6
)

// warnedHarms are consequences beside consequenceWords that a modal
// clause holds over the warned party: "his house would be attacked",
// "it will face".
var warnedHarms = map[string]bool{"attacked": true, "attack": true, "retaliatory": true, "countermeasures": true, "face": true}

// modalWords put a consequence in the future or the possible.
var modalWords = map[string]bool{"will": true, "would": true, "could": true, "may": true, "might": true, "shall": true}

// warnedClauses reads the warnings described above.
func (a *article) warnedClauses(s sentence, v *sentenceView) []*candidate {
	var out []*candidate
	toks := v.toks
	for t, tok := range toks {
		if !tok.is(classWarningWord) || v.at[t] >= 0 {
			continue
		}
		n := v.mentionAfter(t)
		if n < 0 {
			continue
		}
		m := v.ms[n]
		if !usable(m) || m.place || m.ent.Kind == graph.Location || toks[m.last].poss {
			continue
		}
		cue := warnedConsequence(toks, m.last+1)
		if cue < 0 {
			continue
		}
		actor := a.speakerOf(v, t, false)
		if actor == nil || actor.Kind == graph.Location || a.sameSide(actor, m.ent) {
			continue
		}
		c := &candidate{typ: graph.Threaten, rule: "verb:warn-clause", confidence: 0.5, trigger: t, sent: s, status: graph.Reported}
		if !a.setParties(c, []*graph.Entity{actor}, []*graph.Entity{m.ent}) {
			continue
		}
		out = append(out, c)
	}
	return out
}

// warnedConsequence returns the index of a consequence held over the
// warned party in the clause from k: a modal within warnedClauseReach
// words and a consequence within warnedConsequenceReach after it, with no
// negation between. -1 where the clause ends first or names none.
func warnedConsequence(toks []token, k int) int {
	for p := k; p < len(toks) && p < k+warnedClauseReach; p++ {
		if clauseBreak(toks[p]) || toks[p].text == "." || isQuoteMark(toks[p]) {
			return -1
		}
		if !modalWords[toks[p].norm] {
			continue
		}
		for q := p + 1; q < len(toks) && q <= p+warnedConsequenceReach; q++ {
			w := toks[q].norm
			if negations[w] || clauseBreak(toks[q]) || toks[q].text == "," {
				return -1
			}
			if consequenceWords[w] || warnedHarms[w] {
				return q
			}
		}
		return -1
	}
	return -1
}
