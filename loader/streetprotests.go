package loader

import "github.com/geokg/geokg/graph"

// This file reads "took to the streets" and its like ("poured into the
// streets", "have taken to the streets across France") as a protest: the
// idiom says a crowd demonstrates, whether or not "protest" follows. Where
// "to protest" does follow, protestpurposes.go reads the same protest with
// its object, and the two readings merge. The subject is found as for any
// protest verb: a named party, else a crowd standing for its country
// (crowdActor).

// streetProtestLexicon holds the idiom, tried before the main lexicon so
// that "took" is not read by another rule first.
var streetProtestLexicon = []lexEntry{
	{verbs: "take takes took taking taken pour pours poured pouring spill spills spilled spilling", rule: eventRule{name: "take-to-streets", typ: graph.Protest, need: []string{"streets"}, window: 3, preps: []string{"against"}, optionalTarget: true}},
}

// streetIdiom reports the verb at t followed by "to the streets" or "into
// the streets", the idiom's only shape: "took the streets" (seized them)
// and "taken from the streets" are not it. An infinitive of a protest verb
// in the next words ("took to the streets Saturday to demonstrate against
// X") is the protest itself, read with its target and the idiom's status
// by the protest rules; the idiom is not read again beside it.
func streetIdiom(toks []token, t int) bool {
	if t+3 >= len(toks) || !(toks[t+1].norm == "to" || toks[t+1].norm == "into" || toks[t+1].norm == "onto") ||
		toks[t+2].norm != "the" || toks[t+3].norm != "streets" {
		return false
	}
	for k := t + 4; k+1 < len(toks) && k <= t+7; k++ {
		if toks[k].norm == "to" && protestInfinitives[toks[k+1].norm] {
			return false
		}
	}
	return true
}

// protestInfinitives are the verbs whose infinitive after the idiom states
// the protest: "to protest", "to demonstrate".
var protestInfinitives = map[string]bool{"protest": true, "demonstrate": true, "rally": true, "march": true}
