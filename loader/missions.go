package loader

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// missionWords name the mission troops are sent to serve: "as part of the
// NATO mission", "to join the peacekeeping force", "a security and
// reconstruction team". Troops sent for one are military aid to the host
// state (AID, mode military), not a show of force against it.
var missionWords = map[string]bool{
	"mission": true, "missions": true, "peacekeeping": true, "peace-keeping": true, "peacekeepers": true,
	"peacekeeper": true, "reconstruction": true, "stabilization": true, "stabilisation": true, "rebuild": true,
	"rebuilding": true, "humanitarian": true, "relief": true, "training": true, "trainers": true, "unifil": true,
	"isaf": true,
}

// frontierWords put troops against a state: "massed troops on the border".
var frontierWords = map[string]bool{"border": true, "borders": true, "frontier": true, "frontiers": true, "boundary": true}

// missionAid retypes troops sent or deployed for a mission (see
// missionWords) as military aid to the state they go to: "Australia will
// send 200 troops to Afghanistan as part of a reconstruction team".
// Troops sent to a border stay a mobilisation.
func missionAid(toks []token, t int, r *eventRule, c *candidate) {
	if c.typ != graph.Mobilize || r.mode != "troops" || len(c.targets) == 0 {
		return
	}
	mission, border := false, false
	for k := t + 1; k < len(toks) && k <= t+maxArgGap+5; k++ {
		u := toks[k]
		if clauseBreak(u) || u.text == "." {
			break
		}
		if frontierWords[u.norm] && !mission {
			border = true // "troops massed on the border", unless a mission is named first
		}
		if missionWords[strings.ToLower(u.norm)] {
			mission = true
		}
	}
	if mission && !border || peacekeeping(toks, t) {
		c.typ, c.mode = graph.Aid, "military"
		c.rule += "-mission"
	}
}

// peacekeeping reports a peacekeeping force or mission as what is sent at
// t: "deploy a peacekeeping force along the border between Chad and
// Sudan" keeps the peace on the border, not against a state.
func peacekeeping(toks []token, t int) bool {
	for k := t + 1; k < len(toks) && k <= t+4; k++ {
		switch toks[k].norm {
		case "peacekeeping", "peace-keeping", "peacekeepers":
			return true
		}
	}
	return false
}
