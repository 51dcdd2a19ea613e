package loader

import (
	"slices"

	"github.com/geokg/geokg/graph"
)

// This file reads "to protest" as the purpose of a crowd's act: "thousands
// took to the streets to protest the war", "unionists gathered to protest
// the government's reforms", "workers staged a strike to protest against
// the law". The infinitive is a demonstration (PROTEST) by the subject of
// the act it serves, not the formal protest "protested to Japan" names
// (ACCUSE), which the lexicon's protest-to reads an infinitive of a
// state's act as ("enacted sanctions to protest apartheid"). A protest an envoy is summoned for ("summoned the ambassador to
// protest the arrest") is the summons' (ACCUSE, summon-envoy) and is left
// to it.

// protestPurposeLexicon holds the infinitive reading, tried before the
// main lexicon's protest rules so that the infinitive's object is its
// target ("gathered in Kathmandu to protest King Gyanendra's rule").
var protestPurposeLexicon = []lexEntry{
	{verbs: "protest", rule: eventRule{name: "protest-purpose", typ: graph.Protest, need: []string{"to"}, window: 1, direct: true, preps: []string{"against", "at", "over"}, optionalTarget: true}},
}

// protestReading reports whether the lexicon's protest rule named rule
// may read the verb at t: protest-purpose only an infinitive that serves
// a crowd's act. The lexicon's other protest rules read the rest as
// before: "enacted sanctions to protest apartheid" stays a state's
// protest-to (ACCUSE).
func protestReading(toks []token, t int, rule string) bool {
	if rule == "protest-to" && protestedToProtest(toks, t) {
		return false // protestobjects.go: "marched to protest against the US presence": the march is the protest
	}
	return rule != "protest-purpose" || purposeProtest(toks, t)
}

// purposeProtest reports the infinitive "to protest" at t serving a
// crowd's act before it (purposeProtestAct), not one an envoy is
// summoned or a note sent for.
func purposeProtest(toks []token, t int) bool {
	return purposeProtestAct(toks, t) >= 0
}

// crowdActs are the acts a protest is the purpose of: "gathered", "took
// (to the streets)", "went (on strike)", "burned (a flag)", "held (a
// strike)". Verbs that are protests themselves ("marched", "rallied")
// are left out: the lexicon reads them, and the infinitive would only
// repeat their event.
var crowdActs = map[string]bool{
	"gathered": true, "gather": true, "gathers": true, "assembled": true, "converged": true, "massed": true,
	"took": true, "take": true, "taken": true, "poured": true, "pour": true, "staged": true, "stage": true,
	"went": true, "go": true, "gone": true, "walked": true, "came": true, "turned": true, "showed": true,
	"occupied": true, "occupy": true, "blocked": true, "block": true, "burned": true, "burnt": true, "burn": true,
	"participated": true, "held": true, "hold": true,
	"stopped": true, "halted": true, "shut": true, "closed": true,
}

// purposeProtestAct returns the position of the crowd's act whose
// purpose the infinitive "to protest" at t states, in the same clause
// and with no other infinitive or plan word between ("the need for
// scientists to protest", "asked members not to protest" have none), or
// -1.
func purposeProtestAct(toks []token, t int) int {
	if t < 2 || toks[t-1].norm != "to" {
		return -1
	}
	for k := t - 2; k >= 0 && k >= t-1-purposeReach; k-- {
		u := toks[k]
		if diplomaticProtestWords[u.norm] || purposeStops[u.norm] || negations[u.norm] || statusCues[u.norm] == graph.Planned || u.punct && !u.hyphen && u.text != "'" {
			return -1 // "summoned the ambassador to protest": the summons is the protest; "was intended to protest": a plan
		}
		if slices.Contains(protestWords, u.norm) {
			return -1 // "participated in a march in Caracas to protest": the march is the protest, read by the lexicon
		}
		if u.norm == "to" && k+1 < len(toks) && !determiners[toks[k+1].norm] && !toks[k+1].upper {
			return -1 // another infinitive governs: "urged them to go out to protest"
		}
		if crowdActs[u.norm] {
			if k > 0 && (determiners[toks[k-1].norm] || toks[k-1].poss) {
				return -1 // "the boycott to protest": a noun, no act
			}
			return k
		}
	}
	return -1
}

// protestPurposeStatus is the status of the infinitive protest at t: that
// of the crowd's act it serves ("gathered to protest" happened, "will
// march to protest" is planned).
func protestPurposeStatus(toks []token, t int) (graph.Status, bool) {
	k := purposeProtestAct(toks, t)
	if k < 0 {
		return "", false
	}
	return frameStatus(toks, k, true), true
}

// diplomaticProtestWords make an infinitive "to protest" a formal,
// diplomatic one.
var diplomaticProtestWords = func() map[string]bool {
	m := map[string]bool{"summoned": true, "summons": true, "summon": true, "note": true, "letter": true, "complaint": true}
	for _, w := range diplomatWords {
		m[w] = true
	}
	return m
}()
