package loader

// This file reads the time of a "when" clause that restates the start of
// a span: "the deadliest attack since 2001, when the Taliban government
// was ousted", "has been without a government since 1991, when the
// president was overthrown". "Since 2001" dates no event of the main
// clause, which only measures a span from it (findDateCues drops such a
// cue), but the "when" clause after it tells what happened then, and the
// cue is that act's date.

// sinceWhenCue reports whether the cue c, right after "since", is
// followed, perhaps after a comma, by the "when" of a clause it dates.
func sinceWhenCue(toks []token, c dateCue) bool {
	if c.first == 0 || toks[c.first-1].norm != "since" {
		return false
	}
	k := c.last + 1
	if k < len(toks) && toks[k].text == "," {
		k++
	}
	return k < len(toks) && toks[k].norm == "when"
}

// spanStartOutside reports whether the cue is a "since ..., when" cue
// and the trigger t stands outside its "when" clause, before the cue:
// "the worst attack since 2003, when ..." gives the attack no date.
func spanStartOutside(toks []token, t int, cue dateCue) bool {
	return t < cue.first && sinceWhenCue(toks, cue)
}
