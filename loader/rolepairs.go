package loader

// A coordinated pair whose second party carries a role description:
// "Kibaki and opposition leader Raila Odinga signed", "Bush and Russian
// president Vladimir Putin met", "Ecuador and its ally Venezuela sent
// troops", "Rice and United Kingdom Foreign Secretary Jack Straw made a
// surprise visit". The description says who the second party is;
// it does not make the first party its modifier, so both stay the
// pair's, as a subject (andPair) and in a list of objects ("met Olmert and
// opposition leader Netanyahu", see coordinated). Only the words of a role may stand there (a determiner, a
// modifier of rank or standing, a role noun): "X and his wife Y" or "X and
// members of Y" are no pair of equals.

// pairRoleNouns are the lower-case nouns by which news copy names one
// state's standing towards another before its name: "its ally Japan".
var pairRoleNouns = map[string]bool{
	"ally": true, "allies": true, "partner": true, "partners": true, "neighbour": true, "neighbor": true,
}

// pairRoleModifiers qualify a role by when its holder held it: "the new
// Palestinian leader Mahmoud Abbas", "the current president".
var pairRoleModifiers = map[string]bool{"new": true, "current": true, "outgoing": true, "incoming": true}

// roleDescriptionWord reports a lower-case word that may stand in the role
// description between "and" and the second party's name.
func roleDescriptionWord(w string) bool {
	return roleNouns[w] || roleModifiers[w] || titleModifiers[w] || pairRoleNouns[w] || pairRoleModifiers[w]
}

// namedNeighbour reports "its neighbour Chile": the neighbour noun at
// toks[i] is the role of the name that follows it, so the noun names no
// other state of its own (trailingspeakers.go's neighbourReferences).
func namedNeighbour(toks []token, taken []bool, i int) bool {
	return i+1 < len(toks) && i+1 < len(taken) && taken[i+1] && toks[i+1].upper
}

// roleJoinedAfter returns the usable mention that "and" and a role
// description join to mention a ("met Olmert and Palestinian president
// Abbas", "praised Kibaki and opposition leader Odinga"), or -1. The
// plain joins of coordinated need no description and are not read here.
func (v *sentenceView) roleJoinedAfter(a int) int {
	toks, m := v.toks, v.ms[a]
	and := m.last + 1
	if and+2 >= len(toks) || toks[and].norm != "and" || !usable(m) {
		return -1
	}
	for b := a + 1; b < len(v.ms) && v.ms[b].first <= and+7; b++ {
		if !usable(v.ms[b]) {
			continue // the demonym of "Palestinian president"
		}
		if v.ms[b].ent.ID != m.ent.ID && v.roleDescription(and+1, v.ms[b].first) {
			return b
		}
		return -1
	}
	return -1
}

// roleJoinedBefore returns the usable mention that roleJoinedAfter joins
// to mention b, or -1.
func (v *sentenceView) roleJoinedBefore(b int) int {
	for a := b - 1; a >= 0 && v.ms[a].last >= v.ms[b].first-8; a-- {
		if usable(v.ms[a]) {
			if v.roleJoinedAfter(a) == b {
				return a
			}
			return -1
		}
	}
	return -1
}

// roleDescription reports toks[from:to] as a role description: an
// optional determiner, then demonyms, capitalised words and the words of
// a role, with at least one role noun or title, lower-case or capitalised
// ("and opposition leader X", "and Japanese Prime Minister X").
func (v *sentenceView) roleDescription(from, to int) bool {
	role := false
	for j := from; j < to; j++ {
		u := v.toks[j]
		switch {
		case u.punct || u.poss:
			return false
		case v.at[j] >= 0:
			if usable(v.ms[v.at[j]]) {
				return false
			}
		case j == from && objectDeterminers[u.norm]:
		case isTitleWord(u.norm) || titles[u.norm] != "" || roleNouns[u.norm] || pairRoleNouns[u.norm]:
			role = true
		case u.upper || roleDescriptionWord(u.norm):
		default:
			return false
		}
	}
	return role
}
