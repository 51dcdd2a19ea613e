package loader

import "github.com/geokg/geokg/graph"

// This file reads the country of a crowd from the government it protests
// against: "thousands of supporters of the opposition leader protested
// against the government of Kenya", "students demonstrated against the
// Iranian government". People take to the streets against their own
// government far more often than against a foreign one, which they
// protest at its embassy (protestacts.go) or by naming the state itself
// ("against Japan"). ANNOTATION.md makes such unnamed citizens stand for
// their country; the government is that same state, so the protest is
// left without a target rather than aimed at its own actor.

// ruleWords name a state's government as the one protested against.
var ruleWords = map[string]bool{"government": true, "regime": true, "administration": true, "authorities": true, "junta": true}

// protestedGovernment returns the country whose government the protest at
// t is against ("against the government of Kenya", "against the Kenyan
// government", "against Kenya's government"), or nil.
func (v *sentenceView) protestedGovernment(t int) *graph.Entity {
	n := v.afterPrep(t, []string{"against"})
	if n < 0 {
		return nil
	}
	m := v.ms[n]
	if m.ent.Kind != graph.Country {
		return nil
	}
	toks := v.toks
	if k := m.first - 2; k >= 0 && toks[k+1].norm == "of" && ruleWords[toks[k].norm] {
		return m.ent // "the government of Kenya"
	}
	if k := m.last + 1; k < len(toks) && ruleWords[toks[k].norm] {
		return m.ent // "the Kenyan government", "Kenya's government"
	}
	return nil
}
