package loader

import "github.com/geokg/geokg/graph"

// Type fixes from an audit of event types: constructions whose trigger was
// read as the event type of a neighbouring word.
//
// Talks broken off are a suspension of contact (SANCTION, as the guide
// settles suspensions of ties), not a meeting: "has broken off peace talks
// with", "broke off from negotiation talk with", "pulled out of the
// negotiations with", "withdrew from the talks with". Without these forms
// the noun "talks" alone was read as CONSULT, and "pulled out" as a
// withdrawal of forces (RETREAT).

// brokenTalkWords are the talks that can be broken off or left; the
// singulars occur in "negotiation talk", "the negotiation with".
var brokenTalkWords = append([]string{"talk", "negotiation"}, talkWords...)

// typeAuditLexicon holds the triggers of the audit. Its entries go before
// conflictLexicon, whose break-off-talks entry they widen.
var typeAuditLexicon = []lexEntry{
	// "has broken off peace talks with", "broke off from negotiation talk with".
	{verbs: "broke break breaks breaking broken", rule: eventRule{name: "break-off-talks", typ: graph.Sanction, mode: "suspend", need: brokenTalkWords, also: []string{"off"}, window: 4, preps: []string{"with"}, pair: true}},
	// "pulled out of the talks with", "withdrew from negotiations with".
	// "forces captured the rebel commander": an arrest, capturedByForces.
	{verbs: "capture captures captured capturing", rule: eventRule{name: "capture-person", typ: graph.Coerce, mode: "arrest", direct: true, preps: []string{"in", "at"}}},
	{verbs: "pull pulls pulled pulling withdraw withdraws withdrew withdrawn withdrawing", rule: eventRule{name: "quit-talks", typ: graph.Sanction, mode: "suspend", need: brokenTalkWords, also: []string{"out", "from"}, window: 5, preps: []string{"with"}, pair: true}},
}

// perfectParticiples are irregular past participles of verbs that end or
// undo what the noun after them names: after "has", "have" or "had" they
// make a perfect, and the auxiliary is no support verb of that noun ("has
// broken off talks with" is no "has talks with").
var perfectParticiples = map[string]bool{"broken": true, "withdrawn": true, "frozen": true, "cut": true, "quit": true, "forbidden": true}

// leftTalks reports the particle of "pulled out of" or "withdrew from"
// right after the verb at t: in "withdraws its troops from Somalia, talks
// would end" the troops are withdrawn, not the talks left.
func leftTalks(toks []token, t int) bool {
	return t+1 < len(toks) && (toks[t+1].norm == "from" || toks[t+1].norm == "out")
}

// A person captured by a state's forces is arrested (COERCE), as "detained"
// is: "U.S. forces captured the group's second in command", "two men who
// were captured inside Iraq by U.S. forces". The ambush entry reads
// "captured" as an armed attack, which it stays for a town or a base taken
// and for soldiers seized by a militia ("Hamas captured an Israeli
// soldier"), an abduction.

// captorWords are the state's men who arrest.
var captorWords = map[string]bool{
	"forces": true, "troops": true, "authorities": true, "police": true, "policemen": true,
	"army": true, "military": true, "marines": true, "guards": true, "commandos": true,
}

// capturedPersonWords are the people whose capture is an arrest.
var capturedPersonWords = map[string]bool{
	"man": true, "men": true, "suspect": true, "suspects": true, "militant": true, "militants": true,
	"insurgent": true, "insurgents": true, "fighter": true, "fighters": true, "commander": true,
	"commanders": true, "command": true, "leader": true, "leaders": true, "member": true, "members": true,
	"personnel": true, "sailors": true, "operative": true, "operatives": true, "nationals": true,
	"chief": true, "deputy": true, "lieutenant": true, "mastermind": true, "financier": true,
}

// capturedPlaceWords are things taken by force: their capture stays an assault.
var capturedPlaceWords = map[string]bool{
	"town": true, "towns": true, "city": true, "cities": true, "village": true, "villages": true,
	"capital": true, "territory": true, "region": true, "province": true, "district": true,
	"base": true, "bases": true, "airport": true, "plant": true, "plants": true, "port": true,
	"hill": true, "area": true, "border": true, "crossing": true, "stronghold": true,
	"headquarters": true, "convoy": true, "trucks": true, "ship": true, "vessel": true,
}

// capturedByForces reports the verb "capture" at t with a state's forces
// as captor and a person as captive: in the passive "captured by U.S.
// forces" after no place, in the active "forces have captured" before a
// person word and no place.
func capturedByForces(toks []token, t int) bool {
	if t > 0 && beForms[toks[t-1].norm] {
		for k := max(0, t-8); k < t; k++ {
			if capturedPlaceWords[toks[k].norm] {
				return false
			}
		}
		for k := t + 1; k < len(toks) && k <= t+5; k++ {
			if toks[k].norm != "by" {
				continue
			}
			for j := k + 1; j < len(toks) && j <= k+5; j++ {
				if captorWords[toks[j].norm] {
					return true
				}
			}
			return false
		}
		return false
	}
	captor := false
	for k := max(0, t-3); k < t; k++ {
		captor = captor || captorWords[toks[k].norm]
	}
	if !captor {
		return false
	}
	for k := t + 1; k < len(toks) && k <= t+8; k++ {
		if capturedPlaceWords[toks[k].norm] || toks[k].punct && toks[k].norm != "," {
			return false
		}
		if capturedPersonWords[toks[k].norm] {
			return true
		}
	}
	return false
}
