package loader

import "github.com/geokg/geokg/graph"

// This file reads an administration named by its leader: "the Bush
// administration announced", "officials in the Reagan administration".
// The phrase names the state's executive, which acts for the state; the
// leader is no party to what it does. ANNOTATION.md has the state act
// where an unnamed official does. A government or cabinet named by its
// head ("the Rudd government", "a vote of confidence in Olmert's
// government") stays the leader's as well: news copy aims what is done
// to such a government at its head, and the gold names him.

// leaderGovernmentNouns, after a leader's name, name the executive he
// heads and not himself.
var leaderGovernmentNouns = map[string]bool{"administration": true}

// leaderGovernments turns each mention of a person followed by
// "administration" ("the Bush administration", "Reagan's administration") into
// a mention of the state the person holds a state office of at
// publication. A person with no such office ("the Taylor regime" after
// Taylor's fall) stays as he is.
func (a *article) leaderGovernments(toks []token, ms []mention) {
	for n, m := range ms {
		if m.ent.Kind != graph.Person || m.modifier {
			continue
		}
		noun := m.last + 1
		if noun >= len(toks) || !leaderGovernmentNouns[toks[noun].norm] || toks[noun].upper {
			continue
		}
		state := a.stateOf(m.ent)
		if state == nil {
			continue
		}
		ms[n].ent, ms[n].last = state, noun
	}
}
