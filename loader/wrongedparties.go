package loader

import "strings"

// This file tells, in a statement coded by its cue words (fallback.go), a
// party named as the one a wrong was done to from the party the statement
// judges: `"We want the murderers of minister X behind bars," Y said`
// does not accuse X.

// harmDoers are nouns for those who did a wrong, whose "of" names the one
// wronged: "the murderers of minister Rehavam Zeevi", "the killers of".
var harmDoers = map[string]bool{
	"murderers": true, "murderer": true, "killers": true, "killer": true, "assassins": true, "assassin": true,
	"kidnappers": true, "kidnapper": true, "captors": true, "abductors": true, "attackers": true, "butchers": true,
}

// gerundMarkers are the prepositions before a deed told as a gerund:
// "a mistake by invading Iraq", "blamed for helping Hezbollah", "persist
// in destabilising Somalia". Not "of": "no intention of invading X" denies
// a charge X makes.
var gerundMarkers = map[string]bool{"by": true, "for": true, "in": true, "after": true}

// wrongedParty reports a party named at f as the one a wrong was done to
// in a statement, not the one the statement judges: the object of a harm
// doer ("the murderers of minister X") or of a deed told as a gerund ("a
// fundamental mistake by invading Iraq"). A weak reading that codes the
// statement by its cue words would otherwise accuse the victim.
func wrongedParty(toks []token, f int) bool {
	k := f - 1
	for k >= 0 && k >= f-3 && (toks[k].norm == "the" || isTitleWord(toks[k].norm)) {
		k-- // "of minister X", "of the Iraqi people"
	}
	if k < 1 {
		return false
	}
	if toks[k].norm == "of" && harmDoers[toks[k-1].norm] {
		return true
	}
	w := toks[k].norm
	return len(w) > 4 && strings.HasSuffix(w, "ing") && !toks[k].upper && gerundMarkers[toks[k-1].norm]
}
