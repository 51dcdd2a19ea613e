package loader

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// This file keeps meetings and concessions whose other party the sentence
// names only as a group of unnamed people: "met with dissidents",
// "apologised to the victims", "visited survivors in hospital".
// ANNOTATION.md lists such an event with no target, so merge need not drop
// it for want of one. (Crowds' protests stand alone too: their rule's
// optionalTarget, event.go.)

// unnamedGroups are plural nouns for people that stand as a verb's object
// without naming a party the extractor could resolve.
var unnamedGroups = map[string]bool{
	"dissidents": true, "activists": true, "journalists": true, "reporters": true, "prisoners": true,
	"detainees": true, "hostages": true, "officials": true, "leaders": true,
	"people": true, "politicians": true, "opponents": true, "lawmakers": true, "clerics": true,
	"students": true, "citizens": true, "workers": true, "critics": true, "victims": true,
	"countrymen": true, "compatriots": true, "tribes": true, "tribesmen": true, "families": true,
	"relatives": true, "refugees": true, "survivors": true, "residents": true, "villagers": true,
	"elders": true, "supporters": true, "demonstrators": true, "protesters": true, "protestors": true,
	"civilians": true, "voters": true, "farmers": true, "representatives": true, "delegates": true,
	"envoys": true, "diplomats": true, "ministers": true, "counterparts": true, "chiefs": true,
}

// groupFacingTypes are the event types whose other party may be people
// met or apologised to without a name: a meeting with dissidents, an
// apology to the victims. (Force, requests and pledges aimed at unnamed
// people are mostly domestic or hearsay, and stay dropped.)
var groupFacingTypes = map[graph.EventType]bool{graph.Consult: true, graph.Concede: true}

// groupModifiers may stand between the verb (or its preposition) and the
// group noun: determiners, possessives, quantifiers.
var groupModifiers = map[string]bool{
	"the": true, "his": true, "her": true, "their": true, "its": true, "our": true, "some": true,
	"several": true, "many": true, "those": true, "these": true, "all": true, "other": true,
}

// localGroupWords qualify a group as a town's, a church's or a party's
// ("met with county officials", "members of the church"): local politics,
// not an event between states.
var localGroupWords = map[string]bool{
	"county": true, "city": true, "municipal": true, "local": true, "town": true, "village": true,
	"community": true, "church": true, "party": true, "council": true,
}

// dispositionNouns before "to" make the verb a disposition, not a deed:
// "his willingness to meet with hostile leaders".
var dispositionNouns = map[string]bool{
	"willingness": true, "readiness": true, "desire": true, "wish": true, "eagerness": true,
	"reluctance": true, "refusal": true, "unwillingness": true,
}

// unnamedGroupObject reports whether the verb at t, whose candidate c has
// no target, takes for its object (directly or after "with", "to", "on",
// "for") a group of unnamed people.
func unnamedGroupObject(v *sentenceView, t int, noun bool, c *candidate) bool {
	if noun || len(c.targets) > 0 || len(c.actors) == 0 || !groupFacingTypes[c.typ] {
		return false
	}
	toks := v.toks
	if w := toks[t].norm; strings.HasSuffix(w, "ing") && (t == 0 || !beForms[toks[t-1].norm]) {
		return false // ", allowing journalists to work": a participle whose subject is unsure
	}
	if t >= 2 && toks[t-1].norm == "to" && dispositionNouns[toks[t-2].norm] {
		return false
	}
	if t >= 1 && firstPersonHabit(toks, t) {
		return false // "where I meet with leaders": a habit, not an event
	}
	k := t + 1
	if k < len(toks) && (toks[k].norm == "with" || toks[k].norm == "to" || toks[k].norm == "on" || toks[k].norm == "upon" || toks[k].norm == "for") {
		k++
	}
	for n := 0; k < len(toks) && n < 3; k, n = k+1, n+1 {
		tok := toks[k]
		if tok.punct {
			return false
		}
		if localGroupWords[tok.norm] {
			return false
		}
		if unnamedGroups[tok.norm] {
			// "allowed the refugees to travel": the group does the act the
			// infinitive names, and is no party to the concession. (After a
			// meeting the infinitive is its purpose: "met leaders to discuss".)
			return k+1 >= len(toks) || !toks[k+1].hyphen && (c.typ == graph.Consult || toks[k+1].norm != "to")
		}
		if v.at[k] >= 0 && !strings.Contains(tok.norm, "-") {
			return false // a named party: the rules that read it decide
		}
		if !groupModifiers[tok.norm] && !isNumber(tok.norm) && n > 0 {
			return false
		}
	}
	return false
}

// isNumber reports a token of digits: "met with 12 dissidents".
func isNumber(w string) bool {
	return w != "" && strings.Trim(w, "0123456789,") == ""
}

// firstPersonHabit reports a bare present verb after "I", "we" or "you":
// a speaker's habit ("where I meet with leaders"), not a reported event.
func firstPersonHabit(toks []token, t int) bool {
	switch toks[t-1].norm {
	case "i", "we", "you":
		w := toks[t].norm
		return !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ing")
	}
	return false
}
