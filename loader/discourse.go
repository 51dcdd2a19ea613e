package loader

import (
	"slices"

	"github.com/geokg/geokg/graph"
)

// personCollectives are plural nouns that, counted ("the two leaders",
// "both presidents"), stand for the two people of an earlier encounter.
var personCollectives = map[string]bool{"leaders": true, "presidents": true, "ministers": true, "counterparts": true, "men": true, "premiers": true}

// collectiveParties resolves a collective subject at toks[k] ("the two
// leaders", "both sides", "the two countries", "their") to the two
// parties it stands for, or nil. Counted state nouns are the two countries
// last named together, else those of the last event between two
// countries; counted person nouns are the parties of the last encounter of
// this type, else of the last event between two people or the last two
// named together, whichever is more recent; "sides" and
// "parties" take the last encounter, else the two countries, else the
// last event between any two parties of one kind. The pronouns ("they",
// "their", "both") take only the last encounter of this type: they too
// often stand for some other group.
func (a *article) collectiveParties(toks []token, k int, typ graph.EventType) (x, y *graph.Entity, how string) {
	w := toks[k].norm
	if stateCollectives[w] {
		if a.lastTwo[0] != nil {
			return a.lastTwo[0], a.lastTwo[1], "-two-countries"
		}
		if x, y, _ := a.recentDyad(graph.Country); x != nil {
			return x, y, "-two-countries"
		}
		if x, y := a.leadingPair(); x != nil && (k > 0 && (toks[k-1].norm == "two" || toks[k-1].norm == "both") || len(a.countryCount) == 2) {
			// counted, or in an article that has named two countries
			// only: "the countries" and "the nations" as often stand
			// for a longer list
			return x, y, "-leading-pair"
		}
		return nil, nil, ""
	}
	if last := a.lastPair(typ); last != nil {
		return last.actors[0], first(last.targets), "-anaphor"
	}
	switch {
	case personCollectives[w]:
		x, y, at := a.recentDyad(graph.Person)
		if a.lastTwoPeople[0] != nil && a.lastTwoPeopleAt >= a.cur-dyadReach && (x == nil || a.lastTwoPeopleAt >= at) {
			x, y = a.lastTwoPeople[0], a.lastTwoPeople[1]
		}
		if x != nil {
			return x, y, "-two-people"
		}
	case w == "sides" || w == "parties":
		if a.lastTwo[0] != nil {
			return a.lastTwo[0], a.lastTwo[1], "-two-countries"
		}
		if x, y, _ := a.recentDyad(""); x != nil {
			return x, y, "-two-sides"
		}
	}
	return nil, nil, ""
}

// dyadReach is how many sentences back an event's parties stay the ones
// "the two leaders" or "both sides" most likely mean; further back, other
// parties have usually come between.
const dyadReach = 2

// recentDyad returns the actor and target of the last event found, in this
// sentence or the dyadReach before, between two distinct parties of kind
// (of one kind, when kind is empty), and the index of the sentence
// stating it.
func (a *article) recentDyad(kind graph.EntityKind) (x, y *graph.Entity, at int) {
	for i := len(a.found) - 1; i >= 0 && a.found[i].sent.index >= a.cur-dyadReach; i-- {
		c := a.found[i]
		if len(c.actors) == 0 || len(c.targets) == 0 {
			continue
		}
		p, q := c.actors[0], c.targets[0]
		if p == q || p.Kind != q.Kind || (kind != "" && p.Kind != kind) {
			continue
		}
		return p, q, c.sent.index
	}
	return nil, nil, -1
}

// countedCollective reports whether toks[k] is a counted plural noun
// standing for two parties ("the two leaders", "both sides"), not a
// pronoun.
func countedCollective(toks []token, k int) bool {
	switch toks[k].norm {
	case "they", "their", "both":
		return false
	}
	return collective(toks, k)
}

// collectiveSubject returns the index of a counted collective that is the
// subject of the verb at t ("the two leaders have also spoken", "both
// sides lauded"), or -1: only auxiliaries and adverbs may stand between.
func collectiveSubject(toks []token, t int) int {
	j := skipTimeAdverbs(toks, t-1)
	for j >= 0 && auxiliaries[toks[j].norm] {
		j--
	}
	if j >= 0 && countedCollective(toks, j) {
		return j
	}
	return -1
}

// reciprocal reports "each other" or "one another" within a few words
// after t: an act both parties do to each other.
func reciprocal(toks []token, t int) bool {
	for k := t + 1; k+1 < len(toks) && k <= t+4; k++ {
		if (toks[k].norm == "each" && toks[k+1].norm == "other") || (toks[k].norm == "one" && toks[k+1].norm == "another") {
			return true
		}
		if toks[k].punct {
			return false
		}
	}
	return false
}

// collectiveArguments gives a one-sided event whose subject is a counted
// collective ("both sides praised the ruling", "the two governments
// condemned the attack") both parties as actors; "each other" makes them
// the targets too, else a direct object is the target.
func (a *article) collectiveArguments(v *sentenceView, t int, r *eventRule, c *candidate) (actors, targets []*graph.Entity) {
	var x, y *graph.Entity
	var how string
	if k := collectiveSubject(v.toks, t); k >= 0 {
		x, y, how = a.collectiveParties(v.toks, k, r.typ)
	} else if x, y = a.openingPair(v, t); x != nil {
		how = "-opening-pair" // "Russia and China met. They condemned ..." (pronouns.go)
	}
	if x == nil || y == nil || x == y {
		return nil, nil
	}
	c.rule += how
	c.confidence = 0.5
	actors = []*graph.Entity{x, y}
	switch {
	case reciprocal(v.toks, t):
		targets = slices.Clone(actors)
	case r.direct:
		if n := v.directObject(t); n >= 0 && v.ms[n].ent != x && v.ms[n].ent != y {
			targets = []*graph.Entity{v.ms[n].ent}
		}
	}
	return actors, targets
}

// notePeoplePair records two people named together, "X and Y" with at
// most titles between ("Singh and President Pervez Musharraf"), for "the
// two leaders" later.
func (a *article) notePeoplePair(toks []token, ms []mention) {
	qualifier := make([]bool, len(toks)) // tokens of a demonym or country qualifying a title
	for _, m := range ms {
		if m.modifier {
			for k := m.first; k <= m.last; k++ {
				qualifier[k] = true
			}
		}
	}
	var p *mention
	for n := range ms {
		q := &ms[n]
		if q.ent.Kind != graph.Person || q.place || q.modifier {
			continue
		}
		if p != nil && p.ent != q.ent && q.first-p.last <= 6 && toks[p.last+1].norm == "and" {
			titled := true
			for k := p.last + 2; k < q.first; k++ {
				u := toks[k]
				titled = titled && !u.punct && (qualifier[k] || isTitleWord(u.norm) || titles[u.norm] != "" || u.norm == "the" || u.norm == "his" || u.norm == "her")
			}
			if titled {
				a.lastTwoPeople, a.lastTwoPeopleAt = [2]*graph.Entity{p.ent, q.ent}, a.cur
			}
		}
		p = q
	}
}

// betweenCollective resolves "between the two sides" (or "the two
// countries", "both leaders") after the preposition at b, for an encounter
// of equals. Only "two" or "both" sides or leaders are read: a qualified
// or coordinated collective ("between the leaders of our two parties",
// "between the parties and the premiers") names others, and, but for
// talks, "between the (two) countries" proved too often to mean a pair
// other than the last two named together ("violated agreements between
// the two countries"); talks or messages "between the two countries" are
// those of the pair the article is about.
func (a *article) betweenCollective(toks []token, b int, r *eventRule) (x, y *graph.Entity, how string) {
	if !r.pair {
		return nil, nil, ""
	}
	for k := b + 2; k < len(toks) && k <= b+3; k++ {
		if countedCollective(toks, k) {
			if k+1 < len(toks) && (toks[k+1].norm == "of" || toks[k+1].norm == "and") || toks[k-1].norm != "two" && toks[k-1].norm != "both" || stateCollectives[toks[k].norm] && r.typ != graph.Consult {
				break // "between the parties and the premiers", "between the countries"
			}
			x, y, how = a.collectiveParties(toks, k, r.typ)
			if x != nil && stateCollectives[toks[k].norm] && !a.pairHeldSince(x, y) {
				return nil, nil, ""
			}
			return x, y, how
		}
	}
	return nil, nil, ""
}
