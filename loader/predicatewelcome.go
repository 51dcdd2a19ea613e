package loader

// "Welcome" after a form of "be" is an adjective, not the verb of praise:
// in "Rice is not welcome in Australia" or "Akayev would be welcome in
// Russia" the subject is the one received (or turned away), and whoever
// welcomes is the speaker or the place, so the praise rule's reading of
// the subject praising the place is backwards.

// welcomeDegreeWords may stand between the copula and the adjective: "is
// not welcome", "is very welcome", "would always be welcome".
var welcomeDegreeWords = map[string]bool{
	"not": true, "never": true, "very": true, "most": true, "always": true, "still": true,
	"no": true, "longer": true, "more": true, "than": true, "also": true,
}

// predicateWelcome reports whether the "welcome" at t is a predicate
// adjective: the bare form after a form of "be" (or "feel", "remain"),
// perhaps with words of degree or negation between.
func predicateWelcome(toks []token, t int) bool {
	if toks[t].norm != "welcome" {
		return false
	}
	for k := t - 1; k >= 0 && k >= t-3; k-- {
		w := toks[k].norm
		switch {
		case beForms[w] || w == "feel" || w == "feels" || w == "felt" || w == "remain" || w == "remains" || w == "remained":
			return true
		case !welcomeDegreeWords[w]:
			return false
		}
	}
	return false
}
