package loader

import (
	"slices"
	"strings"

	"github.com/geokg/geokg/graph"
)

// executiveHeads are the head nouns of a state's executive bodies, which
// act for their state: "the French Foreign Ministry", "the U.S. Air Force",
// "the Norwegian Coast Guard". Parties, parliaments and courts do not.
var executiveHeads = map[string]bool{
	"ministry": true, "department": true, "agency": true, "office": true, "service": true,
}

// armedHeads are the head nouns of armed forces. They act for a state only
// when the name opens with that state ("Israel Defense Forces", "the
// Lebanese Army"): "the Mahdi Army" and "the Lord's Resistance Army" are
// armed groups of their own.
var armedHeads = map[string]bool{
	"army": true, "navy": true, "force": true, "forces": true, "guard": true, "coastguard": true, "military": true,
}

// insurgentWords mark the name of an armed group that fights a state
// rather than serving it: "Kosovo Liberation Army".
var insurgentWords = map[string]bool{
	"liberation": true, "resistance": true, "revolutionary": true, "republican": true, "rebel": true,
	"salvation": true, "mujahideen": true, "jihad": true, "islamic": true, "islamist": true,
}

// bodyState returns the article's copy of the state a government body acts
// for, or nil. For a body the gazetteer knows, its data says whether it is
// an organ of its state ("Mossad", "People's Liberation Army") or not
// ("Lebanese Forces", a party). For another, it is an organisation with a
// country whose head noun names an executive body or service or, for armed
// forces opening with that country's name or demonym, the state's own
// forces. ANNOTATION.md makes the state an actor beside its body, as beside
// its officials.
func (a *article) bodyState(e *graph.Entity) *graph.Entity {
	if e.Kind != graph.Organization || e.Country == "" {
		return nil
	}
	if organ, known := a.x.gaz.stateOrgans[e.ID]; known {
		if !organ {
			return nil
		}
		return a.entity(a.x.gaz.byCountry(e.Country))
	}
	words := strings.Fields(nameKey(e.Name))
	if len(words) < 2 {
		return nil
	}
	state := a.x.gaz.byCountry(e.Country)
	if state == nil {
		return nil
	}
	for _, w := range words {
		// A state's news agency reports for it but does not act for it:
		// "Xinhua News Agency" names no Chinese act.
		if insurgentWords[w] || w == "news" {
			return nil
		}
	}
	head := words[len(words)-1]
	for n, w := range words {
		if w == "of" && n > 0 {
			head = words[n-1] // "Ministry of Foreign Affairs", "Department of State"
			break
		}
	}
	switch {
	case executiveHeads[head]:
	case armedHeads[head] && a.namesState(words[0], e.Country):
	default:
		return nil
	}
	return a.entity(state)
}

// namesState reports whether the word w is a name or demonym of the
// country with ISO code id ("israel", "lebanese", "us").
func (a *article) namesState(w, id string) bool {
	for _, p := range a.x.gaz.phrases[w] {
		if p.entity.ID == id && (p.form == formName || p.form == formDemonym) {
			return true
		}
	}
	return false
}

// portfolioWords name what a ministry or department is in charge of; with
// executive heads and "of", "the", "and", "affairs" they make a body's
// generic name, which any state's body may bear: "the Foreign Ministry",
// "the Ministry of Foreign Affairs", "the Defence Agency".
var portfolioWords = map[string]bool{
	"foreign": true, "defence": true, "defense": true, "interior": true, "home": true, "finance": true,
	"justice": true, "trade": true, "economy": true, "energy": true, "health": true, "education": true,
	"information": true, "culture": true, "agriculture": true, "industry": true, "environment": true,
	"labour": true, "labor": true, "transport": true, "communications": true, "security": true, "commerce": true,
	"internal": true, "external": true, "affairs": true, "immigration": true, "intelligence": true, "fisheries": true,
	"of": true, "the": true, "and": true, "for": true, "national": true, "public": true,
}

// nationalBody reads a body with a generic name and no country of its own
// ("the Foreign Ministry said", "Japan's Defence Agency") as the body of
// the state that its possessive, else the context, names: the one state
// named before it in the sentence, else the one the previous sentence
// named, else the article's dominant state. Without one it is left to the
// other rules. The body gets an ID of its own per state, since every state
// has a Foreign Ministry.
func (a *article) nationalBody(toks []token, i, last int) (candidateMention, bool) {
	if !executiveHeads[toks[last].norm] && !(toks[i].norm == "ministry" || toks[i].norm == "department") {
		return candidateMention{}, false
	}
	portfolio := false
	for k := i; k <= last; k++ {
		w := toks[k].norm
		if !portfolioWords[w] && !executiveHeads[w] {
			return candidateMention{}, false
		}
		if portfolioWords[w] && w != "of" && w != "the" && w != "and" && w != "for" {
			portfolio = true
		}
	}
	if !portfolio {
		return candidateMention{}, false
	}
	surface := span(a.doc.Body, toks, i, last)
	name := cleanName(surface)
	key := nameKey(name)
	state := a.possessor(toks, i)
	if e := a.bodies[key]; e != nil && (state == nil || state.ID == e.Country) {
		return candidateMention{first: i, last: last, rank: 4, ent: e, form: formRule, surface: surface}, true
	}
	if state == nil {
		state = a.holderState(toks, last)
	}
	if state == nil {
		if known := a.x.gaz.resolve(name); known != nil && (known.Country == "" || a.countryCount[known.Country] > 0) {
			return candidateMention{}, false // "the Home Office" in an article that names Britain
		}
		state = a.contextState(toks, i)
	}
	if state == nil {
		return candidateMention{}, false
	}
	e := &graph.Entity{ID: graph.EntityID(graph.Organization, name+" "+state.ID), Name: name, Kind: graph.Organization, Country: state.ID}
	if a.bodies[key] == nil {
		a.bodies[key] = e // named again, it is the same body
	}
	return candidateMention{first: i, last: last, rank: 4, ent: e, form: formRule, surface: surface}, true
}

// possessor returns the country whose possessive stands right before
// toks[i] ("Japan's Defence Agency"), or nil.
func (a *article) possessor(toks []token, i int) *graph.Entity {
	if i == 0 || !toks[i-1].poss {
		return nil
	}
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if p, e, ok := a.x.gaz.match(toks, k); ok && e == i-1 && p.entity.Kind == graph.Country && p.form == formName {
			return p.entity
		}
	}
	return nil
}

// contextState returns the state a bare reference at toks[i] most likely
// belongs to: the article's dominant country, else the one country named
// by name or demonym before it in the sentence (not as a place), else the
// one the previous sentence named; nil when that is ambiguous. The
// dominant country comes first because a sentence often names the state
// a ministry speaks about, not its own ("the Foreign Ministry urged
// Israel").
func (a *article) contextState(toks []token, i int) *graph.Entity {
	if d := a.dominantCountry(); d != nil {
		return a.x.gaz.byCountry(d.ID)
	}
	var here []*graph.Entity
	for k := 0; k < i; k++ {
		p, e, ok := a.x.gaz.match(toks, k)
		if !ok {
			continue
		}
		if p.entity.Kind == graph.Country && p.form != formCapital && !slices.Contains(here, p.entity) {
			here = append(here, p.entity)
		}
		k = e
	}
	switch len(here) {
	case 1:
		return here[0]
	case 0:
	default:
		return nil
	}
	if prev := distinct(a.prevCountries); len(prev) == 1 {
		return a.x.gaz.byCountry(prev[0].ID)
	}
	return nil
}

// vesselNouns introduce the name of a ship or aircraft: "the Russian
// trawler ”Elektron”", "the tanker Front Queen". ANNOTATION.md counts a
// named vessel as an organisation of its flag state.
var vesselNouns = map[string]bool{
	"trawler": true, "ship": true, "vessel": true, "tanker": true, "freighter": true, "frigate": true,
	"destroyer": true, "submarine": true, "boat": true, "yacht": true, "ferry": true, "warship": true,
	"cruiser": true, "gunboat": true, "corvette": true, "aircraft": true,
}

// quotedOnly are vessel nouns that introduce a name only in quotes: "the
// aircraft, Boeing" names the maker.
var quotedOnly = map[string]bool{"aircraft": true}

// quoteMarks open or close a quoted or italic name: ”Elektron”, "Arlashkin".
var quoteMarks = map[string]bool{"'": true, "\"": true, "“": true, "”": true, "‘": true, "’": true}

// vessel finds the name of a ship or aircraft given after a vessel noun,
// in quotes or italics or bare: "the Russian trawler, ”Elektron”,",
// "another trawler \"Arlashkin\"", "the tanker Front Queen". The vessel's
// country is the state named just before the noun ("Russian", "Panama's").
// A later "the Elektron" names it again.
func (a *article) vessel(toks []token, i int) (candidateMention, bool) {
	t := toks[i]
	if !t.upper || t.punct || t.digit || t.is(classNotName) || groupStop[t.norm] {
		return candidateMention{}, false
	}
	k := i - 1
	quoted := false
	for k >= 0 && quoteMarks[toks[k].text] {
		k--
		quoted = true
	}
	if k >= 1 && toks[k].norm == "the" && toks[k-1].text == "," {
		k-- // "an anti-whaling ship, the Farley Mowat,"
	}
	if k >= 0 && toks[k].text == "," {
		k--
	}
	if k < 1 || !vesselNouns[toks[k].norm] || toks[k].upper || toks[k].poss || (quotedOnly[toks[k].norm] && !quoted) {
		return candidateMention{}, false
	}
	if toks[k-1].hyphen || toks[k-1].norm == "to" {
		return candidateMention{}, false // "anti-ship missiles", "to ship SRW wheat"
	}
	last := i
	for j := i + 1; j < len(toks) && j < i+4 && (toks[j].upper || toks[j].digit || toks[j-1].hyphen) && !toks[j].punct && !toks[j].is(classNotName); j++ {
		last = j // "Akademik Fyodorov", "Mir-1", "Sismik 1"
	}
	if quoted {
		if last+1 >= len(toks) || !quoteMarks[toks[last+1].text] {
			return candidateMention{}, false
		}
	} else if last+1 < len(toks) && toks[last+1].upper && !toks[last+1].punct {
		return candidateMention{}, false
	}
	if p, e, ok := a.x.gaz.match(toks, i); ok && e >= last {
		if !quoted || p.entity.Kind != graph.Location {
			return candidateMention{}, false // "the ship Iran": a known name, not the vessel's
		}
	}
	country := ""
	for b := k - 1; b >= 0 && b >= k-3; b-- {
		if p, e, ok := a.x.gaz.match(toks, b); ok && e == b && p.entity.Kind == graph.Country && p.form != formCapital {
			country = p.entity.ID // "the Russian trawler", "another Panamanian-flagged tanker"
			break
		}
		if toks[b].punct {
			break
		}
	}
	surface := span(a.doc.Body, toks, i, last)
	name := cleanName(surface)
	e := &graph.Entity{ID: graph.EntityID(graph.Organization, name), Name: name, Kind: graph.Organization, Country: country}
	if key := nameKey(name); a.shorts[key] == nil {
		a.shorts[key] = e // "the Elektron refused"
	}
	return candidateMention{first: i, last: last, rank: 3, ent: e, form: formRule, surface: surface}, true
}

// holderState returns the country of a known person named right after a
// body and a title ("Foreign Ministry spokesman Liu Jianchao"): the body
// is that person's state's. It returns nil when no such person follows.
func (a *article) holderState(toks []token, last int) *graph.Entity {
	j, _, ok := titleAt(toks, last+1)
	if !ok || j+1 >= len(toks) {
		return nil
	}
	p, _, ok := a.x.gaz.match(toks, j+1)
	if !ok || p.entity.Kind != graph.Person || p.entity.Country == "" {
		return nil
	}
	return a.x.gaz.byCountry(p.entity.Country)
}

// bodyReference resolves a shortened name of a body the article has named
// ("the United Islamic Courts (UIC)" … "the Islamist Courts", "the
// Courts"; "the Border Commission" … "the Commission"): capitalised words
// ending in an org head, after "the", whose head ends exactly one name or
// alias of an organisation met so far, and whose other words each share
// their first five letters with a word of that name. A bare head ("the
// Court") needs the same unique match.
func (a *article) bodyReference(toks []token, i int) (candidateMention, bool) {
	if i == 0 || toks[i-1].norm != "the" || !toks[i].upper || toks[i].punct || toks[i].caps {
		return candidateMention{}, false
	}
	last := i
	for last < len(toks) && last < i+3 && toks[last].upper && !toks[last].punct && !toks[last].is(classOrgHead) {
		last++
	}
	if last >= len(toks) || !toks[last].is(classOrgHead) || !toks[last].upper || toks[last].poss && !pluralPossessive(toks[last]) {
		return candidateMention{}, false
	}
	if n := last + 1; n < len(toks) && (toks[n].norm == "of" || toks[n].upper && !toks[n].punct) {
		return candidateMention{}, false // "the Court of Appeal", "the Security Council Committee"
	}
	var found *graph.Entity
	for _, e := range a.entities {
		if e.Kind != graph.Organization || !a.shortensName(toks, i, last, e) {
			continue
		}
		if found != nil && found != e {
			return candidateMention{}, false
		}
		found = e
	}
	if found == nil {
		return candidateMention{}, false
	}
	return candidateMention{first: i, last: last, rank: 4, ent: found, form: formShort, surface: span(a.doc.Body, toks, i, last)}, true
}

// shortensName reports whether toks[i:last+1] shorten the name or an alias
// of e: the same head word last, every other word sharing its first five
// letters with a word before the head ("Islamist Courts" for "United
// Islamic Courts"), and at least one word dropped.
func (a *article) shortensName(toks []token, i, last int, e *graph.Entity) bool {
	for _, form := range append([]string{e.Name}, e.Aliases...) {
		words := strings.Fields(nameKey(form))
		n := len(words)
		if n < 2 || n <= last-i+1 || words[n-1] != toks[last].norm {
			continue
		}
		ok := true
		for k := i; k < last && ok; k++ {
			ok = slices.ContainsFunc(words[:n-1], func(w string) bool { return sharePrefix(w, toks[k].norm, 5) })
		}
		if ok {
			return true
		}
	}
	return false
}

// sharePrefix reports whether a and b agree in their first n letters, or
// are equal when shorter: "islamist" and "islamic".
func sharePrefix(a, b string, n int) bool {
	if len(a) < n || len(b) < n {
		return a == b
	}
	return a[:n] == b[:n]
}
