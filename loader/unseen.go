package loader

import (
	"slices"
	"strings"

	"github.com/geokg/geokg/graph"
)

// Rules found by reading the extractor's output on articles outside the
// development set: general cues whose absence made it state as fact, or
// give to the wrong party, what unseen text says otherwise.

// claimCues mark what a party asserts rather than what the article
// states: "Chavez claims Colombia invaded", "India alleges that Pakistan
// supported", "the army is believed to have killed". The event after
// them is speculated.
var claimCues = map[string]bool{
	"claim": true, "claims": true, "claimed": true, "claiming": true,
	"allege": true, "alleges": true, "alleging": true, "believed": true,
}

// claimedThat reports a verb at t inside the "that" clause of a claim noun
// further back than the status window reaches: "A claim was made by
// former inspector Scott Ritter in June 2005 that United States forces
// have been sending ...". The clause must open within a few words of the
// verb, and the noun must stand in the same stretch of text before it,
// with no comma, colon or other "that" in between.
func claimedThat(toks []token, t int) bool {
	that := -1
	for k := t - 1; k >= 0 && k >= t-12; k-- {
		if clauseBreak(toks[k]) || toks[k].text == "," {
			return false
		}
		if toks[k].norm == "that" {
			that = k
			break
		}
	}
	if that < 0 {
		return false
	}
	for k := that - 1; k >= 0 && k >= that-14; k-- {
		if clauseBreak(toks[k]) || toks[k].text == "," || toks[k].norm == "that" {
			return false
		}
		if claimNouns[toks[k].norm] {
			return k == 0 || !denialVerbs[toks[k-1].norm]
		}
	}
	return false
}

// ownedUpNouns follow a claim that owns up to an act rather than asserts
// it of another: "claimed responsibility for the bombing".
var ownedUpNouns = map[string]bool{"responsibility": true, "credit": true}

// claimCue reports whether token k asserts, as a claim, the event that
// the verb at t states. The claim reaches the verb of its own clause only:
// not past a comma ("moved the rig, claiming the contract was void, Iran
// accused"), and not an act whose doer alone is in doubt ("rebels believed
// to be from the SLA attacked").
func claimCue(toks []token, k, t int) bool {
	if !claimCues[toks[k].norm] || k+1 >= t || ownedUpNouns[toks[k+1].norm] {
		return false
	}
	if toks[k].norm == "believed" && k+2 < t && toks[k+1].norm == "to" && toks[k+2].norm == "be" {
		return false
	}
	for j := k + 1; j < t; j++ {
		if toks[j].text == "," {
			return false
		}
	}
	return true
}

// sceneNouns are events that a capital before them locates rather than
// does: "the London bombings" happened in London, by nobody London stands for.
var sceneNouns = map[string]bool{
	"bombing": true, "bombings": true, "bomber": true, "bombers": true, "attack": true, "attacks": true,
	"blast": true, "blasts": true, "explosion": true, "explosions": true, "riot": true, "riots": true,
	"massacre": true, "shooting": true, "shootings": true,
}

// namedThings are heads of names that a city lends its name to: forums,
// agreements, documents and newspapers ("the Paris Club", "the Wellington
// Declaration", "the Downing Street Memo", "The Moscow Times").
var namedThings = map[string]bool{
	"club": true, "declaration": true, "accord": true, "accords": true, "agreement": true, "protocol": true,
	"convention": true, "conventions": true, "process": true, "round": true, "memo": true, "memorandum": true,
	"conference": true, "consensus": true, "charter": true, "park": true, "post": true, "times": true,
	"herald": true, "tribune": true, "marathon": true, "olympics": true,
}

// capitalInName reports a capital that is part of a longer name or that
// locates an event, not the state it can stand for: "the Wellington
// Declaration", "the Paris Club", "the London bombings".
func capitalInName(toks []token, last int) bool {
	if last+1 >= len(toks) || toks[last].poss {
		return false
	}
	next := toks[last+1]
	return sceneNouns[next.norm] || next.upper && namedThings[next.norm]
}

// electoralWords mark a sentence about candidates and their backers.
var electoralWords = map[string]bool{
	"candidate": true, "candidates": true, "candidacy": true, "nominee": true, "nomination": true,
	"campaign": true, "election": true, "elections": true, "primary": true, "primaries": true,
	"presidential": true, "endorse": true, "endorses": true, "endorsed": true, "endorsing": true,
	"endorsement": true, "voters": true, "poll": true, "polls": true, "ballot": true, "leadership": true,
	"re-election": true, "reelection": true, "bid": true, "race": true,
}

// dropElectoralSupport removes, from the candidates the sentence added to
// a.found from index from on, support that politicians and parties give a
// person in an election ("Kennedy endorsed Obama", "who supported Clinton
// in the primaries"): domestic politics, not an event between states. A
// state's backing stays ("the United States backs Karzai's bid"), and so
// does support for a country's candidacy ("supports the candidacy of
// Brazil for the Security Council"), and so does a legislature's vote
// ("the Senate confirmed the nomination of X").
func (a *article) dropElectoralSupport(toks []token, from int) {
	if !slices.ContainsFunc(toks, func(t token) bool { return t.is(classElectoralWord) }) {
		return
	}
	a.dropFound(from, func(c *candidate) bool {
		return c.typ == graph.Support && a.personsOnly(c.targets) && !slices.ContainsFunc(c.actors, isState) &&
			!(legislativeVote(c) && slices.ContainsFunc(c.actors, deliberativeBody)) // legislatures.go: a vote of parliament is an act of state
	})
}

// personsOnly reports whether es names people, and no state but theirs
// ("Barack Obama, United States"): the state only goes with the person.
func (a *article) personsOnly(es []*graph.Entity) bool {
	people := slices.DeleteFunc(slices.Clone(es), func(e *graph.Entity) bool { return e.Kind != graph.Person })
	if len(people) == 0 {
		return false
	}
	for _, e := range es {
		if e.Kind == graph.Person {
			continue
		}
		if !slices.ContainsFunc(people, func(p *graph.Entity) bool { return p.Country == e.ID || a.stateOf(p) == e }) {
			return false
		}
	}
	return true
}

// isState reports whether e is a country.
func isState(e *graph.Entity) bool { return e.Kind == graph.Country }

// thingSubject reports whether the passive whose auxiliary is at k has a
// common noun for its subject that no name qualifies: "the rebels are
// being supported by", "the incident was investigated by". The name
// further back is then not what the act befell. A noun a name qualifies
// ("a Chinese cargo ship was fired on", "Kenya's proposal was backed by"),
// a group of people ("Israel's troops were attacked"), a noun owned by a
// pronoun ("their convoy was bombed") and a subject shared with a verb
// before ("and was later jailed", "only to be invaded") leave the name.
func (v *sentenceView) thingSubject(k int) bool {
	h := k - 1
	for h >= 0 && v.toks[h].norm != "to" && (beForms[v.toks[h].norm] || auxiliaries[v.toks[h].norm] || strings.HasSuffix(v.toks[h].norm, "ly")) {
		h--
	}
	if h < 1 || v.at[h] >= 0 {
		return false
	}
	u := v.toks[h]
	if u.punct || u.upper || u.norm == "to" || coordinators[u.norm] || subjectPronouns[u.norm] || relativePronouns[u.norm] ||
		ownerHeads[u.norm] || groupNouns[u.norm] {
		return false
	}
	for j := h - 1; j >= 0 && j >= h-3; j-- {
		if n := v.at[j]; n >= 0 {
			return false
		}
		w := v.toks[j]
		if subjectPronouns[w.norm] {
			return false // "their convoy": the pronoun's referent
		}
		if w.punct || w.upper || w.norm == "the" || w.norm == "a" || w.norm == "an" {
			return true
		}
	}
	return true
}
