package loader

import (
	"slices"
	"strings"

	"github.com/geokg/geokg/graph"
)

// This file keeps a state's rescue of people at sea or in danger: "the
// crew of HMAS Adelaide saved 219 asylum-seekers", "the Australian navy
// rescued 219 asylum seekers", "eight people were saved by Russian
// sailors", "hostages rescued on July 2 by the Colombian army".
// ANNOTATION.md codes such a rescue as AID/humanitarian with the rescuer
// as actor and no target: the people saved are seldom of a named state.
// Merge drops an AID reading without a target, so the rescue is marked
// to stand alone, but only where the rescued are people (a central bank
// "rescued two commercial banks", a consortium "rescued" a firm: no
// humanitarian act) and the rescuer is a state, its forces or agencies,
// or an international body (a passing merchant ship or a private rescue
// is no event between states).

// rescueLexicon reads "saved" and "plucked" as a rescue, but only with
// people nearby: one saves money, face, time and "lives" (a program
// "saved innocent lives") far more often than crews.
var rescueLexicon = []lexEntry{
	{verbs: "saved plucked", rule: eventRule{name: "rescue", typ: graph.Aid, mode: "humanitarian", need: rescuedPeopleWords, window: 4, direct: true}},
}

// rescuedPeopleWords are plural nouns for the people a rescue saves.
var rescuedPeopleWords = []string{
	"seekers", "refugees", "migrants", "sailors", "seamen", "crew", "crewmen", "fishermen", "passengers",
	"hostages", "captives", "survivors", "people", "civilians", "villagers", "residents", "tourists",
	"miners", "climbers", "nationals", "foreigners", "detainees",
}

// merchantCraft name ships of trade and leisure: "the Norwegian freighter
// MV Tampa rescued", "a passing merchant ship". A flag state's demonym
// before them names no rescuer acting for the state.
var merchantCraft = map[string]bool{
	"freighter": true, "tanker": true, "trawler": true, "yacht": true, "ferry": true, "liner": true,
	"merchant": true, "cargo": true, "fishing": true, "container": true, "cruise": true,
}

// rescuedPeople reports whether the rescue reading c at t, which has no
// target, names the people it saves (after an active verb, before a
// passive one) and has a state, a state's body or an international body
// among its actors.
func (a *article) rescuedPeople(v *sentenceView, t int, c *candidate) bool {
	if len(c.targets) > 0 || c.typ != graph.Aid || !strings.HasPrefix(c.rule, "verb:rescue") {
		return false
	}
	if c.actors[0].Kind == graph.Person {
		return false // "Sergeant Smith's leadership saved the men": a soldier's deed in battle, not a state's rescue
	}
	var navy *graph.Entity
	state := false
	for _, e := range c.actors {
		state = state || a.agreementParty(e) // ownedagreements.go
		if navalVessel(e) {
			navy = e
		}
	}
	if !state && navy == nil {
		return false
	}
	passive := strings.Contains(c.rule, "-passive")
	if !namesRescued(v.toks, t, passive) || merchantRescuer(v.toks, t, passive) {
		return false
	}
	if navy != nil {
		// ANNOTATION.md makes the state an actor beside its body.
		if g := a.x.gaz.byCountry(navy.Country); g != nil {
			if s := a.entity(g); !slices.Contains(c.actors, s) {
				c.actors = append(c.actors, s)
			}
		}
	}
	return true
}

// namesRescued reports people saved after the active verb at t ("saved 219
// asylum-seekers") or, for a passive, before it ("eight people were saved
// by", "the 15 hostages rescued on July 2 by").
func namesRescued(toks []token, t int, passive bool) bool {
	if t > 0 && toks[t-1].norm == "to" {
		return false // "had to be rescued", "plans to rescue": not done yet, or by someone unnamed
	}
	from, to, step := t+1, min(len(toks)-1, t+5), 1
	if passive {
		from, to, step = t-1, max(0, t-4), -1
	}
	for k := from; k >= 0 && k < len(toks) && (k-to)*step <= 0; k += step {
		if toks[k].punct {
			return false
		}
		if slices.Contains(rescuedPeopleWords, toks[k].norm) {
			return true
		}
	}
	return false
}

// merchantRescuer reports a merchant ship as the rescuer: before the
// active verb, or after the passive's "by".
func merchantRescuer(toks []token, t int, passive bool) bool {
	from, to := max(0, t-4), t-1
	if passive {
		from = -1
		for k := t + 1; k < len(toks) && k <= t+6; k++ {
			if toks[k].norm == "by" {
				from, to = k+1, min(len(toks)-1, k+4)
				break
			}
		}
		if from < 0 {
			return false
		}
	}
	for k := from; k <= to; k++ {
		if merchantCraft[toks[k].norm] {
			return true
		}
	}
	return false
}

// navalVessel reports a ship named with a navy's prefix ("HMAS Adelaide",
// "USS Kearsarge"; vessels.go): a state's warship, whose crew acts for
// its flag state. A merchant ship ("MV Tampa") has no such prefix.
func navalVessel(e *graph.Entity) bool {
	if e.Kind != graph.Organization || e.Country == "" {
		return false
	}
	flag, _ := shipPrefix(e.Name)
	return flag != ""
}
