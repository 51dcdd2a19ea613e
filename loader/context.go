package loader

import (
	"github.com/geokg/geokg/graph"
	"slices"
)

// This file reads the other party of a verbal event from the joint
// activity its object names: "North Korea is willing to rejoin the talks"
// agrees with whoever the talks are with; "Ethiopia rejected the border
// ruling" rejects the party it disputes the border with. The activity is
// one the article has already reported with its parties, so its
// counterpart is the event's target.

// activityMemory is how many sentences back a joint activity named by
// "the talks" or "the border" is still the one the article reported.
const activityMemory = 4

// activityKind says which earlier events a noun naming a joint activity
// or an object of dispute can stand for.
type activityKind struct {
	// types are the event types that report the activity; empty means
	// any event between two states (a border is disputed by whatever
	// two states the article last had act on each other).
	types []graph.EventType
	// lemma keys the activity among the acts the article named with their
	// parties (see authoredNoun); it matches no referring noun's lemma.
	lemma string
}

var (
	talksActivity    = activityKind{types: []graph.EventType{graph.Consult}, lemma: "activity:talks"}
	dealActivity     = activityKind{types: []graph.EventType{graph.Agree, graph.Support}, lemma: "activity:deal"}
	disputedActivity = activityKind{lemma: "activity:border"}
)

// activityNouns are the heads of a definite object that names a joint
// activity or an object of dispute between two parties.
var activityNouns = map[string]activityKind{
	"talks": talksActivity, "negotiations": talksActivity, "meeting": talksActivity, "summit": talksActivity,
	"dialogue": talksActivity, "discussions": talksActivity,
	"agreement": dealActivity, "deal": dealActivity, "accord": dealActivity, "ceasefire": dealActivity, "truce": dealActivity,
	"border": disputedActivity, "boundary": disputedActivity, "frontier": disputedActivity,
}

// contextTypes are the verbal events whose other party an activity named
// as their object may give.
var contextTypes = map[graph.EventType]bool{graph.Request: true, graph.Agree: true, graph.Reject: true, graph.Concede: true, graph.Accuse: true}

// directionPrepositions open a phrase of place or direction: "the
// border" after them is where something happens, not what the verb is
// about ("demanded they return across the border").
var directionPrepositions = map[string]bool{"along": true, "on": true, "through": true, "within": true, "beyond": true,
	"towards": true, "toward": true, "behind": true, "up": true, "down": true}

// activityObject returns the head of a definite noun phrase naming a
// joint activity that the verb at t governs ("rejoin the talks", "to the
// ceasefire", "the marking of the boundary"), or -1. Only a few plain
// words may stand between the verb and the phrase; a name anywhere on
// the way means the sentence names the party itself.
func (v *sentenceView) activityObject(t int) int {
	toks := v.toks
	for k := t + 1; k < len(toks) && k <= t+6; k++ {
		u := toks[k]
		if u.punct || u.upper || v.at[k] >= 0 || clauseWords[u.norm] || placePrepositions[u.norm] || directionPrepositions[u.norm] || subjectPronouns[u.norm] {
			return -1 // a place, or another clause, comes first
		}
		if u.norm != "the" {
			continue
		}
		h := k + 1
		if h+1 < len(toks) && !isActivityNoun(toks[h].norm) && isActivityNoun(toks[h+1].norm) {
			h++ // "the border dispute" reads as "the border"; "the peace talks"
		}
		if h < len(toks) && isActivityNoun(toks[h].norm) {
			if h+1 < len(toks) && (toks[h+1].norm == "between" || toks[h+1].norm == "with" || authorPrepositions[toks[h+1].norm]) {
				return -1 // "the talks with Iran", "the deal between X and Y": named here
			}
			return h
		}
	}
	return -1
}

// isActivityNoun reports a noun that names a joint activity.
func isActivityNoun(w string) bool {
	_, ok := activityNouns[w]
	return ok
}

// activityCounterpart returns, for a verb at t whose actor is named but
// whose target is not, the other party of the joint activity its object
// names: the one party other than the actor's side of the one earlier
// event of that activity, in this sentence or the few before, that the
// actor's side took part in. Nil when none or several fit.
func (a *article) activityCounterpart(v *sentenceView, t int, r *eventRule, actor *graph.Entity) *graph.Entity {
	if !contextTypes[r.typ] {
		return nil
	}
	h := v.activityObject(t)
	if h < 0 {
		return nil
	}
	kind := activityNouns[v.toks[h].norm]
	var counterpart *graph.Entity
	ambiguous := false
	consider := func(other *graph.Entity) {
		switch {
		case other == nil:
		case counterpart != nil && !a.sameSide(counterpart, other):
			ambiguous = true // two activities with different parties: which one is meant is unclear
		case counterpart == nil || counterpart.Kind != graph.Country && other.Kind == graph.Country:
			counterpart = other
		}
	}
	for i := len(a.found) - 1; i >= 0 && a.found[i].sent.index >= a.cur-activityMemory; i-- {
		c := a.found[i]
		if c.status != graph.Denied && len(c.actors) > 0 && len(c.targets) > 0 && kind.fits(c) {
			consider(a.otherSide(c.actors, c.targets, actor))
		}
	}
	for _, n := range a.authoredNouns(v, slices.Clip(a.authored), t) {
		if n.lemma == kind.lemma && n.sent >= a.cur-activityMemory {
			consider(a.otherParty(append([]*graph.Entity{n.author}, n.with...), actor))
		}
	}
	if ambiguous {
		return nil
	}
	return counterpart
}

// activityParties returns the parties a joint activity at k is said to be
// between ("talks between Iran and the EU", "the border (between X, Y
// and Z)"), at least two, or nil.
func (v *sentenceView) activityParties(k int) []*graph.Entity {
	toks := v.toks
	j := k + 1
	if j < len(toks) && toks[j].text == "(" {
		j++
	}
	if j >= len(toks) || toks[j].norm != "between" {
		return nil
	}
	var parties []*graph.Entity
	for j++; j < len(toks) && j <= k+maxArgGap; j++ {
		if n := v.at[j]; n >= 0 {
			if m := v.ms[n]; usable(m) && !slices.Contains(parties, m.ent) {
				parties = append(parties, m.ent)
			}
			j = v.ms[n].last
			continue
		}
		u := toks[j]
		if u.text == "," || u.norm == "and" || u.norm == "the" || u.norm == "both" {
			continue
		}
		if u.punct || clauseWords[u.norm] {
			break
		}
	}
	if len(parties) < 2 {
		return nil
	}
	if n := v.prev(k); n >= 0 && k-v.ms[n].last <= 8 && !slices.Contains(parties, v.ms[n].ent) {
		parties = append(parties, v.ms[n].ent) // "X walked out of talks between ...": X takes part too
	}
	return parties
}

// otherParty returns the first of an activity's parties not on actor's
// side, when actor's side is one of them, else nil.
func (a *article) otherParty(parties []*graph.Entity, actor *graph.Entity) *graph.Entity {
	var other *graph.Entity
	in := false
	for _, p := range parties {
		if a.sameSide(p, actor) {
			in = true
		} else if other == nil {
			other = p
		}
	}
	if !in {
		return nil
	}
	return other
}

// fits reports whether the earlier event c can be the activity.
func (k activityKind) fits(c *candidate) bool {
	if k.types == nil {
		p, q := c.actors[0], c.targets[0]
		return p.Kind == graph.Country && q.Kind == graph.Country
	}
	for _, t := range k.types {
		if c.typ == t {
			return true
		}
	}
	return false
}

// otherSide returns the first party on the side other than actor's, when
// actor's side is one of the two sides, else nil.
func (a *article) otherSide(actors, targets []*graph.Entity, actor *graph.Entity) *graph.Entity {
	onSide := func(es []*graph.Entity) bool {
		for _, e := range es {
			if a.sameSide(e, actor) {
				return true
			}
		}
		return false
	}
	switch {
	case onSide(actors) && !onSide(targets):
		return targets[0]
	case onSide(targets) && !onSide(actors):
		return actors[0]
	}
	return nil
}
