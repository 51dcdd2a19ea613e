package loader

// Cues of the fallback reading (fallback.go) that hold only in one
// position of the statement.

// partyAfter reports whether a party spoken about is named after the cue
// at i. Plans or intentions denied refuse that party ("Japan had no plans
// to bow to U.S. pressure"); a party named only before them holds the
// plans ("the speaker said BBL had no plans to raise capital", "Colombia
// has no intention to give its coffee away"): its own plan denied, no
// refusal of anyone.
func partyAfter(spans [][2]int, i int) bool {
	for _, sp := range spans {
		if sp[0] > i {
			return true
		}
	}
	return false
}

// predicateRight reports "right" at i as a judgement predicated of what
// the statement is about ("checking it alone is not right"), not the
// noun ("did not exercise its right"), the adverb ("do not go right
// back") or an attribute ("is not the right forum"): a form of "be" and a
// negation stand right before it, and no noun follows. A right denied to
// someone ("workers have no right to organise") judges who denies it.
func predicateRight(toks []token, i, to int) bool {
	if i >= 1 && toks[i-1].norm == "no" && i+1 < to && toks[i+1].norm == "to" {
		return true
	}
	if i < 2 || !negations[toks[i-1].norm] || !beForms[toks[i-2].norm] {
		return false
	}
	return i+1 >= to || toks[i+1].punct || toks[i+1].norm == "given" || toks[i+1].norm == "to" || toks[i+1].norm == "for"
}
