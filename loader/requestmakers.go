package loader

import (
	"slices"

	"github.com/geokg/geokg/graph"
)

// This file turns round a request read off a noun whose maker "from" or
// "by" names: "The EU came under intense pressure from the United States
// to keep the embargo", "Japan ignored demands from China to apologise",
// "Reagan is under pressure from Congress". The lexicon reads "pressure"
// with the verb's frame (the clause's subject presses the party after
// it), which gives the party pressed as the actor and the one pressing
// as the target.

// madeRequestNouns name a request as a thing one party puts on another.
var madeRequestNouns = map[string]bool{
	"pressure": true, "pressures": true, "demand": true, "demands": true, "call": true, "calls": true,
	"appeal": true, "appeals": true, "request": true, "requests": true, "plea": true, "pleas": true,
}

// verbGovernors stand before a verb, not a noun: "will request from".
var verbGovernors = map[string]bool{
	"to": true, "will": true, "would": true, "shall": true, "should": true, "can": true, "could": true, "may": true,
	"might": true, "must": true, "did": true, "does": true, "do": true,
}

// requestFromMaker corrects a request read at the noun t when the party
// named right after "from" or "by" (its maker) stands among the
// candidate's targets: the maker is the actor and the clause's subject,
// read as the actor, is the party asked.
func requestFromMaker(v *sentenceView, t int, c *candidate) {
	toks := v.toks
	if c.typ != graph.Request || len(c.actors) == 0 || !madeRequestNouns[toks[t].norm] {
		return
	}
	if t > 0 && verbGovernors[toks[t-1].norm] {
		return // "will request from Congress 500 million": the verb, whose subject asks
	}
	k := t + 1
	if k >= len(toks) || (toks[k].norm != "from" && toks[k].norm != "by") {
		return
	}
	k++
	if k < len(toks) && toks[k].norm == "the" {
		k++
	}
	if k >= len(toks) || v.at[k] < 0 || !slices.Contains(c.targets, v.ms[v.at[k]].ent) {
		return
	}
	c.actors, c.targets = c.targets, c.actors
	c.rule += "-from-maker"
}
