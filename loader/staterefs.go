package loader

import (
	"slices"

	"github.com/geokg/geokg/graph"
)

// More nouns that stand for a state's government without naming it. The
// references rule in extract.go resolves "the government", "the regime",
// "the authorities" and "the administration"; the nouns here name the same
// thing in other words ("the junta", "the leadership"), in the capitalised
// style of British and Australian writing ("the Government"), or name the
// state itself ("the country"). The first two kinds resolve as "the
// government" does (stateReferent): the one state the sentence names
// before it, else the one state the previous sentence named, else the
// article's dominant state. "the country" is held closer (see
// nearStateReferent). A noun with anything but "the" before it ("a
// government", "its leadership", "the military junta"), or with "of", a
// hyphen or a name after it ("the country of Georgia", "the Government
// Gazette") is left alone, and so is a plural ("governments around the
// world").

// moreStateNouns are the lower-case nouns this rule adds to stateNouns.
var moreStateNouns = map[string]bool{"junta": true, "leadership": true, "country": true}

// capitalStateNouns are the stateNouns that British and Australian style
// capitalises: "the Government has rejected". "the Administration" is left
// out: it is American usage, and in articles that seldom name the United
// States the dominant state is the wrong one.
var capitalStateNouns = map[string]bool{"government": true}

// moreStateReferences resolves moreStateNouns and capitalised
// capitalStateNouns after a bare "the" to the state stateReferent picks.
// "the country" is not resolved after "in", "into", "across" and the like,
// where it is the land rather than a party ("bombed targets in the
// country"), nor to the state of a person the sentence names ("US envoy X
// visited the country" is another country), since an official's state
// would then be the place he acts on.
func (a *article) moreStateReferences(toks []token, ms []mention, taken []bool, prior []mention) []mention {
	var out []mention
	for i := 1; i < len(toks); i++ {
		switch {
		case toks[i].is(classMoreStateNoun) && !toks[i].upper:
		case toks[i].is(classCapitalStateNoun) && toks[i].upper && !toks[i].caps:
		default:
			continue
		}
		if slices.ContainsFunc(prior, func(m mention) bool { return m.first <= i && i <= m.last }) {
			continue // another reference rule has read it: "the country" as a pronoun's antecedent
		}
		w := toks[i].norm
		bare := bareNoun(toks, i, i, taken) || accusedGovernment(toks, i) && !taken[i] && !toks[i].hyphen
		if !bare || w == "country" && i >= 2 && landPrepositions[toks[i-2].norm] {
			continue
		}
		if i+1 < len(toks) && toks[i+1].norm == "in" {
			continue // "the junta in Rangoon", "the country in question": references' or nobody's
		}
		if w == "country" && toks[i].poss && i+1 < len(toks) && populationNouns[toks[i+1].norm] {
			continue // "the country's women" are its people, not its state
		}
		e := a.accusationStateReferent(toks, ms, i)
		if w == "country" {
			e = a.nearStateReferent(toks, ms, i)
		}
		if e == nil || e.Kind != graph.Country || w == "country" && a.citizenNamed(ms, e) {
			continue
		}
		out = append(out, mention{first: i, last: i, ent: e, form: formRef})
	}
	return out
}

// landPrepositions put "the country" for its land ("across the country")
// or make it a noun's complement ("control of the country", "the north of
// the country"), which is seldom a party.
var landPrepositions = map[string]bool{
	"of": true, "in": true, "into": true, "inside": true, "within": true, "across": true, "throughout": true, "around": true,
}

// citizenNamed reports whether the sentence names a person of state e.
func (a *article) citizenNamed(ms []mention, e *graph.Entity) bool {
	for _, m := range ms {
		if m.ent.Kind == graph.Person && (m.ent.Country == e.ID || a.stateOf(m.ent) == e) {
			return true
		}
	}
	return false
}

// populationNouns name a country's people rather than its state.
var populationNouns = map[string]bool{
	"people": true, "women": true, "men": true, "children": true, "citizens": true, "population": true,
	"residents": true, "voters": true, "youth": true, "workers": true,
}

// nearStateReferent picks the state "the country" at token i stands for:
// the one state the sentence names before it as a party rather than a
// place ("a statement from Russia", "the situation in Kenya" are places), else the one state the
// previous sentence named. Unlike "the government", "the country" does not
// fall back on the article's dominant state: it is as often the land of a
// state named in passing ("disgracing the country" after "a statement from
// Russia" is the speaker's own country).
func (a *article) nearStateReferent(toks []token, ms []mention, i int) *graph.Entity {
	var here []*graph.Entity
	for _, m := range ms {
		if m.first < i && m.ent.Kind == graph.Country && !m.place && !slices.Contains(here, m.ent) && !afterLandPreposition(toks, m) {
			here = append(here, m.ent)
		}
	}
	switch {
	case len(here) == 1:
		return here[0]
	case len(here) > 1:
		return nil
	}
	if prev := distinct(a.prevCountries); len(prev) == 1 {
		return prev[0]
	}
	return nil
}

// afterLandPreposition reports whether mention m follows "in", "from",
// "to" or another word that makes it a place.
func afterLandPreposition(toks []token, m mention) bool {
	if m.first < 1 {
		return false
	}
	w := toks[m.first-1].norm
	return landPrepositions[w] || w == "from" || w == "to" || w == "at"
}
