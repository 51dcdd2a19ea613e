package loader

import (
	"slices"

	"github.com/geokg/geokg/graph"
)

// dropOwnCountryTargets removes, from the candidates the sentence added to
// a.found from index from on, a country that a person acts on while being
// its citizen or holding its office: "Sarkozy promised to address the
// French moral crisis", "urged Thai Rak Thai members not to protest" state
// nothing between parties, and an edge from a state's own people to that
// state is noise in the graph. Three readings stay: an opposition figure
// who names his country's government ("accused the government of ...", "the
// Brazilian government", see domesticTarget); a country named outright as
// the argument ("visited China"), where a nationality read from a modifier
// may be wrong; and a country that is the state of another target
// ("criticised Prime Minister X": X's state goes with him). Organisations
// keep their country: rebels, parties and lobbies do act on their own state
// ("the PKK attacked Turkey"). A person who holds an office of another
// state acts for that one. A candidate left with no target is dropped
// unless its kind stands without one.
func (a *article) dropOwnCountryTargets(toks []token, ms []mention, from int) {
	a.dropFound(from, func(c *candidate) bool {
		n := len(c.targets)
		c.targets = slices.DeleteFunc(c.targets, func(t *graph.Entity) bool {
			return a.ownCountryTarget(c, t, toks, ms)
		})
		if n > 0 && len(c.targets) == 0 {
			c.targets = nil
			return !c.optionalTarget
		}
		return false
	})
}

// ownCountryTarget reports whether target t of c is the country of one of
// its person actors and the sentence gives no other reason to keep it.
func (a *article) ownCountryTarget(c *candidate, t *graph.Entity, toks []token, ms []mention) bool {
	if t.Kind != graph.Country || slices.Contains(c.actors, t) {
		return false // a two-sided event names each party on both sides
	}
	office, citizen := false, false
	for _, p := range c.actors {
		if p.Kind != graph.Person {
			continue
		}
		if s := a.stateOf(p); s != nil {
			office = office || s.ID == t.ID // an office abroad outweighs a misread nationality
		} else if p.Country == t.ID {
			citizen = true
		}
	}
	if !office && !citizen {
		return false
	}
	for _, o := range c.targets {
		if o != t && (o.Country == t.ID || a.stateOf(o) == t) {
			return false // "accused Prime Minister X": X's state goes with him
		}
	}
	if office {
		return true // an official acts for his state, not on it
	}
	return !slices.ContainsFunc(ms, func(m mention) bool {
		if m.ent != t {
			return false
		}
		// "the government", "the Brazilian government", or the country named
		// outright ("visited China"), not as a modifier ("French voters").
		return m.form == formRef || (m.last+1 < len(toks) && stateNouns[toks[m.last+1].norm]) || (m.form == formName && usable(m))
	})
}
