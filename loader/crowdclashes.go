package loader

import "github.com/geokg/geokg/graph"

// This file reads a crowd that clashes with the police or troops of its
// own state ("opposition supporters clashed with police in Addis Ababa",
// "students clashed with riot police in Tehran") as a violent protest
// (PROTEST, mode riot; CAMEO 145), not as a clash between two parties:
// the crowd stands for its country (crowdActor) and the police are that
// same state, which ANNOTATION.md gives no edge to itself. A clash between
// two named parties or between armed men stays the clash rule's.

// stateForceWords are the forces a state puts against a crowd.
var stateForceWords = map[string]bool{
	"police": true, "policemen": true, "troops": true, "soldiers": true, "forces": true, "officers": true,
	"gendarmes": true, "army": true, "authorities": true,
}

// crowdClashForms are the verb forms of "clash" read here.
var crowdClashForms = map[string]bool{"clashed": true, "clashing": true, "clash": true}

// crowdClash reports the verb "clash" at t with a crowd for subject (right
// before it, past auxiliaries and a place the crowd is in) and the state's
// police or troops after "with": "protesters clashed with Hungarian police".
func crowdClash(toks []token, t int) bool {
	if !crowdClashForms[toks[t].norm] || t+1 >= len(toks) || toks[t+1].norm != "with" {
		return false
	}
	if crowdSubjectBefore(toks, t) < 0 {
		return false
	}
	for k := t + 2; k < len(toks) && k <= t+5; k++ {
		if stateForceWords[toks[k].norm] {
			return true
		}
		if toks[k].punct {
			return false
		}
	}
	return false
}

// clashPlace returns the state of the police or troops a crowd clashed
// with ("clashed with Hungarian police"), else the country of the place
// named after them ("clashed with police in Addis Ababa"), which the
// general place rules leave to the police: the clash is there too. Nil
// when neither is named.
func (a *article) clashPlace(v *sentenceView, t int) *graph.Entity {
	toks := v.toks
	for k := t + 2; k < len(toks) && k <= t+5; k++ {
		if n := v.at[k-1]; stateForceWords[toks[k].norm] && n >= 0 && v.ms[n].ent.Kind == graph.Country {
			return v.ms[n].ent
		}
	}
	for k := t + 2; k+1 < len(toks) && k <= t+6; k++ {
		if toks[k].punct {
			return nil
		}
		if !wherePrepositions[toks[k].norm] {
			continue
		}
		for j := k + 1; j < len(toks) && j <= k+4; j++ {
			if n := v.at[j]; n >= 0 {
				if m := v.ms[n]; m.place || m.ent.Kind == graph.Country {
					return a.countryOf(m.ent)
				}
				return nil
			}
			if toks[j].punct {
				return nil
			}
		}
		return nil
	}
	return nil
}
