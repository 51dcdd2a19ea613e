package loader

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// This file reads what a party is "ready", "willing" or "prepared" to do.
// The rule "willing" (event.go) reads the readiness as AGREE, which is
// right where the act accommodates another party ("willing to rejoin the
// talks", "prepared to accept a withdrawal"). Where the act is force or
// pressure ("prepared to enter Iraq if needed", "ready to impose
// retaliatory sanctions", "willing to attack Iran"), the readiness is a
// threat; where it is a step of the party's own that nobody is offered
// ("prepared to spend a billion dollars", "ready to go to court",
// "prepared to overrule the agency"), it is no event at all.

// coerciveActs are acts a readiness to do threatens.
var coerciveActs = map[string]bool{
	"attack": true, "strike": true, "invade": true, "enter": true, "bomb": true, "fight": true,
	"impose": true, "retaliate": true, "punish": true, "hit": true, "wage": true,
}

// ownActs are acts a readiness to do offers to nobody: spending, suing,
// blaming, overruling, overthrowing.
var ownActs = map[string]bool{
	"spend": true, "sue": true, "blame": true, "overrule": true, "overthrow": true, "topple": true,
}

// confrontationNouns, a few words after a light verb ("use military force", "take
// military action", "go to war", "continue any battle", "have a
// standoff"), make the act force or confrontation.
var confrontationNouns = map[string]bool{
	"force": true, "military": true, "war": true, "battle": true, "standoff": true,
	"confrontation": true, "arms": true,
}

// lightActs take their meaning from the noun after them.
var lightActs = map[string]bool{
	"use": true, "take": true, "go": true, "have": true, "continue": true, "launch": true, "resort": true,
}

// readinessReach bounds the words searched after a light verb for a noun
// of force.
const readinessReach = 3

// readReadinessActs turns the AGREE read from a readiness to use force
// into THREATEN and drops the AGREE read from a readiness to act alone,
// among the candidates the sentence toks added from index from on.
func (a *article) readReadinessActs(toks []token, from int) {
	a.dropFound(from, func(c *candidate) bool {
		switch readinessAct(toks, c) {
		case coerciveReadiness:
			c.typ, c.mode = graph.Threaten, ""
		case ownReadiness:
			return true
		}
		return false
	})
}

// readiness sorts the act a party is ready to do.
type readiness int

const (
	accommodatingReadiness readiness = iota // "willing to rejoin the talks": AGREE stands
	coerciveReadiness                       // "prepared to enter Iraq": a threat
	ownReadiness                            // "prepared to spend a billion": no event
)

// readinessAct sorts the act after the readiness word that triggered the
// AGREE candidate c: "ready to <act>".
func readinessAct(toks []token, c *candidate) readiness {
	t := c.trigger
	if c.typ != graph.Agree || !strings.HasPrefix(c.rule, "verb:willing") || t < 0 || t+2 >= len(toks) {
		return accommodatingReadiness
	}
	if !readinessWords[toks[t].norm] || toks[t+1].norm != "to" {
		return accommodatingReadiness
	}
	act := toks[t+2].norm
	switch {
	case coerciveActs[act]:
		return coerciveReadiness
	case ownActs[act]:
		return ownReadiness
	case act == "go" && t+4 < len(toks) && toks[t+3].norm == "to" && toks[t+4].norm == "court":
		return ownReadiness
	case lightActs[act]:
		for k := t + 3; k < len(toks) && k <= t+2+readinessReach; k++ {
			if confrontationNouns[toks[k].norm] {
				return coerciveReadiness
			}
		}
	}
	return accommodatingReadiness
}
