package loader

import (
	"slices"

	"github.com/geokg/geokg/graph"
)

// commitmentVerbs commit their subject to the act their infinitive names:
// "promised to withdraw", "agreed to support", "decided to expel".
var commitmentVerbs = map[string]bool{
	"agree": true, "agrees": true, "agreed": true, "promise": true, "promises": true, "promised": true,
	"pledge": true, "pledges": true, "pledged": true, "vow": true, "vows": true, "vowed": true,
	"offer": true, "offers": true, "offered": true, "decide": true, "decides": true, "decided": true,
	"intend": true, "intends": true, "intended": true, "ready": true, "willing": true, "prepared": true,
	"swore": true, "sworn": true, "undertook": true, "threatened": true, "threatens": true, "threaten": true,
}

// announceVerbs state a decision whose act follows in a "that ... would"
// clause: "announced that it would join talks".
var announceVerbs = map[string]bool{
	"announce": true, "announces": true, "announced": true, "said": true, "says": true, "declared": true,
	"declares": true, "stated": true, "confirmed": true, "confirms": true, "indicated": true, "told": true,
}

// complementBoundary returns where the complement clause of a verb that
// commits its subject to the act triggered at t begins, or -1: the "to"
// of an infinitive after a commitment verb ("pledged (not) to expel",
// "agreed to hold talks": for a noun the infinitive is its support
// verb's), or the "would"/"will" after a verb of announcing ("announced
// it would join talks"). Words before it belong to the main clause.
func complementBoundary(toks []token, t int, noun bool) int {
	verb := t
	crossed := false // an opener of occasion stands between: occasions.go
	if noun {
		verb = -1
		for k := t - 1; k >= 0 && k >= t-4; k-- {
			if supportVerbs[toks[k].norm] || toks[k].norm == "join" {
				verb = k
				break
			}
			if toks[k].punct {
				return -1
			}
			crossed = crossed || settingOpeners[toks[k].norm]
		}
		if verb < 0 {
			return -1
		}
	}
	if k := infinitiveTo(toks, verb); k >= 1 {
		if crossed && pastCommitmentGovernor(toks, k) {
			return -1 // occasions.go: "pledged to develop ties during his meeting": the meeting is the pledge's
		}
		g := k - 1
		if toks[g].norm == "not" && g > 0 {
			g-- // "vowed not to attack"
		}
		if commitmentVerbs[toks[g].norm] {
			return k
		}
		return -1
	}
	// "announced (that) it would join", "said Iran will send".
	for k := verb - 1; k >= 0 && k >= verb-3; k-- {
		w := toks[k].norm
		if w != "would" && w != "will" {
			if toks[k].punct || clauseBreak(toks[k]) {
				return -1
			}
			continue
		}
		for g := k - 1; g >= 0 && g >= k-6; g-- {
			if announceVerbs[toks[g].norm] {
				return k
			}
			if toks[g].punct {
				return -1
			}
		}
		return -1
	}
	return -1
}

// subordinators open a clause whose time is its own: "praised Brazil's
// role in Haiti after the overthrow of Aristide in February 2004".
var subordinators = map[string]bool{"after": true, "before": true, "since": true, "until": true, "where": true, "which": true, "who": true, "whose": true}

// timePhrase reports a subordinator that only leads the cue's own time
// phrase: "before dawn on Friday", "on or before next week".
func timePhrase(toks []token, k int, cue dateCue) bool {
	return (toks[k].norm == "before" || toks[k].norm == "after" || toks[k].norm == "until" || toks[k].norm == "since") && cue.first-k <= 3
}

// occasionVerbs say when an occasion happens: a relative clause built on
// one dates the event held at that occasion ("at the summit, which
// begins Wednesday").
var occasionVerbs = map[string]bool{
	"begins": true, "began": true, "begin": true, "starts": true, "started": true, "start": true, "opens": true, "opened": true,
	"ends": true, "ended": true, "takes": true, "took": true, "held": true, "scheduled": true, "set": true, "due": true,
}

// occasionClause reports a relative clause at k whose verb, within a
// couple of words, is a verb of occurring.
func occasionClause(toks []token, k int) bool {
	if toks[k].norm != "which" && toks[k].norm != "that" {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+3; j++ {
		if occasionVerbs[toks[j].norm] {
			return true
		}
	}
	return false
}

// cueCovers reports whether the date cue dates the event c triggered at
// its token: a cue in a clause subordinate to the trigger, after it, dates
// that clause; a cue in the main clause of a commitment or announcement
// ("on Monday agreed to meet", "said on Tuesday it would send") dates the
// commitment, not the act committed to, unless the date lies ahead.
func (a *article) cueCovers(toks []token, c *candidate, cue dateCue) bool {
	t := c.trigger
	if c.noun && answeredNoun(toks, c.trigger) && cue.first > c.trigger {
		return false // occasions.go: "accepted an invitation to visit next week": the visit's time
	}
	if answeredRequestRule(c) || c.noun && answeredNoun(toks, c.trigger) {
		if date, prec, ok := cue.resolve(a.pub, a.hasPub, 0); ok && a.future(date, prec) {
			return false // occasions.go: "postponed the July 1 deadline at the request of X": the request is made
		}
	}
	if a.comingCue(toks, c, cue) {
		return false // comingdates.go: "warned ... if the U.S. imposes sanctions on April 17"
	}
	if toks[cue.last].poss && t > cue.last && judgingPredicate(toks[t]) && !slices.ContainsFunc(toks[cue.last:t], func(u token) bool { return u.text == "," }) {
		return false // "today's announcement ... falls short": the cue dates the announcement, not the judgement of it
	}
	if nounInPurpose(toks, t, c.noun, cue) || discussedActCue(toks, t, cue) {
		return false // datecues.go: "will meet on Monday to discuss a US-led assault"
	}
	if !c.noun && accusationCue(toks, t, cue) {
		return false // accusedacts.go: "On Sunday, X accused Iran of sending arms"
	}
	if !c.noun && chargedActCue(toks, t, cue) {
		return false // accusationdates.go: "accused Iraq of invading its territory in March"
	}
	if spanStartOutside(toks, t, cue) {
		return false // sincewhen.go: "the deadliest attack since 2001, when ..."
	}
	if inRelativeBefore(toks, t, c.noun, cue) {
		return false // datecues.go: "X, who arrived on Monday, met"
	}
	if futureOccasion(toks, t, cue, c.status) {
		return false // datecues.go: "invited X for talks, which will begin on Friday"
	}
	if otherActCue(toks, c, cue) {
		return false // datecues.go: "blamed X for the assassination last month", "an accord signed last year"
	}
	if anteriorPhraseCue(toks, t, cue) || coordinateClauseCue(toks, t, cue) || relativePastPerfectCue(toks, t, c.noun, cue) {
		return false // clausescope.go: "ahead of the summit next week", ", and protests took place last month"
	}
	if laterPhraseCue(toks, t, cue) {
		return false // datecues.go: "in an effort to bring elections next year", ", citing an attack on Friday"
	}
	if ownedByNominal(toks, t, cue) {
		return false // datecues.go: "responsible for the assassination of X five years ago"
	}
	if (c.status == graph.Planned || c.status == graph.Speculated) && !hearsaySourced(toks, t) && (datesReportOfPlan(toks, t, cue) || reportDatesPlan(toks, t, cue)) { // datecues.go; hearsaysources.go: "according to reports" leaves the act's verbs its own
		return false // "on Monday announced his intention to resign": the day of the announcement
	}
	if cue.first > t {
		if relativeClauseCue(toks, t, cue) {
			return false // datecues.go: "in an incident that took place on September 16"
		}
		for k := t + 1; k < cue.first; k++ {
			if subordinators[toks[k].norm] && !timePhrase(toks, k, cue) && !occasionClause(toks, k) {
				return false
			}
		}
		return true
	}
	b := complementBoundary(toks, t, c.noun)
	if b < 0 || cue.last > b {
		return true
	}
	date, prec, ok := cue.resolve(a.pub, a.hasPub, 0)
	return ok && a.future(date, prec)
}

// occasionDate returns the date of the reported event of the sentence
// before that has the same parties as the event named by the noun c: "X
// and Y declared an end to hostilities today. The two leaders made the
// announcement at a summit ..." names the occasion of the first.
func (a *article) occasionDate(c *candidate) (string, graph.Precision) {
	if len(c.targets) == 0 || !occasionEvent(c) { // datecues.go
		return "", ""
	}
	parties := eventKey("", nil, append(append([]*graph.Entity{}, c.actors...), c.targets...), "")
	for i := len(a.found) - 1; i >= 0; i-- {
		o := a.found[i]
		if o.sent.index < a.cur-1 {
			break
		}
		if o.sent.index != a.cur-1 || o.date == "" || o.status != graph.Reported {
			continue
		}
		if eventKey("", nil, append(append([]*graph.Entity{}, o.actors...), o.targets...), "") == parties {
			return o.date, o.precision
		}
	}
	return "", ""
}
