package loader

import (
	"embed"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/geokg/geokg/graph"
)

// gazetteerFiles are the project's own lists of countries, organisations and
// office holders. They are general: nothing in them is fitted to an article.
//
//go:embed gazetteer/*.tsv
var gazetteerFiles embed.FS

// form says how a gazetteer phrase names its entity, which decides how a
// mention of it may be used.
type form uint8

const (
	formName    form = iota // a name or alias: "Russia", "DPRK", "Putin"
	formDemonym             // an adjective of nationality: "Russian"
	formCapital             // a capital or seat of government: "Moscow", "Kremlin"
	formShort               // a short form known only after the full name: "Kim"
	formRule                // found by an entity rule, not the gazetteer
	formRef                 // a common noun resolved to a named entity: "the government"
	formPlace               // a place that is not a state: "West Bank", "Geneva"
)

// phrase is one way of writing an entity.
type phrase struct {
	// entity is the entity written.
	entity *graph.Entity
	// form says how the phrase names it.
	form form
	// caps: the phrase is an acronym and matches only in capitals ("US", not "us").
	caps bool
	// lower: the phrase starts in lower case ("al-Qaeda", "bin Laden").
	lower bool
	// surface is the phrase as the data writes it; a capital seen as a
	// place keeps it as the place's name.
	surface string
}

// gazetteer maps phrase keys (see nameKey) to the entities they name.
type gazetteer struct {
	// phrases maps a phrase key to the entities it may name, data order first.
	phrases map[string][]phrase
	// names holds names and aliases only, for Resolve.
	names map[string]*graph.Entity
	// shorts lists, per entity ID, the keys of short forms that resolve to
	// it once its full name has appeared in an article.
	shorts map[string][]string
	// shortKeys holds every short-form key, for rules that must not take a
	// known person's surname for a new name.
	shortKeys map[string]bool
	// peopleByShort maps a short-form key to the people it is short for
	// (unknownpeople.go: "President Chen" before "Chen Shui-bian").
	peopleByShort map[string][]*graph.Entity
	// countries holds the ISO codes of the countries.
	countries map[string]bool
	// countryByID maps an ISO code to its country.
	countryByID map[string]*graph.Entity
	// demonyms maps an ISO code to the country's first demonym ("French"),
	// which names its bodies ("the French parliament").
	demonyms map[string]string
	// orgByID maps an organisation's ID to it, for the bodies offices belong to.
	orgByID map[string]*graph.Entity
	// stateOrgans holds the IDs of the organisations the data marks as
	// organs of their state (column acts = "state"), which act for it.
	stateOrgans map[string]bool
	// press holds the IDs of news media and wire agencies, whose reports
	// are not their acts ("according to Xinhua").
	press map[string]bool
	// armed holds the IDs of the armed groups that fight in their own name
	// (column acts = "armed"): a fight between one and a state is a war,
	// not a political contest, and "the militants" may be its men.
	armed map[string]bool
	// maxLen is the most tokens any phrase has.
	maxLen int
	// stems holds every phrase key and each of its leading word
	// sequences, so that match stops as soon as no phrase can continue
	// instead of looking up every span up to maxLen tokens.
	stems map[string]bool
	// variants and joined index the people's names for transliteration
	// variants, givenNames the IDs of people written surname first by
	// their given names (see names.go).
	variants   map[string][]variantForm
	joined     map[string]*graph.Entity
	givenNames map[string][]string
	// holders lists the people by the states whose offices they held (see
	// offices.go).
	holders map[string][]*graph.Entity
	// forenames holds the folded given names that open personal names
	// (see forenames.go).
	forenames map[string]bool
}

// loadGazetteer parses the embedded TSV files.
func loadGazetteer() (*gazetteer, error) {
	g := &gazetteer{phrases: map[string][]phrase{}, stems: map[string]bool{}, names: map[string]*graph.Entity{}, shorts: map[string][]string{}, shortKeys: map[string]bool{}, countries: map[string]bool{}, countryByID: map[string]*graph.Entity{}, demonyms: map[string]string{}, orgByID: map[string]*graph.Entity{}, stateOrgans: map[string]bool{}, press: map[string]bool{}, armed: map[string]bool{}}
	if err := g.loadCountries("gazetteer/countries.tsv"); err != nil {
		return nil, err
	}
	if err := g.loadOrganizations("gazetteer/organizations.tsv"); err != nil {
		return nil, err
	}
	if err := g.loadPeople("gazetteer/people.tsv"); err != nil {
		return nil, err
	}
	if err := g.loadPlaces("gazetteer/places.tsv"); err != nil {
		return nil, err
	}
	if err := g.loadForenames("gazetteer/forenames.tsv"); err != nil {
		return nil, err
	}
	g.indexVariants()
	g.indexHolders()
	return g, nil
}

// rows returns the data rows of an embedded TSV file, each cut into at
// least n fields.
func rows(path string, header string, n int) ([][]string, error) {
	data, err := gazetteerFiles.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("gazetteer: %w", err)
	}
	var out [][]string
	for i, line := range strings.Split(string(data), "\n") {
		line = strings.TrimRight(line, "\r")
		if line == "" || strings.HasPrefix(line, "#") || strings.HasPrefix(line, header+"\t") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 1 || f[0] == "" {
			return nil, fmt.Errorf("gazetteer: %s:%d: empty first field", path, i+1)
		}
		for len(f) < n {
			f = append(f, "")
		}
		out = append(out, f)
	}
	return out, nil
}

func list(field string) []string {
	var out []string
	for _, s := range strings.Split(field, ";") {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

func (g *gazetteer) loadCountries(path string) error {
	rs, err := rows(path, "code", 5)
	if err != nil {
		return err
	}
	for _, f := range rs {
		e := &graph.Entity{ID: f[0], Name: f[1], Kind: graph.Country}
		g.countries[e.ID] = true
		g.countryByID[e.ID] = e
		g.add(f[1], e, formName, true)
		for _, a := range list(f[2]) {
			g.add(a, e, formName, true)
		}
		for _, d := range list(f[3]) {
			if g.demonyms[e.ID] == "" {
				g.demonyms[e.ID] = d
			}
			g.add(d, e, formDemonym, false)
			if plural, ok := demonymPlural(d); ok {
				g.add(plural, e, formDemonym, false) // "Palestinians protested"
			}
		}
		for _, c := range list(f[4]) {
			g.add(c, e, formCapital, false)
		}
	}
	return nil
}

// loadOrganizations reads organisations: international bodies, armed
// groups, parties and national bodies. A row whose acts column says
// "state" is an organ of its country that acts for it (see bodyState); one
// that says "armed" is an armed group (see isArmedGroup); one that says
// "press" is a news medium, which reports (see pressReports); its
// shorts are acronyms other bodies share ("ICC", the Interstate Commerce
// Commission or the International Cricket Council too), known only once the
// article has given the full name.
func (g *gazetteer) loadOrganizations(path string) error {
	rs, err := rows(path, "name", 5)
	if err != nil {
		return err
	}
	for _, f := range rs {
		if f[2] != "" && !g.countries[f[2]] {
			return fmt.Errorf("gazetteer: %s: %s: unknown country %q", path, f[0], f[2])
		}
		if f[3] != "" && f[3] != "press" && f[3] != "armed" && (f[3] != "state" || f[2] == "") {
			return fmt.Errorf("gazetteer: %s: %s: acts %q needs the value \"state\" and a country, or \"armed\" or \"press\"", path, f[0], f[3])
		}
		e := &graph.Entity{ID: graph.EntityID(graph.Organization, f[0]), Name: f[0], Kind: graph.Organization, Country: f[2]}
		if _, dup := g.orgByID[e.ID]; dup {
			return fmt.Errorf("gazetteer: %s: %s listed twice", path, f[0])
		}
		g.orgByID[e.ID] = e
		g.stateOrgans[e.ID] = f[3] == "state"
		switch f[3] {
		case "press":
			g.press[e.ID] = true
		case "armed":
			g.armed[e.ID] = true
		}
		g.add(f[0], e, formName, true)
		for _, a := range list(f[1]) {
			g.add(a, e, formName, true)
		}
		for _, s := range list(f[4]) {
			g.shorts[e.ID] = append(g.shorts[e.ID], nameKey(s))
			g.shortKeys[nameKey(s)] = true
		}
	}
	return nil
}

// loadPlaces reads places that are not states: disputed territories,
// regions and cities other than capitals. Each is a LOCATION wherever it is
// named, and a place's name never stands for its state.
func (g *gazetteer) loadPlaces(path string) error {
	rs, err := rows(path, "name", 3)
	if err != nil {
		return err
	}
	for _, f := range rs {
		if f[2] != "" && !g.countries[f[2]] {
			return fmt.Errorf("gazetteer: %s: %s: unknown country %q", path, f[0], f[2])
		}
		e := &graph.Entity{ID: graph.EntityID(graph.Location, f[0]), Name: f[0], Kind: graph.Location, Country: f[2]}
		g.add(f[0], e, formPlace, true)
		for _, a := range list(f[1]) {
			g.add(a, e, formPlace, true)
		}
	}
	return nil
}

func (g *gazetteer) loadPeople(path string) error {
	rs, err := rows(path, "name", 5)
	if err != nil {
		return err
	}
	g.peopleByShort = make(map[string][]*graph.Entity, len(rs))
	for _, f := range rs {
		e := &graph.Entity{ID: graph.EntityID(graph.Person, f[0]), Name: f[0], Kind: graph.Person, Country: f[1]}
		for _, r := range list(f[4]) {
			p := strings.Split(r, "|")
			for len(p) < 4 {
				p = append(p, "")
			}
			role := graph.Role{Title: p[0], Of: p[1], Since: p[2], Until: p[3]}
			if o, ok := g.names[nameKey(role.Of)]; ok && !g.countries[role.Of] {
				role.Of = o.ID // "UN" → the organisation's ID
			}
			e.Roles = append(e.Roles, role)
		}
		g.add(f[0], e, formName, true)
		for _, a := range list(f[2]) {
			g.add(a, e, formName, true)
		}
		shorts := list(f[3])
		if len(shorts) == 0 {
			words := strings.Fields(f[0])
			shorts = words[len(words)-1:]
		}
		for _, s := range shorts {
			g.shorts[e.ID] = append(g.shorts[e.ID], nameKey(s))
			g.shortKeys[nameKey(s)] = true
			g.peopleByShort[nameKey(s)] = append(g.peopleByShort[nameKey(s)], e)
		}
	}
	return nil
}

// add indexes surface as a way of writing e. Names (resolvable) also go to
// the names index; the first entity to claim a name keeps it there.
func (g *gazetteer) add(surface string, e *graph.Entity, f form, resolvable bool) {
	key := nameKey(surface)
	if key == "" {
		return
	}
	r, _ := utf8.DecodeRuneInString(surface)
	p := phrase{entity: e, form: f, lower: unicode.IsLower(r), surface: surface}
	letters, capitals := 0, 0
	for _, c := range surface {
		if unicode.IsLetter(c) {
			letters++
			if unicode.IsUpper(c) {
				capitals++
			}
		}
	}
	p.caps = letters > 1 && letters == capitals
	g.phrases[key] = append(g.phrases[key], p)
	for k := 0; k < len(key); k++ {
		if key[k] == ' ' {
			g.stems[key[:k]] = true
		}
	}
	g.stems[key] = true
	if n := len(strings.Fields(key)); n > g.maxLen {
		g.maxLen = n
	}
	if resolvable {
		if _, taken := g.names[key]; !taken {
			g.names[key] = e
		}
	}
}

// match finds the longest gazetteer phrase starting at toks[i]. It returns
// the phrase and the index of its last token.
func (g *gazetteer) match(toks []token, i int) (phrase, int, bool) {
	t := toks[i]
	if t.punct || !(t.upper || t.digit || startsLower(t)) {
		return phrase{}, 0, false
	}
	// The key of a longer span is built in buf and looked up as
	// m[string(kb)], which the compiler does without allocating.
	var buf [64]byte
	kb := buf[:0]
	var best phrase
	bestEnd, found := 0, false
	for j := i; j < len(toks) && j-i < g.maxLen; j++ {
		if toks[j].punct {
			if toks[j].text == "." && j > i && (len(toks[j-1].norm) == 1 || nameAbbreviations[toks[j-1].norm]) {
				continue // the period of an initial, "George W. Bush", or of "St. Petersburg"
			}
			break
		}
		// Most words start no phrase: the first is looked up as it is, and
		// only a stem that goes on is copied into the key.
		var ps []phrase
		if j == i {
			if !g.stems[toks[j].norm] {
				break // no phrase starts with these words, nor any longer span
			}
			ps = g.phrases[toks[j].norm]
		} else {
			if len(kb) == 0 {
				kb = append(kb, toks[i].norm...)
			}
			kb = append(kb, ' ')
			kb = append(kb, toks[j].norm...)
			if !g.stems[string(kb)] {
				break
			}
			ps = g.phrases[string(kb)]
		}
		for _, p := range ps {
			if !g.fits(p, toks[i:j+1]) {
				continue
			}
			best, bestEnd, found = p, j, true
			break
		}
		// A name ends at its possessive ("Russia's Foreign Ministry" is
		// Russia's), but a possessive that names nothing yet may be inside a
		// name: "People's Liberation Army", "Lord's Resistance Army".
		if toks[j].poss && !pluralPossessive(toks[j]) && found && bestEnd == j {
			break
		}
	}
	return best, bestEnd, found
}

// nameAbbreviations are the abbreviations that open place names: "St.
// Petersburg", "Mt. Kilimanjaro", "Ft. Lauderdale".
var nameAbbreviations = map[string]bool{"st": true, "mt": true, "ft": true}

// startsLower reports whether a token may open a lower-case phrase such as
// "al-Qaeda" or "bin Laden".
func startsLower(t token) bool {
	switch t.norm {
	case "al", "el", "bin", "de", "von", "the":
		return true
	}
	return false
}

// fits checks case: acronyms must be written in capitals, other phrases
// must start with a capital unless the data writes them in lower case.
func (g *gazetteer) fits(p phrase, toks []token) bool {
	if p.caps {
		for _, t := range toks {
			if !t.caps && !t.digit {
				return false
			}
		}
		return true
	}
	if !p.lower && !toks[0].upper && !toks[0].digit {
		return false
	}
	// A lower-case first word still needs a capital somewhere: "the taliban"
	// in a quote is fine, "the un" is not a phrase.
	if p.lower {
		for _, t := range toks {
			if t.upper {
				return true
			}
		}
		return false
	}
	return true
}

// byCountry returns the country entity with ISO code id, or nil.
func (g *gazetteer) byCountry(id string) *graph.Entity {
	if !g.countries[id] {
		return nil
	}
	for _, p := range g.phrases[nameKey(id)] {
		if p.entity.ID == id {
			return p.entity
		}
	}
	return g.countryByID[id]
}

// resolve returns the entity a name or alias names, or nil.
func (g *gazetteer) resolve(name string) *graph.Entity {
	key := nameKey(strings.TrimSpace(name))
	if e, ok := g.names[key]; ok {
		return e
	}
	return g.names[strings.TrimPrefix(key, "the ")] // "the U.S.", "the Netherlands"
}

// demonymPlural returns the plural of a one-word demonym that names people
// ("Israeli" → "Israelis", "Afghan" → "Afghans", "Serb" → "Serbs", "Turk"
// → "Turks", "Kazakh" → "Kazakhs"); demonyms in -ese, -ish, -ch, -c and
// -s ("Chinese", "British", "Dutch", "Icelandic", "Swiss") have none of
// their own.
func demonymPlural(d string) (string, bool) {
	if strings.ContainsAny(d, " -") || len(d) < 4 || strings.HasSuffix(d, "ese") {
		return "", false
	}
	switch d[len(d)-1] {
	case 'n', 'i', 't', 'k', 'b', 'r', 'o', 'd', 'e':
		return d + "s", true
	case 'h':
		if strings.HasSuffix(d, "kh") {
			return d + "s", true
		}
	}
	return "", false
}
