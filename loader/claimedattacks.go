package loader

import (
	"github.com/geokg/geokg/graph"
)

// This file gives a target to an attack that a party claims, carries out
// or is blamed for, where the sentence only refers back to it and the
// attack itself was told before:
//
//	"A bomb exploded in Tel Aviv on Monday, killing five Israelis. Hamas
//	claimed responsibility for the attack."
//
// The claim (responsibility.go), the part a party had in the act
// (involvement.go: "was behind", "was responsible for", "blamed X for")
// and "X carried out the attack" read the doer; the act's phrase, "the
// attack", names no one. When no reading of the last few sentences gave the
// act a target (earlierAttackTargets), the target is read off the sentence
// that told the attack: the state of its victims ("killing five Israelis",
// "three Turkish soldiers were killed"), else the state where it happened
// ("in Tel Aviv", "in the Turkish resort of Marmaris"). Annotators give the
// state attacked even when the attacker works inside it: a bombing in
// Baghdad claimed by al-Qaeda in Iraq is aimed at Iraq.

// claimedAttackRules are the readings whose act of force may be only
// referred to: the claim, the attribution, the party's part and the noun
// "attack" whose doer is the subject of "carried out".
var claimedAttackRules = map[string]bool{
	"verb:claim-responsibility": true, "verb:claim-responsibility-relative": true, "verb:attributed-act": true,
	"noun:involvement": true, blamedForActRule: true, "noun:attack-subject": true,
}

// recalledAttack is the state an attack told in an earlier sentence was aimed
// at, and that sentence's index.
type recalledAttack struct {
	sent  int
	state *graph.Entity
}

// toldAttackWords tell that an attack happened: "a bomb exploded", "the
// blast", "gunmen ambushed a convoy".
var toldAttackWords = map[string]bool{
	"exploded": true, "explodes": true, "detonated": true, "attacked": true, "ambushed": true, "bombed": true,
	"shelled": true, "bomber": true, "bombers": true, "gunmen": true, "militants": true, "insurgents": true,
}

// victimVerbs are the harm an attack does to its victims: "killing five
// Israelis", "three Turkish soldiers were killed".
var victimVerbs = map[string]bool{
	"killed": true, "killing": true, "kills": true, "wounded": true, "wounding": true, "injured": true,
	"injuring": true, "dead": true,
}

// victimReach bounds how far a harm verb stands from the demonym of its
// victims: "killing at least five Israeli soldiers".
const victimReach = 6

// noteToldAttack records the state an attack the sentence tells was aimed
// at: the state of its victims, else the state it happened in. A sentence
// that tells no attack, or names no such state, leaves the last one.
func (a *article) noteToldAttack(toks []token, ms []mention) {
	told := false
	for _, t := range toks {
		if t.gates(gateToldAttack) {
			told = true
			break
		}
	}
	if !told {
		return
	}
	if s := harmedState(toks, ms); s != nil {
		a.lastToldAttack = recalledAttack{a.cur, s}
		return
	}
	for _, m := range ms {
		if p := placeBefore(toks, m.first); p < 0 || !wherePrepositions[toks[p].norm] || speechBetween(toks, p, m.first) {
			continue
		}
		if s := a.countryOf(m.ent); s != nil {
			a.lastToldAttack = recalledAttack{a.cur, s}
			return
		}
	}
}

// speechBetween reports a verb of speech from i to j.
func speechBetween(toks []token, i, j int) bool {
	for k := i; k <= j; k++ {
		if speechAt(toks, k) {
			return true
		}
	}
	return false
}

// harmedState returns the one state whose people a harm verb in the
// sentence names as its victims: after the verb ("killing five Israelis",
// "wounding two Turkish policemen") or as the subject of its passive
// ("three Turkish soldiers were killed"); nil for none or for victims of
// two states.
func harmedState(toks []token, ms []mention) *graph.Entity {
	var state *graph.Entity
	note := func(lo, hi int) bool {
		for _, m := range ms {
			if m.first < lo || m.last > hi || m.ent.Kind != graph.Country {
				continue
			}
			if m.form != formDemonym && (m.first == 0 || toks[m.first-1].norm != "from") {
				continue // "peacekeepers from Spain" are Spain's people; "killed in Iraq" names a place
			}
			if state != nil && state != m.ent {
				return false
			}
			state = m.ent
		}
		return true
	}
	for h, t := range toks {
		if !victimVerbs[t.norm] {
			continue
		}
		lo, hi := h+1, h
		for hi+1 < len(toks) && hi < h+victimReach && !clauseBreak(toks[hi+1]) && !toks[hi+1].punct {
			hi++
		}
		if h > 0 && beForms[toks[h-1].norm] {
			// "three Turkish soldiers were killed": the victims stand before.
			lo, hi = h-1, h-2
			for lo > 0 && lo > h-1-victimReach && !clauseBreak(toks[lo-1]) && !toks[lo-1].punct {
				lo--
			}
		}
		if !note(lo, hi) {
			return nil
		}
	}
	return state
}

// takingNouns name the taking of hostages, whose target is the hostages'
// state, not the place they were held in: "the kidnapping" is not read.
var takingNouns = map[string]bool{"kidnapping": true, "kidnappings": true, "abduction": true, "abductions": true}

// referredAttack reports a noun phrase in the sentence that points back to
// an attack: "the attack", "these bombings", "Monday's blast", "the
// suicide attack".
func referredAttack(toks []token) bool {
	for k, t := range toks {
		if !attackHeads[t.norm] && !forceActNouns[t.norm] || takingNouns[t.norm] {
			continue
		}
		for j := k - 1; j >= 0 && j >= k-3; j-- {
			u := toks[j]
			if occasionDeterminers[u.norm] || u.poss && (weekdayNames[u.norm] || u.norm == "yesterday" || u.norm == "today" || u.norm == "week") {
				return true
			}
			if u.punct || u.upper || determiners[u.norm] || prepositions[u.norm] {
				break // "a bomb attack", "an attack on Israel": a new act
			}
		}
	}
	return false
}

// fillClaimedAttacks gives the attack readings the sentence added from
// index from on that name a doer but no target, and refer to an attack
// told before, that attack's target.
func (a *article) fillClaimedAttacks(toks []token, from int) {
	if from >= len(a.found) || !referredAttack(toks) {
		return
	}
	for _, c := range a.found[from:] {
		if c.typ != graph.Assault || len(c.targets) > 0 || len(c.actors) == 0 || !claimedAttackRules[c.rule] {
			continue
		}
		if c.rule == "noun:attack-subject" && !perpetratedAt(toks, c.trigger) {
			continue // "expressed support for the attack": the subject did not attack
		}
		targets := a.earlierAttackTargets(c.actors[0])
		if len(targets) == 0 {
			targets = a.toldAttackTarget(c.actors)
		}
		if len(targets) > 0 {
			c.targets = targets
		}
	}
}

// toldAttackTarget returns the state the attack told in the last few
// sentences was aimed at, unless it is the side of one of the actors.
func (a *article) toldAttackTarget(actors []*graph.Entity) []*graph.Entity {
	t := a.lastToldAttack
	if t.state == nil || t.sent < a.cur-referentMemory || t.sent >= a.cur {
		return nil
	}
	for _, e := range actors {
		if e == t.state || a.sameSide(e, t.state) || a.countryOf(e) == t.state {
			return nil
		}
	}
	return []*graph.Entity{t.state}
}

// perpetrationVerbs make their subject the doer of the attack their object
// refers to: "carried out the attack", "launched the offensive".
var perpetrationVerbs = map[string]bool{
	"out": true, "launched": true, "launch": true, "launches": true, "staged": true, "stage": true, "mounted": true,
	"mount": true, "conducted": true, "perpetrated": true, "committed": true, "began": true, "begun": true,
	"begin": true, "executed": true, "ordered": true, "started": true, "start": true, "continued": true,
}

// perpetratedAt reports whether the attack noun at t is the object of one
// of perpetrationVerbs: "carried out the suicide attack".
func perpetratedAt(toks []token, t int) bool {
	for k := t - 1; k >= 0 && k >= t-4; k-- {
		if occasionDeterminers[toks[k].norm] || toks[k].poss {
			return k > 0 && perpetrationVerbs[toks[k-1].norm] && (toks[k-1].norm != "out" || k > 1 && toks[k-2].norm == "carried")
		}
		if toks[k].punct {
			return false
		}
	}
	return false
}
