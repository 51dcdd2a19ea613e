package loader

import "github.com/geokg/geokg/graph"

// Corrections of event type where a trigger's own type misreads what the
// sentence says happened.

// refusalGovernors are the words that, before "to" + verb, say the act was
// refused ("refused to ratify", "declined to withdraw", "his refusal to
// resign"). "failed to" is left out: failing is not saying no.
var refusalGovernors = map[string]bool{
	"refuse": true, "refuses": true, "refused": true, "refusing": true, "refusal": true,
	"decline": true, "declines": true, "declined": true, "declining": true,
}

// yieldingTypes are the types whose refusal is a rejection: saying no to
// agreeing, meeting, supporting, conceding, cooperating, giving or pulling
// back is itself an act (PLOVER REJECT, CAMEO 12), while refusing to attack
// or to arrest stays a denied hostile act.
var yieldingTypes = map[graph.EventType]bool{
	graph.Agree: true, graph.Consult: true, graph.Support: true, graph.Concede: true,
	graph.Cooperate: true, graph.Aid: true, graph.Retreat: true,
}

// refusedAct reports whether the verb trigger at t is the infinitive of a
// refusal ("Australia refused to ratify the protocol", "Romania declined to
// withdraw the troops") and an event of type typ so refused is a REJECT
// that happened, not a denied act of its own type.
func refusedAct(toks []token, t int, verb bool, typ graph.EventType) bool {
	if !verb || !yieldingTypes[typ] {
		return false
	}
	k := infinitiveTo(toks, t)
	return k >= 1 && refusalGovernors[toks[k-1].norm]
}

// materialSupportModes are the words that make "support" material aid:
// "financial support to militants", "offered material support",
// "providing logistical support".
var materialSupportModes = map[string]string{
	"material": "", "logistical": "military", "logistic": "military", "military": "military",
	"arms": "military", "weapons": "military", "financial": "economic", "economic": "economic",
	"monetary": "economic", "humanitarian": "humanitarian", "emergency": "humanitarian",
}

// materialSupport retypes the support rule's "support" noun as AID where a
// word before it (up to "arms or financial support") says the support is
// material: PLOVER AID is the giving of money, arms and supplies, SUPPORT
// the verbal or political backing.
func materialSupport(toks []token, t int, c *candidate) {
	if c.typ != graph.Support || toks[t].norm != "support" {
		return
	}
	for k := t - 1; k >= 0 && k >= t-3; k-- {
		if mode, ok := materialSupportModes[toks[k].norm]; ok {
			c.typ, c.mode, c.rule = graph.Aid, mode, c.rule+"-material"
			return
		}
		if w := toks[k].norm; w != "or" && w != "and" && w != "technical" && w != "moral" {
			return
		}
	}
}

// modifiedNouns are the nouns a trigger word can modify as a plain
// attribute, naming gear or a force rather than an event: "riot control
// equipment", "attack helicopters".
var modifiedNouns = map[string]map[string]bool{
	// "riot police" is left to stand for the riot it is usually sent to
	// ("riot police dispersed the protesters"), where no other word
	// names the protest.
	"riot": {"control": true, "gear": true, "shields": true, "equipment": true, "act": true, "vehicles": true},
	"detention": {"facility": true, "facilities": true, "centre": true, "center": true, "centres": true, "centers": true,
		"camp": true, "camps": true, "cell": true, "cells": true, "policy": true, "policies": true},
	"attack": {"helicopter": true, "helicopters": true, "aircraft": true, "jet": true, "jets": true, "plane": true,
		"planes": true, "submarine": true, "submarines": true, "boat": true, "boats": true, "dog": true, "dogs": true,
		"craft": true, "drone": true, "drones": true, "ads": true, "ad": true},
}

// attributiveTrigger reports a trigger word used as the attribute of the
// noun after it ("trained with riot control equipment", "the commandos
// called in attack helicopters"), which names no riot and no attack.
func attributiveTrigger(toks []token, t int) bool {
	nouns, ok := modifiedNouns[toks[t].norm]
	if ok && t+1 < len(toks) && nouns[toks[t+1].norm] {
		return true
	}
	return t >= 2 && toks[t-1].norm == "on" && subjectHolders[toks[t-2].norm]
}

// subjectHolders are offices, bodies and texts whose subject follows "on":
// "the UN special envoys on torture", "the convention on torture", "a
// report on the arrests" name a subject, not an event that happened.
var subjectHolders = map[string]bool{
	"envoy": true, "envoys": true, "rapporteur": true, "rapporteurs": true, "convention": true, "conventions": true,
	"committee": true, "commission": true, "report": true, "reports": true, "law": true, "laws": true, "bill": true,
	"expert": true, "experts": true, "conference": true, "panel": true, "treaty": true, "debate": true, "hearing": true,
}
