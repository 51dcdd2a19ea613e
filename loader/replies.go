package loader

import "github.com/geokg/geokg/graph"

// This file reads a verb of refusal whose object is an event noun that
// names another party's act: "Hamas rejected an invitation from Egypt",
// "the rebels turned down the invitation to talks", "Iran refused the
// aid". The refusal is the event (REJECT), not the noun it carries, as
// "offered an apology" is the apology: the inviter, where the noun's own
// rule names it, is the target of the refusal through the lexicon's
// "from"/"by" prepositions.

// refusesItsObject reports a verb form at t of a REJECT rule of the
// lexicon ("rejected", "declined", "turned" of "turned down"), whose
// object noun is what it refuses rather than the act it carries out.
func refusesItsObject(v *sentenceView, t int) bool {
	tr := triggers[v.toks[t].norm]
	if tr == nil {
		return false
	}
	if opposingVerbs[v.toks[t].norm] {
		return false // "opposed the war in Iraq": disapproval of an act, not refusal of an offer
	}
	for _, r := range tr.rules {
		if r.typ == graph.Reject && r.verbForms[v.toks[t].norm] && r.matches(v.toks, t) {
			return true
		}
	}
	return false
}

// opposingVerbs take an act they stand against, not an offer they turn
// down: "opposed the war", "defied the ban", "flouted the ceasefire".
var opposingVerbs = map[string]bool{
	"oppose": true, "opposes": true, "opposed": true, "defy": true, "defies": true, "defied": true, "defying": true,
	"flout": true, "flouts": true, "flouted": true,
}
