package loader

import (
	"slices"
	"strings"

	"github.com/geokg/geokg/graph"
)

// This file reads a protest put down by force: "police broke up the
// rally", "troops dispersed the demonstration in Cairo". The verb is the
// state's COERCE whatever the protest noun after it states: a protest
// noun read as an event of its own ("the demonstration in Cairo") does
// not make the verb its mere carrier, as "launched an attack" makes
// "launched".

// suppressedProtestLexicon holds the phrasal verb "break up" with a protest
// as object; "disperse", "suppress", "quell" and "prevent" are the main
// lexicon's.
var suppressedProtestLexicon = []lexEntry{
	{verbs: "broke break breaks breaking", rule: eventRule{name: "break-up-protest", typ: graph.Coerce, need: protestWords, also: []string{"up"}, window: 3, optionalTarget: true}},
}

// suppressesProtest reports a rule that reads a protest put down: its
// verb is the event even where the protest noun after it is one too.
func suppressesProtest(r *eventRule) bool {
	return r.name == "disperse" || r.name == "break-up-protest"
}

// unnamedForceSubject reports a verb at t whose subject is a force noun
// standing alone and left unresolved ("when police broke up the rally"):
// the force is the agent, and a person an earlier clause names ("Mrs
// Sheehan noted that ...") is not. A force named with its state
// ("Egyptian police", "the police" resolved to the state in context) has
// a mention of its own.
func unnamedForceSubject(v *sentenceView, t int) bool {
	k := t - 1
	for k >= 0 && (auxiliaries[v.toks[k].norm] || beForms[v.toks[k].norm]) {
		k--
	}
	if k < 0 || v.at[k] >= 0 || !forceNouns[v.toks[k].norm] && !slices.Contains(troopWords, v.toks[k].norm) {
		return false
	}
	j := k - 1
	for j >= 0 && forceModifiers[v.toks[j].norm] {
		j-- // "riot police", "security forces"
	}
	return j < 0 || v.at[j] < 0
}

// forceWithoutState reports a suppression at t whose subject is a force
// named alone (unnamedForceSubject) and whose actors hold no state: the
// person an earlier clause names is not the force's agent.
func forceWithoutState(v *sentenceView, t int, c *candidate) bool {
	return unnamedForceSubject(v, t) && !slices.ContainsFunc(c.actors, isCountry)
}

// rankSuppressedProtests ranks a protest below the act that put it down
// where the protest noun is that act's object ("police prevented the
// demonstration staged by students"): the sentence reports the
// suppression, and the protest as what was suppressed. found holds the
// sentence's candidates in text order.
func rankSuppressedProtests(found []*candidate) {
	for i, c := range found {
		if c.noun || c.typ != graph.Coerce || !strings.HasPrefix(c.rule, "verb:disperse") && !strings.HasPrefix(c.rule, "verb:break-up-protest") {
			continue
		}
		for _, d := range found[i+1:] {
			if d.trigger-c.trigger > suppressedObjectReach {
				break
			}
			if d.noun && d.typ == graph.Protest && d.trigger > c.trigger {
				d.confidence = min(d.confidence, c.confidence-0.05)
			}
		}
	}
}

// isCountry reports a country.
func isCountry(e *graph.Entity) bool { return e.Kind == graph.Country }

// suppressedObjectReach is how far after the verb its protest noun may
// stand: "broke up a large opposition rally".
const suppressedObjectReach = 4
