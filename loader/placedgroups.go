package loader

// A group of people followed by a place ("EC ministers in Luxembourg",
// "mine owners in Malaysia", "opposition leaders in Kenya") is placed by
// the place phrase: it says where the group meets or lives, not whose the
// group is. When such a phrase stands right before a verb, the place is no
// subject: the group's owner named before its noun acts ("EC ministers in
// Luxembourg endorsed": the EC); business people, the opposition, and a
// group inside a prepositional phrase ("a pact negotiated with GM workers
// in the U.S. does not") act for no one. Officials or politicians with no
// owner named ("politicians in Mexico", "officials in Tokyo") are the
// place's own, as wire copy names them.

// placedGroupNouns are plural nouns for people that a place phrase may
// follow and whose owner, named before them, may act for them.
var placedGroupNouns = map[string]bool{
	"ministers": true, "officials": true, "leaders": true, "delegates": true, "delegations": true, "negotiators": true,
	"representatives": true, "envoys": true, "diplomats": true, "governors": true, "members": true, "lawmakers": true,
	"politicians": true, "students": true, "residents": true, "farmers": true, "workers": true, "sources": true,
	"experts": true, "authorities": true, "police": true, "troops": true, "forces": true,
}

// placedTradeNouns are people in business that a place phrase may follow:
// whether an owner is named or not, they act for no state ("mine owners
// in Malaysia", "Japanese makers in California"; nonagents.go reads their
// demonyms alike).
var placedTradeNouns = map[string]bool{
	"owners": true, "producers": true, "exporters": true, "importers": true, "growers": true, "bankers": true,
	"dealers": true, "traders": true, "analysts": true, "economists": true, "executives": true, "companies": true,
	"firms": true, "banks": true, "businessmen": true, "industrialists": true, "manufacturers": true, "makers": true,
	"investors": true, "creditors": true, "shippers": true, "brokers": true, "refiners": true, "mills": true,
}

// nonStateModifiers make a group no state's, nor its place's: "opposition
// leaders in Kenya", "union members in Detroit".
var nonStateModifiers = map[string]bool{
	"opposition": true, "rebel": true, "union": true, "exile": true, "exiled": true, "dissident": true,
}

// placesGroup reports whether mention n only places a group of people
// named right before it ("EC ministers in Luxembourg", "mine owners in
// Malaysia") whose owner is named before it or which a preposition
// governs, and so stands for no one.
func (v *sentenceView) placesGroup(n int) bool {
	_, placed := v.placedGroup(n)
	return placed
}

// groupOwner returns the owner named before the noun of the group that
// mention n places ("EC" in "EC ministers in Luxembourg"), or -1.
func (v *sentenceView) groupOwner(n int) int {
	owner, _ := v.placedGroup(n)
	return owner
}

// placedGroup reads mention n as the place of a group of people named
// right before it ("EC ministers in Luxembourg"). It returns the group's
// owner named before the group's noun, or -1 when none is, and whether n
// only places the group: it does when an owner is named or a preposition
// governs the group, not when the group is the place's own ("officials in
// Tokyo", "politicians in Mexico").
func (v *sentenceView) placedGroup(n int) (int, bool) {
	toks := v.toks
	f := v.ms[n].first
	if f > 0 && toks[f-1].norm == "the" {
		f--
	}
	if f < 2 || (toks[f-1].norm != "in" && toks[f-1].norm != "at") {
		return -1, false
	}
	h := f - 2
	if v.at[h] >= 0 {
		return -1, false
	}
	if placedTradeNouns[toks[h].norm] {
		return -1, true // "mine owners in Malaysia have welcomed"
	}
	if !placedGroupNouns[toks[h].norm] {
		return -1, false
	}
	owner := -1
	for k := h - 1; k >= 0 && k >= h-5; k-- {
		if o := v.at[k]; o >= 0 {
			owner, k = o, v.ms[o].first // "EC agriculture ministers in Luxembourg"
			continue
		}
		u := toks[k]
		if obliquePrepositions[u.norm] || nonStateModifiers[u.norm] {
			return -1, true // "a pact negotiated with GM workers in the U.S. does not": no subject at all
		}
		if u.punct || u.upper || determiners[u.norm] || prepositions[u.norm] || clauseWords[u.norm] {
			break
		}
	}
	if owner >= 0 {
		return owner, true
	}
	return -1, false // "politicians in Mexico accused": the place's own
}
