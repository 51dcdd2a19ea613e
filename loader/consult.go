package loader

import (
	"slices"
	"strings"

	"github.com/geokg/geokg/graph"
)

// This file holds the consult theme's rules. Journeys told by verbs of
// travel other than "visit" and "travel" ("continued on to Paris", "headed
// to Moscow", "left for Caracas", "stopped in Kenya", "toured Nigeria",
// "on a mission to Lebanon") stand only with a person as traveller and a
// named place or country as destination (placeOnly): "headed the
// delegation", "left for good" and "a train heading for Pakistan" name no
// visit; a city or capital names its state as the host. Besides: a party
// present in a city for talks ("X, in Brussels for talks with Y"), the
// owner of an adverbial visit ("During his visit to Japan, Putin ..."), and
// a body's meeting with a named host ("under Russia's presidency").

// travellerGuards are the words that make a journey no visit: troops
// arriving are a deployment, and a vessel or aircraft travelling is no
// state visiting another.
var travellerGuards = append([]string{"ship", "ships", "warship", "vessel", "vessels", "tanker", "tankers", "frigate", "destroyer", "carrier", "submarine", "fleet", "flotilla", "aircraft", "plane", "planes", "jet", "jets", "flight", "flights", "boat", "boats", "convoy", "refugees", "migrants", "troop"}, troopWords...)

// travelNoun reports "travel" at t used as a noun: after a lower-case
// word that cannot lead to a verb ("banned travel to Cuba", "advised
// against all but essential travel to Kenya", "air travel"). As a verb the
// base form follows "to", an auxiliary, "and"/"or" or its subject.
func travelNoun(toks []token, t int) bool {
	if toks[t].norm != "travel" || t == 0 {
		return false
	}
	p := toks[t-1]
	if p.punct || p.upper || auxiliaries[p.norm] || travelVerbLeads[p.norm] || strings.HasSuffix(p.norm, "ly") {
		return false
	}
	return true
}

// travelVerbLeads may stand right before "travel" as a verb: its subject
// ("they travel"), a conjunction ("meet and travel"), a modal not among
// auxiliaries.
var travelVerbLeads = map[string]bool{"i": true, "we": true, "you": true, "they": true, "and": true, "or": true, "must": true,
	"cannot": true, "often": true, "frequently": true, "regularly": true, "leaders": true, "ministers": true, "officials": true}

var consultLexicon = []lexEntry{
	// "continued on to Paris": an onward leg of a tour. ("went on to" is
	// left out: it mostly opens a later act, "went on to accuse".)
	{verbs: "continued continues", rule: eventRule{name: "travel-on", typ: graph.Consult, mode: "visit", need: []string{"on"}, window: 1, preps: []string{"to"}, placeOnly: true, unlessBefore: travellerGuards}},
	// "headed to Moscow", "heads for Tehran".
	{verbs: "headed heads heading", rule: eventRule{name: "head-to", typ: graph.Consult, mode: "visit", need: []string{"to", "for"}, window: 1, preps: []string{"to", "for"}, placeOnly: true, unlessBefore: travellerGuards}},
	// "left for Caracas", "leaves for Beijing on Monday".
	{verbs: "left leaves leaving", rule: eventRule{name: "leave-for", typ: graph.Consult, mode: "visit", need: []string{"for"}, window: 1, preps: []string{"for"}, placeOnly: true, unlessBefore: travellerGuards}},
	// "stopped in Kenya", "stopped over in Dubai".
	{verbs: "stopped stops", rule: eventRule{name: "stop-in", typ: graph.Consult, mode: "visit", need: []string{"in", "over"}, window: 1, preps: []string{"in"}, placeOnly: true, unlessBefore: travellerGuards}},
	// "on a mission to Lebanon": a person's journey (a force's mission is
	// no visit, and its actor no person).
	{nouns: "mission", rule: eventRule{name: "mission", typ: graph.Consult, mode: "visit", need: []string{"on"}, window: 3, preps: []string{"to"}, placeOnly: true}},
	// "toured Nigeria", "is touring the Gulf states".
	{verbs: "tour tours toured touring", rule: eventRule{name: "tour", typ: graph.Consult, mode: "visit", direct: true, placeOnly: true, unlessBefore: travellerGuards}},
}

// journeyForm reports whether the verb at t states a journey: a finite
// form, or a participle after an auxiliary ("is heading to", "will be
// touring"); a bare participle mostly qualifies a vehicle ("a train heading
// for Pakistan", "a Boeing headed for Venezuela").
func journeyForm(toks []token, t int) bool {
	w := toks[t].norm
	if !strings.HasSuffix(w, "ing") && w != "headed" {
		return true
	}
	if t == 0 {
		return false
	}
	if w == "headed" && isUpper(toks[t-1].text) {
		return true // "Singh headed to Moscow"
	}
	switch toks[t-1].norm {
	case "is", "was", "are", "were", "be", "been", "am", "'s", "then", "later", "also", "now", "he", "she", "they":
		return true
	}
	return false
}

// placeDestination returns the place or country a placeOnly journey at t
// goes to ("headed to Moscow", "toured Nigeria"), or -1: the name right
// after the rule's preposition (within four tokens of the verb, no clause
// break between) or right after the verb, perhaps after "the".
func (v *sentenceView) placeDestination(t int, r *eventRule) int {
	k := t + 1
	if r.preps != nil {
		k = -1
		for j := t + 1; j+1 < len(v.toks) && j <= t+4; j++ {
			if clauseBreak(v.toks[j]) || v.toks[j].punct {
				return -1
			}
			if slices.Contains(r.preps, v.toks[j].norm) {
				k = j + 1
				break
			}
		}
		if k < 0 {
			return -1
		}
	}
	if k < len(v.toks) && v.toks[k].norm == "the" {
		k++
	}
	if k >= len(v.toks) {
		return -1
	}
	n := v.at[k]
	if n < 0 || v.ms[n].first != k {
		return -1
	}
	m := v.ms[n]
	if m.ent.Kind == graph.Location || (m.ent.Kind == graph.Country && (m.form == formName || m.form == formCapital)) {
		return n
	}
	return -1
}

// isUpper reports whether s begins with a capital letter.
func isUpper(s string) bool {
	return s != "" && s[0] >= 'A' && s[0] <= 'Z'
}

// presenceVerbs put their subject in a place: "X was in Vienna for talks".
var presenceVerbs = map[string]bool{"is": true, "was": true, "are": true, "were": true, "be": true, "been": true, "arrived": true, "arrives": true, "stayed": true, "remained": true}

// presentFor returns the party present in a place for the talks named at
// t: "X, in Brussels for talks with Y", "X was in Vienna for talks", "X is
// in Moscow for a meeting". The place follows "in" right before "for" (one
// modifier word may stand between "for" and the noun); before "in" stands
// a comma after X or a verb of presence after X. Nil when there is none.
func (v *sentenceView) presentFor(t int) *graph.Entity {
	n := v.presence(t)
	if n < 0 {
		return nil
	}
	return v.ms[n].ent
}

// presence returns the mention of the party present for the talks at t
// (see presentFor), or -1.
func (v *sentenceView) presence(t int) int {
	p := v.presencePlace(t)
	if p < 0 {
		return -1
	}
	in := v.ms[p].first - 1
	j := in - 1
	if v.toks[j].text == "," || presenceVerbs[v.toks[j].norm] {
		j--
	}
	if j < 0 || j == in-1 {
		return -1 // "X in Vienna": no comma or verb of presence
	}
	n := v.at[j]
	if n < 0 || v.ms[n].last != j || !usable(v.ms[n]) || v.ms[n].ent.Kind == graph.Location {
		return -1
	}
	return n
}

// presencePlace returns the mention of the city in "in Vienna for talks"
// before the talks noun at t, or -1.
func (v *sentenceView) presencePlace(t int) int {
	k := t - 1
	if k >= 0 && v.at[k] < 0 && !v.toks[k].punct && v.toks[k].norm != "for" {
		k-- // "for further talks", "for a meeting"
	}
	if k >= 0 && (v.toks[k].norm == "a" || v.toks[k].norm == "the") {
		k--
	}
	if k < 2 || v.toks[k].norm != "for" {
		return -1
	}
	p := v.at[k-1]
	if p < 0 || v.ms[p].last != k-1 {
		return -1
	}
	pm := v.ms[p]
	if pm.ent.Kind != graph.Location && !(pm.ent.Kind == graph.Country && pm.form == formCapital) {
		return -1 // a city or capital: "in Vienna", "in Brussels"
	}
	if pm.first < 2 || v.toks[pm.first-1].norm != "in" {
		return -1
	}
	return p
}

// seats are the cities where international bodies sit: a party "in
// Brussels for talks" on a matter of the European Union named in the
// sentence talks with the Union.
var seats = map[string][]string{
	"brussels":    {"org/european-union", "org/nato"},
	"vienna":      {"org/international-atomic-energy-agency", "org/organization-of-the-petroleum-exporting-countries"},
	"new york":    {"org/united-nations", "org/united-nations-security-council"},
	"addis ababa": {"org/african-union"},
	"cairo":       {"org/arab-league"},
	"jakarta":     {"org/association-of-southeast-asian-nations"},
}

// seatedBody returns a body named in the sentence whose seat is the city
// where the party is present for the talks at t, or nil: "X, in Brussels
// for talks on Turkey's EU membership" gives the European Union.
func (v *sentenceView) seatedBody(t int) *graph.Entity {
	p := v.presencePlace(t)
	if p < 0 {
		return nil
	}
	var words []string
	for k := v.ms[p].first; k <= v.ms[p].last; k++ {
		words = append(words, v.toks[k].norm)
	}
	ids := seats[strings.Join(words, " ")]
	for _, m := range v.ms {
		if slices.Contains(ids, m.ent.ID) {
			return m.ent
		}
	}
	return nil
}

// visitOwner returns the traveller of a journey noun at t in an adverbial
// "during/on/in [a|his|her|the] [word] visit to Y" (or, opening the
// sentence, "after/following ..."): the person the clause is about. When
// the phrase opens the sentence ("During his visit to Japan, Putin
// signed"), it is the first person after the phrase's comma;
// otherwise the nearest person before "during"/"on" within a few tokens
// ("the opinion of Nouri al-Maliki during a visit to Kuwait", "Morales
// explained, on a visit to Brazil"). Only a person: a state's "visit" in
// such a phrase is rarely the state's own.
func (v *sentenceView) visitOwner(t int) *graph.Entity {
	k := t - 1
	for j := 0; j < 3 && k >= 0 && v.at[k] < 0 && !v.toks[k].punct && !journeyLead[v.toks[k].norm] && !journeyDet[v.toks[k].norm]; j++ {
		k-- // "a two-day visit", "an official trip", "a three-day state visit"
	}
	if k >= 0 && journeyDet[v.toks[k].norm] {
		k--
	}
	opening := k == 0 || (k == 1 && v.toks[0].norm == "speaking")
	if k < 0 || !journeyLead[v.toks[k].norm] && !(openingLead[v.toks[k].norm] && opening) {
		return nil
	}
	person := func(n int) bool {
		return n >= 0 && usable(v.ms[n]) && v.ms[n].ent.Kind == graph.Person
	}
	if opening {
		for j := t + 1; j < len(v.toks); j++ {
			if v.toks[j].text != "," {
				continue
			}
			for i := j + 1; i < len(v.toks) && i <= j+8; i++ {
				if clauseBreak(v.toks[i]) {
					return nil
				}
				if n := v.at[i]; person(n) {
					return v.ms[n].ent
				}
			}
			return nil
		}
		return nil
	}
	for i := k - 1; i >= 0 && i >= k-4; i-- {
		if v.toks[i].text == "," || v.toks[i].norm == "explained" || v.toks[i].norm == "said" || v.toks[i].norm == "says" || journeyBe[v.toks[i].norm] {
			continue
		}
		if n := v.at[i]; n >= 0 {
			if person(n) && v.ms[n].last == i {
				return v.ms[n].ent
			}
			return nil
		}
	}
	return nil
}

// ownedByPronoun reports a possessive pronoun right before the noun at t,
// or before one word qualifying it: "his talks", "her first meeting". A
// meeting in an adverbial phrase is its subject's only when the pronoun
// says so ("During his meeting with Y, X said"); "during the summit" and
// "in a meeting with Y and Z, X" may be anyone's.
func (v *sentenceView) ownedByPronoun(t int) bool {
	for k := t - 1; k >= 0 && k >= t-2; k-- {
		switch v.toks[k].norm {
		case "his", "her", "their":
			return true
		case "a", "an", "the":
			return false
		}
	}
	return false
}

// openingLead opens an adverbial phrase of time that, opening the
// sentence, is about its subject: "After his talks with Y, X said",
// "Speaking after his meeting with Y, X". Inside a sentence the phrase may
// be about anyone.
var openingLead = map[string]bool{"after": true, "following": true}

// journeyLead and journeyDet open an adverbial journey phrase.
var (
	journeyLead = map[string]bool{"during": true, "on": true, "in": true}
	journeyDet  = map[string]bool{"a": true, "an": true, "the": true, "his": true, "her": true, "their": true}
	// journeyBe may stand between the traveller and "on": "X is on a
	// visit to Y", "X, who was on a trip to Y", "X, while on a tour of Y".
	journeyBe = map[string]bool{"is": true, "was": true, "are": true, "were": true, "while": true, "who": true, "currently": true, "now": true}
)

// hostWords name a meeting's presidency or chair: "under Russia's
// presidency".
var hostWords = map[string]bool{"presidency": true, "chairmanship": true, "chair": true, "auspices": true}

// namedHost returns the state the sentence names as a body's meeting's
// host, or nil: "hosted by Russia", "under Russia's presidency", "under
// the Russian presidency". A body meeting is taken to meet its host only
// when the host is named so.
func (v *sentenceView) namedHost(actor *graph.Entity) *graph.Entity {
	country := func(k int) *graph.Entity {
		if k < 0 || k >= len(v.toks) {
			return nil
		}
		if n := v.at[k]; n >= 0 && v.ms[n].first == k && v.ms[n].ent.Kind == graph.Country && v.ms[n].ent != actor {
			return v.ms[n].ent
		}
		return nil
	}
	for k := 0; k+2 < len(v.toks); k++ {
		switch v.toks[k].norm {
		case "hosted":
			if v.toks[k+1].norm == "by" {
				if e := country(k + 2); e != nil {
					return e // "hosted by Russia"
				}
			}
		case "under":
			j := k + 1
			if v.toks[j].norm == "the" {
				j++
			}
			e := country(j)
			if e == nil {
				continue
			}
			end := v.ms[v.at[j]].last
			if end+1 < len(v.toks) && hostWords[v.toks[end+1].norm] {
				return e // "under Russia's presidency", "under the Russian presidency"
			}
		}
	}
	return nil
}
