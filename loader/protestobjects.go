package loader

import (
	"github.com/geokg/geokg/graph"
)

// This file reads whom a protest is aimed at when the sentence names what
// is protested rather than a party, and keeps what "to protest" takes out
// of the clause around it. ANNOTATION.md makes the target of a protest
// the party behind what it is against: the owner of the act or policy
// ("in protest at the Israeli attack") is the target, not the place or
// the thing.
//
//   - deedOwner: a state named as the modifier of a deed noun ("the
//     Israeli attack", "the US air strikes") owns the deed, for
//     grievanceTarget (sentences.go).
//   - protestedToProtest: "marched to protest X" is the march's PROTEST,
//     with the march's status, not a formal protest (ACCUSE).
//   - reactionInfinitive: a noun inside the object of "to protest" or "to
//     condemn" is an act that happened, whatever the main clause says
//     ("will not attend to protest the invasion": the invasion is real).

// grievedDeedNouns are acts and policies a state's name may modify as
// their doer: "the Israeli attack", "the US air strikes", "the Chinese
// crackdown". Wars are left out: "the Iraq war" names where it is fought.
var grievedDeedNouns = map[string]bool{
	"attack": true, "attacks": true, "strike": true, "strikes": true, "airstrike": true, "airstrikes": true,
	"raid": true, "raids": true, "bombing": true, "bombings": true, "shelling": true, "offensive": true,
	"invasion": true, "occupation": true, "incursion": true, "intervention": true, "blockade": true,
	"crackdown": true, "decision": true, "involvement": true, "policy": true, "policies": true,
	"deployment": true, "presence": true, "killing": true, "killings": true, "executions": true, "execution": true,
	"tests": true, "test": true, "sanctions": true, "embargo": true, "actions": true, "action": true,
}

// deedOwner reports whether the mention m names the doer of a deed noun
// right after it, perhaps past one modifier: "the Israeli attack", "the US
// air strikes", "Russian military intervention". Places are not doers
// ("the Gaza blockade" is Israel's), so only states and bodies count.
func (v *sentenceView) deedOwner(m mention) bool {
	if m.place || m.ent.Kind == graph.Location || m.ent.Kind == graph.Person || v.toks[m.last].poss {
		return false
	}
	for k := m.last + 1; k < len(v.toks) && k <= m.last+2; k++ {
		u := v.toks[k]
		if grievedDeedNouns[u.norm] {
			return true
		}
		if n := v.at[k]; n >= 0 && v.ms[n].first == k && v.ms[n].ent.Kind != graph.Person && !v.toks[v.ms[n].last].poss {
			k = v.ms[n].last // "U.S. Kosovo policy": the place the deed is about
			continue
		}
		if u.punct || u.upper || v.at[k] >= 0 || clauseWords[u.norm] {
			return false
		}
	}
	return false
}

// reactionVerbs react to an act that happened: the act they take as
// object is real whatever the clause around them says.
var reactionVerbs = map[string]bool{
	"protest": true, "condemn": true, "denounce": true, "mourn": true, "mark": true, "commemorate": true,
}

// reactionInfinitive reports an infinitive of a reaction verb between the
// status cue at k and the noun at t: in "will not attend to protest the
// invasion" the negation says what the attendees do, not that the
// invasion is denied.
func reactionInfinitive(toks []token, k, t int) bool {
	for j := k + 1; j+1 < t; j++ {
		if toks[j].norm == "to" && reactionVerbs[toks[j+1].norm] {
			return true
		}
	}
	return false
}

// protestVerbForms are the forms of the verbs that are a protest
// themselves: "marched", "rallied", "demonstrated".
var protestVerbForms = map[string]bool{
	"marched": true, "marching": true, "rallied": true, "rallying": true, "demonstrated": true, "demonstrating": true,
	"protested": true, "protesting": true,
}

// protestedToProtest reports the infinitive "to protest" at t stating the
// purpose of a protest verb of its clause: in "15,000 people marched to
// protest against the US presence" the march is the protest (the
// lexicon's PROTEST), and the infinitive is no formal protest (ACCUSE).
func protestedToProtest(toks []token, t int) bool {
	return protestVerbBefore(toks, t) >= 0
}

// protestVerbBefore returns the protest verb whose purpose the infinitive
// "to protest" at t states ("marched to protest"), or -1.
func protestVerbBefore(toks []token, t int) int {
	if t < 2 || toks[t-1].norm != "to" {
		return -1
	}
	for k := t - 2; k >= 0 && k >= t-1-purposeReach; k-- {
		if toks[k].punct || clauseBreak(toks[k]) {
			return -1
		}
		if protestVerbForms[toks[k].norm] {
			return k
		}
	}
	return -1
}

// protestedToProtestStatus is the status of the infinitive protest at t
// that a protest verb before it serves: the verb's ("marched to protest"
// happened), with ok false where no such verb governs it.
func protestedToProtestStatus(toks []token, t int) (graph.Status, bool) {
	k := protestVerbBefore(toks, t)
	if k < 0 {
		return "", false
	}
	return frameStatus(toks, k, true), true
}
