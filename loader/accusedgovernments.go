package loader

// "The government" as the one accused. references leaves "the government
// of" unresolved because "of" usually names whose government it is ("the
// government of Cuba"). After a verb of accusing the "of" opens the
// charge instead: in "the rebels accused the government of a lack of
// seriousness" or "accused the regime of rigging the vote" the government
// is the article's state, like a bare "the government" (or "the
// Government" in British and Australian style, staterefs.go), and without
// it the accusation had no target and was dropped.

// accusedGovernment reports whether the state noun at i ("government",
// "regime", "authorities", "administration", after "the") is the object of
// a verb of accusing whose "of" follows it and opens the charge, not a
// name: "accused the government of weakening", not "accused the
// government of Venezuela of".
func accusedGovernment(toks []token, i int) bool {
	if i < 2 || i+2 >= len(toks) || toks[i-1].norm != "the" || toks[i+1].norm != "of" || !accusationVerbs[toks[i-2].norm] {
		return false
	}
	n := toks[i+2]
	return !n.upper && !n.punct
}
