package loader

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// This file holds two readings of a sentence's main verb that keep an
// infinitive or a weekday from misplacing an event in time: an act done
// for a purpose ("took to the streets to protest") and a weekday that
// dates the report of a plan ("on Monday announced he would resign").

// purposeActs are past-tense verbs of an act whose purpose a following
// infinitive states, so that the purpose is carried out in the act:
// protesters who "took to the streets to demand" demanded, a minister who
// "went on to accuse" accused, a government that "used a law to impose a
// curfew" imposed it. Verbs of sending or asking are left out: "sent an
// envoy to negotiate" and "urged Iran to stop" say nothing of whether it
// happened.
var purposeActs = map[string]bool{
	"took": true, "went": true, "gathered": true, "marched": true, "rallied": true, "lodged": true,
	"staged": true, "used": true, "summoned": true, "convened": true, "issued": true, "appeared": true,
}

// purposeStops are words between the act and the infinitive that make the
// infinitive a plan or a wish again: "took steps in an attempt to", "went
// on to say it was ready to", "used the speech to announce plans to".
var purposeStops = map[string]bool{
	"attempt": true, "attempts": true, "effort": true, "efforts": true, "bid": true, "order": true, "ready": true,
	"able": true, "willing": true, "prepared": true, "determined": true, "plan": true, "plans": true, "intention": true,
	"that": true, "would": true, "will": true, "could": true, "may": true, "might": true, "should": true,
}

// purposeReach bounds how far before the "to" the act may stand: "took to
// the streets of the capital on Saturday to protest".
const purposeReach = 8

// purposeOfDoneAct reports whether the infinitive whose "to" is at k states
// the purpose of an act done before it in the same clause, and so happened
// with it. The word before "to" must not itself govern the infinitive
// ("agreed to", "expected to"), and no other trigger or "to" may stand
// between: in "flew to Khartoum to urge the government to accept", the
// acceptance belongs to the urging, not to the flight.
func purposeOfDoneAct(toks []token, k int, isTrigger []bool) bool {
	if k < 1 {
		return false
	}
	gov := toks[k-1].norm
	if _, ok := statusCues[gov]; ok || !toks[k-1].upper && (strings.HasSuffix(gov, "ed") || strings.HasSuffix(gov, "ing")) || purposeStops[gov] {
		return false // "agreed to", "expected to"; a name such as Beijing is no participle
	}
	for j := k - 1; j >= 0 && j >= k-purposeReach; j-- {
		tk := toks[j]
		if pastJourneys[tk.norm] {
			return journeyBeforePurpose(toks, j, k) && !modalBefore(toks, j) // statusclauses.go: "flew to Seoul on Sunday to meet"
		}
		if clauseBreak(tk) || isTrigger[j] && j != k-1 && !protestObject(toks, j) && !crowdPurposeAct(toks, j) || purposeStops[tk.norm] {
			return false
		}
		if tk.norm == "to" && j != k-1 && j+1 < len(toks) && !toks[j+1].upper && !determiners[toks[j+1].norm] {
			return false // another infinitive ("agreed to go there to") governs what follows; "to the streets" is a place
		}
		if purposeActs[tk.norm] {
			return !modalBefore(toks, j)
		}
	}
	return false
}

// modalBefore reports a cue right before the act at j that makes it itself
// planned, speculated or denied: "will have gone", "did not take".
func modalBefore(toks []token, j int) bool {
	if j < 1 {
		return false
	}
	s, ok := statusCues[toks[j-1].norm]
	return ok && s != graph.Reported
}

// reportVerbsPast are irregular past tenses of verbs that report or decide
// a plan; regular ones end in -ed.
var reportVerbsPast = map[string]bool{"said": true, "told": true, "made": true, "gave": true, "wrote": true, "spoke": true, "took": true, "held": true}

// reportNearCue is how many words may stand between a day cue and the past
// verb it dates: "on Sunday night, he added that", "Monday, the cabinet approved".
const reportNearCue = 5

// datesReportOfPlan reports whether the day cue before the trigger of a
// planned event dates a past verb next to it, the report or the decision
// of the plan, rather than the plan: "Fukuda on Monday announced his
// intention to resign", "the House voted on Thursday to withdraw", "said
// Sunday that she plans to protest". The plan then has no date the
// sentence states; the day resolved forward would be a day it never had.
func datesReportOfPlan(toks []token, t int, cue dateCue) bool {
	if cue.kind != cueWeekday && (cue.kind != cueRelative || cue.unit != graph.Day) || cue.last >= t {
		return false
	}
	past := func(k int) bool {
		w := toks[k].norm
		if toks[k].upper && k > 0 || toks[k].punct {
			return false
		}
		if _, ok := statusCues[w]; ok {
			return false // "is expected Monday to visit", "scheduled": the plan's own words
		}
		return reportVerbsPast[w] || edForm(w)
	}
	// "said Sunday", "decided on Monday", "passed on Thursday"
	k := cue.first - 1
	if k >= 1 && toks[k].norm == "on" {
		k--
	}
	if k >= 0 && past(k) {
		return true
	}
	for k := cue.last + 1; k < t && k <= cue.last+reportNearCue; k++ {
		if toks[k].norm == "to" || toks[k].norm == "will" || toks[k].norm == "would" {
			return false // "on Monday to meet", "Monday will meet"
		}
		if past(k) {
			return true // "on Saturday welcomed", "on Sunday night, he added"
		}
	}
	return false
}
