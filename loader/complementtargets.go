package loader

import (
	"slices"

	"github.com/geokg/geokg/graph"
)

// Complement targets: a verb's reading that found no target often names it
// in a prepositional phrase after the verb's object, which the rule's own
// prepositions do not cover: "imposed sanctions over Iran's nuclear
// programme", "withdrew its ambassador from Venezuela", "conducted a raid
// into Ecuadorian territory". Each type takes only the prepositions that
// point its act at a party; the phrase must follow within a short span of
// the verb with no punctuation or clause word between them.

// complementPreps lists, by event type, the prepositions whose object
// receives an act of that type when it follows the verb's object.
var complementPreps = map[graph.EventType][]string{
	graph.Sanction: {"over", "against"}, // not "on": "suspended payments on Argentina's debt"
	graph.Coerce:   {"against"},
	graph.Assault:  {"into", "against"},
	graph.Threaten: {"against"},
	graph.Retreat:  {"from"},
	graph.Aid:      {"to"},
	graph.Support:  {"to"}, // signing only: "ratified the accession treaty to the EU"
}

// complementSpanStops end the span in which the prepositional phrase may stand:
// a new clause or a coordinated verb begins.
var complementSpanStops = map[string]bool{
	"that": true, "which": true, "who": true, "whom": true, "while": true, "after": true, "before": true,
	"because": true, "and": true, "but": true, "or": true, "if": true, "when": true, "as": true, "since": true,
	"until": true, "said": true, "saying": true, "by": true,
}

// complementSpan bounds how far after the verb the preposition may stand.
const complementSpan = 8

// complementTarget gives a reading with no target the party named by a
// prepositional phrase after the verb's object (see complementPreps), and
// an attack noun the party after it ("a raid into Ecuadorian territory").
func (a *article) complementTarget(v *sentenceView, t int, r *eventRule, noun bool, c *candidate) {
	preps := complementPreps[c.typ]
	if noun && c.typ != graph.Assault || len(c.targets) > 0 || len(c.actors) == 0 || preps == nil {
		return
	}
	if c.typ == graph.Support && r.modeAt(v.toks, t) != "sign" {
		return // "welcomed the election of X to the court" supports X, not the court
	}
	toks := v.toks
	for k := t + 1; k < len(toks) && k <= t+complementSpan; k++ {
		u := toks[k]
		if u.punct && u.text != "-" || complementSpanStops[u.norm] {
			return
		}
		if n := v.at[k]; n >= 0 {
			k = v.ms[n].last // a name inside the object: "expelled Iraqi diplomats from"
			continue
		}
		if !slices.Contains(preps, u.norm) {
			continue
		}
		target := v.complementParty(k)
		if target == nil || slices.Contains(c.actors, target) || a.sameSide(c.actors[0], target) {
			return
		}
		c.targets = a.withStates([]*graph.Entity{target}, c.actors)
		c.targets = slices.DeleteFunc(c.targets, func(e *graph.Entity) bool { return slices.Contains(c.actors, e) })
		if len(c.targets) == 0 {
			c.targets = nil
			return
		}
		c.rule += "-complement"
		c.confidence = 0.55
		return
	}
}

// complementParty reads the party the preposition at p introduces: a state
// or organisation named ("over Iran's programme", "from the United
// Nations"), or a state by its demonym before a noun ("into Ecuadorian
// territory"). A place that is only where something happens is no party,
// and a capital after the preposition names a city ("the Treaty of Lisbon").
func (v *sentenceView) complementParty(p int) *graph.Entity {
	for j := p + 1; j < len(v.toks) && j <= p+3; j++ {
		u := v.toks[j]
		if n := v.at[j]; n >= 0 {
			m := v.ms[n]
			if m.place || m.form == formCapital || m.ent.Kind != graph.Country && m.ent.Kind != graph.Organization {
				return nil
			}
			if m.form == formDemonym {
				// "Ecuadorian territory", not "Iranian officials": a person
				// or group of the state would be the target, not the state.
				if m.last+1 < len(v.toks) && stateHeldNouns[v.toks[m.last+1].norm] {
					return m.ent
				}
				return nil
			}
			if m.modifier {
				return nil
			}
			return m.ent
		}
		if u.norm != "the" && u.norm != "its" && u.norm != "their" {
			return nil
		}
	}
	return nil
}

// stateHeldNouns are things a state holds whose demonym names the state:
// "into Ecuadorian territory", "against Iraqi targets".
var stateHeldNouns = map[string]bool{
	"territory": true, "soil": true, "airspace": true, "waters": true, "border": true, "positions": true,
	"targets": true, "government": true, "regime": true, "interests": true, "side": true,
}
