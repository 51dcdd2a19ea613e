package loader

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// This file holds the readings of a status audit on news the rules were
// not tuned on: cues that sit in a relative clause of their own and so
// do not speak for the main verb ("the EU, which said it would not ...,
// deplored"), a sentence-wide hedge that is only a topic ("the
// allegations stem from"), an event noun whose own verb says it happened
// ("the skirmishes lasted hours"), a participle a condition only
// presupposes ("if the sailors being detained are not released"), and
// conditions and hearsay the clause scan missed ("were Iran to reject",
// "reports from the website say that").

// relativeOpeners open a relative clause after a comma: "the Commission,
// which has confirmed ..., deplored".
var relativeOpeners = map[string]bool{"which": true, "who": true, "whom": true, "whose": true}

// relativeReach bounds the look back from a cue for the opener of the
// relative clause it stands in.
const relativeReach = 12

// inClosedRelative reports whether the cue at k stands in a relative
// clause set off by commas that closes before the verb triggered at t:
// "The European Commission, which has confirmed that such a criterion
// would not be instituted, deplored the initiative". The cue belongs to
// the relative clause's verb, not to the main verb after it.
func inClosedRelative(toks []token, k, t int) bool {
	closed := false
	for j := k + 1; j < t; j++ {
		if toks[j].text == "," {
			closed = true
		}
	}
	if !closed {
		return false
	}
	for j := k - 1; j >= 1 && j >= k-relativeReach; j-- {
		if relativeOpeners[toks[j].norm] {
			return toks[j-1].text == ","
		}
		if clauseBreak(toks[j]) || toks[j].text == "," {
			return false
		}
	}
	return false
}

// cueOutOfScope reports whether the status cue at k, found in the clause
// scan before the trigger at t, belongs to another phrase.
func cueOutOfScope(toks []token, k, t int, verb bool) bool {
	return verb && inClosedRelative(toks, k, t) || verb && hedgesPatient(toks, k, t) || closedHedge(toks, k) || !verb && reactionInfinitive(toks, k, t) || settledPlanNoun(toks, k, t) // plannedstatus.go
}

// reducedRelativePrepositions follow the participle of a reduced relative
// clause that a hedge qualifies: "linked to", "involved in", "tied with".
var reducedRelativePrepositions = map[string]bool{"to": true, "in": true, "with": true, "for": true, "of": true}

// attributiveHedges qualify the noun after them: "three suspected
// militants", "the alleged ringleader".
var attributiveHedges = map[string]bool{"alleged": true, "suspected": true, "purported": true, "reputed": true}

// hedgesPatient reports whether the hedge at k qualifies only the subject
// of the passive verb triggered at t, the party the act was done to, and
// not the act: "Three suspected al-Qaeda members were arrested", "Ten men
// allegedly linked to the CIA have been ordered arrested" state the
// arrests; only who the men are is alleged. The hedge is an adjective
// opening the subject, or an adverb before the participle of a reduced
// relative clause ("allegedly linked to": a participle with its
// preposition, not with an object, as in "Israel allegedly attacked
// Syria"); a passive "be" follows in the same clause. An actor's
// qualified identity ("a suspected US drone attacked") stays hedged.
func hedgesPatient(toks []token, k, t int) bool {
	w := toks[k].norm
	switch {
	case attributiveHedges[w]:
		if k > 0 && !toks[k-1].punct && !toks[k-1].digit && !adjectivalBefore[toks[k-1].norm] {
			return false
		}
		if k+1 >= t || toks[k+1].punct || reducedRelativePrepositions[toks[k+1].norm] || toks[k+1].norm == "that" {
			return false
		}
	case strings.HasSuffix(w, "ly"):
		if k < 1 || k+2 >= t || toks[k-1].punct || auxiliaries[toks[k-1].norm] {
			return false
		}
		if !strings.HasSuffix(toks[k+1].norm, "ed") || !reducedRelativePrepositions[toks[k+2].norm] {
			return false
		}
	default:
		return false
	}
	for j := k + 1; j < t; j++ {
		if clauseBreak(toks[j]) || toks[j].text == "," {
			return false
		}
		switch toks[j].norm {
		case "was", "were", "been", "being":
			return true
		}
	}
	return false
}

// predicateHedges judge how likely something is as a predicate: "it is
// unlikely that", "which is doubtful".
var predicateHedges = map[string]bool{"unlikely": true, "doubtful": true}

// closedHedge reports whether the hedge at k closes its own clause
// ("ratified by Taiwan (which is unlikely, since Chen opposes the
// accord)"): it judges what came before it, not the act after it.
func closedHedge(toks []token, k int) bool {
	return predicateHedges[toks[k].norm] && k+1 < len(toks) && toks[k+1].punct
}

// wideCueComplements follow a sentence-wide cue that opens what it
// hedges: "allegations that", "speculation about", "rumours of".
var wideCueComplements = map[string]bool{
	"that": true, "of": true, "about": true, "over": true, "on": true, "regarding": true, "concerning": true,
	"surrounding": true, "he": true, "she": true, "they": true, "it": true,
}

// wideCueGoverns reports whether the sentence-wide cue at k hedges the
// trigger at t: the cue opens what it hedges right away ("amid
// speculation that", "rumours of a coup", "unconfirmed reports"), or
// through a "that" further on ("speculation has continued for days that
// the U.S. is considering", "some of the rumours were that"). A cue noun
// that is only the topic of its own clause ("The allegations stem from
// Dr Azam, who examined Kazemi following her arrest", "rejected the
// allegations, and media groups accused the council") hedges nothing
// after it.
func wideCueGoverns(toks []token, k, t int) bool {
	if toks[k].norm == "unconfirmed" {
		return true
	}
	if k+1 < len(toks) && wideCueComplements[toks[k+1].norm] {
		return true
	}
	if k > 0 && (toks[k-1].norm == "amid" || toks[k-1].norm == "despite") {
		return true
	}
	for j := k + 2; j < t; j++ {
		if toks[j].norm == "that" || toks[j].norm == "whether" {
			return true
		}
	}
	return false
}

// pastPredicates are irregular past forms that, right after an event
// noun and its complement, say the event took place: "the talks
// began", "the attack left ten dead".
var pastPredicates = map[string]bool{
	"began": true, "left": true, "took": true, "lasted": true, "ended": true, "killed": true, "wounded": true, "injured": true, "continued": true,
}

// nounPastPredicate reports whether the event noun at t is the subject of
// a past-tense verb that says it took place: "The skirmishes between the
// Israeli commandos and Hezbollah fighters lasted several hours". A
// participle that opens a reduced relative ("the talks proposed by
// Russia", "the summit planned for May") or a fate ("the visit was
// postponed") is not such a verb, nor is the verb of a head the noun
// complements ("the announcement of the visit came").
func nounPastPredicate(toks []token, t int) bool {
	for k := t - 1; k >= 0 && k >= t-3 && !toks[k].punct; k-- {
		if toks[k].norm == "of" {
			return false // "Announcement of this visit came from Lavrov": the verb is the head's
		}
	}
	for k := t + 1; k < len(toks) && k <= t+10; k++ {
		tk := toks[k]
		if tk.punct || tk.norm == "that" || tk.norm == "which" || tk.norm == "who" || tk.norm == "to" {
			return false
		}
		if _, ok := statusCues[tk.norm]; ok || scheduleWords[tk.norm] || fateAt(toks, k) != "" || auxiliaries[tk.norm] {
			return false
		}
		past := pastPredicates[tk.norm] || edForm(tk.norm)
		if !past || tk.upper {
			continue
		}
		prev := toks[k-1]
		if prepositions[prev.norm] || determiners[prev.norm] || prev.norm == "and" || strings.HasSuffix(prev.norm, "ly") || k == t+1 && !pastPredicates[tk.norm] {
			return false // "the attack on armed men", "the visit of the newly elected president"
		}
		if k+1 < len(toks) && (toks[k+1].norm == "by" || toks[k+1].norm == "for") {
			return false // "the talks sponsored by Egypt": a reduced relative
		}
		return true
	}
	return false
}

// presupposedParticiple reports whether the verb trigger at t is a
// progressive passive participle that describes a noun ("the 15 British
// sailors being detained by Iran"): a condition around the noun ("if the
// sailors being detained by Iran are not released") does not make the
// detention a supposition.
func presupposedParticiple(toks []token, t int) bool {
	return t >= 2 && toks[t-1].norm == "being" && !toks[t-2].punct && !auxiliaries[toks[t-2].norm] && !beForms[toks[t-2].norm]
}

// invertedConditionReach bounds the subject between an inverted "were"
// and its "to": "Were the Iranian government to reject".
const invertedConditionReach = 6

// invertedCondition reports whether the verb trigger at t is the verb of
// a condition put by inversion: "Were Iran to reject the offer,
// sanctions could follow", "Should Iran attack, ...". The clause opens
// the sentence.
func invertedCondition(toks []token, t int) bool {
	if len(toks) == 0 || t > invertedConditionReach+2 {
		return false
	}
	switch toks[0].norm {
	case "were":
		return t >= 2 && toks[t-1].norm == "to"
	case "should", "had":
		return t >= 2 && (toks[1].upper || determiners[toks[1].norm]) // "Should Iran attack", "Had the army fired"
	}
	return false
}

// hearsaySubjects are the nouns that, as the unnamed subject of a verb of
// saying, make what it says hearsay: "Reports from the website say that".
var hearsaySubjects = map[string]bool{"reports": true, "rumours": true, "rumors": true}

// hearsayModifiers may open a hearsay subject: "Media reports say".
var hearsayModifiers = map[string]bool{"the": true, "some": true, "media": true, "news": true, "press": true, "unconfirmed": true, "several": true, "other": true}

// hearsayVerbs say what the hearsay subject tells.
var hearsayVerbs = map[string]bool{
	"say": true, "said": true, "suggest": true, "suggested": true, "indicate": true, "indicated": true,
	"claim": true, "claimed": true, "allege": true, "alleged": true, "state": true, "stated": true,
}

// hearsayClause reports whether the trigger at t stands in the complement
// of a verb of saying whose subject is "reports" or "rumours" opening
// the clause: "Reports from the Israeli website Debka.com say that the
// United States is planning to launch air strikes". The guide counts
// such hearsay as speculated, as it does "reportedly".
func hearsayClause(toks []token, t int) bool {
	for k := t - 1; k >= 1 && k >= t-statusWindow-4; k-- {
		if clauseBreak(toks[k]) {
			return false
		}
		if !hearsayVerbs[toks[k].norm] {
			continue
		}
		for j := k - 1; j >= 0 && j >= k-8; j-- {
			if !hearsaySubjects[toks[j].norm] {
				if toks[j].punct && toks[j].text != "." {
					return false
				}
				continue
			}
			return j == 0 || toks[j].upper || toks[j-1].punct || hearsayModifiers[toks[j-1].norm] && (j == 1 || toks[j-2].punct || toks[j-1].upper)
		}
		return false
	}
	return false
}

// groundNouns name what would make an act known or settled: evidence of
// it, a sign of it, a decision on it.
var groundNouns = map[string]bool{
	"evidence": true, "indication": true, "indications": true, "sign": true, "signs": true, "proof": true,
	"decision": true, "confirmation": true,
}

// groundOpeners open what a ground noun is about: "evidence that",
// "a decision on", "no sign of", "no decision to".
var groundOpeners = map[string]bool{"that": true, "of": true, "on": true, "about": true, "whether": true, "to": true}

// groundNegators deny a ground noun a few words before it: "no credible
// evidence", "did not find any solid indication".
var groundNegators = map[string]bool{"no": true, "not": true, "never": true, "without": true, "nor": true, "lack": true}

// groundReach bounds the look back from the trigger for the ground
// noun's opener, and from the noun for its negator.
const (
	groundReach  = statusWindow + 4
	negatorReach = 4
)

// ungroundedAct reports whether the act triggered at t stands in what a
// denied ground noun is about: "found no evidence that a guard flushed a
// Qur'an", "there appears to be no indication that Yushchenko will be
// calling for elections", "has made no decision on withdrawing more
// troops". Nothing says it happened, and nothing denies it did in so
// many words: the guide's speculated.
func ungroundedAct(toks []token, t int) bool {
	for j := t - 1; j >= 1 && j >= t-groundReach; j-- {
		if clauseBreak(toks[j]) {
			return false
		}
		if !groundOpeners[toks[j].norm] || !groundNouns[toks[j-1].norm] {
			continue
		}
		for k := j - 2; k >= 0 && k >= j-1-negatorReach; k-- {
			if toks[k].punct {
				break
			}
			if groundNegators[toks[k].norm] {
				return true
			}
		}
		return false
	}
	return false
}

// This file holds the readings of a second status audit on news the rules
// were not tuned on: an infinitive that tells who was first to act ("was
// the first country to recognize Kosovo") states a deed, not a plan; an
// infinitive a modal causative only may bring about ("could cause Iran to
// withdraw") is a supposition; and "soon" before a past verb ("it soon
// erupted into verbal attacks") says when something happened, not that
// it is to come.

// doerRanks rank the doer of an act among others: "the first to",
// "the second leader to", "the only country to".
var doerRanks = map[string]bool{"first": true, "second": true, "third": true, "last": true, "only": true, "latest": true}

// rankedHeadsExcluded name a way or a moment rather than a doer: "the
// first step to", "the only way to", "the last chance to" open a
// purpose, which may never be fulfilled.
var rankedHeadsExcluded = map[string]bool{
	"step": true, "steps": true, "way": true, "ways": true, "chance": true, "opportunity": true, "time": true,
	"priority": true, "task": true, "move": true, "option": true, "thing": true, "attempt": true, "effort": true, "goal": true,
}

// permissionAdjectives between a rank and its infinitive make it a right
// or a readiness: "the only body entitled to", "the first side willing to".
var permissionAdjectives = map[string]bool{
	"able": true, "entitled": true, "eligible": true, "willing": true, "ready": true, "qualified": true, "permitted": true, "allowed": true,
}

// rankReach bounds the look back from the "to" for the rank word: the
// head noun and a short parenthesis ("one of the first countries, with
// the United Kingdom, France and Germany, to recognize").
const rankReach = 12

// rankedDeed reports whether the infinitive whose "to" is at k tells
// which doer acted first or alone: "Costa Rica was the first country to
// recognize Kosovo", "became the first Chinese leader to visit". The
// rank is stated of a deed done; a modal before the copula ("will be the
// first to visit") keeps it a plan.
func rankedDeed(toks []token, k int) bool {
	for j := k - 1; j >= 2 && j >= k-rankReach; j-- {
		tk := toks[j]
		if tk.text == ";" || tk.text == ":" || tk.norm == "that" || tk.norm == "which" || tk.norm == "who" {
			return false
		}
		if !doerRanks[tk.norm] {
			continue
		}
		if j+1 < k && rankedHeadsExcluded[toks[j+1].norm] {
			return false
		}
		for h := j + 1; h < k; h++ {
			if pastVerbForm(toks[h]) || permissionAdjectives[toks[h].norm] {
				return false // "the only legal entity allowed to detain": a right, not a deed
			}
		}
		if toks[j-1].norm != "the" {
			return false
		}
		copula := j - 2
		if toks[copula].norm == "not" && copula >= 1 {
			copula-- // "was not the only leader to criticize": others did too, and so did he
		}
		if toks[copula].norm == "of" && copula >= 2 && toks[copula-1].norm == "one" {
			copula -= 2 // "was one of the first countries to"
		}
		switch toks[copula].norm {
		case "was", "were", "is", "are", "became", "becomes", "become":
			return toks[copula].norm != "become" || copula == 0 || !statusModal(toks[copula-1])
		}
		return false
	}
	return false
}

// statusModal reports a modal that puts what follows in the future or in
// doubt.
func statusModal(t token) bool {
	switch t.norm {
	case "will", "would", "shall", "could", "may", "might", "can":
		return true
	}
	return false
}

// causativeBases make their object do the act of the infinitive after
// them; in the base form after a modal of doubt ("could cause Iran to
// withdraw", "might force the government to resign") the act is only
// a possible outcome.
var causativeBases = map[string]bool{
	"cause": true, "force": true, "lead": true, "prompt": true, "push": true, "drive": true, "compel": true, "provoke": true, "trigger": true,
}

// speculativeModals put a causative's outcome in doubt.
var speculativeModals = map[string]bool{"could": true, "may": true, "might": true}

// causativeObjectReach bounds the causative's object: "could cause the
// Iranian government to".
const causativeObjectReach = 6

// doubtfulCausedAct reports whether the infinitive whose "to" is at k is
// the outcome a causative under a modal of doubt may bring about: "tough
// action could cause Iran to withdraw from the treaty and to ban
// inspectors". A second infinitive joined by "and" shares the first's.
func doubtfulCausedAct(toks []token, k int) bool {
	k = firstConjunctTo(toks, k) // causatives.go: "to withdraw from the treaty and to ban"
	for j := k - 1; j >= 1 && j >= k-causativeObjectReach; j-- {
		if toks[j].punct {
			return false
		}
		if causativeBases[toks[j].norm] {
			return speculativeModals[toks[j-1].norm]
		}
	}
	return false
}

// infinitiveFixedStatus reads the status of an infinitive whose "to" is
// at k where its governor says more than a plan: a rank of a deed done
// (reported) or a causative in doubt (speculated).
func infinitiveFixedStatus(toks []token, k int) (graph.Status, bool) {
	switch {
	case rankedDeed(toks, k):
		return graph.Reported, true
	case doubtfulCausedAct(toks, k):
		return graph.Speculated, true
	case entailedCausedAct(toks, k):
		return graph.Reported, true // causatives.go: "prompted Israel to launch air strikes"
	case refusedInfinitive(toks, k):
		return graph.Denied, true // "decided not to send"
	}
	return continuationStatus(toks, k) // "continue to occupy"
}

// pastSoon reports whether the "soon" at k says how quickly something
// happened rather than that it is to come: "it soon erupted into verbal
// attacks", "soon after the talks".
func pastSoon(toks []token, k int) bool {
	if toks[k].norm != "soon" || k+1 >= len(toks) {
		return false
	}
	next := toks[k+1]
	return next.norm == "after" || next.norm == "afterwards" || next.norm == "thereafter" || pastVerbForm(next)
}

// continueForms are the forms of "continue" whose infinitive is going on.
var continueForms = map[string]bool{"continue": true, "continues": true, "continued": true, "continuing": true}

// beginForms are the forms of "begin" and "start" whose infinitive has got
// under way: "has begun to withdraw", "began to withdraw on Monday" (not
// the Monday to come), "is starting to pull out".
var beginForms = map[string]bool{
	"begin": true, "begins": true, "began": true, "begun": true, "beginning": true,
	"start": true, "starts": true, "started": true, "starting": true,
}

// planningGovernors before "continue" make the continuation a plan, which
// the clause's own cues tell: "will continue to", "plans to continue to".
var planningGovernors = map[string]bool{"will": true, "would": true, "shall": true, "to": true}

// continuationNegators deny a continuation: "did not continue to".
var continuationNegators = map[string]bool{"not": true, "never": true, "no": true}

// continuationStatus reads the status of the infinitive whose "to" is at
// k after a form of "continue" or "begin": reported, speculated after a
// speculative modal, denied after a negation; a plan after "will" or
// another infinitive ("will begin to withdraw").
func continuationStatus(toks []token, k int) (graph.Status, bool) {
	if k < 1 || !continueForms[toks[k-1].norm] && !beginForms[toks[k-1].norm] {
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

// The readings below come from a second audit on unseen news: an event
// noun that a phrase puts the clause's act ahead of, a gerund a verb of
// proposing governs, and a gerund an aspect verb carries into an
// infinitive are plans, not deeds.

// anticipatingOpeners open a phrase that names what is still to come when
// the clause's act takes place, with the preposition that must follow:
// "ahead of their deployment", "in advance of the visit", "in
// anticipation of talks", "in preparation for the invasion". "In the
// run-up to" and "before" are left out: news uses them as often for what
// has since happened ("in the run-up to the 2003 invasion").
var anticipatingOpeners = map[string]string{
	"ahead": "of", "advance": "of", "anticipation": "of", "preparation": "for", "preparations": "for",
	"eve": "of", // "on the eve of the summit": the day before it
}

// anticipatedNounReach bounds the words between the opener's preposition
// and the event noun: "ahead of the planned state visit", "ahead of
// Chirac's visit".
const anticipatedNounReach = 5

// anticipatedNoun reports whether the event noun at t heads the object of
// a phrase that puts the clause's act ahead of it: "soldiers gathered in
// Darwin ahead of their deployment to Afghanistan" does not say they have
// deployed; the deployment is planned. A year in the phrase ("ahead of the
// 2004 elections") dates a span the act may have reached, so it is left
// to the other cues.
func anticipatedNoun(toks []token, t int) bool {
	for k := t - 1; k >= 1 && k >= t-anticipatedNounReach-1; k-- {
		tk := toks[k]
		if _, isYear := year(tk); tk.punct || isYear {
			return false
		}
		if prepositions[tk.norm] {
			// The object's own preposition, or another phrase: "in
			// advance of the conference in a rally" does not put the
			// rally ahead.
			next, ok := anticipatingOpeners[toks[k-1].norm]
			return ok && next == tk.norm
		}
	}
	return false
}

// proposalVerbs put forward an act for others to take up: "proposed
// sending troops", "suggested withdrawing", "recommends imposing
// sanctions", "to propose sending". Their gerund is an act proposed, not
// one done. Forms that are also nouns ("advocates demanding", "in favour")
// are left out.
var proposalVerbs = map[string]bool{
	"propose": true, "proposes": true, "proposed": true, "proposing": true,
	"suggest": true, "suggests": true, "suggested": true, "suggesting": true,
	"recommend": true, "recommends": true, "recommended": true, "recommending": true,
	"advocated": true, "advocating": true, "favoured": true, "favored": true,
}

// proposedGerund reports whether the verb at t is a gerund a verb of
// proposing governs: "Sarkozy promised to propose sending more troops to
// Afghanistan" proposes a deployment that has not happened.
func proposedGerund(toks []token, t int) bool {
	return t >= 1 && proposalVerbs[toks[t-1].norm] && len(toks[t].norm) > 4 && strings.HasSuffix(toks[t].norm, "ing")
}

// aspectVerbs start or take up again an act their gerund names: "begin
// negotiating", "start sending", "resume talking".
var aspectVerbs = map[string]bool{"begin": true, "start": true, "resume": true}

// aspectInfinitive reports whether the gerund at t follows an aspect verb
// in an infinitive its governor takes directly ("is willing to begin
// negotiating", "agreed to start withdrawing"): the gerund's act then
// stands where the infinitive does, and the governor, though itself a
// trigger, gives its status. An infinitive after an object ("ordered the
// troops to begin leaving") is left to the other readings.
func aspectInfinitive(toks []token, t int) bool {
	if t < 3 || !aspectVerbs[toks[t-1].norm] || toks[t-2].norm != "to" || !strings.HasSuffix(toks[t].norm, "ing") {
		return false
	}
	gov := toks[t-3].norm
	_, cue := statusCues[gov]
	return readinessWords[gov] || cue || edForm(gov) // "willing to", "plans to", "agreed to"
}

// The readings below come from an audit of wire copy (1987 Reuters), which
// states plans and hearsay more often than Wikinews does: a "not" that
// only opens "not only ... but also", a modal that forecasts what others
// guess, a yes-no question, and a meeting noun whose attending verb
// carries the plan.

// additiveNegation reports whether the "not" at k opens "not only" or "not
// merely", which add to an act rather than deny it: "the agency not only
// supported the bank but also made deposits available".
func additiveNegation(toks []token, k int) bool {
	return toks[k].norm == "not" && k+1 < len(toks) && (toks[k+1].norm == "only" || toks[k+1].norm == "merely")
}

// forecastWords guess at what others will do: "analysts speculated that",
// "traders predict", "dealers were confident that", "officials believe",
// "there has been speculation that".
var forecastWords = map[string]bool{
	"speculated": true, "speculate": true, "speculates": true, "speculating": true,
	"predicted": true, "predict": true, "predicts": true, "predicting": true,
	"forecast": true, "forecasts": true, "forecasting": true, "guessed": true, "guess": true,
	"confident": true, "convinced": true, "believe": true, "believes": true, "believed": true,
	"think": true, "thinks": true, "thought": true, "suspect": true, "suspects": true, "suspected": true,
	"doubt": true, "doubts": true, "doubted": true, "doubtful": true, "likely": true, "unlikely": true, "probably": true, "probable": true,
	"speculation": true, "speculations": true, "rumour": true, "rumours": true, "rumor": true, "rumors": true,
}

// forecastReach bounds the look back from the modal to the forecast word:
// the subject of the guessed clause and a "that" between them.
const forecastReach = 8

// forecastModal reports whether the future modal at k ("will", "would")
// stands in the complement of a word of guessing: "traders have
// speculated that the United States would make an offer to Moscow" says
// nobody announced the offer; it is speculated, not planned.
func forecastModal(toks []token, k int) bool {
	if toks[k].norm != "will" && toks[k].norm != "would" {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-forecastReach; j-- {
		if clauseBreak(toks[j]) || toks[j].text == "," || statusModal(toks[j]) {
			return false
		}
		if forecastWords[toks[j].norm] {
			return true
		}
	}
	return false
}

// questionAuxiliaries open a yes-no question: "Is the United States ready
// to supply this?", "Will Iran attack?".
var questionAuxiliaries = map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "will": true, "would": true, "could": true, "can": true,
	"should": true, "does": true, "do": true, "did": true, "has": true, "have": true, "had": true, "may": true, "might": true,
}

// polarQuestion reports whether the sentence asks whether something is so:
// an auxiliary first and a question mark last. It asserts nothing, so an
// act its verb states is at most speculated; a noun in it ("Is his
// accusation valid?") still names what was done.
func polarQuestion(toks []token) bool {
	first := 0
	if len(toks) > 0 && quoteMarks[toks[0].text] {
		first++ // an opening quote; any other mark ("-->,") means the sentence was cut from another
	}
	last := len(toks) - 1
	for last > first && toks[last].punct && toks[last].text != "?" {
		last--
	}
	return first < last && toks[last].text == "?" && questionAuxiliaries[toks[first].norm]
}

// attendanceVerbs take a meeting as their object: "will attend the IMF
// and World Bank meetings", "is to host the summit", "plans to chair the
// talks".
var attendanceVerbs = map[string]bool{
	"attend": true, "attends": true, "attending": true, "attended": true,
	"host": true, "hosts": true, "hosting": true, "hosted": true,
	"chair": true, "chairs": true, "chairing": true, "chaired": true,
}

// attendingVerb returns the index of the attendance verb whose object the
// event noun at t heads, or -1. The names before the noun ("the
// International Monetary Fund and World Bank meetings") keep the modal
// out of the noun's own look back, so the verb's status speaks for it.
func attendingVerb(toks []token, t int) int {
	for k := t - 1; k >= 0 && k >= t-statusWindow; k-- {
		if toks[k].punct {
			return -1
		}
		if !attendanceVerbs[toks[k].norm] {
			continue
		}
		if i := infinitiveTo(toks, k); i >= 0 && !plannedPurpose(toks, i) {
			return -1 // "visited Mexico last week to attend a meeting": often the purpose of an act done
		}
		if reactionInfinitive(toks, k, t) {
			return -1 // protestobjects.go: "will not attend to protest the invasion"
		}
		return k
	}
	return -1
}

// The readings below come from a fourth status audit, on fresh samples of
// Wikinews and 1987 Reuters copy: an act asked about in a "whether"
// clause ("there was confusion about whether the party supported the
// amendment") is open, a forecast of how likely an act is ("it is
// unlikely that such an offer will be made") guesses rather than plans,
// and a past perfect ("had held two rounds of talks") states a deed
// however far ahead a date elsewhere in the sentence lies.

// whetherReach bounds the look back from a trigger for the "whether"
// that opens its clause: the subject and an auxiliary or two between.
const whetherReach = statusWindow

// openQuestionClause reports whether the verb trigger at t stands in a
// clause opened by "whether": "it is unclear whether the AIF made any
// threatening gestures", "did not comment on whether Israel had also
// blockaded Lebanon", "considers whether to join a ceasefire". What the
// clause asks about is neither stated nor denied: the guide's
// speculated. "Whether or not", a concession ("must act whether or not
// they signed"), is left out, as is a clause that closes before the
// trigger.
func openQuestionClause(toks []token, t int) bool {
	for k := t - 1; k >= 0 && k >= t-whetherReach; k-- {
		tk := toks[k]
		if clauseBreak(tk) || tk.text == "," || tk.norm == "that" || tk.norm == "and" || tk.norm == "but" {
			return false
		}
		if tk.norm == "whether" {
			return k+1 < len(toks) && toks[k+1].norm != "or" && !concessiveWhether(toks, k) && !nominalTrigger(toks, k, t)
		}
	}
	return false
}

// concessiveWhether reports whether the "whether" at k opens "whether X
// or Y" as a concession at the head of its sentence ("Whether it's the
// gun lobby or the farm lobby, you have these people who ..."): the main
// clause after it asks nothing.
func concessiveWhether(toks []token, k int) bool {
	if k > 0 && !toks[k-1].punct {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+whetherReach+4; j++ {
		if toks[j].norm == "or" {
			return true
		}
	}
	return false
}

// nominalTrigger reports whether the trigger at t, though read as a verb,
// heads a noun phrase or an infinitive inside the "whether" clause opened
// at w: "whether he was taking up Papandreou's renewed offer" (the offer
// was made), "whether the U.S. had authority to invade" (the clause asks
// about the authority). An infinitive right after "whether" ("will vote
// on whether to impose sanctions") names an option on the table, which
// the guide reads as planned, as any infinitive.
func nominalTrigger(toks []token, w, t int) bool {
	for j := w + 1; j < t; j++ {
		if toks[j].poss {
			return true
		}
	}
	return infinitiveTo(toks, t) >= 0 || t >= 1 && determiners[toks[t-1].norm]
}

// pastPerfectReach bounds the look back from a trigger for "had": "had
// held two rounds of talks", "had already been attacked by".
const pastPerfectReach = 5

// pastPerfectClause reports whether the event triggered at t is told in
// the past perfect, or with "had" as its own support verb: "China and
// the U.S. had held two rounds of talks on a pact due to expire at the
// end of 1987", "the two leaders had talks". A date ahead of publication
// that the sentence gives ("the end of 1987") then belongs to another
// phrase: it cannot make the event a plan. "Had to" is an obligation, and
// an inverted condition ("Had the army fired") opens the sentence.
func pastPerfectClause(toks []token, t int) bool {
	for k := t - 1; k >= 1 && k >= t-pastPerfectReach; k-- {
		tk := toks[k]
		if clauseBreak(tk) || tk.punct || statusModal(tk) || tk.norm == "to" {
			return false
		}
		if tk.norm == "had" {
			return k+1 < len(toks) && toks[k+1].norm != "to"
		}
	}
	return false
}

// futurePurposeCues, in the clause an infinitive of purpose closes, put
// the purpose ahead: "would leave for Washington on Monday to attend the
// IMF meeting", "will fly to Rome to attend the summit".
var futurePurposeCues = map[string]bool{"will": true, "would": true, "shall": true, "plans": true, "planning": true, "expected": true, "due": true, "scheduled": true}

// plannedPurpose reports whether the infinitive of purpose whose "to" is
// at i belongs to a clause that a future cue puts ahead, so that the
// meeting it attends is still to come.
func plannedPurpose(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-statusWindow; k-- {
		if clauseBreak(toks[k]) || toks[k].text == "," {
			return false
		}
		if futurePurposeCues[toks[k].norm] {
			return true
		}
	}
	return false
}

// negativeSubjectOpeners may stand right before a subject that opens its
// clause: "and none of them", "said that nobody", "said none".
var negativeSubjectOpeners = map[string]bool{"and": true, "but": true, "that": true, "said": true, "says": true}

// negativeSubjectReach bounds the look back from a trigger for a subject
// that denies it: "none of the Soviet ships are known to have been
// attacked".
const negativeSubjectReach = statusWindow + 4

// negativeSubject reports whether the verb trigger at t has a subject
// that says no one did it or had it done to them: "None of the rebel
// groups attacked the convoy", "so far, none of the ships have been
// attacked by Iran", "nobody has been arrested". The subject opens its
// clause; a relative clause between ("none of those who attacked the
// convoy were arrested") or a complement ("none of them says that X
// offered money") gives the trigger a clause of its own.
func negativeSubject(toks []token, t int) bool {
	for k := t - 1; k >= 0 && k >= t-negativeSubjectReach; k-- {
		tk := toks[k]
		if clauseBreak(tk) || relativeOpeners[tk.norm] || tk.norm == "that" {
			return false
		}
		w := tk.norm
		if w == "one" && k > 0 && toks[k-1].norm == "no" {
			k--
			w = "no one"
		}
		if w != "none" && w != "nobody" && w != "no one" {
			continue
		}
		return k == 0 || negativeSubjectOpeners[toks[k-1].norm] || toks[k-1].punct
	}
	return false
}

// seemForms present what follows as the writer's impression: "seems
// prepared to accept", "appears ready to compromise".
var seemForms = map[string]bool{"seem": true, "seems": true, "seemed": true, "appear": true, "appears": true, "appeared": true}

// dispositions say one is disposed to act: "ready", "willing" to.
var dispositions = map[string]bool{"ready": true, "willing": true, "prepared": true, "poised": true, "inclined": true, "keen": true, "eager": true}

// seemingDisposition reports an act (or a readiness for it) at t that the
// subject only seems or appears disposed to: "the administration seems
// prepared to accept a withdrawal", "Japan appears ready to compromise",
// "Brazil still seems willing to talk to the Fund". Nobody says it will
// happen: the guide's speculated.
func seemingDisposition(toks []token, t int) bool {
	k := t
	if k >= 2 && toks[k-1].norm == "to" && dispositions[toks[k-2].norm] {
		k -= 2 // the act after the readiness: "prepared to accept"
	}
	return dispositions[toks[k].norm] && k >= 1 && seemForms[toks[k-1].norm]
}
