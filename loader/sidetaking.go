package loader

import "github.com/geokg/geokg/graph"

// Sides taken: "Turkey sided with Azerbaijan", "Australia stood by
// Britain", "the Senate sided with President Reagan", "China stands
// behind Pakistan". Taking a party's side is support (CAMEO 05). The
// party must follow the preposition at once (after "the" or titles) and
// end the phrase: "stood by the Paris agreement" and "stood by Chad rebel
// forces" stand by something of the party's, not by the party, and "will
// not stand idly by and let Japan" takes no side at all.

// sideVerbs map each verb form to the prepositions that name the side it
// takes: "sided with", "stood by", "stands behind", "stand with".
var sideVerbs = map[string]map[string]bool{
	"side": sideWith, "sides": sideWith, "sided": sideWith, "siding": sideWith,
	"stand": standBy, "stands": standBy, "stood": standBy, "standing": standBy,
}

var (
	sideWith = map[string]bool{"with": true}
	standBy  = map[string]bool{"with": true, "by": true, "behind": true}
)

// sidePhraseEnds may follow the party to end the phrase.
var sidePhraseEnds = map[string]bool{
	"and": true, "in": true, "on": true, "as": true, "against": true, "during": true, "over": true,
	"at": true, "for": true, "after": true, "despite": true, "throughout": true, "when": true, "while": true,
}

// sideTakingFrames reads the frame in a sentence.
func (a *article) sideTakingFrames(s sentence, v *sentenceView) []*candidate {
	var out []*candidate
	toks := v.toks
	for t, tok := range toks {
		if !tok.gates(gatePartnership) {
			continue
		}
		preps := sideVerbs[tok.norm]
		if preps == nil || v.at[t] >= 0 || t+2 >= len(toks) || !preps[toks[t+1].norm] {
			continue
		}
		n := v.partyNamedAt(t + 2)
		if n < 0 || !usable(v.ms[n]) || v.ms[n].ent.Kind == graph.Location {
			continue
		}
		if e := v.ms[n].last + 1; e < len(toks) && !toks[e].punct && !sidePhraseEnds[toks[e].norm] {
			continue
		}
		taker, _ := a.verbArguments(v, t, &eventRule{typ: graph.Support}, &candidate{})
		if taker == nil || taker.Kind == graph.Location {
			continue
		}
		c := &candidate{typ: graph.Support, rule: "verb:side-with", confidence: 0.6, sent: s, trigger: t}
		if !a.setParties(c, []*graph.Entity{taker}, []*graph.Entity{v.ms[n].ent}) {
			continue
		}
		c.status = fatedStatus(toks, t, false, frameStatus(toks, t, true))
		c.location = v.eventLocation(t, c)
		out = append(out, c)
	}
	return out
}
