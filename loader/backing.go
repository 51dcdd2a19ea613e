package loader

import "github.com/geokg/geokg/graph"

// This file reads the bare verb "back" as support: "the parliament voted
// to back X as prime minister", "Venezuela will back Ecuador's bid",
// "pledged to back Haughey's budget". The trigger lexicon holds only
// "backs" and "backed", for the bare form is more often an adverb or a
// noun ("came back", "back in 2005", "turned their back on") or a
// particle verb ("back down", "back out of"). It is a verb where a word
// that only a verb follows stands before it (an infinitive's "to", a
// modal, "not", "did") and a named party, or a party's act, is its
// object.

// backingRule stands for "back" when its subject is read with
// verbArguments.
var backingRule = eventRule{name: "back", typ: graph.Support, direct: true}

// backGovernors make the bare "back" after them a verb.
var backGovernors = map[string]bool{
	"to": true, "will": true, "would": true, "shall": true, "should": true, "could": true, "can": true, "may": true,
	"might": true, "must": true, "not": true, "n't": true, "never": true, "did": true, "does": true, "do": true,
	"strongly": true, "fully": true, "firmly": true, "publicly": true, "openly": true, "unanimously": true,
}

// backingFrames reads "back X" in one sentence as SUPPORT of its subject
// for X, or for the party whose act X is ("back Ecuador's bid").
func (a *article) backingFrames(s sentence, v *sentenceView) []*candidate {
	var out []*candidate
	toks := v.toks
	for t, tok := range toks {
		if tok.norm != "back" || t == 0 || t+1 >= len(toks) || v.at[t] >= 0 || !backGovernors[toks[t-1].norm] {
			continue
		}
		if requestedAction(toks, t) {
			continue // "pleaded with party members to back X": the asked back him, not the asker
		}
		k := t + 1
		for k < len(toks) && k <= t+4 && v.at[k] < 0 && (isTitleWord(toks[k].norm) || toks[k].norm == "opposition" || toks[k].norm == "former") {
			k++ // "back opposition leader X", "back President X's plan"
		}
		target := v.attitudeObject(k) // evaluative.go: "back X", "back the Palestinian uprising"
		if target == nil {
			continue // "back down", "back out of", "back the bill"
		}
		c := &candidate{typ: graph.Support, rule: "verb:back", confidence: 0.6, trigger: t, sent: s}
		actor, _ := a.verbArguments(v, t, &backingRule, c)
		if actor == nil || actor == target || actor.Kind == graph.Location {
			continue
		}
		if !a.setParties(c, []*graph.Entity{actor}, []*graph.Entity{target}) {
			continue
		}
		c.status = frameStatus(toks, t, true)
		out = append(out, c)
	}
	return out
}
