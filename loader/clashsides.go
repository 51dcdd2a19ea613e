package loader

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// Clashes whose "between" phrase the clash rule read as one party's act
// on the other: "armed clashes between gunmen from the rival Hamas and
// Fatah factions", "fighting between forces loyal to Fatah and to Hamas",
// "fighting between black African rebels and Arab militia". Neither side
// attacks the other in such a phrase; ANNOTATION.md makes a two-sided
// clash one event with both parties as actors and as targets, as
// twoSided (pairs.go) reads the phrases whose sides follow "between"
// directly.

// clashBetweenSides reports whether the clash noun at t, whose "between"
// phrase gave actor and target, names those two as its only sides: each
// named, not referred to ("the government"), and the second ending the
// phrase, not opening a list ("troops from Ethiopia, the African Union,
// and the UN" are one side's).
func (v *sentenceView) clashBetweenSides(t int, r *eventRule, c *candidate, actor, target *graph.Entity) bool {
	if r.name != "clash" || actor == nil || target == nil || actor == target || !strings.HasSuffix(c.rule, "-between") {
		return false
	}
	for _, e := range []*graph.Entity{actor, target} {
		n := v.mentionOf(e, t, false)
		if n < 0 || v.ms[n].form == formRef || v.ms[n].ent.Kind == graph.Person {
			return false // "between the government and the rebels": too unsure whose; a person's followers fight
		}
		if e == target && v.listGoesOn(v.ms[n].last+1) {
			return false
		}
	}
	return true
}

// listGoesOn reports whether a list of names goes on at k: "and", or a
// comma before another name ("Ethiopia, the African Union"), not a comma
// that closes the phrase ("Hamas, part of the violence").
func (v *sentenceView) listGoesOn(k int) bool {
	toks := v.toks
	if k >= len(toks) {
		return false
	}
	if toks[k].norm == "and" {
		return true
	}
	if toks[k].text != "," {
		return false
	}
	j := k + 1
	if j < len(toks) && toks[j].norm == "and" {
		return true // "Ethiopia, the African Union, and the UN"
	}
	if j < len(toks) && toks[j].norm == "the" {
		j++
	}
	return j < len(toks) && v.at[j] >= 0
}
