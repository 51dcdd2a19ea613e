package loader

import (
	"slices"

	"github.com/geokg/geokg/graph"
)

// This file reads a demand made by protesting: "students staged mass
// demonstrations to demand reforms", "thousands marched through the
// capital demanding his resignation". The protest is the act the sentence
// reports and the demand its purpose: the demand happened with it (not
// planned, as an infinitive alone would make it), and the protest ranks
// first.

// protestObject reports a protest noun at j that is the object of a
// crowd's act before it ("staged mass demonstrations", "held a rally",
// "went on strike"): a trigger of its own that leaves an infinitive after
// it the act's purpose (doneacts.go purposeOfDoneAct).
func protestObject(toks []token, j int) bool {
	if !slices.Contains(protestWords, toks[j].norm) {
		return false
	}
	for k := j - 1; k >= 0 && k >= j-3; k-- {
		if crowdActs[toks[k].norm] {
			return true
		}
		if toks[k].punct || !determiners[toks[k].norm] && toks[k].norm != "on" && toks[k].norm != "mass" && toks[k].norm != "street" && !toks[k].digit {
			return false
		}
	}
	return false
}

// rankProtestDemands ranks a demand below the protest it is the purpose
// of: a REQUEST read from "to demand" or "demanding" after a PROTEST
// candidate of the same clause. found holds the sentence's candidates in
// text order.
func rankProtestDemands(toks []token, found []*candidate) {
	for i, c := range found {
		if c.noun || c.typ != graph.Request || !demandForms[toks[c.trigger].norm] {
			continue
		}
		if c.trigger < 1 || toks[c.trigger-1].norm != "to" && toks[c.trigger].norm != "demanding" {
			continue
		}
		for _, d := range slices.Backward(found[:i]) {
			if d.typ != graph.Protest || d.trigger >= c.trigger || c.trigger-d.trigger > purposeReach+2 || clauseBetween(toks, d.trigger, c.trigger) {
				continue
			}
			c.confidence = min(c.confidence, d.confidence-0.05)
			break
		}
	}
}

// demandForms are the forms of the verb "demand".
var demandForms = map[string]bool{"demand": true, "demands": true, "demanded": true, "demanding": true}

// clauseBetween reports a clause break between positions i and j.
func clauseBetween(toks []token, i, j int) bool {
	return slices.ContainsFunc(toks[i+1:j], func(u token) bool { return clauseBreak(u) && u.text != "," })
}
