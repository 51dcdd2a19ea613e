package loader

import (
	"slices"
	"strings"

	"github.com/geokg/geokg/graph"
)

// This file reads a party named by a name that several states' parties
// share ("the Democratic Party", "the Labour Party") or by its members'
// plural ("Democrats", "Republicans", "the Tories", "Labour", "the
// Greens") as the party of the state the article is about. The gazetteer
// leaves such names out, for no one state owns them; the article decides:
// the states, their demonyms, capitals and national bodies it names, and
// offices and regions that belong to one state ("senator", "Queensland",
// "the Taoiseach"). A party of one state is one entity whatever the
// article calls it: its id is made from its name and its state
// ("org/labour-party-gb"), and the article's forms ("Democrats",
// "Tories") are its aliases.
//
// The plural is read only when capitalised and standing alone: "democrats"
// and "conservatives" in lower case are people of those views; a count
// before it ("49 Republicans", "many Democrats") counts members; a name
// around it is another party's ("Christian Democrats", "Liberal Democrats",
// "Young Republicans", "Democrats Abroad"). "Labour" and "Labor" are also
// common nouns and offices' objects ("Minister of Labour", "Labor Day",
// "the Labour government"), so they name the party only where a verb,
// a preposition, a conjunction or a punctuation mark follows them.
// An article whose state the cues do not make plain (none leads, or the
// leading one has no party of that family) leaves the name to the other
// rules: "Republicans" in a story of Northern Ireland is not the party of
// the United States.

// partyForms maps a party's plural or shared name, in lower case, to its
// family, the key of stateParties.
var partyForms = map[string]string{
	"democrats": "democratic", "democratic party": "democratic",
	"republicans": "republican",
	"tories":      "conservative", "conservatives": "conservative", "conservative party": "conservative",
	"labour": "labour", "labour party": "labour", "labor": "labor", "labor party": "labor",
	"liberals": "liberal", "liberal party": "liberal",
	"greens": "green", "green party": "green",
	"nationals": "national", "national party": "national",
	"socialists": "socialist", "socialist party": "socialist",
	"social democrats": "social democratic", "social democratic party": "social democratic",
	"communists": "communist", "communist party": "communist",
}

// stateParties names, by family and state (ISO code), the party that the
// family's plural stands for in that state's politics. A name the
// gazetteer knows resolves to its entry.
var stateParties = map[string]map[string]string{
	"democratic":   {"US": "Democratic Party", "AU": "Australian Democrats", "JP": "Democratic Party of Japan", "TH": "Democrat Party"},
	"republican":   {"US": "Republican Party"},
	"conservative": {"GB": "Conservative Party", "CA": "Conservative Party of Canada"},
	"labour":       {"GB": "Labour Party", "NZ": "New Zealand Labour Party", "IE": "Labour Party", "NO": "Labour Party", "IL": "Israeli Labor Party"},
	"labor":        {"AU": "Australian Labor Party", "IL": "Israeli Labor Party"}, // the spelling tells Australia from Britain
	"liberal":      {"CA": "Liberal Party of Canada", "AU": "Liberal Party of Australia"},
	"green": {
		"AU": "Australian Greens", "DE": "Alliance 90/The Greens", "NZ": "Green Party of Aotearoa New Zealand",
		"GB": "Green Party of England and Wales", "CA": "Green Party of Canada", "US": "Green Party of the United States",
		"IE": "Green Party",
	},
	"national": {"AU": "National Party of Australia", "NZ": "New Zealand National Party", "ZA": "National Party"},
	"socialist": {
		"FR": "Socialist Party", "ES": "Spanish Socialist Workers' Party", "PT": "Socialist Party",
		"HU": "Hungarian Socialist Party", "BG": "Bulgarian Socialist Party", "AL": "Socialist Party of Albania",
	},
	"social democratic": {
		"DE": "Social Democratic Party of Germany", "SE": "Swedish Social Democratic Party",
		"AT": "Social Democratic Party of Austria", "DK": "Social Democrats",
	},
	"communist": {"CN": "Communist Party of China", "RU": "Communist Party of the Russian Federation", "VN": "Communist Party of Vietnam"},
}

// stateCueWords are words that belong to one state's politics or map
// besides its name, demonym and capital (which the gazetteer gives): its
// offices, chambers and regions.
var stateCueWords = map[string]string{
	"senator": "US", "senators": "US", "congressman": "US", "congresswoman": "US", "congressmen": "US",
	"congressional": "US", "gubernatorial": "US", "ohio": "US", "texas": "US", "california": "US", "florida": "US",
	"pennsylvania": "US", "virginia": "US", "massachusetts": "US", "illinois": "US", "michigan": "US", "iowa": "US",
	"wisconsin": "US", "minnesota": "US", "missouri": "US", "arizona": "US", "colorado": "US", "nevada": "US",
	"connecticut": "US", "kentucky": "US", "tennessee": "US", "louisiana": "US", "alabama": "US", "oklahoma": "US",
	"kansas": "US", "nebraska": "US", "oregon": "US", "indiana": "US", "maryland": "US", "montana": "US",
	"utah": "US", "idaho": "US", "vermont": "US", "alaska": "US", "hawaii": "US", "arkansas": "US", "carolina": "US",
	"dakota":      "US",
	"westminster": "GB", "whitehall": "GB", "downing": "GB", "scotland": "GB", "scottish": "GB", "wales": "GB",
	"welsh": "GB", "england": "GB", "holyrood": "GB",
	"queensland": "AU", "tasmania": "AU", "nsw": "AU",
	"quebec": "CA", "ontario": "CA", "alberta": "CA", "manitoba": "CA", "saskatchewan": "CA",
	"auckland": "NZ", "taoiseach": "IE", "dail": "IE", "oireachtas": "IE", "tanaiste": "IE",
	"bundestag": "DE", "bundesrat": "DE", "bavaria": "DE",
}

// partyStates holds one article's reading of its parties' states: the
// cue counts per state, counted once when the first shared party name
// comes, and the state chosen per family.
type partyStates struct {
	counted bool
	counts  map[string]int
	chosen  map[string]string
	// made holds the ids of the parties stateParty gave.
	made map[string]bool
}

// stateParty finds a party named by a shared name or a plural and gives
// it as the party of the article's state (see the file comment). A
// demonym or a state's name before a plural names the state itself:
// "the British Conservatives", "U.S. Democrats".
func (a *article) stateParty(toks []token, i int) (candidateMention, bool) {
	if !partyWordNear(toks, i) {
		return candidateMention{}, false // nearly every token: spare the gazetteer lookup
	}
	first, state := i, ""
	if p, e, ok := a.x.gaz.match(toks, i); ok && p.entity.Kind == graph.Country && (p.form == formDemonym || p.form == formName) && e+1 < len(toks) && !toks[e].poss && !toks[e].hyphen {
		state, i = p.entity.ID, e+1
	}
	if !toks[i].upper || toks[i].caps {
		return candidateMention{}, false
	}
	last, family, plural := partyFormAt(toks, i)
	if last < 0 || state != "" && !plural {
		return candidateMention{}, false // "the Serbian Democratic Party" is a name of its own
	}
	if !a.standsAlone(toks, first, last) || !plural && partyOfNamedState(toks, last) {
		return candidateMention{}, false
	}
	if (toks[i].norm == "labour" || toks[i].norm == "labor") && last == i && !partyNounNext(toks, first, last) {
		return candidateMention{}, false
	}
	if state == "" {
		state = a.partyState(family)
	}
	name := stateParties[family][state]
	if name == "" {
		return candidateMention{}, false
	}
	surface := span(a.doc.Body, toks, first, last)
	e := a.x.gaz.resolve(name)
	if e == nil || e.Kind != graph.Organization {
		e = &graph.Entity{ID: graph.EntityID(graph.Organization, name+" "+state), Name: name, Kind: graph.Organization, Country: state}
	}
	if a.parties.made == nil {
		a.parties.made = map[string]bool{}
	}
	a.parties.made[e.ID] = true
	return candidateMention{first: first, last: last, rank: 4, ent: e, form: formRule, surface: surface}, true
}

// partyFirstWords are the words a party form in partyForms opens with.
var partyFirstWords = func() map[string]bool {
	m := map[string]bool{}
	for form := range partyForms {
		m[strings.Fields(form)[0]] = true
	}
	return m
}()

// partyWordReach is how far after i a party form may open behind a
// state's name or demonym: the longest such names have five words.
const partyWordReach = 5

// partyWordNear reports whether a party form could open at i or after a
// state's name or demonym there ("the British Conservatives", "South
// Korean Democrats").
func partyWordNear(toks []token, i int) bool {
	for k := i; k < len(toks) && k <= i+partyWordReach; k++ {
		if partyFirstWords[toks[k].norm] {
			return true
		}
	}
	return false
}

// partyFormAt returns the last token and the family of the party form
// starting at toks[i], and whether it is a plural; last is -1 when none
// starts there. A shared name's adjective is capitalised ("the Labour
// party", not "the labour party").
func partyFormAt(toks []token, i int) (last int, family string, plural bool) {
	for n := 3; n >= 1; n-- {
		if i+n > len(toks) {
			continue
		}
		words := make([]string, 0, n)
		ok := true
		for k := i; k < i+n; k++ {
			if !toks[k].upper && !(k > i && toks[k].norm == "party") || toks[k].punct || k < i+n-1 && (toks[k].poss || toks[k].hyphen) {
				ok = false
				break
			}
			words = append(words, toks[k].norm)
		}
		if !ok {
			continue
		}
		if f := partyForms[strings.Join(words, " ")]; f != "" {
			return i + n - 1, f, words[n-1] != "party"
		}
	}
	return -1, "", false
}

// standsAlone reports whether the party form from first to last is the
// whole name and names the party, not some of its members: no
// capitalised word joins it before or after ("Young Republicans",
// "Democrats Abroad"), no count or quantifier comes before ("two
// Democrats", "most Republicans"), and no hyphen ties it to the next
// word ("Labour-led").
func (a *article) standsAlone(toks []token, first, last int) bool {
	if first > 0 {
		prev := toks[first-1]
		if prev.upper && !prev.punct && !prev.is(classNotName) && !linkGap(a.doc.Body, toks, first) {
			return false
		}
		if prev.digit || memberCounts[prev.norm] || memberQualifiers[prev.norm] {
			return false
		}
	}
	if toks[last].hyphen {
		return false
	}
	if next := last + 1; next < len(toks) && toks[next].upper && !toks[next].punct && !linkGap(a.doc.Body, toks, next) {
		return false
	}
	return true
}

// memberQualifiers before a party's plural pick out some of its members:
// "more Democrats than Republicans" (both), "conservative Republicans", "former
// Liberals".
var memberQualifiers = map[string]bool{
	"more": true, "fewer": true, "conservative": true, "liberal": true, "progressive": true, "centrist": true,
	"former": true, "ex": true, "rebel": true, "dissident": true, "than": true,
}

// partyOfNamedState reports whether a shared name is followed by "of"
// and a name: "the Labour Party of Norway" names its state itself.
func partyOfNamedState(toks []token, last int) bool {
	return last+2 < len(toks) && toks[last+1].norm == "of" && toks[last+2].upper && !toks[last+2].punct
}

// partyNounNext reports whether "Labour" or "Labor" from first to last
// names the party: it is possessive, or a verb, a preposition, a
// conjunction or a punctuation mark follows it, and it is not the object
// of an office or a body's "of" ("Minister of Labour", "Department of
// Labor"). A lower-case noun after it makes it a modifier ("the Labour
// government", "Labor unions") or a common noun.
func partyNounNext(toks []token, first, last int) bool {
	if first >= 2 && toks[first-1].norm == "of" && toks[first-2].upper {
		return false
	}
	if toks[last].poss {
		return true
	}
	next := last + 1
	if next >= len(toks) || toks[next].punct {
		return true
	}
	switch toks[next].norm {
	case "and", "or", "but", "who", "which", "that", "over", "about", "after", "before", "during", "since", "under", "as":
		return true
	}
	return prepositions[toks[next].norm] || actsNext(toks, next)
}

// partyState returns the state whose party of family the article speaks
// of, or "" when the article does not make it plain; it decides once per
// article and family.
func (a *article) partyState(family string) string {
	ps := &a.parties
	if state, ok := ps.chosen[family]; ok {
		return state
	}
	if !ps.counted {
		ps.counts, ps.counted = a.stateCues(), true
		ps.chosen = map[string]string{}
	}
	state := leadingPartyState(ps.counts, stateParties[family])
	ps.chosen[family] = state
	return state
}

// leadingPartyState picks among the states that have a party of the
// family the one the article's cues name most: named at least twice (or
// once, as the only state named), more often than any other such state, and at least a third as often
// as the state named most (the story of a war abroad names the war's
// country more than its own parties' state).
func leadingPartyState(counts map[string]int, parties map[string]string) string {
	best, bestN, second, top := "", 0, 0, 0
	for state, n := range counts {
		top = max(top, n)
		if parties[state] == "" {
			continue
		}
		switch {
		case n > bestN:
			best, bestN, second = state, n, bestN
		case n == bestN:
			second = n // a tie for the lead: no map order decides
		case n > second:
			second = n
		}
	}
	if bestN == second || 3*bestN < top || bestN < 2 && len(counts) > 1 {
		return "" // once is enough only where the article names no other state
	}
	return best
}

// stateCues counts, per state, the cues of the article's whole body: the
// states the gazetteer finds (by name, demonym or capital), the national
// bodies and places of a state it finds, and stateCueWords.
func (a *article) stateCues() map[string]int {
	counts := map[string]int{}
	toks := tokenizeWords(a.doc.Body, 0, len(a.doc.Body))
	for i := 0; i < len(toks); i++ {
		if p, end, ok := a.x.gaz.match(toks, i); ok {
			switch e := p.entity; {
			case e.Kind == graph.Country:
				counts[e.ID]++
			case e.Country != "" && !a.x.gaz.press[e.ID]:
				counts[e.Country]++
			}
			i = end
			continue
		}
		if state := stateCueWords[toks[i].norm]; state != "" && toks[i].upper {
			counts[state]++
		}
	}
	return counts
}

// readPartyAttacks reads, among the candidates the sentence toks added
// from index from on, force between parties and politicians as words: a
// party fights elections, not battles. An attack ("Mr Mason attacked
// Labour", "the Tories attacked the Prime Minister's plan") is criticism,
// as readPersonalAttacks has it between people; any other force
// ("Democrats and Republicans fighting each other", "the Democrats
// needed to retake the Senate") is no event. Arms named near the trigger
// keep the force.
func (a *article) readPartyAttacks(toks []token, from int) {
	a.dropFound(from, func(c *candidate) bool {
		if !a.partyForce(toks, c) {
			return false
		}
		if !strings.HasPrefix(toks[c.trigger].norm, "attack") {
			return true
		}
		c.typ, c.mode, c.rule = graph.Accuse, "", c.rule+"-party"
		return false
	})
}

// partyForce reports force (ASSAULT) between parties and people, at least
// one of them a party stateParty found, with no arms named near its
// trigger.
func (a *article) partyForce(toks []token, c *candidate) bool {
	t := c.trigger
	if c.typ != graph.Assault || t < 0 || t >= len(toks) {
		return false
	}
	parties, all := 0, slices.Concat(c.actors, c.targets)
	for _, e := range all {
		switch {
		case a.parties.made[e.ID]:
			parties++
		case e.Kind == graph.Person:
		case e.Kind == graph.Country && slices.ContainsFunc(all, func(p *graph.Entity) bool {
			return p.Kind == graph.Person && (p.Country == e.ID || a.stateOf(p) == e)
		}):
		case e.Kind == graph.Organization && toks[t].norm != "attack" && slices.ContainsFunc(c.targets, func(p *graph.Entity) bool { return p == e }):
			// "to retake the Senate": a body won in a vote
		default:
			return false
		}
	}
	if parties == 0 {
		return false
	}
	for k := max(0, t-personalAttackReach); k < len(toks) && k <= t+personalAttackReach; k++ {
		if armsWords[toks[k].norm] {
			return false
		}
	}
	return true
}
