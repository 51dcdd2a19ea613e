package loader

// This file reads the schedule an event noun's postmodifier gives it, after
// the complement that names its parties (status.go scheduledAfter):
//
//   - "talks between X and Y, which will take place in Athens": a relative
//     clause, as after a bare complement;
//   - "the meeting between X and Y that is planned for October";
//   - "talks between X and Y, due to take place in Beijing", "the summit
//     with X scheduled for next week": a reduced relative;
//   - "X's visit to Russia, which begins on Monday": a relative clause in
//     the present of a verb of starting is a timetable, not a report.

// postmodifierStart returns where the predicate after an event noun's
// complement (ending at last) starts, past a comma and a relative pronoun
// ("talks with X, which will"), and whether a relative pronoun stood there.
func postmodifierStart(toks []token, last int) (int, bool) {
	k := last + 1
	if k < len(toks) && toks[k].punct && toks[k].text == "," {
		k++
	}
	if k < len(toks) && (toks[k].norm == "which" || toks[k].norm == "that") {
		return k + 1, true
	}
	return k, false
}

// reducedScheduleWords head a reduced relative clause that puts its noun in
// the future when "for" or "to" and a verb of occurring follow: "due to
// take place", "scheduled for Monday", "expected to open".
var reducedScheduleWords = map[string]bool{"scheduled": true, "expected": true, "set": true, "due": true, "planned": true, "slated": true}

// timetableVerbs, in the present after a relative pronoun, give the start
// of a scheduled event: "the visit, which begins on Monday".
var timetableVerbs = map[string]bool{"begins": true, "begin": true, "starts": true, "start": true, "opens": true, "open": true,
	"convenes": true, "convene": true, "commences": true, "commence": true}

// scheduledPostmodifier reports whether the words at k, after an event
// noun's complement, are a reduced relative or a timetable relative that
// schedules it. relative says a relative pronoun came before k.
func scheduledPostmodifier(toks []token, k int, relative bool) bool {
	if k+1 >= len(toks) {
		return false
	}
	w, next := toks[k].norm, toks[k+1].norm
	switch {
	case reducedScheduleWords[w] && !relative:
		if next == "to" {
			// "talks with X expected to focus on trade" tells their
			// content, not their time: only a verb of occurring schedules.
			return k+2 < len(toks) && happenVerbs[toks[k+2].norm]
		}
		return next == "for"
	case timetableVerbs[w] && relative:
		return true
	}
	return false
}
