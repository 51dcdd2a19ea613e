package loader

import "github.com/geokg/geokg/graph"

// This file reads where a crowd marches when the place follows a word the
// general place rules do not take as a preposition of place: "marched
// through Athens", "marched through the streets of Warsaw", "rallied in
// the centre of Budapest". Only crowdActor reads these: a crowd that moves
// through a city's streets is of the city's country, while the same words
// after other events ("patrols in the streets of Dili") say less about who
// acts.

// streetNouns are the parts of a city a crowd fills.
var streetNouns = map[string]bool{"streets": true, "centre": true, "center": true, "heart": true, "squares": true}

// maxStreetReach bounds the words from the trigger to the place: "marched
// today through the streets of La Paz".
const maxStreetReach = 8

// streetPlace returns the place a crowd's protest at t moves through or
// fills, named after "through" or "the streets of", or nil.
func (v *sentenceView) streetPlace(t int) *graph.Entity {
	toks := v.toks
	for k := t + 1; k < len(toks) && k <= t+maxStreetReach; k++ {
		u := toks[k]
		if clauseBreak(u) || u.punct || v.at[k] >= 0 {
			return nil
		}
		j := -1
		switch {
		case u.norm == "through":
			j = k + 1 // "marched through Athens"
		case streetNouns[u.norm] && k+1 < len(toks) && toks[k+1].norm == "of":
			j = k + 2 // "in the streets of Warsaw"
		default:
			continue
		}
		for j < len(toks) && j <= k+4 && (toks[j].norm == "the" || toks[j].norm == "downtown" || toks[j].norm == "central" || streetNouns[toks[j].norm] || toks[j].norm == "of") {
			j++
		}
		if j < len(toks) {
			if n := v.at[j]; n >= 0 && v.ms[n].first == j && (v.ms[n].place || v.ms[n].ent.Kind == graph.Country) {
				return v.ms[n].ent
			}
		}
		return nil
	}
	return nil
}
