package loader

import (
	"slices"
	"strings"

	"github.com/geokg/geokg/graph"
)

// This file reads the roles news copy states for bodies and vessels, as
// rolenouns.go reads those of people: the noun phrase that introduces a
// ship's name ("the container ship X", "the Russian trawler X") and a
// description in apposition after a body's or ship's name ("X, a
// Japanese whaling fleet supply vessel,", "X, Japan's second-largest
// marine products firm", "the DA, a liberal party which"). ANNOTATION.md
// lists an entity whose role the article states; a body's description is
// its role, in the article's words. A name the sentence's other rules do
// not make out is a body when such a description follows it.

// bodyDescriptionHeads are the head nouns of a description that only a body, not a
// person, answers to: "X, the country's largest bank,".
var bodyDescriptionHeads = map[string]bool{
	"party": true, "company": true, "firm": true, "corporation": true, "conglomerate": true, "bank": true,
	"lender": true, "insurer": true, "airline": true, "carrier": true, "broadcaster": true, "newspaper": true,
	"daily": true, "tabloid": true, "magazine": true, "agency": true, "militia": true, "movement": true,
	"charity": true, "federation": true, "coalition": true, "organisation": true, "organization": true,
	"watchdog": true, "regulator": true, "institute": true, "consortium": true, "legislature": true,
	"group": true, "union": true, "alliance": true, "bloc": true, "faction": true, "network": true,
}

// descriptionStops end a description read back from its head noun, or void
// one read forward: prepositions, links and verbs' auxiliaries.
var descriptionStops = map[string]bool{
	"of": true, "to": true, "in": true, "on": true, "at": true, "by": true, "for": true, "with": true,
	"from": true, "and": true, "or": true, "that": true, "which": true, "who": true, "as": true, "is": true,
	"was": true, "were": true, "are": true, "be": true, "been": true, "has": true, "had": true, "have": true,
	"when": true, "after": true, "before": true, "while": true, "said": true, "says": true, "not": true,
}

// descriptionClosers may follow the head of a description in apposition:
// "X, a liberal party which", "X, a Japanese whaling vessel owned by".
var descriptionClosers = map[string]bool{
	"of": true, "which": true, "that": true, "whose": true, "owned": true, "based": true, "run": true,
	"operated": true, "registered": true, "carrying": true, "with": true, "in": true, "from": true,
}

// vesselHead reports a vessel noun (entities.go) at toks[h] that heads a
// description: in lower case, and not "aircraft", which names a maker as
// often as a plane.
func vesselHead(toks []token, h int) bool {
	t := toks[h]
	return vesselNouns[t.norm] && !quotedOnly[t.norm] && !t.upper && !t.poss && !t.punct
}

// describedAfter reads a description in apposition after a name ending at
// toks[last], its head one that head accepts: ", [a|an|the|another]
// [Owner's] [modifiers] head" closed by punctuation, the end, a speech
// verb or descriptionClosers. A bracketed short form may stand between
// the name and the comma ("the Democratic Alliance (DA), a liberal
// party"). Without a determiner or an owner the head must take "of"
// ("X, owner of the fleet"). It returns the first and last token of the
// description's words, determiner left out.
func describedAfter(toks []token, last int, head func([]token, int) bool) (int, int, bool) {
	j := last + 1
	if j < len(toks) && toks[j].text == "(" {
		for k := j + 1; k < len(toks) && k <= j+4; k++ {
			if toks[k].text == ")" {
				j = k + 1
				break
			}
		}
	}
	if j+2 >= len(toks) || toks[j].text != "," || toks[last].poss {
		return 0, 0, false
	}
	j++
	det := roleDeterminers[toks[j].norm] && !toks[j].poss
	if det {
		j++
	}
	start, owned := j, false
	for n := 0; j < len(toks) && n < 6; n, j = n+1, j+1 {
		t := toks[j]
		if t.punct || t.digit && !t.hyphen || descriptionStops[t.norm] || t.is(classSpeech) {
			return 0, 0, false
		}
		if t.poss {
			if owned || n > 1 {
				return 0, 0, false
			}
			owned = true // "Japan's", "the country's"
			continue
		}
		if !head(toks, j) {
			continue
		}
		next := j + 1
		if next < len(toks) && head(toks, next) {
			continue // "a whaling fleet supply vessel": the last noun heads it
		}
		closed := next >= len(toks) || toks[next].punct || toks[next].is(classSpeech) || descriptionClosers[toks[next].norm]
		if !closed || !det && !owned && (next >= len(toks) || toks[next].norm != "of") {
			return 0, 0, false
		}
		return start, j, true
	}
	return 0, 0, false
}

// bodyHead reports a head noun of a body's description at toks[h].
func bodyHead(toks []token, h int) bool {
	t := toks[h]
	return bodyDescriptionHeads[t.norm] && !t.upper && !t.poss && !t.punct
}

// describedHead reports a head noun a body's or a ship's description
// ends in.
func describedHead(toks []token, h int) bool {
	return bodyHead(toks, h) || vesselHead(toks, h)
}

// bodyRoles records the roles the sentence states for the bodies and
// ships it names (see the file comment). A body that holds a role already
// keeps it.
func (a *article) bodyRoles(toks []token, ms []mention) {
	for _, m := range ms {
		e := m.ent
		if e.Kind != graph.Organization || m.place || m.form == formRef || len(e.Roles) > 0 {
			continue
		}
		title := m.office.title
		if title == "" {
			title = a.vesselRole(toks, m.first)
		}
		if title == "" {
			title = a.preposedBodyRole(toks, m.first) // preposedroles.go
		}
		if title == "" {
			title = a.commaPreposedBodyRole(toks, m.first, m.last) // bodyentities.go
		}
		if title == "" {
			if s, h, ok := describedAfter(toks, m.last, describedHead); ok {
				title = span(a.doc.Body, toks, s, h)
			}
		}
		if title != "" {
			e.Roles = []graph.Role{{Title: strings.TrimSpace(title)}}
			if !slices.Contains(a.stated, e) {
				a.stated = append(a.stated, e)
			}
		}
	}
}

// vesselRole reads the noun phrase that introduces a ship's name
// starting at toks[first]: "the container ship X", "another Russian
// trawler "X"", "a Canadian registered anti-whaling ship, the X". The
// phrase runs back from the vessel noun over its modifiers to a
// determiner, punctuation or the sentence's start; after a verb ("to ship
// X") it is none.
func (a *article) vesselRole(toks []token, first int) string {
	k := first - 1
	for k >= 0 && quoteMarks[toks[k].text] {
		k--
	}
	if k >= 1 && toks[k].norm == "the" && toks[k-1].text == "," {
		k--
	}
	if k >= 0 && toks[k].text == "," {
		k--
	}
	if k < 0 || !vesselHead(toks, k) {
		return ""
	}
	start := k
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		t := toks[j]
		if t.punct || t.poss || t.digit || roleDeterminers[t.norm] || descriptionStops[t.norm] || t.is(classSpeech) {
			break
		}
		start = j
	}
	if start > 0 && !roleDeterminers[toks[start-1].norm] && !toks[start-1].punct {
		return ""
	}
	return span(a.doc.Body, toks, start, k)
}

// describedName finds a capitalised name that no other rule makes out and
// that a body's or ship's description follows in apposition: "Nissui,
// Japan's second-largest marine products firm", "the Oriental Bluebird, a
// Japanese whaling fleet supply vessel,". The description is its role.
func (a *article) describedName(toks []token, i int) (candidateMention, bool) {
	if !commaWithin(toks, i+1, i+9) {
		return candidateMention{}, false // describedAfter needs a comma after the name (at most i+3) and its bracket (at most 5 more)
	}
	if insideNameRun(toks, i) || toks[i].poss || toks[i].digit || toks[i].is(classNotName) || isTitleWord(toks[i].norm) || titles[toks[i].norm] != "" {
		return candidateMention{}, false
	}
	if i > 0 && i <= 2 && prepositions[toks[i-1].norm] || adverbs[toks[i].norm] {
		return candidateMention{}, false // "In Limassol, the container ship", "According to X, the ship": a phrase opening the sentence
	}
	if i >= 2 && (nameJoiners[toks[i-1].norm] || toks[i-1].norm == "and") && toks[i-2].upper && !toks[i-2].punct {
		return candidateMention{}, false // "the Australian Centre for Languages, a company": the end of a longer name
	}
	last := capitalisedRun(toks, i)
	if last == 0 {
		return candidateMention{}, false // "Also, another trawler": a sentence's opening word
	}
	if last < i || last > i+3 || toks[last].poss || a.crossesCells(toks, i, last) {
		return candidateMention{}, false
	}
	s, h, ok := describedAfter(toks, last, describedHead)
	if !ok {
		return candidateMention{}, false
	}
	if _, e, ok := a.x.gaz.match(toks, i); ok && e >= last {
		return candidateMention{}, false // the gazetteer's: bodyRoles gives it the role
	}
	for k := i; k <= last; k++ {
		if a.isPlaceWord(toks, k) {
			return candidateMention{}, false
		}
	}
	surface := span(a.doc.Body, toks, i, last)
	name := cleanName(surface)
	e := &graph.Entity{ID: graph.EntityID(graph.Organization, name), Name: name, Kind: graph.Organization}
	return candidateMention{first: i, last: last, rank: 3, ent: e, form: formRule, surface: surface, office: office{title: span(a.doc.Body, toks, s, h)}}, true
}

// pluralRank returns the rank a capitalised plural of a service rank
// (roles.go) or of a military title gives each name it lists: "Troopers X
// and Y of the Royal Canadian Dragoons", "Sergeants X and Y". It returns
// "" for other words.
func pluralRank(t token) string {
	if !t.upper || t.poss || t.punct || !strings.HasSuffix(t.norm, "s") {
		return ""
	}
	w := strings.TrimSuffix(t.norm, "s")
	if militaryTitles[w] {
		if title := titles[w]; title != "" {
			return title
		}
		return roleTitles[w]
	}
	return serviceRanks[w]
}

// militaryTitles are the ranks extract.go holds as titles.
var militaryTitles = map[string]bool{
	"general": true, "colonel": true, "lieutenant": true, "captain": true, "sergeant": true, "admiral": true, "brigadier": true,
}

// compoundRoleEnd reads a role named by a compound rather than a noun at
// toks[j]: "second-in-command", "number two" (in lower case). It returns
// the compound's last token.
func compoundRoleEnd(toks []token, j int) (int, bool) {
	if j+2 < len(toks) && toks[j].norm == "second" && toks[j].hyphen && toks[j+1].norm == "in" && toks[j+1].hyphen && toks[j+2].norm == "command" {
		return j + 2, true
	}
	if j+1 < len(toks) && toks[j].norm == "number" && !toks[j].upper && (toks[j+1].norm == "two" || toks[j+1].norm == "2") && !toks[j+1].hyphen {
		return j + 1, true
	}
	return 0, false
}

// compoundModifiers may stand before such a compound: "the alleged
// second-in-command".
var compoundModifiers = map[string]bool{"alleged": true, "former": true, "reputed": true, "purported": true, "new": true, "de": true, "facto": true}

// compoundRole reads the role a compound states beside the person named at
// toks[first:last+1]: after the name ("X, the group's second-in-command,",
// "X, number two of the party,") or before it ("the alleged
// second-in-command of al-Qaeda in Iraq (AQI), X also known as Y"). The
// role runs from the compound to the end of its "of" phrase.
func (a *article) compoundRole(toks []token, first, last int) (office, bool) {
	// After the name.
	if j := last + 2; j < len(toks) && toks[last+1].text == "," && !toks[last].poss {
		if toks[j].norm == "the" || toks[j].norm == "a" {
			j++
		}
		if j < len(toks) && toks[j].poss && j+1 < len(toks) {
			j++ // "the group's"
		}
		for j < len(toks) && compoundModifiers[toks[j].norm] {
			j++
		}
		if end, ok := compoundRoleEnd(toks, j); ok {
			next := end + 1
			if next >= len(toks) || toks[next].punct || toks[next].is(classSpeech) || roleClosers[toks[next].norm] {
				return office{title: a.compoundTitle(toks, j, end)}, true
			}
		}
	}
	// Before the name: "COMPOUND [of Body [(ACRONYM)]], X", the name closed
	// by punctuation, a clause or another name for it.
	k := first - 1
	if k < 1 || toks[k].text != "," {
		return office{}, false
	}
	n := last + 1
	if !closedApposition(toks, first, last) && !(n < len(toks) && (toks[n].norm == "also" || toks[n].norm == "alias" || toks[n].norm == "aka")) {
		return office{}, false
	}
	for j := k - 1; j >= 0 && j >= k-14; j-- {
		if toks[j].punct && toks[j].text != "(" && toks[j].text != ")" {
			break
		}
		end, ok := compoundRoleEnd(toks, j)
		if !ok {
			continue
		}
		if end != k-1 && toks[end+1].norm != "of" {
			return office{}, false
		}
		return office{title: a.compoundTitle(toks, j, end)}, true
	}
	return office{}, false
}

// compoundTitle is the role a compound at toks[j:end+1] states, with the
// "of" phrase that follows it up to punctuation: "second-in-command of
// al-Qaeda in Iraq".
func (a *article) compoundTitle(toks []token, j, end int) string {
	if end+2 < len(toks) && toks[end+1].norm == "of" {
		e := end + 1
		for e+1 < len(toks) && e < end+8 && !toks[e+1].punct {
			e++
		}
		if e > end+1 {
			end = e
		}
	}
	return span(a.doc.Body, toks, j, end)
}

// relationalClosers tie a role without a determiner to whom it serves:
// "X, campaign manager for John McCain", "X, senior adviser to the
// president". Without one, ", campaign manager" may open a list.
var relationalClosers = map[string]bool{"for": true, "of": true, "to": true, "at": true}

// The people who present a broadcast are named by their part in it: "host
// X", "X, the programme's presenter,".
func init() {
	for _, w := range []string{"host", "presenter", "anchor", "anchorman", "anchorwoman", "moderator"} {
		roleNouns[w] = true
	}
}

// commaWithin reports whether a comma is among toks[from] to toks[to]: a
// cheap test a rule that needs one makes before its costlier ones.
func commaWithin(toks []token, from, to int) bool {
	for k := from; k <= to && k < len(toks); k++ {
		if toks[k].punct && toks[k].text == "," {
			return true
		}
	}
	return false
}
