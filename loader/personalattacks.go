package loader

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// This file reads an attack one named person makes on another: "McCain
// attacked Obama, saying his plans would fail", "Livingstone attacked
// his rival Boris Johnson as a joke", "Adrienne Carr's attacks on Carole
// James". Politicians, candidates and commentators attack each other in
// words; that is criticism (ACCUSE), not force. Force against a person
// comes from armed men, a state or a group, or is carried out with arms
// ("ordered troops to attack", "attacked him with a knife"), and the
// sentence then names them.

// armsWords in the sentence make an attack between people one of force:
// "the general ordered his troops to attack Saddam Hussein", "Kabila's
// guard attacked Bemba's house".
var armsWords = map[string]bool{
	"troops": true, "forces": true, "soldiers": true, "army": true, "military": true, "militants": true,
	"gunmen": true, "rebels": true, "bomb": true, "bombs": true, "knife": true, "gun": true, "guns": true,
	"rifle": true, "shot": true, "wounded": true, "killed": true, "injured": true, "assassination": true,
	"assassinate": true, "assassinated": true, "airstrike": true, "airstrikes": true, "missile": true,
	"missiles": true, "rockets": true, "grenade": true, "explosive": true, "explosives": true, "convoy": true,
	"motorcade": true, "beaten": true, "beat": true, "punched": true, "stabbed": true, "assaulted": true,
	"guard": true, "guards": true, "bodyguards": true, "police": true, "militia": true, "house": true, "home": true,
	"residence": true, "compound": true, "car": true, "vehicle": true,
}

// personalAttackReach bounds the words around the trigger searched for
// arms.
const personalAttackReach = 15

// readPersonalAttacks turns, among the candidates the sentence toks added
// from index from on, attacks between named people only into criticism.
func (a *article) readPersonalAttacks(toks []token, from int) {
	for _, c := range a.found[from:] {
		if a.personalAttack(toks, c) {
			c.typ, c.mode, c.rule = graph.Accuse, "", c.rule+"-personal"
		}
	}
}

// personalAttack reports an attack (verb or noun "attack") whose actors
// and targets are people (with their states at most) and whose sentence
// names no arms near it.
func (a *article) personalAttack(toks []token, c *candidate) bool {
	t := c.trigger
	if c.typ != graph.Assault || t < 0 || t >= len(toks) || !strings.HasPrefix(toks[t].norm, "attack") {
		return false
	}
	if len(c.targets) == 0 || !a.personsOnly(c.actors) || !a.personsOnly(c.targets) {
		return false
	}
	for k := max(0, t-personalAttackReach); k < len(toks) && k <= t+personalAttackReach; k++ {
		if armsWords[toks[k].norm] {
			return false
		}
	}
	return true
}
