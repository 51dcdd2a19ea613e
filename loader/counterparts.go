package loader

import (
	"slices"
	"strings"

	"github.com/geokg/geokg/graph"
)

// This file gives a threat or a deployment that the sentence tells with no
// target the party the story sets against its actor:
//
//	"Coast guards of Estonia detained two Latvian boats on Monday. ...
//	Latvia has since threatened to send its navy."
//
// The threat names no one, but the story has one other side, Estonia;
// ANNOTATION.md's annotators name it as the target, and a graph edge needs
// two ends. The counterpart is read off the events the article tells: the
// party (a person counted as the state he holds office for) that takes part
// in events in the most sentences, with no other party in half as many,
// leaving out the actor's own side and those acting beside it (allies in
// the same role). A story of several comparable parties gives no target.
//
// The reading is narrow because the corpus says so (whole-corpus diffs on
// Wikinews and Reuters):
//   - only threats and deployments of troops: the targets of requests,
//     denials, protests and criticism follow the story's other side far
//     less often ("Blair denied that the memo showed misconduct" answers
//     his critics at home, not Iraq);
//   - only readings merge keeps without a target (optionalTarget): an act
//     of force or a criticism with no target is mostly a misreading that
//     merge rightly leaves out, and a target would bring it back;
//   - only where the sentence leaves the target's slot empty ("threatened
//     to send", "deployed troops"), not where a party it does not name
//     fills it ("threatened newspapers") or a passive hides the doer ("was
//     deployed to Gaza");
//   - only for a state's act, and only a state or a body as counterpart.

// counterpartRule marks, after the rule that read the event, a target
// this file supplied.
const counterpartRule = "+counterpart"

// counterpartMinSentences is how many sentences must show the counterpart
// taking part in an event.
const counterpartMinSentences = 2

// counterparts reads, for one article, which party the story sets
// against an actor.
type counterparts struct {
	a *article
	// cands are the article's readings with an actor, read before any
	// target is filled in.
	cands []*candidate
}

// counterparts returns the article's counterparts over its readings cands.
func (a *article) counterparts(cands []*candidate) *counterparts {
	return &counterparts{a: a, cands: cands}
}

// wantsCounterpart reports whether c is a reading this file gives a
// target: a threat or a deployment of troops, with the target's slot empty.
func wantsCounterpart(c *candidate) bool {
	return c.optionalTarget && c.openTarget && (c.typ == graph.Threaten || c.typ == graph.Mobilize && c.mode == "troops")
}

// party returns the side e stands for: the state a person holds office
// for, else e itself; nil for a place.
func (cp *counterparts) party(e *graph.Entity) *graph.Entity {
	if e.Kind == graph.Location {
		return nil
	}
	if s := cp.a.stateOf(e); s != nil {
		return s
	}
	return e
}

// fill gives c, a reading with an actor and no target, the counterpart of
// its actor, and reports whether it did.
func (cp *counterparts) fill(c *candidate) bool {
	if !wantsCounterpart(c) || !slices.ContainsFunc(c.actors, func(e *graph.Entity) bool {
		return e.Kind == graph.Country || cp.a.stateOf(e) != nil
	}) {
		return false
	}
	ownSide := func(e *graph.Entity) bool {
		return slices.ContainsFunc(c.actors, func(o *graph.Entity) bool {
			return o == e || cp.a.sameSide(o, e) || cp.party(o) == e
		})
	}
	type partyIn struct {
		p    *graph.Entity
		sent int
	}
	counted := map[partyIn]bool{}
	sentences := map[*graph.Entity]int{}
	allied := map[*graph.Entity]bool{}
	for _, o := range cp.cands {
		if o == c || len(o.targets) == 0 || strings.HasSuffix(o.rule, counterpartRule) {
			continue
		}
		// A party acting beside the actor in an act not aimed at the
		// actor's side (not a two-sided clash) is an ally.
		beside := slices.ContainsFunc(o.actors, ownSide) && !slices.ContainsFunc(o.targets, ownSide) && !o.pair
		for _, es := range [2][]*graph.Entity{o.actors, o.targets} {
			for _, e := range es {
				p := cp.party(e)
				if p == nil || ownSide(e) || ownSide(p) {
					continue
				}
				if k := (partyIn{p, o.sent.index}); !counted[k] {
					counted[k] = true
					sentences[p]++
				}
				if beside && slices.Contains(o.actors, e) {
					allied[p] = true
				}
			}
		}
	}
	var best *graph.Entity
	bestN, second := 0, 0
	for p, n := range sentences {
		if allied[p] || p.Kind == graph.Person {
			continue
		}
		// A tie for the lead leaves second equal to bestN, whichever
		// party map order gives first.
		switch {
		case n > bestN:
			best, bestN, second = p, n, bestN
		case n > second:
			second = n
		}
	}
	if best == nil || bestN < counterpartMinSentences || bestN < 2*second {
		return false
	}
	c.targets = []*graph.Entity{best}
	c.rule += counterpartRule
	c.confidence = max(0.3, c.confidence-0.2) // the sentence does not name it
	return true
}

// markOpenTargets notes, on each reading of found without a target,
// whether the sentence leaves the target's slot empty (see openSlotAfter).
func markOpenTargets(toks []token, found []*candidate) {
	for _, c := range found {
		if len(c.targets) == 0 && c.trigger >= 0 && c.trigger < len(toks) {
			c.openTarget = openSlotAfter(toks, c)
		}
	}
}

// openSlotAfter reports whether the trigger of c leaves its target's slot
// empty: a noun ("Georgia's mobilisation"); a verb followed by an
// infinitive, a "that" clause, a gerund, a preposition or nothing
// ("threatened to send warships"); or one whose object is the force moved
// ("deployed troops"). A verb whose object is a noun phrase naming no party
// ("threatened newspapers") has its target, unnamed; a passive ("was
// deployed to Gaza") hides who acts.
func openSlotAfter(toks []token, c *candidate) bool {
	t := c.trigger
	if c.noun {
		return true
	}
	if passiveBe(toks, t) >= 0 {
		return false
	}
	k := t + 1
	for k < len(toks) && (lyAdverb(toks[k].norm) || toks[k].norm == "again" || toks[k].norm == "also") {
		k++
	}
	if k >= len(toks) || toks[k].punct {
		return true
	}
	switch w := toks[k].norm; {
	case w == "to" || w == "that" || strings.HasSuffix(w, "ing"):
		return true
	case c.typ == graph.Mobilize:
		return true // the object is the force
	case w == "on" || w == "upon":
		return false // "called on his followers"
	default:
		return prepositions[w]
	}
}
