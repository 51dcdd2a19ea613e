package loader

import (
	"slices"
	"strings"

	"github.com/geokg/geokg/graph"
)

// pairGovernors take a meeting, talks or cooperation as their object and
// leave their subject its party: "Spain is set to begin peace talks with
// ETA", "South Africa is preparing a meeting with the group", "South
// Korea will resume high-level talks with the North". Governors of
// refusal ("ruled out talks") and of request ("sought a meeting", see
// requestedNoun) are not among them: those talks did not happen.
var pairGovernors = map[string]bool{
	"begin": true, "begins": true, "began": true, "beginning": true, "initiate": true, "initiates": true, "initiated": true,
	"initiating": true, "join": true, "joins": true, "joining": true, "open": true, "opens": true,
	"opening": true, "resume": true, "resumes": true, "resuming": true, "prepare": true, "prepares": true, "preparing": true,
	"prepared": true, "schedule": true, "schedules": true, "scheduled": true, "scheduling": true, "confirm": true, "confirms": true,
	"confirmed": true, "continue": true, "continues": true, "continuing": true, "enter": true, "enters": true, "entered": true,
	"entering": true, "engage": true, "engages": true, "engaged": true, "engaging": true, "start": true, "starts": true,
	"starting": true, "arrange": true, "arranged": true, "arranges": true, "plan": true, "plans": true, "planned": true, "planning": true,
	"attend": true, "attends": true, "attending": true, "leave": true, "leaves": true, "leaving": true, "left": true,
}

// governedPairNoun returns the parties of a pair noun at t that a verb of
// pairGovernors governs a few words before ("set to begin peace talks with
// X"): the verb's subject, named close before it in the same clause, and
// the party after the noun's own preposition ("with X"). Without that
// party the noun may be anyone's.
func (a *article) governedPairNoun(v *sentenceView, t int, r *eventRule) (actor, target *graph.Entity, how string) {
	toks := v.toks
	g := -1
	for k := t - 1; k >= 0 && k >= t-5; k-- {
		w := toks[k].norm
		if pairGovernors[w] {
			g = k
			break
		}
		if toks[k].punct || toks[k].upper || v.at[k] >= 0 || (prepositions[w] && w != "in" && w != "into") || triggerWord(w) {
			break
		}
	}
	if g < 0 {
		return nil, nil, ""
	}
	tn := v.partyAfterNoun(t, r)
	if tn < 0 {
		return nil, nil, ""
	}
	n := v.prev(g)
	if n < 0 || g-v.ms[n].last > 8 || !usable(v.ms[n]) || v.obliqueMention(n) {
		return nil, nil, ""
	}
	for k := v.ms[n].last + 1; k < g; k++ {
		if toks[k].punct || clauseOpeners[toks[k].norm] || relativePronouns[toks[k].norm] || collective(toks, k) ||
			(prepositions[toks[k].norm] && toks[k].norm != "to") {
			return nil, nil, "" // "the ambassador in Iraq ... joined", "X said that ...": not the governor's subject
		}
	}
	if v.ms[n].ent == v.ms[tn].ent {
		return nil, nil, ""
	}
	return v.ms[n].ent, v.ms[tn].ent, "-governed"
}

// openingAdjunctPair returns the parties of a pair noun at t in an
// adjunct that opens the sentence ("At a meeting with EU officials in
// Brussels, Georgia's deputy prime minister said", "During her talks with
// X, Merkel stated"): the subject right after the adjunct's comma meets
// the party after the noun's preposition.
func (a *article) openingAdjunctPair(v *sentenceView, t int, r *eventRule) (actor, target *graph.Entity, how string) {
	toks := v.toks
	f := firstWord(toks)
	if f < 0 || t-f > 4 || !adjunctPrepositions[toks[f].norm] && toks[f].norm != "in" {
		return nil, nil, ""
	}
	for k := f + 1; k < t; k++ {
		if toks[k].punct || v.at[k] >= 0 {
			return nil, nil, ""
		}
	}
	tn := v.partyAfterNoun(t, r)
	if tn < 0 {
		return nil, nil, ""
	}
	comma := -1
	for k := v.ms[tn].last + 1; k < len(toks) && k <= v.ms[tn].last+maxArgGap; k++ {
		if toks[k].text == "," {
			comma = k
			break
		}
		if toks[k].punct && toks[k].text != "'" || clauseOpeners[toks[k].norm] || relativePronouns[toks[k].norm] {
			break
		}
	}
	if comma < 0 {
		return nil, nil, ""
	}
	n := v.next(comma)
	if n < 0 || v.ms[n].first-comma > 6 || v.ms[n].ent == v.ms[tn].ent {
		return nil, nil, ""
	}
	for k := comma + 1; k < v.ms[n].first; k++ {
		if u := toks[k]; !(u.norm == "the" || u.hyphen || isTitleWord(u.norm) || v.at[k] >= 0) {
			return nil, nil, "" // "At a meeting with X, Giorgi Baramidze said Russia": an unknown name opens the clause
		}
	}
	// The name must be the subject: a verb, not a preposition or another
	// comma, follows it.
	if l := v.ms[n].last + 1; l >= len(toks) || toks[l].punct || prepositions[toks[l].norm] || toks[l].norm == "and" || strings.HasSuffix(toks[l].norm, "'s") {
		return nil, nil, ""
	}
	return v.ms[n].ent, v.ms[tn].ent, "-opening"
}

// partyAfterNoun returns the party the noun at t names right after it
// with one of its rule's prepositions ("talks with ETA"), or -1: one
// further on ("the summit, ... links with the FARC") is another phrase's.
func (v *sentenceView) partyAfterNoun(t int, r *eventRule) int {
	if t+1 >= len(v.toks) || !slices.Contains(r.preps, v.toks[t+1].norm) {
		return -1
	}
	return v.afterPrep(t, r.preps)
}
