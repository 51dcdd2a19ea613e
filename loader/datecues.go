package loader

import (
	"strings"
	"time"

	"github.com/geokg/geokg/graph"
)

// Date fixes found by auditing dates on news the rules were not tuned on.
//
// A planned act takes no date from the report of its plan. datesReportOfPlan
// (doneacts.go) handles a weekday or "yesterday" next to the past verb that
// reports or decides the plan; reportDatesPlan extends it to any cue
// ("On April 17, X had sent a letter saying he planned to ...", which
// resolved forward lands in the next year; "has admitted this week's
// decision to commit troops") and to a verb whose object stands between it
// and the cue ("notified Congress Monday of its intention to sell", which
// resolved forward lands on the Monday after publication).
//
// "Earlier in the day" and "later in the day" are the day of the story, as
// "later that day" is (sequence.go); a cue counted back from the story's
// day ("two weeks earlier", "earlier in the day") in an article that has
// given no day yet counts back from publication, the story's own day.
//
// A cue after an event noun and its object, with no verb between, dates
// the noun: "stormed the jail ... responsible for the assassination of a
// minister five years ago" (ownedByNominal). A cue in a clause after a
// reported act that puts the clause ahead ("invited X for talks, which
// will begin on Friday") dates that clause (futureOccasion), and so does
// a cue in a relative clause set off by commas before the verb ("X, who
// arrived on Monday, met", inRelativeBefore).
//
// An event with no target takes a cue only within six words (nearCue); one
// further on in the verb's own clause, with no verb, infinitive or gerund
// between, is its too ("withdrew from the jurisdiction of the maritime
// division of the court in 2002", ownClauseCue).
//
// An event noun in the object of an infinitive of purpose after a cue is
// not dated by it ("will meet on Monday to discuss a US-led assault on
// Iran", nounInPurpose).
//
// From a third audit: a report of a plan may be a gerund ("today by
// confirming he will resign") or stand after a long name ("On Wednesday,
// Congolese President Joseph Kabila said"), reportDatesPlan; an act in
// the object of a verb of discussion after a cue is only spoken of ("will
// visit next year to discuss plans to pull its troops out",
// discussedActCue); the act read from "blamed X for" keeps the cue of its
// own phrase (blamedActRead).

// reportDatesPlan reports whether the cue before the trigger t of a
// planned event dates the past report or decision of the plan rather than
// the act planned.
func reportDatesPlan(toks []token, t int, cue dateCue) bool {
	if cue.last >= t {
		return false
	}
	// "passed on Thursday", "notified Congress Monday", "told reporters on
	// Tuesday": the verb, perhaps its one-word object, then the cue.
	k := cue.first - 1
	if k >= 0 && toks[k].norm == "on" {
		k--
	}
	if k >= 0 && pastReportVerb(toks[k]) || k >= 1 && objectWord(toks[k]) && pastReportVerb(toks[k-1]) {
		return true
	}
	if objectBeforeInfinitiveCue(toks, t, cue) {
		return true // "granted leave today to prosecute", "began the groundwork today in order to block"
	}
	// "On April 17, Kucinich had sent a letter saying he planned to". A
	// name between the cue and the verb counts as one word ("On Wednesday,
	// Congolese President Joseph Kabila said the army would"), and a gerund
	// of reporting is the report ("today by confirming he will resign").
	words := 0
	for k := cue.last + 1; k < t && k <= cue.last+2*reportNearCue && words < reportNearCue; k++ {
		if !toks[k].punct && !(toks[k].upper && k > cue.last+1 && toks[k-1].upper) {
			words++
		}
		if w := toks[k].norm; w == "to" || w == "will" || w == "would" {
			return false
		}
		if pastReportVerb(toks[k]) || reportGerunds[toks[k].norm] {
			return true
		}
	}
	return false
}

// reportGerunds report, announce or pledge a plan in an adverbial phrase:
// "surprised the party on Monday by announcing she will step down".
var reportGerunds = map[string]bool{
	"announcing": true, "confirming": true, "saying": true, "stating": true, "declaring": true, "revealing": true,
	"telling": true, "indicating": true, "signalling": true, "signaling": true, "pledging": true, "promising": true, "vowing": true,
}

// objectWord is a one-word object between a verb and its date: a name
// ("Congress") or a plural noun of people ("reporters", "lawmakers").
func objectWord(t token) bool {
	return t.upper || reportAudiences[t.norm]
}

// reportAudiences are the people a plan is reported to.
var reportAudiences = map[string]bool{"reporters": true, "journalists": true, "lawmakers": true, "parliament": true, "congress": true, "legislators": true, "delegates": true, "supporters": true, "officials": true}

// pastReportVerb is a verb in the past tense that reports, decides or
// does something, not the plan's own wording ("scheduled", "planned").
func pastReportVerb(t token) bool {
	w := t.norm
	if t.upper || t.punct {
		return false
	}
	if _, ok := statusCues[w]; ok {
		return false
	}
	return reportVerbsPast[w] || pastForms[w] || edForm(w)
}

// dayPartCueAt reads "earlier in the day" and "later in the day": the
// story's day.
func dayPartCueAt(toks []token, i int) (dateCue, bool) {
	if i+3 >= len(toks) || toks[i].norm != "earlier" && toks[i].norm != "later" {
		return dateCue{}, false
	}
	if toks[i+1].norm != "in" || toks[i+2].norm != "the" || toks[i+3].norm != "day" {
		return dateCue{}, false
	}
	return dateCue{first: i, last: i + 3, kind: cueAnchored, unit: graph.Day, story: true}, true
}

// countedBack marks an anchored cue that counts back from the story's
// present ("two weeks earlier", "a day earlier"). "Later that day" and "the
// previous day" name a day the text gave before; they are left unmarked.
func countedBack(toks []token, c dateCue) dateCue {
	c.story = c.offset < 0 && toks[c.last].norm == "earlier" && toks[c.first].norm != "earlier"
	return c
}

// storyDay is the anchor of a cue that counts from the story's present
// when the article has given no day yet: publication, the day it tells of.
// Other anchored cues ("the next day", "later that day") need a day the
// text gives.
func (a *article) storyDay(cue dateCue) (time.Time, bool) {
	if a.hasAnchor || !a.hasPub || !cue.story {
		return time.Time{}, false
	}
	return a.pub, true
}

// ownedByNominal reports a cue after the trigger t that follows an event
// noun with its object between them: "stormed the jail to snatch a
// prisoner responsible for the assassination of a minister five years
// ago" dates the assassination, not the storming.
func ownedByNominal(toks []token, t int, cue dateCue) bool {
	if cue.first <= t {
		return false
	}
	for k := t + 1; k+1 < cue.first; k++ {
		tr := triggers[toks[k].norm]
		if tr == nil || !tr.noun || toks[k+1].norm != "of" {
			continue
		}
		if p := toks[k-1]; !p.poss && !nominalDeterminers[p.norm] {
			continue
		}
		// "the withdrawal of troops began today": a verb between dates itself.
		return !finiteBetween(toks, k+2, cue.first)
	}
	return false
}

// nominalDeterminers open the noun phrase of an event noun.
var nominalDeterminers = map[string]bool{"the": true, "a": true, "an": true, "its": true, "his": true, "her": true, "their": true, "this": true, "that": true}

// finiteBetween reports a finite verb among toks[from:to].
func finiteBetween(toks []token, from, to int) bool {
	for k := from; k < to; k++ {
		if finiteVerbAt(toks, k) || pastReportVerb(toks[k]) || occasionVerbs[toks[k].norm] {
			return true
		}
	}
	return false
}

// futureOccasion reports a cue in a clause after the trigger t of a
// reported act that puts the clause ahead: "has invited Hamas leaders for
// talks, which will begin on Friday" dates the talks, not the invitation.
func futureOccasion(toks []token, t int, cue dateCue, status graph.Status) bool {
	if status != graph.Reported || cue.first <= t {
		return false
	}
	sub := false
	for k := t + 1; k < cue.first; k++ {
		switch w := toks[k].norm; {
		case subordinators[w] || w == "that" || w == "when":
			sub = true
		case sub && (w == "will" || w == "shall" || w == "would"):
			return true
		}
	}
	return false
}

// inRelativeBefore reports a cue inside a relative clause set off by
// commas before the trigger t: "Chaindrawa, who was in charge of the
// conflicts until 2006, has accused" and "Lavrov, who arrived on Monday,
// met" date the clause, not the verb after it. An event noun after the
// comma may still be the clause's ("who examined her in June 2003,
// following her arrest"): only a verb is taken out.
func inRelativeBefore(toks []token, t int, noun bool, cue dateCue) bool {
	if noun || cue.last >= t {
		return false
	}
	closed := false
	for k := cue.last + 1; k < t; k++ {
		if toks[k].text == "," {
			closed = true
			break
		}
	}
	if !closed {
		return false
	}
	for k := cue.first - 1; k >= 1 && k >= cue.first-maxArgGap; k-- {
		switch {
		case toks[k].text == ",", toks[k].punct:
			return false
		case clauseRelatives[toks[k].norm]:
			return toks[k-1].text == ","
		}
	}
	return false
}

// clauseRelatives open a relative clause set off by commas.
var clauseRelatives = map[string]bool{"who": true, "which": true, "whose": true}

// ownClauseCue returns the first cue after the trigger t of an event with
// no target within its own clause: no punctuation, verb or other trigger
// between them ("Australia withdrew from the jurisdiction of the maritime
// division of the court in 2002"). nearCue reaches only six words. The
// commas of a list do not end the clause, and each lets the clause run two
// words longer ("was found guilty of conspiracy, fraud and tax violations
// on Monday"); an event noun takes the cue that ends its own phrase
// (nounPhraseCue).
func ownClauseCue(toks []token, cues []dateCue, t int, noun bool) (dateCue, bool) {
	if noun {
		return nounPhraseCue(toks, cues, t)
	}
	for _, c := range cues {
		if c.first <= t {
			continue
		}
		if c.first-t > 2*maxArgGap {
			break // beyond any list's reach: keeps the count below bounded
		}
		reach := maxArgGap
		for k := t + 1; k < c.first; k++ {
			if toks[k].text == "," && listComma(toks, k, c.first) {
				reach += 2
			}
		}
		if c.first-t > reach {
			break
		}
		for k := t + 1; k < c.first; k++ {
			w := toks[k].norm
			if toks[k].text == "," && (listComma(toks, k, c.first) || k == c.first-1 && setOffCue(toks, c)) {
				continue
			}
			if toks[k].punct || finiteVerbAt(toks, k) || triggerWord(w) || subordinators[w] || w == "that" || w == "to" || strings.HasSuffix(w, "ing") {
				// "agreed to dismantle them by the end of the year",
				// "endorsed the goal of reaching a deal by": the cue is the
				// infinitive's or the gerund's.
				return dateCue{}, false
			}
		}
		return c, true
	}
	return dateCue{}, false
}

// setOffCue reports a cue set off by commas after the clause it dates, as
// wire copy has it: "attacked the airport, Thursday morning, which
// damaged the runway".
func setOffCue(toks []token, c dateCue) bool {
	n := c.last + 1
	if n < len(toks) && weekdayParts[toks[n].norm] {
		n++ // "Thursday morning"
	}
	return n >= len(toks) || toks[n].text == "," || toks[n].text == "."
}

// weekdayParts follow a weekday in a cue: "Thursday morning".
var weekdayParts = map[string]bool{"morning": true, "afternoon": true, "evening": true, "night": true}

// listComma reports a comma at k that separates the items of a list
// closed by "and" or "or" before end, with only commas between: "of
// conspiracy, fraud, obstruction of justice and tax violations".
func listComma(toks []token, k, end int) bool {
	if k+1 >= end || toks[k+1].norm == "and" || toks[k+1].norm == "or" {
		return false // ", and protests took place": a clause of its own
	}
	for j := k + 1; j < end; j++ {
		switch {
		case toks[j].norm == "and" || toks[j].norm == "or":
			return true
		case toks[j].punct && toks[j].text != ",":
			return false
		}
	}
	return false
}

// nounInPurpose reports an event noun in the object of an infinitive that
// stands between it and a cue before: "officers will meet on Monday to
// discuss a US-led assault on Iran" and "members will stay away later
// today to protest the invasion of Iraq" date the meeting and the protest,
// not the assault or the invasion. A support verb makes the noun the
// infinitive's act ("on Monday moved to launch an offensive"), and so
// does a verb of taking part ("visited last week to attend a meeting").
func nounInPurpose(toks []token, t int, noun bool, cue dateCue) bool {
	if !noun || cue.last >= t {
		return false
	}
	for k := t - 1; k > cue.last && k >= t-4; k-- {
		if supportVerbs[toks[k].norm] || partakingVerbs[toks[k].norm] {
			return false
		}
	}
	for k := cue.last + 1; k+1 < t; k++ {
		if toks[k].norm != "to" || prepositionalTo[toks[k-1].norm] {
			continue
		}
		n := toks[k+1]
		if n.upper || n.punct || n.digit || nominalDeterminers[n.norm] {
			continue
		}
		if occasionOpening(toks, t) > k && !openPlanGovernor(toks, k) {
			return false // occasions.go: "pledged to develop ties during his meeting": the meeting is the pledge's occasion
		}
		return !supportVerbs[n.norm] && !partakingVerbs[n.norm] // "managed to secure the first face-to-face meeting"
	}
	return false
}

// discussedActCue reports a verb at t in the object of a verb of
// discussion that stands, as an infinitive, between a cue before and t:
// "will visit early next year to discuss plans to pull its troops out"
// dates the visit; the act discussed has no date from it.
func discussedActCue(toks []token, t int, cue dateCue) bool {
	if cue.last >= t {
		return false
	}
	for k := t - 2; k > cue.last; k-- {
		if toks[k].punct || toks[k].norm == "and" || toks[k].norm == "but" {
			return false // "met on Monday to discuss security, and agreed to": the cue is the agreement's too
		}
		if toks[k].norm == "to" && discussionVerbs[toks[k+1].norm] {
			return true
		}
	}
	return false
}

// discussionVerbs take as object an act spoken of, not done.
var discussionVerbs = map[string]bool{"discuss": true, "debate": true, "consider": true, "review": true, "examine": true, "study": true, "explore": true}

// partakingVerbs take as object an act their subject takes part in:
// "to attend a meeting", "to express opposition", "to secure talks".
var partakingVerbs = map[string]bool{"attend": true, "join": true, "express": true, "voice": true, "secure": true, "lead": true, "chair": true, "host": true}

// prepositionalTo make the "to" after them a preposition, not the mark of
// an infinitive: "which led to violent protests", "in response to".
var prepositionalTo = map[string]bool{
	"led": true, "lead": true, "leads": true, "leading": true, "due": true, "according": true, "prior": true,
	"owing": true, "thanks": true, "contributed": true, "related": true, "response": true, "reaction": true,
	"opposition": true, "addition": true, "compared": true, "return": true, "returned": true, "objection": true,
}

// Date fixes from a second audit of dates on news the rules were not tuned
// on (Wikinews outside the dev set and 1987 Reuters wire copy). Each names
// a construction whose date cue belongs to some other act than the event's
// trigger.
//
// A cue in a "for" phrase after a verb and its object names the time of
// the cause the phrase gives, not of the verb: "blame Mehsud for the
// assassination last month", "a retaliatory strike against Iran for an
// attack on Friday", "congratulates Sierra Leone for the electoral process
// on September 8" (causeCue).
//
// A cue after a noun and the past participle that modifies it dates that
// noun: "in keeping with an accord signed last year", "cancelled the
// meeting scheduled today", "the vote expected later today"
// (reducedRelativeCue).
//
// A cue before a verb of saying dates the saying; an act the saying puts in
// the past perfect lies before it: "On Sunday, the military announced that
// its jets had raided PKK camps" (earlierThanSaying).

// otherActCue reports whether the cue dates some act other than the event
// triggered at t.
func otherActCue(toks []token, c *candidate, cue dateCue) bool {
	t := c.trigger
	return c.typ != graph.Consult && !blamedActRead(c) && causeCue(toks, t, cue) ||
		reducedRelativeCue(toks, t, c.noun, cue) ||
		!c.noun && earlierThanSaying(toks, t, cue)
}

// blamedActRead reports the act read from the "for" phrase of a verb of
// blaming (involvement.go): the cause the phrase gives is that act itself,
// so its cue is the act's ("blame Mehsud for the assassination last
// month" dates the assassination).
func blamedActRead(c *candidate) bool {
	return c.rule == blamedForActRule
}

// causeCue reports a cue after the trigger t inside a "for" phrase that
// follows the verb's object and names an act: the phrase gives the cause
// of the verb ("blamed Mehsud for the assassination last month"). "Called
// for a ceasefire on Monday" has no object before "for" and keeps the cue;
// a meeting "for talks on Monday" is the talks (the caller leaves out
// CONSULT).
func causeCue(toks []token, t int, cue dateCue) bool {
	if cue.first <= t+2 {
		return false
	}
	f := -1
	for k := t + 1; k < cue.first; k++ {
		if toks[k].punct || subordinators[toks[k].norm] || toks[k].norm == "that" {
			return false
		}
		if toks[k].norm == "for" {
			f = k
			break
		}
	}
	if f < t+2 || toks[f-1].norm == "responsibility" || toks[f-1].norm == "credit" {
		return false // "claimed responsibility for a bombing on August 3": the bombing is the event
	}
	act := causeGerund(toks[f+1]) // "convicted X for abducting and murdering Y in 1994"
	for k := f + 1; k < cue.first; k++ {
		w := toks[k].norm
		if act && (k == f+1 || toks[k-1].norm == "and") && causeGerund(toks[k]) || act && w == "and" && causeGerund(toks[k+1]) {
			continue // the gerunds of the cause themselves
		}
		if finiteVerbAt(toks, k) || w == "to" || w == "and" || w == "but" {
			return false
		}
		if tr := triggers[w]; tr != nil && tr.noun || causeNouns[w] {
			act = true
		}
	}
	return act
}

// causeNouns name acts a "for" phrase gives as a cause that the lexicon
// does not list as events.
var causeNouns = map[string]bool{
	"election": true, "elections": true, "process": true, "vote": true, "referendum": true, "role": true,
	"actions": true, "action": true, "remarks": true, "comments": true, "incident": true, "deaths": true,
	"death": true, "killing": true, "killings": true, "murder": true, "massacre": true, "bombings": true,
	"bombing": true, "crimes": true, "crime": true, "involvement": true, "shooting": true, "explosion": true,
}

// reducedRelativeCue reports a cue right after a noun and the past
// participle that modifies it, with perhaps a preposition between ("an
// accord signed last year", "the election scheduled for June 26"), in the
// clause of a trigger t before the noun: the cue dates the noun. A trigger
// that is the noun or the participle keeps it ("the treaty signed in
// 2005").
func reducedRelativeCue(toks []token, t int, noun bool, cue dateCue) bool {
	if noun {
		return false // "the peace talks between X and the guerrilla started in 1998": the noun's own verb
	}
	k := cue.first - 1
	if k >= 0 && cuePrepositions[toks[k].norm] {
		k--
	}
	if k < 2 || t >= k-1 || !pastParticiple(toks[k]) {
		return false
	}
	n := toks[k-1]
	if n.upper || n.punct || n.digit || n.poss || !modifiedNoun(n.norm) {
		return false
	}
	if p := toks[k-2]; p.punct || p.norm == "and" || p.norm == "or" {
		return false // "..., officials announced yesterday": a clause of its own
	}
	for j := k - 2; j >= 0 && j >= k-5; j-- {
		if circumstancePrepositions[toks[j].norm] {
			return false // "denied them in a statement issued Friday": the act's own occasion
		}
		if toks[j].punct {
			break
		}
	}
	for j := t + 1; j < k-1; j++ {
		if toks[j].punct {
			return false
		}
	}
	return true
}

// circumstancePrepositions make a noun phrase the occasion or medium of
// the act: "in a statement issued Friday", "at talks held on Monday".
var circumstancePrepositions = map[string]bool{"in": true, "at": true, "during": true, "through": true, "via": true}

// cuePrepositions join a participle to the cue after it.
var cuePrepositions = map[string]bool{"on": true, "in": true, "for": true, "at": true, "during": true}

// pastParticiple reports a past participle: a word in -ed or an irregular
// form a noun takes after it ("the talks held", "the deal struck").
func pastParticiple(t token) bool {
	if t.upper || t.punct {
		return false
	}
	w := t.norm
	return edForm(w) || nounParticiples[w]
}

var nounParticiples = map[string]bool{"held": true, "set": true, "made": true, "taken": true, "given": true, "sent": true, "begun": true, "struck": true, "won": true, "drawn": true, "brought": true, "built": true}

// modifiedNoun reports a word that can be the noun a participle modifies:
// not a word that makes the participle a verb ("was signed", "who
// signed", "it signed") or an adverb before it ("recently signed").
func modifiedNoun(w string) bool {
	return !strings.HasSuffix(w, "ly") && !nonNouns[w]
}

var nonNouns = map[string]bool{
	"was": true, "were": true, "is": true, "are": true, "be": true, "been": true, "being": true, "has": true, "have": true,
	"had": true, "it": true, "they": true, "he": true, "she": true, "we": true, "i": true, "you": true, "who": true, "which": true,
	"that": true, "not": true, "also": true, "then": true, "just": true, "already": true, "never": true, "once": true,
	"first": true, "last": true, "again": true, "since": true, "jointly": true, "both": true, "all": true, "so": true,
	"the": true, "a": true, "an": true, "to": true, "of": true, "by": true, "with": true, "as": true, "when": true,
	"where": true, "and": true, "or": true, "but": true, "get": true, "got": true, "later": true, "earlier": true, "still": true,
}

// earlierThanSaying reports a cue before a verb of saying that itself
// stands before the trigger t, when the trigger is in the past perfect:
// "On Sunday, the military announced that its jets had raided camps"
// dates the announcement; the raid came before it.
func earlierThanSaying(toks []token, t int, cue dateCue) bool {
	if cue.last >= t || t < 1 || commitmentVerbs[toks[t].norm] {
		return false // "announced yesterday that it had agreed to buy": a commitment is made known the day it is made
	}
	h := t - 1
	if toks[h].norm == "been" && h > 0 {
		h--
	}
	if h > 0 && (toks[h].norm == "already" || toks[h].norm == "also" || toks[h].norm == "recently") {
		h--
	}
	if toks[h].norm != "had" {
		return false
	}
	for k := cue.last + 1; k < h; k++ {
		if speechVerbs[toks[k].norm] || announceVerbs[toks[k].norm] || sayingVerbs[toks[k].norm] {
			return true
		}
	}
	return false
}

// sayingVerbs report or admit a past act, beside speechVerbs and
// announceVerbs.
var sayingVerbs = map[string]bool{
	"reported": true, "admitted": true, "revealed": true, "disclosed": true, "acknowledged": true, "claimed": true,
	"alleged": true, "claiming": true, "saying": true, "announcing": true, "admitting": true, "learned": true,
}

// Date fixes from a third audit of dates, on confident CONSULT, ACCUSE,
// REQUEST and ASSAULT events whose evidence names both parties. Each names
// a phrase after the trigger whose cue dates some other act.
//
// A cue inside a phrase of purpose dates the aim, not the act pursuing
// it: "is mediating talks in an effort to bring free elections next
// year", "met in a bid to end the strike by Friday" (purposeCue). Read as
// the event's own, "next year" also made the mediation planned.
//
// A cue after a gerund that cites or recalls something dates what is
// cited: "urged North Korea to disarm, mentioning an agreement it made on
// February 13", "accused Japan, recalling its invasion in 1931"
// (citedCue).
//
// A cue after a noun of occurrence and its "of" phrase dates that noun, as
// ownedByNominal does for event nouns: "investigating the death of the
// former prime minister in February 2005", "the bomb explosion of June 3"
// (occurrenceNounCue).

// laterPhraseCue reports whether a cue after the trigger t lies in a
// phrase that dates another act than the trigger's.
func laterPhraseCue(toks []token, t int, cue dateCue) bool {
	if cue.first <= t {
		return false
	}
	return purposeCue(toks, t, cue) || citedCue(toks, t, cue) || occurrenceNounCue(toks, t, cue) ||
		deadlineOfInfinitive(toks, t, cue) || indirectQuestionCue(toks, t, cue) || deadlineCue(toks, t, cue)
}

// purposeCue reports a phrase of purpose between the trigger t and the
// cue: "in an effort to", "in a bid to", "in an attempt to", "in order
// to", "so as to", "with the aim of", "in the hope of", "aimed at".
func purposeCue(toks []token, t int, cue dateCue) bool {
	for k := t + 1; k < cue.first; k++ {
		w := toks[k].norm
		switch {
		case w == "in" && k+2 < cue.first && purposeNouns[toks[k+2].norm] && (toks[k+1].norm == "an" || toks[k+1].norm == "a" || toks[k+1].norm == "the") &&
			(toks[k+3].norm == "to" || toks[k+3].norm == "of"):
			return true
		case w == "in" && k+2 < cue.first && toks[k+1].norm == "order" && toks[k+2].norm == "to":
			return true
		case w == "so" && k+2 < cue.first && toks[k+1].norm == "as" && toks[k+2].norm == "to":
			return true
		case w == "with" && k+3 < cue.first && toks[k+1].norm == "the" && toks[k+2].norm == "aim" && toks[k+3].norm == "of":
			return true
		case (w == "aimed" || w == "aiming") && k+1 < cue.first && toks[k+1].norm == "at" && k > t+1:
			return true
		}
	}
	return false
}

// purposeNouns head a phrase of purpose: "in an effort to", "in a bid
// to", "in the hope of".
var purposeNouns = map[string]bool{"effort": true, "bid": true, "attempt": true, "hope": true, "hopes": true}

// citedCue reports a gerund that cites or recalls something, set off by a
// comma, between the trigger t and the cue.
func citedCue(toks []token, t int, cue dateCue) bool {
	for k := t + 2; k < cue.first; k++ {
		if citingGerunds[toks[k].norm] && toks[k-1].text == "," {
			return true
		}
	}
	return false
}

// citingGerunds name what their object refers to, another act: "citing",
// "mentioning", "recalling", "referring to", "noting".
var citingGerunds = map[string]bool{
	"citing": true, "mentioning": true, "recalling": true, "referring": true, "noting": true,
	"invoking": true, "remembering": true, "commemorating": true, "marking": true,
}

// occurrenceNounCue reports a cue after a noun of occurrence the lexicon
// does not list as an event (causeNouns: "death", "explosion",
// "election"), or an event noun after a modifier, and its "of" phrase,
// with no verb between: the cue dates the noun.
func occurrenceNounCue(toks []token, t int, cue dateCue) bool {
	for k := t + 1; k+1 < cue.first; k++ {
		w := toks[k].norm
		tr := triggers[w]
		if toks[k+1].norm != "of" || !causeNouns[w] && (tr == nil || !tr.noun) {
			continue
		}
		p := toks[k-1]
		opened := p.poss || nominalDeterminers[p.norm]
		if !opened && k-2 > t && !p.punct && !finiteVerbAt(toks, k-1) {
			// "the explosion death of", "the 1994 invasion of": one modifier.
			q := toks[k-2]
			opened = q.poss || nominalDeterminers[q.norm]
		}
		if !opened || !causeNouns[w] && (p.poss || nominalDeterminers[p.norm]) {
			continue // an event noun right after its determiner is ownedByNominal's
		}
		return !finiteBetween(toks, k+2, cue.first)
	}
	return false
}

// occasionEvent reports whether the event noun c can name the occasion of
// an act the sentence before reported (occasionDate): a meeting, summit or
// visit can ("The two leaders made the announcement at a summit"); an
// invasion or an agreement with the same parties is an act of its own, not
// dated by the one before ("Japan's invasion of China from 1931 to 1945"
// after "China opposed Japan's bid last year").
func occasionEvent(c *candidate) bool {
	return c.typ == graph.Consult
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
	if c, found := nounPhraseCue(toks, cues, t); found {
		return c, true
	}
	return cue, ok
}

// nounPhraseCue returns the first cue after the event noun at t that ends
// the noun's own phrase: within nine words, with no punctuation, verb,
// other trigger or clause between ("the withdrawal of American forces
// from Somalia in 1994", "joined a protest in the streets of the capital
// on Sunday").
func nounPhraseCue(toks []token, cues []dateCue, t int) (dateCue, bool) {
	for _, c := range cues {
		if c.first <= t || c.kind == cueAnchored {
			continue // "the previous day" needs an anchor the noun's phrase does not give
		}
		if c.first-t > 9 {
			return dateCue{}, false
		}
		for k := t + 1; k < c.first; k++ {
			w := toks[k].norm
			if toks[k].punct || finiteVerbAt(toks, k) || triggerWord(w) || cueStoppers[w] {
				return dateCue{}, false
			}
		}
		return c, true
	}
	return dateCue{}, false
}

// datedNounDeterminers open a noun phrase whose head a date may qualify: "a
// November 10 agreement", "the September 8 run-off", "its March 3 vote".
var datedNounDeterminers = map[string]bool{
	"a": true, "an": true, "the": true, "its": true, "his": true, "her": true, "their": true, "our": true,
	"this": true, "that": true,
}

// cueNounStoppers end the words a date cue may qualify: a date followed by
// them stands alone ("the 10 November and", "Friday's in").
var cueNounStoppers = map[string]bool{
	"and": true, "or": true, "to": true, "in": true, "on": true, "at": true, "of": true, "for": true,
	"by": true, "with": true, "from": true, "when": true, "that": true, "which": true, "who": true, "as": true,
	"was": true, "is": true, "were": true, "are": true, "will": true, "would": true, "had": true, "has": true,
}

// occasionPrepositions put the act in the event a dated noun names: "met
// her at this year's festival", "conceded defeat in Tuesday's primary".
var occasionPrepositions = map[string]bool{"in": true, "at": true, "during": true, "since": true}

// calendarWord reports a word that opens a calendar date: a month, a
// weekday or a number ("November 10", "10 November", "2004").
func calendarWord(w token) bool {
	_, month := months[w.norm]
	_, weekday := weekdays[w.norm]
	return month || weekday || w.digit
}

// datesOtherNoun reports a date cue that qualifies a noun other than the
// trigger at t: a possessive ("blamed Iran for Friday's attack") or an
// attribute after a determiner ("broke a November 10 agreement"). The cue
// dates that noun's event, not the blaming or the breaking, unless a
// preposition makes that event the occasion of the act. A cue on the
// trigger's own noun ("the leaders' September 13 meeting", "Friday's
// attack on the convoy" read at "attack") still dates it.
func datesOtherNoun(toks []token, cue dateCue, t int) bool {
	head := cue.last + 1
	if head >= len(toks) || cue.kind == cueRelative && cue.unit == graph.Day && cue.offset == 0 {
		return false // "criticized today's launch": the reaction falls on the day too
	}
	lead := cue.first - 1 // the word before the phrase the cue opens
	if !toks[cue.last].poss {
		if cue.first == 0 || !datedNounDeterminers[toks[cue.first-1].norm] || !calendarWord(toks[cue.first]) {
			return false // "over the past month", "since the beginning of 2005": no attribute
		}
		lead--
	}
	if lead >= 0 && relativeWords[toks[lead].norm] != 0 {
		lead-- // "since last November's conference"
	}
	if lead >= 0 && occasionPrepositions[toks[lead].norm] {
		return false // "asked Bush in a January 26 news conference": the occasion dates the act
	}
	w := toks[head]
	if w.punct || w.digit || cueNounStoppers[w.norm] {
		return false
	}
	for k := head; k < len(toks) && k <= head+3; k++ {
		if k == t {
			return false
		}
		if toks[k].punct || cueNounStoppers[toks[k].norm] {
			break
		}
	}
	return true
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

// shareSentenceDates gives an undated reading the date of a verb's reading
// of the same sentence with the same type, parties and status: two rules
// that read one statement ("In a speech on Sunday, X warned that Y will
// face consequences" read once at "warned", once as a threat said) state
// one event, and the cue one of them took is the other's too, as it is
// for a verb coordinated with a dated one ("were killed Thursday when
// their convoy was bombed and attacked"). With two
// dates among the readings there is no telling which is meant.
func shareSentenceDates(cs []*candidate) {
	type reading struct {
		sentence int
		key      string
		status   graph.Status
	}
	dated := map[reading]*candidate{}
	for _, c := range cs {
		if c.date == "" || c.noun {
			continue // a noun's date may be its phrase's alone ("negotiated ... in the 1984 talks")
		}
		r := reading{c.sent.index, eventKey(c.typ, c.actors, c.targets, ""), c.status}
		if o, ok := dated[r]; ok && o != nil && o.date != c.date {
			dated[r] = nil
		} else if !ok {
			dated[r] = c
		}
	}
	for _, c := range cs {
		if c.date != "" {
			continue
		}
		if o := dated[reading{c.sent.index, eventKey(c.typ, c.actors, c.targets, ""), c.status}]; o != nil {
			c.date, c.precision = o.date, o.precision
		}
	}
}

// From a fourth audit of dates, on events whose own sentence holds a date
// word: a planned act in an infinitive after a past verb, its short
// object and a cue takes no date from the cue, which dates the verb
// (objectBeforeInfinitiveCue); a cue after "for" and a gerund dates the
// act the gerund names, the cause of the verb ("convicted X for murdering
// Y in 1994", causeCue); an event noun with no target takes the cue that
// ends its own phrase, and a targetless verb reaches its cue across the
// commas of a list or to a cue set off by commas (ownClauseCue, setOffCue);
// a cue closing a fronted phrase of place dates the main clause as "On
// Monday," does (frontedPhraseCue); "in October, 2002" is a month of that
// year (when.go).

// objectBeforeInfinitiveCue reports a cue before the trigger t that
// follows a past verb and its short object and is followed by an
// infinitive: "granted leave today to prosecute", "began the groundwork
// today in order to block". The cue dates the verb; the act the
// infinitive plans has no date from it.
func objectBeforeInfinitiveCue(toks []token, t int, cue dateCue) bool {
	n := cue.last + 1
	if n+2 < t && toks[n].norm == "in" && toks[n+1].norm == "order" {
		n += 2
	}
	if n >= t || toks[n].norm != "to" {
		return false
	}
	k := cue.first - 1
	if k >= 0 && toks[k].norm == "on" {
		k--
	}
	for j := k; j >= 0 && j >= k-shortObject; j-- {
		if _, arrival := arrivalVerbs[toks[j].norm]; arrival {
			return false // "arrived in Harare today to talk with": the talks follow the arrival that day
		}
		if j < k && (pastReportVerb(toks[j]) || pastVerbForm(toks[j]) && !statusCueWord(toks[j].norm)) {
			return true
		}
		if toks[j].punct || j < k && auxiliaries[toks[j].norm] {
			return false
		}
	}
	return false
}

// shortObject bounds the words of the object between a verb and its cue:
// a determiner, a modifier and a noun.
const shortObject = 3

// causeGerund reports a gerund that opens a "for" phrase of cause: "for
// abducting", "for helping". Nouns in -ing ("for the morning") have a
// determiner first or are listed.
func causeGerund(t token) bool {
	return !t.upper && !t.punct && len(t.norm) > 5 && strings.HasSuffix(t.norm, "ing") && !ingNouns[t.norm]
}

// ingNouns end in -ing but are no gerund after "for".
var ingNouns = map[string]bool{"morning": true, "evening": true, "building": true, "something": true, "nothing": true, "anything": true, "everything": true, "during": true, "funding": true, "spring": true, "housing": true}

// statusCueWord reports a word that itself makes an act planned or
// supposed ("scheduled", "expected"), not a verb the act is reported by.
func statusCueWord(w string) bool {
	_, ok := statusCues[w]
	return ok
}

// deadlineOfInfinitive reports a deadline ("by 2010", "by the end of the
// year") after the trigger t with an infinitive or a "that" clause
// between them: "signed a deal with Venezuela to ensure that Cuba gets
// access by 2010", "agreed to withdraw its troops by March". A deadline
// bounds the act it follows; the signing or agreeing is not set for it.
func deadlineOfInfinitive(toks []token, t int, cue dateCue) bool {
	if cue.first < 1 || toks[cue.first-1].norm != "by" && !(cue.first >= 2 && toks[cue.first-2].norm == "by" && toks[cue.first-1].norm == "the") {
		return false
	}
	for k := t + 1; k+1 < cue.first; k++ {
		if toks[k].norm == "that" || toks[k].norm == "to" && !toks[k+1].upper && !toks[k+1].punct && !nominalDeterminers[toks[k+1].norm] && !toks[k+1].digit {
			return true
		}
	}
	return false
}

// questionWords open an indirect question whose content holds its own
// times.
var questionWords = map[string]bool{"what": true, "whether": true, "why": true, "how": true}

// indirectQuestionCue reports a cue after the trigger t inside an
// indirect question put to the person named right before it: "asked
// Gordon Campbell what the difference was between this strike and the one
// in 2004". Elsewhere "what" heads a free relative that may name the
// event itself ("killed a soldier in what the army calls a friendly fire
// incident on March 4"), and "whether" after a noun ("a reporter's
// question whether") may open a quotation of the occasion.
func indirectQuestionCue(toks []token, t int, cue dateCue) bool {
	for k := t + 2; k < cue.first; k++ {
		if questionWords[toks[k].norm] && (toks[k-1].upper || askedPronouns[toks[k-1].norm]) {
			return true
		}
	}
	return false
}

// askedPronouns are the person asked, before an indirect question.
var askedPronouns = map[string]bool{"him": true, "her": true, "them": true, "us": true, "me": true}

// frontedPhraseCue reports a cue that closes a phrase of place or occasion
// fronted before the main clause: "Outside the Hotel Timor today, a
// patrol arrested", "At a news conference in Kabul on Monday, the
// minister accused". Like "On Monday, ..." it dates the main clause. A
// phrase of time relation ("After the vote on Monday,") or of cause ("In
// response to the attack on Monday,") dates another act, and a verb or
// clause in the phrase ends it.
func frontedPhraseCue(toks []token, c dateCue) bool {
	if c.first < 2 || c.first > maxArgGap || !frontingPrepositions[toks[0].norm] {
		return false
	}
	if c.last+1 >= len(toks) || toks[c.last+1].text != "," {
		return false
	}
	for k := 1; k < c.first; k++ {
		w := toks[k].norm
		if toks[k].punct || finiteVerbAt(toks, k) || pastVerbForm(toks[k]) || subordinators[w] || w == "that" || w == "to" || w == "for" ||
			w == "against" || prepositionalTo[w] || causeNouns[w] {
			return false
		}
	}
	return true
}

// frontingPrepositions open a fronted phrase of place or occasion.
var frontingPrepositions = map[string]bool{"in": true, "at": true, "outside": true, "inside": true, "near": true, "during": true}
