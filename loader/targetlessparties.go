package loader

// The parties of events read without a target. Extract leaves out an
// event whose target it cannot find ("Russia condemned the blasts",
// "Hamas has vowed to avenge the killings", "the US-led invasion"): an
// edge needs two ends. The party that acted still takes part in an event
// the article states, and the gold lists such parties as entities, so the
// extraction lists them, without the event. A reading with no target is
// weaker evidence than one with both ends, so only a confident reading
// lists its actors, and only actors the gazetteer knows: names found by
// the rules for unknown names in a weak reading were often wrong ("All
// Senate" from "All Senate Democrats oppose the ban").

// targetlessListing is the least confidence of a targetless reading whose
// actors are listed. Rules below it are the fallbacks (pronoun subjects,
// clause subjects, lexicon readings at a distance), wrong about the actor
// about half the time in a sample of Wikinews.
const targetlessListing = 0.5

// noteTargetlessParties remembers the actors of c, a reading merge leaves
// out for want of a target, when c is confident and every actor is in
// the gazetteer.
func (a *article) noteTargetlessParties(c *candidate) {
	if c.confidence < targetlessListing {
		return
	}
	for _, e := range c.actors {
		if a.x.gaz.resolve(e.Name) == nil {
			return
		}
	}
	a.targetlessParties = append(a.targetlessParties, c.actors...)
}
