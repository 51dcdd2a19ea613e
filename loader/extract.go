package loader

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"time"
	"unicode"

	"github.com/geokg/geokg/graph"
)

// Extractor finds entities and events in article text with a gazetteer and
// general rules. It is safe for concurrent use; build one and share it (the
// gazetteer loads once).
type Extractor struct {
	// gaz is the gazetteer, read once and never changed.
	gaz *gazetteer
}

// NewExtractor loads the embedded gazetteer. It is part of the binary, so a
// failure is a build defect: it panics, and the tests run it.
func NewExtractor() *Extractor {
	g, err := loadGazetteer()
	if err != nil {
		panic(fmt.Sprintf("loader: %v", err))
	}
	return &Extractor{gaz: g}
}

// Resolve finds the canonical entity for a name or alias ("DPRK" → North
// Korea, "Lavrov" → Sergey Lavrov). It resolves names only: capitals used as
// metonyms ("Pyongyang") and demonyms ("Russian") are not names. The entity
// returned is a copy the caller may change.
func (x *Extractor) Resolve(name string) (*graph.Entity, bool) {
	e := x.gaz.resolve(name)
	if e == nil {
		return nil, false
	}
	return copyEntity(e), true
}

func copyEntity(e *graph.Entity) *graph.Entity {
	c := &graph.Entity{ID: e.ID, Name: e.Name, Kind: e.Kind, Country: e.Country}
	c.Roles = slices.Clone(e.Roles)
	c.Aliases = slices.Clone(e.Aliases)
	return c
}

// Extract returns the entities and events that doc.Body states. Relative
// dates are resolved against doc.Article.Published; when it is missing they
// stay unresolved rather than guessed. Extract never panics: a failure of
// its own is returned as an error.
func (x *Extractor) Extract(doc Document) (out *graph.Extraction, err error) {
	return x.extract(doc, false)
}

// CodeSentence codes a sentence (or a short text) the way sentence-level
// event coders such as PETRARCH do: it is Extract, except that a reading
// whose target the text does not name is kept as an event with no target,
// where Extract leaves it out. A graph edge needs two ends, and article
// annotators mark such events rarely; a coder asked what kind of event a
// sentence states should still say, as PETRARCH does with its "---"
// target. The sentence-level scores of geokg eval use it.
func (x *Extractor) CodeSentence(doc Document) (*graph.Extraction, error) {
	return x.extract(doc, true)
}

// extract is Extract, keeping readings without a target when
// keepTargetless is set.
func (x *Extractor) extract(doc Document, keepTargetless bool) (out *graph.Extraction, err error) {
	defer func() {
		if r := recover(); r != nil {
			out, err = nil, fmt.Errorf("extract %s: internal error: %v", doc.Origin, r)
		}
	}()
	a := newArticle(x, doc)
	a.keepTargetless = keepTargetless
	a.sentences = splitSentences(doc.Body)
	for _, s := range a.sentences {
		a.read(s)
	}
	out = a.extraction()
	if err := out.Validate(); err != nil {
		return nil, fmt.Errorf("extract %s: %w", doc.Origin, err)
	}
	return out, nil
}

// article is the state of one Extract call: the entities seen so far, the
// short names they make resolvable, and the events found.
type article struct {
	// x holds the gazetteer and ontology.
	x *Extractor
	// doc is the document being read.
	doc Document
	// firmNames caches, by name, whether the body names it as a firm (commerce.go).
	firmNames map[string]bool
	// glossedNames caches, by name and kind, whether the body spells a
	// name out as an exchange's or a programme's (exchanges.go).
	glossedNames map[glossedName]bool
	// tickerChecked and hasTicker cache whether the body names a firm by a ticker (commerce.go).
	tickerChecked, hasTicker bool
	// pub is the publication date, when hasPub says there is one.
	pub    time.Time
	hasPub bool
	// anchor is the last day-precise date an earlier sentence gave an
	// event, from which "the next day" and "two days later" count
	// (sequence.go); hasAnchor is false until there is one.
	anchor    time.Time
	hasAnchor bool
	// quiet counts the sentences just read that stated no event and gave
	// no date (quietreports.go).
	quiet int
	// entities holds this article's copies of entities, by ID.
	entities map[string]*graph.Entity
	// shorts maps a short-form key to the entity whose full name appeared.
	shorts map[string]*graph.Entity
	// lastPerson is the person most recently mentioned in an earlier
	// sentence, for "he" and "the minister".
	lastPerson *graph.Entity
	// countryCount counts the sentences naming each country so far, for
	// the article's dominant country.
	countryCount map[string]int
	// parties are the states of the parties named by shared names (partyplurals.go).
	parties partyStates
	// prevCountries are the countries the previous sentence named.
	prevCountries []*graph.Entity
	// lastTwo are the two countries last named together ("Japan and
	// China"), for "the two countries".
	lastTwo [2]*graph.Entity
	// found are the events stated, one per trigger, in text order.
	found []*candidate
	// cues holds the date cues of the sentence being read, found once
	// by sentenceCues; cuesRead says they were.
	cues     []dateCue
	cuesRead bool
	// keepTargetless keeps the events found without a target that merge
	// would leave out (see CodeSentence).
	keepTargetless bool
	// cur is the index of the sentence being read.
	cur int
	// people are the people named so far, most recent last, for "the
	// minister"; prevPeople those the previous sentence named, for "his
	// counterpart".
	people, prevPeople []*graph.Entity
	// lastTwoPeople are the two people last named together ("Manmohan
	// Singh and President Pervez Musharraf") and the sentence that did, for
	// "the two leaders".
	lastTwoPeople   [2]*graph.Entity
	lastTwoPeopleAt int
	// lastArmed is the armed group the last sentence naming one named, nil
	// when that sentence named several; for "the rebels".
	lastArmed *graph.Entity
	// groups remembers the armed groups named, for "the Tigers" and "the
	// militant group" (see grouprefs.go).
	groups armedGroupMemory
	// owners map an owned noun's key to the state or body whose name last qualified it ("US helicopters"), for "the helicopters" (see forcerefs.go).
	owners map[string]*graph.Entity
	// speaker made the last statement reported, in sentence
	// speakerSentence; for "the remarks" (see speech.go).
	speaker         *graph.Entity
	speakerSentence int
	// spoken is the last statement dated to the day (speechdays.go).
	spoken spokenDay
	// quote is a quotation an earlier sentence opened and left open (see
	// runningquotes.go).
	quote runningQuote
	// documents are the statements, reports and resolutions the last few
	// sentences named with their authors (see documents.go).
	documents []issuedDocument
	// authored are the acts the last few sentences named with their
	// authors, for "the offer" (see anaphora.go).
	authored []authoredNoun
	// stated lists, in order of first mention, the people whose role the
	// article states; they are part of the extraction even when they take
	// part in no event.
	stated []*graph.Entity
	// meetingPlaces lists, in order of first mention, the places where
	// the meetings the article names are held (see entitylist.go).
	meetingPlaces []*graph.Entity
	// listedBodies lists the bodies whose summits or members the article names (see bodyentities.go).
	listedBodies []*graph.Entity
	// targetlessParties lists the actors of confident readings left out
	// for want of a target (see targetlessparties.go).
	targetlessParties []*graph.Entity
	// forcePlaces are the places of the attacks and protests the article
	// names, with their types (see eventplaces.go).
	forcePlaces []typedPlace
	// bodies maps the key of a generic body name ("foreign ministry") to
	// the state's body it first stood for (see entities.go).
	bodies map[string]*graph.Entity
	// described holds the words of the role phrases beside each person's
	// name, for "the Liberal leader" (see descriptions.go).
	described map[*graph.Entity]*roleWords
	// subjects are the parties opening the last two sentences, the latest
	// last, and sentenceStart the offset of the sentence being read, for
	// an opening "it" or "they" (see pronouns.go).
	subjects      [2]openingSubject
	sentenceStart int
	// prevOrgs are the organisations the previous sentence named, for
	// "the organisation" (see notarget.go).
	prevOrgs []*graph.Entity
	// sentences are the body's sentences, for a look ahead to the
	// attribution closing a quotation (see trailingspeakers.go), and trailing
	// the answer for the sentence being read.
	sentences []sentence
	trailing  trailingQuote
	// claims are the statements the last few sentences reported, for a
	// denial that answers one (see claimants.go).
	claims []statedClaim
	// lastToldAttack is the attack an earlier sentence told, for "claimed the attack" (see claimedattacks.go).
	lastToldAttack recalledAttack
}

func newArticle(x *Extractor, doc Document) *article {
	a := &article{x: x, doc: doc, entities: map[string]*graph.Entity{}, shorts: map[string]*graph.Entity{}, countryCount: map[string]int{}, bodies: map[string]*graph.Entity{}}
	a.pub, a.hasPub = parsePublished(doc.Article.Published)
	return a
}

// sentenceCues returns the date cues of toks, the sentence read, finding
// them on the first call only: the events, the story's anchor and the
// quiet-sentence count all need them.
func (a *article) sentenceCues(toks []token) []dateCue {
	if !a.cuesRead {
		a.cues, a.cuesRead = findDateCues(toks), true
	}
	return a.cues
}

// dropFound removes, from the candidates the sentence added from index
// from on, those drop reports, keeping the others in order.
func (a *article) dropFound(from int, drop func(*candidate) bool) {
	kept := a.found[:from]
	for _, c := range a.found[from:] {
		if !drop(c) {
			kept = append(kept, c)
		}
	}
	clear(a.found[len(kept):])
	a.found = kept
}

// parsePublished reads an ISO date or date-time.
func parsePublished(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if len(s) >= 10 {
		if t, err := time.Parse("2006-01-02", s[:10]); err == nil {
			return t, true
		}
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC), true
	}
	return time.Time{}, false
}

// entity returns the article's copy of e, creating it on first use.
func (a *article) entity(e *graph.Entity) *graph.Entity {
	if c, ok := a.entities[e.ID]; ok {
		return c
	}
	c := copyEntity(e)
	c.Aliases = nil       // aliases are the forms this article uses
	a.heldOfficesFirst(c) // datedoffices.go
	a.entities[c.ID] = c
	return c
}

// cleanName makes text from the body fit to be a name: valid UTF-8, no
// control characters, single spaces.
func cleanName(s string) string {
	s = strings.ToValidUTF8(s, " ")
	s = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return ' '
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

// alias records surface as a form of e that this article used.
func (a *article) alias(e *graph.Entity, surface string) {
	surface = cleanName(surface)
	if surface == "" || surface == e.Name || slices.Contains(e.Aliases, surface) {
		return
	}
	e.Aliases = append(e.Aliases, surface)
}

// read finds the mentions and events of one sentence.
func (a *article) read(s sentence) {
	a.cur, a.sentenceStart = s.index, s.start
	toks := tokenize(a.doc.Body, s.start, s.end)
	ms := a.mentions(toks)
	toks, ms, _ = a.withoutAsides(toks, ms) // glosses.go: "the Movement for Democratic Change (MDC) said"
	commaDashAsides(toks)                   // asides.go: "Germany — the largest economy — criticised"
	a.cues, a.cuesRead = nil, false
	if s.furniture {
		a.quiet = maxQuietGap + 1 // a heading ends the report it follows
		a.spoken = spokenDay{}    // speechdays.go
	} else {
		a.roles(toks, ms)
		a.bodyRoles(toks, ms)         // statedroles.go
		a.leaderGovernments(toks, ms) // leadergovernments.go: "the Bush administration" after its leader's role is read
		n := len(a.found)
		a.events(s, toks, ms)
		// claimedattacks.go: "Hamas claimed responsibility for the attack"
		a.fillClaimedAttacks(toks, n)
		a.noteCueAnchor(toks, n) // sequence.go: "Speaking Wednesday, ... Earlier that day"
		a.noteQuiet(toks, n)     // quietreports.go: "We have proof," he said.
		a.dropOwnCountryTargets(toks, ms, n)
		a.dropElectoralSupport(toks, n)
		a.dropPressReports(toks, ms, n)
		a.noteMeetingPlaces(toks, ms)       // entitylist.go: "the talks in Abuja"
		a.noteSummitBodies(toks, ms)        // bodyentities.go: "the NATO summit"
		a.noteMemberBodies(toks, ms)        // bodyentities.go: "the FARC guerrilla X"
		a.noteGoalPlaces(toks, ms)          // eventplaces.go: "closed in on Baidoa"
		a.noteForcePlaces(toks, ms)         // eventplaces.go: "a raid on a building in Mosul"
		a.noteToldAttack(toks, ms)          // claimedattacks.go: "a bomb exploded in Tel Aviv"
		a.dropCommercialEvents(toks, n)     // commerce.go
		a.dropCourtAppeals(toks, n)         // courtappeals.go
		a.dropBodySessions(toks, n)         // bodysessions.go
		a.dropCourtRequests(n)              // courtrequests.go
		a.dropTaskCharges(toks, n)          // chargedtasks.go
		a.dropFirmPartnerships(n)           // firmpartners.go
		a.dropPrivateDenials(n)             // privatedenials.go
		a.swapVisitingGuests(toks, n)       // visitingguests.go
		a.dropOthersRetaliation(toks, n)    // retaliation.go
		a.dropQuestions(toks, n)            // questions.go
		a.readPersonalAttacks(toks, n)      // personalattacks.go
		a.readPartyAttacks(toks, n)         // partyplurals.go
		a.dropPollStanding(toks, n)         // pollstanding.go
		a.dropBroadcastHosts(toks, n)       // broadcasthosts.go
		a.readFollowerProtests(toks, ms, n) // followerprotests.go
		a.dropKinSubjects(toks, ms, n)      // kinsubjects.go
		a.dropOwnedTargets(toks, ms, n)     // possessedparties.go
		a.readReadinessActs(toks, n)        // readinessacts.go
		a.readRefusedNegations(toks, n)     // refusednegations.go
		a.dropProgrammeParties(n)           // programmes.go
		a.settleStandingWars(toks, n)       // standingwars.go
		a.noteSpeaker(toks, ms)
		a.noteSpokenDay(toks, ms, n) // speechdays.go: "X said on Monday ... X also criticised"
		a.noteRunningQuote(toks, ms)
	}
	a.noteCountries(toks, ms)
	a.notePeople(toks, ms)
	a.noteOrgs(ms)
	a.noteOwners(toks, ms)
	a.noteSubject(s, toks, ms)
	a.noteDocuments(toks, ms)
	a.noteClaims(toks, ms)
	// "He" in the next sentence is most often its subject: the first
	// person this one names.
	for _, m := range ms {
		if m.ent.Kind == graph.Person && !m.modifier {
			a.lastPerson = m.ent
			break
		}
	}
}

// roles records the offices the sentence gives the people it names: the
// title before or after a name ("Chinese Vice Foreign Minister Wu Daiwei",
// "President Bush", "Anami Koreshige, the Japanese ambassador to China").
// A person without roles of its own takes the stated one; every such
// person joins a.stated. A name alone, or a form of address ("Mr."),
// states no role.
func (a *article) roles(toks []token, ms []mention) {
	for n, m := range ms {
		if m.ent.Kind != graph.Person || m.place || m.form == formRef {
			continue
		}
		r := m.office
		if r.title == "" {
			r = a.titleBefore(toks, m.first)
		}
		if r.title == "" {
			r, _ = a.titleTail(toks, m.last)
		}
		if r.title == "" {
			r = a.statedAffiliation(toks, ms, n)
		}
		if r.title == "" {
			r = a.nounRole(toks, m.first, m.last) // rolenouns.go
		}
		if r.title == "" {
			r = a.affiliation(toks, m.first, m.last) // descriptions.go
		}
		if r.title == "" {
			r = a.predicateRole(toks, m.last) // predicateroles.go
		}
		if r.title == "" {
			continue
		}
		if r.of == "" {
			r.of, r.country = a.stackedTitleOwner(toks, m.first, r) // stackedtitles.go: "US military spokesperson Major-General X"
		}
		e := m.ent
		if len(e.Roles) == 0 {
			e.Roles = []graph.Role{{Title: r.title, Of: r.of}}
		} else if a.lapsedOffices(e, r, toks, m.first, m.last) {
			e.Roles = append(e.Roles, graph.Role{Title: r.title, Of: r.of}) // quotedfirstperson.go
		}
		if e.Country == "" {
			e.Country = r.country
		}
		if !slices.Contains(a.stated, e) {
			a.stated = append(a.stated, e)
		}
	}
}

// titleBefore returns the office a title just before toks[first] states
// ("President Bush", "Russian Foreign Minister, Sergey Lavrov"), or none.
func (a *article) titleBefore(toks []token, first int) office {
	for k := first - 1; k >= 0 && k >= first-8; k-- {
		if toks[k].punct && toks[k].text != "," {
			break
		}
		if j, r, ok := a.titleLead(toks, k); ok && j == first && r.title != "" {
			return r
		}
	}
	return office{}
}

// mention is an entity named in a sentence.
type mention struct {
	// first and last are the indexes of its first and last token.
	first, last int
	// ent is the article's copy of the entity named.
	ent *graph.Entity
	// form says how the entity was named.
	form form
	// modifier marks a country or organisation that only qualifies a person
	// or title ("Russian" in "Russian FM Sergey Lavrov"): not an argument.
	modifier bool
	// place marks a city named as where something happens ("in Moscow").
	place bool
	// office is the role the rule that found a person read beside the name.
	office office
}

// candidateMention is a possible mention before overlaps are resolved.
type candidateMention struct {
	// first and last are the indexes of its first and last token.
	first, last int
	// rank breaks ties between spans of equal length: higher wins.
	rank int
	// ent is the entity named (the gazetteer's, or one made by a rule).
	ent *graph.Entity
	// form says how the entity was named.
	form form
	// surface is the text of the span.
	surface string
	// office, for a person found by rule, is the role the title before or
	// after the name states.
	office office
	// titled marks a short name a head-of-state title resolved
	// (titledShortName), which unlocks the bare name (titledshorts.go).
	titled bool
}

// A nameRule proposes the mention a recognition rule finds starting at
// token i, if any.
type nameRule func(a *article, toks []token, i int) (candidateMention, bool)

// nameRules are the recognition rules mentions asks at each capitalised
// token, and describedRules those it asks at a capitalised token, a title or
// a noun for a person. They are method expressions in fixed tables, not
// method values (a.shortAt) built per sentence: a method value is called
// through a generated wrapper that copies the whole candidateMention once
// more; with 28 rules at every capitalised word the tables made
// BenchmarkExtract about 7% faster.
var (
	nameRules = [...]nameRule{
		(*article).shortAt, (*article).appositivePerson, (*article).organization, (*article).acronymOrg, (*article).namedGroup,
		(*article).vessel, (*article).prefixedVessel, (*article).bodyReference, (*article).variantName, (*article).quotedSpeaker, (*article).ellipticalState, (*article).placeName, (*article).forenamePerson,
		(*article).cuedPerson, (*article).describedBody, (*article).pluralParty, (*article).nationalLegislature,
		(*article).appositionPerson, (*article).courtAcronym,
		(*article).roleNounPerson,
		(*article).kunyaPerson, (*article).eastAsianPerson, (*article).monthNamedPerson, (*article).titledShortName, // unknownpeople.go
		(*article).describedName, // statedroles.go
		(*article).acronymName,   // acronymnames.go
		(*article).stateParty,    // partyplurals.go
	}
	describedRules = [...]nameRule{
		(*article).titledPerson, (*article).describedPerson, (*article).introducedPerson,
	}
)

// mentions finds the entities a sentence names: gazetteer phrases, short
// forms of names seen earlier, and people and organisations found by rule.
func (a *article) mentions(toks []token) []mention {
	g := a.x.gaz
	// Each recognition rule proposes at most one mention starting at a token.
	// Most start at a capitalised word, and asking them only there saves
	// most of the calls; a few start at a lower-case title or noun ("the
	// president", "lawmaker X", "the official, X"). The rules are in
	// nameRules and describedRules.
	var cands []candidateMention
	for i := range toks {
		if p, end, ok := g.match(toks, i); ok && !(end == i && namesAnother(toks, i, p.entity)) {
			rank := 3
			if p.form == formDemonym || p.form == formCapital {
				rank = 2
			}
			cands = append(cands, candidateMention{first: i, last: end, rank: rank, ent: a.namesake(toks, i, end, p.entity), form: p.form, surface: span(a.doc.Body, toks, i, end)}) // namesakes.go
		}
		if toks[i].upper {
			for _, rule := range nameRules {
				if c, ok := rule(a, toks, i); ok {
					cands = append(cands, c)
				}
			}
		}
		// In lower case, these rules start only at a title ("the
		// president X") or a noun for a person ("lawmaker X", "the
		// official, X"), a test the token's classes answer without
		// calling them at every word.
		if toks[i].upper || toks[i].is(classTitleStart) || toks[i].is(classPersonNoun) {
			for _, rule := range describedRules {
				if c, ok := rule(a, toks, i); ok {
					cands = append(cands, c)
				}
			}
		}
		cands = append(cands, a.personList(toks, i)...)
	}
	slices.SortStableFunc(cands, func(p, q candidateMention) int {
		if d := (q.last - q.first) - (p.last - p.first); d != 0 {
			return d
		}
		if d := q.rank - p.rank; d != 0 {
			return d
		}
		return p.first - q.first
	})
	taken := make([]bool, len(toks))
	var ms []mention
	for _, c := range cands {
		if slices.Contains(taken[c.first:c.last+1], true) {
			continue
		}
		for k := c.first; k <= c.last; k++ {
			taken[k] = true
		}
		ms = append(ms, a.accept(toks, c))
	}
	slices.SortFunc(ms, func(p, q mention) int { return p.first - q.first })
	a.linkKnownAs(toks, ms) // unknownpeople.go
	if refs := a.references(toks, ms, taken); len(refs) > 0 {
		ms = append(ms, refs...)
		slices.SortFunc(ms, func(p, q mention) int { return p.first - q.first })
	}
	markModifiers(toks, ms)
	a.noteAcronyms(toks, ms)
	for n := range ms {
		if l := ms[n].last; toks[l].hyphen && l+1 < len(toks) && !toks[l+1].upper && !flaggedVessel(toks, l) { // flaggedvessels.go: "a U.S.-flagged tanker"
			ms[n].modifier = true // "Qatar-based", "U.S.-led": part of an adjective
		}
		if l := ms[n].last; toks[l].hyphen && n+1 < len(ms) && ms[n+1].first == l+1 {
			// "the Lebanon-Israel border": both countries qualify the noun,
			// unless the noun names their encounter ("Kim-Putin talks").
			if e := ms[n+1].last + 1; e < len(toks) && !toks[e].upper && !toks[e].punct && !triggerWord(toks[e].norm) && !relationNouns[toks[e].norm] && !toks[ms[n+1].last].poss {
				ms[n].modifier, ms[n+1].modifier = true, true
			}
		}
		if l := ms[n].last; toks[l].poss && l+1 < len(toks) && toks[l+1].upper && !toks[l+1].punct && (n+1 >= len(ms) || ms[n+1].first != l+1) &&
			!isTitleWord(toks[l+1].norm) && titles[toks[l+1].norm] == "" {
			ms[n].modifier = true // "the United Kingdom's ITV": the owner of a name
		}
		if f := ms[n].first; ms[n].ent.Kind == graph.Country && n > 0 && f >= 2 && toks[f-1].norm == "of" && ms[n-1].last == f-2 && ms[n-1].ent.Kind == graph.Person {
			ms[n].modifier = true // "Junichiro Koizumi of Japan": the country qualifies the person
		}
		if ms[n].ent.Kind == graph.Country && officeOf(toks, ms, n) {
			ms[n].modifier = true // "Bertie Ahern, the Prime Minister of Ireland, visited"
		}
		// "anti-Japanese", "pro-Russian": the country is what the words are
		// for or against, never the one acting.
		if f := ms[n].first; f > 0 && toks[f-1].hyphen && (toks[f-1].norm == "anti" || toks[f-1].norm == "pro") {
			ms[n].modifier = true
		}
		if qualifiesPrivateBody(toks, ms[n]) || firmNameCountry(a.doc.Body, toks, ms[n]) || qualifiesTradeSubject(toks, ms[n]) { // commerce.go: "Dynamics Corp of America"
			ms[n].modifier = true // "Japanese newspapers criticised China": the press, not Japan
		}
		if qualifiesNonStateGroup(toks, ms[n]) || qualifiesNonStatePeople(toks, ms[n]) || namesWar(toks, ms[n]) || continentalAmerican(toks, ms[n]) {
			ms[n].modifier = true // nonstate.go: "an Iranian exile group", "Iraqi insurgents", "the Iraq war", "Latin American"
		}
		if placesNonAgentSubject(toks, ms[n]) || namesCurrency(toks, ms[n]) || prefixesCurrencySign(a.doc.Body, toks, ms[n]) {
			ms[n].modifier = true // nonagents.go: "Rwandan refugees criticised Burundi", "the U.S. dollar"
		}
	}
	return ms
}

// relationNouns after "X-Y" name what the two share, so that both stay
// parties: "North Korea-Russia relations".
var relationNouns = map[string]bool{"relations": true, "ties": true, "relationship": true, "dialogue": true, "rapprochement": true, "partnership": true}

// accept turns a candidate into a mention of the article's copy of its
// entity, recording the alias used and the short forms the name unlocks.
func (a *article) accept(toks []token, c candidateMention) mention {
	m := mention{first: c.first, last: c.last, form: c.form}
	if e, ok := a.eraBearer(toks, c); ok {
		c.ent = e // eras.go: "the EC" of 1987 is the European Community
	}
	if c.form == formCapital && (placeBefore(toks, c.first) >= 0 || capitalInName(toks, c.last)) && !toks[c.last].poss {
		// "in Moscow" is a place; "Moscow said" and "in Moscow's view" are
		// the state; "the Paris Club" and "the London bombings" are neither.
		name := cleanName(c.surface)
		place := &graph.Entity{ID: graph.EntityID(graph.Location, name), Name: name, Kind: graph.Location, Country: c.ent.ID}
		m.ent, m.place = a.entity(place), true
		return m
	}
	if c.ent.Kind == graph.Location {
		// A place that is not a state ("West Bank", "Geneva") is a place
		// wherever it is named; it is never an actor or a target.
		m.ent, m.place = a.entity(c.ent), true
		a.alias(m.ent, c.surface)
		return m
	}
	m.ent = a.entity(c.ent)
	m.office = c.office
	a.alias(m.ent, c.surface)
	if c.ent.Kind == graph.Organization && c.form == formName {
		for _, k := range a.x.gaz.shorts[c.ent.ID] {
			a.shorts[k] = m.ent // "ICC" after "International Criminal Court"
		}
	}
	if c.ent.Kind == graph.Person && c.form != formShort {
		keys := a.x.gaz.shorts[c.ent.ID]
		if len(keys) == 0 {
			keys = a.personShorts(m.ent) // "Wu" for "Wu Bangguo" (offices.go)
		}
		if c.form == formName {
			keys = variantShorts(keys, c.ent.Name, c.surface) // "Saniora" after "Fuad Saniora"
		}
		for _, k := range keys {
			a.shorts[k] = m.ent
		}
	}
	a.noteTitledShort(c, m)
	return m
}

// placePrepositions put a city in place position: "talks in Beijing".
var placePrepositions = map[string]bool{"in": true, "at": true, "near": true, "outside": true, "from": true, "around": true, "across": true, "into": true, "inside": true}

// placeLead are words that may stand between a place preposition and the
// place: "in the Iraqi capital Baghdad", "in northern Gaza", "in the city of
// Basra", "in downtown Kabul".
var placeLead = map[string]bool{"the": true, "capital": true, "city": true, "town": true, "village": true, "port": true,
	"region": true, "province": true, "of": true, "downtown": true, "suburbs": true, "outskirts": true, "nearby": true,
	"northern": true, "southern": true, "eastern": true, "western": true, "central": true, "northeastern": true,
	"northwestern": true, "southeastern": true, "southwestern": true, "north": true, "south": true, "east": true, "west": true,
	"occupied": true, "disputed": true, "restive": true, "coastal": true, "border": true, "holy": true, "southernmost": true}

// placeBefore returns the index of the place preposition that puts the name
// starting at toks[first] in place position ("in Beijing", "in the Iraqi
// capital Baghdad", "in northern Gaza"), or -1. A demonym may qualify the
// lead words ("the Iraqi capital"), but the name must follow a lead word or
// the preposition itself.
func placeBefore(toks []token, first int) int {
	for k := first - 1; k >= 0 && k >= first-5; k-- {
		t := toks[k]
		if placePrepositions[t.norm] {
			return k
		}
		if t.punct && t.text != "," || t.poss {
			return -1
		}
		if placeLead[t.norm] || (t.upper && k < first-1 && placeLead[toks[k+1].norm]) {
			continue // "the Iraqi capital": a demonym or name before a lead word
		}
		if t.text == "," && k > 0 && (toks[k-1].norm == "capital" || toks[k-1].norm == "city") {
			continue // "in the Iraqi capital, Baghdad"
		}
		return -1
	}
	return -1
}

// span returns body text from toks[i] to toks[j].
func span(body string, toks []token, i, j int) string {
	for k := i; k <= j; k++ {
		if toks[k].end-toks[k].start != len(toks[k].text) {
			return joinedSpan(body, toks, i, j) // "Russia n": a detached ending (sentence.go)
		}
	}
	return body[toks[i].start:toks[j].end]
}

// joinedSpan is span for tokens of which some were joined across a space:
// the text between them as written, each token as read.
func joinedSpan(body string, toks []token, i, j int) string {
	var b strings.Builder
	at := toks[i].start
	for k := i; k <= j; k++ {
		b.WriteString(body[at:toks[k].start])
		b.WriteString(toks[k].text)
		at = toks[k].end
	}
	return b.String()
}

// shortAt resolves a short form ("Lavrov", "Kim") to a person whose full
// name appeared earlier in the article, or an ambiguous acronym ("ICC") to
// the organisation whose name did.
func (a *article) shortAt(toks []token, i int) (candidateMention, bool) {
	if !toks[i].upper || toks[i].punct {
		return candidateMention{}, false
	}
	// The key grows in a stack buffer: a map lookup by string(bytes) does
	// not allocate, where concatenating strings did at every capital.
	var kb [64]byte
	key := kb[:0]
	for j := i; j < len(toks) && j < i+3; j++ {
		if toks[j].punct {
			break
		}
		if j > i {
			key = append(key, ' ')
		}
		key = append(key, toks[j].norm...)
		if e, ok := a.shorts[string(key)]; ok {
			if otherGivenName(toks, j, e) {
				break // "Kim In-seok" after "Kim Kyung Han" (offices.go)
			}
			if j == i && namesAnother(toks, i, e) {
				break // "Blair Trewin" after "Tony Blair"
			}
			// Prefer the longest short form; continue looking.
			best := candidateMention{first: i, last: j, rank: 1, ent: e, form: formShort, surface: span(a.doc.Body, toks, i, j)}
			if j+1 < len(toks) && !toks[j+1].punct {
				if e2, ok := a.shorts[string(append(append(key, ' '), toks[j+1].norm...))]; ok {
					best = candidateMention{first: i, last: j + 1, rank: 1, ent: e2, form: formShort, surface: span(a.doc.Body, toks, i, j+1)}
				}
			}
			return best, true
		}
	}
	return a.givenNameAt(toks, i)
}

// namesAnother reports a person's surname at i that opens another
// person's full name: "Blair Trewin" in an article that named Tony Blair
// gives a given name, not Blair's surname, when a capitalised word that is
// no title, no common capitalised word, no body he leads ("the Blair
// Government") and not Blair's own name follows.
func namesAnother(toks []token, i int, e *graph.Entity) bool {
	n := i + 1
	if e.Kind != graph.Person || n >= len(toks) || toks[i].poss || toks[i].hyphen || !toks[n].upper || toks[n].punct || toks[n].digit || toks[n].caps || toks[n].is(classNotName) || isTitleWord(toks[n].norm) || groupNouns[toks[n].norm] || surnameFirst(e.Name) {
		return false
	}
	words := strings.Fields(nameKey(e.Name))
	return len(words) > 1 && words[len(words)-1] == toks[i].norm && !slices.Contains(words, toks[n].norm)
}

// titles precede people's names and are peeled off them. Keys are folded
// token sequences; values are the title as a role states it.
var titles = map[string]string{
	"president": "President", "vice president": "Vice President", "president elect": "President-elect",
	"prime minister": "Prime Minister", "deputy prime minister": "Deputy Prime Minister", "pm": "Prime Minister",
	"foreign minister": "Foreign Minister", "fm": "Foreign Minister", "vice foreign minister": "Vice Foreign Minister",
	"deputy foreign minister": "Deputy Foreign Minister", "foreign secretary": "Foreign Secretary",
	"foreign affairs minister": "Foreign Minister", "external affairs minister": "External Affairs Minister",
	"defence minister": "Defence Minister", "defense minister": "Defence Minister",
	"defence secretary": "Defence Secretary", "defense secretary": "Secretary of Defense",
	"secretary of state": "Secretary of State", "secretary of defense": "Secretary of Defense",
	"interior minister": "Interior Minister", "finance minister": "Finance Minister", "trade minister": "Trade Minister",
	"minister": "Minister", "secretary": "Secretary", "secretary general": "Secretary-General",
	"chancellor": "Chancellor", "premier": "Premier", "king": "King", "queen": "Queen", "prince": "Prince",
	"crown prince": "Crown Prince", "emir": "Emir", "sultan": "Sultan", "sheikh": "Sheikh",
	"leader": "Leader", "supreme leader": "Supreme Leader", "opposition leader": "Opposition Leader",
	"gen": "General", "general": "General", "lt": "Lieutenant", "lieutenant": "Lieutenant", "col": "Colonel",
	"colonel": "Colonel", "admiral": "Admiral", "adm": "Admiral", "commander": "Commander", "maj": "Major",
	"mr": "", "mrs": "", "ms": "", "dr": "", "senator": "Senator", "sen": "Senator", "rep": "Representative",
	"governor": "Governor", "gov": "Governor", "mayor": "Mayor", "chairman": "Chairman", "chairwoman": "Chairwoman",
	"spokesman": "Spokesman", "spokeswoman": "Spokeswoman", "spokesperson": "Spokesperson",
	"ambassador": "Ambassador", "envoy": "Envoy", "ayatollah": "Ayatollah", "pope": "Pope", "cardinal": "Cardinal",
	"dictator": "Dictator", "speaker": "Speaker", "commissioner": "Commissioner", "director": "Director",
	"chief": "Chief", "army chief": "Army Chief", "negotiator": "Negotiator", "chief negotiator": "Chief Negotiator",
	"minister of foreign affairs": "Foreign Minister", "minister of defence": "Defence Minister",
	"minister of defense": "Defence Minister", "professor": "Professor", "prof": "Professor", "counterpart": "", "head of state": "Head of State", "chancellor elect": "Chancellor-elect",
}

// roleTitles are titles built from general parts (see init): portfolios
// ("justice minister", "minister of energy"), rank prefixes ("deputy
// defence minister", "acting president", "former prime minister") and
// role nouns ("lawmaker", "diplomat"). titleAt reads them beside titles;
// they are kept apart because the event rules treat single words of
// titles as part of a noun phrase, and these need not be.
var roleTitles = map[string]string{}

func init() {
	add := func(key, title string) {
		if _, ok := titles[key]; !ok {
			if _, ok := roleTitles[key]; !ok {
				roleTitles[key] = title
			}
		}
	}
	portfolios := []string{
		"foreign", "defence", "defense", "interior", "finance", "trade", "justice", "economy", "economic", "energy",
		"oil", "petroleum", "health", "education", "information", "culture", "agriculture", "industry", "environment",
		"home", "labour", "labor", "transport", "communications", "intelligence", "security", "commerce", "planning",
		"foreign affairs", "internal affairs", "home affairs", "social affairs", "development", "tourism", "immigration",
		"water", "mines", "science", "housing", "fisheries", "nuclear", "war", "state", "finance and economy", "economy and finance",
	}
	for _, p := range portfolios {
		name := titleCase(p)
		if p == "defense" {
			name = "Defence"
		}
		add(p+" minister", name+" Minister")
		add("minister of "+p, name+" Minister")
		add("minister for "+p, name+" Minister")
	}
	for key, t := range map[string]string{
		"lawmaker": "Lawmaker", "legislator": "Legislator", "parliamentarian": "Parliamentarian", "mp": "MP",
		"member of parliament": "Member of Parliament", "diplomat": "Diplomat", "top diplomat": "Top Diplomat",
		"attache": "Attaché", "naval attache": "Naval Attaché", "military attache": "Military Attaché",
		"adviser": "Adviser", "advisor": "Adviser", "national security adviser": "National Security Adviser",
		"national security advisor": "National Security Adviser", "aide": "Aide", "representative": "Representative",
		"special representative": "Special Representative", "delegate": "Delegate", "consul": "Consul",
		"consul general": "Consul General", "prosecutor": "Prosecutor", "chief prosecutor": "Chief Prosecutor",
		"judge": "Judge", "special envoy": "Special Envoy", "press secretary": "Press Secretary",
		"chief of staff": "Chief of Staff", "head of government": "Head of Government", "vice premier": "Vice Premier",
		"party leader": "Party Leader", "rebel leader": "Rebel Leader", "militant leader": "Militant Leader",
		"guerrilla leader": "Guerrilla Leader", "president of the european commission": "President of the European Commission",
		"foreign policy chief": "Foreign Policy Chief", "intelligence chief": "Intelligence Chief", "military chief": "Military Chief",
		"police chief": "Police Chief", "defence chief": "Defence Chief", "defense chief": "Defence Chief",
		"nuclear negotiator": "Nuclear Negotiator", "rapporteur": "Rapporteur", "monarch": "Monarch", "ruler": "Ruler",
		"field marshal": "Field Marshal", "brigadier": "Brigadier", "brigadier general": "Brigadier General",
		"major general": "Major General", "lieutenant general": "Lieutenant General", "captain": "Captain", "capt": "Captain",
		"sergeant": "Sergeant", "chairperson": "Chairperson", "vice chairman": "Vice Chairman", "chief executive": "Chief Executive",
		"chief justice": "Chief Justice", "attorney general": "Attorney General", "cleric": "Cleric", "grand ayatollah": "Grand Ayatollah",
	} {
		add(key, t)
	}
	// Ranks of offices: "deputy defence minister", "acting president".
	offices := []string{}
	for _, m := range []map[string]string{titles, roleTitles} {
		for key, t := range m {
			if t != "" && len(key) > 3 && !strings.HasPrefix(key, "vice ") && !strings.HasPrefix(key, "deputy ") {
				offices = append(offices, key)
			}
		}
	}
	for _, key := range offices {
		t := titles[key]
		if t == "" {
			t = roleTitles[key]
		}
		for _, rank := range []string{"vice", "deputy", "first deputy", "acting", "assistant", "interim"} {
			add(rank+" "+key, titleCase(rank)+" "+t)
		}
		for _, mod := range []string{"senior", "top", "government", "military", "chief"} {
			add(mod+" "+key, t)
		}
	}
	// A former office is a stated role; it does not act for the state.
	for _, m := range []map[string]string{titles, roleTitles} {
		for key, t := range m {
			if t != "" && !strings.HasPrefix(key, "former ") {
				add("former "+key, "Former "+t)
			}
		}
	}
	for _, m := range []map[string]string{titles, roleTitles} {
		for key := range m {
			w := strings.Fields(key)
			for n := 1; n <= len(w); n++ {
				titlePrefixes[strings.Join(w[:n], " ")] = true
			}
		}
	}
	for key := range roleTitles {
		if w := strings.Fields(key); !slices.ContainsFunc(w, functionWords) {
			roleTitleWords[w[len(w)-1]] = true
		}
	}
}

// titlePrefixes holds every key of titles and roleTitles and each of their
// leading word sequences, so that titleAt stops as soon as no title can
// continue.
var titlePrefixes = map[string]bool{}

// roleTitleWords holds the last words of roleTitles' keys, the nouns
// that head a role title before a name ("US diplomat John Smith", "the
// Palestinian negotiator Saeb Erekat"); not their modifiers, which also
// qualify other nouns ("a US military investigation").
var roleTitleWords = map[string]bool{}

// functionWords reports a word that joins the words of a title ("minister
// of state for"): a title with one is no noun before a name.
func functionWords(w string) bool { return w == "of" || w == "for" || w == "the" || w == "and" }

// titleCase capitalises each word of s.
func titleCase(s string) string {
	w := strings.Fields(s)
	for i, x := range w {
		if x != "and" && x != "of" && x != "for" && x != "the" {
			w[i] = strings.ToUpper(x[:1]) + x[1:]
		}
	}
	return strings.Join(w, " ")
}

// titleAt returns the end index and role title of the longest title at i.
func titleAt(toks []token, i int) (int, string, bool) {
	if i >= len(toks) || !toks[i].is(classTitleStart) {
		return 0, "", false // most words start no title: skip building keys
	}
	// The key is built in buf and looked up as m[string(key)], which the
	// compiler does without allocating.
	var buf [64]byte
	key := buf[:0]
	end, title, ok := 0, "", false
	for j := i; j < len(toks) && j < i+6; j++ {
		if toks[j].punct && !(toks[j].text == "." && j > i && abbreviations[toks[j-1].norm]) {
			break
		}
		if toks[j].punct {
			continue // "Lt. Col.": an abbreviation's period inside a title
		}
		if j > i {
			key = append(key, ' ')
		}
		key = append(key, toks[j].norm...)
		if !titlePrefixes[string(key)] {
			break
		}
		if t, found := titles[string(key)]; found {
			end, title, ok = j, t, true
		} else if t, found := roleTitles[string(key)]; found {
			end, title, ok = j, t, true
		}
		if toks[j].poss {
			break
		}
	}
	if ok && end+1 < len(toks) && toks[end+1].text == "." && abbreviations[toks[end].norm] {
		end++ // "Gen." and "Mr."
	}
	if ok && rankInLowerCase(toks, i, end) {
		return 0, "", false
	}
	return end, title, ok
}

// notNames are capitalised words that never start or continue a name.
var notNames = map[string]bool{
	"the": true, "a": true, "an": true, "he": true, "she": true, "they": true, "it": true, "his": true, "her": true,
	"this": true, "that": true, "these": true, "those": true, "on": true, "in": true, "at": true, "and": true, "but": true,
	"of": true, "for": true, "with": true, "by": true, "to": true, "from": true, "as": true, "however": true,
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true, "sept": true,
	"oct": true, "nov": true, "dec": true, "today": true, "yesterday": true, "tomorrow": true,
	"said": true, "says": true, "who": true, "which": true, "after": true, "before": true, "during": true,
}

// nameParticles may sit inside a name in lower case.
var nameParticles = map[string]bool{"da": true, "de": true, "do": true, "dos": true, "das": true, "bin": true, "ibn": true, "al": true, "el": true, "van": true, "von": true, "der": true, "den": true, "del": true, "la": true, "le": true, "di": true, "y": true, "abu": true}

// nameRun returns the last index of a personal name of 2 to 5 words
// starting at i, or false.
func (a *article) nameRun(toks []token, i int) (int, bool) {
	words, last := 0, -1
	for j := i; j < len(toks) && j < i+7; j++ {
		t := toks[j]
		switch {
		case t.punct && t.text == "." && j > i && len(toks[j-1].norm) == 1 && toks[j-1].upper:
			continue // initial
		case t.punct || t.digit:
		case j > i && linkGap(a.doc.Body, toks, j):
			// a cut link ends a name: "Illinois  Henry Hyde"
		case t.upper && !t.is(classNotName) && !isTitleWord(t.norm) && !a.isPlaceWord(toks, j):
			if j == i || !toks[j-1].hyphen || !toks[j-1].upper {
				words++ // "Jean-Bertrand" is one word of a name
			}
			last = j
			if t.poss {
				j = len(toks) // a possessive ends the name
			}
			continue
		case j > i && toks[j-1].hyphen && !t.upper && !strings.HasSuffix(t.norm, "ed"):
			last = j // "Jong-un"; not "Siniora-led"
			if t.poss {
				j = len(toks)
			}
			continue
		case j > i && nameParticles[t.norm] && j+1 < len(toks) && toks[j+1].upper:
			continue
		}
		break
	}
	if words < 2 || words > 5 || rankBeforeName(toks, i) || endsInInitial(toks, last) || portfolioLead(toks, i) {
		return 0, false // names.go: "of Foreign Relations Felipe Pérez Roque" starts at Felipe
	}
	return last, true
}

// isTitleWord reports words that belong to titles, so that a name run stops
// before "President".
func isTitleWord(w string) bool {
	switch w {
	case "president", "minister", "prime", "foreign", "secretary", "general", "leader", "king", "queen",
		"prince", "chancellor", "premier", "senator", "governor", "mayor", "ambassador", "spokesman", "spokeswoman",
		"vice", "deputy", "chairman", "commander", "colonel", "admiral", "fm", "pm", "mr", "mrs", "ms", "dr", "gen", "sen",
		"defence", "defense", "interior", "finance", "pope", "emir", "sheikh", "director", "chief", "professor", "prof",
		"counterpart", "counterparts":
		return true
	}
	return false
}

// isPlaceWord reports a token that the gazetteer knows as a country,
// demonym or capital, which cannot be part of a personal name.
func (a *article) isPlaceWord(toks []token, j int) bool {
	for _, p := range a.x.gaz.phrases[toks[j].norm] {
		if p.entity.Kind != graph.Person {
			return true
		}
	}
	return false
}

// titledPerson finds "[Demonym] Title [of Country][,] First Last": the
// title is peeled off and gives the person's role.
func (a *article) titledPerson(toks []token, i int) (candidateMention, bool) {
	j, r, ok := a.titleLead(toks, i)
	if !ok {
		return candidateMention{}, false
	}
	last, ok := a.nameRun(toks, j)
	if !ok {
		if !a.surnameAfterTitle(toks, i, j) {
			return candidateMention{}, false
		}
		last = j // "President Kagame"
	}
	if bodyWord(toks[last].norm) {
		return candidateMention{}, false
	}
	return a.ruledPerson(toks, j, last, r), true
}

// headTitles may precede a bare surname: "President Kagame", "Prime
// Minister Sharif", "King Hussein".
var headTitles = map[string]bool{
	"President": true, "Prime Minister": true, "King": true, "Queen": true, "Emir": true, "Sultan": true,
	"Chancellor": true, "Premier": true, "Foreign Minister": true, "Defence Minister": true,
	"Secretary of State": true, "Archbishop": true, "Ayatollah": true, "Sheikh": true,
}

// surnameAfterTitle reports a single unknown surname right after a
// capitalised head-of-state title at toks[i] ("President Kagame said"):
// one capitalised word, not a place, month or title, that the next word
// does not continue.
func (a *article) surnameAfterTitle(toks []token, i, j int) bool {
	_, title, ok := titleAt(toks, i)
	if !ok || !(headTitles[strings.TrimPrefix(title, "Former ")] || addressedSurname(toks, i, j)) || !toks[i].upper || j >= len(toks) || (j > 0 && toks[j-1].text == ",") {
		return false
	}
	t := toks[j]
	if !t.upper || t.punct || t.digit || t.caps || t.hyphen || t.is(classNotName) || isTitleWord(t.norm) || titles[t.norm] != "" ||
		a.isPlaceWord(toks, j) || t.is(classOrgHead) || len(t.norm) < 3 {
		return false
	}
	if _, _, ok := a.x.gaz.match(toks, j); ok || a.shorts[t.norm] != nil || a.x.gaz.shortKeys[t.norm] {
		return false // a known name, or the short form of one ("President Bush")
	}
	for _, e := range a.entities {
		if e.Kind == graph.Person && slices.Contains(strings.Fields(nameKey(e.Name)), t.norm) {
			return false // "Maj. Gen. Zhu" after "Zhu Chenghu": a part of a name seen
		}
	}
	return j+1 >= len(toks) || !toks[j+1].upper || toks[j+1].punct || t.poss
}

// office is a role a sentence gives a person: the title and the country
// or organisation it belongs to, as far as the sentence says.
type office struct {
	// title is the role's title ("Vice Foreign Minister"); "" for forms of
	// address ("Mr.") that state no office.
	title string
	// of is the ID of the country or organisation the office belongs to,
	// country the ID of the person's country; either may be "".
	of, country string
}

// titleLead reads "[Owner] Title [of|to [the] Owner][,]" starting with the
// title at toks[i], and returns the index where the holder's name should
// start: "Chinese Vice Foreign Minister Wu Daiwei", "the U.S. envoy X",
// "UN Secretary-General Ban Ki-moon", "ambassador to China Anami Koreshige".
func (a *article) titleLead(toks []token, i int) (int, office, bool) {
	end, title, ok := titleAt(toks, i)
	if !ok || toks[end].poss || (honorifics[toks[i].norm] && !toks[i].upper) {
		return 0, office{}, false // "the Queen's Regiment", "petroleum king"
	}
	r := office{title: title}
	if i > 0 {
		r.of, r.country = a.ownerBefore(toks, i-1)
	}
	j := end + 1
	if j+1 < len(toks) && (toks[j].norm == "of" || toks[j].norm == "to") {
		k := j + 1
		if toks[k].norm == "the" && k+1 < len(toks) {
			k++
		}
		if of, country, e, ok := a.ownerAt(toks, k); ok {
			if toks[j].norm == "of" || r.of == "" {
				r.of, r.country = of, country
			}
			j = e + 1 // "ambassador to China Anami Koreshige"
		} else if c, ok := a.organization(toks, k); ok && c.last+1 < len(toks) && toks[c.last+1].text == "," {
			if r.of == "" && c.ent.Country != "" {
				r.of, r.country = c.ent.Country, c.ent.Country
			}
			j = c.last + 1 // "the spokesman of the Foreign Ministry, Liu Jianchao"
		}
	}
	if portfolioLead(toks, j) {
		j++ // names.go: "Minister of Foreign Relations, Carolina Barco"
	}
	if j < len(toks) && toks[j].text == "," {
		j++
	}
	if j >= len(toks) {
		return 0, office{}, false
	}
	return j, r, true
}

// appositivePerson finds "First Last, the [Demonym] Title of": a name
// introduced by the office that follows it.
func (a *article) appositivePerson(toks []token, i int) (candidateMention, bool) {
	if !toks[i].upper || (i > 0 && toks[i-1].upper && !toks[i-1].punct && !toks[i-1].caps && !toks[i-1].is(classNotName)) {
		return candidateMention{}, false
	}
	last, ok := a.nameRun(toks, i)
	if !ok || bodyWord(toks[last].norm) {
		return candidateMention{}, false // "the Bharatiya Janata Party, the chief opposition party"
	}
	r, ok := a.titleTail(toks, last)
	if !ok {
		return candidateMention{}, false
	}
	return a.ruledPerson(toks, i, last, r), true
}

// titleTail reads the apposition after a name ending at toks[last]:
// ", the [Demonym] Title [of [the] Owner]" or ", Owner's Title" ("Anami
// Koreshige, the Japanese ambassador to China", "X, Iran's defence
// minister"). A title followed by a name belongs to that name, not to this
// one: "Bush, Prime Minister Tony Blair and ..." is a list.
func (a *article) titleTail(toks []token, last int) (office, bool) {
	if last+3 >= len(toks) || toks[last+1].text != "," {
		return office{}, false
	}
	j := last + 2
	if toks[j].norm == "the" || toks[j].norm == "a" {
		j++
	}
	var r office
	if of, country, e, ok := a.ownerAt(toks, j); ok {
		r.of, r.country, j = of, country, e+1
	}
	if j >= len(toks) {
		return office{}, false
	}
	end, title, ok := titleAt(toks, j)
	if !ok || title == "" || (honorifics[toks[j].norm] && !toks[j].upper) {
		return office{}, false
	}
	if n := end + 1; adjectival[toks[end].norm] && end == j && n < len(toks) && !toks[n].upper && !toks[n].punct && toks[n].norm != "of" && toks[n].norm != "to" && toks[n].norm != "for" && toks[n].norm != "until" && toks[n].norm != "since" {
		return office{}, false // "the chief opposition party", not "Chad's leader until 1990"
	}
	r.title = title
	next := end + 1
	if end+2 < len(toks) && (toks[end+1].norm == "of" || toks[end+1].norm == "to") {
		k := end + 2
		if toks[k].norm == "the" && k+1 < len(toks) {
			k++
		}
		if of, country, e, ok := a.ownerAt(toks, k); ok {
			if toks[end+1].norm == "of" || r.of == "" {
				r.of, r.country = of, country
			}
			next = e + 1
		} else if c, ok := a.organization(toks, k); ok {
			if r.of == "" && c.ent.Country != "" {
				r.of, r.country = c.ent.Country, c.ent.Country
			}
			next = c.last + 1 // "X, spokesman of the Foreign Ministry"
		}
	}
	if next == end+1 && next < len(toks) && toks[next].upper && !toks[next].punct && !toks[next].is(classNotName) {
		return office{}, false
	}
	return r, true
}

// bodyWord reports a word that ends the name of a body, not of a person:
// "Bharatiya Janata Party", "Southern Command".
func bodyWord(w string) bool {
	switch w {
	case "command", "regiment", "division", "battalion", "fleet", "headquarters":
		return true
	}
	return orgHeads[w]
}

// honorifics are titles that read as a rank only when capitalised: "King
// Abdullah", not "Russia's petroleum king".
var honorifics = map[string]bool{"king": true, "queen": true, "prince": true, "emir": true, "sultan": true, "sheikh": true, "pope": true, "cardinal": true, "dictator": true}

// adjectival are one-word titles that also qualify a noun: "the chief
// opposition party", "the general public".
var adjectival = map[string]bool{"chief": true, "general": true, "leader": true}

// ruledPerson builds the candidate for a person found by rule, preferring
// the gazetteer's entry where the name is known.
func (a *article) ruledPerson(toks []token, first, last int, r office) candidateMention {
	surface := span(a.doc.Body, toks, first, last)
	if e := a.x.gaz.resolve(surface); e != nil && e.Kind == graph.Person {
		return candidateMention{first: first, last: last, rank: 3, ent: a.namesake(toks, first, last, e), form: formName, surface: surface}
	}
	if e := a.x.gaz.variantPerson(surface); e != nil {
		return candidateMention{first: first, last: last, rank: 3, ent: e, form: formName, surface: surface} // "Prnab Mukherjee"
	}
	name := cleanName(surface)
	e := &graph.Entity{ID: graph.EntityID(graph.Person, name), Name: name, Kind: graph.Person, Country: r.country}
	return candidateMention{first: first, last: last, rank: 2, ent: e, form: formRule, surface: surface, office: r}
}

// ownerAt reads the country or gazetteer organisation named at toks[k]
// as the owner of an office ("of China", "to the United Nations"): the
// office's Of, the holder's country, and the index of the name's last
// token.
func (a *article) ownerAt(toks []token, k int) (of, country string, end int, ok bool) {
	p, e, ok := a.x.gaz.match(toks, k)
	if !ok {
		return "", "", 0, false
	}
	switch p.entity.Kind {
	case graph.Country:
		return p.entity.ID, p.entity.ID, e, true
	case graph.Organization:
		return p.entity.ID, p.entity.Country, e, true
	}
	return "", "", 0, false
}

// ownerBefore returns the owner of a title named by the words ending at
// toks[i], just before it: a country or demonym ("Chinese", "Iran's"), an
// organisation of the gazetteer ("UN"), or a body found by rule whose
// country is known ("Chinese Foreign Ministry", which gives China). It
// returns the office's Of and the holder's country, or "".
func (a *article) ownerBefore(toks []token, i int) (of, country string) {
	for k := i - 1; k >= 0 && k > i-4; k-- {
		if c, ok := a.nationalBody(toks, k, i); ok {
			return c.ent.Country, c.ent.Country // "Foreign Ministry spokesman X": of the state the context names
		}
	}
	for k := i; k >= 0 && k > i-4; k-- {
		if o, c, e, ok := a.ownerAt(toks, k); ok && e == i {
			return o, c
		}
	}
	if !toks[i].upper || !toks[i].is(classOrgHead) {
		return "", ""
	}
	for k := i - 1; k >= 0 && k > i-6; k-- {
		if c, ok := a.organization(toks, k); ok && c.last == i {
			if c.ent.Country != "" {
				return c.ent.Country, c.ent.Country
			}
			return "", ""
		}
	}
	return "", ""
}

// orgHeads end the names of bodies: "Foreign Ministry", "Labour Party".
var orgHeads = map[string]bool{
	"ministry": true, "party": true, "council": true, "army": true, "forces": true, "force": true, "agency": true,
	"commission": true, "committee": true, "front": true, "movement": true, "organization": true, "organisation": true,
	"court": true, "parliament": true, "assembly": true, "congress": true, "senate": true, "police": true, "guard": true,
	"guards": true, "navy": true, "brigades": true, "brigade": true, "authority": true, "department": true,
	"office": true, "service": true, "corps": true, "cabinet": true, "union": true, "alliance": true, "league": true,
	"coalition": true, "tribunal": true, "duma": true, "bureau": true, "directorate": true, "secretariat": true,
	"bank": true, "institute": true, "association": true, "federation": true, "fund": true, "group": true, "militia": true,
	"militias": true, "brotherhood": true, "tigers": true, "courts": true, "society": true, "network": true,
	"confederation": true, "syndicate": true, "committees": true,
	"regiment": true, "battalion": true, "battalions": true, "command": true, "legion": true, "caucus": true, "foundation": true,
}

// organization finds a capitalised name ending in an org head word
// ("Japanese Self-Defense Forces"), or opening with one and continuing with
// "of" ("Ministry of Foreign Affairs"). The match is anchored at its first
// token, i.
func (a *article) organization(toks []token, i int) (candidateMention, bool) {
	t := toks[i]
	if !t.upper || t.punct || t.is(classNotName) || (i > 0 && toks[i-1].upper && !toks[i-1].punct && !toks[i-1].poss && !toks[i-1].is(classNotName)) {
		return candidateMention{}, false
	}
	last := -1
	for j := i; j < len(toks) && j < i+8; j++ {
		u := toks[j]
		if j > i && u.upper && (u.norm == "the" || u.norm == "a" || u.norm == "an") {
			break // "Iran The Iranian Revolutionary Guard": a page's category, then a sentence
		}
		if u.punct || !(u.upper || (j > i && toks[j-1].hyphen)) {
			if last < 0 && j-i >= 2 && a.x.gaz.forenames[toks[i].norm] || last < 0 && j-i >= 3 && rankWords[toks[i].norm] && a.x.gaz.forenames[toks[i+1].norm] {
				break // "David Barnouw of the Institute", "Private Adam Mills of the Regiment": a person, then the body
			}
			if last < 0 && u.norm == "of" && a.partyMember(toks, i, j-1) {
				break // "X of the Awami League": a person, then the party (rolenouns.go)
			}
			if last < 0 && (isTitleWord(toks[i].norm) || titles[toks[i].norm] != "" || a.wholeName(toks, i, j-1)) {
				break // "President of the National Assembly", "Brazil for the UN Security Council": an office or a party, then the body
			}
			if (u.norm == "of" || u.norm == "for" || (u.norm == "and" && last < 0)) && j > i && j+1 < len(toks) {
				k := j + 1
				if toks[k].norm == "the" && k+1 < len(toks) && u.norm != "and" {
					k++ // "Ministry of the Interior"; but "X and the Council" are two names
				}
				if toks[k].upper && !toks[k].punct {
					j = k - 1
					continue
				}
			}
			break
		}
		if u.is(classOrgHead) && j > i {
			last = j
		}
		if u.is(classOrgHead) && j == i && j+1 < len(toks) && (toks[j+1].norm == "of" || toks[j+1].norm == "on") {
			last = j // "Ministry of ...", "Council on ..." grow below
		}
		if u.poss && !(pluralPossessive(u) && len(a.x.gaz.phrases[u.norm]) == 0 && j+1 < len(toks) && toks[j+1].upper && !toks[j+1].punct) {
			break // "Russia's Foreign Ministry", but "the Kurdistan Workers' Party"
		}
	}
	if last < 0 {
		return candidateMention{}, false
	}
	// "Ministry of Foreign Affairs": extend over "of [the] Capitalised...".
	if last == i || (last+1 < len(toks) && toks[last+1].norm == "of") {
		j := last + 1
		if j < len(toks) && toks[j].norm == "of" {
			j++
			if j < len(toks) && toks[j].norm == "the" {
				j++
			}
			k := j
			for k < len(toks) && toks[k].upper && !toks[k].punct && k < j+5 {
				k++
				if toks[k-1].poss {
					break
				}
			}
			if k > j {
				last = k - 1
			}
		}
	}
	if e, ok := a.subjectOfBody(toks, last); ok {
		last = e // "the Senate Committee on Foreign Relations"
	}
	if last == i {
		return candidateMention{}, false
	}
	if toks[last].norm == "bank" && a.placeWords(toks, i, last) {
		return candidateMention{}, false // "the West Bank", "the Left Bank": a bank of land, not a body
	}
	surface := span(a.doc.Body, toks, i, last)
	name := cleanName(surface)
	if c, ok := a.nationalBody(toks, i, last); ok {
		return c, true // "the Foreign Ministry": of the state the context names
	}
	if e := a.x.gaz.resolve(name); e != nil {
		return candidateMention{first: i, last: last, rank: 3, ent: e, form: formName, surface: surface}, true
	}
	country := ""
	if p, _, ok := a.x.gaz.match(toks, i); ok && p.entity.Kind == graph.Country {
		country = p.entity.ID
	}
	e := &graph.Entity{ID: graph.EntityID(graph.Organization, name), Name: name, Kind: graph.Organization, Country: country}
	return candidateMention{first: i, last: last, rank: 2, ent: e, form: formRule, surface: surface}, true
}

// wholeName reports whether the gazetteer knows toks[i..last] as one
// country or person.
func (a *article) wholeName(toks []token, i, last int) bool {
	p, e, ok := a.x.gaz.match(toks, i)
	return ok && e == last && (p.entity.Kind == graph.Country || p.entity.Kind == graph.Person)
}

// subjectOfBody reads the subject that follows a body's head word after
// "on" ("Committee on Foreign Relations", "Panel on Climate Change") and
// returns the index of its last word. A name the gazetteer knows in whole
// ("the Security Council on Iran"), a possessive ("on Iran's programme") or
// a date ("on Monday") is what the body deals with or when, not its name.
func (a *article) subjectOfBody(toks []token, head int) (int, bool) {
	j := head + 1
	if !toks[head].is(classOrgHead) || j >= len(toks) || toks[j].norm != "on" {
		return 0, false
	}
	j++
	if j < len(toks) && toks[j].norm == "the" {
		j++
	}
	k := j
	for k < len(toks) && k < j+4 && toks[k].upper && !toks[k].punct && !toks[k].is(classNotName) {
		if toks[k].poss {
			return 0, false
		}
		k++
	}
	if k == j || k < len(toks) && toks[k].upper && !toks[k].punct {
		return 0, false // nothing capitalised, or a run too long to be a subject
	}
	if _, e, ok := a.x.gaz.match(toks, j); ok && e >= k-1 {
		return 0, false
	}
	return k - 1, true
}

// bankPlaceWords name the side of a river a bank of land lies on: "the
// West Bank", "the Left Bank".
var bankPlaceWords = map[string]bool{"west": true, "east": true, "north": true, "south": true, "left": true, "right": true,
	"western": true, "eastern": true, "northern": true, "southern": true}

// placeWords reports whether toks[i:j] are all words for a side of a
// river ("West", "Left"), so that "X Bank" names land, not a body.
func (a *article) placeWords(toks []token, i, j int) bool {
	for k := i; k < j; k++ {
		if !bankPlaceWords[toks[k].norm] {
			return false
		}
	}
	return j > i
}

// officeOf reports whether mention n is the country of an office that an
// apposition gives the person before it: "Hu Jintao, the President of China".
func officeOf(toks []token, ms []mention, n int) bool {
	k := ms[n].first - 1
	if k >= 1 && toks[k].norm == "the" {
		k-- // "the President of the United States"
	}
	if k < 1 || toks[k].norm != "of" {
		return false
	}
	k--
	words := 0
	for k >= 0 && (isTitleWord(toks[k].norm) || titles[toks[k].norm] != "" || otherHolder[toks[k].norm]) && words < 4 { // "the former President of"
		k--
		words++
	}
	if words == 0 {
		return false
	}
	if k >= 0 && (toks[k].norm == "the" || toks[k].norm == "a") {
		k--
	}
	if k < 1 || toks[k].text != "," {
		return false
	}
	for m := n - 1; m >= 0; m-- {
		if ms[m].last == k-1 {
			return ms[m].ent.Kind == graph.Person
		}
	}
	return false
}

// markModifiers flags countries and organisations that only qualify a
// following person ("North Korean leader Kim Jong-un", "Russia's Sergey
// Lavrov"): the person, not the country, takes part.
func markModifiers(toks []token, ms []mention) {
	for n := range ms {
		m := &ms[n]
		if m.ent.Kind == graph.Person || n+1 >= len(ms) {
			continue
		}
		next, inner := ms[n+1], []int{}
		for k := n + 2; k < len(ms) && next.ent.Kind == graph.Country && next.first > 0 &&
			(toks[next.first-1].norm == "to" || toks[next.first-1].norm == "of"); k++ {
			inner = append(inner, k-1)
			next = ms[k] // "the Japanese ambassador to China Anami Koreshige"
		}
		if next.ent.Kind != graph.Person {
			continue
		}
		ok, words := true, 0
		// A role title joins a state to the name right after it ("US
		// diplomat John Smith"); set off by a comma, it is a description
		// of its own ("a Somali diplomat, Ali Hassan,"), which makes the
		// state no modifier.
		roleTitled := !slices.ContainsFunc(toks[m.last+1:next.first], func(t token) bool { return t.text == "," })
		for k := m.last + 1; k < next.first; k++ {
			t := toks[k]
			if t.text == "," || t.text == "." {
				continue
			}
			if t.upper || isTitleWord(t.norm) || t.norm == "the" || titles[t.norm] != "" || t.norm == "to" || t.norm == "of" || personNouns[t.norm] || roleTitled && roleTitleWords[t.norm] {
				words++
				continue
			}
			ok = false
			break
		}
		if words == 0 && next.first > m.last+1 && !ownedByOffice(toks, m.first) {
			// "During his visit to Japan, Vladimir Putin": a comma alone
			// ends the country's phrase, unless an office owns the country
			// ("The President of Romania, Traian Basescu").
			ok = false
		}
		if ok && next.first-m.last <= 8 {
			m.modifier = true
			for _, k := range inner {
				ms[k].modifier = true
			}
		}
	}
}

// dropHostReadings leaves out a reading of force whose target is only the
// state where it happened ("-country-host", "-place-host") when the same
// sentence gives the same actor's force of that type a target of its own:
// in "A US drone strike killed an al-Qaeda leader in Yemen" the strike is
// the killing, aimed at al-Qaeda, not a second attack on Yemen.
func dropHostReadings(cands []*candidate) []*candidate {
	hosted := func(c *candidate) bool {
		return strings.HasSuffix(c.rule, "-country-host") || strings.HasSuffix(c.rule, "-place-host")
	}
	type key struct {
		sent  int
		typ   graph.EventType
		actor string
	}
	aimed := map[key]bool{}
	for _, c := range cands {
		if !hosted(c) && len(c.targets) > 0 && len(c.actors) > 0 {
			aimed[key{c.sent.index, c.typ, c.actors[0].ID}] = true
		}
	}
	return slices.DeleteFunc(cands, func(c *candidate) bool {
		return hosted(c) && len(c.actors) > 0 && aimed[key{c.sent.index, c.typ, c.actors[0].ID}]
	})
}

// ownedByOffice reports "of" or "of the" right before first: the name
// owns an office ("The President of Romania, X", "the Speaker of the
// Bundestag, X").
func ownedByOffice(toks []token, first int) bool {
	k := first - 1
	if k >= 0 && toks[k].norm == "the" {
		k--
	}
	return k >= 0 && toks[k].norm == "of"
}

// extraction assembles the article's events, merged, with their entities:
// those the events refer to, then the people whose role the article
// states, then the places of the meetings it names (entitylist.go).
func (a *article) extraction() *graph.Extraction {
	out := &graph.Extraction{Article: a.doc.Article}
	events := a.merge()
	seen := map[string]bool{}
	use := func(e *graph.Entity) {
		if e != nil && !seen[e.ID] {
			seen[e.ID] = true
			out.Entities = append(out.Entities, e)
		}
	}
	for _, ev := range events {
		for _, e := range ev.Actors {
			use(e)
		}
		for _, e := range ev.Targets {
			use(e)
		}
		use(ev.Location)
	}
	for _, e := range a.stated {
		use(e)
	}
	for _, e := range a.meetingPlaces {
		use(e)
	}
	for _, e := range a.listedBodies {
		use(e)
	}
	for _, e := range a.targetlessParties {
		use(e)
	}
	a.listForcePlaces(events, use) // eventplaces.go
	out.Events = events
	return out
}

// merge folds the candidates into events: statements without a target or
// date join the one event of the same kind that has them, and one event
// remains per (type, actors, targets, date), with one claim per sentence.
func (a *article) merge() []*graph.Event {
	var cands []*candidate
	for _, c := range a.found {
		if len(c.actors) > 0 {
			cands = append(cands, c)
		}
	}
	// Targetless statements ("Lavrov's upcoming visit") join the event of
	// the same type and actor that names a target, when all such events
	// name the same targets. Indexes keep this linear in the candidates.
	targetsOf := map[string]*candidate{}
	ambiguous := map[string]bool{}
	for _, c := range cands {
		if len(c.targets) == 0 {
			continue
		}
		k := string(c.typ) + "|" + c.mode + "|" + c.actors[0].ID
		if o, ok := targetsOf[k]; ok && eventKey("", nil, o.targets, "") != eventKey("", nil, c.targets, "") {
			ambiguous[k] = true
		} else if !ok {
			targetsOf[k] = c
		}
	}
	counterparts := a.counterparts(cands) // counterparts.go: the story's other party
	var kept []*candidate
	for _, c := range cands {
		if len(c.targets) == 0 {
			k := string(c.typ) + "|" + c.mode + "|" + c.actors[0].ID
			if o, ok := targetsOf[k]; ok && !ambiguous[k] && (o.status != graph.Denied || c.status == graph.Denied) {
				// What a denial says did not happen is no antecedent for
				// a mention of something that did ("did not receive
				// Carter", then "during his visit to the West Bank").
				c.targets = o.targets
			} else if !a.keepTargetless && counterparts.fill(c) {
				// the event's target is the party the story sets against its actor
			} else if !c.optionalTarget && !stateCustody(c) && !a.keepTargetless {
				a.noteTargetlessParties(c) // targetlessparties.go
				continue
			}
		}
		kept = append(kept, c)
	}
	kept = dropHostReadings(kept)
	absorbSubsets(kept)
	shareSentenceDates(kept) // datecues.go: two readings of one statement
	// A noun with no date of its own ("Putin's visit") refers back to the
	// one dated event with the same parties and joins it, and so does an
	// undated verb restating a dated act other than an attack
	// (restatedacts.go).
	dated := map[string]*candidate{}
	for _, c := range kept {
		if c.date == "" {
			continue
		}
		for _, k := range []string{eventKey(c.typ, c.actors, c.targets, ""), eventKey(c.typ, c.targets, c.actors, "")} {
			if o, ok := dated[k]; ok && o != nil && o.date != c.date {
				dated[k] = nil // two dates: no way to choose
			} else if !ok {
				dated[k] = c
			}
		}
	}
	for _, c := range kept {
		if c.date != "" || !strings.HasPrefix(c.rule, "noun:") && !restatedAct(c, dated) {
			continue
		}
		if o := dated[eventKey(c.typ, c.actors, c.targets, "")]; o != nil && joinsDatedMention(c, o) { // plannedstatus.go
			c.date, c.precision = o.date, o.precision
		} else if o := dated[eventKey(c.typ, c.targets, c.actors, "")]; o != nil && c.pair && o.pair && joinsDatedMention(c, o) {
			c.date, c.precision = o.date, o.precision
		}
	}
	occasionDates(kept) // occasions.go: "signed the deal after a meeting"
	refineDates(kept)
	type group struct {
		ev     *graph.Event
		claims map[int]*candidate
		order  []int
	}
	var groups []*group
	byKey := map[string]*group{}
	for _, c := range kept {
		key := eventKey(c.typ, c.actors, c.targets, c.date)
		g := byKey[key]
		if g == nil && c.pair {
			g = byKey[eventKey(c.typ, c.targets, c.actors, c.date)] // "Putin met Kim" after "Kim met Putin"
		}
		if g == nil {
			ev := &graph.Event{Type: c.typ, Mode: c.mode, Actors: c.actors, Targets: c.targets, Location: c.location, Date: c.date, Precision: c.precision}
			g = &group{ev: ev, claims: map[int]*candidate{}}
			byKey[key] = g
			groups = append(groups, g)
		}
		if g.ev.Mode == "" {
			g.ev.Mode = c.mode
		}
		if g.ev.Location == nil {
			g.ev.Location = c.location
		}
		if o, ok := g.claims[c.sent.index]; !ok {
			g.claims[c.sent.index] = c
			g.order = append(g.order, c.sent.index)
		} else if c.confidence > o.confidence || (o.status == "" && c.status != "") {
			g.claims[c.sent.index] = c
		}
	}
	var events []*graph.Event
	reported := graph.ReportedScope(a.doc.Article)
	for _, g := range groups {
		ev := g.ev
		ev.Status = ""
		for _, i := range g.order {
			ev.Status = strongerStatus(ev.Status, g.claims[i].status)
		}
		if ev.Status == "" {
			ev.Status = graph.Reported
		}
		ev.ID = graph.EventID(ev.Type, entityIDs(ev.Actors), entityIDs(ev.Targets), ev.Date, reported)
		if sense, ok := graph.Sense(ev.Type, ev.Mode); ok {
			ev.CAMEO = sense.CAMEO
		}
		ev.Label = graph.Label(ev)
		for _, i := range g.order {
			c := g.claims[i]
			st := c.status
			if st == "" {
				st = ev.Status
			}
			conf := c.confidence
			if st != graph.Reported {
				conf = max(0, conf-0.1) // what is stated as fact outranks what is only intended, denied or guessed
			}
			conf = math.Round(conf*100) / 100 // rules add and subtract tenths; keep readers off float noise
			ev.Claims = append(ev.Claims, &graph.Claim{
				ID:         graph.ClaimID(a.doc.Article.ID, c.sent.index, ev.ID),
				Text:       c.sent.text,
				Status:     st,
				Article:    &graph.Article{ID: a.doc.Article.ID},
				Sentence:   c.sent.index,
				Start:      c.sent.start,
				End:        c.sent.end,
				Rule:       c.rule,
				Confidence: conf,
			})
			ev.Confidence = max(ev.Confidence, conf)
		}
		events = append(events, ev)
	}
	return events
}

// absorbSubsets lets a statement whose parties are a subset of another
// statement's of the same type and date take that statement's parties:
// "India and Germany signed" and "India's minister and his German
// counterpart signed" are one signing. The work is bounded per article.
// refineDates gives a coarse date ("last week": 2006-10) the one finer date
// within it that the article gives the same parties' event ("on Monday":
// 2006-10-09): one event told twice, once less precisely. With two finer
// dates in it there is no telling which is meant, and both stay.
func refineDates(cs []*candidate) {
	dates := map[string][]string{} // by parties, the distinct dates given
	for _, c := range cs {
		if c.date != "" {
			k := eventKey(c.typ, c.actors, c.targets, "")
			if !slices.Contains(dates[k], c.date) && len(dates[k]) < maxRefinedDates {
				dates[k] = append(dates[k], c.date)
			}
		}
	}
	for _, c := range cs {
		if c.date == "" {
			continue
		}
		var in string
		for _, d := range dates[eventKey(c.typ, c.actors, c.targets, "")] {
			if strings.HasPrefix(d, c.date+"-") {
				if in != "" {
					in = ""
					break
				}
				in = d
			}
		}
		if in != "" {
			c.date, c.precision = in, precisionOf(in)
		}
	}
}

// maxRefinedDates bounds the dates refineDates compares per event, keeping
// it linear in the article however many dates a hostile one repeats.
const maxRefinedDates = 16

// precisionOf is the precision of an ISO date cut to day, month or year.
func precisionOf(date string) graph.Precision {
	switch strings.Count(date, "-") {
	case 2:
		return graph.Day
	case 1:
		return graph.Month
	}
	return graph.Year
}

func absorbSubsets(cs []*candidate) {
	if len(cs) > 400 {
		return
	}
	subset := func(a, b []*graph.Entity) bool {
		for _, e := range a {
			if !slices.Contains(b, e) {
				return false
			}
		}
		return true
	}
	for _, c := range cs {
		var best *candidate
		for _, o := range cs {
			if o == c || o.typ != c.typ || len(o.actors)+len(o.targets) <= len(c.actors)+len(c.targets) {
				continue
			}
			if c.date != "" && o.date != "" && c.date != o.date {
				continue
			}
			if journeyAndTalks(c, o) {
				continue // hosting.go: "arrived in Beijing for talks with Wang Yi" states two events
			}
			if (c.status == graph.Planned) != (o.status == graph.Planned) && c.status != "" && o.status != "" {
				continue // "the ministers will meet" is not the leaders' meeting that was
			}
			if (o.status == graph.Speculated || o.status == graph.Denied) && c.status != o.status {
				continue // "speculation that the CIA was responsible" is no fuller account of the strike that was
			}
			same := subset(c.actors, o.actors) && subset(c.targets, o.targets)
			if !same && c.pair && o.pair {
				same = subset(c.actors, o.targets) && subset(c.targets, o.actors)
			}
			if same && (best == nil || len(o.actors)+len(o.targets) > len(best.actors)+len(best.targets)) {
				best = o
			}
		}
		if best == nil {
			continue
		}
		c.actors, c.targets = best.actors, best.targets
		if c.date == "" {
			c.date, c.precision = best.date, best.precision
		} else if best.date == "" {
			best.date, best.precision = c.date, c.precision
		}
	}
}

func eventKey(t graph.EventType, actors, targets []*graph.Entity, date string) string {
	ids := func(es []*graph.Entity) string {
		s := make([]string, len(es))
		for i, e := range es {
			s[i] = e.ID
		}
		slices.Sort(s)
		return strings.Join(s, ",")
	}
	return string(t) + "|" + ids(actors) + "|" + ids(targets) + "|" + date
}

// statusRank orders statuses as graph.Event.Status documents: a report
// outweighs a denial, a denial a plan, a plan a speculation.
var statusRank = map[graph.Status]int{"": 0, graph.Speculated: 1, graph.Planned: 2, graph.Denied: 3, graph.Reported: 4}

func strongerStatus(a, b graph.Status) graph.Status {
	if statusRank[b] > statusRank[a] {
		return b
	}
	return a
}

// stateNouns name a country's government without naming the country:
// "the government", "the regime", "the authorities".
var stateNouns = map[string]bool{"government": true, "regime": true, "authorities": true, "administration": true}

// references resolves common nouns that stand for a country named
// elsewhere: "the government" (or "the regime", "the authorities") is the
// one country the sentence names before it, else the one country the
// previous sentence names, else the article's dominant country. A noun
// qualified by anything but "the" ("the provisional government", "the
// Cuban government", "the government of Cuba") is not resolved here.
func (a *article) references(toks []token, ms []mention, taken []bool) []mention {
	var out []mention
	for i := 1; i < len(toks); i++ {
		if !stateNouns[toks[i].norm] || toks[i].upper || taken[i] || toks[i-1].norm != "the" || toks[i].hyphen {
			continue
		}
		if i+1 < len(toks) && ((toks[i+1].norm == "of" && !accusedGovernment(toks, i)) || toks[i+1].hyphen || (toks[i+1].upper && !toks[i+1].punct)) {
			continue // "the government of Cuba", "the government-run", "the government Qin Gang"
		}
		e := a.accusationStateReferent(toks, ms, i)
		if i+2 < len(toks) && toks[i+1].norm == "in" {
			// "the government in Bangkok": the capital's country, or none.
			e = nil
			if p, _, ok := a.x.gaz.match(toks, i+2); ok && p.form == formCapital {
				e = a.entity(p.entity)
			}
		}
		if e == nil {
			continue
		}
		out = append(out, mention{first: i, last: i, ent: e, form: formRef})
	}
	out = append(out, a.groupReferences(toks, taken)...)
	out = append(out, a.bodyHeadReferences(toks, ms, taken)...)
	out = append(out, a.personCountryReferences(toks, ms, taken)...)
	out = append(out, a.interimGovernmentReferences(toks, ms, taken)...)
	out = append(out, a.qualifiedGroupReferences(toks, taken)...)
	out = append(out, a.officialReferences(toks, ms, taken)...)
	out = append(out, a.officeHolderReferences(toks, ms, taken)...)
	out = append(out, a.leaderReferences(toks, ms, taken)...)
	out = append(out, a.descriptionReferences(toks, ms, taken, out)...)
	out = append(out, a.counterpartReferences(toks, ms, taken)...)
	out = append(out, a.neighbourReferences(toks, ms, taken)...)
	out = append(out, a.pronounReferences(toks, ms, taken, out)...)
	out = append(out, a.bodyReferences(toks, ms, taken, out)...)
	out = append(out, a.documentReferences(toks, ms, taken)...)
	out = append(out, a.moreStateReferences(toks, ms, taken, out)...)
	out = append(out, a.forceDescriptionReferences(toks, ms, taken, out)...)
	out = append(out, a.roleHeadReferences(toks, taken, out)...) // rolereferences.go: "the ship", "the group"
	return out
}

// distinct returns es without repeats, in first-seen order.
func distinct(es []*graph.Entity) []*graph.Entity {
	var out []*graph.Entity
	for _, e := range es {
		if !slices.Contains(out, e) {
			out = append(out, e)
		}
	}
	return out
}

// stateReferent picks the country "the government" at token i stands for.
func (a *article) stateReferent(ms []mention, i int) *graph.Entity {
	var here []*graph.Entity
	for _, m := range ms {
		if m.first < i && m.ent.Kind == graph.Country && !m.place {
			here = append(here, m.ent)
		}
	}
	here = distinct(here)
	dom := a.dominantCountry()
	switch {
	case len(here) == 1:
		return here[0]
	case len(here) > 1:
		if dom != nil && slices.Contains(here, dom) {
			return dom
		}
		return nil
	}
	if prev := distinct(a.prevCountries); len(prev) == 1 {
		return prev[0]
	}
	return dom
}

// dominantCountry returns the country named in the most sentences so far,
// when it is named in at least two and more often than any other. A
// mission's owner ("the US embassy") is not counted (missionOwner).
func (a *article) dominantCountry() *graph.Entity {
	var best *graph.Entity
	bestN, second := 0, 0
	for id, n := range a.countryCount {
		e := a.entities[id]
		if e == nil {
			continue
		}
		// Map order must not decide: a tie for the lead is a tie
		// whichever country comes first.
		switch {
		case n > bestN:
			best, bestN, second = e, n, bestN
		case n > second:
			second = n
		}
	}
	if bestN < 2 || bestN == second {
		return nil
	}
	return best
}

// noteCountries records the countries a sentence names, for the
// references of later sentences: the count per country, the sentence's
// countries, and the last two named together ("Japan and China",
// "Japan-China", "between Japan and China").
func (a *article) noteCountries(toks []token, ms []mention) {
	a.prevCountries = a.prevCountries[:0]
	seen := map[string]bool{}
	var prev *mention
	for n := range ms {
		m := &ms[n]
		if m.ent.Kind != graph.Country || m.place || m.form == formRef {
			continue
		}
		if !seen[m.ent.ID] && !missionOwner(toks, m) {
			seen[m.ent.ID] = true
			a.countryCount[m.ent.ID]++
			a.prevCountries = append(a.prevCountries, m.ent)
		}
		if prev != nil && prev.ent != m.ent && m.first > prev.last && m.first-prev.last <= 3 {
			joined := true
			for _, u := range toks[prev.last+1 : m.first] {
				if u.norm != "and" && u.text != "-" && u.text != "–" && u.norm != "the" && !(toks[prev.last].hyphen && u == toks[m.first]) {
					joined = false
				}
			}
			if joined {
				a.lastTwo = [2]*graph.Entity{prev.ent, m.ent}
			}
		}
		prev = m
	}
}

// acronymStop are capitalised abbreviations that name no body: diseases,
// units, time zones, media and headline words.
var acronymStop = map[string]bool{
	"aids": true, "hiv": true, "dna": true, "sars": true, "mers": true, "covid": true, "gdp": true, "gnp": true, "cpi": true,
	"vat": true, "ceo": true, "cfo": true, "tv": true, "usd": true, "eur": true, "gmt": true, "utc": true, "est": true,
	"edt": true, "pst": true, "cet": true, "bst": true, "wmd": true, "wmds": true, "icbm": true, "uav": true, "rpg": true,
	"suv": true, "sms": true, "usb": true, "dvd": true, "pdf": true, "html": true, "url": true, "www": true, "http": true,
	"rss": true, "isbn": true, "faq": true, "asap": true, "ufo": true, "ngo": true, "ngos": true, "llc": true, "inc": true,
	"ltd": true, "plc": true, "bce": true, "mph": true, "kph": true, "news": true, "update": true, "breaking": true,
	"exclusive": true, "video": true, "photos": true, "live": true, "alert": true, "note": true, "end": true, "and": true,
	"the": true, "not": true, "rip": true, "pow": true, "pows": true, "idp": true, "idps": true, "mia": true, "kia": true,
	"aka": true, "etc": true, "via": true, "uss": true, "hms": true, "hmas": true, "hmcs": true, "hdtv": true, "npt": true,
	"ctbt": true, "dmca": true, "drm": true, "awol": true, "tatp": true, "tnt": true, "gps": true, "mri": true, "atm": true,
	"ipo": true, "otc": true, "watch": true, "nsw": true, "act": true, "aid": true,
}

// isRoman reports a Roman numeral ("III", "XIV"), which is no acronym.
func isRoman(w string) bool {
	for _, r := range w {
		if !strings.ContainsRune("ivxlcdm", r) {
			return false
		}
	}
	return true
}

// acronymOrg finds an unknown acronym used as a name ("UNITA", "NPFL"):
// a word of 3 to 8 capital letters that the gazetteer does not know, and
// that is not a common abbreviation or part of a headline written in
// capitals. An acronym in brackets right after a name ("Liberian Peace
// Council (LPC)") is that name's short form, not a body of its own.
func (a *article) acronymOrg(toks []token, i int) (candidateMention, bool) {
	t := toks[i]
	if !t.caps || t.punct || t.digit || t.hyphen || len(t.norm) < 3 || len(t.norm) > 8 {
		return candidateMention{}, false
	}
	for _, r := range t.norm {
		if r < 'a' || r > 'z' {
			return candidateMention{}, false
		}
	}
	if acronymStop[t.norm] || isRoman(t.norm) || t.is(classTitleStart) || len(a.x.gaz.phrases[t.norm]) > 0 || a.shorts[t.norm] != nil {
		return candidateMention{}, false
	}
	// A run of capitals is a headline or a shout, not a name.
	for _, k := range []int{i - 1, i + 1} {
		if k >= 0 && k < len(toks) && toks[k].caps && !toks[k].punct && len(toks[k].norm) > 1 {
			return candidateMention{}, false
		}
	}
	if i > 0 && toks[i-1].hyphen {
		return candidateMention{}, false // "anti-NPFL"
	}
	if i+1 < len(toks) && toks[i+1].upper && !toks[i+1].punct {
		return candidateMention{}, false // a prefix of a name: "USS Cole"
	}
	if i >= 2 && toks[i-1].text == "(" && toks[i-2].upper && !toks[i-2].punct {
		return candidateMention{}, false
	}
	if glossedAsThing(toks, i+1) {
		return candidateMention{}, false // "SIVAM, the Amazon Surveillance System"
	}
	name := cleanName(t.text)
	e := &graph.Entity{ID: graph.EntityID(graph.Organization, name), Name: name, Kind: graph.Organization}
	return candidateMention{first: i, last: i, rank: 0, ent: e, form: formRule, surface: span(a.doc.Body, toks, i, i)}, true
}

// noteAcronyms makes an acronym in brackets after a name ("the Forces for
// Defence of Democracy (FDD)") a short form of the entity named, for the
// rest of the article.
func (a *article) noteAcronyms(toks []token, ms []mention) {
	for _, m := range ms {
		k := m.last + 1
		if m.place || m.ent.Kind == graph.Location || k+2 >= len(toks) || toks[k].text != "(" || toks[k+2].text != ")" {
			continue
		}
		if t := toks[k+1]; t.caps && !t.punct && !t.digit && len(t.norm) >= 2 && a.shorts[t.norm] == nil {
			a.shorts[t.norm] = m.ent
		}
	}
}

// groupHeads follow the name of a group that the gazetteer does not know:
// "Shona rebels", "the Kifaya group", "the Umma party".
var groupHeads = map[string]bool{
	"rebels": true, "rebel": true, "guerrillas": true, "guerrilla": true, "guerillas": true, "guerilla": true,
	"militants": true, "militant": true, "insurgents": true, "separatists": true, "separatist": true,
	"fighters": true, "militia": true, "militias": true, "militiamen": true, "faction": true, "party": true,
	"movement": true, "group": true,
}

// groupStop are capitalised words that open a sentence or qualify a
// group without naming it: "Some rebels", "Armed militants", "the
// Christmas party".
var groupStop = map[string]bool{
	"some": true, "many": true, "most": true, "several": true, "other": true, "all": true, "both": true, "armed": true,
	"suspected": true, "former": true, "foreign": true, "local": true, "rival": true, "few": true, "more": true,
	"no": true, "any": true, "top": true, "senior": true, "young": true, "hundreds": true, "thousands": true,
	"dozens": true, "such": true, "their": true, "its": true, "our": true, "opposition": true, "ruling": true,
	"main": true, "government": true, "army": true, "police": true, "military": true, "rebel": true, "new": true,
	"christmas": true, "easter": true, "ramadan": true, "halloween": true, "thanksgiving": true, "birthday": true,
	"one": true, "two": true, "three": true, "four": true, "five": true, "ten": true, "every": true, "each": true,
	"another": true, "political": true, "small": true, "large": true, "big": true, "radical": true, "extremist": true,
	"islamic": true, "islamist": true, "muslim": true, "moslem": true, "christian": true, "religious": true,
	"ethnic": true, "tribal": true, "pro": true, "anti": true, "why": true, "when": true, "where": true, "if": true,
	"while": true, "although": true, "since": true, "because": true, "we": true, "you": true, "i": true, "what": true,
}

// namedGroup finds a group the gazetteer does not know, named by one to
// three capitalised words before a lower-case group noun: "Shona rebels",
// "the Kifaya group", "UNITA rebels". Countries, demonyms and known bodies
// are left to the gazetteer ("Palestinian militants" is Palestine).
func (a *article) namedGroup(toks []token, i int) (candidateMention, bool) {
	t := toks[i]
	if !t.upper || t.punct || t.digit || t.is(classNotName) || groupStop[t.norm] {
		return candidateMention{}, false
	}
	if i > 0 && toks[i-1].upper && !toks[i-1].punct && !toks[i-1].is(classNotName) {
		return candidateMention{}, false
	}
	if i > 0 && toks[i-1].hyphen {
		return candidateMention{}, false
	}
	j := i
	for ; j < len(toks) && j < i+3; j++ {
		u := toks[j]
		if !u.upper || u.punct || u.digit || u.poss || u.is(classNotName) || groupStop[u.norm] || isTitleWord(u.norm) ||
			u.is(classOrgHead) || (u.hyphen && j+1 < len(toks) && !toks[j+1].upper) {
			return candidateMention{}, false
		}
		if p, _, ok := a.x.gaz.match(toks, j); ok && p.entity.Kind != graph.Person && p.entity.Kind != graph.Location {
			return candidateMention{}, false // "Ivory Coast rebels", "Hezbollah militants"; but "Darfur rebels" are a group
		}
		if j+1 < len(toks) && !toks[j+1].upper {
			break
		}
	}
	h := j + 1
	if j >= len(toks) || h >= len(toks) || !groupHeads[toks[h].norm] || toks[j].hyphen {
		return candidateMention{}, false
	}
	// "the Kashmiri militant group Lashkar-e-Toiba", "the Basque separatist
	// group ETA": the group is the name that follows.
	if h+1 < len(toks) && groupHeads[toks[h+1].norm] {
		h++
	}
	if h+1 < len(toks) && toks[h+1].upper && !toks[h+1].punct {
		return candidateMention{}, false
	}
	last := h
	name := cleanName(span(a.doc.Body, toks, i, h))
	if j == i && toks[i].caps && len(toks[i].norm) >= 3 {
		name = cleanName(toks[i].text) // "UNITA rebels" are UNITA
	}
	if e := a.x.gaz.resolve(name); e != nil {
		return candidateMention{first: i, last: last, rank: 3, ent: e, form: formName, surface: span(a.doc.Body, toks, i, last)}, true
	}
	if e := a.describedArmedGroup(toks, i, h); e != nil && j == i {
		return candidateMention{first: i, last: last, rank: 1, ent: e, form: formRef, surface: span(a.doc.Body, toks, i, last)}, true // describedparties.go: "Tamil rebels"
	}
	e := &graph.Entity{ID: graph.EntityID(graph.Organization, name), Name: name, Kind: graph.Organization}
	return candidateMention{first: i, last: last, rank: 1, ent: e, form: formRule, surface: span(a.doc.Body, toks, i, last)}, true
}

// personNouns are common nouns for a person that introduce or describe an
// unknown name without stating an office: "the FARC guerrilla Rodrigo
// Granda", "X, a Syrian border guard".
var personNouns = map[string]bool{
	"guard": true, "soldier": true, "officer": true, "policeman": true, "journalist": true, "reporter": true,
	"correspondent": true, "photographer": true, "activist": true, "dissident": true, "lawyer": true,
	"businessman": true, "businesswoman": true, "student": true, "imam": true, "priest": true, "bishop": true,
	"archbishop": true, "politician": true, "official": true, "guerrilla": true, "guerilla": true, "rebel": true,
	"militant": true, "fighter": true, "member": true, "analyst": true, "scholar": true, "academic": true,
	"worker": true, "engineer": true, "doctor": true, "farmer": true, "teacher": true, "writer": true, "author": true,
	"poet": true, "candidate": true, "citizen": true, "national": true, "resident": true, "pilot": true,
	"hostage": true, "prisoner": true, "detainee": true, "suspect": true, "opponent": true, "critic": true,
	"campaigner": true, "blogger": true, "economist": true, "tycoon": true, "agent": true, "spy": true,
	"contractor": true, "defector": true, "monk": true, "nun": true, "rabbi": true,
}

// clericTitles are person nouns that, capitalised, still read as a rank
// before a name: "Archbishop Desmond Tutu". Other capitalised nouns are
// part of a name in Title Case ("the Detainee Treatment Act").
var clericTitles = map[string]bool{"archbishop": true, "bishop": true, "imam": true, "rabbi": true}

// documentWords end the names of laws and agreements, never of people:
// "the Detainee Treatment Act".
var documentWords = map[string]bool{
	"act": true, "law": true, "treaty": true, "accord": true, "accords": true, "agreement": true, "convention": true,
	"protocol": true, "bill": true, "doctrine": true, "plan": true, "charter": true, "resolution": true,
}

// adjectivalPersonNouns also qualify a following name that is not a
// person ("the official Kyodo News agency", "a member state"): they
// introduce a name only after it, never before.
var adjectivalPersonNouns = map[string]bool{
	"official": true, "national": true, "member": true, "resident": true, "citizen": true, "agent": true,
	"guard": true, "academic": true, "worker": true, "engineer": true, "farmer": true, "teacher": true,
	"officer": true, "fighter": true, "opponent": true, "spy": true, "contractor": true, "nun": true,
	"scholar": true, "author": true, "doctor": true,
}

// personPlurals head a list of the people they introduce: "four political
// dissidents: A, B, C and D".
var personPlurals = map[string]bool{
	"dissidents": true, "activists": true, "journalists": true, "reporters": true, "prisoners": true,
	"detainees": true, "hostages": true, "soldiers": true, "officials": true, "leaders": true, "members": true,
	"men": true, "women": true, "people": true, "politicians": true, "opponents": true, "lawmakers": true,
	"diplomats": true, "ministers": true, "candidates": true, "suspects": true, "students": true, "clerics": true,
	"rebels": true, "militants": true, "citizens": true, "nationals": true, "workers": true, "critics": true,
	"officers": true, "guards": true, "commanders": true, "defendants": true, "victims": true,
}

// personList finds the people a plural noun introduces after a colon or
// "including": "four dissidents: Marcelo López, Margarito Broche and Raúl
// Rivero". Each element must be a full name; the list stops at the first
// that is not.
func (a *article) personList(toks []token, i int) []candidateMention {
	if i == 0 || !(toks[i].text == ":" || toks[i].norm == "including" || toks[i].norm == "namely") || !personPlurals[toks[i-1].norm] {
		return nil
	}
	var out []candidateMention
	j := i + 1
	for j < len(toks) && len(out) < 12 {
		last, ok := a.nameRun(toks, j)
		if !ok || bodyWord(toks[last].norm) {
			break
		}
		if p, e, ok := a.x.gaz.match(toks, j); ok && p.entity.Kind != graph.Person && e >= last {
			break
		}
		out = append(out, a.ruledPerson(toks, j, last, office{}))
		j = last + 1
		if j < len(toks) && toks[j].text == "," {
			j++
		}
		if j < len(toks) && toks[j].norm == "and" {
			j++
		} else if j > last+1 && j < len(toks) && toks[j].upper {
			continue
		} else if j == last+1 || j >= len(toks) {
			break
		}
	}
	return out
}

// describedPerson finds a name introduced by a common noun for a person,
// with no office: "X, a Syrian border guard", "X, Algeria's leading human
// rights activist," (after the name) or "the FARC guerrilla X", "Iranian
// journalist X" (before it). The person's country is the owner named, if
// any.
func (a *article) describedPerson(toks []token, i int) (candidateMention, bool) {
	// Before the name: "[Owner] noun First Last".
	if personNouns[toks[i].norm] && (!adjectivalPersonNouns[toks[i].norm] || a.ownedNoun(toks, i)) && !toks[i].punct && !toks[i].poss && i+1 < len(toks) &&
		(!toks[i].upper || i == 0 || honorifics[toks[i].norm] || clericTitles[toks[i].norm]) {
		if last, ok := a.nameRun(toks, i+1); ok && !bodyWord(toks[last].norm) && !documentWords[toks[last].norm] && !(toks[last].poss && last+1 < len(toks) && toks[last+1].upper) {
			if p, e, ok := a.x.gaz.match(toks, i+1); !ok || p.entity.Kind == graph.Person || e < last {
				var r office
				if i > 0 {
					_, r.country = a.ownerBefore(toks, i-1)
				}
				c := a.ruledPerson(toks, i+1, last, r)
				c.first = i + 1
				c.office = office{country: r.country}
				return c, true
			}
		}
	}
	// After the name: "First Last, a|the [Owner] [words] noun".
	if !toks[i].upper || toks[i].punct || (i > 0 && toks[i-1].upper && !toks[i-1].punct && !toks[i-1].caps && !toks[i-1].is(classNotName)) {
		return candidateMention{}, false
	}
	last, ok := a.nameRun(toks, i)
	if !ok || bodyWord(toks[last].norm) || documentWords[toks[last].norm] || last+3 >= len(toks) || toks[last+1].text != "," {
		return candidateMention{}, false
	}
	if p, e, ok := a.x.gaz.match(toks, i); ok && p.entity.Kind != graph.Person && e >= last {
		return candidateMention{}, false
	}
	j := last + 2
	if toks[j].norm == "a" || toks[j].norm == "an" || toks[j].norm == "the" {
		j++
	}
	var r office
	if _, country, e, ok := a.ownerAt(toks, j); ok {
		r.country, j = country, e+1
	}
	for n := 0; j < len(toks) && n < 5; n++ {
		u := toks[j]
		if p, e, ok := a.x.gaz.match(toks, j); ok && p.entity.Kind == graph.Country && e == j && r.country == "" {
			r.country = p.entity.ID // "a senior Iranian official"
			j++
			continue
		}
		if u.punct || u.upper || u.digit {
			return candidateMention{}, false
		}
		if personNouns[u.norm] {
			if k := j + 1; k < len(toks) && !toks[k].punct && !personNouns[toks[k].norm] &&
				toks[k].norm != "of" && toks[k].norm != "from" && toks[k].norm != "who" && toks[k].norm != "in" && toks[k].norm != "at" && toks[k].norm != "for" && toks[k].norm != "with" {
				return candidateMention{}, false // "a rebel stronghold": the noun qualifies another
			}
			if j+1 < len(toks) && personNouns[toks[j+1].norm] {
				j++
				continue
			}
			c := a.ruledPerson(toks, i, last, r)
			c.office = office{country: r.country}
			return c, true
		}
		j++
	}
	return candidateMention{}, false
}

// pluralPossessive reports a plural noun with a bare apostrophe
// ("Workers'"), which may sit inside a name: "Kurdistan Workers' Party".
func pluralPossessive(t token) bool {
	return t.poss && strings.HasSuffix(t.norm, "s") && len(t.norm) > 3
}

// glossedAsThing reports an apposition at toks[k] that spells out an
// acronym as something other than a body: ", the Amazon Surveillance
// System" (a name whose last word is no org head).
func glossedAsThing(toks []token, k int) bool {
	if k+2 >= len(toks) || toks[k].text != "," || toks[k+1].norm != "the" {
		return false
	}
	j := k + 2
	for j < len(toks) && j < k+9 && toks[j].upper && !toks[j].punct {
		j++
	}
	return j-(k+2) >= 2 && !toks[j-1].is(classOrgHead)
}

// armedNouns are the plural nouns by which an article refers back to an
// armed group it has named: "the rebels", "the militants".
var armedNouns = map[string]bool{
	"rebels": true, "militants": true, "insurgents": true, "guerrillas": true, "guerillas": true,
}

// isArmedGroup reports whether mention m names an armed group: one the
// gazetteer marks armed, or an organisation named before an armed noun
// ("Hezbollah militants", "the Shona rebels").
func (a *article) isArmedGroup(toks []token, m mention) bool {
	if m.ent.Kind != graph.Organization || m.form == formRef || m.modifier {
		return false // "al-Qaeda-linked militants" are not al-Qaeda
	}
	if a.x.gaz.armed[m.ent.ID] || introducedAsArmed(toks, m) { // describedparties.go: "the separatist group ETA"
		return true
	}
	if armedNouns[toks[m.last].norm] || toks[m.last].norm == "fighters" {
		return true
	}
	return m.last+1 < len(toks) && (armedNouns[toks[m.last+1].norm] || toks[m.last+1].norm == "fighters")
}

// notePeople records the people and the armed group a sentence names, for
// the references of later sentences.
func (a *article) notePeople(toks []token, ms []mention) {
	a.prevPeople = a.prevPeople[:0]
	var armed []*graph.Entity
	for _, m := range ms {
		if m.ent.Kind == graph.Person && !m.place {
			a.people = slices.DeleteFunc(a.people, func(e *graph.Entity) bool { return e == m.ent })
			a.people = append(a.people, m.ent)
			if !slices.Contains(a.prevPeople, m.ent) {
				a.prevPeople = append(a.prevPeople, m.ent)
			}
		}
		if a.isArmedGroup(toks, m) && !slices.Contains(armed, m.ent) {
			armed = append(armed, m.ent)
		}
	}
	a.notePeoplePair(toks, ms)
	a.noteArmedNamed(toks, armed, ms)
	switch len(armed) {
	case 0:
	case 1:
		a.lastArmed = armed[0]
	default:
		a.lastArmed = nil
	}
}

// bareNoun reports whether toks[i:j+1] is a common noun phrase after a bare
// "the" and before nothing that qualifies it: "the rebels said", not "the
// rebels of X", "the Tamil rebels", "the rebel-held" or "the president
// Hu Jintao".
func bareNoun(toks []token, i, j int, taken []bool) bool {
	if i < 1 || toks[i-1].norm != "the" || slices.Contains(taken[i:j+1], true) {
		return false
	}
	for k := i; k <= j; k++ {
		if toks[k].upper && k > i || toks[k].punct || toks[k].hyphen && k < j {
			return false
		}
	}
	if toks[j].hyphen {
		return false
	}
	if j+1 < len(toks) && (toks[j+1].norm == "of" || toks[j+1].hyphen || toks[j+1].upper && !toks[j+1].punct) {
		return false
	}
	return true
}

// groupReferences resolves "the rebels" (or "the militants", "the
// insurgents", "the guerrillas") to the armed group last named in the
// article, when the sentence that named it named no other and this one
// names none.
func (a *article) groupReferences(toks []token, taken []bool) []mention {
	if a.lastArmed == nil {
		return nil
	}
	var out []mention
	for i := 1; i < len(toks); i++ {
		if !armedNouns[toks[i].norm] || toks[i].upper || !bareGroupNoun(toks, i, i, taken) { // "accused the rebels of breaking"
			continue
		}
		out = append(out, mention{first: i, last: i, ent: a.lastArmed, form: formRef})
	}
	return out
}

// officialTitleHeads holds the first words of the titles in officialTitles
// of two words, so that officialReferences builds a two-word key only where
// one may be found.
var officialTitleHeads = func() map[string]bool {
	m := map[string]bool{}
	for k := range officialTitles {
		if head, _, two := strings.Cut(k, " "); two {
			m[head] = true
		}
	}
	return m
}()

// officialTitles are the bare titles "the minister" and the like stand
// for, with the test an office's title must pass to fit.
var officialTitles = map[string]func(string) bool{
	"president":        func(t string) bool { return t == "President" },
	"prime minister":   func(t string) bool { return t == "Prime Minister" },
	"premier":          func(t string) bool { return t == "Premier" || t == "Prime Minister" },
	"minister":         func(t string) bool { return strings.HasSuffix(t, "Minister") && !strings.Contains(t, "Prime") },
	"foreign minister": func(t string) bool { return t == "Foreign Minister" },
	"defence minister": func(t string) bool { return t == "Defence Minister" || t == "Defense Minister" },
	"defense minister": func(t string) bool { return t == "Defence Minister" || t == "Defense Minister" },
	"envoy":            func(t string) bool { return strings.Contains(t, "Envoy") },
}

// holds reports whether p holds, at publication, an office whose title
// passes fit.
func (a *article) holds(p *graph.Entity, fit func(string) bool) bool {
	pub := ""
	if a.hasPub {
		pub = a.pub.Format("2006-01-02")
	}
	for _, r := range p.Roles {
		if !fit(r.Title) {
			continue
		}
		if pub != "" && ((r.Since != "" && pub < r.Since) || (r.Until != "" && pub[:min(len(pub), len(r.Until))] > r.Until)) {
			continue
		}
		if pub == "" && r.Until != "" && len(p.Roles) > 1 {
			continue
		}
		return true
	}
	return false
}

// sharedTitle reports a title at toks[j] joined to another office ("the
// president and prime minister", "the president and publisher of Forbes
// Asia"): the phrase names offices, or someone else, not the one holder.
func sharedTitle(toks []token, j int) bool {
	if j+2 >= len(toks) || toks[j+1].norm != "and" || toks[j+2].upper {
		return false
	}
	w := toks[j+2].norm
	if isTitleWord(w) || titles[w] != "" || w == "vice" || w == "deputy" || w == "chief" || w == "prime" {
		return true
	}
	return j+3 < len(toks) && toks[j+3].norm == "of"
}

// officialReferences resolves a bare title ("the minister", "the
// president", "the prime minister", "the envoy") to the one person named
// so far, in this sentence or earlier, who holds that office; with none or
// several it is left alone.
func (a *article) officialReferences(toks []token, ms []mention, taken []bool) []mention {
	var out []mention
	for i := 1; i < len(toks); i++ {
		if toks[i].upper && !(i == 1 && toks[0].norm == "the") {
			continue
		}
		if !toks[i].is(classOfficialTitleWord) {
			continue // neither a title nor the first word of one
		}
		j, fit := i, officialTitles[toks[i].norm]
		if i+1 < len(toks) && officialTitleHeads[toks[i].norm] {
			if f, ok := officialTitles[toks[i].norm+" "+toks[i+1].norm]; ok {
				j, fit = i+1, f
			}
		}
		if fit == nil || !bareNoun(toks, i, j, taken) || sharedTitle(toks, j) {
			continue
		}
		var who []*graph.Entity
		for _, p := range a.people {
			if a.holds(p, fit) {
				who = append(who, p)
			}
		}
		for _, m := range ms {
			if m.first < i && m.ent.Kind == graph.Person && !slices.Contains(who, m.ent) && a.holds(m.ent, fit) {
				who = append(who, m.ent)
			}
		}
		if len(who) != 1 {
			continue
		}
		out = append(out, mention{first: i, last: j, ent: who[0], form: formRef})
		i = j
	}
	return out
}

// counterpartReferences resolves "his counterpart" (or "her Russian
// counterpart") to the one person of another country named in this
// sentence or the previous one: of the country named, when one is, else
// of any country but the possessor's. The possessor is the person named
// last before, in this sentence or earlier.
func (a *article) counterpartReferences(toks []token, ms []mention, taken []bool) []mention {
	var out []mention
	for i := 1; i < len(toks); i++ {
		if toks[i].norm != "counterpart" || taken[i] {
			continue
		}
		if i+1 < len(toks) && (toks[i+1].upper && !toks[i+1].punct || toks[i+1].text == "," || toks[i+1].norm == "of") {
			continue // "his counterpart Sergey Lavrov", "his counterpart, X": named
		}
		if slices.ContainsFunc(ms, func(m mention) bool { return m.ent.Kind == graph.Person && m.first > i && m.first <= i+5 }) {
			continue // "his counterpart in that country Michele Alliot-Marie"
		}
		k, country := i-1, ""
		for n := range ms {
			if ms[n].last == k && ms[n].ent.Kind == graph.Country {
				country, k = ms[n].ent.ID, ms[n].first-1
				break
			}
		}
		if k < 0 || toks[k].norm != "his" && toks[k].norm != "her" {
			continue
		}
		var owner *graph.Entity
		for _, m := range ms {
			if m.last < k && m.ent.Kind == graph.Person {
				owner = m.ent
			}
		}
		if owner == nil {
			owner = a.lastPerson
		}
		home := ""
		if owner != nil {
			home = owner.Country
			if s := a.stateOf(owner); s != nil && s.Kind == graph.Country {
				home = s.ID
			}
		}
		var who []*graph.Entity
		consider := func(p *graph.Entity) {
			if p == owner || slices.Contains(who, p) {
				return
			}
			c := p.Country
			if s := a.stateOf(p); s != nil && s.Kind == graph.Country {
				c = s.ID
			}
			if c == "" || (country != "" && c != country) || (country == "" && (home == "" || c == home)) {
				return
			}
			who = append(who, p)
		}
		for _, m := range ms {
			if m.ent.Kind == graph.Person && m.first != i {
				consider(m.ent)
			}
		}
		for _, p := range a.prevPeople {
			consider(p)
		}
		if len(who) != 1 {
			continue
		}
		out = append(out, mention{first: i, last: i, ent: who[0], form: formRef})
	}
	return out
}

// missionOwner reports whether m names the state owning a mission
// (targets.go's missionNouns) right after it ("the US embassy", "the Croatian embassy"): the story happens
// where the mission stands, so the owner does not count toward the
// article's dominant country.
func missionOwner(toks []token, m *mention) bool {
	return m.last+1 < len(toks) && missionNouns[toks[m.last+1].norm]
}
