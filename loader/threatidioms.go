package loader

import "github.com/geokg/geokg/graph"

// This file reads threats stated by idiom rather than by "threaten" or
// "warn":
//   - force kept open: "all options are on the table regarding Y", "no
//     option is off the table", "would never take any options off the
//     table", "did not rule out military action against Y", "a strike on
//     Y should not be ruled out", "keeps the military option open";
//   - destruction promised: "will turn Y into hell / a sea of fire", "would
//     teach Y a lesson", "vowed to wipe Y off the map", "will crush Y";
//   - doom wished on a party in reported speech: "X said Y should be wiped
//     off the map", `"Y will pay dearly," X said`, "X said Y will regret".
//
// The threatened party is the idiom's object, or for force kept open the
// party named after "against", "on", "regarding" and the like; a place, a
// firm or a pronoun is none ("teach the champions a lesson" is sport). The
// threatener is the speaker of the sentence, else the idiom's subject. A
// doer in the past ("the Romans wiped Carthage off the map") or negated
// ("ruled out military action") threatens no one; "refused to rule out" is
// read in refusednegations.go.

// optionWords name what is kept on the table or not taken off it: "all
// options", "the military option", "a nuclear strike", "nothing".
var optionWords = map[string]bool{
	"option": true, "options": true, "nothing": true, "strike": true, "strikes": true, "force": true,
	"military": true, "attack": true, "war": true,
}

// forceAimWords introduce the party force is kept open against: "military
// action against Iran", "all options on the table regarding Iran".
var forceAimWords = map[string]bool{
	"against": true, "on": true, "regarding": true, "concerning": true, "toward": true, "towards": true,
	"over": true, "with": true, "at": true, "if": true, "into": true,
}

// ruinNouns are what a party is to be turned into: "turn Y into hell",
// "into a sea of fire", "into ashes".
var ruinNouns = map[string]bool{
	"hell": true, "graveyard": true, "cemetery": true, "ashes": true, "ash": true, "rubble": true, "dust": true,
	"fire": true, "blood": true, "inferno": true, "hellfire": true, "ruins": true, "wasteland": true,
}

// lookingAhead put a verb of destruction in the future or in a purpose:
// "will turn", "would teach", "vowed to wipe", "we'll crush".
var lookingAhead = map[string]bool{
	"will": true, "would": true, "shall": true, "'ll": true, "must": true, "should": true, "to": true, "can": true,
	"could": true,
}

// idiomReach bounds the words an idiom's parts and its target are looked
// for in.
const idiomReach = 8

// threatIdioms reads the idioms of threat in the sentence.
func (a *article) threatIdioms(s sentence, v *sentenceView) []*candidate {
	var out []*candidate
	toks := v.toks
	for t, tok := range toks {
		target, name := -1, ""
		switch tok.norm {
		case "table":
			target, name = optionsOnTable(v, t), "options-table"
		case "rule", "rules", "ruled", "ruling":
			target, name = forceNotRuledOut(v, t), "not-rule-out"
		case "open":
			target, name = militaryOptionOpen(v, t), "option-open"
		case "turn", "turning", "teach", "teaching", "wipe", "wiping", "crush", "crushing", "annihilate", "obliterate":
			target, name = destructionPromised(v, t), "destruction"
		case "wiped", "destroyed", "annihilated", "obliterated", "crushed", "regret", "pay":
			target, name = partyDoomed(v, t), "doom"
		}
		if target < 0 {
			continue
		}
		c := &candidate{typ: graph.Threaten, rule: "verb:threat-idiom-" + name, trigger: t, targets: []*graph.Entity{v.ms[target].ent}}
		actor := a.idiomSpeaker(v, t, c)
		if actor == nil && name != "doom" {
			if n := v.prev(t); n >= 0 && n != target {
				actor = v.ms[n].ent // "the United States has not ruled out"
			}
		}
		if actor == nil {
			continue
		}
		c.actors = []*graph.Entity{actor}
		if commercialOnly(c) || !a.framed(c, s) {
			continue // "Chrysler Corp will crush Ford Motor Co": business rivalry
		}
		c.status = graph.Reported
		out = append(out, c)
	}
	return out
}

// idiomSpeaker returns who says the idiom at t: the speaker of a speech
// verb before it ("X said all options are on the table", "X warned it
// would teach Y a lesson") or after it (`"We will turn Y into hell," X
// said`).
func (a *article) idiomSpeaker(v *sentenceView, t int, c *candidate) *graph.Entity {
	toks := v.toks
	for k := t - 1; k >= 0 && k >= t-3*maxArgGap; k-- {
		if speechAt(toks, k) && toks[k].norm != "told" {
			if sp := a.speakerOf(v, k, false); sp != nil {
				return sp
			}
			sp, _ := a.verbArguments(v, k, &evaluationRule, c)
			return sp
		}
	}
	for k := t + 1; k < len(toks) && k <= t+3*maxArgGap; k++ {
		if speechAt(toks, k) && toks[k].norm != "told" {
			inverted := toks[k-1].punct || isQuoteMark(toks[k-1])
			return a.speakerOf(v, k, inverted)
		}
	}
	return nil
}

// threatenedParty reports whether mention n may be threatened: a state, an
// armed group or a leader, not a place, nor a possessor's modifier.
func threatenedParty(v *sentenceView, n int) bool {
	return n >= 0 && usable(v.ms[n]) && v.ms[n].ent.Kind != graph.Location
}

// negatedBetween counts the negations in toks[from:to]: an odd count turns
// "off the table" into a threat and "on the table" into none.
func negatedBetween(toks []token, from, to int) int {
	count := 0
	for k := max(from, 0); k < to; k++ {
		if negations[toks[k].norm] || toks[k].norm == "without" {
			count++
		}
	}
	return count
}

// optionsOnTable reads "all options are on the table", "no option is off
// the table", "would never take any options off the table" and "a strike
// is not off the table" at "table" t, and returns the party aimed at, or
// -1.
func optionsOnTable(v *sentenceView, t int) int {
	toks := v.toks
	if t < 2 || toks[t-1].norm != "the" || (toks[t-2].norm != "on" && toks[t-2].norm != "off") {
		return -1
	}
	option := -1
	for k := t - 3; k >= 0 && k >= t-idiomReach; k-- {
		if optionWords[toks[k].norm] {
			option = k
			break
		}
		if v.at[k] >= 0 || clauseBreak(toks[k]) {
			return -1
		}
	}
	if option < 0 {
		return -1
	}
	negated := negatedBetween(toks, option-3, t-2)%2 == 1
	if negated != (toks[t-2].norm == "off") {
		return -1 // "the military option is not on the table", "took sanctions off the table"
	}
	if !anyOption(toks, option) && !forceNear(toks, option) {
		return -1 // "the option of a merger is on the table": no force
	}
	if n := aimedParty(v, t+1); n >= 0 {
		return n
	}
	return aimedPartyBefore(v, option)
}

// anyOption reports the option word at k standing for every option: "all
// options", "no option", "every option", "nothing".
func anyOption(toks []token, k int) bool {
	switch toks[k].norm {
	case "options", "nothing":
		return true
	case "option":
		return k > 0 && (toks[k-1].norm == "no" || toks[k-1].norm == "every" || toks[k-1].norm == "any")
	}
	return false
}

// forceNear reports a word of force at or just before the option word at
// k: "the military option", "a nuclear strike".
func forceNear(toks []token, k int) bool {
	for i := k; i >= 0 && i >= k-2; i-- {
		if keptOpenThreats[toks[i].norm] {
			return true
		}
	}
	return false
}

// forceNotRuledOut reads "did not rule out military action against Y",
// "would not rule out a strike on Y" and "military action against Y should
// not be ruled out" at the form of "rule" t, and returns the party aimed
// at, or -1.
func forceNotRuledOut(v *sentenceView, t int) int {
	toks := v.toks
	if t+1 >= len(toks) || toks[t+1].norm != "out" {
		return -1
	}
	k := t - 1
	for k >= 0 && (auxiliaries[toks[k].norm] || toks[k].norm == "n't") && !negations[toks[k].norm] {
		k--
	}
	if k < 0 || !negations[toks[k].norm] || toks[k].norm == "nothing" {
		return -1 // "ruled out military action": no threat
	}
	if k >= 2 && toks[k-1].norm == "to" && refuseForms[toks[k-2].norm] {
		return -1
	}
	passive := k > 0 && beForms[toks[t-1].norm]
	if passive {
		// "military action against Iran should not be ruled out": the
		// force named before.
		for i := k - 1; i >= 0 && i >= k-idiomReach; i-- {
			if keptOpenThreats[toks[i].norm] {
				return aimedParty(v, i+1)
			}
		}
		return -1
	}
	for i := t + 2; i < len(toks) && i <= t+1+openedReach; i++ {
		if toks[i].punct {
			return -1
		}
		if keptOpenThreats[toks[i].norm] {
			return aimedParty(v, i+1)
		}
	}
	return -1
}

// militaryOptionOpen reads "keeps the military option open" and "kept open
// the option of force against Y" at "open" t, and returns the party aimed
// at, or -1.
func militaryOptionOpen(v *sentenceView, t int) int {
	toks := v.toks
	keep := -1
	for k := t - 1; k >= 0 && k >= t-5; k-- {
		switch toks[k].norm {
		case "keep", "keeps", "kept", "keeping", "leave", "leaves", "left", "leaving":
			keep = k
		}
	}
	if keep < 0 || negatedBetween(toks, keep-3, keep) > 0 {
		return -1
	}
	for k := keep + 1; k < len(toks) && k <= t+4; k++ {
		if keptOpenThreats[toks[k].norm] {
			return aimedParty(v, max(t+1, k+1))
		}
	}
	return -1
}

// aimedParty returns the party named after a word of aim within reach of
// from ("against Iran", "regarding Iran", "on Iran"), or the possessor of
// what force would stop ("to stop Iran's nuclear programme"), or -1.
func aimedParty(v *sentenceView, from int) int {
	toks := v.toks
	for k := from; k < len(toks) && k < from+idiomReach; k++ {
		if clauseBreak(toks[k]) || blameStops[toks[k].norm] {
			return -1
		}
		n := v.at[k]
		if n < 0 || v.ms[n].first != k {
			continue
		}
		p := k - 1
		if p >= from && toks[p].norm == "the" {
			p--
		}
		if p >= 0 && forceAimWords[toks[p].norm] && threatenedParty(v, n) {
			return n
		}
		if toks[v.ms[n].last].poss && p >= 0 && (toks[p].norm == "stop" || toks[p].norm == "halt" || toks[p].norm == "end") && v.ms[n].ent.Kind != graph.Location {
			return n
		}
		return -1
	}
	return -1
}

// aimedPartyBefore returns the party force is aimed at in the words before
// an idiom at t: "asked whether action against Iran could include a
// nuclear strike, Bush answered: all options are on the table".
func aimedPartyBefore(v *sentenceView, t int) int {
	toks := v.toks
	for k := t - 1; k >= 1 && k >= t-3*maxArgGap; k-- {
		n := v.at[k]
		if n < 0 || v.ms[n].first != k {
			continue
		}
		p := k - 1
		if p > 0 && toks[p].norm == "the" {
			p--
		}
		if (toks[p].norm == "against" || toks[p].norm == "regarding" || toks[p].norm == "concerning") && threatenedParty(v, n) {
			return n
		}
	}
	return -1
}

// destructionPromised reads "will turn Y into hell", "would teach Y a
// lesson", "to wipe Y off the map" and "will crush Y" at the verb t, and
// returns Y, or -1. The verb must look ahead: after a modal or "to".
func destructionPromised(v *sentenceView, t int) int {
	toks := v.toks
	m := t - 1
	for m >= 0 && (toks[m].norm == "also" || toks[m].norm == "soon" || toks[m].norm == "simply" || toks[m].norm == "completely") {
		m--
	}
	if m < 0 || !lookingAhead[toks[m].norm] || (m > 0 && negations[toks[m-1].norm]) {
		return -1
	}
	o := t + 1
	if o < len(toks) && toks[o].norm == "the" {
		o++
	}
	n := -1
	if o < len(toks) {
		n = v.at[o]
	}
	if n < 0 || v.ms[n].first != o || !threatenedParty(v, n) || toks[v.ms[n].last].poss {
		return -1
	}
	after := v.ms[n].last + 1
	switch toks[t].norm {
	case "turn", "turning":
		if after < len(toks) && toks[after].norm == "into" && ruinWithin(toks, after+1) {
			return n
		}
	case "teach", "teaching":
		if after+1 < len(toks) && toks[after].norm == "a" && toks[after+1].norm == "lesson" {
			return n
		}
	case "wipe", "wiping":
		if offTheMap(toks, after) {
			return n
		}
	default:
		return n
	}
	return -1
}

// ruinWithin reports a word of ruin within a few words from k: "into a sea
// of fire", "into hell".
func ruinWithin(toks []token, k int) bool {
	for i := k; i < len(toks) && i < k+4; i++ {
		if ruinNouns[toks[i].norm] {
			return true
		}
	}
	return false
}

// offTheMap reports "off the map", "off the face of the earth" or "from
// the face of the earth" at k.
func offTheMap(toks []token, k int) bool {
	if k+2 >= len(toks) || (toks[k].norm != "off" && toks[k].norm != "from") || toks[k+1].norm != "the" {
		return false
	}
	return toks[k+2].norm == "map" || toks[k+2].norm == "face"
}

// partyDoomed reads doom told of a party: "Y should be wiped off the map",
// "Y will be wiped out", "Y will be destroyed", "Y will regret", "Y will pay dearly", and returns
// Y, or -1. Said of itself it is no threat: the caller wants a speaker.
func partyDoomed(v *sentenceView, t int) int {
	toks := v.toks
	m := t - 1
	w := toks[t].norm
	passive := w != "regret" && w != "pay"
	if passive {
		if m < 0 || toks[m].norm != "be" {
			return -1
		}
		m--
	}
	if m < 0 || (toks[m].norm != "will" && toks[m].norm != "shall" && toks[m].norm != "must" && toks[m].norm != "should") {
		return -1 // "it is more likely that Y would be destroyed": a fear, not a threat
	}
	switch w {
	case "wiped":
		if !offTheMap(toks, t+1) && (t+1 >= len(toks) || toks[t+1].norm != "out") {
			return -1
		}
	case "pay":
		if t+1 >= len(toks) || toks[t+1].norm != "dearly" {
			return -1
		}
	}
	n := -1
	if m > 0 {
		n = v.at[m-1]
	}
	if n < 0 || !threatenedParty(v, n) {
		return -1
	}
	return n
}
