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
