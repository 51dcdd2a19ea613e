package loader

import (
	"slices"
	"strings"

	"github.com/geokg/geokg/graph"
)

// This file reads a state evacuating or airlifting another state's
// people as humanitarian aid to that state: "South Korea had airlifted
// 460 North Korean refugees from Vietnam", "Denmark said it had airlifted
// translators and other Iraqi employees", "Poland dispatched a plane to
// evacuate its citizens, as well as citizens of the Czech Republic".
// ANNOTATION.md's AID goes to the state or people helped. Evacuating
// one's own nationals ("plans to evacuate UK citizens"), residents from
// a town, staff from a building or the wounded to a hospital helps no
// other party and is no event between states, so the verb is kept only
// with a foreign people named in its object, and that state is the
// target.

// evacuationLexicon holds the verbs, read only through evacuatedForeigners.
var evacuationLexicon = []lexEntry{
	{verbs: "evacuate evacuates evacuated evacuating airlift airlifts airlifted airlifting", rule: eventRule{name: "evacuate", typ: graph.Aid, mode: "humanitarian", direct: true}},
}

// evacuatedPeople are nouns for the people a state carries to safety.
var evacuatedPeople = map[string]bool{
	"refugees": true, "nationals": true, "citizens": true, "employees": true, "workers": true, "staff": true,
	"civilians": true, "people": true, "families": true, "tourists": true, "students": true, "diplomats": true,
	"translators": true, "interpreters": true, "children": true, "residents": true, "foreigners": true,
}

// evacuationObjectReach bounds the words an evacuation verb's object spans.
const evacuationObjectReach = 16

// evacuationObjectEnd reports a word that ends an evacuation verb's
// object: punctuation other than a list's comma, or the preposition of
// the route or the agent ("from Lebanon", "to Cyprus", "by ship").
func evacuationObjectEnd(u token) bool {
	w := u.norm
	return u.punct && w != "," || w == "from" || w == "to" || w == "into" || w == "in" || w == "by"
}

// evacuatesPeople is the cheap test the rule's match makes before any
// mention is looked at: people named in the verb's object.
func evacuatesPeople(toks []token, t int) bool {
	for k := t + 1; k < len(toks) && k <= t+evacuationObjectReach; k++ {
		if evacuatedPeople[toks[k].norm] {
			return true
		}
		if evacuationObjectEnd(toks[k]) {
			return false
		}
	}
	return false
}

// evacuatedForeigners sets as c's targets the states whose people the
// active evacuation verb at t names in its object ("460 North Korean
// refugees", "citizens of the Czech Republic, Lithuania and Estonia"),
// other than its actors' own, and reports whether there are any.
func (a *article) evacuatedForeigners(v *sentenceView, t int, c *candidate) bool {
	if len(c.actors) == 0 || strings.Contains(c.rule, "-passive") || strings.Contains(c.rule, "-clause-subject") {
		return false // "were airlifted from the area": the doer is unsure
	}
	own := map[string]bool{}
	for _, e := range c.actors {
		own[e.ID] = true
		if s := a.homeState(e); s != nil {
			own[s.ID] = true
		}
	}
	toks := v.toks
	var states []*graph.Entity
	for k := t + 1; k < len(toks) && k <= t+evacuationObjectReach; k++ {
		if evacuationObjectEnd(toks[k]) {
			break
		}
		n := v.at[k]
		if n < 0 || v.ms[n].first != k {
			continue
		}
		m := v.ms[n]
		if m.ent.Kind != graph.Country || own[m.ent.ID] || slices.Contains(states, m.ent) {
			continue
		}
		if peopleOf(toks, m) {
			states = append(states, m.ent)
		}
	}
	if len(states) == 0 {
		return false
	}
	c.targets = states
	return true
}

// peopleOf reports a country mention that qualifies people ("Iraqi
// employees", "North Korean refugees") or follows "citizens of"
// ("citizens of the Czech Republic, Lithuania and Estonia").
func peopleOf(toks []token, m mention) bool {
	for j := m.last + 1; j < len(toks) && j <= m.last+6; j++ {
		w := toks[j].norm
		if evacuatedPeople[w] {
			return true
		}
		if w != "and" && w != "," && w != "other" && !toks[j].upper {
			break // past "Lithuanian and Estonian" to their "citizens"
		}
	}
	for j := m.first - 1; j >= 0 && j >= m.first-10; j-- {
		w := toks[j].norm
		if w == "of" && j > 0 && evacuatedPeople[toks[j-1].norm] {
			return true
		}
		if toks[j].punct && w != "," || w == "from" || w == "to" {
			return false
		}
	}
	return false
}
