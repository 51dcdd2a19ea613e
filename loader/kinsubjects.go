package loader

import "github.com/geokg/geokg/graph"

// This file reads subjects headed by a noun of kin or following whose
// owner is a named person: "Ion's father urged the parliament", "the
// family of Richard Niyonsaba have called on the government", "supporters
// of the ousted President Estrada stormed the palace", "Bemba supporters
// protested", "a younger brother of Doku Umarov surrendered". The person
// named does not act: his relatives or followers do, and the guide names
// no entity for them. The verb's nearest name is no actor then, and the
// event is dropped. A protest stays: a crowd of followers protesting is
// an event the guide keeps, whoever its actor should be ("200 supporters
// of the former president blocked roads"). A person's lawyer or spokesman speaks for him ("Foley's
// lawyer said his client denies"): those nouns are not read here.

// kinNouns are relatives and followers of a person.
var kinNouns = map[string]bool{
	"family": true, "families": true, "relatives": true, "relative": true, "parents": true, "father": true,
	"mother": true, "wife": true, "widow": true, "husband": true, "son": true, "sons": true, "daughter": true,
	"daughters": true, "brother": true, "brothers": true, "sister": true, "sisters": true, "children": true,
	"supporters": true, "followers": true, "loyalists": true, "fans": true, "admirers": true,
}

// kinReach bounds the words from the noun of kin to the trigger: the
// subject's head stands close before its verb.
const kinReach = 8

// kinOwnerGap bounds the title words between "of" and the owner's name:
// "supporters of the ousted President Estrada", "supporters of the jailed
// opposition leader Ayman Nour".
const kinOwnerGap = 5

// dropKinSubjects removes, from the candidates the sentence toks (with
// mentions ms) added from index from on, those whose first actor is a
// person named only as the owner of a subject of kin.
func (a *article) dropKinSubjects(toks []token, ms []mention, from int) {
	a.dropFound(from, func(c *candidate) bool { return kinSubject(toks, ms, c) })
}

// kinSubject reports a candidate whose first actor, a person, is named
// before the trigger only as the owner of a noun of kin ("X's father",
// "the family of X", "X supporters") that stands within kinReach of it.
func kinSubject(toks []token, ms []mention, c *candidate) bool {
	return c.typ != graph.Protest && ownerOnlySubject(toks, ms, c, func(k, end, t int) bool {
		return t-k-asideLength(toks, end+1, t) <= kinReach
	})
}

// ownerOnlySubject reports a candidate whose first actor, a person, is
// named before the trigger only as the owner of a noun kinNounOf finds,
// each time near enough the trigger at t by near, given the noun at k and
// the end of the noun's phrase with its owner.
func ownerOnlySubject(toks []token, ms []mention, c *candidate, near func(k, end, t int) bool) bool {
	t := c.trigger
	if len(c.actors) == 0 || c.actors[0].Kind != graph.Person || t <= 0 || t >= len(toks) {
		return false
	}
	owned := false
	for _, m := range ms {
		if m.ent != c.actors[0] || m.last >= t {
			continue
		}
		k := kinNounOf(toks, m)
		if k < 0 || !near(k, max(k, m.last), t) {
			return false // named on its own: the person may act
		}
		owned = true
	}
	return owned
}

// kinNounOf returns the index of the noun of kin the mention m owns
// ("Ion's father", "Bemba supporters", "the family of Richard Niyonsaba"),
// or -1.
func kinNounOf(toks []token, m mention) int {
	if k := m.last + 1; k < len(toks) && (kinNouns[toks[k].norm] || opposedNouns[toks[k].norm]) {
		return k // "Ion's father", "Bemba supporters"
	}
	for k := m.first - 1; k >= 1 && k >= m.first-1-kinOwnerGap; k-- {
		if toks[k].punct {
			return -1
		}
		if toks[k].norm == "of" {
			if kinNouns[toks[k-1].norm] || opposedNouns[toks[k-1].norm] {
				return k - 1 // "the family of Richard Niyonsaba"
			}
			return -1
		}
	}
	return -1
}
