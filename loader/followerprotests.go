package loader

import (
	"slices"

	"github.com/geokg/geokg/graph"
)

// This file reads protests whose subject is the followers of a named
// person: "supporters of the detained leader X held a march in Yangon", "X
// supporters protested in Lisala", "X's supporters rallied". The leader
// does not march: a crowd of his followers does, and ANNOTATION.md makes
// unnamed citizens who protest stand for their country. kinsubjects.go
// lets such a protest stand with the leader as its actor; here the actor
// becomes the country of the crowd: the country of the place the protest
// is in, else the leader's own (his followers are his compatriots far
// more often than not).

// followerNouns are the people who follow a leader, among kinNouns.
var followerNouns = map[string]bool{"supporters": true, "followers": true, "loyalists": true, "partisans": true}

// readFollowerProtests gives the protests the sentence toks (with mentions
// ms) added to a.found from index from on, whose first actor is a person
// named only as the owner of his followers, the country of the crowd; one
// with no country to give is dropped.
func (a *article) readFollowerProtests(toks []token, ms []mention, from int) {
	a.dropFound(from, func(c *candidate) bool {
		if c.typ != graph.Protest || !followerSubject(toks, ms, c) {
			return false
		}
		country := a.countryOf(c.location)
		if country == nil {
			country = a.citizenOf(c.actors[0])
		}
		if country == nil {
			return true
		}
		c.actors = []*graph.Entity{country}
		c.targets = slices.DeleteFunc(c.targets, func(e *graph.Entity) bool { return e == country })
		c.rule += "-followers"
		return false
	})
}

// followerSubject reports a candidate whose first actor, a person, is
// named before the trigger only as the owner of a noun of following
// ("supporters of X", "X supporters", "X's followers") whose phrase ends
// within kinReach of it.
func followerSubject(toks []token, ms []mention, c *candidate) bool {
	return ownerOnlySubject(toks, ms, c, func(k, end, t int) bool {
		// "supporters of the detained leader X held a march": the subject ends with the name
		return followerNouns[toks[k].norm] && t-end-asideLength(toks, end+1, t) <= kinReach
	})
}

// citizenOf returns the country a person belongs to, or nil.
func (a *article) citizenOf(p *graph.Entity) *graph.Entity {
	if p.Country == "" {
		return nil
	}
	if e, ok := a.entities[p.Country]; ok && e.Kind == graph.Country {
		return e
	}
	if g := a.x.gaz.byCountry(p.Country); g != nil {
		return a.entity(g)
	}
	return nil
}
