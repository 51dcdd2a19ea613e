package loader

import "github.com/geokg/geokg/graph"

// The status cue after an event noun ("the deployment was expected to
// ...", "the attacks would ...") scopes over the predicate that follows
// it, and that predicate can tell a different story from the cue alone:
//
//   - "the deployment was expected to end in June": only the end is to
//     come; the deployment itself is under way, so it is reported.
//   - "the attacks would likely be global": a forecast hedged by
//     "likely", "probably", "possibly" is a guess, not a plan, so the
//     attacks are speculated.
//
// "the deployment is expected to begin next month" and "the visit will
// take place" stay planned.

// nounPredicateReach bounds how far after the event noun its predicate's
// auxiliary may stand ("the Australian deployment in southern Iraq was").
const nounPredicateReach = 6

// forecastHedges soften a forecast into a guess: "would likely be".
var forecastHedges = map[string]bool{"likely": true, "probably": true, "possibly": true, "perhaps": true, "maybe": true}

// endingVerbs end something already under way: "is expected to end".
var endingVerbs = map[string]bool{"end": true, "finish": true, "conclude": true, "expire": true, "wind": true, "cease": true}

// predicateSchedules, after a form of "be", put the infinitive that
// follows in the future: "is expected to", "is due to".
var predicateSchedules = map[string]bool{"expected": true, "set": true, "due": true, "scheduled": true, "slated": true,
	"likely": true, "planned": true, "going": true}

// scopedNounStatus revises the planned status of the event noun at t
// from the predicate whose subject the noun heads: see the file comment.
func scopedNounStatus(toks []token, t int, status graph.Status) graph.Status {
	if status != graph.Planned {
		return status
	}
	switch ending, hedged := nounPredicate(toks, t); {
	case ending:
		return graph.Reported // "the deployment was expected to end in June"
	case hedged:
		return graph.Speculated // "the attacks would likely be global"
	}
	return status
}

// endingPredicate reports whether the event noun at t is the subject of a
// verb that ends it: the act is under way, and a future date in the
// sentence is its end's, not its own.
func endingPredicate(toks []token, t int) bool {
	ending, _ := nounPredicate(toks, t)
	return ending
}

// nounPredicate reads the predicate after the event noun at t: whether it
// ends the act ("was expected to end", "will probably end") and whether a
// modal forecast is hedged ("would likely be").
func nounPredicate(toks []token, t int) (ending, hedged bool) {
	aux := -1
	for k := t + 1; k < len(toks) && k <= t+nounPredicateReach; k++ {
		tk := toks[k]
		if tk.punct {
			return false, false
		}
		if beForms[tk.norm] || tk.norm == "will" || tk.norm == "would" {
			aux = k
			break
		}
	}
	if aux < 0 {
		return false, false
	}
	j := aux + 1
	for j < len(toks) && forecastHedges[toks[j].norm] {
		j, hedged = j+1, true
	}
	be := beForms[toks[aux].norm]
	if be && j+1 < len(toks) && predicateSchedules[toks[j].norm] && toks[j+1].norm == "to" {
		j += 2
	}
	ending = j < len(toks) && endingVerbs[toks[j].norm]
	return ending, hedged && !be && !ending
}
