package loader

// Sides of a "between" phrase named by a body: "talks between the
// Indonesian government and the Free Aceh Movement", "a truce between the
// Israeli Government and the Palestinian Authority", "a deal between
// Sudan's government and the SPLM", "talks between Hamas leaders and
// Turkey". News names a state or group through the body that talks, signs
// or fights for it; the body noun after the name still belongs to the
// first side, so the "and" that brings in the second comes after it. The
// meeting, truce and agreement frames read a side as a bare name and lost
// the second side (or the whole deal) to the body noun. Fighting has its
// own reader of sides (fightingParty, with sideNouns).

// negotiatorNouns, with sideNouns, are the nouns of a body through which
// a state or group meets, signs or fights: the people who negotiate.
var negotiatorNouns = map[string]bool{
	"officials": true, "leaders": true, "leadership": true, "delegates": true, "delegation": true, "delegations": true,
	"negotiators": true, "representatives": true, "envoys": true, "diplomats": true, "ministers": true,
}

// isBodyNoun reports whether w names a body that acts for the name before it.
func isBodyNoun(w string) bool { return negotiatorNouns[w] || sideNouns[w] }

// bodySideEnd returns the index of the last token of the side whose name
// is the mention n: past one or two body nouns right after the name or its
// possessive ("the Indonesian government", "Sudan's army", "Israeli
// security forces", "Hamas leaders"), or the name's own last token.
func (v *sentenceView) bodySideEnd(n int) int {
	toks := v.toks
	end := v.ms[n].last
	for k := end + 1; k < len(toks) && k <= v.ms[n].last+2 && isBodyNoun(toks[k].norm) && v.at[k] < 0; k++ {
		end = k
	}
	return end
}

// bodySideAt returns the mention of a side named by a body whose phrase
// starts at k, and the index of the phrase's last token, or -1: a name and
// its body nouns ("the Sudanese government"), or a body noun and "of" a
// name ("the government of Sudan"). A name with no body noun after it is
// left to partyNamedAt.
func (v *sentenceView) bodySideAt(k int) (n, end int) {
	toks := v.toks
	if k < len(toks) && toks[k].norm == "the" {
		k++
	}
	if k >= len(toks) {
		return -1, -1
	}
	if n := v.at[k]; n >= 0 && v.ms[n].first == k && usableSide(v.ms[n]) {
		if end := v.bodySideEnd(n); end > v.ms[n].last {
			return n, end
		}
		return -1, -1
	}
	if isBodyNoun(toks[k].norm) && k+2 < len(toks) && toks[k+1].norm == "of" {
		j := k + 2
		if toks[j].norm == "the" && j+1 < len(toks) {
			j++
		}
		if n := v.at[j]; n >= 0 && v.ms[n].first == j && usable(v.ms[n]) {
			return n, v.ms[n].last
		}
	}
	return -1, -1
}

// usableSide reports whether mention m may name a side before a body noun:
// a usable mention, or a demonym that qualifies the noun ("the Sudanese
// government"), but not a city named as a place.
func usableSide(m mention) bool {
	return usable(m) || m.modifier && !m.place
}
