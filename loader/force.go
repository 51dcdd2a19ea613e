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
	{verbs: "fight fights fought fighting battled battling", rule: eventRule{name: "fight", typ: graph.Assault, mode: "clash", direct: true, preps: []string{"against"}, skipAfter: []string{"for", "back", "off", "on", "over", "to"}}},
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
