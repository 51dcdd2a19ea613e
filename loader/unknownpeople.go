package loader

import (
	"slices"
	"strings"

	"github.com/geokg/geokg/graph"
)

// This file recognises people the gazetteer does not know by the shapes
// their names take in other naming traditions than "Given Surname"
// (forenames.go reads that one): a kunya, "father of" or "mother of" and a
// name ("Abu Hamza al-Masri", "Umm Hassan"); an East Asian name written
// surname first with a hyphenated given name ("Chung Dong-young"); a
// surname after a form of address ("Mr Gales", "Dr. Trewin"); and the
// given name Jan, which the month's abbreviation hides.

// kunyas open an Arabic name by a child's name: "Abu" (father of) and
// "Umm" (mother of). Many militants and some officials are known by a kunya
// alone.
var kunyas = map[string]bool{"abu": true, "abou": true, "umm": true}

// kunyaPlaces are the second words of places and groups whose names are
// built like a kunya: the prison of Abu Ghraib, the emirate of Abu Dhabi,
// the Abu Sayyaf group, the port of Umm Qasr.
var kunyaPlaces = map[string]bool{
	"ghraib": true, "dhabi": true, "sayyaf": true, "qasr": true, "kamal": true, "simbel": true, "dis": true,
	"shouk": true, "musa": true, "kabir": true,
}

// kunyaPerson finds a person named by a kunya and one or more capitalised
// names: "Abu Qaswarah", "Abu Musab al-Zarqawi", "Abu Abdul-Rahman". A
// kunya that names a place or a group (kunyaPlaces, or a gazetteer entry
// that is not a person) is left to the rules for those.
func (a *article) kunyaPerson(toks []token, i int) (candidateMention, bool) {
	if !kunyas[toks[i].norm] || toks[i].caps || toks[i].hyphen || i+1 >= len(toks) || insideNameRun(toks, i) {
		return candidateMention{}, false
	}
	next := toks[i+1]
	if !next.upper || next.punct || next.digit || next.caps || next.is(classNotName) || isTitleWord(next.norm) ||
		titles[next.norm] != "" || kunyaPlaces[next.norm] || a.isPlaceWord(toks, i+1) || len(next.norm) < 3 {
		return candidateMention{}, false
	}
	last := i + 1
	for last+1 < len(toks) && toks[last].hyphen && !toks[last+1].punct && !toks[last+1].digit {
		last++ // "Abu Abdul-Rahman"
	}
	if l, ok := a.nameRun(toks, i+1); ok && l > last {
		last = l // "Abu Musab al-Zarqawi"
	}
	if !a.personShaped(toks, i, last) || a.shorts[nameKey(span(a.doc.Body, toks, i, last))] != nil {
		return candidateMention{}, false // a kunya given earlier as someone's other name (linkKnownAs)
	}
	return a.ruledPerson(toks, i, last, office{}), true
}

// eastAsianPerson finds a surname (eastAsianSurnames, offices.go) and a hyphenated given name whose second
// syllable is in lower case: "Chung Dong-young", "Hsieh Chang-ting". The
// shape is the name's own; "-based" or "-led" after a word make an
// adjective, not a name.
func (a *article) eastAsianPerson(toks []token, i int) (candidateMention, bool) {
	if !eastAsianSurnames[toks[i].norm] || toks[i].caps || toks[i].hyphen || toks[i].poss || i+2 >= len(toks) || insideNameRun(toks, i) {
		return candidateMention{}, false
	}
	given, tail := toks[i+1], toks[i+2]
	if !given.upper || !given.hyphen || given.caps || given.punct || given.digit || given.is(classNotName) ||
		tail.upper || tail.punct || tail.digit || tail.hyphen || len(tail.norm) < 2 || len(tail.norm) > 6 || strings.HasSuffix(tail.norm, "ed") {
		return candidateMention{}, false
	}
	if !a.personShaped(toks, i, i+2) {
		return candidateMention{}, false
	}
	return a.ruledPerson(toks, i, i+2, office{}), true
}

// monthGivenNames are month abbreviations that are also given names: the
// Dutch and Scandinavian "Jan". Before a capitalised name it opens a name
// ("Jan Peter Balkenende"); before a day or year it is the month.
var monthGivenNames = map[string]bool{"jan": true}

// monthNamedPerson finds a person whose given name is also a month's
// abbreviation: "Jan Jambon", "Jan Egeland".
func (a *article) monthNamedPerson(toks []token, i int) (candidateMention, bool) {
	if !monthGivenNames[toks[i].norm] || toks[i].caps || toks[i].hyphen || i+1 >= len(toks) || insideNameRun(toks, i) {
		return candidateMention{}, false
	}
	next := toks[i+1]
	if !next.upper || next.punct || next.digit || next.caps || next.is(classNotName) || isTitleWord(next.norm) ||
		titles[next.norm] != "" || a.isPlaceWord(toks, i+1) || len(next.norm) < 2 {
		return candidateMention{}, false
	}
	last := i + 1
	if l, ok := a.nameRun(toks, i+1); ok {
		last = l // "Jan Peter Balkenende"
	}
	if !a.personShaped(toks, i, last) {
		return candidateMention{}, false
	}
	return a.ruledPerson(toks, i, last, office{}), true
}

// insideNameRun reports a token that continues a capitalised run begun
// before it: "Camp Abu Naji" is read whole by the rules for places. A
// title before it ("Sheikh Abu Hamza") or a sentence's opening word does
// not count.
func insideNameRun(toks []token, i int) bool {
	if i == 0 {
		return false
	}
	p := toks[i-1]
	return p.upper && !p.punct && !p.poss && !p.digit && !isTitleWord(p.norm) && titles[p.norm] == "" && !p.is(classNotName)
}

// personShaped reports that toks[first..last] may be a person's name: no
// word in it or right after it closes the name of a place, building or
// body ("Abu Naji Camp"), and the gazetteer knows it as nothing else.
func (a *article) personShaped(toks []token, first, last int) bool {
	for k := first; k <= last; k++ {
		if nameEnds[toks[k].norm] || bodyWord(toks[k].norm) {
			return false
		}
	}
	if n := last + 1; n < len(toks) && toks[n].upper && (nameEnds[toks[n].norm] || bodyWord(toks[n].norm)) {
		return false
	}
	if p, e, ok := a.x.gaz.match(toks, first); ok && p.entity.Kind != graph.Person && e >= last {
		return false
	}
	return true
}

// addressForms are the forms of address and academic or legislative
// titles that may stand before a bare surname: "Mr Gales", "Dr. Trewin",
// "Professor Gales", "Senator Kyl".
var addressForms = map[string]bool{
	"dr": true, "prof": true, "professor": true, "senator": true, "sen": true,
}

// addressedSurname reports a form of address at toks[i] whose surname at
// toks[j] surnameAfterTitle (extract.go) may read as it reads one after
// "President". A kunya is no surname ("Dr. Abu", short for "Dr. Abu
// Pula"), and a surname that ends a longer name in the same sentence
// ("John McCain's bill ... Senator McCain") is left to be read as that
// name's short form.
func addressedSurname(toks []token, i, j int) bool {
	if !addressForms[toks[i].norm] || kunyas[toks[j].norm] {
		return false
	}
	for k := 1; k < len(toks); k++ {
		if k != j && toks[k].norm == toks[j].norm && toks[k-1].upper && !toks[k-1].punct && !isTitleWord(toks[k-1].norm) && titles[toks[k-1].norm] == "" {
			return false
		}
	}
	return true
}

// titledShortName resolves a head-of-state title and the short name of a
// person the gazetteer knows before the article names them in full
// ("President Chen" in a 2006 article is Chen Shui-bian): the one person of
// that short name who held the title at publication. Where several did, or
// none, the name is left to the other rules.
func (a *article) titledShortName(toks []token, i int) (candidateMention, bool) {
	end, title, ok := titleAt(toks, i)
	j := end + 1
	if !ok || !toks[i].upper || !headTitles[title] || j >= len(toks) {
		return candidateMention{}, false
	}
	t := toks[j]
	if !t.upper || t.punct || t.caps || t.hyphen || (j+1 < len(toks) && toks[j+1].upper && !toks[j+1].punct && !t.poss) {
		return candidateMention{}, false // "President Chen Shui-bian" is the gazetteer's to read whole
	}
	var found *graph.Entity
	for _, p := range a.x.gaz.peopleByShort[t.norm] {
		if !a.holds(p, func(r string) bool { return r == title }) {
			continue
		}
		if found != nil {
			return candidateMention{}, false
		}
		found = p
	}
	if found == nil {
		return candidateMention{}, false
	}
	return candidateMention{first: j, last: j, rank: 1, ent: found, form: formShort, surface: span(a.doc.Body, toks, j, j), titled: true}, true
}

// knownAsLinks are the words that give a person's other name: "Abdul
// Nacer Benbrika, also known as Abu Bakr", "Akmad Jumdail alias Dr. Abu
// Pula", "Sami al-Jaaf, a.k.a. Abu Omar".
var knownAsLinks = [][]string{{"also", "known", "as"}, {"known", "as"}, {"alias"}, {"aka"}, {"a.k.a"}, {"better", "known", "as"}}

// linkKnownAs makes a person named right after another person and one of
// knownAsLinks the same person: the second name is the first one's alias,
// and later mentions of it name the first. A name the gazetteer already
// gives to someone is left alone.
func (a *article) linkKnownAs(toks []token, ms []mention) {
	for k := 1; k < len(ms); k++ {
		prev, m := ms[k-1], ms[k]
		if prev.ent.Kind != graph.Person || m.ent.Kind != graph.Person || prev.ent == m.ent || m.form == formName || m.form == formShort {
			continue
		}
		gap := toks[prev.last+1 : m.first]
		if len(gap) > 0 && gap[0].text == "," {
			gap = gap[1:]
		}
		if len(gap) > 0 && addressForms[gap[len(gap)-1].norm] {
			gap = gap[:len(gap)-1] // "alias Dr. Abu Pula"
		}
		if !knownAsGap(gap) {
			continue
		}
		surface := span(a.doc.Body, toks, m.first, m.last)
		ms[k].ent = prev.ent
		a.alias(prev.ent, surface)
		a.shorts[nameKey(surface)] = prev.ent
	}
}

// knownAsGap reports tokens that are one of knownAsLinks, periods aside.
func knownAsGap(gap []token) bool {
	var words []string
	for _, t := range gap {
		if t.text != "." {
			words = append(words, t.norm)
		}
	}
	for _, l := range knownAsLinks {
		if slices.Equal(words, l) {
			return true
		}
	}
	return false
}
