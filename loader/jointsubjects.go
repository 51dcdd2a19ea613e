package loader

import (
	"slices"

	"github.com/geokg/geokg/graph"
)

// A coordinated subject of a verb of meeting, signing, agreeing or
// breaking ties usually names the two sides of the act ("India and
// Pakistan signed an agreement": India → Pakistan). When the verb's
// "with" phrase names a third party, the two act together on it:
//
//	"Ecuador and Venezuela severed ties with Colombia": Ecuador and Venezuela → Colombia
//	"Iran and Syria signed a defence pact with Russia": Iran and Syria → Russia
//	"France and Germany held talks with Russia": France → Germany and Russia
//
// A meeting keeps ANNOTATION.md's form for a meeting of equals (the first
// named acts, the rest are met); every other act has both subjects as
// actors. Either way the third party is never lost nor the partner read as
// the target of an act it shares.

// thirdParty returns the party the "with" phrase after the pair verb at t
// names, when it is neither of the coordinated subject's x and y, or nil.
func (v *sentenceView) thirdParty(t int, r *eventRule, x, y *graph.Entity) *graph.Entity {
	if !slices.Contains(r.preps, "with") {
		return nil
	}
	n := v.afterPrep(t, []string{"with"})
	if n < 0 {
		return nil
	}
	for k := t + 1; k < v.ms[n].first; k++ {
		if v.toks[k].norm == "with" {
			break
		}
		if triggerWord(v.toks[k].norm) {
			return nil // "held a meeting before their talks with Bush": another act's party
		}
	}
	z := v.ms[n].ent
	if z == x || z == y || z.Kind == graph.Location {
		return nil
	}
	return z
}

// joinPartner places the partner thirdParty's caller recorded: among the
// met for a meeting, beside the actor for any other act.
func (c *candidate) joinPartner() {
	if c.partner == nil {
		return
	}
	p := c.partner
	c.partner = nil
	if slices.Contains(c.actors, p) || slices.Contains(c.targets, p) {
		return
	}
	if c.typ == graph.Consult {
		c.targets = append([]*graph.Entity{p}, c.targets...)
		return
	}
	c.actors = append(c.actors, p)
}
