package loader

import (
	"maps"

	"github.com/geokg/geokg/graph"
)

// "The government" in an accusation, in an article that has named one
// country. stateReferent resolves "the government" to a country only when
// the sentence, the sentence before or the article's count of mentions
// singles one out; a report that names its country once, in the opening
// line, loses the state in every later accusation ("The government has
// blamed the LTTE for the bombing", "The administration blames the rebel
// group FARC", "Democrats have accused the government of using this as a
// smokescreen"). There the one country named so far is the government's.
// Measured and left out: the same fallback for every "the government"
// (Wikinews +34, half wrong): a province's or a state's government, the
// police of a city, a commitment or a rally ban are no party the way an
// accused or accusing government is. Criticising, condemning, warning and
// threatening verbs added one reading, a wrong one (a Canadian province's
// government read as the British one).

// accusationVerbForms are the verbs whose subject or object is a party to
// an accusation: "the government has blamed", "accused the government".
var accusationVerbForms = func() map[string]bool {
	m := maps.Clone(accusationVerbs) // accusedacts.go
	for _, w := range []string{"blamed", "blames", "blame", "blaming"} {
		m[w] = true
	}
	return m
}()

// accusationParty reports whether the state noun at i, after "the", is
// the subject or the object of a verb of accusing: "the government
// (has) blamed", "the administration blames", "accused the government".
func accusationParty(toks []token, i int) bool {
	if i >= 2 && accusationVerbForms[toks[i-2].norm] {
		return true
	}
	k := i + 1
	if k < len(toks) && (toks[k].norm == "has" || toks[k].norm == "have" || toks[k].norm == "had") {
		k++
	}
	return k < len(toks) && accusationVerbForms[toks[k].norm]
}

// soleCountry returns the one country the article has named so far, when
// it has named exactly one, else nil.
func (a *article) soleCountry() *graph.Entity {
	var only *graph.Entity
	for id, n := range a.countryCount {
		if n == 0 {
			continue
		}
		if only != nil {
			return nil
		}
		only = a.entities[id]
	}
	return only
}

// accusationStateReferent is stateReferent for the state noun at i, with
// the article's one country as the fallback when the noun is a party to
// an accusation.
func (a *article) accusationStateReferent(toks []token, ms []mention, i int) *graph.Entity {
	if e := a.stateReferent(ms, i); e != nil {
		return e
	}
	if !accusationParty(toks, i) {
		return nil
	}
	return a.soleCountry()
}
