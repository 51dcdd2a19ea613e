package loader

// This file drops the acts a defeated text would have done. "The United
// States vetoed a resolution condemning Israel", "China and Russia blocked
// a UN resolution imposing sanctions on Zimbabwe", "the Senate voted down
// a bill calling on X to": the condemnation, the sanctions, the call never
// passed, and the one who defeated the text is the last party to have
// done them. The participle or relative clause that says what the text
// does is then no event; the defeat itself (a veto is REJECT) stays.

// defeatingVerbs stop a text from passing.
var defeatingVerbs = map[string]bool{
	"vetoed": true, "vetoes": true, "veto": true, "vetoing": true, "blocked": true, "blocks": true, "block": true,
	"blocking": true, "rejected": true, "rejects": true, "reject": true, "rejecting": true, "defeated": true,
	"defeats": true, "defeat": true, "killed": true, "kills": true, "shelved": true, "shelves": true, "scuttled": true,
	"opposed": true, "opposes": true, "oppose": true, "opposing": true, "down": true, // "voted down", "struck down"
	"against": true, // "voted against"
}

// defeatedTextNouns name texts put to a vote.
var defeatedTextNouns = map[string]bool{
	"resolution": true, "resolutions": true, "motion": true, "motions": true, "bill": true, "bills": true,
	"amendment": true, "amendments": true, "draft": true, "measure": true, "measures": true, "legislation": true,
}

// defeatedTextAct reports a verb at t that says what a defeated text does:
// "vetoed a resolution condemning Israel", "blocked a draft that would
// impose sanctions". Between the defeating verb and the text's noun only
// a determiner, a tally-free modifier or a name ("a UN resolution", "the
// US-backed draft") may stand.
func defeatedTextAct(toks []token, t int) bool {
	n := t - 1
	if n >= 0 && toks[n].norm == "would" {
		n--
	}
	if n >= 0 && (toks[n].norm == "that" || toks[n].norm == "which") {
		n--
	}
	if n < 1 || !defeatedTextNouns[toks[n].norm] || n == t-1 && !hasSuffixIng(toks[t].norm) {
		return false
	}
	for k := n - 1; k >= 0 && k >= n-5; k-- {
		w := toks[k]
		switch {
		case defeatingVerbs[w.norm]:
			return true
		case w.punct && w.text != "-":
			return false
		case objectDeterminers[w.norm] || w.upper || w.hyphen || w.norm == "draft" || w.norm == "proposed" || w.norm == "new":
			continue
		default:
			return false
		}
	}
	return false
}

// defeatedTextNoun reports an event noun at t that is the object of what
// a defeated text does: "vetoed a draft that would impose sanctions".
func defeatedTextNoun(toks []token, t int) bool {
	for k := t - 1; k >= 1 && k >= t-3; k-- {
		if toks[k].punct {
			return false
		}
		if defeatedTextAct(toks, k) {
			return true
		}
	}
	return false
}

// hasSuffixIng reports a participle form: "condemning", "imposing".
func hasSuffixIng(w string) bool {
	return len(w) > 4 && w[len(w)-3:] == "ing"
}
