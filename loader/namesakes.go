package loader

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// This file chooses between namesakes. The gazetteer lets a few surnames
// name their best-known bearer anywhere ("Stoltenberg" is Jens
// Stoltenberg, NATO's Secretary General from 2014), but wire copy of 1987
// means by "Stoltenberg" Gerhard Stoltenberg, West Germany's finance
// minister, whose surname the gazetteer resolves only after his full
// name. Where the bearer a form names anywhere held none of his dated
// offices yet on the day of publication, the form names instead the
// person the article named in full with it, or else the one of its other
// bearers who held office that day.

// namesake returns the person a gazetteer phrase spanning toks[first..last]
// names in this article: e, unless e is a person who held none of his
// offices yet at publication and the span is a short form of another
// person who did, or whom the article named in full.
func (a *article) namesake(toks []token, first, last int, e *graph.Entity) *graph.Entity {
	if e.Kind != graph.Person || len(e.Roles) == 0 || !a.hasPub || !a.beforeAllOffices(e) {
		return e
	}
	words := make([]string, 0, last-first+1)
	for k := first; k <= last; k++ {
		words = append(words, toks[k].norm)
	}
	key := strings.Join(words, " ")
	if key == nameKey(e.Name) {
		return e // his full name: whatever the day, it is he
	}
	if q := a.shorts[key]; q != nil && q.Kind == graph.Person && q.ID != e.ID {
		return q // "Stoltenberg" after "Gerhard Stoltenberg"
	}
	for _, q := range a.x.gaz.peopleByShort[key] {
		if q.ID == e.ID {
			continue
		}
		for _, r := range q.Roles {
			if a.heldAtPublication(q, r) {
				return q // "Stoltenberg" in 1987, the finance minister of the day
			}
		}
	}
	return e
}

// beforeAllOffices reports a person every one of whose dated offices began
// after publication.
func (a *article) beforeAllOffices(e *graph.Entity) bool {
	pub := a.pub.Format("2006-01-02")
	for _, r := range e.Roles {
		if r.Since == "" || r.Since <= pub {
			return false
		}
	}
	return true
}
