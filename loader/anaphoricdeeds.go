package loader

import (
	"github.com/geokg/geokg/graph"
)

// This file lets a wide deed noun ("the move", "the decision", "the
// action", "the measure") refer back to a deed the article told as an
// event in the few sentences before, and widens the verbs whose subject
// does a deed such a noun names:
//
//	"Venezuela recalled its ambassador from Colombia. Colombia criticised
//	the decision."
//	"Israel agreed to release 90 prisoners. Abbas welcomed the measure."
//	"Egypt allowed 2,000 pilgrims through the crossing. Hamas praised the move."
//
// deeds.go resolves "the move" only to a deed named with its doer by a verb
// of its lists; a deed the extractor read as an event of its own (a
// recall, an expulsion, a deployment, a release, aid given) is told with
// its doer too, the event's actor. The nearest earlier sentence that tells
// such deeds gives the doer; doers of two sides there leave the phrase
// unresolved (anaphora.go's oneParty). A deed of the reacting party's own
// side is passed over: "the US hopes to withdraw troops ... the US opposed
// the move" opposes someone else's move.

// deedEventTypes are the events that are deeds a later "the move" may name:
// acts one party does (a sanction, a seizure or expulsion, a deployment, a
// release or withdrawal, aid given), not words said, talks held nor
// attacks, whose doer is often a guess (see referentNouns).
var deedEventTypes = map[graph.EventType]bool{
	graph.Sanction: true, graph.Coerce: true, graph.Mobilize: true, graph.Retreat: true, graph.Aid: true,
}

// recentDeedDoers returns the actors of the deeds told as events by a verb
// in the nearest of the few sentences before the current one that tells
// any, leaving out deeds of actor's side: a wide deed noun refers to the
// latest deed, not to one told further back.
func (a *article) recentDeedDoers(actor *graph.Entity) []*graph.Entity {
	var doers []*graph.Entity
	sent := -1
	for i := len(a.found) - 1; i >= 0 && a.found[i].sent.index >= a.cur-referentMemory; i-- {
		o := a.found[i]
		if o.sent.index >= a.cur || !deedEventTypes[o.typ] || o.noun || o.status == graph.Denied || len(o.actors) == 0 {
			continue
		}
		if actor != nil && a.sameSide(o.actors[0], actor) {
			continue
		}
		if sent >= 0 && o.sent.index != sent {
			break
		}
		sent = o.sent.index
		doers = append(doers, o.actors[0])
	}
	return doers
}

// moveVerbs are verb forms whose subject does a deed a later "the move" or
// "the decision" names, beside those of deeds.go: "Egypt allowed the
// pilgrims through ... Hamas praised the move".
var moveVerbs = []string{
	"allowed", "resumed", "introduced", "abolished", "adopted", "ended", "dropped", "reversed", "imposed", "withdrew",
	"released", "deployed", "sent", "recalled", "expelled", "banned", "revoked", "approved", "nationalised",
	"nationalized", "accepted", "cut",
}

func init() {
	for _, w := range moveVerbs {
		if _, ok := authoringVerbs[w]; !ok {
			authoringVerbs[w] = "move"
		}
	}
	// "The Israeli government agreed to release ... Abbas welcomed the
	// measure": a measure is as wide a deed as a move.
	wideDeeds["measure"] = true
}
