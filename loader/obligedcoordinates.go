package loader

// A verb joined by "and" or "or" to one a modal of obligation governs is
// asked for too: in "the AU should suspend him and send peace forces to
// Zimbabwe" and "the United States should give more support to the
// government and push for peace" the sending and the pushing are what
// the speaker asks, not what was done. obligedAction (event.go) reads the
// modal only a few words before the verb.

// obligedCoordinateReach bounds the first conjunct's verb and its object
// before the conjunction: "should give more support to the Somali
// government and push".
const obligedCoordinateReach = 8

// obligedCoordinate reports whether the verb at t, in its base form,
// follows "and" or "or" joining it to a verb an obligation modal governs,
// within one clause. A verb with a tense of its own ("must be sped up and
// urged member states") is the speaker's act.
func obligedCoordinate(toks []token, t int) bool {
	if t < 2 || toks[t-1].norm != "and" && toks[t-1].norm != "or" || !baseVerbForm(toks[t]) {
		return false
	}
	for j := t - 2; j >= 1 && j >= t-1-obligedCoordinateReach; j-- {
		if toks[j].punct || toks[j].norm == "that" || toks[j].norm == "and" || toks[j].norm == "or" {
			return false
		}
		if obligedAction(toks, j) {
			return true
		}
	}
	return false
}
