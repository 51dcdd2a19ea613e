package loader

import (
	"slices"
	"strings"

	"github.com/geokg/geokg/graph"
)

// Rules from a third audit of the extractor's precision on unseen news.

// finiteAuxiliaries are auxiliaries that can only open a predicate, so a
// name right before them is a subject: "... and Mexico has condemned".
var finiteAuxiliaries = map[string]bool{
	"has": true, "have": true, "had": true, "was": true, "were": true, "is": true, "are": true, "will": true,
	"would": true, "did": true, "does": true, "could": true, "should": true, "may": true, "might": true, "can": true,
}

// finiteVerbAt reports a word at k that reads as the verb of a clause: an
// auxiliary, a verb of saying, or an event verb that is no noun ("oppose")
// or has a past form ("condemned"). Verbs that are also nouns in their
// bare form ("support", "attack") are left out: "China and Russia
// support" and "China and Russia support for" look alike.
func finiteVerbAt(toks []token, k int) bool {
	if k >= len(toks) || toks[k].punct {
		return false
	}
	w := toks[k].norm
	if finiteAuxiliaries[w] || speechVerbs[w] || pastForms[w] {
		return true
	}
	tr := triggers[w]
	return tr != nil && tr.verb && (!tr.noun || strings.HasSuffix(w, "ed"))
}

// objectSlotBefore reports a list whose first name, starting at first,
// follows a verb as its object, past a determiner: "criticised (the)
// India ...".
func objectSlotBefore(toks []token, first int) bool {
	k := first - 1
	if k >= 0 && objectDeterminers[toks[k].norm] {
		k--
	}
	if k < 0 || toks[k].punct {
		return false
	}
	w := toks[k].norm
	return verbTrigger(w) || pastForms[w]
}

// splitCoordinatedClauses cuts the list of mentions lo..hi that spans two
// coordinated clauses, object of the first and subject of the second:
// "Pakistan opposes India, and Mexico and Argentina oppose Brazil",
// "Bush criticised Iran and Putin condemned Israel". A list that follows
// a verb and is followed by one cannot be one phrase; it is cut at its
// first ", and" (the clause joint), else at its last "and", and the part
// holding mention n is returned.
func (v *sentenceView) splitCoordinatedClauses(lo, hi, n int) (int, int) {
	// precaudit4.go: afterOfComplement skips "of France" in "the president of France was".
	if lo == hi || !objectSlotBefore(v.toks, v.ms[lo].first) || !finiteVerbAt(v.toks, v.afterOfComplement(hi)) {
		return lo, hi
	}
	cut := -1 // the last mention of the first clause
	for k := lo; k < hi; k++ {
		gap := v.toks[v.ms[k].last+1 : v.ms[k+1].first]
		comma, and := false, false
		for _, u := range gap {
			comma = comma || u.text == ","
			and = and || u.norm == "and"
		}
		if comma && and {
			cut = k
			break
		}
		if and {
			cut = k
		}
	}
	if cut < 0 {
		return lo, hi
	}
	if n <= cut {
		return lo, cut
	}
	return cut + 1, hi
}

// obligingForms are the forms of verbs by which a text binds its parties
// to an act: "a resolution requiring the withdrawal", "the accord obliges".
var obligingForms = map[string]bool{
	"requires": true, "requiring": true, "require": true, "obliges": true, "obliging": true, "oblige": true,
	"stipulates": true, "stipulating": true, "mandates": true, "mandating": true,
}

// bindingTexts are nouns for texts that bind their parties.
var bindingTexts = map[string]bool{
	"document": true, "resolution": true, "resolutions": true, "plan": true, "agreement": true, "agreements": true,
	"deal": true, "accord": true, "accords": true, "treaty": true, "treaties": true, "law": true, "bill": true,
	"pact": true, "ceasefire": true, "truce": true, "protocol": true, "roadmap": true, "proposal": true,
	"draft": true, "charter": true, "constitution": true, "convention": true, "text": true, "clause": true,
	"provision": true, "provisions": true, "decree": true, "order": true, "ruling": true, "verdict": true,
}

// textObligedAct reports an event noun at t that a binding text requires,
// a few words after the verb of requiring ("a document requiring the
// immediate withdrawal of Russian forces", "the accord obliges the
// release of"): the act is planned, not done. A need of people ("six
// million Ethiopians requiring emergency support") is no obligation.
func textObligedAct(toks []token, t int) bool {
	for k := t - 1; k >= 1 && k >= t-4; k-- {
		if toks[k].punct {
			return false
		}
		if !obligingForms[toks[k].norm] {
			continue
		}
		j := k - 1
		if toks[j].text == "," && j >= 1 {
			j--
		}
		return bindingTexts[toks[j].norm]
	}
	return false
}

// crowdAtEmbassy reports an event read at the participle t whose actor is
// the owner of the embassy the participle's crowd stands at or goes to:
// "marched to the Israeli Consulate demanding an end to", "gathered
// outside the US embassy in Seoul, calling for". The crowd acts, not the
// state whose mission it faces.
func (v *sentenceView) crowdAtEmbassy(t int, c *candidate) bool {
	toks := v.toks
	if !strings.HasSuffix(toks[t].norm, "ing") || len(c.actors) == 0 {
		return false
	}
	for k := t - 1; k >= 2 && k >= t-8; k-- {
		if n := v.at[k]; n >= 0 {
			if !v.ms[n].place {
				return false // "the US embassy in Seoul": only a place may follow the mission
			}
			k = v.ms[n].first
			continue
		}
		if toks[k].punct && toks[k].text != "," {
			return false
		}
		if !embassyNouns[toks[k].norm] {
			continue
		}
		n := v.at[k-1]
		if n < 0 || !slices.Contains(c.actors, v.ms[n].ent) {
			return false
		}
		j := v.ms[n].first - 1
		if j >= 0 && objectDeterminers[toks[j].norm] {
			j--
		}
		return j >= 1 && (venuePrepositions[toks[j].norm] || toks[j].norm == "of" && toks[j-1].norm == "front")
	}
	return false
}

// nonStatePeople are people a demonym places outside or against their
// state: "Iraqi insurgents", "Cuban dissidents". The state is not who acts
// or suffers. "Militants" are left out for the reason nonStateQualities
// gives, and "rebels", "separatists" and "guerrillas" because the
// CAMEO-coded PLOVER gold keeps their country ("Fijian rebels" is Fiji's
// rebel sector) and scored lower without it.
var nonStatePeople = map[string]bool{
	"insurgents": true, "insurgent": true, "insurgency": true, "dissidents": true, "dissident": true, "exiles": true,
}

// qualifiesNonStatePeople reports whether the demonym mention m only
// places the non-state people named right after it ("Iraqi insurgents").
func qualifiesNonStatePeople(toks []token, m mention) bool {
	if m.ent.Kind != graph.Country || m.form != formDemonym || toks[m.last].poss || m.last+1 >= len(toks) {
		return false
	}
	return nonStatePeople[toks[m.last+1].norm]
}

// namesWar reports a country mention used as the name of a war: "the Iraq
// war", "critics of the Vietnam War". The war is named, not the country
// as a party: "opposed the Iraq war" is not opposition to Iraq. A pair of
// sides ("the Iran-Iraq war") is left to the readings of hostilities.
func namesWar(toks []token, m mention) bool {
	if m.ent.Kind != graph.Country || m.form == formDemonym || toks[m.last].poss || toks[m.last].hyphen || m.last+1 >= len(toks) {
		return false
	}
	if m.first > 0 && toks[m.first-1].hyphen {
		return false
	}
	w := toks[m.last+1].norm
	return w == "war" || w == "wars"
}

// regionsOfAmerica are the words that make "American" name a part of the
// continent rather than the United States: "Latin American leaders",
// "South American nations", "Native American tribes".
var regionsOfAmerica = map[string]bool{
	"latin": true, "south": true, "central": true, "north": true, "native": true, "meso": true, "pan": true,
}

// continentalAmerican reports a demonym mention "American" that a region
// word before it turns into a region of the continent ("Latin American
// forces"): no party is the United States.
func continentalAmerican(toks []token, m mention) bool {
	if m.form != formDemonym || m.first < 1 || !strings.HasPrefix(toks[m.first].norm, "american") {
		return false
	}
	p := toks[m.first-1]
	return regionsOfAmerica[p.norm] && (p.upper || p.hyphen)
}

// insideSubjectRelative reports a mention n that stands inside a subject
// relative clause on an unnamed noun ("a journalist who had criticised
// the Russian government", "men who carried badges of the Defence
// Ministry"), with the passive verb at t after the clause: what the
// passive tells was done to that noun, not to n. A passive inside the
// clause ("in which the agent X was killed", "a video which shows X being
// killed") is left alone.
func (v *sentenceView) insideSubjectRelative(n, t int) bool {
	toks := v.toks
	for k := v.ms[n].last + 1; k < t; k++ {
		if toks[k].norm == "being" {
			return false
		}
	}
	first := v.ms[n].first
	for j := first - 1; j >= 1 && first-j <= maxArgGap; j-- {
		u := toks[j]
		if clauseBreak(u) || u.punct {
			return false
		}
		if v.at[j] >= 0 {
			continue
		}
		if u.norm == "who" || u.norm == "which" || u.norm == "whom" {
			p, next := toks[j-1], toks[j+1]
			return v.at[j-1] < 0 && !p.punct && !p.upper && !prepositions[p.norm] && v.at[j+1] < 0 && !objectDeterminers[next.norm]
		}
	}
	return false
}

// lastPersonFor returns the person an earlier sentence last named, as the
// referent of a pronoun subject at j, or nil where the pronoun's own
// clause goes on to name that person: a pronoun cannot stand for a name
// in the rest of its clause ("He said he had thanked Clark", "he then
// attacked McCain's plans": not Clark, not McCain). The clause is taken to
// end at punctuation, a coordinator or a relative pronoun, past which a
// name may again be the pronoun's referent ("He traveled to Serbia, ...
// who Fischer defeated").
func (a *article) lastPersonFor(v *sentenceView, j int) *graph.Entity {
	p := a.lastPerson
	if p == nil {
		return nil
	}
	for k := j + 1; k < len(v.toks); k++ {
		u := v.toks[k]
		if u.punct || coordinators[u.norm] || relativePronouns[u.norm] {
			break
		}
		if n := v.at[k]; n >= 0 && v.ms[n].ent == p {
			return nil
		}
	}
	return p
}
