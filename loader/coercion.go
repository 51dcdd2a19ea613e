package loader

import (
	"slices"

	"github.com/geokg/geokg/graph"
)

// Coercion and designation by states: a government lists a group as
// terrorist, orders a ship or a firm out, bars people from its territory,
// stops and boards ships, holds people it does not name.
// The verbs are common in other senses ("listed on the stock exchange",
// "placed an order", "ordered a pizza", "barred from office"), so each
// entry needs the words of its scene near it.

var (
	// terrorLabels are the labels a state's designation gives.
	terrorLabels = []string{"terrorist", "terror", "terrorists"}
	// designatedKinds are what a designation makes of its object: "a
	// terrorist organization", "a state sponsor of terror", "the terrorist
	// list". A person "branded a terrorist" is called names, not listed.
	designatedKinds = []string{
		"organization", "organisation", "organizations", "organisations", "group", "groups", "entity", "entities",
		"list", "sponsor", "sponsors", "movement", "outfit",
	}
	// blackLists are the lists a state puts the groups it sanctions on.
	blackLists = []string{"list", "blacklist", "lists"}
	// blackListKinds make a list one of sanctions: "its list of terrorist
	// organizations", "the Terrorist Exclusion List", "a sanctions list".
	blackListKinds = []string{"terrorist", "terror", "terrorism", "sanctions", "exclusion", "watch", "sponsors", "blacklist"}
	// expulsionWords make an order one to leave: "ordered the ship to
	// leave". "ordered out" is left out: "ordered the troops out" is a
	// withdrawal of one's own.
	expulsionWords = []string{"leave", "depart"}
	// entryWords make a ban one on entering a territory.
	entryWords = []string{"entering", "entry", "visiting", "landing", "docking"}
)

// coercionLexicon holds the triggers of designation, expulsion by order
// and entry bans. Its entries go before the general lexicon, where "label"
// calls names and "ban" coerces.
var coercionLexicon = []lexEntry{
	// "the United States designated Hezbollah a terrorist organization",
	// "Hamas is listed as a terrorist group by the EU".
	{verbs: "designate designates designated designating label labels labelled labeled labelling labeling list lists listed listing declare declares declared declaring classify classifies classified",
		rule: eventRule{name: "designate-terrorist", typ: graph.Sanction, mode: "designate", need: terrorLabels, also: designatedKinds, window: 10, direct: true}},
	// "Britain blacklisted the group", "the organisation was proscribed".
	{verbs: "blacklist blacklists blacklisted blacklisting proscribe proscribes proscribed proscribing",
		rule: eventRule{name: "blacklist", typ: graph.Sanction, mode: "designate", direct: true}},
	// "the EU added the Tamil Tigers to its list of terrorist organizations".
	{verbs: "add adds added adding place places placed placing put puts putting include includes included including",
		rule: eventRule{name: "blacklist", typ: graph.Sanction, mode: "designate", need: blackLists, also: blackListKinds, window: 10, direct: true}},
	// "Venezuela ordered the diplomat to leave the country".
	{verbs: "ordered ordering", // "in order", "orders to leave": the nouns are not read
		rule: eventRule{name: "order-out-diplomats", typ: graph.Sanction, mode: "expel", need: diplomatWords, also: expulsionWords, window: 8, direct: true}},
	// "Egyptian authorities ordered the ship to leave".
	{verbs: "ordered ordering", // "in order", "orders to leave": the nouns are not read
		rule: eventRule{name: "order-out", typ: graph.Coerce, mode: "expel", need: expulsionWords, window: 8, direct: true}},
	// "the ship was boarded by Cypriot authorities": a state's civil
	// officers board too (conflict.go has the armed forces).
	{verbs: "board boards boarded boarding",
		rule: eventRule{name: "board-vessel", typ: graph.Coerce, mode: "seize", need: vesselWords, also: []string{"authorities", "officials", "customs", "inspectors"}, window: 8, direct: true}},
	// "the tanker was stopped by the navy", "intercepted a freighter".
	{verbs: "stop stops stopped stopping intercept intercepts intercepted intercepting",
		rule: eventRule{name: "stop-vessel", typ: graph.Coerce, mode: "seize", need: vesselWords, also: boardingForces, window: 8, direct: true}},
	// "Kenya barred the warlords from entering the country": a travel ban.
	{verbs: "bar bars barred barring ban bans banned banning",
		rule: eventRule{name: "bar-entry", typ: graph.Sanction, mode: "travel", need: entryWords, also: []string{"from"}, window: 8, direct: true}},
}

// designatingBodies are the international bodies that keep lists of the
// groups they sanction, besides states and their organs.
var designatingBodies = []string{"European Union", "Council of the European Union", "United Nations", "United Nations Security Council"}

// unofficialLabel reports a designation whose doers include no state, no
// organ of one and no body that keeps sanctions lists: "Hamas labelled
// Israel a terrorist state" calls names, and is an accusation.
func (a *article) unofficialLabel(c *candidate) bool {
	if c.typ != graph.Sanction || c.mode != "designate" {
		return false
	}
	for _, e := range c.actors {
		if e.Kind == graph.Country || e.Kind == graph.Organization && (a.x.gaz.stateOrgans[e.ID] || slices.Contains(designatingBodies, e.Name)) {
			return false
		}
	}
	return true
}

// custodyModes are the modes of acts of custody: arrests and expulsions.
// Seizures are left out: "seized on his uncertainty", "the aircraft were
// occupied elsewhere", "blew up" seize nobody's goods.
var custodyModes = map[string]bool{"arrest": true, "expel": true}

// stateCustody reports an act of custody stated by a verb whose doer is a
// state: "Egyptian security forces have detained 70 suspects", "Kenya
// deported a businessman". It stands without a named target: whom a state
// holds is often nameless, and the holding is the event. A plan is left
// out: "an accord to arrest the dollar's fall" holds no one, and a planned
// arrest without a name is seldom news.
func stateCustody(c *candidate) bool {
	return c.typ == graph.Coerce && custodyModes[c.mode] && !c.noun && c.status != graph.Planned && c.actors[0].Kind == graph.Country
}

// controlLexicon reads control taken of a place another side held: "Israel
// took control of the Lebanese town of Marjayoun", like "seized control
// of", which the seize rule reads; the place's holder is the target. It
// needs "control" right after the verb, so it goes after the general
// lexicon and leaves "take" and "gain" to the rules before it.
var controlLexicon = []lexEntry{
	{verbs: "take takes took taken taking gain gains gained gaining wrest wrests wrested wresting",
		rule: eventRule{name: "take-control", typ: graph.Coerce, mode: "seize", need: []string{"control"}, window: 2, direct: true, preps: []string{"of", "over"}}},
}

// controlledOffices name an office, a body or affairs one takes control of by
// vote or by appointment, not by force: "the Democrats took control of the
// House", "once Hamas takes control of the government".
var controlledOffices = map[string]bool{
	"government": true, "house": true, "senate": true, "parliament": true, "congress": true, "assembly": true,
	"legislature": true, "chamber": true, "chambers": true, "majority": true, "council": true, "cabinet": true,
	"benches": true, "party": true, "finances": true, "budget": true, "company": true, "board": true, "affairs": true,
	"future": true, "administration": true, "ministry": true, "portfolio": true, "mission": true, "process": true,
}

// controlOfOffice reports whether the "took control of" at t takes an
// office or a body (see controlledOffices): the noun phrase after "control of"
// or "control over", up to its first word that is neither a name, a
// modifier nor "of", holds one of them.
func controlOfOffice(toks []token, t int) bool {
	k := t + 1
	for k < len(toks) && k <= t+3 && toks[k].norm != "of" && toks[k].norm != "over" {
		k++
	}
	for k++; k < len(toks) && k <= t+10; k++ {
		if controlledOffices[toks[k].norm] {
			return true
		}
		if clauseBreak(toks[k]) || toks[k].text == "," || toks[k].norm == "in" || toks[k].norm == "from" || toks[k].norm == "to" {
			return false
		}
	}
	return false
}
