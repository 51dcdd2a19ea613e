package loader

import "github.com/geokg/geokg/graph"

// This file reads ties made closer, resumed or forged between parties:
// "plans to expand its military ties with Iraq", "Russia's intent to
// strengthen ties with Abkhazia", "Chad resumed diplomatic ties with
// China". A survey of sentences naming two or more countries with no
// event found these among the commonest misses.

// tiesLexicon holds this file's triggers. Each entry needs its own word
// ("ties", "relations") near the verb, so it goes after the general
// lexicon and leaves the verbs' other senses to the rules before it.
var tiesLexicon = []lexEntry{
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
}

// closeTiesNouns name the ties two parties make closer.
var closeTiesNouns = []string{"ties", "relations", "cooperation", "co-operation", "relationship", "links", "partnership"}
