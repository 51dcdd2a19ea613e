package loader

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// Rules from a fifth audit of the extractor's precision on unseen news
// (Wikinews and 1987 Reuters newswire): dates and statuses an event took
// from the wrong words, and words that name a power or a silence, not an
// act.

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

// vetoPowerWords make "veto" a power held, not one used: "Russia has veto
// power", "the right of veto", "a virtual veto over loans", "veto-wielding
// members".
var vetoPowerWords = map[string]bool{
	"power": true, "powers": true, "right": true, "rights": true, "wielding": true, "holding": true,
	"virtual": true, "effective": true,
}

// heldVeto reports a "veto" at t that names the power to veto: followed by
// "power(s)", "right(s)" or "-wielding", or after "right of", "power of",
// "virtual" or "effective".
func heldVeto(toks []token, t int) bool {
	if toks[t].norm != "veto" && toks[t].norm != "vetoes" {
		return false
	}
	if t+1 < len(toks) && vetoPowerWords[toks[t+1].norm] {
		return true
	}
	if t >= 1 && (toks[t-1].norm == "virtual" || toks[t-1].norm == "effective") {
		return true
	}
	if t >= 2 && toks[t-1].norm == "of" && vetoPowerWords[toks[t-2].norm] {
		return true
	}
	if t >= 2 && (toks[t-1].norm == "a" || toks[t-1].norm == "the") && (toks[t-2].norm == "has" || toks[t-2].norm == "have" || toks[t-2].norm == "holds") {
		return true // "the U.S. has a veto over": a power held
	}
	return false
}

// withheldDetails are more verbs a spokesman declines to do when he says
// nothing (see withheldSpeech): "declined to detail what was discussed",
// "refused to divulge the figure".
var withheldDetails = map[string]bool{
	"detail": true, "divulge": true, "explain": true, "describe": true, "quantify": true, "estimate": true,
}

// detailNouns are what "give" or "provide" hand over when a spokesman says
// nothing: "declined to give an exact figure", "refused to provide details".
var detailNouns = map[string]bool{
	"details": true, "detail": true, "figure": true, "figures": true, "information": true, "comment": true,
	"specifics": true, "reasons": true, "reason": true, "names": true, "estimate": true, "breakdown": true,
	"timetable": true, "date": true,
}

// declinedDetails reports a verb of refusing at t, or the infinitive at t
// after one, that withholds words, beyond declinedComment's verbs of
// saying: "declined to detail", "declined to give an exact figure",
// "refused to provide further details". Neither the refusal nor the giving
// is an event.
func declinedDetails(toks []token, t int) bool {
	if t >= 2 && toks[t-1].norm == "to" && decliningVerbs[toks[t-2].norm] {
		t -= 2 // the trigger is the infinitive: "provide" of "declined to provide details"
	}
	if !decliningVerbs[toks[t].norm] || t+2 >= len(toks) || toks[t+1].norm != "to" {
		return false
	}
	verb := toks[t+2].norm
	if withheldDetails[verb] {
		return true
	}
	if verb != "give" && verb != "provide" && verb != "offer" && verb != "release" {
		return false
	}
	for k := t + 3; k < len(toks) && k <= t+6; k++ {
		if detailNouns[toks[k].norm] {
			return true
		}
		if toks[k].punct {
			break
		}
	}
	return false
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

// portfolioNameLeads are what a minister's title may end on before the
// name: "Minister of Foreign Relations Felipe Pérez Roque", "Secretary of
// Foreign Trade Carlos Romero".
var portfolioNameLeads = map[string]bool{
	"relations": true, "cooperation": true, "development": true, "planning": true, "works": true, "welfare": true,
	"resources": true, "tourism": true, "technology": true, "science": true, "mines": true, "petroleum": true,
}

// portfolioLead reports a word at i that ends a title's portfolio, not
// starts a name: a portfolio word right after another word of the title
// ("Foreign Relations", "of Trade").
func portfolioLead(toks []token, i int) bool {
	if i <= 0 || i >= len(toks) {
		return false
	}
	w := toks[i].norm
	if !(portfolioNameLeads[w] || portfolioWords[w] && w != "of" && w != "the" && w != "and" && w != "for") {
		return false
	}
	p := toks[i-1].norm
	return p == "of" || p == "for" || p == "and" || portfolioWords[p] || isTitleWord(p)
}
