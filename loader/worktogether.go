package loader

import "github.com/geokg/geokg/graph"

// Cooperation told by "work together" with a coordinated subject: "Russia
// and China are working together to", "Japan and the United States would
// be working together", "Iran and Syria have worked closely together". The
// lexicon's "work with" needs the partner after "with"; here the subject
// names both, the first the actor and the others its targets, as in a
// meeting of equals. The subject must stand right before the verb and its
// auxiliaries (or before a verb of intent whose "to" governs it: "agreed
// to work together"), so that those asked to work together ("called for
// the citizens to work together") are not taken for the caller. Parties of
// one state working together ("when Democrats and Republicans work
// together in Sacramento", two officials of one government) are domestic
// politics, not cooperation between parties, and so are pairs whose states
// are unknown: each party must belong to a known state or be an
// international body, and at least two must differ.

// workForms are the verb forms the frame starts at.
var workForms = map[string]bool{"work": true, "works": true, "worked": true, "working": true}

// workTogetherFrames reads the frame in a sentence.
func (a *article) workTogetherFrames(s sentence, v *sentenceView) []*candidate {
	var out []*candidate
	toks := v.toks
	for t, tok := range toks {
		if !tok.gates(gatePartnership) || !workForms[tok.norm] || v.at[t] >= 0 || !togetherAfter(toks, t) {
			continue
		}
		d := v.helpingParty(t)
		if d < 0 {
			continue
		}
		group := v.coordinated(d)
		if len(group) < 2 {
			continue
		}
		parties := make([]*graph.Entity, 0, len(group))
		for _, n := range group {
			parties = append(parties, v.ms[n].ent)
		}
		if !a.partiesOfStates(parties) {
			continue
		}
		c := &candidate{typ: graph.Cooperate, rule: "verb:work-together", confidence: 0.6, sent: s, trigger: t, pair: true}
		c.actors, c.targets = parties[:1], parties[1:]
		c.status = fatedStatus(toks, t, false, frameStatus(toks, t, true))
		c.location = v.eventLocation(t, c)
		out = append(out, c)
	}
	return out
}

// togetherAfter reports "together" right after the verb at t, or after
// "closely": "working together", "worked closely together".
func togetherAfter(toks []token, t int) bool {
	k := t + 1
	if k < len(toks) && toks[k].norm == "closely" {
		k++
	}
	return k < len(toks) && toks[k].norm == "together"
}

// partiesOfStates reports parties that each belong to a known state or
// are an international body, of which at least two differ.
func (a *article) partiesOfStates(parties []*graph.Entity) bool {
	seen := map[string]bool{}
	for _, p := range parties {
		var state string
		switch {
		case p.Kind == graph.Country:
			state = p.ID
		case p.Kind == graph.Organization && p.Country == "":
			state = p.ID // an international body stands for no state
		case p.Country != "":
			state = p.Country
		default:
			if e := a.stateOf(p); e != nil {
				state = e.ID
			}
		}
		if state == "" {
			return false
		}
		seen[state] = true
	}
	return len(seen) >= 2
}
