package loader

import (
	"slices"

	"github.com/geokg/geokg/graph"
)

// Material conflict: force, coercion, mobilisation, sanctions and aid.
// Many of these verbs are common in other senses ("boarded a plane", "hit
// a record", "entered the market", "a driving test"), so each entry needs
// a word of the military or diplomatic scene near it.

var (
	// vesselWords are ships that coast guards and navies stop and board.
	vesselWords = []string{"ship", "ships", "vessel", "vessels", "boat", "boats", "trawler", "trawlers", "tanker", "tankers", "freighter", "freighters", "yacht", "flotilla", "ferry", "dhow", "trawler's", "ship's", "vessel's"}
	// boardingForces are who boards a vessel by force.
	boardingForces = []string{"guard", "guards", "navy", "naval", "commandos", "marines", "troops", "forces", "soldiers", "police", "sailors", "warship", "warships", "seized", "stopped", "intercepted", "detained"}
	// airPowerWords name the weapons that target and hit from afar.
	airPowerWords = []string{"warplanes", "warplane", "jets", "aircraft", "helicopters", "gunships", "drones", "drone", "missiles", "missile", "rockets", "rocket", "shells", "mortars", "mortar", "artillery", "airstrike", "airstrikes", "bombs", "bombers", "air", "shelling", "bombardment", "raid", "raids"}
	// armedVessels are what enters another state's waters or airspace as a show of force.
	armedVessels = []string{"submarine", "submarines", "warship", "warships", "destroyer", "destroyers", "frigate", "frigates", "navy", "naval", "troops", "soldiers", "tanks", "jets", "warplanes", "bombers", "fighters", "aircraft", "helicopters", "forces", "military"}
	// weaponTestWords make a test a weapons test.
	weaponTestWords = []string{"nuclear", "atomic", "missile", "missiles", "ballistic", "hydrogen", "weapons", "weapon", "warhead", "rocket"}
	// intelligenceWords are what states hand each other in cooperation.
	intelligenceWords = []string{"intelligence", "information", "evidence", "sample", "samples", "dna", "data", "documents", "records", "files", "details", "list", "names", "coordinates"}
	// talkWords are contacts a state breaks off.
	talkWords = []string{"talks", "negotiations", "dialogue", "contacts", "consultations"}
	// contingentWords are troops contributed to a force.
	contingentWords = []string{"troops", "soldiers", "peacekeepers", "contingent", "battalion", "battalions", "personnel", "police", "officers", "engineers", "medics"}
)

// conflictLexicon holds the triggers of material conflict and aid. Its
// entries go before the general lexicon: where a form is in both, the
// narrower need is tried first.
var conflictLexicon = []lexEntry{
	// "the trawler was stopped and boarded by the coast guard"; "boarded a plane" has no vessel.
	{verbs: "board boards boarded boarding", rule: eventRule{name: "board-vessel", typ: graph.Coerce, mode: "seize", need: vesselWords, also: boardingForces, window: 8, direct: true}},
	// "convoys were targeted by warplanes"; "targeted by critics" has no weapon.
	{verbs: "target targeted targeting hit struck", rule: eventRule{name: "target", typ: graph.Assault, mode: "strike", need: airPowerWords, window: 4, direct: true, preps: []string{"on", "in"}, skipAfter: []string{"record", "high", "low", "sanctions", "tariffs", "hard", "back", "out"}}},
	// "declared the attache persona non grata".
	{verbs: "declare declares declared declaring", rule: eventRule{name: "persona-non-grata", typ: graph.Sanction, mode: "expel", need: []string{"grata"}, window: 25, direct: true}},
	// "announced its first nuclear test", "tested a ballistic missile".
	{verbs: "tested testing test-fire test-fired test-firing", nouns: "test tests test-firing testing", rule: eventRule{name: "weapons-test", typ: graph.Mobilize, mode: "weapons", need: weaponTestWords, window: 3, optionalTarget: true, skipAfter: []string{"ban", "moratorium", "site", "sites", "range"}}},
	// "a submarine entered Japanese territorial waters".
	{verbs: "enter enters entered entering", rule: eventRule{name: "enter-waters", typ: graph.Mobilize, mode: "naval", need: []string{"waters", "airspace"}, also: armedVessels, window: 6, direct: true}},
	// "Israel moves troops into Gaza"; a bare "move" is as often a noun
	// ("the soldiers' first move"), so it needs a destination.
	{verbs: "move moves", rule: eventRule{name: "send-troops", typ: graph.Mobilize, mode: "troops", need: troopWords, window: 4, preps: []string{"to", "into", "against", "towards", "toward"}}},
	// "Russia is India's largest arms supplier".
	{nouns: "supplier suppliers", rule: eventRule{name: "supplier", typ: graph.Aid, mode: "military", need: militaryWords, window: 2}},
	// "broke off talks with", "cancelled negotiations with": a suspension of contact.
	{verbs: "cut cuts broke break breaks breaking", rule: eventRule{name: "break-off-talks", typ: graph.Sanction, mode: "suspend", need: talkWords, also: []string{"off"}, window: 4, preps: []string{"with"}, pair: true}},
	{verbs: "cancel cancels cancelled canceled cancelling canceling halt halts halted halting freeze freezes froze frozen", rule: eventRule{name: "break-off-talks", typ: graph.Sanction, mode: "suspend", need: talkWords, window: 3, preps: []string{"with"}, pair: true}},
	// "Italy will contribute 3,000 troops to the force".
	{verbs: "contribute contributes contributed contributing commit commits committed committing pledge pledges pledged provide provides provided providing", rule: eventRule{name: "contribute-troops", typ: graph.Aid, mode: "military", need: contingentWords, window: 4, preps: []string{"to", "for"}}},
	// "provided the United States with a DNA sample".
	{verbs: "provide provides provided providing supply supplies supplied supplying", rule: eventRule{name: "provide-intelligence", typ: graph.Cooperate, mode: "intelligence", need: intelligenceWords, also: []string{"with"}, window: 8, direct: true}},
}

// aimedWeapons are weapons that can stand aimed at a country without
// being fired.
var aimedWeapons = map[string]bool{"missiles": true, "rockets": true, "weapons": true, "warheads": true, "missile": true, "rocket": true}

// aimedWeapon reports "missiles targeting Taiwan": weapons pointed at a
// country, a threat of force rather than its use.
func aimedWeapon(toks []token, t int) bool {
	return toks[t].norm == "targeting" && t > 0 && aimedWeapons[toks[t-1].norm]
}

// testModifiers stand between a verb and the weapons test it carries out:
// "conducted its first underground nuclear weapons test".
var testModifiers = map[string]bool{
	"a": true, "an": true, "the": true, "its": true, "their": true, "first": true, "second": true, "third": true, "new": true,
	"latest": true, "another": true, "additional": true, "more": true, "further": true, "underground": true, "successful": true, "nuclear": true, "atomic": true, "hydrogen": true,
	"weapons": true, "weapon": true, "bomb": true, "missile": true, "ballistic": true, "rocket": true, "long-range": true, "short-range": true,
}

// tester returns the subject of the verb that carries out the weapons
// test named at t, over the test's modifiers, or nil.
func (v *sentenceView) tester(t int, c *candidate) *graph.Entity {
	k := t - 1
	for k >= 0 && k >= t-8 && testModifiers[v.toks[k].norm] {
		k--
	}
	if k < 1 || k == t-1 || !supportVerbs[v.toks[k].norm] && !testVerbs[v.toks[k].norm] {
		return nil
	}
	n := v.prev(k)
	if n < 0 || k-v.ms[n].last > 6 {
		return nil
	}
	c.rule += "-subject"
	return v.ms[n].ent
}

// testVerbs carry out or report a test.
var testVerbs = map[string]bool{
	"conduct": true, "conducts": true, "conducted": true, "conducting": true, "perform": true, "performed": true, "carry": true,
	"carried": true, "stage": true, "staged": true, "announced": true, "detonate": true, "detonated": true, "exploded": true,
}

// facing returns the state troops are moved against when no preposition
// names it: the state across "the border with X" (or "frontier"), or the
// agent of the attack they are to stop ("to prevent an invasion by X").
// It returns -1 when the clause after t names neither.
func (v *sentenceView) facing(t int) int {
	for k := t + 1; k+2 < len(v.toks) && k <= t+2*maxArgGap; k++ {
		if clauseBreak(v.toks[k]) {
			return -1
		}
		w, next := v.toks[k].norm, v.toks[k+1].norm
		border := (w == "border" || w == "borders" || w == "frontier") && next == "with"
		threat := threatNouns[w] && (next == "by" || next == "from")
		if !border && !threat {
			continue
		}
		if n := v.at[k+2]; n >= 0 && usable(v.ms[n]) && v.ms[n].form == formName && v.ms[n].ent.Kind != graph.Location {
			// a name, not "by Palestinian extremists": a demonym there
			// may name the deploying state's own people
			return n
		}
		return -1
	}
	return -1
}

// threatNouns name the attack a deployment is to prevent or counter.
var threatNouns = map[string]bool{"invasion": true, "attack": true, "attacks": true, "incursion": true, "incursions": true, "offensive": true, "aggression": true, "infiltration": true}

// supplier reads the agent noun at t: its possessor, or the state after
// "to", is supplied; the subject of "is", or the name the noun stands in
// apposition to, supplies. "Russia is India's largest arms supplier",
// "the Soviet Union, which is India's main weapons supplier", "China, a
// major arms supplier to Iraq,".
func (v *sentenceView) supplier(t int, c *candidate) (actor, target *graph.Entity) {
	head := t // the first word of the noun phrase
	for k := t - 1; k >= 0 && k >= t-5; k-- {
		if n := v.at[k]; n >= 0 {
			if v.toks[v.ms[n].last].poss && usable(v.ms[n]) {
				target, head = v.ms[n].ent, v.ms[n].first
			}
			break
		}
		if v.toks[k].punct {
			break
		}
		head = k
	}
	if target == nil {
		if n := v.afterPrep(t, []string{"to"}); n >= 0 {
			target = v.ms[n].ent
		}
	}
	if target == nil {
		return nil, nil
	}
	k := head - 1
	adverb := func(k int) bool {
		return k >= 0 && (v.toks[k].norm == "also" || v.toks[k].norm == "still" || v.toks[k].norm == "currently")
	}
	for adverb(k) {
		k-- // "is currently Taiwan's largest arms supplier"
	}
	copula := k >= 0 && copulas[v.toks[k].norm]
	if copula {
		k--
		for adverb(k) {
			k--
		}
		if k >= 1 && (v.toks[k].norm == "which" || v.toks[k].norm == "who") {
			k-- // "the Soviet Union, which is"
		}
	}
	if copula && k >= 0 && v.toks[k].norm == "and" && v.lastActor != nil && v.lastActor != target {
		// "The U.S. may defend Taiwan and is Taiwan's largest arms
		// supplier": the copula shares the subject of the verb before.
		c.rule += "-coordinated"
		return v.lastActor, target
	}
	if k >= 0 && v.toks[k].text == "," {
		k--
	}
	if k >= 0 {
		if n := v.at[k]; n >= 0 && usable(v.ms[n]) && v.ms[n].ent != target {
			c.rule += "-copula"
			return v.ms[n].ent, target
		}
	}
	return nil, nil
}

// heldBlockade returns the verb by which the holder of the blockade at
// t is asked to lift or end it, or -1: "urged Israel to lift its air and
// sea blockade". The lifting is only asked for, so the blockade stands.
func heldBlockade(toks []token, t int) int {
	for k := t - 1; k >= 1 && k >= t-5; k-- {
		if toks[k].norm == "its" || toks[k].norm == "their" {
			if e := k - 1; slices.Contains(easeWords, toks[e].norm) && requestedAction(toks, e) {
				return e
			}
			return -1
		}
	}
	return -1
}

// blockadeHolder returns who is asked to lift the blockade at t, the
// object of the request ("urged Israel to lift its blockade"), and whom
// it is "of" or "on".
func (v *sentenceView) blockadeHolder(t int, c *candidate) (actor, target *graph.Entity) {
	k := infinitiveTo(v.toks, heldBlockade(v.toks, t))
	if k < 1 {
		return nil, nil
	}
	n := v.at[k-1]
	if n < 0 || !usable(v.ms[n]) {
		return nil, nil
	}
	c.rule += "-held"
	if m := v.afterPrep(t, []string{"of", "on", "against"}); m >= 0 {
		target = v.ms[m].ent
	}
	return v.ms[n].ent, target
}
