package loader

import (
	"slices"
	"strings"

	"github.com/geokg/geokg/graph"
)

// Joint operations of two parties: "Iraqi and US forces conducted a joint
// raid on a hideout", "a joint US-Iraq offensive", "a joint operation by
// Spanish and French police", "Ethiopian and Somali troops jointly
// attacked". The two parties act side by side: their joint act is
// military cooperation (COOPERATE, mode military, like "joint
// exercises"), and neither is the other's attacker. The attack rules read
// a coordinated pair of owners or a hyphenated pair as they read any two
// names about a verb, so one of the allies could stand as the target of
// the other, or the second one went missing from the attackers; the
// third party named as the object keeps its ASSAULT. The frame is gated
// on "joint" or "jointly" (the cooperation) and on a force noun (the
// untangling), so other sentences cost one map lookup a token.

// jointOpNouns name a military or police act two parties can do together.
// Exercises and drills are also read by the lexicon's "exercises" rule,
// but not with the pair before "joint" ("the Russia-China joint military
// exercises").
var jointOpNouns = map[string]bool{
	"raid": true, "raids": true, "operation": true, "operations": true, "patrol": true, "patrols": true,
	"offensive": true, "offensives": true, "attack": true, "attacks": true, "strike": true, "strikes": true,
	"assault": true, "sweep": true, "sweeps": true, "crackdown": true, "incursion": true, "bombardment": true,
	"exercises": true, "exercise": true, "drills": true, "manoeuvres": true, "maneuvers": true,
}

// drillNouns are the jointOpNouns the lexicon's "exercises" rule reads
// with a coordinated subject.
var drillNouns = map[string]bool{"exercises": true, "exercise": true, "drills": true, "manoeuvres": true, "maneuvers": true}

// jointForceNouns name the forces a party owns: "Iraqi and US forces".
var jointForceNouns = map[string]bool{
	"forces": true, "troops": true, "soldiers": true, "soldier": true, "police": true, "army": true, "armies": true,
	"navies": true, "units": true, "commandos": true, "warplanes": true, "military": true, "marines": true,
}

// jointForceModifiers may stand between an owner and the force noun: "Iraqi and
// US security forces", "US and Iraqi government forces".
var jointForceModifiers = map[string]bool{"security": true, "armed": true, "government": true, "military": true, "special": true, "coalition": true}

// jointOpReach bounds the modifiers between "joint" and the act's noun:
// "a joint US-Iraq military offensive".
const jointOpReach = 5

// jointParty is a pair of parties acting together, and the token of the
// act they do together (-1 when the sentence only names their forces).
type jointParty struct {
	first, second *graph.Entity
	act           int
	// force is the token of the force noun or of "joint".
	force int
	// police marks a pair named by its police: their joint operation is
	// law enforcement, not military cooperation.
	police bool
}

// jointPairs finds the pairs of coordinated parties in a sentence: the
// owners of one force noun or of two coordinated ones, and the parties of
// a joint act.
func (v *sentenceView) jointPairs() []jointParty {
	var out []jointParty
	toks := v.toks
	for t, tok := range toks {
		if !tok.gates(gateJoint) {
			continue
		}
		switch {
		case jointForceNouns[tok.norm]:
			if f, s := v.forceOwners(t); f != nil {
				out = append(out, jointParty{f, s, -1, t, tok.norm == "police"})
			}
		case tok.norm == "joint":
			j := jointOpAt(toks, t)
			if j < 0 {
				continue
			}
			if f, s := v.hyphenPair(t+1, j); f != nil {
				out = append(out, jointParty{f, s, j, t, false}) // "a joint US-Iraq offensive"
				continue
			}
			if f, s := v.hyphenPair(max(t-3, 0), t); f != nil {
				out = append(out, jointParty{f, s, j, t, false}) // "the Russia-China joint military exercises"
				continue
			}
			if j+2 < len(toks) && toks[j+1].norm == "by" {
				if k := jointForceNounAfter(toks, j+2); k >= 0 {
					if f, s := v.forceOwners(k); f != nil {
						out = append(out, jointParty{f, s, j, k, toks[k].norm == "police"}) // "a joint operation by Spanish and French police"
						continue
					}
				}
			}
			if j+2 < len(toks) && toks[j+1].norm == "with" {
				if f, s := v.jointPartner(t, j+2); f != nil {
					out = append(out, jointParty{f, s, j, t, false}) // "US forces launched a joint operation with Iraqi troops"
					continue
				}
			}
			if p := lastForcePair(out, t); p >= 0 && !drillNouns[toks[j].norm] {
				out[p].act = j // "Iraqi and US forces conducted a joint raid"; the lexicon reads their joint exercises
			}
		case tok.norm == "jointly" || tok.norm == "together" && (t+1 >= len(toks) || toks[t+1].norm != "with"):
			if p := lastForcePair(out, t); p >= 0 {
				out[p].act = t // "Ethiopian and Somali troops jointly attacked", "raided the house together"
			}
		}
	}
	return out
}

// jointActReach bounds the tokens between the forces and the word that
// says they act jointly.
const jointActReach = 12

// lastForcePair returns the index of the last pair named by its forces
// close before t and not yet given an act, or -1.
func lastForcePair(ps []jointParty, t int) int {
	for i := len(ps) - 1; i >= 0; i-- {
		if ps[i].act < 0 && ps[i].force < t && t-ps[i].force <= jointActReach {
			return i
		}
	}
	return -1
}

// jointOpAt returns the index of the act's noun after "joint" at t, with
// only modifiers (no punctuation, no clause break) between, or -1.
func jointOpAt(toks []token, t int) int {
	for j := t + 1; j < len(toks) && j <= t+jointOpReach; j++ {
		if jointOpNouns[toks[j].norm] {
			return j
		}
		if (toks[j].punct && !toks[j-1].hyphen) || clauseBreak(toks[j]) {
			return -1
		}
	}
	return -1
}

// jointForceNounAfter returns the index of a force noun within a few tokens of
// k ("Spanish and French police"), or -1.
func jointForceNounAfter(toks []token, k int) int {
	for j := k; j < len(toks) && j <= k+5; j++ {
		if jointForceNouns[toks[j].norm] {
			return j
		}
		if toks[j].punct || clauseBreak(toks[j]) {
			return -1
		}
	}
	return -1
}

// party returns the entity of a mention ending at k that can be a party
// to a joint act, or nil.
func (v *sentenceView) party(k int) (*graph.Entity, int) {
	if k < 0 || k >= len(v.toks) || v.at[k] < 0 {
		return nil, -1
	}
	m := v.ms[v.at[k]]
	if m.last != k || m.place || m.ent.Kind == graph.Location || m.ent.Kind == graph.Person {
		return nil, -1
	}
	return m.ent, m.first
}

// forceOwners returns the two parties coordinated as owners of the force
// noun at t ("Iraqi and US forces", "the US and Iraqi security forces"),
// or nils.
func (v *sentenceView) forceOwners(t int) (*graph.Entity, *graph.Entity) {
	k := t - 1
	for k >= 0 && jointForceModifiers[v.toks[k].norm] {
		k--
	}
	second, first := v.party(k)
	if second == nil || first < 2 || v.toks[first-1].norm != "and" {
		return nil, nil
	}
	one, _ := v.party(first - 2)
	if one == nil && jointForceNouns[v.toks[first-2].norm] {
		one = v.soleOwner(first - 2) // "Iraqi soldiers and US troops"
	}
	if one == nil || one == second {
		return nil, nil
	}
	return one, second
}

// jointPartner returns the owner of the forces named before "joint" at t
// and the owner of the forces after "with" at k ("a British soldier was
// killed during a joint operation with Canadian-led NATO troops"), or
// nils.
func (v *sentenceView) jointPartner(t, k int) (*graph.Entity, *graph.Entity) {
	f := jointForceNounAfter(v.toks, k)
	if f < 0 {
		return nil, nil
	}
	partner := v.soleOwner(f)
	if partner == nil {
		return nil, nil
	}
	for j := t - 1; j >= 0 && j >= t-jointActReach; j-- {
		if !jointForceNouns[v.toks[j].norm] {
			continue
		}
		if own := v.soleOwner(j); own != nil && own != partner {
			return own, partner
		}
		return nil, nil
	}
	return nil, nil
}

// soleOwner returns the party right before the force noun at t ("Iraqi
// soldiers"), or nil.
func (v *sentenceView) soleOwner(t int) *graph.Entity {
	k := t - 1
	for k >= 0 && jointForceModifiers[v.toks[k].norm] {
		k--
	}
	e, _ := v.party(k)
	return e
}

// hyphenPair returns two parties joined by a hyphen or slash between from
// and to ("US-Iraq", "U.S.-Afghan"), or nils.
func (v *sentenceView) hyphenPair(from, to int) (*graph.Entity, *graph.Entity) {
	for k := from; k+1 < to; k++ {
		if !v.toks[k].hyphen {
			continue
		}
		one, _ := v.party(k)
		two, start := v.party(k + 1)
		if two == nil {
			two, start = v.party(k + 2) // "U.S./Japan" as three tokens
		}
		if one != nil && two != nil && one != two && start <= k+2 {
			return one, two
		}
	}
	return nil, nil
}

// jointOperations reads the joint act of a pair as COOPERATE between them.
func (a *article) jointOperations(s sentence, v *sentenceView, pairs []jointParty) []*candidate {
	var out []*candidate
	for _, p := range pairs {
		if p.act < 0 {
			continue
		}
		mode := "military"
		if p.police {
			mode = ""
		}
		c := &candidate{typ: graph.Cooperate, mode: mode, rule: "noun:joint-operation", confidence: 0.55, sent: s, trigger: p.act, noun: true, pair: true}
		if !a.setParties(c, []*graph.Entity{p.first}, []*graph.Entity{p.second}) {
			continue
		}
		c.status = frameStatus(v.toks, p.act, false)
		c.location = v.eventLocation(p.act, c)
		out = append(out, c)
	}
	return out
}

// forceAgentReach bounds the tokens between a hostile verb and the forces
// of a pair that do it: "raided", "was killed north of Baghdad by Iraqi and
// American forces".
const forceAgentReach = 8

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// pairDoesIt reports the pair's forces on the doer's side of the hostile
// verb: its subject before it ("Iraqi and US forces raided"), or the agent
// of a passive after it ("was killed by Iraqi and American forces").
func pairDoesIt(p jointParty, c *candidate) bool {
	if p.force < c.trigger {
		return true
	}
	return strings.Contains(c.rule, "-passive")
}

// untangleJointParties makes the partner of a pair a co-actor of each
// hostile reading that set it against the other party, and of the
// attack their joint act names ("a joint US-Iraq offensive" read as
// Iraq's alone).
func untangleJointParties(pairs []jointParty, found []*candidate) {
	for _, p := range pairs {
		for _, c := range found {
			if c.typ != graph.Assault && c.typ != graph.Coerce && c.typ != graph.Threaten {
				continue
			}
			if c.trigger != p.act && !pairDoesIt(p, c) {
				continue // "Iraqi gunmen ambushed US and Iraqi troops": the pair is attacked
			}
			for _, two := range [][2]*graph.Entity{{p.first, p.second}, {p.second, p.first}} {
				in, out := two[0], two[1]
				if !slices.Contains(c.actors, in) || slices.Contains(c.actors, out) {
					continue
				}
				if slices.Contains(c.targets, out) {
					c.targets = slices.DeleteFunc(c.targets, func(e *graph.Entity) bool { return e == out })
					c.actors = append(c.actors, out)
					c.optionalTarget = true
					c.rule += "-joint"
				} else if p.act >= 0 && c.trigger == p.act || p.act < 0 && !slices.Contains(c.targets, in) && abs(c.trigger-p.force) <= forceAgentReach {
					// "was killed by Iraqi and American forces" read as Iraq's alone
					c.actors = append(c.actors, out)
					c.rule += "-joint"
				}
			}
		}
	}
}
