package loader

// movedMeasures name a proposal put before a body: offered or promised by
// its author ("a plan offered by Rep. X", "legislation offered by Sen. Y"),
// it is moved, not granted to anyone.
var movedMeasures = map[string]bool{
	"plan": true, "plans": true, "proposal": true, "proposals": true, "amendment": true, "amendments": true,
	"legislation": true, "bill": true, "bills": true, "provision": true, "provisions": true,
	"program": true, "programs": true, "programme": true, "programmes": true, "measure": true, "measures": true,
	"resolution": true, "resolutions": true, "motion": true, "motions": true, "term": true,
}

// offeredProposal reports a promise verb read as a reduced passive whose
// head, at k (or the phrase a comma at k closes, or before "to be" at k),
// is a proposal:
// "the subcommittee rejected a plan offered by Rep. X to require the U.S.
// to pay", "the provision on wheat to the Soviet Union, offered by Rep.
// X,". The author moves a measure; the passive's subject is the measure,
// not a party agreed with, and the clause's other parties (the sentence's
// subject, a state inside the measure) are no target.
func offeredProposal(r *eventRule, toks []token, k int) bool {
	if r.name != "promise" || k < 0 {
		return false
	}
	if k >= 2 && toks[k].norm == "be" && toks[k-1].norm == "to" {
		return movedMeasures[toks[k-2].norm] // "an amendment to be offered next week by Rep. X"
	}
	if toks[k].text != "," {
		return movedMeasures[toks[k].norm]
	}
	// The phrase the comma closes: its first word after a determiner.
	j := k - 1
	for j > 0 && j >= k-maxArgGap && !clauseBreak(toks[j-1]) && toks[j-1].text != "," {
		j--
	}
	if j >= 0 && j < k && objectDeterminers[toks[j].norm] {
		j++
	}
	return j >= 0 && j < k && movedMeasures[toks[j].norm]
}
