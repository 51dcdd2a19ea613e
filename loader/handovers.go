package loader

import "github.com/geokg/geokg/graph"

// This file reads the handing over of a person held, or of papers asked
// for, to another state or body: "Nigeria handed Charles Taylor over to
// Liberia", "Pakistan handed over the two suspects to the United States",
// "the men were turned over to the Afghan authorities by US forces", "the
// United States will transfer the detainees to Afghanistan",
// "Pyongyang turned over to China documents on its plutonium". The hander
// gives the receiver what it seeks, which PLOVER codes COOPERATE; a person
// handed over is the judicial cooperation that an extradition is (the
// lexicon's "extradite" rule), papers are plain cooperation.
//
// "hand over" and "turn over" hand over power, control, security, weapons
// and territory far more often; those are left alone (a transfer of power
// is no cooperation between two parties, weapons handed over are a
// disarmament), so the object's head must be a person or people held, or
// papers. A passive names the hander only after "by": without it the
// story's context, not the sentence, knows who did it.

// handOverVerbs take "over" to hand something over.
var handOverVerbs = map[string]bool{
	"hand": true, "hands": true, "handed": true, "handing": true,
	"turn": true, "turns": true, "turned": true, "turning": true,
}

// transferVerbs hand a person held to another state without "over": "will
// transfer the detainees to Afghanistan". Money and ownership transferred
// are left alone by the object's head.
var transferVerbs = map[string]bool{"transfer": true, "transfers": true, "transferred": true, "transferring": true}

// handedPeople head an object naming a person or people held.
var handedPeople = map[string]bool{
	"him": true, "her": true, "them": true, "suspect": true, "suspects": true, "prisoner": true, "prisoners": true,
	"detainee": true, "detainees": true, "captive": true, "captives": true, "fugitive": true, "fugitives": true,
	"hostage": true, "hostages": true, "accused": true, "man": true, "men": true, "woman": true, "women": true, "militants": true, "nationals": true, "citizens": true,
}

// handedPapers head an object naming papers a party asks to see.
var handedPapers = map[string]bool{
	"documents": true, "document": true, "records": true, "papers": true, "files": true, "evidence": true,
	"dossier": true, "declaration": true, "list": true, "archives": true, "tapes": true,
}

// handedObjectStops end the head search: "control of the prisoners" is
// no handing over of prisoners.
var handedObjectStops = map[string]bool{
	"of": true, "to": true, "for": true, "from": true, "in": true, "on": true, "with": true, "by": true, "over": true,
	"that": true, "which": true, "who": true,
}

// custodyHolders after a demonym name the state holding someone: "to
// Afghan authorities", "to US custody".
var custodyHolders = map[string]bool{
	"authorities": true, "custody": true, "officials": true, "government": true, "police": true, "military": true,
	"forces": true, "troops": true, "officers": true, "intelligence": true,
}

// handOverRule is the rule whose verb frame finds who hands over.
var handOverRule = eventRule{name: "hand-over", typ: graph.Cooperate, mode: "judicial"}

// maxHandedSpan bounds the words of a handed object ("the three Iraqi
// suspects") and of a target phrase.
const maxHandedSpan = 5

// handovers reads "X handed Y over to Z", "X handed over Y to Z", "X turned
// over to Z Y", "X transferred Y to Z" and "Y was handed over to Z by X":
// X cooperates with Z.
func (a *article) handovers(s sentence, v *sentenceView) []*candidate {
	var out []*candidate
	toks := v.toks
	for o, tok := range toks {
		if tok.norm != "over" && !transferVerbs[tok.norm] || v.at[o] >= 0 {
			continue
		}
		verb := -1
		if tok.norm != "over" {
			verb = o // "transferred the detainees to Afghanistan": the verb stands where "over" would
		}
		for j := o - 1; verb < 0 && j >= 0 && j >= o-maxHandedSpan-1; j-- {
			if handOverVerbs[toks[j].norm] && v.at[j] < 0 {
				verb = j
				break
			}
			if toks[j].punct || clauseBreak(toks[j]) {
				break
			}
		}
		if verb < 0 {
			continue
		}
		to := -1
		for k := o + 1; k < len(toks) && k <= o+maxHandedSpan+1; k++ {
			if toks[k].norm == "to" {
				to = k
				break
			}
			if toks[k].punct || clauseBreak(toks[k]) {
				break
			}
		}
		if to < 0 || verb+1 < o && to != o+1 {
			continue // "handed X over" names the object before "over"; "to" follows it
		}
		target, end := v.handedTo(to)
		if target == nil {
			continue
		}
		passive := verb >= 1 && beForms[toks[verb-1].norm] && to == o+1
		var people, papers bool
		switch {
		case passive:
			people = handedSubject(v, verb-1)
		case verb+1 < o:
			people, papers = handedObject(v, verb+1, o)
		case to > o+1:
			people, papers = handedObject(v, o+1, to)
		default:
			people, papers = handedObject(v, end+1, min(end+1+maxHandedSpan, len(toks))) // "turned over to China documents"
		}
		if !people && (!papers || verb == o) {
			continue // papers are handed or turned over, not transferred
		}
		c := &candidate{rule: "verb:hand-over", typ: graph.Cooperate, trigger: verb}
		if people {
			c.mode = "judicial"
		}
		var actor *graph.Entity
		if passive {
			actor = handedBy(v, end+1)
			c.rule = "verb:hand-over-passive"
		} else {
			actor, _ = a.verbArguments(v, verb, &handOverRule, c)
		}
		if actor == nil || actor.Kind == graph.Location {
			continue
		}
		c.actors, c.targets = []*graph.Entity{actor}, []*graph.Entity{target}
		c.status = frameStatus(toks, verb, true)
		if !a.framed(c, s) {
			continue
		}
		out = append(out, c)
	}
	return out
}

// handedTo returns the state or body named after "to" at to, and the
// index of the phrase's last token: "to Liberia", "to the International
// Criminal Tribunal", "to Afghan authorities", "to US custody", "to the
// custody of Afghanistan".
func (v *sentenceView) handedTo(to int) (*graph.Entity, int) {
	toks := v.toks
	k := to + 1
	if k < len(toks) && toks[k].norm == "the" {
		k++
	}
	if k+2 < len(toks) && toks[k].norm == "custody" && toks[k+1].norm == "of" {
		k += 2
		if toks[k].norm == "the" && k+1 < len(toks) {
			k++
		}
	}
	if k >= len(toks) {
		return nil, -1
	}
	n := v.at[k]
	if n < 0 {
		return nil, -1
	}
	m := v.ms[n]
	if m.ent.Kind != graph.Country && m.ent.Kind != graph.Organization {
		return nil, -1
	}
	end := m.last
	if m.modifier || m.form == formDemonym {
		if end+1 >= len(toks) || !custodyHolders[toks[end+1].norm] {
			return nil, -1
		}
		end++
	}
	return m.ent, end
}

// handedObject reports whether the object in toks[from:to] is headed by a
// person or people held, or by papers.
func handedObject(v *sentenceView, from, to int) (people, papers bool) {
	for k := from; k < to && k < len(v.toks); k++ {
		t := v.toks[k]
		if n := v.at[k]; n >= 0 {
			if v.ms[n].ent.Kind == graph.Person {
				return true, false
			}
			continue // "the Iraqi suspects"
		}
		if t.punct || handedObjectStops[t.norm] {
			return false, false
		}
		if handedPeople[t.norm] {
			return true, false
		}
		if handedPapers[t.norm] {
			return false, true
		}
	}
	return false, false
}

// handedSubject reports whether the passive subject before the be-form at
// be is a person or people held: "Charles Taylor was handed over", "the
// suspects were turned over".
func handedSubject(v *sentenceView, be int) bool {
	for k := be - 1; k >= 0 && k >= be-3; k-- {
		if n := v.at[k]; n >= 0 {
			return v.ms[n].ent.Kind == graph.Person
		}
		if v.toks[k].punct {
			return false
		}
		if handedPeople[v.toks[k].norm] || v.toks[k].norm == "he" || v.toks[k].norm == "she" || v.toks[k].norm == "they" {
			return true
		}
	}
	return false
}

// handedBy returns the agent after "by" at k, or nil.
func handedBy(v *sentenceView, k int) *graph.Entity {
	if k+1 >= len(v.toks) || v.toks[k].norm != "by" {
		return nil
	}
	k++
	if v.toks[k].norm == "the" && k+1 < len(v.toks) {
		k++
	}
	n := v.at[k]
	if n < 0 || !usable(v.ms[n]) && v.ms[n].form != formDemonym {
		return nil
	}
	return v.ms[n].ent
}
