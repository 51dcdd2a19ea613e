package loader

// Fire set to a thing: "set fire to the embassy", "set the tanker
// ablaze", "set the supertanker Pivot on fire with a missile". The thing
// set alight stands between "set" and "ablaze" or "on fire", beyond the
// one word the lexicon's rule looks at; and "fire" after "on" is that
// phrase's noun, not the verb of shooting ("set the ship on fire with a
// missile" fires at nothing, and the ship does not fire).

// setAlightWords end the phrase "set X ablaze".
var setAlightWords = map[string]bool{"ablaze": true, "alight": true, "afire": true}

// setAfire reports whether "set" at t sets something alight: "set fire
// to", "set X ablaze", "set X on fire", the object at most five words
// with no punctuation but a possessive's.
func setAfire(toks []token, t int) bool {
	if t+1 < len(toks) && toks[t+1].norm == "fire" {
		return true // "set fire to"
	}
	for k := t + 1; k < len(toks) && k <= t+7; k++ {
		w := toks[k].norm
		if setAlightWords[w] || w == "on" && k+1 < len(toks) && toks[k+1].norm == "fire" {
			return k > t+1 || setAlightWords[w] // "was set ablaze", "set the tanker ablaze"
		}
		if toks[k].punct && !toks[k].poss || clauseBreak(toks[k]) {
			return false
		}
	}
	return false
}

// onFire reports the noun "fire" of "on fire" at t.
func onFire(toks []token, t int) bool {
	return t > 0 && toks[t].norm == "fire" && toks[t-1].norm == "on"
}
