package loader

import "github.com/geokg/geokg/graph"

// This file widens trigger coverage: common news verbs and collocations of
// the PLOVER types that the main lexicon lacked. Forms that are more often
// nouns or adjectives ("ruling", "sentence", "charges", "works", "seal",
// "rescue") are left out: a verb form in the lexicon also shapes how the
// clause around it is read, so "the ruling party" must not be a verb. Each form that also reads
// as something harmless ("backed down" beside "backed", "struck a deal"
// beside an air strike, "charged" as a fee) is held by a need word that
// fixes the sense.

// coverageFirst holds narrow senses that must win over the broader rule a
// form has in the main lexicon: they are tried before it.
var coverageFirst = []lexEntry{
	// "Japan backed down": a climb-down, not support.
	{verbs: "backs backed backing", rule: eventRule{name: "back-down", typ: graph.Concede, need: []string{"down"}, window: 1, preps: []string{"to", "on"}, optionalTarget: true}},
	// "struck a deal with", "sealed an accord": agreement reached.
	{verbs: "strike strikes struck", rule: eventRule{name: "strike-deal", typ: graph.Agree, need: []string{"deal", "deals", "agreement", "bargain", "compromise", "accord"}, window: 3, preps: []string{"with"}, pair: true}},
	// "lashed out at", "hit out at": verbal attack, not violence.
	{verbs: "lash lashes lashed lashing hit hitting", rule: eventRule{name: "lash-out", typ: graph.Accuse, mode: "disapprove", need: []string{"out"}, also: []string{"at"}, window: 2, preps: []string{"at"}}},
	// "gave in to the demands of".
	{verbs: "give gives gave giving", rule: eventRule{name: "give-in", typ: graph.Concede, need: []string{"in"}, also: []string{"to"}, window: 2, preps: []string{"to"}}},
	// "joined forces with", "teamed up with".
	{verbs: "join joins joined joining", rule: eventRule{name: "join-forces", typ: graph.Cooperate, need: []string{"forces"}, also: []string{"with"}, window: 2, preps: []string{"with"}, pair: true}},
	// "spoke by phone with", "talked to X by telephone".
	{verbs: "speak speaks spoke talk talked", rule: eventRule{name: "phone", typ: graph.Consult, mode: "phone", need: []string{"phone", "telephone"}, window: 4, preps: []string{"with"}, pair: true}}, // "spoke to VOA by phone" is an interview
}

// coverageLexicon holds the new triggers; they are tried after the main
// lexicon so that its rules keep the forms they share.
var coverageLexicon = []lexEntry{
	// "concluded an agreement with", "sealed a treaty": like signing.
	{verbs: "conclude concludes concluded concluding sealed sealing clinch clinches clinched clinching", rule: eventRule{name: "sign", typ: graph.Support, mode: "sign", need: agreementWords, window: 4, preps: []string{"with"}, pair: true}},
	// "expressed solidarity with".
	{nouns: "solidarity", rule: eventRule{name: "solidarity", typ: graph.Support, preps: []string{"with"}}},
	// "is working closely with", "partnered with", "teamed up with".
	{verbs: "work worked working partnered partnering", rule: eventRule{name: "work-with", typ: graph.Cooperate, need: []string{"with"}, window: 2, preps: []string{"with"}, pair: true}},
	{verbs: "teamed teaming", rule: eventRule{name: "work-with", typ: graph.Cooperate, need: []string{"up"}, also: []string{"with"}, window: 2, preps: []string{"with"}, pair: true}},
	// "discussed the crisis with", "sat down with".
	{verbs: "discuss discusses discussed discussing", rule: eventRule{name: "discuss", typ: graph.Consult, mode: "meet", need: []string{"with"}, window: 6, preps: []string{"with"}, pair: true}},
	{verbs: "sits sat", rule: eventRule{name: "discuss", typ: graph.Consult, mode: "meet", need: []string{"down"}, also: []string{"with"}, window: 2, preps: []string{"with"}, pair: true}},
	// "told Iran to stop", "encouraged Syria to talk".
	{verbs: "tell tells told telling encourage encourages encouraged encouraging", rule: eventRule{name: "tell-to", typ: graph.Request, need: []string{"to"}, window: 7, direct: true}},
	// "reprimanded the envoy", "rebuked".
	{verbs: "reprimand reprimands reprimanded reprimanding admonish admonishes admonished admonishing", nouns: "reprimand", rule: eventRule{name: "condemn", typ: graph.Accuse, mode: "disapprove", direct: true}},
	// "convicted the spy", "found him guilty" (CAMEO 116).
	{verbs: "convict convicted convicting", rule: eventRule{name: "convict", typ: graph.Accuse, mode: "trial", direct: true}},
	{verbs: "find finds found finding", rule: eventRule{name: "convict", typ: graph.Accuse, mode: "trial", need: []string{"guilty"}, window: 4, direct: true}},
	// "charged the diplomat with spying", "sentenced him to prison": legal
	// action (CAMEO 173). A fee is "charged for", never "charged X with".
	{verbs: "charged charging", rule: eventRule{name: "charge", typ: graph.Coerce, mode: "arrest", need: []string{"with"}, window: 5, direct: true}},
	{verbs: "sentenced sentencing", rule: eventRule{name: "sentence", typ: graph.Coerce, mode: "arrest", need: []string{"to", "death", "prison", "years", "life"}, window: 6, direct: true}},
	// "placed the leader under house arrest".
	{verbs: "placed placing put puts", rule: eventRule{name: "house-arrest", typ: graph.Coerce, mode: "arrest", need: []string{"arrest", "detention", "custody"}, also: []string{"under", "in"}, window: 4, direct: true}},
	// "ruled out talks with".
	// The thing ruled out must be a contact or a deal, not "ruled out
	// troops being deployed" (a statement about one's own plans).
	{verbs: "ruled", rule: eventRule{name: "rule-out", typ: graph.Reject, need: []string{"talks", "negotiations", "negotiating", "dialogue", "meeting", "deal", "compromise", "possibility", "option", "contacts", "contact"}, also: []string{"out"}, window: 4, preps: []string{"with"}}},
	// "impounded a ship", "occupied the island" (CAMEO 171, 192).
	{verbs: "impound impounds impounded impounding", rule: eventRule{name: "seize", typ: graph.Coerce, mode: "seize", direct: true}},
	{verbs: "occupy occupies occupied occupying annex annexes annexed annexing", nouns: "annexation", rule: eventRule{name: "occupy", typ: graph.Coerce, mode: "seize", direct: true, preps: []string{"of"}}},
	// "Russian forces assaulted the town".
	{verbs: "assaulted assaulting", rule: eventRule{name: "attack", typ: graph.Assault, direct: true}},
	// "donated $5 million to", "rescued the fishermen".
	{verbs: "donate donates donated donating", rule: eventRule{name: "donate", typ: graph.Aid, mode: "economic", preps: []string{"to", "for"}}},
	{verbs: "rescued rescuing", rule: eventRule{name: "rescue", typ: graph.Aid, mode: "humanitarian", direct: true}},
	// "bowed to pressure from", "caved in to".
	{verbs: "bowed bowing caved caving", rule: eventRule{name: "give-in", typ: graph.Concede, need: []string{"to"}, window: 2, preps: []string{"from", "to"}}},
	// "was received by the President": a host, as "hosted". The active
	// verb is left out: one receives letters, assurances and aid far more
	// often than visitors.
	{verbs: "received", rule: eventRule{name: "host", typ: graph.Consult, mode: "visit", need: []string{"by"}, window: 1, reverse: true}},
}

// toldWho are the common nouns that may stand in the object of "told X to
// act" beside names and titles: "told the Iraqi government to".
var toldWho = map[string]bool{"government": true, "governments": true, "authorities": true, "leadership": true, "regime": true, "administration": true, "leaders": true, "officials": true}

// toldToAct reports "told Iran to stop", "encouraged the Iraqi government
// to act", "was told by the UN to remove": a named party told to do
// something. Between the verb and "to" stand only a name, its determiner
// and title words; the "to" opens a verb, not a place ("told Romania's
// ambassador to Baghdad that ...") and not "to the".
func toldToAct(toks []token, t int) bool {
	for k := t + 1; k < len(toks) && k <= t+8; k++ {
		w := toks[k]
		if w.norm == "to" {
			return k > t+1 && k+1 < len(toks) && !toks[k+1].upper && !toks[k+1].punct && !objectDeterminers[toks[k+1].norm]
		}
		if !(w.upper || objectDeterminers[w.norm] || isTitleWord(w.norm) || toldWho[w.norm] || k == t+1 && w.norm == "by" || timeAdverbs[w.norm] || w.norm == "on" && k+1 < len(toks) && timeAdverbs[toks[k+1].norm]) {
			return false
		}
	}
	return false
}
