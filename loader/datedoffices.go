package loader

import (
	"slices"

	"github.com/geokg/geokg/graph"
)

// This file fits the gazetteer's dated offices of a person to the day an
// article speaks of. The gazetteer lists, for the heads of government and
// the finance, trade and foreign ministers of the large economies, every
// office with its tenure ("Jacques Chirac": Prime Minister 1986-1988,
// President 1995-2007), so that wire copy of 1987 reads "Zhao said China
// should ..." as the Premier speaking of his own state (no request between
// parties, see selfloops.go), and the entity list shows the office the
// person held on the day.

// heldOfficesFirst orders the article's copy of person p so that the
// offices held at publication come first: its first role is the one the
// entity list shows.
func (a *article) heldOfficesFirst(p *graph.Entity) {
	if p.Kind != graph.Person || len(p.Roles) < 2 {
		return
	}
	slices.SortStableFunc(p.Roles, func(x, y graph.Role) int {
		hx, hy := a.heldAtPublication(p, x), a.heldAtPublication(p, y)
		switch {
		case hx && !hy:
			return -1
		case hy && !hx:
			return 1
		}
		return 0
	})
}
