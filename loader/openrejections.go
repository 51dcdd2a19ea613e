package loader

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// Rejections of a thing whose author the sentence does not name ("Iran
// rejected the proposal", "Russia vetoed the resolution", "Syria refused
// to withdraw"): the refusal is the party's act whoever made the offer or
// the demand. ANNOTATION.md allows an event an empty target list, and its
// annotators use one for such rejections as for a request of no one
// named (6 of unseen_dev's 26 REJECTs). The reading stands without a target
// when the rejecter is named right before a finite verb of refusal; a
// participle or an infinitive ("rejecting the plan", "to reject")
// leaves the subject unsure, and a quotation the speaker.

// openRejectionVerbs refuse what follows them.
var openRejectionVerbs = map[string]bool{
	"rejected": true, "rejects": true, "refused": true, "refuses": true, "vetoed": true, "vetoes": true,
	"rebuffed": true, "rebuffs": true, "spurned": true, "spurns": true,
}

// unsaidJudgments are what a party refuses to say or judge, beside
// withheldSpeech (nonacts.go): "refused to predict", "refused to call the
// situation a civil war", "refused to do so". Keeping one's counsel
// rejects no one.
var unsaidJudgments = map[string]bool{
	"predict": true, "call": true, "describe": true, "acknowledge": true, "discuss": true, "do": true,
	"guess": true, "characterise": true, "characterize": true, "estimate": true,
}

// tenderObjects are what a buyer or a regulator turns down in business
// news: "rejected all offers at the tender", "rejected its bids",
// "rejected the merger". A tender's refusal rejects no party the sentence
// leaves unnamed.
var tenderObjects = map[string]bool{
	"bid": true, "bids": true, "offer": true, "offers": true, "tender": true, "tenders": true, "merger": true,
	"takeover": true, "acquisition": true,
	// A court's decision has an author the sentence leaves to the reader
	// ("France rejected the verdict"): the rejection needs it named.
	"verdict": true, "verdicts": true, "sentence": true, "sentences": true, "conviction": true,
}

// admissions grant a point, not a rival's victory, unless "defeat"
// follows.
var admissions = map[string]bool{"concede": true, "admit": true}

// conditionOpeners open a clause whose act is supposed, not done: "if AIG
// had refused".
var conditionOpeners = map[string]bool{"if": true, "unless": true, "whether": true}

// targetlessRejection reports a rejection verb at t that may stand with no
// target.
func (a *article) targetlessRejection(v *sentenceView, t int, noun bool, c *candidate) bool {
	if c.typ != graph.Reject || noun || len(c.targets) > 0 || len(c.actors) == 0 || t < 0 || t >= len(v.toks) || !openRejectionVerbs[v.toks[t].norm] {
		return false
	}
	if c.actors[0].Kind == graph.Location || a.inQuotation(v.toks, t) {
		return false
	}
	if !v.actorRightBefore(t, c) {
		return false
	}
	toks := v.toks
	if t+2 < len(toks) && toks[t+1].norm == "to" && (withheldSpeech[toks[t+2].norm] || unsaidJudgments[toks[t+2].norm]) {
		return false
	}
	if t+2 < len(toks) && toks[t+1].norm == "to" && admissions[toks[t+2].norm] && (t+3 >= len(toks) || toks[t+3].norm != "defeat") {
		return false // "refused to concede the budget would go into deficit": a point not granted; "refused to concede defeat" yields to no one
	}
	if t+1 < len(toks) && possessiveDeterminers[toks[t+1].norm] { // nounstatus.go
		return false // "rejected their claim": its author is someone the sentence points to but does not name
	}
	if courtActor(v, c) {
		return false // "the court refused to grant a new trial", "Judge X rejected the suit": rulings
	}
	if t+1 < len(toks) && toks[t+1].norm != "to" {
		for k := t + 1; k < len(toks) && k <= t+12 && toks[k].text != "." && toks[k].text != ";"; k++ {
			if tenderObjects[toks[k].norm] || k <= t+3 && sourceRequests[toks[k].norm] {
				return false // "rejected all offers", "refused all comment"
			}
		}
	}
	for k := t - 1; k >= 0 && k >= t-6; k-- {
		if conditionOpeners[toks[k].norm] {
			return false
		}
		if toks[k].punct {
			break
		}
	}
	return true
}

// courtActor reports a reading whose actor is a court ("Texas Appellate
// Court", "the European Court") or a person a judge's title names ("Judge
// Sanders", "Bankruptcy Judge Burton Lifland").
func courtActor(v *sentenceView, c *candidate) bool {
	for _, e := range c.actors {
		words := strings.Fields(strings.ToLower(e.Name))
		if e.Kind == graph.Organization && len(words) > 0 && courtHeads[words[len(words)-1]] {
			return true
		}
	}
	for _, m := range v.ms {
		if m.ent != c.actors[0] || m.first < 1 {
			continue
		}
		if w := v.toks[m.first-1].norm; w == "judge" || w == "justice" {
			return true
		}
	}
	return false
}
