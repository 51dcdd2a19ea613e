package loader

import "github.com/geokg/geokg/graph"

// Frequent two-party constructions that stated no event: a survey of
// sentences naming two or more countries with no event found showed that
// verbs which make ties closer ("plans to expand its military ties with
// Iraq", "Russia's intent to strengthen ties with Abkhazia") and "took
// control of" a place held by another side ("Israel took control of the
// Lebanese town of Marjayoun") were among the commonest misses.

// frequentLexicon holds this file's triggers. Each entry needs its own
// word ("ties", "control") near the verb, so it goes after the general
// lexicon and leaves the words' other senses to the rules before it.
var frequentLexicon = []lexEntry{
	// PLOVER's COOPERATE: "initiate, resume, improve, or expand mutual
	// diplomatic, material, or economic cooperation". The partner follows
	// "with" or the two sides share a coordinated subject or a "between"
	// phrase ("will strengthen relations between the two countries").
	{verbs: "strengthen strengthens strengthened strengthening expand expands expanded expanding deepen deepens deepened deepening " +
		"boost boosts boosted boosting enhance enhances enhanced enhancing improve improves improved improving bolster bolsters " +
		"bolstered bolstering broaden broadens broadened broadening intensify intensifies intensified intensifying cement cements " +
		"cemented cementing", nouns: "strengthening expansion deepening improvement enhancement",
		rule: eventRule{name: "strengthen-ties", typ: graph.Cooperate, need: closeTiesNouns, window: 5, preps: []string{"with"}, pair: true,
			modes: map[string]string{"military": "military", "defence": "military", "defense": "military", "economic": "economic",
				"trade": "economic", "intelligence": "intelligence"}}},
	// "resumed diplomatic ties with China", "forged ties with Iran": ties
	// made, like "established" (ANNOTATION.md's gold reads resumed ties as
	// SUPPORT). The name is the establish-ties rule's so that "between X
	// and Y" gives both sides (see tiesSides).
	{verbs: "resume resumes resumed resuming forge forges forged forging reopen reopens reopened reopening",
		rule: eventRule{name: "establish-ties", typ: graph.Support, need: []string{"ties", "relations", "contacts", "relationship"}, window: 4, preps: []string{"with"}, pair: true}},
	// "Israel took control of the Lebanese town of Marjayoun": like
	// "seized control of", which the seize rule reads; the place's holder
	// is the target.
	{verbs: "take takes took taken taking gain gains gained gaining wrest wrests wrested wresting",
		rule: eventRule{name: "take-control", typ: graph.Coerce, mode: "seize", need: []string{"control"}, window: 2, direct: true, preps: []string{"of", "over"}}},
}

// closeTiesNouns name the ties two parties make closer.
var closeTiesNouns = []string{"ties", "relations", "cooperation", "co-operation", "relationship", "links", "partnership"}

// controlledOffices name an office, a body or affairs one takes control of by
// vote or by appointment, not by force: "the Democrats took control of the
// House", "once Hamas takes control of the government".
var controlledOffices = map[string]bool{
	"government": true, "house": true, "senate": true, "parliament": true, "congress": true, "assembly": true,
	"legislature": true, "chamber": true, "chambers": true, "majority": true, "council": true, "cabinet": true,
	"benches": true, "party": true, "finances": true, "budget": true, "company": true, "board": true, "affairs": true,
	"future": true, "administration": true, "ministry": true, "portfolio": true, "mission": true, "process": true,
}

// controlOfOffice reports whether the "took control of" at t takes an
// office or a body (see controlledOffices): the noun phrase after "control of"
// or "control over", up to its first word that is neither a name, a
// modifier nor "of", holds one of them.
func controlOfOffice(toks []token, t int) bool {
	k := t + 1
	for k < len(toks) && k <= t+3 && toks[k].norm != "of" && toks[k].norm != "over" {
		k++
	}
	for k++; k < len(toks) && k <= t+10; k++ {
		if controlledOffices[toks[k].norm] {
			return true
		}
		if clauseBreak(toks[k]) || toks[k].text == "," || toks[k].norm == "in" || toks[k].norm == "from" || toks[k].norm == "to" {
			return false
		}
	}
	return false
}
