package loader

import (
	"slices"

	"github.com/geokg/geokg/graph"
)

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
	if a.namesKnown(toks, first, last) {
		return "", false // "Damascus Airport", "in Southern Afghanistan": the known name is the place
	}
	if appositivePlace(toks, last) {
		return "", true // eventplaces.go: "Baidoa, the seat of the interim government"
	}
	if siteHeads[toks[last].norm] && last > first && locativeBefore(toks, first, wherePrepositions) {
		return a.containerState(toks, last), true // "met Kufuor at the Osu Castle", "in Maximus Palace"
	}
	if locativeBefore(toks, first, bareNamePrepositions) && bareLocalName(toks, first, last) {
		return a.containerState(toks, last), true // "stormed the jail in Jericho", "killed in Jemmaliyeh, near Baalbek"
	}
	return "", false
}

// containerState returns the state of the place named right after an
// unknown place's name ending at last, which says where it lies: "in
// Bristol, United Kingdom", "in Beit Hanoun in Gaza", "at the Royal
// Horticultural Hall in London"; "" when none follows.
func (a *article) containerState(toks []token, last int) string {
	k := last + 1
	if k >= len(toks) || toks[k].text != "," && toks[k].norm != "in" {
		return ""
	}
	for k++; k < len(toks) && placeLead[toks[k].norm] && !toks[k].upper; k++ {
	}
	if k >= len(toks) {
		return ""
	}
	p, _, ok := a.x.gaz.match(toks, k)
	switch {
	case !ok || p.form == formDemonym:
		return ""
	case p.entity.Kind == graph.Country:
		return p.entity.ID
	case p.entity.Kind == graph.Location:
		return p.entity.Country
	}
	return ""
}

// namesKnown reports a name the gazetteer knows inside toks[first..last]:
// "in Southern Afghanistan" is Afghanistan, not an unknown town.
func (a *article) namesKnown(toks []token, first, last int) bool {
	for j := first; j <= last; j++ {
		if _, _, ok := a.x.gaz.match(toks, j); ok {
			return true
		}
	}
	return false
}

// siteHeads end the names of buildings and grounds where events happen:
// "Osu Castle", "Maximus Palace", "Bagram Air Base".
var siteHeads = map[string]bool{"palace": true, "castle": true, "hotel": true, "base": true, "airport": true,
	"stadium": true, "mosque": true, "cathedral": true, "hall": true, "prison": true, "camp": true, "compound": true}

// bareNamePrepositions put an unknown name where something happens: "in
// Jericho", "near Qalqilyah", "outside Amersfoort". "At" is left out: it
// names institutions as often as places ("at Harvard", "at Reuters").
var bareNamePrepositions = map[string]bool{"in": true, "near": true, "outside": true}

// languages are capitalised words "in" takes that are no places: "issued
// in Arabic". The languages named like a people are the gazetteer's
// demonyms ("in English").
var languages = map[string]bool{"arabic": true, "hebrew": true, "farsi": true, "urdu": true, "mandarin": true,
	"cantonese": true, "latin": true, "pashto": true, "dari": true, "swahili": true, "hindi": true, "esperanto": true}

// continents are too wide to say where an event happens ("the first female
// head of state in Africa").
var continents = map[string]bool{"africa": true, "europe": true, "asia": true, "america": true, "americas": true}

// locativeBefore reports one of the prepositions right before the name at
// first, across a "the": "at the Osu Castle", "in Jericho".
func locativeBefore(toks []token, first int, prepositions map[string]bool) bool {
	k := first - 1
	if k >= 0 && toks[k].norm == "the" {
		k--
	}
	return k >= 0 && prepositions[toks[k].norm] && !toks[k].upper
}

// bareLocalName reports a capitalised name after a locative preposition
// that reads as a town's: not a body ("in Parliament", "in the Senate"),
// not a numbered thing ("in Resolution 1701"), not quoted, not the start of
// a longer run, and after "in" without "the" ("in the Times" is a paper).
func bareLocalName(toks []token, first, last int) bool {
	if toks[first-1].norm == "the" {
		return false
	}
	for j := first; j <= last; j++ {
		if bodyWord(toks[j].norm) || siteHeads[toks[j].norm] || geoHeads[toks[j].norm] || languages[toks[j].norm] || continents[toks[j].norm] {
			return false
		}
	}
	if n := last + 1; n < len(toks) && (toks[n].upper && !toks[n].punct || toks[n].digit || toks[n].text == "\"" || toks[n].text == "”") {
		return false
	}
	return true
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
	p := v.placeWithin(t, c, placeGap)
	if p != nil && (statementTypes[c.typ] || c.typ == graph.Support && c.mode == "praise") && v.topicPlace(t, p) {
		return nil // "blamed the US for the bombings in China": the bombings were in China, not the blame
	}
	if p == nil && (c.typ == graph.Assault || c.typ == graph.Coerce) {
		return v.attackedPlace(t, c) // "bombarded the Lebanese village of Qana"
	}
	return p
}

// statementTypes are the events made by saying something, with praise
// (SUPPORT of mode praise; a signing happens where it is signed). A place
// phrase inside what they say ("accused Iran of meddling in Iraq",
// "praised the troops for their work in Iraq") is what it is about; only a
// phrase on the statement itself ("criticised Bush at a news conference in
// Moscow", "accused Iran on Tuesday in Geneva") says where it is made.
var statementTypes = map[graph.EventType]bool{graph.Accuse: true, graph.Request: true, graph.Reject: true,
	graph.Threaten: true}

// venueNouns name the occasion a statement is made at, so that a place
// after them is the statement's: "in a speech in Abu Dhabi", "at talks in
// Geneva".
var venueNouns = map[string]bool{"speech": true, "address": true, "conference": true, "summit": true, "meeting": true,
	"meetings": true, "talks": true, "session": true, "ceremony": true, "rally": true, "interview": true, "briefing": true,
	"visit": true, "forum": true, "gathering": true, "event": true, "debate": true, "hearing": true, "trip": true,
	"tour": true, "stop": true, "embassy": true, "mission": true, "consulate": true, "today": true, "yesterday": true, "earlier": true, "later": true, "again": true}

// topicPlace reports whether the place p, named after the statement
// trigger at t, follows a common noun of what is said ("the bombings in
// China", "the missile shield in Poland", "the OSCE mission in Bishkek")
// rather than the trigger, one of its arguments or a venue.
func (v *sentenceView) topicPlace(t int, p *graph.Entity) bool {
	toks := v.toks
	if !slices.ContainsFunc(v.ms, func(m mention) bool { return m.ent == p && m.first > t }) {
		// Before the trigger a place is the statement's only in a phrase
		// opening the sentence or set off by commas ("In Geneva, Rice
		// said", "Sunday, in Abu Dhabi, Bush accused") or after a venue
		// ("lawmakers meeting in Strasbourg asked"), not in a clause
		// about something else ("After a defeat in Bavaria, Stoiber called").
		for k := t - 1; k >= 0; k-- {
			if n := v.at[k]; n >= 0 && v.ms[n].ent == p && v.ms[n].first == k {
				q := placeBefore(toks, k)
				return !placeOpeners[toks[0].norm] && q > 0 && toks[q-1].text != "," && !venueNouns[toks[q-1].norm]
			}
		}
		return false
	}
	for k := t + 1; k < len(toks) && k <= t+placeGap; k++ {
		n := v.at[k]
		if n < 0 || v.ms[n].first != k || v.ms[n].ent != p {
			continue
		}
		q := placeBefore(toks, k)
		if q <= t+1 {
			return false // "condemned in Geneva"
		}
		w := toks[q-1]
		return !w.upper && !w.punct && !w.digit && v.at[q-1] < 0 && !venueNouns[w.norm]
	}
	return false
}

// attackedPlace returns the place an attack or a seizure is made on when
// the verb takes it as its object ("bombarded the Lebanese village of
// Qana", "shelled Gori", "the bombing of the town of Qana"): where the
// event happens. Nil when the object is not a place, or is a state, which
// is the event's target rather than a site.
func (v *sentenceView) attackedPlace(t int, c *candidate) *graph.Entity {
	toks := v.toks
	k := t + 1
	if k < len(toks) && (toks[k].norm == "on" || toks[k].norm == "of") && c.noun {
		k++ // "the attack on Gori", "the shelling of Qana"
	}
	for ; k < len(toks) && k <= t+maxArgGap; k++ {
		if n := v.at[k]; n >= 0 {
			m := v.ms[n]
			if m.last+1 < len(toks) && placeLead[toks[m.last+1].norm] && !m.place {
				k = m.last
				continue // "the Lebanese village of Qana": the state's demonym
			}
			if m.first != k || !m.place || m.ent.Kind != graph.Location || toks[m.last].poss || partyOf(c, m.ent) {
				return nil // "shelled Hezbollah positions", "attacked Gaza's airport"
			}
			return m.ent
		}
		if !placeLead[toks[k].norm] && !(toks[k].upper && k+1 < len(toks) && placeLead[toks[k+1].norm]) {
			return nil // "attacked a convoy near Kabul": the object is not the place
		}
	}
	return nil
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
