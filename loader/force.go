package loader

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// Force and its threat: attacks, deployments and the like that the
// general lexicon reads only in their plainest wording.

// thousandsComma reports whether the comma at j inside the word that
// starts at i groups the digits of a number ("2,000", "10,000,000"): the
// word so far is digits and exactly three digits follow the comma.
func thousandsComma(body string, i, j, end int) bool {
	for k := i; k < j; k++ {
		if (body[k] < '0' || body[k] > '9') && body[k] != ',' {
			return false
		}
	}
	if j+4 > end {
		return false
	}
	for k := j + 1; k <= j+3; k++ {
		if body[k] < '0' || body[k] > '9' {
			return false
		}
	}
	return j+4 == end || body[j+4] < '0' || body[j+4] > '9'
}

// forceLexicon holds the triggers of force the other lexicons lack.
var forceLexicon = []lexEntry{
	// "the Tigers have been fighting the Sri Lankan army", "troops fought
	// against U.S. forces", "they would fight the United States". The
	// object must be a named party: one fights corruption, terrorism and
	// elections too, and "fights for" a cause, which name no one.
	// "Kabila overthrew Mobutu", "the Taliban were ousted by American
	// forces": a government or ruler removed by force, as the uprising
	// that removed a president. One is ousted by voters and coalitions as
	// often, so a word of force must stand near (coupWords).
	{verbs: "overthrow overthrows overthrew overthrown overthrowing oust ousts ousted ousting topple topples toppled toppling depose deposes deposed deposing", rule: eventRule{name: "overthrow", typ: graph.Assault, mode: "coup", need: coupWords, window: 12, direct: true, skipAfter: []string{"as", "from"}}},
	// "the group had taken her hostage", "aid workers held hostage by the
	// Taliban". Only the singular "hostage" right after the object makes the
	// frame: "the hostages held by the rebels" is their holding, told
	// elsewhere.
	{verbs: "take takes took taken taking hold holds held holding", rule: eventRule{name: "take-hostage", typ: graph.Assault, mode: "abduct", need: []string{"hostage", "captive"}, window: 7, direct: true}},
	// "Ethiopian troops drove the Islamists out of Mogadishu".
	{verbs: "drive drives drove driven", rule: eventRule{name: "drive-out", typ: graph.Assault, need: []string{"out"}, window: 4, direct: true}},
	{verbs: "fight fights fought fighting battled battling", rule: eventRule{name: "fight", typ: graph.Assault, mode: "clash", direct: true, preps: []string{"against"}, skipAfter: []string{"for", "back", "off", "on", "over", "to"}}},
}

// coupWords make a removal from power one by force.
var coupWords = []string{"coup", "military", "army", "forces", "troops", "invasion", "invaded", "rebels", "rebel", "revolution", "uprising", "war", "militants", "junta", "takeover", "armed", "guerrillas", "putsch", "mutiny"}

// forceFrame checks the frame the force rules need beyond their words.
func forceFrame(toks []token, r *eventRule, t int) bool {
	switch r.name {
	case "fight":
		return foughtParty(toks, t)
	case "overthrow":
		return !attributiveParticiple(toks, t)
	case "take-hostage":
		return heldByAgent(toks, t)
	}
	return true
}

// attributiveParticiples are the words before which a participle
// describes a noun rather than states a deed: "the deposed president",
// "Thailand's ousted premier", "and ousted Iraqi President Saddam".
var attributiveParticiples = map[string]bool{"the": true, "a": true, "an": true, "and": true, "or": true, "as": true, "of": true, "former": true, "since": true, "newly": true, "recently": true, "now": true, "his": true, "her": true, "its": true, "their": true}

// attributiveParticiple reports whether the participle at t modifies the
// noun after it: no subject stands before it that could have done the
// deed.
func attributiveParticiple(toks []token, t int) bool {
	if !strings.HasSuffix(toks[t].norm, "ed") && toks[t].norm != "overthrown" {
		return false
	}
	if t == 0 {
		return true
	}
	p := toks[t-1]
	return p.poss || p.punct || attributiveParticiples[p.norm]
}

// heldByAgent reports whether a form of "hold" at t holds someone hostage
// rather than in custody: "held hostage", or "held captive by" its
// taker. "Citizens held captive in US prisons" are detainees. Forms of
// "take" pass: "taken captive" is a seizure.
func heldByAgent(toks []token, t int) bool {
	switch toks[t].norm {
	case "take", "hold":
		if t > 0 && toks[t-1].text == "," {
			return false // "plans to bomb the parliament, take officers hostage": a list of aims whose doer stands far back
		}
	}
	switch toks[t].norm {
	case "hold", "holds", "held", "holding":
	default:
		return true
	}
	for k := t + 1; k < len(toks) && k <= t+8; k++ {
		switch toks[k].norm {
		case "hostage":
			return true
		case "captive":
			return k+1 < len(toks) && toks[k+1].norm == "by" || k+3 < len(toks) && toks[k+3].norm == "by"
		}
	}
	return false
}

// fightDeterminers may open the name of the party fought: "fought the
// Sri Lankan army", "fighting its neighbour's troops".
var fightDeterminers = map[string]bool{"the": true, "a": true, "an": true, "its": true, "their": true}

// foughtParty reports whether the verb "fight" at t has a party for its
// object, a name right after it or after "against" and a determiner:
// "fought the Japanese", "fighting against Hezbollah". "Fight corruption"
// and "fight the good fight in Iraq" name no party; a place later in the
// sentence would otherwise stand in for the missing object.
//
// An infinitive is left out: "asked the government to send troops to
// fight the Israelis", "work to fight the occupiers" name a purpose or a
// request, and its doer is seldom the nearest name.
func foughtParty(toks []token, t int) bool {
	if t > 0 && toks[t-1].norm == "to" {
		return false
	}
	k := t + 1
	if k < len(toks) && toks[k].norm == "against" {
		k++
	}
	if k < len(toks) && fightDeterminers[toks[k].norm] {
		k++
	}
	if k < len(toks) && strings.ContainsAny(toks[k].norm, "0123456789") {
		k++ // "the 100,000-strong U.S. forces"
	}
	if k+2 < len(toks) && toks[k+1].norm == "of" && partyHeads[toks[k].norm] {
		k += 2 // "the state of Israel", "the forces of the Taliban"
		if fightDeterminers[toks[k].norm] {
			k++
		}
	}
	return k < len(toks) && toks[k].upper
}

// partyHeads are nouns that stand before "of" and a party's name: "the
// state of Israel", "the army of Nepal".
var partyHeads = map[string]bool{"state": true, "government": true, "army": true, "forces": true, "troops": true, "regime": true, "people": true, "armies": true}
