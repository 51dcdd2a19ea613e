package loader

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// This file holds checks that keep the lexicon's rules from reading an
// act into words that say the act was not done, or done by someone else:
//
//   - support withdrawn ("withdrew its support for X", "dropped its
//     backing of", "the end of its support") is no support given, and the
//     withdrawal of support is no retreat of forces. CAMEO has no code for
//     withdrawn political support (reduced relations, SANCTION, fits only
//     some of it), so nothing is read;
//   - support "from" a party ("denied any support from Iran for Hamas",
//     "with support from the US") is the noun, its giver named after
//     "from": the verb rule's reading, with the sentence's subject as
//     giver, is dropped (supportnouns.go reads the noun);
//   - "received no support from X" denies what was received;
//   - a trade in arms under an embargo or a ban ("lifted its embargo on
//     arms sales to Libya") is no sale;
//   - a regret foretold ("Israel will regret it", "would live to regret")
//     is a threat's consequence, not an apology;
//   - the second of two acts a request asks for ("urged Hamas to disarm
//     and recognize Israel") is asked for like the first, not done;
//   - a wrong that a speaker "did not say" a party did is no accusation,
//     and one the party "could be" doing is at most speculated
//     (reportedAccusations, statements.go).

// withdrawalGovernors take back the support named after them.
var withdrawalGovernors = map[string]bool{
	"withdraw": true, "withdraws": true, "withdrew": true, "withdrawn": true, "withdrawing": true, "withdrawal": true,
	"drop": true, "drops": true, "dropped": true, "dropping": true, "end": true, "ends": true, "ended": true, "ending": true,
	"cut": true, "cuts": true, "cutting": true, "pull": true, "pulls": true, "pulled": true, "pulling": true,
	"revoke": true, "revokes": true, "revoked": true, "rescind": true, "rescinds": true, "rescinded": true,
	"suspend": true, "suspends": true, "suspended": true, "suspension": true, "abandon": true, "abandons": true,
	"abandoned": true, "halt": true, "halts": true, "halted": true, "stop": true, "stops": true, "stopped": true,
	"reduce": true, "reduces": true, "reduced": true, "lose": true, "loses": true, "lost": true, "losing": true,
	"loss": true, "renounce": true, "renounced": true, "retract": true, "retracted": true,
}

// supportWords are the words of the support rule that name support as a
// thing held, given or taken back.
var supportWords = map[string]bool{"support": true, "backing": true, "endorsement": true}

// supportPhraseWord reports a word that may stand inside a noun phrase
// between a verb and the support noun it governs: "its", "the
// government's", "continued political", "of".
func (v *sentenceView) supportPhraseWord(k int) bool {
	u := v.toks[k]
	switch {
	case u.punct:
		return false
	case v.at[k] >= 0:
		return true // "withdrew Japan's support", "dropped US backing"
	case u.poss, strings.HasSuffix(u.norm, "ly"), supportPremodifiers[u.norm]:
		return true
	}
	if _, material := materialSupportModes[u.norm]; material {
		return true // "withdrew its military support"
	}
	switch u.norm {
	case "its", "their", "his", "her", "our", "the", "a", "an", "of", "any", "all", "some", "previous", "earlier":
		return true
	}
	return false
}

// withdrawnSupport reports a support noun at t that a verb or noun of
// withdrawal governs: "withdrew its support", "the end of US backing".
func (v *sentenceView) withdrawnSupport(t int) bool {
	if !supportWords[v.toks[t].norm] {
		return false
	}
	for k := t - 1; k >= 0 && k >= t-6; k-- {
		if withdrawalGovernors[v.toks[k].norm] {
			return true
		}
		if !v.supportPhraseWord(k) {
			return false
		}
	}
	return false
}

// supportWithdrawn reports a verb of withdrawal at t whose object is
// support: "withdrew its support for the plan" takes back no forces.
func (v *sentenceView) supportWithdrawn(t int) bool {
	for k := t + 1; k < len(v.toks) && k <= t+6; k++ {
		if supportWords[v.toks[k].norm] {
			return true
		}
		if !v.supportPhraseWord(k) {
			return false
		}
	}
	return false
}

// supportFrom reports a support word at t followed by "from": the noun,
// whose giver "from" names ("any support from Iran"), unless a verb of
// receiving governs it ("received support from Iran", which receivedSide
// reads).
func supportFrom(toks []token, t int) bool {
	if !supportWords[toks[t].norm] || t+1 >= len(toks) || toks[t+1].norm != "from" {
		return false
	}
	for k := t - 1; k >= 0 && k >= t-3; k-- {
		if toks[k].punct {
			break
		}
		if receivingVerbs[toks[k].norm] {
			return false
		}
	}
	return true
}

// receivedNone reports a verb of receiving at t whose object is
// determined by "no": "received no support from Iran".
func receivedNone(toks []token, t int) bool {
	for k := t + 1; k < len(toks) && k <= t+3; k++ {
		switch {
		case toks[k].norm == "no":
			return true
		case toks[k].punct || toks[k].norm == "from":
			return false
		}
	}
	return false
}

// bannedTrade reports a trade noun at t governed by a ban: "its embargo
// on arms sales to Libya", "a ban on the sale of weapons".
func bannedTrade(toks []token, t int) bool {
	start := t
	for k := t - 1; k >= 0 && k >= t-4; k-- {
		if !(weaponAt(toks, k) || toks[k].norm == "military" || toks[k].norm == "the" || toks[k].hyphen) {
			break
		}
		start = k
	}
	return banBefore(toks, start) >= 0
}

// foretoldRegret reports a verb of regret at t that a modal of the future
// or "live to" governs: "Israel will regret it", "would live to regret".
func foretoldRegret(toks []token, t int) bool {
	k := t - 1
	for k >= 0 && strings.HasSuffix(toks[k].norm, "ly") {
		k-- // "will surely regret"
	}
	if k >= 1 && toks[k].norm == "to" {
		switch toks[k-1].norm {
		case "live", "come", "going", "gonna":
			return true
		}
	}
	if k < 0 {
		return false
	}
	switch toks[k].norm {
	case "will", "would", "shall", "'ll", "ll":
		return true
	}
	return false
}

// misreading reports a candidate the rule r made from the trigger at t
// that the words around it undo (see the list at the top of the file);
// it marks as denied support received with "no".
func (v *sentenceView) misreading(t int, r *eventRule, noun bool, c *candidate) bool {
	toks := v.toks
	switch {
	case r.typ == graph.Support && (v.withdrawnSupport(t) || supportFrom(toks, t)):
		return true
	case r.name == "withdraw" && !noun && v.supportWithdrawn(t):
		return true
	case noun && (c.typ == graph.Cooperate || c.typ == graph.Aid) && bannedTrade(toks, t):
		return true
	case r.name == "regret" && !noun && foretoldRegret(toks, t):
		return true
	case !noun && requestedCoordinate(toks, t):
		return true
	case r.name == "receive" && receivedNone(toks, t):
		c.status = graph.Denied
	}
	return false
}

// unsaid reports a verb of saying at j that is negated or denied: "did
// not say Peru was lying", "never claimed", "denied saying".
func unsaid(toks []token, j int) bool {
	k := j - 1
	for k >= 0 && strings.HasSuffix(toks[k].norm, "ly") {
		k--
	}
	if k < 0 {
		return false
	}
	switch w := toks[k].norm; {
	case negations[w] && w != "no":
		return true
	case actDenials[w]:
		return true
	}
	return false
}

// hedgedWrong returns the status of a wrong stated by the predicate from
// k to the trigger: speculated where a modal of possibility stands before
// it ("Peru could be lying", "may have violated"), else reported.
func hedgedWrong(toks []token, k, trigger int) graph.Status {
	for ; k < trigger && k < len(toks); k++ {
		switch toks[k].norm {
		case "could", "might", "may", "possibly", "perhaps", "probably":
			return graph.Speculated
		}
	}
	return graph.Reported
}

// actDenials deny the act their object names: "denied any support".
var actDenials = map[string]bool{"deny": true, "denies": true, "denied": true, "denying": true}

// deniedNoun returns denied for an act noun at t that a verb of denial
// governs ("Syria denied any support from Iran for Hamas"), else status.
func (v *sentenceView) deniedNoun(t int, status graph.Status) graph.Status {
	for k := t - 1; k >= 0 && k >= t-4; k-- {
		if actDenials[v.toks[k].norm] {
			return graph.Denied
		}
		if v.at[k] >= 0 || !v.supportPhraseWord(k) {
			break
		}
	}
	return status
}

// requestedCoordinate reports a bare verb at t joined by "and" or "or" to
// an infinitive that a request governs: "urged its leaders to disarm and
// recognize Israel", "asks the MP to retract and apologise".
func requestedCoordinate(toks []token, t int) bool {
	k := t - 1
	for k >= 0 && strings.HasSuffix(toks[k].norm, "ly") && !toks[k].punct {
		k--
	}
	if k < 1 || toks[k].norm != "and" && toks[k].norm != "or" || toks[t].punct || strings.HasSuffix(toks[t].norm, "ed") || strings.HasSuffix(toks[t].norm, "ing") {
		return false
	}
	for j := k - 1; j >= 1 && j >= k-maxArgGap; j-- {
		if toks[j].punct && toks[j].text != "," && toks[j].text != "\"" {
			return false
		}
		if toks[j].norm == "to" && j+1 < k && !toks[j+1].punct {
			return requestedAction(toks, j+1)
		}
	}
	return false
}
