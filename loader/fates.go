package loader

import "github.com/geokg/geokg/graph"

// This file reads what a sentence says became of an event apart from the
// clause cues of status.go: a visit "cancelled" or "called off" will not
// happen (denied), one "postponed" or "put off" still will (planned); an
// event in a "that" clause the speaker denies is denied ("denied that its
// troops had attacked"), or speculated when the clause is a rumour the
// speaker denies ("denied reports that Putin would meet Abe"); a meeting
// one "agreed to resume" is planned.

// fates are the verbs that settle whether the act named as their object
// still happens: cancelled ones are denied, postponed ones still planned.
var fates = map[string]graph.Status{
	"cancel": graph.Denied, "cancels": graph.Denied, "cancelled": graph.Denied, "canceled": graph.Denied,
	"cancelling": graph.Denied, "canceling": graph.Denied, "cancellation": graph.Denied,
	"scrap": graph.Denied, "scraps": graph.Denied, "scrapped": graph.Denied, "scrapping": graph.Denied,
	"abandon": graph.Denied, "abandons": graph.Denied, "abandoned": graph.Denied, "abandoning": graph.Denied,
	"shelve": graph.Denied, "shelves": graph.Denied, "shelved": graph.Denied, "shelving": graph.Denied,
	"postpone": graph.Planned, "postpones": graph.Planned, "postponed": graph.Planned, "postponing": graph.Planned,
	"postponement": graph.Planned, "delay": graph.Planned, "delays": graph.Planned, "delayed": graph.Planned,
	"delaying": graph.Planned, "defer": graph.Planned, "defers": graph.Planned, "deferred": graph.Planned,
	"reschedule": graph.Planned, "reschedules": graph.Planned, "rescheduled": graph.Planned,
}

// phrasalFates are the verbs that settle an act's fate with "off": "called
// off the summit" (denied), "put off the visit" (planned).
var phrasalFates = map[string]graph.Status{
	"call": graph.Denied, "calls": graph.Denied, "called": graph.Denied, "calling": graph.Denied,
	"put": graph.Planned, "puts": graph.Planned, "putting": graph.Planned,
}

// fateAt returns the fate the verb at k (or the "off" of a phrasal verb
// ending at k) gives its object, or "".
func fateAt(toks []token, k int) graph.Status {
	if inNameWord(toks, k) {
		return "" // plannedstatus.go: "Tom DeLay visited Moscow"
	}
	if s, ok := fates[toks[k].norm]; ok {
		return s
	}
	if toks[k].norm == "off" && k > 0 {
		return phrasalFates[toks[k-1].norm]
	}
	return ""
}

// fateStops end the stretch between a fate verb and the act it settles:
// "cancelled the contract during the visit" says nothing of the visit.
var fateStops = map[string]bool{
	"that": true, "which": true, "who": true, "and": true, "but": true, "to": true, "after": true, "before": true,
	"because": true, "while": true, "during": true, "in": true, "at": true, "on": true, "with": true, "by": true,
	"from": true, "since": true, "until": true, "despite": true, "amid": true, "as": true, "when": true,
}

// passiveFateStops end a subject before its verb: "the talks that were
// postponed" settle nothing of a noun before them.
var passiveFateStops = map[string]bool{
	"that": true, "which": true, "who": true, "but": true, "after": true, "before": true, "because": true,
	"while": true, "since": true, "despite": true, "as": true, "when": true, "although": true,
}

// fateReach bounds the words between a fate verb and its object ("cancelled
// his planned state visit").
const fateReach = 5

// passiveFateReach bounds a subject's length before its passive fate ("the
// meeting between Vladimir Putin and Shinzo Abe was called off").
const passiveFateReach = 12

// objectFate returns the fate a verb gives the act named as its object at
// t: "cancelled his visit to Russia", "the postponement of the summit",
// "cancelled a scheduled visit" (where the tagger may read "visit" as a
// verb).
func objectFate(toks []token, t int) graph.Status {
	for k := t - 1; k >= 0 && k >= t-fateReach; k-- {
		if toks[k].punct || fateStops[toks[k].norm] {
			break
		}
		if s := fateAt(toks, k); s != "" {
			if fateNegated(toks, k) {
				return graph.Planned // "has not cancelled the visit": it goes ahead
			}
			return s
		}
	}
	return ""
}

// passiveFate returns the fate a passive verb gives the act its subject
// noun at t names: "the meeting between Putin and Abe was called off".
func passiveFate(toks []token, t int) graph.Status {
	for k := t + 1; k+1 < len(toks) && k <= t+passiveFateReach; k++ {
		tk := toks[k]
		if tk.punct || passiveFateStops[tk.norm] {
			break
		}
		if !beForms[tk.norm] {
			continue
		}
		j, negated := k+1, negations[toks[k-1].norm]
		if j+1 < len(toks) && negations[toks[j].norm] {
			j, negated = j+1, true // "was not cancelled"
		}
		if j+1 < len(toks) && toks[j].norm == "been" {
			j++ // "has been postponed"
		}
		s, ok := fates[toks[j].norm]
		if !ok && toks[j].norm == "suspended" {
			s, ok = graph.Denied, true // "talks were suspended": none are held
		}
		if !ok && j+1 < len(toks) && toks[j+1].norm == "off" {
			s, ok = phrasalFates[toks[j].norm]
		}
		if ok && negated {
			return graph.Planned // "has not been cancelled": it goes ahead
		}
		if ok {
			return s
		}
		break // "the meeting was held": the verb says something else
	}
	return ""
}

// fateNegated reports a negation shortly before the fate verb at k: "is not
// cancelling", "no plans to cancel", "never postponed".
func fateNegated(toks []token, k int) bool {
	if toks[k].norm == "off" {
		k-- // the phrasal verb's head
	}
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if toks[j].punct {
			return false
		}
		if negations[toks[j].norm] || statusCues[toks[j].norm] == graph.Denied && toks[j].norm != "denied" {
			return true
		}
	}
	return false
}

// plannedActFate returns the fate of an act planned in an infinitive whose
// plan a verb settles: "scrapped plans to visit Japan", "postponed plans
// for talks".
func plannedActFate(toks []token, t int, noun bool) graph.Status {
	var k int
	if noun {
		if k = t - 1; k < 1 || toks[k].norm != "for" && toks[k].norm != "of" {
			if k = t - 2; k < 1 || toks[k].norm != "for" {
				return "" // "plans for talks", "plans for a summit"
			}
		}
	} else if k = infinitiveTo(toks, t); k < 1 {
		return ""
	}
	if p := toks[k-1].norm; p != "plans" && p != "plan" {
		return ""
	}
	for j := k - 2; j >= 0 && j >= k-4; j-- {
		if toks[j].punct {
			break
		}
		if s := fateAt(toks, j); s != "" && !fateNegated(toks, j) {
			return s
		}
	}
	return ""
}

// deniedClauseReach bounds how far a trigger stands after the "that" of a
// denied clause ("denied reports that Russian President Vladimir Putin
// would meet").
const deniedClauseReach = 14

// deniedClause returns the status of the trigger at t when it stands in a
// "that" clause its speaker denies: denied where the speaker denies the
// act itself ("denied that its troops had attacked"), speculated where
// the clause is a rumour the speaker denies ("dismissed reports that
// Putin would meet Abe": ANNOTATION.md's "rumoured and officially
// denied"); else "". A noun counts only as the object of a support verb
// ("denied that it had held talks"): "denied that the talks had failed"
// denies the failure, not the talks.
func deniedClause(toks []token, t int, noun bool) graph.Status {
	if !noun && t > 0 && nounOpeners[toks[t-1].norm] {
		return "" // "a ruling in support of": no verb the speaker denies
	}
	for k := t - 1; k >= 1 && k >= t-deniedClauseReach; k-- {
		if clauseBreak(toks[k]) || toks[k].text == "." {
			return ""
		}
		if toks[k].norm != "that" {
			continue
		}
		if noun && !supportedNoun(toks, k, t) {
			return ""
		}
		j := k - 1
		if denyingVerbs[toks[j].norm] {
			if negatedVerb(toks, j) || withheldDenial(toks, j) {
				return ""
			}
			return graph.Denied
		}
		if !deniedCharges[toks[j].norm] {
			return ""
		}
		for i := j - 1; i >= 0 && i >= j-3; i-- {
			if toks[i].punct {
				return ""
			}
			if denyingVerbs[toks[i].norm] || rebuttingVerbs[toks[i].norm] {
				if negatedVerb(toks, i) || withheldDenial(toks, i) || i > 0 && beForms[toks[i-1].norm] {
					return ""
				}
				return graph.Speculated
			}
		}
		return ""
	}
	return ""
}

// nounOpeners make the word after them a noun, whatever the tagger read.
var nounOpeners = map[string]bool{
	"a": true, "an": true, "the": true, "in": true, "of": true, "for": true, "his": true, "her": true, "its": true,
	"their": true, "any": true,
}

// supportedNoun reports whether a support verb stands between from and the
// noun at t: "that it had held talks".
func supportedNoun(toks []token, from, t int) bool {
	for k := max(from+1, t-3); k < t; k++ {
		if supportVerbs[toks[k].norm] {
			return true
		}
	}
	return false
}

// committedNoun reports whether the noun at t is the object of an
// infinitive a commitment or plan governs: "agreed to resume talks",
// "plans to reopen negotiations" (not "due to renewed fighting"). A noun
// right after "to" is no infinitive: "agreed to a suspension of
// sanctions" states what was decided; nor is one an opener of occasion
// governs after a commitment made in the past ("decided to end the treaty
// after negotiations had failed"), though a plan still reaches it ("wants
// to discuss trade at his meeting with X on Friday").
func committedNoun(toks []token, t int) bool {
	crossed := false // an opener of occasion stands between: occasions.go
	for k := t - 1; k >= 1 && k >= t-5; k-- {
		crossed = crossed || settingOpeners[toks[k].norm]
		if k == t-1 {
			continue
		}
		if toks[k].punct {
			return false
		}
		if toks[k].norm == "to" && crossed && pastCommitmentGovernor(toks, k) {
			return false // occasions.go: "decided to end the treaty after negotiations failed"
		}
		if toks[k].norm == "to" {
			if n := toks[k+1]; n.upper || n.poss || chargeDeterminers[n.norm] || n.norm == "a" || n.norm == "an" {
				return false // "agreed to a suspension", "to Togo's request": the decision is the act
			}
			w := toks[k-1].norm
			return commitmentVerbs[w] || statusCues[w] == graph.Planned && w != "due"
		}
	}
	return false
}

// negatedPlan reports whether the plan cue nearest before the trigger at t
// is negated: "is not planning an attack", "has no plans to visit", "does
// not intend to meet".
func negatedPlan(toks []token, t int) bool {
	for k := t - 1; k >= 1 && k >= t-statusWindow; k-- {
		if clauseBreak(toks[k]) || toks[k].punct && toks[k].text != "," || fateAt(toks, k) != "" {
			return false // "no plans to cancel the trip": the trip stands
		}
		if statusCues[toks[k].norm] != graph.Planned {
			continue
		}
		if !planWords[toks[k].norm] {
			return false // "will", "would": the negation after them is read by clauseStatus
		}
		return negations[toks[k-1].norm] || k >= 2 && negations[toks[k-2].norm] && auxiliaries[toks[k-1].norm]
	}
	return false
}

// planWords state a plan that a negation before them denies.
var planWords = map[string]bool{
	"plan": true, "plans": true, "planning": true, "planned": true, "intend": true, "intends": true, "intended": true,
	"scheduled": true,
}

// fatedStatus is the status of the event triggered at t where the sentence
// states its fate, else status unchanged.
func fatedStatus(toks []token, t int, noun bool, status graph.Status) graph.Status {
	if s := deniedClause(toks, t, noun); s != "" {
		return s
	}
	if status == graph.Planned && negatedPlan(toks, t) {
		return graph.Denied
	}
	if s := plannedActFate(toks, t, noun); s != "" {
		return s
	}
	if s := objectFate(toks, t); s != "" {
		return s
	}
	if noun {
		if s := passiveFate(toks, t); s != "" {
			return s
		}
		if (status == "" || status == graph.Reported) && committedNoun(toks, t) {
			return graph.Planned
		}
	}
	return status
}

// calledOffMeeting reports whether "called off" at t calls off a meeting or
// visit, which fatedStatus reads as denied, rather than a strike or an
// offensive, which is a concession.
func calledOffMeeting(toks []token, t int) bool {
	if t+1 >= len(toks) || toks[t+1].norm != "off" {
		return false
	}
	for k := t + 2; k < len(toks) && k <= t+2+fateReach; k++ {
		if toks[k].punct || fateStops[toks[k].norm] {
			return false
		}
		if meetingNouns[toks[k].norm] {
			return true
		}
	}
	return false
}

// meetingNouns name meetings and visits, whose cancellation is no
// concession.
var meetingNouns = map[string]bool{
	"visit": true, "visits": true, "trip": true, "trips": true, "tour": true, "meeting": true, "meetings": true,
	"summit": true, "talks": true, "negotiations": true, "dialogue": true, "consultations": true, "conference": true,
}
