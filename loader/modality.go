package loader

import "github.com/geokg/geokg/graph"

// ruleOutForms are the forms of "rule" that, with "out", exclude what
// follows: "ruled out resigning", "has ruled out troops being deployed".
var ruleOutForms = map[string]bool{"rule": true, "rules": true, "ruled": true, "ruling": true}

// ruledOutStatus reads the status of an event named after "rule out",
// whose "out" is at k: the speaker excludes it ("ruled out resigning"),
// unless the exclusion is itself refused or negated ("refused to rule out
// a strike", "did not rule out talks"), which leaves the event possible.
// ok is false where toks[k] is no such "out".
func ruledOutStatus(toks []token, k int) (st graph.Status, ok bool) {
	if toks[k].norm != "out" || k < 1 || !ruleOutForms[toks[k-1].norm] {
		return "", false
	}
	for j := k - 2; j >= 0 && j >= k-4; j-- {
		switch w := toks[j].norm; {
		case toks[j].punct:
			return graph.Denied, true
		case w == "to" && j >= 1 && infinitiveGovernors[toks[j-1].norm] == graph.Denied:
			return graph.Speculated, true // "refused to rule out", "declined to rule out"
		case statusCues[w] == graph.Denied:
			return graph.Speculated, true // "has not ruled out", "would never rule out"
		}
	}
	return graph.Denied, true
}

// prepositionalOpeners open a clause or, as prepositions, only a phrase:
// "as the talks stalled" against "listed Cuba as a dictatorship", "since
// the talks failed" against "since 1990". ("After" is left out: the nouns
// after it end in -ing as often as verbs do, "after protests and rioting".)
var prepositionalOpeners = map[string]bool{"as": true, "since": true}

// coordinatedClauseSubject returns the subject of the clause that a
// coordinator at j continues, as clauseSubject does, and looks past an
// opener that names no subject before j: in "Bush listed Cuba and Syria
// as dictatorships and criticised Venezuela" the "as" opens only a
// phrase, and Bush, not Syria, criticised. -1 where none is found.
func (v *sentenceView) coordinatedClauseSubject(j int) int {
	if n := v.clauseSubject(j); n >= 0 {
		return n
	}
	for k := j - 1; k >= 1 && j-k <= maxArgGap*2; k-- {
		w := v.toks[k].norm
		if clauseBreak(v.toks[k]) || speechAt(v.toks, k) && v.at[k] < 0 {
			return -1
		}
		if clauseOpeners[w] {
			if !prepositionalOpeners[w] {
				return -1
			}
			return v.clauseSubject(k)
		}
	}
	return -1
}
