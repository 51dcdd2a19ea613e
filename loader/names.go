package loader

import (
	"slices"
	"strings"

	"github.com/geokg/geokg/graph"
)

// This file holds the rules for people's names that the title and
// apposition rules of extract.go miss: transliteration variants of the
// gazetteer's people ("Mahmud Abbas", "Muammar Kadhafi", "Lula DaSilva"),
// a given name standing alone for a person named surname first ("Jintao"
// after "Hu Jintao"), and names introduced by a bare noun in apposition
// ("The official, Azouz Begag, said").

// variantForm is one way the gazetteer writes a person, cut into the parts
// a transliteration variant is compared by.
type variantForm struct {
	person *graph.Entity
	// parts are the words of the name without the article particles al- and
	// el-, which writers drop at will ("Bashar Assad").
	parts []string
}

// indexVariants records every name and alias of the gazetteer's people by
// the consonant skeleton of its last part, and every form written without
// spaces ("luladasilva"), for variantPerson.
func (g *gazetteer) indexVariants() {
	g.variants = map[string][]variantForm{}
	g.joined = map[string]*graph.Entity{}
	g.givenNames = map[string][]string{}
	seen := map[string]bool{}
	for key, ps := range g.phrases {
		for _, p := range ps {
			if p.entity.Kind != graph.Person || p.form != formName {
				continue
			}
			parts := nameParts(key)
			if len(parts) < 2 || seen[p.entity.ID+"\x00"+key] {
				continue
			}
			seen[p.entity.ID+"\x00"+key] = true
			s := skeleton(parts[len(parts)-1])
			g.variants[s] = append(g.variants[s], variantForm{person: p.entity, parts: parts})
			if words := strings.Fields(key); len(words) >= 2 {
				// A name written surname first ("Hu Jintao", known as Hu)
				// lends its last part as a given name.
				short, given := g.shorts[p.entity.ID], words[len(words)-1]
				if len(short) > 0 && words[0] == short[0] && !slices.Contains(short, given) && key == nameKey(p.entity.Name) {
					g.givenNames[given] = append(g.givenNames[given], p.entity.ID)
				}
			}
			j := strings.Join(parts, "")
			if other, ok := g.joined[j]; ok && other != p.entity {
				g.joined[j] = nil // two people share the form: it names neither
			} else if !ok {
				g.joined[j] = p.entity
			}
		}
	}
}

// nameParts splits a name key into its parts, leaving out the particles al
// and el and the hyphens' breaks ("bashar al assad" → bashar, assad).
func nameParts(key string) []string {
	var out []string
	for _, w := range strings.Fields(key) {
		if w == "al" || w == "el" || w == "-" {
			continue
		}
		out = append(out, w)
	}
	return out
}

// variantPerson returns the one gazetteer person whose name the capitalised
// name surface spells differently, or nil. The test is deliberately narrow:
// the forms must agree once written without spaces ("Lula DaSilva" and
// "Lula da Silva"), or have the same number of parts, each of which agrees
// in its consonants and differs in a few letters at most ("Mahmud" and
// "Mahmoud", "Saniora" and "Siniora", "Prnab" and "Pranab", "Kadhafi" and
// "Gaddafi"); and exactly one person may fit.
func (g *gazetteer) variantPerson(surface string) *graph.Entity {
	return g.variantOf(nameParts(nameKey(surface)))
}

// variantOf is variantPerson for a name cut into parts (see nameParts).
func (g *gazetteer) variantOf(parts []string) *graph.Entity {
	if len(parts) < 2 {
		return nil
	}
	if e := g.joined[strings.Join(parts, "")]; e != nil {
		return e
	}
	last := skeleton(parts[len(parts)-1])
	var found *graph.Entity
	for _, s := range skeletonNeighbours(last) {
		for _, f := range g.variants[s] {
			if len(f.parts) != len(parts) || f.person == found {
				continue
			}
			fits := true
			for n := range parts {
				if !variantPart(parts[n], f.parts[n]) {
					fits = false
					break
				}
			}
			if !fits {
				continue
			}
			if found != nil {
				return nil // two people fit: the name is no one's for sure
			}
			found = f.person
		}
	}
	return found
}

// variantShorts adds to the short forms keys of the person name the
// surname of its variant spelling surface, when the short form is the
// surname: "Yuschenko" after "Victor Yuschenko" for Viktor Yushchenko, but
// not "Silva" after "Luis Inácio Lula da Silva", known as Lula.
func variantShorts(keys []string, name, surface string) []string {
	words, variant := strings.Fields(nameKey(name)), strings.Fields(nameKey(surface))
	if len(words) == 0 || len(variant) == 0 || !slices.Contains(keys, words[len(words)-1]) {
		return keys
	}
	return append(slices.Clip(keys), variant[len(variant)-1])
}

// skeletonNeighbours are the skeletons a variant's last part may have:
// its own and, for skeletons of three or more consonants, those whose
// first consonant is another of the velars transliterations disagree on
// (K, Q, G, C: "Kadhafi", "Qaddafi", "Gaddafi").
func skeletonNeighbours(s string) []string {
	out := []string{s}
	if len(s) < 3 || !velar(s[0]) {
		return out
	}
	for _, c := range []byte("cgkq") {
		if c != s[0] {
			out = append(out, string(c)+s[1:])
		}
	}
	return out
}

// velar reports the letters transliterations write for one another at the
// edges of a word.
func velar(c byte) bool {
	return c == 'c' || c == 'g' || c == 'k' || c == 'q'
}

// variantPart reports whether two parts of names may be one name written
// two ways: equal; an initial and a name it begins; or words of at least
// four letters that begin and end alike (or with velars: "Farouq",
// "Farouk"), whose consonant skeletons differ in at most one consonant and
// whose spellings differ in at most two letters (one for words under six
// letters). Words that differ at an edge are mostly other names: "Bill"
// and "Billy", "Mary" and "Mark", "Harney" and "Carney".
func variantPart(p, q string) bool {
	if p == q {
		return true
	}
	if len(p) == 1 || len(q) == 1 {
		return p[0] == q[0]
	}
	if len(p) < 4 || len(q) < 4 || !sameEdge(p[0], q[0]) || !sameEdge(p[len(p)-1], q[len(q)-1]) {
		return false
	}
	limit := 1
	if min(len(p), len(q)) >= 6 {
		limit = 2
	}
	return editDistance(skeleton(p), skeleton(q)) <= 1 && editDistance(p, q) <= limit
}

// sameEdge reports letters that may stand at the same edge of two
// spellings of a name.
func sameEdge(c, d byte) bool {
	return c == d || velar(c) && velar(d)
}

// skeleton keeps the first letter of a word and its consonants after it,
// without vowels, h, w and y (which transliterations add and drop:
// "Mahmoud", "Kadhafi") and with doubled letters written once: "mahmoud"
// and "mahmud" → "mmd", "gaddafi" → "gdf", "kadhafi" → "kdf".
func skeleton(w string) string {
	var b []byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if i > 0 && strings.IndexByte("aeiouhwy", c) >= 0 {
			continue
		}
		if n := len(b); n > 0 && b[n-1] == c {
			continue
		}
		b = append(b, c)
	}
	return string(b)
}

// editDistance is the Levenshtein distance between two byte strings.
func editDistance(p, q string) int {
	row := make([]int, len(q)+1)
	for j := range row {
		row[j] = j
	}
	for i := 1; i <= len(p); i++ {
		diag := row[0]
		row[0] = i
		for j := 1; j <= len(q); j++ {
			cost := 1
			if p[i-1] == q[j-1] {
				cost = 0
			}
			next := min(row[j]+1, row[j-1]+1, diag+cost)
			diag, row[j] = row[j], next
		}
	}
	return row[len(q)]
}

// variantName finds a bare name that spells a gazetteer person's name
// another way: "Mahmud Abbas said", "Muammar Kadhafi". It reads only a
// run of capitalised words that does not continue a name or title before
// it.
func (a *article) variantName(toks []token, i int) (candidateMention, bool) {
	if !toks[i].upper || toks[i].punct || toks[i].caps || (i > 0 && toks[i-1].upper && !toks[i-1].punct && !toks[i-1].is(classNotName)) {
		return candidateMention{}, false
	}
	last, ok := a.nameRun(toks, i)
	if !ok || bodyWord(toks[last].norm) {
		return candidateMention{}, false
	}
	var parts []string
	for k := i; k <= last; k++ {
		if !toks[k].punct && toks[k].norm != "al" && toks[k].norm != "el" {
			parts = append(parts, toks[k].norm)
		}
	}
	e := a.x.gaz.variantOf(parts)
	if e == nil {
		return candidateMention{}, false
	}
	return candidateMention{first: i, last: last, rank: 3, ent: e, form: formName, surface: span(a.doc.Body, toks, i, last)}, true
}

// givenNameAt resolves a person's given name standing alone to the one
// person named earlier in the article whose name ends with it and is
// written surname first ("Jintao agreed" after "Hu Jintao", whose short
// form is "Hu"): writers unused to the order take the last part for the
// surname. A given name that ends several people's names names none.
func (a *article) givenNameAt(toks []token, i int) (candidateMention, bool) {
	t := toks[i]
	if !t.upper || t.punct || t.caps || len(t.norm) < 3 || t.is(classNotName) || a.x.gaz.shortKeys[t.norm] {
		return candidateMention{}, false
	}
	if i+1 < len(toks) && toks[i+1].upper && !toks[i+1].punct || i > 0 && toks[i-1].hyphen {
		return candidateMention{}, false // part of a longer name
	}
	var found *graph.Entity
	for _, id := range a.x.gaz.givenNames[t.norm] {
		for _, e := range a.people {
			if e.ID != id {
				continue
			}
			if found != nil {
				return candidateMention{}, false
			}
			found = e
		}
	}
	if found == nil {
		return candidateMention{}, false
	}
	return candidateMention{first: i, last: i, rank: 1, ent: found, form: formShort, surface: span(a.doc.Body, toks, i, i)}, true
}

// introducedPerson finds a name set off by commas after a bare noun for a
// person in public life, or after a title and the place it is held in: "The official,
// Azouz Begag, was born", "the mayor of Katherine, Anne Shepherd, said".
// The comma after the name closes the apposition; without it the noun may
// qualify what follows ("the official Kyodo News agency").
func (a *article) introducedPerson(toks []token, i int) (candidateMention, bool) {
	if i < 1 || toks[i].punct || (toks[i-1].norm != "the" && toks[i-1].norm != "a" && toks[i-1].norm != "an" && !toks[i-1].upper) {
		return candidateMention{}, false
	}
	j, title := i+1, ""
	switch {
	case toks[i].upper:
		return candidateMention{}, false
	case publicNouns[toks[i].norm]:
	default:
		end, t, ok := titleAt(toks, i)
		if !ok || t == "" || end+3 >= len(toks) || toks[end+1].norm != "of" {
			return candidateMention{}, false
		}
		// "the mayor of Katherine,": a capitalised place the gazetteer
		// does not know, of one or two words.
		k := end + 2
		for k < len(toks) && k < end+4 && toks[k].upper && !toks[k].punct && !toks[k].is(classNotName) && !toks[k].is(classOrgHead) {
			k++
		}
		if k == end+2 || k >= len(toks) {
			return candidateMention{}, false
		}
		j, title = k, t
	}
	if j+2 >= len(toks) || toks[j].text != "," {
		return candidateMention{}, false
	}
	first := j + 1
	last, ok := a.nameRun(toks, first)
	if !ok || bodyWord(toks[last].norm) || documentWords[toks[last].norm] || last+1 >= len(toks) || toks[last+1].text != "," {
		return candidateMention{}, false
	}
	if first, ok = a.peelRank(toks, first, last); !ok {
		return candidateMention{}, false
	}
	if p, e, ok := a.x.gaz.match(toks, first); ok && p.entity.Kind != graph.Person && e >= last {
		return candidateMention{}, false
	}
	c := a.ruledPerson(toks, first, last, office{title: title})
	return c, true
}

// publicNouns introduce, in apposition, people who act in public life. Other
// person nouns ("a Spanish journalist, Jose Couso,", "the suspect, X,")
// mostly introduce victims and witnesses, whose sentences are better read
// with the country the noun names.
var publicNouns = map[string]bool{
	"official": true, "politician": true, "member": true, "candidate": true, "legislator": true, "lawmaker": true,
}

// peelRank drops a rank, office or party before a name of at least two
// words ("a US soldier, Army Master Sergeant Steve Saunders,", "said
// Arizona Representative Jeff Flake") and returns where the name starts;
// false if what is left is no name.
func (a *article) peelRank(toks []token, first, last int) (int, bool) {
	for k := last - 2; k >= first; k-- {
		if rankWords[toks[k].norm] || titles[toks[k].norm] != "" || roleTitles[toks[k].norm] != "" {
			first = k + 1
			break
		}
	}
	l, ok := a.nameRun(toks, first)
	return first, ok && l == last
}

// rankWords are capitalised words of ranks and affiliations that may stand
// before a name in apposition: "Private Ahmad Alnajdawi", "New York
// Democrat Anthony Weiner".
var rankWords = map[string]bool{
	"private": true, "corporal": true, "sergeant": true, "sgt": true, "major": true, "captain": true, "lieutenant": true,
	"democrat": true, "republican": true, "marine": true, "army": true, "navy": true, "officer": true, "analyst": true,
}

// ownedNoun reports a lower-case person noun right after the body or
// country it belongs to ("al-Qaeda member", "Hamas official", "Iranian
// official"): owned, the noun heads its phrase, so that a name after it is
// the person's, not a name the noun qualifies ("the official Kyodo News
// agency").
func (a *article) ownedNoun(toks []token, i int) bool {
	if i == 0 || toks[i].upper || toks[i-1].punct || toks[i-1].poss {
		return false
	}
	of, country := a.ownerBefore(toks, i-1)
	return of != "" || country != ""
}

// attributionVerbs, after a quotation, come before the name of the speaker in
// inverted attributions: "... ," said David Baker.
var attributionVerbs = map[string]bool{"said": true, "says": true, "added": true, "asked": true, "stated": true, "explained": true}

// quotedSpeaker finds the name of a speaker after a quotation and its
// speech verb: "'We will not bow,' said David Baker, speaking for the
// government." Only a full name of two to four words that the gazetteer
// does not give to a body or place, followed by punctuation or a lower-case
// word, is read as a person; "said Human Rights Watch" is a body.
func (a *article) quotedSpeaker(toks []token, i int) (candidateMention, bool) {
	if i < 2 || !toks[i].upper || toks[i].punct || toks[i].caps || !attributionVerbs[toks[i-1].norm] || !toks[i-2].punct {
		return candidateMention{}, false
	}
	last, ok := a.nameRun(toks, i)
	if !ok || last-i > 3 || toks[last].poss || (last+1 < len(toks) && (!toks[last+1].punct && !speakerFollowers[toks[last+1].norm] && !strings.HasSuffix(toks[last+1].norm, "ing") || strings.HasPrefix(toks[last+1].text, "'") || strings.HasPrefix(toks[last+1].text, "’"))) {
		return candidateMention{}, false // "said Monash University climate expert X", "said Al Jazeera's editor"
	}
	first, ok := a.peelRank(toks, i, last)
	if !ok {
		return candidateMention{}, false
	}
	if titles[toks[last].norm] != "" || roleTitles[toks[last].norm] != "" {
		return candidateMention{}, false // "said Wisconsin Rep. X"
	}
	for k := first; k <= last; k++ {
		if bodyWord(toks[k].norm) || documentWords[toks[k].norm] || groupHeads[toks[k].norm] || companyWords[toks[k].norm] || toks[k].caps {
			return candidateMention{}, false
		}
	}
	if p, e, ok := a.x.gaz.match(toks, first); ok && p.entity.Kind != graph.Person && e >= last {
		return candidateMention{}, false
	}
	return a.ruledPerson(toks, first, last, office{}), true
}

// companyWords mark the name of a firm, which wire copy quotes as it
// quotes people: "said Salomon Brothers Inc", "said Nomura Securities Co".
var companyWords = map[string]bool{
	"securities": true, "ltd": true, "co": true, "inc": true, "corp": true, "corporation": true, "brothers": true,
	"capital": true, "markets": true, "international": true, "power": true, "bank": true, "holdings": true,
	"partners": true, "associates": true, "industries": true, "trust": true, "investments": true, "national": true,
	"university": true, "institute": true, "centre": true, "center": true, "foundation": true,
}

// speakerFollowers may follow the name of a speaker after an inverted
// attribution, as may a participle: "said Jean Dorion of the Societe",
// "said Nimet Arslan to the Herald", "said David Baker speaking for".
var speakerFollowers = map[string]bool{"of": true, "to": true, "on": true, "in": true, "at": true, "from": true, "who": true, "after": true, "during": true, "as": true, "a": true, "an": true, "the": true}

// portfolioNameLeads are what a minister's title may end on before the
// name: "Minister of Foreign Relations Felipe Pérez Roque", "Secretary of
// Foreign Trade Carlos Romero".
var portfolioNameLeads = map[string]bool{
	"relations": true, "cooperation": true, "development": true, "planning": true, "works": true, "welfare": true,
	"resources": true, "tourism": true, "technology": true, "science": true, "mines": true, "petroleum": true,
}

// portfolioLead reports a word at i that ends a title's portfolio, not
// starts a name: a portfolio word right after another word of the title
// ("Foreign Relations", "of Trade").
func portfolioLead(toks []token, i int) bool {
	if i <= 0 || i >= len(toks) {
		return false
	}
	w := toks[i].norm
	if !(portfolioNameLeads[w] || portfolioWords[w] && w != "of" && w != "the" && w != "and" && w != "for") {
		return false
	}
	p := toks[i-1].norm
	return p == "of" || p == "for" || p == "and" || portfolioWords[p] || isTitleWord(p)
}
