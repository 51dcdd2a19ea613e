package loader

import (
	"slices"

	"github.com/geokg/geokg/graph"
)

// An event noun in an adverbial of occasion ("during his meeting with X",
// "at the summit", "on the sidelines of talks with Y", "after a meeting
// with Z") names the setting of the clause's act, so its status is that
// act's, not the status a plan word earlier in the clause gives the act's
// infinitive. "Chen pledged to develop relations during his meeting with
// Soong": the pledge was made at the meeting, which therefore happened,
// on the pledge's date; only the relations are ahead. The same holds for
// a past passive of proposing ("the fund was proposed by X during a trip
// to the United States"). A fronted or parenthetical occasion ("During
// his trip, X will meet Y", "X, during a visit to Japan later this
// month, will demand") is as far ahead as the main clause after it, and
// the occasion of an act still hoped for or wanted is planned ("hopes to
// sign the deal during his visit", "wants to discuss trade at his meeting
// with X on Friday"). An infinitive a past commitment governs does not
// take the occasion after the opener as its object (fates.go's
// committedNoun, status.go's infinitiveSupport, complements.go's
// complementBoundary), and only an open plan's infinitive makes it a
// purpose undated by the clause's cue (datecues.go's nounInPurpose). An undated occasion
// takes the date of the reported act of its sentence that shares an
// actor with it ("signed the deal after a meeting"), unless a span parts
// their times ("two years after the talks"). A request an act was done at
// or answered ("at the request of X", "granted X's request", "accepted
// X's invitation to visit next month") was made, whatever the clause says
// of the act, and no date ahead, nor the time of the act asked for, dates
// it.

// settingOpeners open an adverbial whose object is the occasion of the
// clause's act.
var settingOpeners = map[string]bool{"during": true, "at": true, "after": true, "following": true, "amid": true, "throughout": true}

// occasionFrames are the nouns of the longer openers "on the sidelines of",
// "in the course of", "on the occasion of", "on the margins of".
var occasionFrames = map[string]bool{"sidelines": true, "sideline": true, "course": true, "occasion": true, "margins": true, "margin": true}

// settingReach bounds the words between an opener and the event noun it
// governs: a determiner or possessor and a few modifiers ("during his
// three-day state visit").
const settingReach = 6

// aheadModifiers inside the occasion's own phrase put it ahead whatever
// the clause says: "at an upcoming meeting", "during the planned visit".
var aheadModifiers = map[string]bool{
	"upcoming": true, "forthcoming": true, "coming": true, "planned": true, "proposed": true, "scheduled": true,
	"expected": true, "future": true, "next": true, "impending": true, "prospective": true, "possible": true,
	"potential": true,
}

// pastCommitments are the plan words that, told in the past, are a
// statement made at the occasion after them: "pledged to ... during his
// meeting", "was proposed by X during a trip".
var pastCommitments = map[string]bool{
	"pledged": true, "promised": true, "vowed": true, "proposed": true, "swore": true,
}

// occasionOpening returns the index of the opener whose object the event
// noun at t heads, or -1: "during (his meeting)", "on the sidelines of
// (the summit)". The words between hold no punctuation other than a
// possessive or hyphen, no other preposition and no verb.
func occasionOpening(toks []token, t int) int {
	for k := t - 1; k >= 0 && k >= t-settingReach; k-- {
		tk := toks[k]
		if settingOpeners[tk.norm] {
			return k
		}
		if tk.norm == "of" && k >= 3 && occasionFrames[toks[k-1].norm] && toks[k-2].norm == "the" &&
			(toks[k-3].norm == "on" || toks[k-3].norm == "in") {
			return k - 3
		}
		if tk.punct || prepositions[tk.norm] || tk.norm == "and" || tk.norm == "or" || finiteVerbAt(toks, k) {
			return -1
		}
	}
	return -1
}

// aheadOccasion reports a word in the occasion's phrase, between its
// opener p and the noun t, that puts it ahead ("at an upcoming meeting").
func aheadOccasion(toks []token, p, t int) bool {
	for k := p + 1; k < t; k++ {
		if aheadModifiers[toks[k].norm] {
			return true
		}
	}
	return false
}

// occasionStatus corrects the status of the event noun at t read as an
// occasion: reported where the plan word its clause has is a past
// commitment stated at it, planned where a fronted or parenthetical
// occasion the clause says nothing of precedes a main clause under
// "will", "would" or "shall".
func occasionStatus(toks []token, t int, noun bool, status graph.Status) graph.Status {
	if !noun || status != graph.Planned && status != "" {
		return status
	}
	p := occasionOpening(toks, t)
	if p < 0 || aheadOccasion(toks, p, t) {
		return status
	}
	if status == graph.Planned {
		if committedAt(toks, p) {
			return graph.Reported
		}
		return status
	}
	if setOffOccasion(toks, p) && plannedMainClause(toks, t) || openPlanBefore(toks, p) {
		return graph.Planned
	}
	return status
}

// openPlans govern, in the present, an infinitive whose act is still to
// come: "hopes to sign the deal during his visit", "wants to discuss trade
// at his meeting". Schedule words count after "is" or "are" ("is expected
// to raise the issue during his visit").
var openPlans = map[string]bool{
	"plans": true, "plan": true, "planning": true, "hopes": true, "hope": true, "hoping": true, "wants": true,
	"want": true, "intends": true, "intend": true, "intending": true, "aims": true, "aim": true, "wishes": true,
	"wish": true, "seeks": true, "seek": true, "seeking": true, "prepares": true, "preparing": true,
}

// openPlanBefore reports an infinitive before the opener p, in its clause,
// that an open plan governs: the occasion of a planned act is planned.
func openPlanBefore(toks []token, p int) bool {
	for k := p - 1; k >= 1 && k >= p-statusWindow; k-- {
		tk := toks[k]
		if tk.punct || clauseBreak(tk) || settingOpeners[tk.norm] {
			return false
		}
		if tk.norm == "to" {
			return openPlanGovernor(toks, k)
		}
	}
	return false
}

// openPlanGovernor reports an open plan governing the infinitive whose
// "to" is at k: "hopes to", "is expected to".
func openPlanGovernor(toks []token, k int) bool {
	if k < 1 {
		return false
	}
	g := toks[k-1].norm
	return openPlans[g] || scheduleWords[g] && k >= 2 && (toks[k-2].norm == "is" || toks[k-2].norm == "are")
}

// committedAt reports whether the nearest status word before the opener
// p in its clause is a past commitment used as a verb: "pledged to
// develop relations during", "was proposed by X during". A modal or "to"
// before it ("will pledge", "to promise") or a determiner ("the proposed
// merger") makes it something else.
func committedAt(toks []token, p int) bool {
	for k := p - 1; k >= 0 && k >= p-2*statusWindow; k-- {
		tk := toks[k]
		if tk.punct || clauseBreak(tk) {
			return false
		}
		if _, cue := statusCues[tk.norm]; !cue {
			continue
		}
		if !pastCommitments[tk.norm] || k == 0 {
			return false
		}
		prev := toks[k-1].norm
		return !modals[prev] && prev != "to" && !determiners[prev] && !toks[k-1].poss
	}
	return false
}

// setOffOccasion reports an opener that starts the sentence or follows a
// comma: the adverbial is fronted ("During his trip, ...") or
// parenthetical ("X, during a visit to Japan, ...").
func setOffOccasion(toks []token, p int) bool {
	return p == 0 || toks[p-1].text == ","
}

// occasionClauseReach bounds the look for the comma that closes a set-off
// occasion and for the modal of the main clause after it.
const occasionClauseReach = 16

// plannedMainClause reports a main clause after the set-off occasion
// headed at t whose first verb is "will", "would" or "shall": "During his
// trip, President Bush will meet", "during a visit to Japan later this
// month, will demand". A verb of saying before the modal ("he said he
// would") puts the modal in a report, not in the main clause.
func plannedMainClause(toks []token, t int) bool {
	comma := -1
	for k := t + 1; k < len(toks) && k <= t+occasionClauseReach; k++ {
		if toks[k].text == "," {
			comma = k
			break
		}
		if toks[k].punct || finiteVerbAt(toks, k) {
			return false
		}
	}
	if comma < 0 {
		return false
	}
	for k := comma + 1; k < len(toks) && k <= comma+occasionClauseReach/2; k++ {
		w := toks[k].norm
		switch {
		case w == "will" || w == "would" || w == "shall":
			return true
		case toks[k].punct || finiteVerbAt(toks, k) || pastVerbForm(toks[k]):
			return false
		}
	}
	return false
}

// committedOccasion reports an event noun read as the occasion of a past
// commitment (occasionStatus): its date cue lies in the past with it ("was
// proposed by X during a trip to Y in September": last September).
func committedOccasion(toks []token, t int) bool {
	p := occasionOpening(toks, t)
	return p >= 0 && !aheadOccasion(toks, p, t) && committedAt(toks, p)
}

// answeredRequestStatus is the status of a request an act was done at or
// that is answered ("at the request of X", "granted X's request"): the
// request was made, whatever the clause says of the act ("has promised to
// keep quiet at the request of X", "will not grant X's request"); hearsay
// still makes it speculated.
func answeredRequestStatus(c *candidate, status graph.Status) graph.Status {
	if !answeredRequestRule(c) || status == graph.Speculated {
		return status
	}
	return graph.Reported
}

// answeredRequestRule reports a reading of a request made before the act
// that answers it, which no date ahead of publication can date.
func answeredRequestRule(c *candidate) bool {
	return c.rule == "noun:at-request" || c.rule == "noun:request-answered"
}

// occasionDates gives an undated event noun read as the occasion of its
// sentence's act the date of that act: "X and Y signed the deal after a
// meeting" (the signing dated by the sentence before), "During his visit,
// X has met leaders and today signed an agreement". The act is a reported
// verb reading of the same sentence with a date that shares an actor with
// the occasion; with two such dates there is no telling which is meant.
func occasionDates(cs []*candidate) {
	for _, c := range cs {
		if !c.occasion || c.date != "" || c.status != "" && c.status != graph.Reported {
			continue
		}
		var act *candidate
		for _, d := range cs {
			if d.sent.index != c.sent.index || d.noun || d.date == "" || d.status != graph.Reported || !sharesActor(c, d) {
				continue
			}
			if act != nil && act.date != d.date {
				act = nil
				break
			}
			act = d
		}
		if act != nil {
			c.date, c.precision = act.date, act.precision
		}
	}
}

// shiftUnits before an opener shift the occasion's time from the act's:
// "a year after the normalization", "two days after the meeting".
var shiftUnits = map[string]bool{
	"year": true, "years": true, "month": true, "months": true, "week": true, "weeks": true, "day": true, "days": true,
	"hour": true, "hours": true, "decade": true, "decades": true, "minutes": true, "moments": true, "shortly": true, "soon": true, "long": true,
}

// occasionNoun reports an event noun at t that heads the object of an
// opener of occasion, neither put ahead by its own words nor shifted from
// the act's time ("a year after the talks").
func occasionNoun(toks []token, t int) bool {
	p := occasionOpening(toks, t)
	return p >= 0 && !aheadOccasion(toks, p, t) && (p == 0 || !shiftUnits[toks[p-1].norm])
}

// sharesActor reports whether c and d have an actor in common.
func sharesActor(c, d *candidate) bool {
	for _, e := range c.actors {
		if slices.Contains(d.actors, e) {
			return true
		}
	}
	return false
}

// answeredNouns name a request that a verb of answering takes as object.
var answeredNouns = map[string]bool{"invitation": true, "invitations": true, "request": true, "requests": true}

// answeredNoun reports a request noun at t that an answering verb
// (requests.go) takes as object across a determiner, a possessor or a
// modifier: "accepted a Jewish group's invitation to visit", "declined an
// invitation from X". The request was made, though the act it asks for
// ("to visit next month") is ahead.
func answeredNoun(toks []token, t int) bool {
	if !answeredNouns[toks[t].norm] {
		return false
	}
	for k := t - 1; k >= 0 && k >= t-4; k-- {
		tk := toks[k]
		if answeringVerbs[tk.norm] {
			return !tk.upper
		}
		if tk.punct || prepositions[tk.norm] || modals[tk.norm] {
			return false
		}
	}
	return false
}

// answeredNounStatus is the status of a request noun answered
// (answeredNoun): reported where the clause would plan it, for the plan is
// the act asked for; a request the clause says nothing of is left as the
// rest of the article tells it.
func answeredNounStatus(toks []token, t int, noun bool, status graph.Status) graph.Status {
	if !noun || status != graph.Planned || !answeredNoun(toks, t) {
		return status
	}
	return graph.Reported
}

// pastCommitmentGovernors, before the "to" of an infinitive, are
// commitments and decisions made in the past: an occasion after the
// infinitive is where they were made ("agreed to cut tariffs during his
// visit"), not part of what they commit to, as it is after a plan still
// open ("wants to discuss trade at his meeting with X on Friday").
var pastCommitmentGovernors = map[string]bool{
	"agreed": true, "promised": true, "pledged": true, "vowed": true, "offered": true, "decided": true,
	"swore": true, "undertook": true, "threatened": true, "proposed": true,
}

// pastCommitmentGovernor reports whether the infinitive marked by the
// "to" at k is governed by a past commitment ("pledged (not) to").
func pastCommitmentGovernor(toks []token, k int) bool {
	g := k - 1
	if g > 0 && toks[g].norm == "not" {
		g--
	}
	return g >= 0 && pastCommitmentGovernors[toks[g].norm]
}
