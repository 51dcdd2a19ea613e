package loader

// A coordinated pair whose second party carries a lower-case role
// description: "Kibaki and opposition leader Raila Odinga signed",
// "Bush and Russian president Vladimir Putin met", "Ecuador and its ally
// Venezuela sent troops". The description says who the second party is;
// it does not make the first party its modifier, so both stay the
// pair's. Only the words of a role may stand there (a determiner, a
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
