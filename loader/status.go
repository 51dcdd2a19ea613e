package loader

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// statusCues are words that tell, in the clause before a trigger, whether
// its event happened, is planned, is only speculated about or is denied.
var statusCues = map[string]graph.Status{
	// planned
	"will": graph.Planned, "shall": graph.Planned, "upcoming": graph.Planned, "forthcoming": graph.Planned,
	"impending": graph.Planned, "approaching": graph.Planned, "planned": graph.Planned, "planning": graph.Planned,
	"plans": graph.Planned, "plan": graph.Planned, "scheduled": graph.Planned, "proposed": graph.Planned,
	"expected": graph.Planned, "intends": graph.Planned, "intended": graph.Planned, "intend": graph.Planned,
	"due": graph.Planned, "would": graph.Planned, "prospective": graph.Planned, "future": graph.Planned,
	"aims": graph.Planned, "hopes": graph.Planned, "wants": graph.Planned, "wishes": graph.Planned, "soon": graph.Planned,
	"promised": graph.Planned, "pledged": graph.Planned, "vowed": graph.Planned, "preparing": graph.Planned, "prepares": graph.Planned, "preparations": graph.Planned, "preparation": graph.Planned, "prepare": graph.Planned, "anticipated": graph.Planned, "awaited": graph.Planned,
	// speculated
	"speculation": graph.Speculated, "speculations": graph.Speculated, "speculate": graph.Speculated, "speculated": graph.Speculated,
	"possible": graph.Speculated, "possibly": graph.Speculated, "possibility": graph.Speculated, "alleged": graph.Speculated,
	"allegedly": graph.Speculated, "unconfirmed": graph.Speculated, "could": graph.Speculated, "can": graph.Speculated, "may": graph.Speculated,
	"might": graph.Speculated, "reportedly": graph.Speculated, "rumoured": graph.Speculated, "rumored": graph.Speculated,
	"rumour": graph.Speculated, "rumours": graph.Speculated, "rumor": graph.Speculated, "rumors": graph.Speculated,
	"potentially": graph.Speculated, "potential": graph.Speculated, "supposed": graph.Speculated, "supposedly": graph.Speculated,
	"conceivable": graph.Speculated, "perhaps": graph.Speculated, "likely": graph.Speculated, "suspected": graph.Speculated,
	"purported": graph.Speculated, "purportedly": graph.Speculated, "allegations": graph.Speculated,
	"unlikely": graph.Speculated, "doubtful": graph.Speculated, "probably": graph.Speculated,
	// denied
	"denied": graph.Denied, "denies": graph.Denied, "deny": graph.Denied, "denying": graph.Denied, "not": graph.Denied,
	"never": graph.Denied, "didnt": graph.Denied, "doesnt": graph.Denied, "dont": graph.Denied, "wont": graph.Denied,
	"hasnt": graph.Denied, "havent": graph.Denied, "wasnt": graph.Denied, "werent": graph.Denied, "cannot": graph.Denied,
	"no": graph.Denied, "neither": graph.Denied, "nor": graph.Denied,
	// reported: explicit past
	"recent": graph.Reported, "recently": graph.Reported, "ago": graph.Reported, "earlier": graph.Reported,
	"held": graph.Reported, "concluded": graph.Reported,
}

// denialReach bounds how far back a bare negation reaches: "did not
// attack", not "not officially declared ... the visit".
const denialReach = 3

// statusWindow bounds the clause looked at before a trigger.
const statusWindow = 8

// sentenceWideReach bounds the look-back for sentence-wide cues, which
// also keeps the work linear on pathological sentences.
const sentenceWideReach = 40

// sentenceWideCues speculate about everything after them in the sentence.
var sentenceWideCues = map[string]bool{"speculation": true, "speculations": true, "rumours": true, "rumors": true, "allegations": true, "unconfirmed": true}

// infinitiveGovernors turn "to" + verb into a denial rather than a plan.
var infinitiveGovernors = map[string]graph.Status{"refused": graph.Denied, "refusal": graph.Denied, "refuses": graph.Denied, "refusing": graph.Denied, "refuse": graph.Denied, "declined": graph.Denied, "declines": graph.Denied, "declining": graph.Denied, "failed": graph.Denied, "fails": graph.Denied, "failing": graph.Denied, "used": graph.Reported,
	"seem": graph.Speculated, "seems": graph.Speculated, "seemed": graph.Speculated, "seeming": graph.Speculated, // the writer's impression: "appeared to back X"
	"appear": graph.Speculated, "appears": graph.Speculated, "appeared": graph.Speculated, "appearing": graph.Speculated,
	"yet":       graph.Denied, // statuscues.go: "has yet to disarm"
	"unwilling": graph.Denied} // "banks are unwilling to provide new credits"

// infinitiveTo returns the index of the "to" that makes the verb at t an
// infinitive, allowing adverbs between ("to fully withdraw"), or -1.
func infinitiveTo(toks []token, t int) int {
	for k := t - 1; k >= 0 && k >= t-3; k-- {
		switch {
		case toks[k].norm == "to":
			return k
		case strings.HasSuffix(toks[k].norm, "ly") && !toks[k].punct:
			continue
		}
		return -1
	}
	return -1
}

// complementWords may stand in the complement that names an event noun's
// parties: "talks between Russia and China", "the summit with the Iranian
// president".
var complementWords = map[string]bool{"between": true, "with": true, "of": true, "to": true, "and": true, "the": true,
	"his": true, "her": true, "their": true, "its": true, "two": true, "both": true, "in": true}

// nounComplementEnd returns the index of the last word of the complement
// that names the parties of the event noun at t ("talks between Russia and
// China", "the visit of the Chinese president"), and false when no name
// follows the noun: the verb that tells the event's status comes after it.
func nounComplementEnd(toks []token, t int) (int, bool) {
	last := -1
	for k := t + 1; k < len(toks) && k <= t+8; k++ {
		tk := toks[k]
		if tk.punct || !(tk.upper || complementWords[tk.norm] || tk.poss) {
			break
		}
		if tk.upper {
			last = k // a name closes the complement so far
		}
	}
	return last, last > t
}

// scheduleWords say, after a form of "be", that the event their subject
// names is to come: "are scheduled", "is set to", "is due to".
var scheduleWords = map[string]bool{"scheduled": true, "expected": true, "set": true, "due": true, "planned": true, "slated": true, "likely": true}

// happenVerbs say, after "will" or "would", that their subject takes
// place, rather than what it will do ("the visit would only hurt").
var happenVerbs = map[string]bool{"take": true, "be": true, "begin": true, "start": true, "resume": true, "open": true,
	"go": true, "continue": true, "happen": true, "convene": true, "follow": true}

// scheduledAfter reports whether the words after the complement of an
// event noun, ending at last, make it the subject of a schedule: "(talks
// between X and Y) are scheduled for", "(the summit with X) is set to
// take place", "(talks with X) will resume".
func scheduledAfter(toks []token, last int) bool {
	k, relative := postmodifierStart(toks, last)
	if k+1 >= len(toks) {
		return false
	}
	switch w := toks[k].norm; {
	case beForms[w]:
		return scheduleWords[toks[k+1].norm]
	case w == "will" || w == "would" || w == "shall":
		return happenVerbs[toks[k+1].norm]
	}
	return scheduledPostmodifier(toks, k, relative)
}

// frameStatus is the status of an event that a frame rule read at t, apart
// from the sentence's other triggers: clauseStatus, and reported where the
// clause says nothing.
func frameStatus(toks []token, t int, verb bool) graph.Status {
	if st := clauseStatus(toks, t, make([]bool, len(toks)), verb); st != "" {
		return st
	}
	return graph.Reported
}

// clauseStatus reads the status of the event triggered at t from the
// clause before it (and, for nouns, the few words after it). triggers are
// marks the sentence's trigger tokens: the scan stops at other triggers, since cues before
// another trigger belong to it. A verb with no cue is reported; a noun with
// no cue returns "" (the sentence does not say).
func clauseStatus(toks []token, t int, isTrigger []bool, verb bool) graph.Status {
	if verb && polarQuestion(toks) {
		return graph.Speculated // statuscues.go: "Is the United States ready to supply this?"
	}
	if verb && openQuestionClause(toks, t) {
		return graph.Speculated // statuscues.go: "confusion about whether the party supported the amendment"
	}
	if verb && negativeSubject(toks, t) {
		return graph.Denied // statuscues.go: "none of the ships have been attacked"
	}
	if verb && weighedAct(toks, t) {
		return graph.Speculated // unrealised.go: "has considered invading Russia"
	}
	if s, ok := authorizedAct(toks, t, verb); ok {
		return s // unrealised.go: "authorized sending troops"
	}
	if verb && aspectInfinitive(toks, t) {
		return clauseStatus(toks, t-1, isTrigger, verb) // statuscues.go: "is willing to begin negotiating"
	}
	if verb && proposedGerund(toks, t) {
		return graph.Planned // statuscues.go: "promised to propose sending more troops"
	}
	if ungroundedAct(toks, t) {
		return graph.Speculated // statuscues.go: "found no evidence that a guard flushed"
	}
	if verb && presentTimeClause(toks, t) {
		return graph.Planned // unrealised.go: "when he arrives for talks on Wednesday"
	}
	if k := infinitiveTo(toks, t); verb && k >= 1 {
		if j := votedInfinitive(toks, k, t); j >= 0 {
			if s := clauseStatus(toks, j, isTrigger, verb); s != "" {
				return s // votedacts.go: "will vote to impose sanctions"
			}
			return graph.Reported // votedacts.go: "voted to impose sanctions"
		}
		if s, ok := infinitiveGovernors[toks[k-1].norm]; ok {
			return s
		}
		if s, ok := infinitiveFixedStatus(toks, k); ok {
			return s // statuscues.go: "was the first country to recognize", "could cause Iran to withdraw"
		}
		if s, ok := attemptedInfinitive(toks, k); ok {
			return s // attempts.go: "tried to disperse the crowd", "unsuccessful in their attempts to resolve"
		}
		if purposeOfDoneAct(toks, k, isTrigger) {
			return graph.Reported // "took to the streets to protest": the purpose of an act done
		}
		return graph.Planned // "to visit", "agreed to meet", "is set to fully withdraw"
	}
	if !verb && deniedGerundNoun(toks, t, isTrigger) {
		return graph.Denied // statusclauses.go: "denied having any such meeting"
	}
	if !verb && anticipatedNoun(toks, t) {
		return graph.Planned // statuscues.go: "gathered ahead of their deployment to Afghanistan"
	}
	if j := attendingVerb(toks, t); !verb && j >= 0 {
		if s := clauseStatus(toks, j, isTrigger, true); s != graph.Reported {
			return s // statuscues.go: "will also attend IMF and World Bank meetings"
		}
	}
	if !verb && textObligedAct(toks, t) {
		return graph.Planned // unrealised.go: "a document requiring the withdrawal of"
	}
	if !verb {
		if s, ok := infinitiveSupport(toks, t); ok {
			return s // "threatened to hold a general strike", "refused to hold talks"
		}
	}
	for k := t - 1; k >= 0 && k >= t-statusWindow; k-- {
		tk := toks[k]
		if clauseBreak(tk) || isTrigger[k] {
			break
		}
		if verb && claimCue(toks, k, t) {
			return graph.Speculated // "Chavez claims Colombia invaded"
		}
		if s, ok := ruledOutStatus(toks, k); ok {
			return s // "ruled out troops being deployed"
		}
		s, ok := statusCues[tk.norm]
		if !ok || additiveNegation(toks, k) {
			continue // statuscues.go: "not only supported the bank but also"
		}
		if forecastModal(toks, k) {
			return graph.Speculated // statuscues.go: "speculated that the U.S. would make an offer"
		}
		if pastSoon(toks, k) {
			continue // statuscues.go: "it soon erupted into verbal attacks"
		}
		if cueOutOfScope(toks, k, t, verb) {
			continue // statuscues.go: "men allegedly linked to the CIA were arrested"
		}
		if s == graph.Denied && t-k > denialReach {
			continue
		}
		if tk.norm == "no" && k != t-1 {
			continue
		}
		if tk.norm == "may" && tk.upper {
			continue // the month
		}
		if tk.norm == "can" && !canGoverns(toks, k, t) {
			continue // unrealised.go: "no longer possible Mr. Murray can do his job, so he's been withdrawn"
		}
		if s == graph.Speculated && k+1 < t && allegedQualities[toks[k+1].norm] {
			continue // "the alleged irregular arrest": the arrest is stated, its irregularity alleged
		}
		if tk.norm == "due" && (k+2 != t || toks[k+1].norm != "to") {
			continue // "due to Spain's sale" is a cause, not a schedule
		}
		return s
	}
	if !verb {
		for k := t + 1; k < len(toks) && k <= t+3; k++ {
			tk := toks[k]
			if tk.punct {
				break
			}
			if s, ok := statusCues[tk.norm]; ok && s == graph.Planned && !attributiveCue(toks, k) { // plannedstatus.go: "protests against proposed bills"
				return s // "the visit is expected", "talks will"
			}
		}
		if last, ok := nounComplementEnd(toks, t); ok && scheduledAfter(toks, last) {
			return graph.Planned // "talks between Russia and China are scheduled", "the summit with X is set to take place"
		}
	}
	if verb && claimedThat(toks, t) {
		return graph.Speculated // "a claim was made by X in June that US forces have been sending"
	}
	for k := t - 1; k >= 0 && k >= t-sentenceWideReach; k-- {
		if sentenceWideCues[toks[k].norm] && wideCueGoverns(toks, k, t) {
			return graph.Speculated
		}
	}
	if verb || nounPastPredicate(toks, t) || nounPastClause(toks, t) { // plannedstatus.go: "made his first state visit"
		return graph.Reported // statuscues.go: "the skirmishes between X and Y lasted hours"
	}
	return ""
}

// infinitiveSupport reads the status of a noun carried by a support verb
// in an infinitive ("to hold talks", "refused to impose sanctions"): what
// the verb's own infinitive says, as for a verb.
func infinitiveSupport(toks []token, t int) (graph.Status, bool) {
	crossed := false // an opener of occasion stands between: occasions.go
	for k := t - 1; k >= 1 && k >= t-4; k-- {
		w := toks[k].norm
		if toks[k].punct {
			return "", false
		}
		crossed = crossed || settingOpeners[w]
		if !supportVerbs[w] {
			continue
		}
		i := infinitiveTo(toks, k)
		if i < 0 {
			return "", false
		}
		if crossed && pastCommitmentGovernor(toks, i) {
			return "", false // occasions.go: "decided to end the treaty after negotiations had failed"
		}
		if i >= 1 {
			if s, ok := infinitiveGovernors[toks[i-1].norm]; ok {
				return s, true
			}
		}
		if s, ok := infinitiveFixedStatus(toks, i); ok {
			return s, true // statuscues.go: "prompted Israel to launch air strikes", "could cause Iran to hold talks"
		}
		if s, ok := attemptedInfinitive(toks, i); ok {
			return s, true // attempts.go: "tried to hold talks"
		}
		return graph.Planned, true
	}
	return "", false
}
