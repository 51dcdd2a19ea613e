package loader

import "github.com/geokg/geokg/graph"

// personObject returns the person an object "him" or "her" right after
// the verb at t stands for: the nearest person the sentence names before
// the verb other than the actor ("when bin Laden was leaving Sudan,
// Hekmatyar offered him sanctuary"; "met al-Bashir and urged him to
// allow"). A person the actor holds office with is the actor again; one
// named only in an earlier sentence is too unsure.
func personObject(v *sentenceView, t int, actor *graph.Entity) *graph.Entity {
	if t+1 >= len(v.toks) || (v.toks[t+1].norm != "him" && v.toks[t+1].norm != "her") {
		return nil
	}
	if v.toks[t+1].norm == "her" && t+2 < len(v.toks) && !v.toks[t+2].punct && !prepositions[v.toks[t+2].norm] {
		return nil // "offered her condolences": a possessive, not the object
	}
	for n := len(v.ms) - 1; n >= 0; n-- {
		m := v.ms[n]
		if m.last >= t || !usable(m) || m.ent.Kind != graph.Person {
			continue
		}
		if m.ent == actor {
			return nil // "X said Y told him": the nearest other person is not sure to be meant
		}
		return m.ent
	}
	return nil
}
