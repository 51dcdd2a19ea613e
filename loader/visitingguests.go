package loader

import "github.com/geokg/geokg/graph"

// This file reads "visiting" as an adjective before a guest's name: "Deng
// Xiaoping told visiting U.S. Secretary of State George Shultz", "a
// photocall with visiting Prime Minister John Howard", "visiting U.S.
// Agriculture Secretary Richard Lyng told a press conference". The one
// named after "visiting" is the visitor and the host is the other party,
// which the verb's reading of "visiting X" as a journey to X inverts. As a
// verb, "visiting" keeps its reading: "he was visiting New York", "before
// visiting Agriculture Secretary Richard Lyng", "Maharaz, visiting
// Ottawa".

// guestLeads are the words before an adjectival "visiting": a verb of
// telling or meeting whose object is the guest, a preposition or a
// determiner.
var guestLeads = map[string]bool{
	"told": true, "tell": true, "tells": true, "telling": true, "with": true, "met": true, "meet": true,
	"meets": true, "meeting": true, "for": true, "the": true, "a": true, "to": true, "greeted": true,
	"welcomed": true, "received": true, "receives": true, "hosted": true, "of": true, "by": true, "between": true,
}

// swapVisitingGuests turns, among the candidates the sentence toks added
// from index from on, the visits read from an adjectival "visiting" so
// that the guest named after it is the visitor.
func (a *article) swapVisitingGuests(toks []token, from int) {
	for _, c := range a.found[from:] {
		t := c.trigger
		if c.typ != graph.Consult || c.noun || t < 1 || t+1 >= len(toks) || toks[t].norm != "visiting" {
			continue
		}
		if !guestLeads[toks[t-1].norm] || !toks[t+1].upper || len(c.actors) == 0 || len(c.targets) == 0 {
			continue
		}
		c.actors, c.targets = c.targets, c.actors
	}
}
