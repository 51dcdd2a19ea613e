package loader

import "strings"

// An act named in what someone is accused of is alleged, not reported:
// in "On Sunday, Bush accused Iran of sending arms or financial support to
// militants" the sending is the accusation's content. The guide counts
// alleged acts as speculated, and the day of the accusation is not the
// day of the act.

// accusationVerbs open an "of" complement that names the act alleged.
var accusationVerbs = map[string]bool{"accused": true, "accuses": true, "accusing": true, "accuse": true}

// accusedObjectReach bounds the accused party between the verb and its
// "of": "accused the government of Venezuela of giving".
const accusedObjectReach = 6

// accusedAct reports whether the verb trigger at t stands in the gerund
// complement of a verb of accusing: "accused Iran of sending arms", "has
// accused the government of Venezuela of giving protection and support".
// The gerund follows an "of" that itself follows the accused party; a
// comma or a finite verb between the gerund and the trigger ends the
// complement ("accuses Iran of arming insurgents, and refuses to").
func accusedAct(toks []token, t int) bool {
	for k := t; k >= 1 && k >= t-statusWindow; k-- {
		if toks[k].punct || k < t && (finiteAuxiliaries[toks[k].norm] || pastVerbForm(toks[k])) {
			return false // "accuses the U.S. of being involved and has arrested": the arrest is stated
		}
		if toks[k-1].norm != "of" || !strings.HasSuffix(toks[k].norm, "ing") {
			continue
		}
		for j := k - 2; j >= 0 && j >= k-1-accusedObjectReach; j-- {
			if toks[j].punct {
				break
			}
			if accusationVerbs[toks[j].norm] {
				return true
			}
		}
	}
	return false
}

// accusationCue reports whether the cue before the accused act at t dates
// the accusation: "On Sunday, X accused Iran of sending arms". A cue after
// the act ("of sending arms last month") is the act's own.
func accusationCue(toks []token, t int, cue dateCue) bool {
	return cue.last < t && accusedAct(toks, t)
}
