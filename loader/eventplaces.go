package loader

import (
	"slices"

	"github.com/geokg/geokg/graph"
)

// Where events happen, stated in a clause of their own. A clause can say
// where an event the story told happened ("the strike took place in the
// village of Damadola", "and that the attack occurred near Qana"), and a
// verb of movement can name the place a force or a crowd makes for
// ("closed in on Baidoa", "protesters converged on Canberra"). Both places
// are where an event happens, which the gold lists as entities.

// occasionClause finds a clause "the <noun> took place|occurred|was held
// <in PLACE>" opening the sentence or after "that", "and" or a comma, and
// returns the type of event its noun names and the index of the place
// mention; ok is false when there is none.
func (v *sentenceView) occasionClause() (typ graph.EventType, place int, ok bool) {
	toks := v.toks
	for d := 0; d+4 < len(toks); d++ {
		if !occasionDeterminers[toks[d].norm] || d > 0 && !occasionOpeners[toks[d-1].norm] && toks[d-1].text != "," {
			continue
		}
		noun := d + 1
		for noun < d+4 && noun < len(toks) && occasionTypes[toks[noun].norm] == "" && !toks[noun].punct {
			noun++ // "the main demonstration", "the US air strike"
		}
		if noun >= len(toks) || occasionTypes[toks[noun].norm] == "" || v.at[noun] >= 0 {
			continue
		}
		k := noun + 1
		for k < len(toks) && (auxiliaries[toks[k].norm] || beForms[toks[k].norm]) {
			k++
		}
		if k >= len(toks) || !happenedVerbs[toks[k].norm] {
			continue
		}
		if toks[k].norm == "take" || toks[k].norm == "takes" || toks[k].norm == "took" {
			if k+1 >= len(toks) || toks[k+1].norm != "place" {
				continue
			}
			k++
		}
		for j := k + 1; j < len(toks) && j <= k+placeGap; j++ {
			if clauseBreak(toks[j]) || toks[j].text == "," || placeClauseWords[toks[j].norm] {
				break
			}
			if n := v.at[j]; n >= 0 && v.ms[n].first == j && v.ms[n].place && v.wherePlace(j, false) {
				return occasionTypes[toks[noun].norm], j, true
			}
		}
	}
	return "", -1, false
}

// occasionDeterminers open the noun phrase that refers back to an event
// told before: "the strike", "this attack", "their meeting". An indefinite
// one ("a meeting took place") introduces a new event.
var occasionDeterminers = map[string]bool{"the": true, "this": true, "that": true, "these": true, "those": true,
	"its": true, "their": true}

// occasionOpeners may stand right before the subject of a clause inside the
// sentence: "claim that the strike took place in", "and the meeting was
// held in".
var occasionOpeners = map[string]bool{"that": true, "and": true, "but": true, "while": true, "when": true}

// goalVerbs are verbs of movement whose "on" phrase names the place a force
// or a crowd makes for: "closed in on Baidoa", "marched on the capital",
// "converged on Canberra", "advanced on N'djamena". The last word of each
// is the verb's particle, which the place follows.
var goalVerbs = map[string]bool{"closed": true, "closing": true, "close": true, "closes": true,
	"marched": true, "marching": true, "march": true, "marches": true,
	"converged": true, "converging": true, "converge": true, "converges": true,
	"advanced": true, "advancing": true, "advance": true, "advances": true,
	"descended": true, "descending": true, "descend": true}

// noteGoalPlaces lists the places that a verb of movement makes for ("the
// militias closed in on Baidoa", "thousands converged on Canberra"): the
// place of the advance or the march. A state is the target of such an
// advance rather than a site, and is left to the event rules.
func (a *article) noteGoalPlaces(toks []token, ms []mention) {
	for _, m := range ms {
		if m.ent.Kind != graph.Location || m.modifier || toks[m.last].poss {
			continue
		}
		k := m.first - 1
		if k >= 0 && toks[k].norm == "the" {
			k-- // "advance on the N'djamena"
		}
		if k < 1 || toks[k].norm != "on" {
			continue
		}
		verb := k - 1
		if toks[verb].norm == "in" && verb > 0 && closeForms[toks[verb-1].norm] {
			verb-- // "closed in on"
		} else if closeForms[toks[verb].norm] {
			continue // "the debate closed on Monday"
		}
		if goalVerbs[toks[verb].norm] && !toks[verb].upper {
			a.listPlace(m.ent)
		}
	}
}

// closeForms are the forms of "close" in "close in on".
var closeForms = map[string]bool{"closed": true, "closing": true, "close": true, "closes": true}

// placeAppositionNouns head an apposition that says a name is a place:
// "Baidoa, the seat of the interim government", "Gori, a town in central
// Georgia", "Bajaur, the tribal region near the border".
var placeAppositionNouns = map[string]bool{"seat": true, "home": true, "capital": true, "city": true, "town": true,
	"village": true, "port": true, "province": true, "region": true, "district": true, "island": true,
	"stronghold": true, "hometown": true, "suburb": true, "enclave": true}

// appositivePlace reports an apposition after the name ending at last whose
// head is a place noun followed by a preposition: "Baidoa, the seat of the
// interim government", "Jenin, a town in the West Bank".
func appositivePlace(toks []token, last int) bool {
	k := last + 1
	if k+2 >= len(toks) || toks[k].text != "," || toks[k+1].norm != "the" && toks[k+1].norm != "a" {
		return false
	}
	for k += 2; k < len(toks) && k <= last+5; k++ {
		t := toks[k]
		if t.punct || t.poss || prepositionWords[t.norm] {
			return false // "Smith, the mayor of the town of"
		}
		if !placeAppositionNouns[t.norm] || t.upper {
			continue // "the Iraqi city of", "a small town in"
		}
		return k+1 < len(toks) && (toks[k+1].norm == "of" || toks[k+1].norm == "in" || toks[k+1].norm == "near")
	}
	return false
}

// prepositionWords end the modifiers of an apposition's head noun.
var prepositionWords = map[string]bool{"of": true, "in": true, "near": true, "for": true, "at": true, "to": true,
	"on": true, "with": true, "and": true, "from": true}

// sitedForceNouns name attacks and protests whose place a following "in" or
// "at" phrase gives ("the air strike in Damadola", "protests in Tehran"),
// with the type of event they name.
var sitedForceNouns = map[string]graph.EventType{"strike": graph.Assault, "strikes": graph.Assault,
	"airstrike": graph.Assault, "airstrikes": graph.Assault, "attack": graph.Assault, "attacks": graph.Assault,
	"bombing": graph.Assault, "bombings": graph.Assault, "shelling": graph.Assault, "raid": graph.Assault,
	"raids": graph.Assault, "clashes": graph.Assault, "offensive": graph.Assault,
	"protest": graph.Protest, "protests": graph.Protest, "demonstration": graph.Protest,
	"demonstrations": graph.Protest, "rally": graph.Protest, "rallies": graph.Protest}

// typedPlace is a place where an event of a type happens.
type typedPlace struct {
	typ   graph.EventType
	place *graph.Entity
}

// listForcePlaces lists the places of the attacks and protests the article
// names when it reports an event of that type: an article that reports no
// attack names "the deadliest bombing in London since the war" only to
// compare.
func (a *article) listForcePlaces(events []*graph.Event, use func(*graph.Entity)) {
	for _, p := range a.forcePlaces {
		if slices.ContainsFunc(events, func(ev *graph.Event) bool { return ev.Type == p.typ }) {
			use(p.place)
		}
	}
}

// pastOccasion reports an attack noun at h that names a past or a named
// event by a date or a name before it ("the 7 July bombings in London",
// "the 2001 attacks in New York", "the Nightclub bombing in Bali", "the
// failed shoe-bombing in England") or by a year after its place ending at
// last ("a series of bombings in Mumbai in 1993"): articles recall such
// events to compare, and their places are not where the story happens.
func pastOccasion(toks []token, ms []mention, h, last int) bool {
	if h > 0 {
		b := toks[h-1]
		if b.digit || months[b.norm] != 0 || toks[h].hyphen || b.hyphen {
			return true
		}
		if b.upper && !determiners[b.norm] && !slices.ContainsFunc(ms, func(m mention) bool { return m.first <= h-1 && h-1 <= m.last }) {
			return true
		}
	}
	k := last + 1
	if k < len(toks) && toks[k].norm == "in" {
		k++
	}
	return k < len(toks) && k > last+1 && toks[k].digit
}

// noteForcePlaces records the places of the attacks and protests the
// sentence names, by a place phrase after the noun ("airstrikes in Sadr
// City", "the rally held Saturday in Taipei") or after the noun's object
// ("a raid on a building in Mosul", "the attack on the Indian embassy in
// central Kabul"). listForcePlaces lists them when the article reports an
// event of the noun's type.
func (a *article) noteForcePlaces(toks []token, ms []mention) {
	for _, m := range ms {
		if m.ent.Kind != graph.Location || m.modifier {
			continue
		}
		p := placeBefore(toks, m.first)
		if p < 1 || !wherePrepositions[toks[p].norm] {
			continue
		}
		h := forceNounBefore(toks, ms, p)
		if h < 0 || pastOccasion(toks, ms, h, m.last) {
			continue
		}
		a.forcePlaces = append(a.forcePlaces, typedPlace{sitedForceNouns[toks[h].norm], m.ent})
	}
}

// occasionDays may stand between "held" and the place: "held Saturday in
// Taipei", "staged on Sunday outside".
var occasionDays = map[string]bool{"on": true, "today": true, "yesterday": true, "monday": true, "tuesday": true,
	"wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true}

// forceObjectWords link an attack noun to its object: "the attack on",
// "protests against".
var forceObjectWords = map[string]bool{"on": true, "against": true, "at": true}

// maxForceObject bounds the object phrase between an attack noun and the
// place phrase after it: "the attack on the Indian embassy in".
const maxForceObject = 4

// forceNounBefore returns the index of the attack or protest noun whose
// place phrase opens at the preposition p, or -1: right before it ("the
// bombing in"), after "held" and a day ("the rally held Saturday in"), or
// before a short object phrase ("the raid on a building in").
func forceNounBefore(toks []token, ms []mention, p int) int {
	k := p - 1
	if (toks[k].norm == "held" || toks[k].norm == "staged") && k > 0 {
		k-- // "the rally held in"
		if sitedForceNouns[toks[k].norm] != "" {
			return k
		}
		return -1
	}
	for j := k; j > 0 && j >= k-1 && occasionDays[toks[j].norm]; j-- {
		if toks[j-1].norm == "held" || toks[j-1].norm == "staged" {
			if j >= 2 && sitedForceNouns[toks[j-2].norm] != "" {
				return j - 2
			}
			return -1
		}
	}
	if sitedForceNouns[toks[k].norm] != "" {
		return k
	}
	for j := k; j > 0 && j >= k-maxForceObject; j-- {
		t := toks[j]
		if forceObjectWords[t.norm] {
			if sitedForceNouns[toks[j-1].norm] != "" {
				return j - 1
			}
			return -1
		}
		inName := slices.ContainsFunc(ms, func(m mention) bool { return m.first <= j && j <= m.last })
		if t.punct || t.digit || t.upper && !inName || beForms[t.norm] || auxiliaries[t.norm] || wherePrepositions[t.norm] || prepositionWords[t.norm] {
			return -1 // "the attack was condemned in", "attacks on people from Gaza in"
		}
	}
	return -1
}
