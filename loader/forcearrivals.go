package loader

import (
	"slices"

	"github.com/geokg/geokg/graph"
)

// This file reads forces told arriving in another state: "NATO
// peacekeeping troops have arrived in Bosnia", "the first Ugandan troops
// arriving in Somalia as part of an African Union force", "French
// paratroopers landed in Chad". The arrival is the deployment seen from
// where it ends: troops of a peace or aid mission are military aid to the
// host state (AID, as missions.go reads troops sent for one), others a
// mobilisation against or into it (MOBILIZE, as "sent troops to").

// arrivingForceVerbs take forces to a place named after "in" or "at".
var arrivingForceVerbs = map[string]bool{
	"arrived": true, "arrive": true, "arrives": true, "arriving": true, "landed": true, "land": true, "lands": true,
}

// arrivingForces are the plural nouns of forces that arrive.
var arrivingForces = map[string]bool{
	"troops": true, "soldiers": true, "forces": true, "peacekeepers": true, "contingent": true, "battalion": true,
	"battalions": true, "marines": true, "paratroopers": true, "units": true, "warships": true, "commandos": true,
}

// forceArrivalModifiers stand between the forces' owner and their noun:
// "NATO peacekeeping troops", "the first 200 Nigerian army soldiers".
var forceArrivalModifiers = map[string]bool{
	"peacekeeping": true, "peace-keeping": true, "first": true, "more": true, "additional": true, "extra": true,
}

// forceArrivals reads the arrivals this file's comment describes.
func (a *article) forceArrivals(s sentence, v *sentenceView) []*candidate {
	var out []*candidate
	toks := v.toks
	for t := range toks {
		if !arrivingForceVerbs[toks[t].norm] || v.at[t] >= 0 || t+2 >= len(toks) || toks[t+1].norm != "in" && toks[t+1].norm != "at" {
			continue
		}
		noun := t - 1
		for noun > 0 && (auxiliaries[toks[noun].norm] || beForms[toks[noun].norm]) {
			noun--
		}
		if noun < 1 || !arrivingForces[toks[noun].norm] || v.at[noun] >= 0 {
			continue
		}
		k := noun - 1
		mission := missionWords[toks[noun].norm] // "peacekeepers"
		for k >= 0 && v.at[k] < 0 && (forceArrivalModifiers[toks[k].norm] || forceModifiers[toks[k].norm] || toks[k].digit) {
			mission = mission || missionWords[toks[k].norm]
			k--
		}
		if k < 0 || v.at[k] < 0 {
			continue
		}
		owner := v.ms[v.at[k]]
		if owner.last != k || owner.ent.Kind != graph.Country && owner.ent.Kind != graph.Organization {
			continue // "troops in two jeeps": no owner named
		}
		state, city := a.destination(v, t+2)
		if state == nil || state == owner.ent {
			continue
		}
		mission = mission || missionAfter(toks, t)
		c := &candidate{typ: graph.Mobilize, mode: "troops", rule: "verb:forces-arrived", confidence: 0.6, sent: s, trigger: t}
		if mission {
			c.typ, c.mode, c.rule = graph.Aid, "military", c.rule+"-mission"
		}
		if !a.setParties(c, []*graph.Entity{owner.ent}, []*graph.Entity{state}) {
			continue
		}
		c.status = frameStatus(toks, t, true)
		c.location = city
		out = append(out, c)
	}
	return out
}

// missionAfter reports a mission named after the verb at t in its clause:
// "arrived in Somalia as part of an African Union peacekeeping force".
func missionAfter(toks []token, t int) bool {
	end := min(len(toks), t+maxArgGap+5)
	return slices.ContainsFunc(toks[t+1:end], func(u token) bool { return missionWords[u.norm] })
}
