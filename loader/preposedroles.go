package loader

import "strings"

// This file reads the description news copy puts before a body's name, as
// statedroles.go reads the one in apposition after it: "the Italian news
// agency ANSA", "the ruling party Hamas", "the outlawed Islamist group Hizb
// ut-Tahrir", "the conservative think tank American Enterprise Institute".
// The modified noun phrase states what the body is, which ANNOTATION.md
// counts as its role. A bare noun ("the group Voices in the Wilderness",
// "the company Shoreline") only introduces the name and states no role.

// preposedBodyHeads are the head nouns of a description before a body's
// name.
var preposedBodyHeads = map[string]bool{
	"party": true, "group": true, "movement": true, "organisation": true, "organization": true, "agency": true,
	"newspaper": true, "daily": true, "magazine": true, "broadcaster": true, "network": true, "company": true,
	"firm": true, "corporation": true, "conglomerate": true, "bank": true, "charity": true, "militia": true,
	"union": true, "alliance": true, "coalition": true, "faction": true, "watchdog": true, "consortium": true,
	"tank": true, "institute": true, "publication": true,
}

// preposedNonRoles are modifiers that point back to a body rather than say
// what it is: "the same group X", "the other party X".
var preposedNonRoles = map[string]bool{
	"same": true, "other": true, "whole": true, "former": true, "new": true, "two": true, "three": true,
}

// mediaHeads are the heads of a news outlet's description. An outlet that
// carries what others say ("in an interview with the Norwegian
// broadcaster X", "told the Italian daily X") is the channel of their
// words, not a party to what they report, and news copy lists it no more
// than it does a byline.
var mediaHeads = map[string]bool{
	"newspaper": true, "daily": true, "magazine": true, "broadcaster": true, "network": true, "agency": true, "publication": true,
}

// sourcePrepositions bring in an outlet as the channel of speech.
var sourcePrepositions = map[string]bool{"with": true, "to": true, "by": true, "in": true, "on": true, "from": true}

// The descriptor nouns that describedBody (namecues.go) reads a name after
// take in those of parties, agencies, movements and unions: "the opposition
// party PML-N", "the news agency ANSA".
func init() {
	for _, w := range []string{"party", "agency", "movement", "militia", "union"} {
		orgDescriptors[w] = true
	}
}

// preposedBodyRole reads the description before a body's name starting at
// toks[first]: "the Lebanese militant group Hezbollah", quotes allowed
// around the name. The head noun stands right before the name (a "think
// tank" ends in "think"), one to four modifiers before it, and "the", "a"
// or "an" before those. It returns the modifiers and the head.
func (a *article) preposedBodyRole(toks []token, first int) string {
	k := first - 1
	for k >= 0 && quoteMarks[toks[k].text] {
		k--
	}
	if k < 2 || !bodyDescriptionHead(toks, k) || toks[k-1].hyphen {
		return "" // "the four-party Alliance for Sweden": the noun is part of a compound
	}
	head := k
	if toks[k].norm == "tank" {
		if toks[k-1].norm != "think" {
			return ""
		}
		k--
	}
	start := k
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		t := toks[j]
		if roleDeterminers[t.norm] && !t.poss {
			if t.norm != "the" && t.norm != "a" && t.norm != "an" || start == k && toks[k].norm != "think" {
				return "" // "their party X"; "the group X": no modifier, no role
			}
			if toks[k].norm == "think" && start == k {
				return "" // "the think tank X"
			}
			if mediaHeads[toks[head].norm] && j > 0 && (sourcePrepositions[toks[j-1].norm] || toks[j-1].is(classSpeech)) {
				return "" // "told the Norwegian broadcaster NRK", "quoted by the news agency X": a channel of speech, not a party
			}
			return strings.Join(strings.Fields(span(a.doc.Body, toks, start, head)), " ")
		}
		if t.punct || t.poss || t.digit && !t.hyphen || descriptionStops[t.norm] || t.is(classSpeech) || preposedNonRoles[t.norm] {
			return ""
		}
		start = j
	}
	return ""
}

// bodyDescriptionHead reports a lower-case head noun of a description
// before a body's name at toks[h].
func bodyDescriptionHead(toks []token, h int) bool {
	t := toks[h]
	return preposedBodyHeads[t.norm] && !t.upper && !t.poss && !t.punct
}
