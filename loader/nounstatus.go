package loader

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// This file reads the status of an event noun that names a standing or
// past act inside a clause whose main verb is negated, modal or future:
// "will not attend to protest Australia's involvement in the invasion of
// Iraq", "could end Israel's blockade of Gaza", "would not discuss
// Russia's invasion of Georgia". The modal or negation tells what the
// clause's subject will or will not do about the act, not whether the act
// took place: a determined noun (definite, possessive) that sits in the
// complement of another noun, or that a verb of stance takes as its
// object, keeps the status of a reported act. A noun the governing verb
// brings about ("will not hold talks", "did not launch an attack", "could
// impose sanctions") or one that carries its own cue ("a possible
// invasion", "Russia's planned withdrawal") stays under the clause.

// nounPhraseReach bounds the look back from an event noun to its
// determiner: "the US-led 2003 invasion".
const nounPhraseReach = 5

// nounDeterminer says what opens an event noun's phrase.
type nounDeterminer int

const (
	determinerNone       nounDeterminer = iota
	determinerDefinite                  // "the invasion"
	determinerPossessive                // "Israel's blockade", "its occupation"
)

// possessiveDeterminers open a noun phrase as a possessor does.
var possessiveDeterminers = map[string]bool{"its": true, "their": true, "his": true, "her": true}

// definiteDeterminers point to an act the reader knows of.
var definiteDeterminers = map[string]bool{"the": true, "this": true, "these": true}

// openDeterminers introduce an act the clause may bring about: "an attack",
// "new sanctions", "further talks".
var openDeterminers = map[string]bool{"a": true, "an": true, "any": true, "no": true, "new": true, "another": true,
	"further": true, "more": true, "fresh": true, "some": true, "first": true, "next": true, "second": true}

// standingNounPhrase returns the index where the phrase of the event noun
// at t opens and its determiner. It returns -1 where the phrase is open
// ("an attack"), carries its own status cue ("the planned withdrawal",
// "a possible invasion") or has no determiner within reach.
func standingNounPhrase(toks []token, t int) (int, nounDeterminer) {
	for k := t - 1; k >= 0 && k >= t-nounPhraseReach; k-- {
		tk := toks[k]
		switch {
		case tk.punct && tk.text != "-":
			return -1, determinerNone
		case statusCueWord(tk.norm) || openDeterminers[tk.norm] || scheduleWords[tk.norm]:
			return -1, determinerNone
		case tk.poss:
			return possessorStart(toks, k), determinerPossessive
		case possessiveDeterminers[tk.norm]:
			return k, determinerPossessive
		case definiteDeterminers[tk.norm]:
			return k, determinerDefinite
		case tk.upper || tk.digit || tk.hyphen:
			continue // names, demonyms and years: "the US-led 2003 invasion"
		case k == t-1 && strings.HasSuffix(tk.norm, "ary"):
			continue // "the military occupation"
		}
		return -1, determinerNone
	}
	return -1, determinerNone
}

// possessorReach bounds the look back over the words of a possessor:
// "the prime minister's demands".
const possessorReach = 3

// possessorStart returns where the possessor whose last word is at k
// begins: its determiner ("the prime minister's", "the United States'"),
// else its first name ("TWU's", "Australia's").
func possessorStart(toks []token, k int) int {
	start := k
	for j := k - 1; j >= 0 && j >= k-possessorReach; j-- {
		tk := toks[j]
		if tk.punct {
			break
		}
		if definiteDeterminers[tk.norm] {
			return j
		}
		if !tk.upper {
			break
		}
		start = j
	}
	return start
}

// nestingPrepositions join an event noun to the noun whose complement it
// is: "involvement in the invasion", "the anniversary of the occupation".
var nestingPrepositions = map[string]bool{"of": true, "in": true, "against": true, "over": true, "about": true, "to": true, "into": true}

// nominalHeadSuffixes mark the noun that an event noun complements:
// "involvement", "legality", "opposition", "resistance".
var nominalHeadSuffixes = []string{"ment", "ity", "ance", "ence", "ness", "ism", "ship"}

// planningHeads speak of an act to come, and the act they govern is to
// come too: "the possibility of the withdrawal", "in preparation for".
var planningHeads = map[string]bool{"possibility": true, "likelihood": true, "inevitability": true, "eventuality": true,
	"commitment": true, "agreement": true, "announcement": true, "endorsement": true, "assessment": true, "deployment": true,
	"enlargement": true, "requirement": true, "arrangement": true, "acceptance": true}

// nominalHead reports whether the word before a nesting preposition is a
// noun whose complement names an act already there, rather than a verb
// ("will participate in the invasion") or a noun of plans.
func nominalHead(tk token) bool {
	if tk.punct || tk.upper || planningHeads[tk.norm] {
		return false
	}
	for _, s := range nominalHeadSuffixes {
		if strings.HasSuffix(tk.norm, s) {
			return true
		}
	}
	return false
}

// stanceVerbs take an act their subject deals with as their object and
// say how it will deal with it, not that the act will happen: "will not
// accept Israel's occupation", "would not discuss Russia's invasion". A
// plain definite object may be an act still to come ("would discuss the
// withdrawal"), so these verbs need a possessive.
var stanceVerbs = map[string]bool{
	"accept": true, "discuss": true, "review": true, "challenge": true, "criticise": true, "criticize": true,
	"question": true, "examine": true, "oppose": true, "ignore": true, "reject": true, "heed": true, "meet": true,
}

// standingActVerbs can only take an act that is already there: "could
// end the blockade", "will oversee the truce", "refused to recognise the
// 2003 invasion". A definite object is enough.
var standingActVerbs = map[string]bool{
	"end": true, "lift": true, "maintain": true, "oversee": true, "overseeing": true, "monitor": true, "monitoring": true,
	"condemn": true, "protest": true, "justify": true, "defend": true, "investigate": true, "probe": true, "explain": true,
	"recognise": true, "recognize": true, "legitimise": true, "legitimize": true, "denounce": true, "tolerate": true,
	"forgive": true, "forget": true,
}

// redressVerbs, with the preposition each takes, answer an act that is
// already there: "will respond to the Russian bombings", "would not comply
// with the government's requests", "will have to pay for the attack".
var redressVerbs = map[string]string{
	"respond": "to", "responds": "to", "responding": "to", "react": "to", "reacts": "to", "reacting": "to",
	"retaliate": "for", "retaliating": "for", "comply": "with", "complying": "with", "pay": "for", "apologise": "for",
	"apologize": "for", "answer": "for", "atone": "for", "compensate": "for", "do": "with",
}

// standingActStatus gives the event noun at t the status of a reported
// act where status came from the clause that governs the noun's phrase
// rather than from the phrase itself: see the file comment.
func standingActStatus(toks []token, t int, status graph.Status) graph.Status {
	if status == "" || status == graph.Reported {
		return status
	}
	for k := t + 1; k < len(toks) && k <= t+3; k++ {
		if toks[k].punct {
			break
		}
		if s, ok := statusCues[toks[k].norm]; ok && s == graph.Planned {
			return status // "Israel's withdrawal is expected"
		}
	}
	start, det := standingNounPhrase(toks, t)
	if start < 1 {
		return status
	}
	governor := toks[start-1]
	switch {
	case nestingPrepositions[governor.norm] && start >= 2 && nominalHead(toks[start-2]):
		return graph.Reported // "protest Australia's involvement in the invasion of Iraq"
	case det == determinerPossessive && stanceVerbs[governor.norm]:
		return graph.Reported // "would not discuss Russia's invasion of Georgia"
	case standingActVerbs[governor.norm]:
		return graph.Reported // "could end Israel's blockade of Gaza", "will oversee the truce"
	case start >= 2 && redressVerbs[toks[start-2].norm] == governor.norm:
		return graph.Reported // "will respond to the Russian bombings"
	}
	return status
}
