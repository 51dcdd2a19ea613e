package loader

import "strings"

// This file reads the status of an act a body votes to do when the vote
// itself does it. "The Security Council voted to impose sanctions on X",
// "the parliament voted to condemn X", "the Senate voted to recognise X":
// the resolution passed is the sanction, the condemnation, the
// recognition, so the act is as done as the vote (reported after "voted",
// planned after "will vote", speculated after "if it votes"), where
// "agreed to impose" or "decided to send troops" only plan it. Acts that
// follow a vote in the world ("voted to send troops", "voted to
// withdraw") stay plans. legislatures.go's legislativeStatus reads its
// own approvals the same way.

// votedActVerbs are the acts a vote performs by passing: what a
// resolution or a ballot declares, grants or withdraws.
var votedActVerbs = map[string]bool{
	"impose": true, "condemn": true, "censure": true, "denounce": true, "deplore": true, "criticise": true,
	"criticize": true, "recognise": true, "recognize": true, "approve": true, "endorse": true, "back": true,
	"support": true, "reject": true, "accept": true, "ratify": true, "admit": true, "suspend": true, "expel": true,
	"lift": true, "ease": true, "renew": true, "extend": true, "authorise": true, "authorize": true, "confirm": true,
	"elect": true, "appoint": true, "dismiss": true, "oust": true, "remove": true, "impeach": true, "ban": true,
	"boycott": true, "sanction": true, "annul": true, "overturn": true, "override": true, "veto": true,
}

// votingTallyGap bounds the words between a voting verb and its "to":
// "voted unanimously to", "voted 14-0 on Saturday to".
const votingTallyGap = 6

// votedInfinitive returns the index of the voting verb that governs the
// infinitive whose "to" is at k, when the infinitive's verb at t is an act
// the vote performs; -1 otherwise. Only adverbs, a tally and a day may
// stand between: "voted unanimously to", "voted 14-0 to", "voted on
// Monday to".
func votedInfinitive(toks []token, k, t int) int {
	if t >= len(toks) || !votedActVerbs[toks[t].norm] {
		return -1
	}
	for j := k - 1; j >= 0 && j >= k-votingTallyGap; j-- {
		w := toks[j]
		switch {
		case votingVerbs[w.norm]: // legislatures.go
			if w.norm == "vote" && j > 0 && !modalOrTo(toks[j-1].norm) {
				return -1 // "the vote to impose": the noun
			}
			return j
		case w.punct && w.text != "-" && w.text != "–":
			return -1
		case voteTallyWords[w.norm] || w.hyphen || strings.Trim(w.norm, "0123456789") == "" || w.norm == "on" ||
			strings.HasSuffix(w.norm, "ly") && len(w.norm) > 3:
			continue // "unanimously", "14-0", "on Monday"
		case w.upper && j > 0 && toks[j-1].norm == "on":
			if _, ok := weekdays[w.norm]; ok {
				continue
			}
			return -1
		default:
			return -1
		}
	}
	return -1
}

// modalOrTo reports a word that makes the bare "vote" after it a verb:
// "will vote to", "to vote to".
func modalOrTo(w string) bool {
	return w == "to" || modals[w] // disparagement.go
}
