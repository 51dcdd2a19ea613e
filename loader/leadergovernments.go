package loader

import "github.com/geokg/geokg/graph"

// This file reads a government named by its leader: "the Bush
// administration announced", "the Howard government claims", "Van
// Rompuy's cabinet". The phrase names the state's government, which acts
// for the state; the leader is no party to what it does. ANNOTATION.md
// has the state act where an unnamed official does.

// leaderGovernmentNouns, after a leader's name, name the government he
// heads.
var leaderGovernmentNouns = map[string]bool{"administration": true, "government": true, "cabinet": true, "regime": true}

// leaderGovernments turns each mention of a person followed by a
// government noun ("the Bush administration", "Howard's government") into
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
