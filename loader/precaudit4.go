package loader

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// Rules from a fourth audit of the extractor's precision on unseen news:
// acts that are only asked for, silence that is no rejection, and acts
// that only rumour reports.

// withheldSpeech are the verbs a spokesman declines to do when he says
// nothing: "declined to comment", "refused to confirm". Saying nothing is
// a neutral statement, not a rejection of anyone.
var withheldSpeech = map[string]bool{
	"comment": true, "confirm": true, "elaborate": true, "speculate": true, "specify": true,
	"disclose": true, "reveal": true, "identify": true, "name": true, "say": true, "answer": true,
}

// decliningVerbs are the verbs of declining whose infinitive withheldSpeech
// may follow.
var decliningVerbs = map[string]bool{
	"decline": true, "declines": true, "declined": true, "declining": true,
	"refuse": true, "refuses": true, "refused": true, "refusing": true,
}

// declinedComment reports a verb of refusing at t whose infinitive is a
// verb of saying: "declined to comment on the shooting", "refused to
// confirm the report".
func declinedComment(toks []token, t int) bool {
	if !decliningVerbs[toks[t].norm] {
		return false
	}
	k := t + 1
	if k < len(toks) && strings.HasSuffix(toks[k].norm, "ly") && !toks[k].punct {
		k++ // "declined immediately to comment"
	}
	return k+1 < len(toks) && toks[k].norm == "to" && withheldSpeech[toks[k+1].norm]
}

// insistVerbs govern a clause whose verb is an act asked of its subject
// even in a present form: "insisted that Germany breaks off ties".
var insistVerbs = map[string]bool{
	"demand": true, "demands": true, "demanded": true, "demanding": true,
	"insist": true, "insists": true, "insisted": true, "insisting": true,
}

// insistedAction reports a verb at t in the clause a demanding word
// (sentences.go) governs, where demandedAction does not reach: the
// "that" left out ("is demanding the U.S. release them", where only the
// base form is read as the subjunctive), or a present form after "that"
// ("demanded that the Polish government pulls out its troops"). The
// clause's subject stands between: names, determiners and head nouns
// ("the Swedish government").
func (v *sentenceView) insistedAction(t int) bool {
	toks := v.toks
	w := toks[t].norm
	if strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || pastForms[w] || auxiliaries[w] || obligationModals[w] {
		return false // "suggested that X should": the modal is the request itself
	}
	k := t - 1
	if k >= 0 && strings.HasSuffix(toks[k].norm, "ly") && !toks[k].punct {
		k-- // "demanded that Hamas immediately return"
	}
	subject := false
	for n := 0; k >= 0 && n < 6; n, k = n+1, k-1 {
		u := toks[k]
		if v.at[k] >= 0 || !u.punct && !u.upper && !finiteVerbAt(toks, k) && !triggerWord(u.norm) && !subjectStoppers[u.norm] && !demandingWords[u.norm] {
			subject = true // a name or a head noun
			continue
		}
		if !objectDeterminers[u.norm] {
			break
		}
	}
	if !subject || k < 0 {
		return false
	}
	if toks[k].norm == "that" {
		// After "that" a present form is a slip for the subjunctive
		// only under a demand: "suggested that Russia supplies" is a claim.
		return k >= 1 && (insistVerbs[toks[k-1].norm] || !strings.HasSuffix(w, "s") && demandingWords[toks[k-1].norm])
	}
	// Without "that" only the base form is asked for: "the UN demands
	// Iran halt", "recommended the US withdraw".
	return !strings.HasSuffix(w, "s") && demandingWords[toks[k].norm]
}

// subjectStoppers are function words that cannot stand in the subject
// between a demand and its verb.
var subjectStoppers = map[string]bool{
	"to": true, "of": true, "in": true, "on": true, "for": true, "with": true, "and": true, "or": true,
	"not": true, "that": true, "by": true, "from": true, "at": true,
}

// catenatives stand between a modal of obligation and the infinitive it
// governs: "should try to collaborate", "must be able to withdraw".
var catenatives = map[string]bool{
	"try": true, "seek": true, "attempt": true, "strive": true, "work": true, "able": true, "prepared": true, "willing": true,
}

// obligedThroughCatenative reports a verb whose infinitive follows a
// catenative under a modal of obligation: "the USA should try to
// collaborate with China" is advice, not an act.
func obligedThroughCatenative(toks []token, t int) bool {
	k := infinitiveTo(toks, t)
	if k < 1 || !catenatives[toks[k-1].norm] {
		return false
	}
	j := k - 2
	if j >= 0 && toks[j].norm == "be" {
		j-- // "must be able to"
	}
	return j >= 0 && obligationModals[toks[j].norm]
}

// requestedObjectNoun reports an event noun that is the object of an
// infinitive an appeal governs: "urged them to expedite bilateral
// talks", "called on the administration to open a dialogue with Iran".
// Only the appeal happened; the talks are what it asks for. An order or
// a threat (ownPlanVerbs) is left to the status rules.
func requestedObjectNoun(toks []token, t int) bool {
	for j := t - 1; j >= 1 && j >= t-3; j-- {
		if toks[j].punct || toks[j].upper {
			return false
		}
		if toks[j-1].norm == "to" && !objectDeterminers[toks[j].norm] {
			return !presupposingVerbs[toks[j].norm] && !ownPlan(toks, j-1) && (requestedAction(toks, j) || obligedAction(toks, j))
		}
	}
	return false
}

// ownPlanVerbs govern an infinitive that stays the plan of the one who
// speaks: an order to one's own officials ("ordered the ministry to hold
// talks"), or a threat ("threatened to hold talks with Turkey").
var ownPlanVerbs = map[string]bool{
	"ordered": true, "orders": true, "order": true, "instructed": true, "instructs": true, "told": true, "tells": true,
	"assigned": true, "directed": true, "directs": true, "authorised": true, "authorized": true,
	"threaten": true, "threatens": true, "threatened": true, "threatening": true,
}

// ownPlan reports one of ownPlanVerbs within the few words before the
// "to" at k, in the same clause.
func ownPlan(toks []token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-6; j-- {
		if clauseBreak(toks[j]) {
			return false
		}
		if ownPlanVerbs[toks[j].norm] {
			return true
		}
	}
	return false
}

// obligedExistence reports an event noun that a modal of obligation says
// should exist: "there should be a phased withdrawal", "there must be an
// inquiry". It is asked for, not done.
func obligedExistence(toks []token, t int) bool {
	k := t - 1
	for n := 0; k >= 0 && n < 2 && !toks[k].punct && !toks[k].upper && toks[k].norm != "be"; n++ {
		k-- // "a phased"
	}
	return k >= 1 && toks[k].norm == "be" && obligationModals[toks[k-1].norm]
}

// presupposingVerbs act on an event that already exists, so asking for
// them leaves the event stated: "urged Israel to end its occupation",
// "called on Iran to continue talks".
var presupposingVerbs = map[string]bool{
	"end": true, "stop": true, "halt": true, "lift": true, "cease": true, "continue": true, "suspend": true,
	"abandon": true, "drop": true, "scrap": true, "remove": true, "ease": true, "withdraw": true, "cancel": true,
}

// scheduleNouns name a plan for an act: "a timetable for the withdrawal".
var scheduleNouns = map[string]bool{
	"timetable": true, "timeline": true, "schedule": true, "date": true, "deadline": true, "plan": true, "roadmap": true,
}

// requestedSchedule reports an event noun that is what a schedule asked
// for is about: "wants a timetable for the withdrawal of US forces",
// "demanded a date for the pullout". requestedNoun reaches only the noun
// right after the verb of asking.
func requestedSchedule(v *sentenceView, t int) bool {
	toks := v.toks
	k := t - 1
	for n := 0; k >= 0 && n < 2 && (objectDeterminers[toks[k].norm] || !toks[k].upper && !toks[k].punct && !triggerWord(toks[k].norm) && toks[k].norm != "for" && toks[k].norm != "of"); n++ {
		k-- // "the progressive"
	}
	if k < 1 || toks[k].norm != "for" && toks[k].norm != "of" || !scheduleNouns[toks[k-1].norm] {
		return false
	}
	return requestedNoun(v, k-1)
}

// askedAct reports a trigger at t that names an act only asked for, so
// that no event of it is stated: see insistedAction,
// obligedThroughCatenative, requestedObjectNoun, obligedExistence and
// requestedSchedule. A noun of asking is left alone: "to answer their
// demands" asks for nothing new, the demands were made.
func (v *sentenceView) askedAct(t int, noun bool, typ graph.EventType) bool {
	if noun {
		return typ != graph.Request && (requestedObjectNoun(v.toks, t) || obligedExistence(v.toks, t) || requestedSchedule(v, t))
	}
	return v.insistedAction(t) || obligedThroughCatenative(v.toks, t)
}

// rumourNouns are what "there were ... of/that" reports as hearsay.
var rumourNouns = map[string]bool{"report": true, "reports": true, "rumours": true, "rumors": true, "rumour": true, "rumor": true}

// rumouredStatus returns graph.Speculated for an event stated in a
// clause that "there were reports of/that" opens: "there were reports of
// Russian forces bombing Gori", "there have been unconfirmed reports that
// the army shelled the town". The guide counts reported hearsay as
// speculated.
func rumouredStatus(toks []token, t int, status graph.Status) graph.Status {
	if status != graph.Reported && status != graph.Planned {
		return status
	}
	if hearsayClause(toks, t) {
		return graph.Speculated // statuscues.go: "Reports from the website say that"
	}
	for k := t - 1; k >= 2 && k >= t-statusWindow; k-- {
		if clauseBreak(toks[k]) {
			return status
		}
		if w := toks[k].norm; (w != "of" && w != "that") || !rumourNouns[toks[k-1].norm] {
			continue
		}
		for j := k - 2; j >= 0 && j >= k-6; j-- {
			if toks[j].norm == "there" {
				return graph.Speculated
			}
			if toks[j].punct {
				break
			}
		}
		return status
	}
	return status
}

// afterOfComplement returns the index of the word after mention n and
// the "of" phrase that completes it: after "the president of France" in
// "visit Tbilisi, and the president of France was to visit Moscow",
// where the title and the country are two mentions.
func (v *sentenceView) afterOfComplement(n int) int {
	k := v.ms[n].last + 1
	if k+1 < len(v.toks) && v.toks[k].norm == "of" {
		j := k + 1
		if objectDeterminers[v.toks[j].norm] && j+1 < len(v.toks) {
			j++
		}
		if m := v.at[j]; m >= 0 && v.ms[m].first == j {
			return v.ms[m].last + 1
		}
	}
	return k
}

// cueStoppers end the phrase of an event noun before a date cue: a
// clause ("that", "when") or another time ("since its disengagement in
// 2005").
var cueStoppers = map[string]bool{
	"that": true, "which": true, "who": true, "when": true, "while": true,
	"since": true, "after": true, "before": true, "following": true, "during": true, "until": true, "amid": true,
}

// nounOwnCue returns the date cue of the event noun at t: the cue that
// follows the noun's own phrase ("the withdrawal of American forces from
// Somalia in 1994") rather than a nearer one before it in another
// phrase ("the clashes in October 1993 led to the withdrawal ... in
// 1994"). The phrase between the noun and the cue holds no verb and no
// punctuation; without such a cue, or when the cue already picked comes
// after the noun, the pick (cue, ok) stands. Another event noun in
// between takes the cue itself.
func nounOwnCue(toks []token, cues []dateCue, t int, cue dateCue, ok bool) (dateCue, bool) {
	if !ok || cue.first > t {
		return cue, ok
	}
	for _, c := range cues {
		if c.first <= t || c.kind == cueAnchored {
			continue // "the previous day" needs an anchor the noun's phrase does not give
		}
		if c.first-t > 9 {
			return cue, ok
		}
		for k := t + 1; k < c.first; k++ {
			w := toks[k].norm
			if toks[k].punct || finiteVerbAt(toks, k) || triggerWord(w) || cueStoppers[w] {
				return cue, ok
			}
		}
		return c, true
	}
	return cue, ok
}
