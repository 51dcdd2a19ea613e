package loader

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// This file finds acts a sentence names without stating that they
// happened: acts asked for or pressed ("was asked to", "demanded that X
// pulls out", "urged them to expedite talks"), acts a binding text
// requires ("a document requiring the withdrawal"), acts only considered
// ("considered invading"), possible ("Iran can strike Israel"), rumoured
// ("there were reports of"), authorized ("authorized sending troops") or
// still to come ("visits Bonn next week", "when he arrives").

// askedVerbs are participles of asking and pressing. After "was" or "be"
// and before "to" they are passives whose subject is the one asked, not a
// state of the subject as "is opposed to" is: "Sharif was asked to form a
// government", "demanded that Doan be asked to leave".
var askedVerbs = map[string]bool{
	"asked": true, "urged": true, "requested": true, "pressed": true, "pressured": true, "pushed": true,
	"encouraged": true, "told": true, "called": true, "begged": true, "implored": true, "exhorted": true,
	"advised": true, "instructed": true, "ordered": true, "forced": true, "compelled": true, "persuaded": true,
	"challenged": true, "invited": true,
}

// weighingVerbs take an act only thought about as their -ing object.
var weighingVerbs = map[string]bool{
	"consider": true, "considers": true, "considered": true, "considering": true, "contemplate": true,
	"contemplates": true, "contemplated": true, "contemplating": true, "mull": true, "mulls": true, "mulled": true,
	"mulling": true, "weigh": true, "weighs": true, "weighed": true, "weighing": true,
}

// weighedAct reports a verb in -ing at t that is what a verb of weighing
// right before it thinks about: "has considered invading Russia",
// "is contemplating imposing sanctions". The act is only possible.
func weighedAct(toks []token, t int) bool {
	return t > 0 && strings.HasSuffix(toks[t].norm, "ing") && weighingVerbs[toks[t-1].norm]
}

// obligingForms are the forms of verbs by which a text binds its parties
// to an act: "a resolution requiring the withdrawal", "the accord obliges".
var obligingForms = map[string]bool{
	"requires": true, "requiring": true, "require": true, "obliges": true, "obliging": true, "oblige": true,
	"stipulates": true, "stipulating": true, "mandates": true, "mandating": true,
}

// bindingTexts are nouns for texts that bind their parties.
var bindingTexts = map[string]bool{
	"document": true, "resolution": true, "resolutions": true, "plan": true, "agreement": true, "agreements": true,
	"deal": true, "accord": true, "accords": true, "treaty": true, "treaties": true, "law": true, "bill": true,
	"pact": true, "ceasefire": true, "truce": true, "protocol": true, "roadmap": true, "proposal": true,
	"draft": true, "charter": true, "constitution": true, "convention": true, "text": true, "clause": true,
	"provision": true, "provisions": true, "decree": true, "order": true, "ruling": true, "verdict": true,
}

// textObligedAct reports an event noun at t that a binding text requires,
// a few words after the verb of requiring ("a document requiring the
// immediate withdrawal of Russian forces", "the accord obliges the
// release of"): the act is planned, not done. A need of people ("six
// million Ethiopians requiring emergency support") is no obligation.
func textObligedAct(toks []token, t int) bool {
	for k := t - 1; k >= 1 && k >= t-4; k-- {
		if toks[k].punct {
			return false
		}
		if !obligingForms[toks[k].norm] {
			continue
		}
		j := k - 1
		if toks[j].text == "," && j >= 1 {
			j--
		}
		return bindingTexts[toks[j].norm]
	}
	return false
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
	if askedWhether(v.toks, t) {
		return true
	}
	if noun {
		return typ != graph.Request && (requestedObjectNoun(v.toks, t) || obligedExistence(v.toks, t) || requestedSchedule(v, t))
	}
	return v.insistedAction(t) || obligedThroughCatenative(v.toks, t)
}

// questioningVerbs ask a question whose clause follows with "if" or
// "whether".
var questioningVerbs = map[string]bool{
	"ask": true, "asks": true, "asked": true, "asking": true, "wonder": true, "wonders": true, "wondered": true,
	"wondering": true, "inquire": true, "inquired": true, "enquire": true, "enquired": true,
}

// askedWhether reports a trigger at t in an indirect question: "Journalists
// asked X if Brazil will declare the FARC a terrorist group", "reporters
// wondered whether Iran would attack". The question states no act, not
// even a possible one.
func askedWhether(toks []token, t int) bool {
	for k := t - 1; k >= 1 && k >= t-12; k-- {
		u := toks[k]
		if u.norm == "if" || u.norm == "whether" {
			for j := k - 1; j >= 0 && j >= k-8; j-- {
				if questioningVerbs[toks[j].norm] {
					return true
				}
				if toks[j].punct && toks[j].text != "," || whWords[toks[j].norm] {
					return false // "asked what happens if Israel attacks": a condition inside the question
				}
			}
			return false
		}
		if clauseBreak(u) || u.text == "." || u.norm == "and" && k+1 < len(toks) && toks[k+1].norm == "if" {
			return false
		}
	}
	return false
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
	if hearsayClause(toks, t) || hearsaySourced(toks, t) {
		return graph.Speculated // statuscues.go: "Reports from the website say that"; hearsaysources.go: "according to reports"
	}
	if seemingDisposition(toks, t) {
		return graph.Speculated // statuscues.go: "seems prepared to accept"
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

// aheadCue reports a date cue that points past publication ("next week",
// "tomorrow", "next Friday") on a trigger that is not a past form: "Mikulic
// visits West Germany next week", "Putin flies to Paris next month". The
// event is still to come even when the cue's month is the month of
// publication, where comparing dates cannot tell. A past verb keeps its
// status: "agreed last week to meet next week" dates the meeting, not the
// agreeing.
func aheadCue(cue dateCue, tok token, noun bool) bool {
	if cue.offset != 1 || (cue.kind != cueRelative && cue.kind != cueWeekday) {
		return false
	}
	return tense(tok, noun, graph.Reported) >= 0
}

// futureTimeSubordinators open a clause of time whose present tense tells
// of what is still to come: "when he arrives in Washington", "before Bush
// visits China", "after both sides sign the deal".
var futureTimeSubordinators = map[string]bool{"when": true, "before": true, "after": true, "once": true}

// presentTimeClause reports a verb trigger at t in the present tense that
// a subordinator of time opens a few words before, past its subject only:
// "would be raised when Nakasone meets Reagan", "will take effect after
// both sides sign". English puts future events in such clauses in the
// present, so the event is planned; the sentence must say the main event
// is to come as well, since a bare present is also used of the past
// ("was killed when a missile hit", "before the King told him"). A past, perfect or progressive form
// ("when he arrived", "after they had met", "before meeting") is left to
// the other cues.
func presentTimeClause(toks []token, t int) bool {
	w := toks[t].norm
	if strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || pastForms[w] || auxiliaries[w] || beForms[w] {
		return false
	}
	for k := t - 1; k >= 0 && k >= t-6; k-- {
		u := toks[k]
		if futureTimeSubordinators[u.norm] {
			return k < t-1 && futureMainClause(toks, k, t) // a subject stands between: "after signing" has none
		}
		if u.punct || auxiliaries[u.norm] || beForms[u.norm] || obligationModals[u.norm] || strings.HasSuffix(u.norm, "ed") || u.norm == "that" || u.norm == "which" || u.norm == "who" {
			return false
		}
	}
	return false
}

// futureMarkers say an event is still to come.
var futureMarkers = map[string]bool{
	"will": true, "would": true, "shall": true, "'ll": true, "expected": true, "planning": true, "plans": true,
	"planned": true, "scheduled": true, "due": true, "next": true, "upcoming": true, "tomorrow": true,
}

// futureMainClause reports whether the sentence outside the time clause
// that opens at k and reaches the verb at t says that what it tells is
// to come: "will meet Tuesday, a day before Bush arrives", "his main
// demand when he arrives would be".
func futureMainClause(toks []token, k, t int) bool {
	for i, u := range toks {
		if (i < k || i > t) && futureMarkers[u.norm] {
			return true
		}
	}
	return false
}

// canReach bounds the words between "can" and the act it puts in doubt:
// "can deploy troops", "can fully withdraw". Further on, "can" governs a
// verb of its own ("can do his job effectively so he has been withdrawn").
const canReach = 2

// canGoverns reports whether the "can" at k governs the trigger at t: it
// is the modal, not the noun ("auction the can"), and near enough.
func canGoverns(toks []token, k, t int) bool {
	return t-k <= canReach && (k == 0 || !determiners[toks[k-1].norm])
}

// requestedNamedNoun reports an event noun at t whose phrase, with a
// named possessor or modifier, is the object of a verb of asking:
// "demanded Ahmed Saadat's surrender", "called for Israel's immediate
// withdrawal", "demands for Syria's withdrawal", "requested Japanese
// government sanctions". requestedNoun stops at the first name.
func requestedNamedNoun(v *sentenceView, t int) bool {
	toks := v.toks
	named := false
	for k := t - 1; k >= 0 && k >= t-6; k-- {
		u := toks[k]
		w := u.norm
		if u.punct || u.digit {
			return false
		}
		if named && requestNounGovernors[w] {
			return true
		}
		if named && w == "for" && k > 0 && (requestNounGovernors[toks[k-1].norm] || strings.HasPrefix(toks[k-1].norm, "call")) {
			return true // "called for Israel's withdrawal", "demands for Syria's withdrawal"
		}
		switch {
		case u.upper || u.poss:
			named = true
		case determiners[w] || possessorWords[w]:
		default:
			return false
		}
	}
	return false
}

// possessorWords may stand in the phrase between a verb of asking and the
// event noun it asks for: "demanded the Syrian army's complete withdrawal".
var possessorWords = map[string]bool{
	"immediate": true, "complete": true, "full": true, "unconditional": true, "prompt": true,
	"government": true, "army": true, "military": true, "forces": true, "troops": true,
}

// authorizingVerbs give leave for an act that has not yet happened.
var authorizingVerbs = map[string]bool{
	"authorized": true, "authorised": true, "authorizes": true, "authorises": true, "authorize": true, "authorise": true,
	"authorizing": true, "authorising": true, "approved": true, "approves": true, "approve": true, "approving": true,
}

// authorizedNouns name acts carried out once leave is given; an approved
// "agreement" or "treaty" is another matter (ratification).
var authorizedNouns = map[string]bool{
	"deployment": true, "dispatch": true, "sending": true, "invasion": true, "attack": true, "attacks": true, "strike": true,
	"strikes": true, "withdrawal": true, "sale": true, "transfer": true, "release": true, "sanctions": true, "mission": true,
	"incursion": true, "incursions": true, "operation": true, "operations": true,
}

// authorizedAct returns graph.Planned for an act that an authorizing
// verb governs: a gerund right after it ("authorized sending troops") or
// an event noun in its object ("approved the deployment of troops",
// "authorizing the use of force"). The authorization happened; the act
// is to come.
func authorizedAct(toks []token, t int, verb bool) (graph.Status, bool) {
	if verb {
		if t >= 1 && authorizingVerbs[toks[t-1].norm] && len(toks[t].norm) > 4 && toks[t].norm[len(toks[t].norm)-3:] == "ing" {
			return graph.Planned, true
		}
		return "", false
	}
	if !authorizedNouns[toks[t].norm] {
		return "", false
	}
	for k := t - 1; k >= 0 && k >= t-3; k-- {
		w := toks[k].norm
		if authorizingVerbs[w] {
			return graph.Planned, true
		}
		if toks[k].punct || !determiners[w] && w != "military" {
			return "", false
		}
	}
	return "", false
}
