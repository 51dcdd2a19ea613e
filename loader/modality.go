package loader

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// ruleOutForms are the forms of "rule" that, with "out", exclude what
// follows: "ruled out resigning", "has ruled out troops being deployed".
var ruleOutForms = map[string]bool{"rule": true, "rules": true, "ruled": true, "ruling": true}

// ruledOutStatus reads the status of an event named after "rule out",
// whose "out" is at k: the speaker excludes it ("ruled out resigning"),
// unless the exclusion is itself refused or negated ("refused to rule out
// a strike", "did not rule out talks"), which leaves the event possible.
// ok is false where toks[k] is no such "out".
func ruledOutStatus(toks []token, k int) (st graph.Status, ok bool) {
	if toks[k].norm != "out" || k < 1 || !ruleOutForms[toks[k-1].norm] {
		return "", false
	}
	for j := k - 2; j >= 0 && j >= k-4; j-- {
		switch w := toks[j].norm; {
		case toks[j].punct:
			return graph.Denied, true
		case w == "to" && j >= 1 && infinitiveGovernors[toks[j-1].norm] == graph.Denied:
			return graph.Speculated, true // "refused to rule out", "declined to rule out"
		case statusCues[w] == graph.Denied:
			return graph.Speculated, true // "has not ruled out", "would never rule out"
		}
	}
	return graph.Denied, true
}

// prepositionalOpeners open a clause or, as prepositions, only a phrase:
// "as the talks stalled" against "listed Cuba as a dictatorship", "since
// the talks failed" against "since 1990". ("After" is left out: the nouns
// after it end in -ing as often as verbs do, "after protests and rioting".)
var prepositionalOpeners = map[string]bool{"as": true, "since": true}

// coordinatedClauseSubject returns the subject of the clause that a
// coordinator at j continues, as clauseSubject does, and looks past an
// opener that names no subject before j: in "Bush listed Cuba and Syria
// as dictatorships and criticised Venezuela" the "as" opens only a
// phrase, and Bush, not Syria, criticised. -1 where none is found.
func (v *sentenceView) coordinatedClauseSubject(j int) int {
	if n := v.clauseSubject(j); n >= 0 {
		return n
	}
	for k := j - 1; k >= 1 && j-k <= maxArgGap*2; k-- {
		w := v.toks[k].norm
		if clauseBreak(v.toks[k]) || speechAt(v.toks, k) && v.at[k] < 0 {
			return -1
		}
		if clauseOpeners[w] {
			if !prepositionalOpeners[w] {
				return -1
			}
			return v.clauseSubject(k)
		}
	}
	return -1
}

// accusationGovernors take the act they charge someone with in an "of"
// complement: "accused Iran of sending arms", "convicted of spying for
// Israel", "found guilty of abusing protesters", "on charges of opposing
// the regime" (accusedtrials.go: a verdict states no act of the accused).
var accusationGovernors = map[string]bool{
	"accused": true, "accuses": true, "accuse": true, "accusing": true, "accusation": true, "accusations": true,
	"suspected": true, "suspects": true, "suspect": true, "suspecting": true,
	"convicted": true, "convict": true, "convicts": true, "conviction": true, "convictions": true, "guilty": true,
	"charges": true, "charge": true, "indicted": true,
}

// accusedAction reports whether the verb at t is the act an accusation
// charges someone with ("accused Iran of sending arms", "accused X on
// Saturday of having supplied weapons", "of arming rebels and sending
// troops"): only the accusation happened, and the accused, not the
// accuser, would be the act's agent.
func accusedAction(toks []token, t int) bool {
	k := t - 1
	switch {
	case k >= 0 && toks[k].norm == "having":
		k--
	case !strings.HasSuffix(toks[t].norm, "ing"):
		return false
	case k >= 0 && (toks[k].norm == "and" || toks[k].norm == "or"):
		k = chargedActOpening(toks, k) // "of arming rebels and sending troops"
	}
	if k < 1 || toks[k].norm != "of" {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-maxArgGap; j-- {
		if clauseBreak(toks[j]) {
			return false
		}
		if accusationGovernors[toks[j].norm] {
			return true
		}
	}
	return false
}

// chargedActOpening returns the index of the "of" that opens the first of
// two coordinated -ing acts, the second following the coordinator at c
// ("of arming rebels and sending"), or -1.
func chargedActOpening(toks []token, c int) int {
	for k := c - 2; k >= 1 && k >= c-6; k-- {
		if toks[k].punct {
			return -1
		}
		if toks[k].norm == "of" && (strings.HasSuffix(toks[k+1].norm, "ing") || toks[k+1].norm == "having") {
			return k
		}
	}
	return -1
}

// stopVerbs take as complement an act that ends rather than happens:
// "stop giving aid", "ceased firing".
var stopVerbs = map[string]bool{
	"stop": true, "stops": true, "stopped": true, "stopping": true, "cease": true, "ceases": true, "ceased": true,
	"ceasing": true, "halt": true, "halts": true, "halted": true, "halting": true, "quit": true, "quits": true,
}

// stoppedAction reports whether the -ing verb at t is the complement of a
// verb of stopping ("may stop giving aid to Kenya", "told them to stop
// fighting"): the act ends, or is asked to end; it is not done.
func stoppedAction(toks []token, t int) bool {
	if t < 1 || !strings.HasSuffix(toks[t].norm, "ing") {
		return false
	}
	k := t - 1
	if k >= 1 && strings.HasSuffix(toks[k].norm, "ly") && !toks[k].punct {
		k-- // "stop immediately firing"
	}
	return stopVerbs[toks[k].norm]
}

// requestedSupportedAction reports whether the trigger at t is carried by
// a support verb in an infinitive a verb of asking governs: "called on the
// G8 to put more pressure on North Korea", "told him to exert pressure".
// Only the request happened.
func requestedSupportedAction(toks []token, t int) bool {
	for k := t - 1; k >= 1 && k >= t-3; k-- {
		if toks[k].punct {
			return false
		}
		if supportVerbs[toks[k].norm] {
			return requestedAction(toks, k)
		}
	}
	return false
}

// untilCondition reports whether the verb at t, in the present tense,
// heads an "until" clause: "will not support them until Sinn Fein accepts
// the police", "will stay until he talks to her again". The clause names
// a condition still to be met, not an event.
func untilCondition(toks []token, t int) bool {
	w := toks[t].norm
	if !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") {
		return false
	}
	for k := t - 1; k >= 0 && k >= t-12; k-- {
		if toks[k].punct && toks[k].text != "," || clauseBreak(toks[k]) {
			return false // a comma may part the clause's coordinated verbs: "until X disbands, renounces crime and Y accepts"
		}
		if toks[k].norm == "until" {
			return true
		}
	}
	return false
}
