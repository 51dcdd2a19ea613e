package loader

import (
	"strings"
	"time"
	"unicode"

	"github.com/geokg/geokg/graph"
)

// This file keeps an act the article tells in the past from reading as
// planned. Three things made such acts planned: a date after publication
// that belongs to another part of the sentence ("has accepted Bulgaria as
// a member from January 1, 2007"), "this week" in an article of Monday,
// whose Thursday may fall in the next month ("visited Canada this week"),
// and a bare event noun in a past clause ("Brash's resignation was
// inevitable") taking the date, and with it the status, of a future
// mention of the same kind elsewhere in the article ("will formally
// resign on Monday"). A plan and the report of it stay linked where the
// noun's clause says nothing of tense ("Putin's visit").

// pastCarriers are past forms of the verbs that carry out the act their
// object noun names: "made a visit", "took a trip", "held talks".
var pastCarriers = map[string]bool{
	"made": true, "paid": true, "took": true, "held": true, "began": true, "launched": true, "mounted": true,
	"staged": true, "conducted": true, "undertook": true, "completed": true, "ended": true, "concluded": true,
}

// prospectPredicates after "was" say the act was still ahead then: "the
// resignation was imminent", "the visit was likely".
var prospectPredicates = map[string]bool{
	"imminent": true, "likely": true, "unlikely": true, "possible": true, "probable": true, "certain": true,
	"near": true, "pending": true, "off": true, "on": true, "still": true, "yet": true, "not": true, "never": true,
	"due": true, "expected": true, "scheduled": true, "planned": true, "set": true, "to": true, "supposed": true,
	"originally": true, "initially": true,
}

// nounPastReach bounds the words between an event noun and its past
// governor: a determiner and a few modifiers before it ("made his first
// official state visit"), a short complement after it ("the resignation
// of the party leader was").
const nounPastReach = 6

// nounPastClause reports whether the event noun at t is told as done by
// the past-tense clause it stands in, where no cue says otherwise: the
// object of a past verb that carries it out ("made his first state visit
// to Canada", "took a trip to Moscow"), the agent of a past passive
// ("was heightened by Mr Doyle's resignation") or the subject of a past
// copula ("Brash's resignation was inevitable"). A prospect after the
// copula ("was imminent", "was expected") keeps it open.
func nounPastClause(toks []token, t int) bool {
	return pastCarrierBefore(toks, t) || pastAgentBefore(toks, t) || pastCopulaAfter(toks, t)
}

// nounPhraseStart returns the first word of the noun phrase whose head is
// at t, walking back over determiners, possessives, names and modifiers,
// or -1 when a word that is none of these (a verb, a cue, a preposition)
// stands in reach.
func nounPhraseStart(toks []token, t int) int {
	k := t
	for j := t - 1; j >= 0 && t-j <= nounPastReach; j-- {
		tk := toks[j]
		if tk.punct && tk.text != "'s" && tk.text != "'" {
			break
		}
		if _, cue := statusCues[tk.norm]; cue || prepositions[tk.norm] || auxiliaries[tk.norm] || pastCarriers[tk.norm] || tk.norm == "and" || tk.norm == "or" {
			break
		}
		k = j
		if determiners[tk.norm] && !tk.upper {
			break
		}
	}
	return k
}

// pastCarrierBefore reports a past carrier right before the noun phrase
// of t, not itself under "to" or a modal ("had hoped to make a visit").
func pastCarrierBefore(toks []token, t int) bool {
	k := nounPhraseStart(toks, t) - 1
	if k >= 0 && toks[k].norm == "out" && k > 0 && toks[k-1].norm == "carried" {
		k-- // "carried out an attack"
	}
	if k < 0 || !pastCarriers[toks[k].norm] && toks[k].norm != "carried" {
		return false
	}
	return k == 0 || !modals[toks[k-1].norm] && toks[k-1].norm != "to" && toks[k-1].norm != "not"
}

// pastAgentBefore reports "was/were/been <participle> by" right before the
// noun phrase of t: "has been overshadowed by the minister's resignation".
func pastAgentBefore(toks []token, t int) bool {
	k := nounPhraseStart(toks, t) - 1
	return k >= 2 && toks[k].norm == "by" && edForm(toks[k-1].norm) && !planModifiers[toks[k-1].norm] &&
		(toks[k-2].norm == "was" || toks[k-2].norm == "were" || toks[k-2].norm == "been")
}

// pastCopulaAfter reports the noun at t as the subject of "was" or "were"
// that follows it and its short complement, with no prospect, participle
// or infinitive after the copula: "the visit to Canada was the first".
// A noun that is itself a complement ("opposition to the invasion was")
// is left alone.
func pastCopulaAfter(toks []token, t int) bool {
	if s := nounPhraseStart(toks, t); s > 0 && prepositions[toks[s-1].norm] {
		return false
	}
	for k := t + 1; k < len(toks) && k <= t+nounPastReach; k++ {
		tk := toks[k]
		if tk.punct || tk.norm == "that" || tk.norm == "which" || tk.norm == "who" {
			return false
		}
		if _, cue := statusCues[tk.norm]; cue || scheduleWords[tk.norm] || auxiliaries[tk.norm] && tk.norm != "was" && tk.norm != "were" {
			return false
		}
		if tk.norm != "was" && tk.norm != "were" {
			continue
		}
		if k+1 >= len(toks) {
			return false
		}
		next := toks[k+1].norm
		if k+2 < len(toks) {
			if _, cue := statusCues[toks[k+2].norm]; cue {
				return false // "was the planned construction of homes" speaks of something else ahead
			}
		}
		return !prospectPredicates[next] && !edForm(next) && !strings.HasSuffix(next, "ing") && !toks[k+1].punct
	}
	return false
}

// pastFiniteVerb reports whether the verb trigger at t is a finite past
// form or a perfect or past passive: "has accepted", "Rice visited", "was
// elected". A participle after a noun ("troops deployed next month") or
// under "to be" is not.
func pastFiniteVerb(toks []token, t int) bool {
	if t < 1 || !(edForm(toks[t].norm) || pastForms[toks[t].norm]) || planModifiers[toks[t].norm] {
		return false
	}
	k := t - 1
	if strings.HasSuffix(toks[k].norm, "ly") && k > 0 {
		k-- // "has formally accepted"
	}
	switch p := toks[k]; {
	case p.norm == "has" || p.norm == "have" || p.norm == "had" || p.norm == "was" || p.norm == "were":
		return true
	case subjectPronouns[p.norm] && p.norm != "that" && p.norm != "which":
		return true
	case p.upper && !p.punct && !determiners[p.norm]:
		return true // "the European Commission accepted"
	}
	return false
}

// toldInPast reports whether the event c at its trigger is told as past by
// its own words: a past verb form or an event noun in a past clause.
func toldInPast(toks []token, c *candidate) bool {
	if c.noun {
		return nounPastClause(toks, c.trigger) || nounPastPredicate(toks, c.trigger)
	}
	return pastFiniteVerb(toks, c.trigger)
}

// settlePastAct keeps an act told in the past that has a date after
// publication reported, and reports whether it did. "this week" in an
// article of Monday is then the days of the week up to publication, in the
// publication's month; any other future date belongs to something else the
// sentence names ("accepted X as members from January 1, 2007"), and the
// act keeps none.
func (a *article) settlePastAct(toks []token, c *candidate, cue dateCue, ok bool) bool {
	if c.status != graph.Reported && c.status != "" || !a.future(c.date, c.precision) || !toldInPast(toks, c) {
		return false
	}
	c.status = graph.Reported
	if ok && cue.kind == cueRelative && cue.week && cue.offset == 0 && !cue.rolling {
		c.date, c.precision = graph.FormatDate(time.Date(a.pub.Year(), a.pub.Month(), 1, 0, 0, 0, 0, time.UTC), graph.Month), graph.Month
	} else {
		c.date, c.precision = "", ""
	}
	return true
}

// joinsDatedMention reports whether the undated mention c may take the date
// of the dated mention o of the same event: not when c is told as done and
// o is only planned, for then they are two acts, the one done and the one
// still to come ("Brash's resignation was inevitable" and "Brash will step
// down on Monday").
func joinsDatedMention(c, o *candidate) bool {
	return !(c.status == graph.Reported && o.status == graph.Planned)
}

// inNameWord reports a word that is part of a name, not a fate that
// settles an act: a capitalised word inside a sentence, after a word or
// after a title's abbreviation ("Tom DeLay visited Moscow", "Mr. DeLay is
// under investigation"), or a word with a capital inside it ("DeLay").
func inNameWord(toks []token, k int) bool {
	tk := toks[k]
	if strings.IndexFunc(tk.text[min(1, len(tk.text)):], unicode.IsUpper) >= 0 && tk.upper {
		return true
	}
	if k == 0 || !tk.upper {
		return false
	}
	prev := toks[k-1]
	if prev.text == "." && k > 1 {
		_, title := titles[toks[k-2].norm]
		return title
	}
	return !prev.punct
}

// planNouns name a plan as a thing one may back or discuss.
var planNouns = map[string]bool{"plan": true, "plans": true, "proposal": true, "proposals": true}

// planNounLinks tie a plan noun to the act it plans: "the plan to
// withdraw", "plans for a summit", "the proposal of talks".
var planNounLinks = map[string]bool{"to": true, "for": true, "of": true, "that": true}

// settledPlanNoun reports a plan noun at k, before the trigger at t, that
// is the object of its own phrase and plans nothing after it: "expressed
// support of the plan at a White House meeting with Obama" says nothing
// of the meeting.
func settledPlanNoun(toks []token, k, t int) bool {
	if !planNouns[toks[k].norm] || k < 1 || k+1 >= t || !determiners[toks[k-1].norm] {
		return false
	}
	next := toks[k+1]
	return !planNounLinks[next.norm] && (prepositions[next.norm] || next.norm == "during" || next.norm == "after")
}

// attributiveCue reports a plan word at k right after a preposition, where
// it qualifies the preposition's object, not the event noun before it:
// "protests against proposed anti-terror bills".
func attributiveCue(toks []token, k int) bool {
	return k > 0 && prepositions[toks[k-1].norm] && toks[k-1].norm != "to"
}
