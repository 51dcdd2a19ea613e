package loader

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// This file recognises people the gazetteer does not know by the given name
// their full name opens with ("Simon Mann", "Natasha Stott Despoja",
// "Jean-Pierre Bemba Gombo"). Titles, appositions and speech verbs find
// many such people (extract.go, names.go); a bare name in the subject or
// object of a sentence has only its given name to go by.

// loadForenames reads the given names of gazetteer/forenames.tsv. A
// hyphenated name is keyed by its first part, the token a name run starts
// with ("Jean" of "Jean-Pierre").
func (g *gazetteer) loadForenames(path string) error {
	rs, err := rows(path, "name", 1)
	if err != nil {
		return err
	}
	g.forenames = make(map[string]bool, len(rs))
	for _, r := range rs {
		first, _, _ := strings.Cut(r[0], "-")
		g.forenames[fold(first)] = true
	}
	return nil
}

// nameEnds are words that close the name of a place, building, prize or
// institution named after a person ("George Washington University",
// "Nelson Mandela Square", "Ronald Reagan Airport"): a name run that holds
// one is not a person.
var nameEnds = map[string]bool{
	"airport": true, "avenue": true, "street": true, "road": true, "boulevard": true, "square": true, "bridge": true,
	"university": true, "college": true, "school": true, "academy": true, "hospital": true, "memorial": true,
	"stadium": true, "arena": true, "centre": true, "center": true, "prize": true, "award": true, "awards": true,
	"foundation": true, "trust": true, "house": true, "hall": true, "building": true, "tower": true, "park": true,
	"island": true, "islands": true, "river": true, "lake": true, "dam": true, "station": true, "port": true,
	"doctrine": true, "plan": true, "act": true, "law": true, "report": true, "cup": true, "trophy": true,
	"museum": true, "library": true, "church": true, "mosque": true, "cathedral": true, "camp": true, "base": true,
	"company": true, "corporation": true, "inc": true, "ltd": true, "co": true, "airlines": true, "media": true,
	// A government named after its leader ("the Howard Government", "the
	// Martin administration") is no person: read as one, its last word
	// would become a short name that takes over "the Indonesian Government".
	"government": true, "administration": true, "regime": true,
}

// forenamePerson finds a name of two to five words that opens with a known
// given name, as a person. The gazetteer's entry is used where the name is
// known; a run that holds a country, capital or demonym, a title, or a word
// that closes the names of places and institutions is no person's name.
func (a *article) forenamePerson(toks []token, i int) (candidateMention, bool) {
	if toks[i].caps || !a.x.gaz.forenames[toks[i].norm] && !westernForenameAt(toks, i) {
		return candidateMention{}, false
	}
	if i > 0 && toks[i-1].upper && !toks[i-1].punct && !toks[i-1].poss && !isTitleWord(toks[i-1].norm) && !toks[i-1].is(classNotName) && !rankWords[toks[i-1].norm] && !ranksBeforeName[toks[i-1].norm] && !bodyWord(toks[i-1].norm) && !linkGap(a.doc.Body, toks, i) {
		return candidateMention{}, false // inside a longer capitalised run: left to the rules that read it whole
	}
	last, ok := a.nameRun(toks, i)
	if !ok {
		return candidateMention{}, false
	}
	for k := i; k <= last; k++ {
		if nameEnds[toks[k].norm] || bodyWord(toks[k].norm) {
			return candidateMention{}, false
		}
	}
	if last+1 < len(toks) && (nameEnds[toks[last+1].norm] || bodyWord(toks[last+1].norm)) && toks[last+1].upper {
		return candidateMention{}, false
	}
	if p, e, ok := a.x.gaz.match(toks, i); ok && p.entity.Kind != graph.Person && e >= last {
		return candidateMention{}, false
	}
	return a.ruledPerson(toks, i, last, office{}), true
}

// surnameForenames are given names of English usage that are also the
// commonest East Asian surnames, and so left out of forenames.tsv: "Kim
// Beazley", "Lee Rhiannon" beside "Kim Dae-jung", "Lee Myung-bak".
var surnameForenames = map[string]bool{"kim": true, "lee": true}

// westernForenameAt reports whether toks[i] is one of surnameForenames
// opening a name of the Western shape: one surname of four or more
// letters, not hyphenated, with no further capitalised word ("Kim
// Beazley", "Lee Hamilton"). East Asian given names are hyphenated or
// spaced syllables ("Kim Jong-hoon", "Kim Jang Soo"), and those the
// gazetteer knows it matches before this rule runs.
func westernForenameAt(toks []token, i int) bool {
	if !surnameForenames[toks[i].norm] || toks[i].hyphen || i+1 >= len(toks) {
		return false
	}
	s := toks[i+1]
	if !s.upper || s.caps || s.punct || s.digit || s.hyphen || len(s.norm) < 4 || strings.ContainsRune(s.norm, '-') {
		return false
	}
	return i+2 >= len(toks) || !toks[i+2].upper || toks[i+2].punct || s.poss
}
