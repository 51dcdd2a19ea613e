package loader

import "strings"

// Truces sought, not made: "efforts to obtain a ceasefire between Iran and
// Iraq", "discussed brokering a truce between Israel and Hamas", "the UN
// is pushing for a ceasefire". The truce rule read each as a truce in
// force (RETREAT, reported); only the seeking happened, which the rules of
// asking and mediating read. A truce agreed on or declared is another
// matter: "brokered", "reached" and "called a truce" are not cues.

// soughtTruce reports a truce noun at t that a cue a few words before it,
// in its clause, makes one hoped for, sought or weighed: a cue of
// agreements hoped for (hopedAgreementCues), which name the same seeking,
// but for "call" with no "for" after it, which declares the truce ("called
// a unilateral truce").
func soughtTruce(toks []token, t int, r *eventRule) bool {
	if r.name != "ceasefire" {
		return false
	}
	for k := t - 1; k >= 0 && k >= t-4; k-- {
		if clauseBreak(toks[k]) || toks[k].text == "," {
			return false
		}
		if !hopedAgreementCues[toks[k].norm] {
			continue
		}
		if strings.HasPrefix(toks[k].norm, "call") && (k+1 >= len(toks) || toks[k+1].norm != "for") {
			return false // "called a unilateral truce": declared
		}
		return true
	}
	return false
}
