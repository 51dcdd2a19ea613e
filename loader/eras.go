package loader

import (
	"time"

	"github.com/geokg/geokg/graph"
)

// This file reads an acronym by the time the article was written, where the
// thing it names changed: "the EC" of 1987 wire copy is the European
// Community ("EC farm ministers agreed", "the EC condemned"), while after
// the Maastricht Treaty news writes "EC" for the European Commission and
// the Community is the European Union. The gazetteer gives the later
// reading; an article published before the change takes the earlier one.
// An article with no publication date keeps the later reading.

// eraAcronym is an acronym whose bearer changed on a date.
type eraAcronym struct {
	// norm is the acronym's folded form ("ec").
	norm string
	// later is the ID of the entity the gazetteer gives it.
	later string
	// earlier is the name of the organisation it named before until.
	earlier string
	// until is the day the later reading took over.
	until time.Time
	// ownName lists the words, right after the acronym or one word later,
	// that name the later bearer in any era: "the EC Commission" and "EC
	// Farm Commissioner Andriessen" are the Commission's in 1987 too.
	ownName map[string]bool
}

// eraAcronyms lists the acronyms read by date.
var eraAcronyms = []eraAcronym{{
	norm: "ec", later: graph.EntityID(graph.Organization, "European Commission"), earlier: "European Community",
	until:   time.Date(1993, time.November, 1, 0, 0, 0, 0, time.UTC), // the Maastricht Treaty in force
	ownName: map[string]bool{"commission": true, "commissioner": true, "commissioners": true, "executive": true},
}}

// eraBearer returns the organisation a mention candidate starting with an
// era acronym names when the article was published, and whether it differs
// from the gazetteer's.
func (a *article) eraBearer(toks []token, c candidateMention) (*graph.Entity, bool) {
	if !a.hasPub || c.ent == nil || !toks[c.first].caps {
		return nil, false
	}
	for _, e := range eraAcronyms {
		if toks[c.first].norm != e.norm || c.ent.ID != e.later || !a.pub.Before(e.until) {
			continue
		}
		for k := c.first + 1; k < len(toks) && k <= c.first+2; k++ {
			if e.ownName[toks[k].norm] {
				return nil, false // "the EC Commission", "EC Farm Commissioner Frans Andriessen"
			}
		}
		if org := a.x.gaz.orgByID[graph.EntityID(graph.Organization, e.earlier)]; org != nil {
			return org, true
		}
	}
	return nil, false
}
