package loader

// A state joined by a hyphen to "flagged", "flag", "registered" or
// "owned" before a ship's noun ("a U.S.-flagged tanker", "the
// American-flag tanker", "a Panamanian-registered freighter", "a
// U.S.-owned Liberian-flagged ship") is the ship's flag state or owner:
// it holds the ship as "a Kuwaiti tanker" does, and what is done to the
// ship is done to it (ANNOTATION.md counts a vessel as its flag state's).
// Elsewhere a state before a hyphen only qualifies an adjective ("U.S.-led",
// "Qatar-based") and takes no part.

// flagWords follow the hyphen after the state.
var flagWords = map[string]bool{"flagged": true, "flag": true, "registered": true, "owned": true}

// flaggedVessel reports whether the mention ending at toks[l], joined by
// a hyphen to a flag word, stands before a vessel noun within three
// words ("U.S.-flagged Kuwaiti tanker", "Liberian-flagged oil tanker").
func flaggedVessel(toks []token, l int) bool {
	if !toks[l].hyphen || l+1 >= len(toks) || !flagWords[toks[l+1].norm] {
		return false
	}
	for k := l + 2; k < len(toks) && k <= l+4; k++ {
		if vesselHead(toks, k) {
			return true
		}
		if toks[k].punct && !toks[k].hyphen || descriptionStops[toks[k].norm] {
			return false
		}
	}
	return false
}
