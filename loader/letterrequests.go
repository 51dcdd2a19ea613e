package loader

import (
	"slices"
	"strings"

	"github.com/geokg/geokg/graph"
)

// This file reads a request made by letter: "X has sent a letter to Y
// requesting a full explanation", "X wrote to Y asking for talks", "a
// letter to Y urging it to reconsider". The participle that states the
// request follows the addressee, so the nearest name before it, which a
// participle usually takes as its subject ("X issued a statement, urging
// Y"), is the party written to, not the writer. The writer is the subject
// of the clause that writes or sends; the addressee is the party asked.

// letterWords write or carry a letter to its addressee.
var letterWords = map[string]bool{
	"letter": true, "letters": true, "wrote": true, "written": true, "write": true, "writes": true, "writing": true,
	"message": true, "note": true, "petition": true, "memo": true, "email": true, "e-mail": true,
}

// addresseeOpeners may open the name of a letter's addressee before a
// title: "to the Prime Minister", "to new Secretary of State X".
var addresseeOpeners = map[string]bool{"the": true, "new": true, "former": true, "of": true}

// letterRequest turns a request read at the participle t that follows "to
// Y" after a word of writing round: Y is the target, and the subject of
// the writing clause, where the sentence names it, the actor. It reports
// false when Y was read as the only actor and no writer is named ("it
// sent a letter to Y requesting"): the reading has no actor left.
func letterRequest(v *sentenceView, t int, c *candidate) bool {
	toks := v.toks
	if c.typ != graph.Request || c.noun || t < 3 || t >= len(toks) || !strings.HasSuffix(toks[t].norm, "ing") {
		return true
	}
	k := t - 1
	if toks[k].text == "," {
		k--
	}
	if k > 0 && groupNouns[toks[k].norm] && v.at[k] < 0 && v.at[k-1] >= 0 && v.ms[v.at[k-1]].form == formDemonym {
		k-- // "a letter to the South African government requesting"
	}
	if k < 0 || v.at[k] < 0 || v.ms[v.at[k]].last != k {
		return true
	}
	addressee := v.at[k]
	f := v.ms[addressee].first
	// A title or "the" may stand between "to" and the name: "to Attorney
	// General Alberto Gonzales", "to new Secretary of State X".
	for j := f - 1; j >= 0 && j >= f-4 && v.at[j] < 0 && toks[j].norm != "to"; j-- {
		if !toks[j].upper && !addresseeOpeners[toks[j].norm] {
			break
		}
		f = j
	}
	if f < 2 || toks[f-1].norm != "to" {
		return true
	}
	letter := -1
	for j := f - 2; j >= 0 && j >= f-4; j-- {
		if letterWords[toks[j].norm] {
			letter = j
			break
		}
		if toks[j].punct || v.at[j] >= 0 {
			return true
		}
	}
	if letter < 0 {
		return true
	}
	to := v.ms[addressee].ent
	writer := (*graph.Entity)(nil)
	if n := v.clauseSubject(letter); n >= 0 && n != addressee {
		writer = v.ms[n].ent
	}
	if !slices.Contains(c.actors, to) && writer == nil {
		return true
	}
	if writer != nil {
		c.actors = []*graph.Entity{writer}
	} else {
		c.actors = slices.DeleteFunc(slices.Clone(c.actors), func(e *graph.Entity) bool { return e == to })
		if len(c.actors) == 0 {
			return false
		}
	}
	if len(c.targets) == 0 {
		c.targets = []*graph.Entity{to}
	}
	c.rule += "-letter"
	return true
}
