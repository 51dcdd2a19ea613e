package loader

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// This file recognises names the gazetteer does not know by the words
// around them: a person by what follows the name ("X Y said", "X Y, who"),
// a body by the common noun it is introduced with ("the group Project
// SafeCom", "the oil company ChevronTexaco").

// linkGap reports two spaces or more between toks[i-1] and toks[i]. Wikinews
// text keeps a space where a link was cut out ("California  Barbara Lee",
// "Kevin Rudd  has told"), so the gap closes one name: what follows is a
// new one.
func linkGap(body string, toks []token, i int) bool {
	return i > 0 && strings.Contains(body[toks[i-1].end:toks[i].start], "  ")
}

// personCueVerbs, right after a name, make it the name of a person: people
// say and tell; bodies named in full rarely "told" anyone in the news
// without a head word that the organisation rules read first.
var personCueVerbs = map[string]bool{"said": true, "says": true, "told": true, "tells": true, "added": true}

// cuedPerson finds a full name of two or three words that no gazetteer list
// or name rule knows, made a person's by what follows it: a speech verb
// ("Jan Jambon said"), or a relative or descriptive apposition ("Qazi
// Hussain Ahmad, the head of", "Maher Arar, a Canadian citizen", "X, who").
// Words that end the names of bodies, places, firms and documents rule a
// run out, as does a run the gazetteer gives to a country or body.
func (a *article) cuedPerson(toks []token, i int) (candidateMention, bool) {
	t := toks[i]
	if t.punct || t.caps || t.digit || t.is(classNotName) || (i > 0 && toks[i-1].upper && !toks[i-1].punct && !toks[i-1].is(classNotName) && !linkGap(a.doc.Body, toks, i)) {
		return candidateMention{}, false
	}
	if i > 0 && (toks[i-1].norm == "the" || toks[i-1].poss || orgDescriptors[toks[i-1].norm] || notPersonBefore[toks[i-1].norm]) {
		return candidateMention{}, false // "the Bush administration said", "Iran's Guardian Council said", "in Beit Laqia, a crowd"
	}
	if notPersonFirst[t.norm] || ranksBeforeName[t.norm] {
		return candidateMention{}, false // "So I've told"
	}
	last, ok := a.nameRun(toks, i)
	if !ok || last-i > 2 || toks[last].poss || last+1 >= len(toks) || toks[last].text == "." {
		return candidateMention{}, false
	}
	if !a.personCueAfter(toks, last+1) {
		return candidateMention{}, false
	}
	if _, ok := a.shortAt(toks, last); ok {
		return candidateMention{}, false // "Ramos Horta said": the short form of a name already read
	}
	for k := i; k <= last; k++ {
		w := toks[k].norm
		if k > i {
			if _, _, ok := a.x.gaz.match(toks, k); ok {
				return candidateMention{}, false // "State Condoleezza Rice": a known name ends the run
			}
		}
		if toks[k].caps || len(w) < 2 || strings.ContainsAny(toks[k].text, "'’*") || notPersonWords[w] || bodyWord(w) || documentWords[w] || groupHeads[w] || companyWords[w] || nameEnds[w] || orgDescriptors[w] || titles[w] != "" || roleTitles[w] != "" || rankWords[w] {
			return candidateMention{}, false
		}
	}
	if p, e, ok := a.x.gaz.match(toks, i); ok && p.entity.Kind != graph.Person && e >= i {
		return candidateMention{}, false
	}
	return a.ruledPerson(toks, i, last, office{}), true
}

// notPersonBefore are words after which a capitalised run is rarely a
// person's name: a place ("in Beit Laqia") or a body ("of Human Rights").
var notPersonBefore = map[string]bool{"of": true, "for": true, "in": true, "at": true, "near": true, "outside": true, "inside": true}

// notPersonFirst are capitalised sentence openers that are no given name.
var notPersonFirst = map[string]bool{"so": true, "then": true, "now": true, "yet": true, "also": true, "still": true, "thus": true, "here": true, "there": true, "please": true}

// notPersonWords close or fill the names of media, firms and causes that
// are said to speak as people are: "Talon News said", "Newmont Mining, the".
var notPersonWords = map[string]bool{
	"news": true, "times": true, "post": true, "journal": true, "press": true, "radio": true, "television": true,
	"tv": true, "online": true, "rights": true, "watch": true, "mining": true, "oil": true, "energy": true,
	"systems": true, "airways": true, "motors": true, "steel": true, "telecom": true, "lady": true, "state": true,
	"states": true, "government": true, "republic": true, "kingdom": true, "city": true, "county": true, "province": true,
}

// personCueAfter reports the words at toks[j] that make the name before
// them a person's: "said", "told", ", who", ", a <noun>", ", the <noun>".
func (a *article) personCueAfter(toks []token, j int) bool {
	if personCueVerbs[toks[j].norm] {
		return true
	}
	if toks[j].text != "," || j+2 >= len(toks) {
		return false
	}
	switch toks[j+1].norm {
	case "who":
		return true
	case "a", "an", "the":
		n := toks[j+2]
		if n.upper && !n.punct && j+3 < len(toks) && !toks[j+3].upper {
			n = toks[j+3] // ", a Canadian citizen", ", an Islamic cleric"
		}
		return !n.upper && !n.punct && !n.digit && !orgDescriptors[n.norm] && !groupHeads[n.norm] && !n.is(classOrgHead) && !describedNotPerson[n.norm]
	}
	return false
}

// describedNotPerson after "X Y, the" describe a place or thing, not a person: "Tal Afar, a
// town near".
var describedNotPerson = map[string]bool{
	"town": true, "city": true, "village": true, "region": true, "province": true, "district": true, "capital": true,
	"state": true, "country": true, "island": true, "port": true, "area": true, "border": true, "camp": true,
	"river": true, "site": true, "home": true, "largest": true, "second": true, "main": true, "former": true,
	"first": true, "only": true, "biggest": true, "same": true, "new": true, "old": true, "nation": true, "company": true,
	"firm": true, "ship": true, "vessel": true, "newspaper": true, "magazine": true, "group": true, "body": true,
}

// orgDescriptors are common nouns that introduce the name of a body right
// after them: "the group Project SafeCom", "the Internet news publication
// Raw Story", "the Malaysian oil company Petronas".
var orgDescriptors = map[string]bool{
	"group": true, "organisation": true, "organization": true, "company": true, "firm": true, "newspaper": true,
	"daily": true, "magazine": true, "publication": true, "broadcaster": true, "network": true, "charity": true,
	"consortium": true, "conglomerate": true, "corporation": true, "giant": true, "watchdog": true,
}

// describedBody finds a capitalised name of one to four words right after a
// descriptor noun, as a body: "the group Project SafeCom", "the oil company
// ChevronTexaco". A name the gazetteer knows is left to it; a person's name
// ("the group's founder") or a title after the noun is no body's name.
func (a *article) describedBody(toks []token, i int) (candidateMention, bool) {
	t := toks[i]
	if i < 2 || t.punct || t.digit || t.is(classNotName) || isTitleWord(t.norm) || !orgDescriptors[toks[i-1].norm] || toks[i-1].upper || toks[i-1].poss {
		return candidateMention{}, false
	}
	if (a.x.gaz.forenames[t.norm] && !t.caps) || genericCaps[t.norm] {
		return candidateMention{}, false // "the group's founder", "coalition MPs", "watchdog NGO"
	}
	if _, _, ok := a.x.gaz.match(toks, i); ok {
		return candidateMention{}, false
	}
	if _, ok := a.shortAt(toks, i); ok {
		return candidateMention{}, false // "an Islamic group Rakhimov said": a person named before
	}
	last := a.describedNameEnd(toks, i)
	// "Focus on the Family", "Times of India", "Voices in the Wilderness"
	if j := last + 1; j+1 < len(toks) && !toks[last].poss && (toks[j].norm == "of" || toks[j+1].norm == "the") && nameJoiners[toks[j].norm] {
		k := j + 1
		if toks[k].norm == "the" && k+1 < len(toks) {
			k++
		}
		if toks[k].upper && !toks[k].punct && !toks[k].is(classNotName) && !linkGap(a.doc.Body, toks, k) {
			last = a.describedNameEnd(toks, k)
		}
	}
	if last+1 < len(toks) && toks[last+1].upper && !toks[last+1].punct && !toks[last+1].is(classNotName) && !linkGap(a.doc.Body, toks, last+1) {
		return candidateMention{}, false // a longer run: left to the rules that read it whole
	}
	surface := span(a.doc.Body, toks, i, last)
	name := cleanName(surface)
	if e := a.x.gaz.resolve(name); e != nil {
		return candidateMention{first: i, last: last, rank: 3, ent: e, form: formName, surface: surface}, true
	}
	e := &graph.Entity{ID: graph.EntityID(graph.Organization, name), Name: name, Kind: graph.Organization}
	return candidateMention{first: i, last: last, rank: 2, ent: e, form: formRule, surface: surface}, true
}

// partyPlurals are the plural nouns parties are called by ("the Greens",
// "the Australian Democrats", "Conservatives"): capitalised, they name the
// party, not its members at large.
var partyPlurals = map[string]bool{
	"greens": true, "democrats": true, "republicans": true, "liberals": true, "conservatives": true,
	"socialists": true, "nationals": true, "tories": true, "communists": true, "labourites": true,
}

// pluralParty finds a party called by its plural noun, with the demonym of
// its state when one comes before it: "the Australian Greens", "the
// Democrats". The gazetteer's entry is used where it knows the name.
func (a *article) pluralParty(toks []token, i int) (candidateMention, bool) {
	first, country := i, ""
	if p, e, ok := a.x.gaz.match(toks, i); ok && p.form == formDemonym && p.entity.Kind == graph.Country && e+1 < len(toks) {
		country, i = p.entity.ID, e+1
	}
	t := toks[i]
	if !t.upper || t.caps || !partyPlurals[t.norm] {
		return candidateMention{}, false
	}
	if country == "" && membersOften[t.norm] {
		return candidateMention{}, false // "Democrats said": most often members at large, in American copy
	}
	if first > 0 && (toks[first-1].digit || memberCounts[toks[first-1].norm]) {
		return candidateMention{}, false // "49 Republicans, 49 Democrats": members counted, not the party
	}
	if first > 0 && toks[first-1].upper && !toks[first-1].punct && !toks[first-1].is(classNotName) && !linkGap(a.doc.Body, toks, first) {
		return candidateMention{}, false // "Young Republicans", "Christian Democrats": left to the rules that read the run whole
	}
	if i+1 < len(toks) && toks[i+1].upper && !toks[i+1].punct && !linkGap(a.doc.Body, toks, i+1) {
		return candidateMention{}, false // "Democrats Abroad"
	}
	surface := span(a.doc.Body, toks, first, i)
	name := cleanName(surface)
	if e := a.x.gaz.resolve(name); e != nil {
		return candidateMention{first: first, last: i, rank: 3, ent: e, form: formName, surface: surface}, true
	}
	e := &graph.Entity{ID: graph.EntityID(graph.Organization, name), Name: name, Kind: graph.Organization, Country: country}
	return candidateMention{first: first, last: i, rank: 2, ent: e, form: formRule, surface: surface}, true
}

// ranksBeforeName may stand, capitalised, right before a full name without
// being part of it: "Troopers Corey Hayes and ...", "Doctors Giacomo Rossi".
var ranksBeforeName = map[string]bool{
	"trooper": true, "troopers": true, "doctor": true, "doctors": true, "constable": true, "detective": true,
	"inspector": true, "corporals": true, "sergeants": true, "officers": true, "privates": true, "captains": true,
	"superintendent": true, "cpl": true, "lt": true, "col": true, "brigadier": true, "maj": true, "capt": true, "dom": true,
}

// genericCaps are capitalised words that follow a descriptor noun without
// naming anything: "coalition MPs", "the watchdog NGO".
var genericCaps = map[string]bool{"mps": true, "mp": true, "ngo": true, "ngos": true, "ceo": true}

// nameJoiners join the words of a body's name: "Times of India", "Focus
// on the Family".
var nameJoiners = map[string]bool{"of": true, "on": true, "in": true, "for": true}

// describedNameEnd returns the last token of a capitalised run of up to
// four words from toks[i]; hyphenated lower-case parts belong to it
// ("Lashkar-e-Taiba", "Hizb ut-Tahrir"). A cut link, a country or a
// possessive ends it.
func (a *article) describedNameEnd(toks []token, i int) int {
	last := i
	for k := i; k < len(toks) && k < i+5; k++ {
		u := toks[k]
		joined := k > i && toks[k-1].hyphen
		particle := !u.upper && u.hyphen && k+1 < len(toks)
		if u.punct || (!u.upper && !joined && !particle) || u.is(classNotName) || isTitleWord(u.norm) {
			break
		}
		if k > i && (linkGap(a.doc.Body, toks, k) || (a.isPlaceWord(toks, k) && !joined)) {
			break
		}
		last = k
		if u.poss {
			break
		}
	}
	for last > i && !toks[last].upper && !toks[last-1].hyphen {
		last-- // a dangling particle
	}
	return last
}

// membersOften are party plurals that American news uses for members and
// voters at large ("Democrats turned out", "Republicans who would like to
// withdraw") more than for the party acting; with a demonym they name it.
var membersOften = map[string]bool{"democrats": true, "republicans": true}

// memberCounts before a party's plural count its members: "two Democrats".
var memberCounts = map[string]bool{
	"one": true, "two": true, "three": true, "four": true, "five": true, "six": true, "seven": true, "eight": true,
	"nine": true, "ten": true, "eleven": true, "twelve": true, "dozen": true, "several": true, "many": true, "some": true,
	"few": true, "most": true, "all": true, "other": true, "fellow": true, "both": true, "moderate": true, "individual": true,
}
