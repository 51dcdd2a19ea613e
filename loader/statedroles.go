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
	if insideNameRun(toks, i) || toks[i].poss || toks[i].digit || toks[i].is(classNotName) || isTitleWord(toks[i].norm) || titles[toks[i].norm] != "" {
		return candidateMention{}, false
	}
	if i > 0 && prepositions[toks[i-1].norm] || adverbs[toks[i].norm] {
		return candidateMention{}, false // "In Limassol, the container ship", "According to X, the ship"
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
