package loader

import "github.com/geokg/geokg/graph"

// possessivePronouns open a noun phrase whose owner the sentence named
// earlier: "Rice, on her visit to Japan", "Israel expanded its offensive
// in Lebanon". The pronoun's owner is the event's actor.
var possessivePronouns = map[string]graph.EntityKind{
	"his": graph.Person, "her": graph.Person, "its": graph.Country, "their": graph.Country,
}

// pronounOwner returns the mention the possessive pronoun at k stands
// for, or -1: for "his" and "her" the nearest person named before it in
// the sentence; for "its" and "their" the nearest state or organisation.
// A bare title between ("X says the Prime Minister used his trip") is a
// closer, unnamed owner, and so is a person before "its" ("Brown praised
// its role"): the pronoun is not resolved.
func (v *sentenceView) pronounOwner(k int) int {
	want, ok := possessivePronouns[v.toks[k].norm]
	if !ok {
		return -1
	}
	for j := k - 1; j >= 0; j-- {
		tk := v.toks[j]
		if n := v.at[j]; n >= 0 {
			m := v.ms[n]
			j = m.first
			if !usable(m) {
				continue
			}
			switch kind := m.ent.Kind; {
			case want == graph.Person && kind == graph.Person:
				return n
			case want == graph.Country && (kind == graph.Country || kind == graph.Organization):
				return n
			case kind == graph.Person || kind == graph.Country || kind == graph.Organization:
				return -1 // a party of the other kind is nearer: too unsure
			}
			continue
		}
		if tk.norm == "the" && j+1 < k && v.at[j+1] < 0 && isTitleWord(v.toks[j+1].norm) {
			return -1 // "the Prime Minister ... his": an unnamed owner
		}
		if tk.text == ";" || tk.text == ":" || (tk.punct && tk.text != "," && tk.text != "(" && tk.text != ")" && tk.text != "'" && tk.text != "\"") {
			return -1
		}
	}
	return -1
}

// possessiveEvent reads "X ... his visit to Y", "X ... its offensive in
// Y": the pronoun's owner acts. Only a target the noun names itself lets
// the event stand; an owner's act with no one named it falls on is too
// often the article's background ("his Mideast tour").
func (a *article) possessiveEvent(v *sentenceView, t, k int, r *eventRule, c *candidate) (actor, target *graph.Entity, ok bool) {
	if k > 0 && cessationVerbs[v.toks[k-1].norm] && r.typ != graph.Assault && r.typ != graph.Coerce && (r.typ != graph.Consult || fateAt(v.toks, k-1) == "") {
		return nil, nil, false // "ended its cooperation with X": the act stops
	}
	n := v.pronounOwner(k)
	if n < 0 {
		return nil, nil, false
	}
	tn := -1
	if r.preps != nil {
		tn = v.afterPrep(t, r.preps)
		if tn < 0 && r.mode == "visit" {
			tn = v.placeAfterPrep(t, r.preps)
		}
	}
	if tn < 0 || tn == n || v.ms[tn].ent == v.ms[n].ent {
		return nil, nil, false
	}
	c.rule, c.confidence = "noun:"+r.name+"-pronoun-possessive", 0.55
	return v.ms[n].ent, v.ms[tn].ent, true
}

// cessationVerbs stop or shrink the act the noun after them names: "Iran
// ended its cooperation", "will be limiting its cooperation". Force that is
// ended ("end its attacks on X") was still used, and stays an event.
var cessationVerbs = map[string]bool{
	"end": true, "ends": true, "ended": true, "ending": true, "halt": true, "halts": true, "halted": true, "halting": true,
	"stop": true, "stops": true, "stopped": true, "stopping": true, "suspend": true, "suspends": true, "suspended": true, "suspending": true,
	"limit": true, "limits": true, "limited": true, "limiting": true, "reduce": true, "reduces": true, "reduced": true, "reducing": true,
	"cut": true, "cuts": true, "cutting": true, "curtail": true, "curtailed": true, "curtailing": true, "freeze": true, "froze": true,
	"cancel": true, "cancels": true, "cancelled": true, "canceled": true, "postpone": true, "postponed": true, "postpones": true,
}
