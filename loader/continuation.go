package loader

import "github.com/geokg/geokg/graph"

// Status and date fixes from a seventh audit, on events that are not
// simply reported and events dated to the day.
//
// An act in the infinitive after a present or past form of "continue" is
// going on, not planned: "Russian forces continue to occupy Georgian
// territory", "the army continued to shell the town" (continuationStatus).
// A speculative modal before "continue" keeps it speculated ("could
// continue to occupy"), a negation denies it; "will continue to" is left
// to the modal's own plan.
//
// "Has yet to" denies the act of its infinitive ("Hezbollah has yet to
// disarm"): "yet" is listed with the infinitive's other governors in
// status.go. So does "not to" after a verb of the subject's own choice
// ("decided not to send troops", "agreed not to reduce imports"), but not
// after a verb that asks it of someone else ("persuade the U.S. not to
// impose tariffs", whose tariffs are still planned) or an adjective ("it
// would be hard not to accept"), refusedInfinitive.
//
// A cue after the trigger inside a relative clause that describes a noun
// dates the relative clause, not the trigger: "accuses X of killing
// civilians in an incident that took place on September 16", "called for
// the release of two soldiers it captured on July 12" (relativeClauseCue).
//
// A cue by the past verb that reports a speculation dates the report, as
// it does for a plan (complements.go's cueCovers): "Iran has stated today
// that if the UN proceeds with imposing sanctions", "told NBC a day
// earlier that troops could remain".

// continueForms are the forms of "continue" whose infinitive is going on.
var continueForms = map[string]bool{"continue": true, "continues": true, "continued": true, "continuing": true}

// planningGovernors before "continue" make the continuation a plan, which
// the clause's own cues tell: "will continue to", "plans to continue to".
var planningGovernors = map[string]bool{"will": true, "would": true, "shall": true, "to": true}

// continuationNegators deny a continuation: "did not continue to".
var continuationNegators = map[string]bool{"not": true, "never": true, "no": true}

// continuationStatus reads the status of the infinitive whose "to" is at
// k after a form of "continue": reported, speculated after a speculative
// modal, denied after a negation.
func continuationStatus(toks []token, k int) (graph.Status, bool) {
	if k < 1 || !continueForms[toks[k-1].norm] {
		return "", false
	}
	for j := k - 2; j >= 0 && j >= k-4; j-- {
		switch w := toks[j].norm; {
		case toks[j].punct:
			return graph.Reported, true
		case planningGovernors[w]:
			return "", false
		case speculativeModals[w] || w == "likely":
			return graph.Speculated, true
		case continuationNegators[w]:
			return graph.Denied, true
		}
	}
	return graph.Reported, true
}

// choiceVerbs choose for their own subject: a "not" after them denies the
// infinitive.
var choiceVerbs = map[string]bool{
	"decided": true, "decide": true, "decides": true, "deciding": true, "decision": true, "chose": true, "choose": true,
	"chooses": true, "choosing": true, "opted": true, "opt": true, "opts": true, "agreed": true, "agree": true, "agrees": true,
	"promised": true, "promises": true, "pledged": true, "pledges": true, "vowed": true, "vows": true, "resolved": true,
	"voted": true, "votes": true, "preferred": true, "prefers": true, "elected": true,
}

// refusedInfinitive reports an infinitive whose "to" is at k that a verb
// of choice negates: "decided not to send", "has chosen never to visit".
func refusedInfinitive(toks []token, k int) bool {
	if k < 2 || toks[k-1].norm != "not" && toks[k-1].norm != "never" {
		return false
	}
	return choiceVerbs[toks[k-2].norm]
}

// relativeSubjects open a relative clause that has no relative word:
// "two soldiers it captured on July 12".
var relativeSubjects = map[string]bool{"it": true, "they": true, "he": true, "she": true, "we": true}

// clauseLinkWords stand before a clause that is no relative clause: "said
// it captured", "because they attacked", "so that".
var clauseLinkWords = map[string]bool{
	"and": true, "but": true, "or": true, "that": true, "as": true, "when": true, "because": true, "after": true,
	"before": true, "if": true, "since": true, "while": true, "so": true, "such": true, "now": true, "than": true,
	"where": true, "until": true, "unless": true, "though": true, "although": true, "whether": true, "saying": true,
	"claiming": true, "adding": true, "stating": true, "warning": true,
}

// nounBeforeRelative reports a word at k that can be the noun a relative
// clause after it describes: no punctuation, verb or clause link.
func nounBeforeRelative(toks []token, k int) bool {
	p := toks[k]
	if p.punct || clauseLinkWords[p.norm] || relativeSubjects[p.norm] {
		return false
	}
	return !finiteVerbAt(toks, k) && !pastReportVerb(p) && !sayingVerbs[p.norm] && !announceVerbs[p.norm] && !speechVerbs[p.norm] && !pastVerbForm(p)
}

// eventNoun reports a noun that names an event, which a relative clause
// on it may date as the event's own: "claimed responsibility for a
// bombing that occurred on August 3".
func eventNoun(t token) bool {
	tr := triggers[t.norm]
	return tr != nil && tr.noun
}

// relativeClauseCue reports whether a cue after the trigger t stands in a
// relative clause on a noun between them: "that" or a subject pronoun
// after the noun and a finite verb right after ("an incident that took
// place on September 16", "soldiers it captured on July 12"). A relative
// clause on a meeting noun dates the occasion the event is held at ("at
// the summit that begins on Monday") and is left to cover it.
func relativeClauseCue(toks []token, t int, cue dateCue) bool {
	for k := t + 2; k < cue.first; k++ {
		w := toks[k].norm
		if w != "that" && !relativeSubjects[w] {
			continue
		}
		if !nounBeforeRelative(toks, k-1) || meetingNouns[toks[k-1].norm] || eventNoun(toks[k-1]) {
			continue
		}
		v := k + 1
		if v < cue.first && w == "that" && relativeSubjects[toks[v].norm] {
			v++ // "the soldiers that it captured"
		}
		if v >= cue.first {
			continue
		}
		if pastVerbForm(toks[v]) || w == "that" && finiteVerbAt(toks, v) {
			return true
		}
	}
	return false
}
