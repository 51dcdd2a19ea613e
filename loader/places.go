package loader

import "github.com/geokg/geokg/graph"

// Places the gazetteer does not know. A name the gazetteer lacks is still
// a place where the phrase around it says so: its head is a geographic noun
// ("the Barents Sea"), a place noun introduces it ("the port of Tromsø",
// "the Sudanese capital Khartoum"), a state follows it ("in Chalkidiki,
// northern Greece") or a compass word situates something from it
// ("southwest of Okinawa"). Such a name is a LOCATION mention; like every
// place it is never an actor or a target.

// geoHeads end names that are places whatever precedes them: "Barents
// Sea", "Northern Territory", "Korean Peninsula".
var geoHeads = map[string]bool{"sea": true, "ocean": true, "gulf": true, "strait": true, "straits": true, "bay": true,
	"island": true, "islands": true, "peninsula": true, "territory": true, "province": true, "region": true,
	"valley": true, "desert": true, "lake": true, "river": true, "mountains": true, "heights": true, "square": true,
	"prefecture": true, "governorate": true, "archipelago": true, "plateau": true}

// placeNouns introduce a place's name: "the port of Tromsø", "the town
// of Abu Kamal", "the Gambian capital Banjul".
var placeNouns = map[string]bool{"capital": true, "city": true, "town": true, "village": true, "port": true,
	"province": true, "region": true, "district": true, "island": true, "municipality": true, "enclave": true,
	"township": true, "hamlet": true, "seaport": true, "resort": true}

// intercardinals add the half-way bearings to compassWords for "southwest
// of Okinawa".
var intercardinals = map[string]bool{"northeast": true, "northwest": true, "southeast": true, "southwest": true}

// maxPlaceWords bounds the length of an unknown place name.
const maxPlaceWords = 4

// placeName proposes the capitalised run starting at i as an unknown place
// when the phrase around it marks it as one. Known names win over it: it
// ranks below gazetteer matches of the same length.
func (a *article) placeName(toks []token, i int) (candidateMention, bool) {
	if i > 0 && toks[i-1].upper && !toks[i-1].punct || !nameWord(toks[i]) {
		return candidateMention{}, false // not the start of a run
	}
	last := i
	for j := i + 1; j < len(toks) && j < i+maxPlaceWords && nameWord(toks[j]) && !toks[j-1].poss; j++ {
		last = j
	}
	if toks[last].poss || last+1 < len(toks) && toks[last].hyphen {
		return candidateMention{}, false // "Basra's governor", "Tromsø-based"
	}
	if last-i >= 2 {
		if p, e, ok := a.x.gaz.match(toks, i); ok && e == i && p.form == formDemonym {
			return candidateMention{}, false // "the Syrian Golan Heights": the name starts after the demonym
		}
	}
	for j := i; j <= last; j++ {
		if toks[j].caps {
			return candidateMention{}, false // "U.S. Pacific Island": an abbreviation is no part of a place's name
		}
	}
	country, ok := a.placeFrame(toks, i, last)
	if !ok {
		return candidateMention{}, false
	}
	if p, e, ok := a.x.gaz.match(toks, i); ok && (e >= last || p.entity.Kind == graph.Location) {
		return candidateMention{}, false // a known name: "Helmand Province" is the gazetteer's Helmand
	}
	surface := span(a.doc.Body, toks, i, last)
	name := cleanName(surface)
	ent := &graph.Entity{ID: graph.EntityID(graph.Location, name), Name: name, Kind: graph.Location, Country: country}
	return candidateMention{first: i, last: last, rank: 0, ent: ent, form: formName, surface: surface}, true
}

// nameWord reports a capitalised word that can be part of a place's name.
func nameWord(t token) bool {
	return t.upper && !t.punct && !t.digit && !t.is(classNotName) && !isTitleWord(t.norm) && titles[t.norm] == ""
}

// placeFrame reports whether the phrase around the name toks[first..last]
// marks it as a place, with the ID of the state it lies in where the
// phrase names one.
func (a *article) placeFrame(toks []token, first, last int) (string, bool) {
	if last > first && geoHeads[toks[last].norm] {
		return "", true // "the Barents Sea"
	}
	if k := first - 1; k >= 0 && placeNouns[toks[k].norm] && !toks[k].upper {
		// "the Sudanese capital Khartoum": a demonym before the noun
		// says whose it is.
		if k >= 1 {
			if p, e, ok := a.x.gaz.match(toks, k-1); ok && e == k-1 && p.entity.Kind == graph.Country && p.form == formDemonym {
				return p.entity.ID, true
			}
		}
		return "", false // "the capital Khartoum" alone is too rare to trust
	}
	if k := first - 1; k >= 1 && toks[k].norm == "of" && placeNouns[toks[k-1].norm] && !toks[k-1].upper {
		return a.demonymBefore(toks, k-1), true // "the Norwegian port of Tromsø"
	}
	if k := first - 1; k >= 1 && toks[k].norm == "of" && (compassWords[toks[k-1].norm] || intercardinals[toks[k-1].norm]) && !toks[k-1].upper {
		return "", true // "southwest of Okinawa", "130km south-west of Katherine"
	}
	if k := first - 1; k >= 0 && wherePrepositions[toks[k].norm] {
		if c := a.countryAfterComma(toks, last); c != "" {
			return c, true // "in Chalkidiki, northern Greece"
		}
	}
	return "", false
}

// demonymBefore returns the state a demonym names right before the noun at
// k ("the Norwegian port"), or "".
func (a *article) demonymBefore(toks []token, k int) string {
	if k >= 1 {
		if p, e, ok := a.x.gaz.match(toks, k-1); ok && e == k-1 && p.entity.Kind == graph.Country && p.form == formDemonym {
			return p.entity.ID
		}
	}
	return ""
}

// placeEnders may follow "in Y, Greece" when Greece only says where Y is:
// the sentence goes on with a time or another place, not a verb of Greece.
var placeEnders = map[string]bool{"on": true, "in": true, "at": true, "last": true, "this": true, "next": true,
	"earlier": true, "later": true, "during": true, "for": true, "since": true, "until": true, "where": true}

// countryAfterComma returns the state named after a comma that follows the
// name ending at last ("Y, Greece", "Y, northern Greece") when the state
// closes the phrase, or "".
func (a *article) countryAfterComma(toks []token, last int) string {
	k := last + 1
	if k >= len(toks) || toks[k].text != "," {
		return ""
	}
	k++
	if k < len(toks) && (compassWords[toks[k].norm] || intercardinals[toks[k].norm]) && !toks[k].upper {
		k++
	}
	if k >= len(toks) {
		return ""
	}
	p, e, ok := a.x.gaz.match(toks, k)
	if !ok || p.entity.Kind != graph.Country || p.form != formName || toks[e].poss {
		return ""
	}
	if e+1 < len(toks) && !toks[e+1].punct && !placeEnders[toks[e+1].norm] {
		return "" // "In March, Iran said": the state is the subject
	}
	return p.entity.ID
}

// compassOf reports a place named after "<compass> of" ("southwest of
// Okinawa", "east of Beirut"): the phrase says where something is.
func compassOf(toks []token, first int) bool {
	k := first - 1
	if k >= 0 && toks[k].norm == "the" {
		k--
	}
	return k >= 1 && toks[k].norm == "of" && (compassWords[toks[k-1].norm] || intercardinals[toks[k-1].norm]) && !toks[k-1].upper
}

// heldClause reports a relative clause at k that only says where the noun
// before it takes place ("talks, which will take place in Athens", "the
// summit that was held in Havana"): its place is the event's.
func heldClause(toks []token, k int) bool {
	if toks[k].norm != "which" && toks[k].norm != "that" {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+4; j++ {
		switch toks[j].norm {
		case "held", "hosted", "convened", "staged":
			return true
		case "take", "takes", "took", "taking":
			return j+1 < len(toks) && toks[j+1].norm == "place"
		}
		if !auxiliaries[toks[j].norm] && !beForms[toks[j].norm] {
			return false
		}
	}
	return false
}

// placeGap bounds how far after a trigger its place may be named: further
// than its arguments, since the place usually follows them ("met X, the
// ambassador of Y, on Sunday at the summit being held in Banjul").
const placeGap = 2 * maxArgGap

// eventLocation returns where the event of the trigger at t happens, for
// its location only: it looks further after the trigger than eventPlace,
// which also serves to infer targets from places and so keeps to the
// trigger's argument window.
func (v *sentenceView) eventLocation(t int, c *candidate) *graph.Entity {
	return v.placeWithin(t, c, placeGap)
}

// placeReach is how far eventPlace looks in direction dir: after the
// trigger as far as placeGap, before it as far as its subject.
func placeReach(dir int) int {
	if dir > 0 {
		return placeGap
	}
	return maxArgGap
}

// wherePlace reports whether the place mention starting at k is in a phrase
// that says where something happens: after a locative preposition ("in
// Geneva", "in the Sudanese capital Khartoum", but not "officials in
// Nairobi") or a compass bearing ("southwest of Okinawa"). A place before
// the trigger and beyond a comma counts only when its phrase stands on its
// own, opening the sentence or set off by commas ("In Baghdad, gunmen
// attacked", "On Friday in Chicago, thousands marched"); after an earlier
// comma it sits inside an apposition of the subject ("X, the party leader
// in Taiwan, met").
func (v *sentenceView) wherePlace(k int, acrossComma bool) bool {
	p := placeBefore(v.toks, k)
	switch {
	case p >= 0 && wherePrepositions[v.toks[p].norm] && (p == 0 || !placedPeople[v.toks[p-1].norm]):
	case v.ms[v.at[k]].place && compassOf(v.toks, k):
		p = k - 2
	default:
		return false
	}
	if !acrossComma || p == 0 || v.toks[p-1].text == "," {
		return true
	}
	for j := 0; j < p; j++ {
		if v.toks[j].text == "," {
			return false // "X, the party leader in Taiwan, met"
		}
	}
	return true // "On Friday in Chicago, thousands marched"
}

// infinitive reports "to" before a verb at k ("the effort to monitor"): a
// place after it is where that verb's action happens, which beyond the
// trigger's own arguments is rarely the trigger's.
func infinitive(toks []token, k int) bool {
	if toks[k].norm != "to" || k+1 >= len(toks) {
		return false
	}
	u := toks[k+1]
	if k > 0 && raisingWords[toks[k-1].norm] {
		return false // "the deployment is expected to arrive in East Timor": the trigger's own verb
	}
	return !u.upper && !u.punct && !u.digit && !determiners[u.norm]
}

// raisingWords take an infinitive that states the subject's own action:
// "is expected to arrive", "is due to meet".
var raisingWords = map[string]bool{"expected": true, "scheduled": true, "due": true, "set": true, "going": true,
	"about": true, "likely": true, "planning": true, "plans": true, "planned": true, "able": true, "unable": true}

// determiners open a noun phrase: "to the", "to his".
var determiners = map[string]bool{"the": true, "a": true, "an": true, "his": true, "her": true, "its": true, "their": true,
	"this": true, "that": true, "these": true, "those": true, "both": true, "all": true, "some": true, "other": true}

// apposition reports a comma at k that opens a description of the noun
// before it ("the truce between A and B, the strongest group in
// Palestine", "X, a critic of the war in Chechnya"): a place inside it
// situates what it describes, not the event. Lists of names and phrases of
// the trigger's own clause ("met A, B and C, in Beijing") go on.
func apposition(toks []token, k int) bool {
	if k+2 >= len(toks) {
		return false
	}
	w, u := toks[k+1], toks[k+2]
	return (w.norm == "the" || w.norm == "a" || w.norm == "an") && !u.upper && !u.punct
}
