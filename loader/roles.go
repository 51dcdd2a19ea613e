package loader

import (
	"slices"
	"strings"

	"github.com/geokg/geokg/graph"
)

// This file finds the roles news copy states for people the gazetteer does
// not know, beyond the offices of extract.go: military and service ranks,
// spelled out or abbreviated ("Lance Cpl. X", "Lt. Col. X", "Canadian
// Master Corporal X"); a title in apposition after a body's name or an
// adjective ("X, the Dublin Chamber of Commerce president,", "X,
// parliamentary leader of the party,"); and the body a person speaks for
// ("X of Amnesty International", "the BBC's X").

// serviceRanks are the ranks of armed forces, police and ships' crews that
// stand before a name, keyed as titleAt folds them (abbreviations without
// their period). extract.go already holds the ranks that are also titles
// ("general", "colonel", "admiral", "captain", "major general").
var serviceRanks = map[string]string{
	"private": "Private", "pte": "Private", "pvt": "Private", "private first class": "Private First Class",
	"pfc": "Private First Class", "specialist": "Specialist", "spc": "Specialist", "trooper": "Trooper", "tpr": "Trooper",
	"corporal": "Corporal", "cpl": "Corporal", "lance corporal": "Lance Corporal", "lance cpl": "Lance Corporal",
	"master corporal": "Master Corporal", "master cpl": "Master Corporal", "sgt": "Sergeant",
	"staff sergeant": "Staff Sergeant", "staff sgt": "Staff Sergeant", "master sergeant": "Master Sergeant",
	"master sgt": "Master Sergeant", "sergeant major": "Sergeant Major", "sgt maj": "Sergeant Major",
	"first sergeant": "First Sergeant", "gunnery sergeant": "Gunnery Sergeant", "gunnery sgt": "Gunnery Sergeant",
	"sergeant first class": "Sergeant First Class", "warrant officer": "Warrant Officer", "petty officer": "Petty Officer",
	"chief petty officer": "Chief Petty Officer", "first officer": "First Officer", "major": "Major",
	"second lieutenant": "Second Lieutenant", "first lieutenant": "First Lieutenant",
	"lieutenant colonel": "Lieutenant Colonel", "lt col": "Lieutenant Colonel", "lt gen": "Lieutenant General",
	"maj gen": "Major General", "brig gen": "Brigadier General", "brig": "Brigadier",
	"lieutenant commander": "Lieutenant Commander", "lt cmdr": "Lieutenant Commander", "lt cdr": "Lieutenant Commander",
	"cmdr": "Commander", "cdr": "Commander", "commodore": "Commodore", "rear admiral": "Rear Admiral",
	"vice admiral": "Vice Admiral", "rear adm": "Rear Admiral", "vice adm": "Vice Admiral",
	"wing commander": "Wing Commander", "squadron leader": "Squadron Leader", "flight lieutenant": "Flight Lieutenant",
	"group captain": "Group Captain", "air marshal": "Air Marshal", "air vice marshal": "Air Vice Marshal",
	"air chief marshal": "Air Chief Marshal",
}

// ranksInCapitals are ranks spelled as ordinary words ("a private firm", "a
// major offensive", "the first officer to"): they are ranks only
// capitalised, before a name.
var ranksInCapitals = map[string]bool{"private": true, "major": true, "specialist": true, "first officer": true}

// extract.go's init has built the rank prefixes and titlePrefixes from
// titles and roleTitles by now (files initialise in name order); ranks
// take no "deputy" or "former", so they join roleTitles here with their
// prefixes.
func init() {
	for key, title := range serviceRanks {
		if _, ok := titles[key]; ok {
			continue
		}
		if _, ok := roleTitles[key]; ok {
			continue
		}
		roleTitles[key] = title
		w := strings.Fields(key)
		for n := 1; n <= len(w); n++ {
			titlePrefixes[strings.Join(w[:n], " ")] = true
		}
	}
}

// rankInLowerCase reports a title read at toks[i:end+1] that is an
// ordinary word in lower case ("a major city"), not a rank.
func rankInLowerCase(toks []token, i, end int) bool {
	if toks[i].upper {
		return false
	}
	key := toks[i].norm
	for k := i + 1; k <= end; k++ {
		if !toks[k].punct {
			key += " " + toks[k].norm
		}
	}
	return ranksInCapitals[key]
}

// rankBeforeName reports a capitalised one-word rank at toks[i]
// ("Commodore", "Corporal", "Sgt"): it stands before a name, never in one.
func rankBeforeName(toks []token, i int) bool {
	w := toks[i].norm
	if strings.Contains(w, " ") || !toks[i].upper {
		return false
	}
	return serviceRanks[w] != "" || w == "captain" || w == "capt" || w == "sergeant" || w == "brigadier" || w == "lieutenant"
}

// endsInInitial reports a name run cut at an initial ("Ivan L." of "Pvt.
// Ivan L. “Chip” Frederick"): a full name ends in a surname.
func endsInInitial(toks []token, last int) bool {
	return len(toks[last].norm) == 1 && last+1 < len(toks) && toks[last+1].text == "."
}

// statedAffiliation returns the role the words around ms[n], a person
// named without a title, state: a title in apposition after a body's name
// or an adjective, or the body the person belongs to, named after "of"
// ("John Smith of Amnesty International") or in the possessive before the
// name ("the BBC's John Smith"). A body's name stands as the title of a
// member's role, as annotators give it; a country after "of" or before the
// name states where the person is from, not a role.
func (a *article) statedAffiliation(toks []token, ms []mention, n int) office {
	m := ms[n]
	mentionAt := func(k int) (*graph.Entity, int, bool) {
		for _, o := range ms {
			if o.first == k && !o.place && (o.ent.Kind == graph.Organization || o.ent.Kind == graph.Country) {
				return o.ent, o.last, true
			}
		}
		return nil, 0, false
	}
	if r, ok := appositionRole(toks, m.last, mentionAt); ok {
		return r
	}
	if k := m.last + 2; k < len(toks) && toks[m.last+1].norm == "of" && !toks[m.last].poss {
		if toks[k].norm == "the" {
			k++
		}
		if e, _, ok := mentionAt(k); ok && e.Kind == graph.Organization {
			return office{title: e.Name, of: e.ID, country: e.Country}
		}
		if end := capitalisedRun(toks, k); end > k && !toks[end].poss && slices.ContainsFunc(toks[k:end+1], func(u token) bool { return bodyWord(u.norm) }) {
			// "X of the Royal Canadian Regiment", "X of the Council on
			// American-Islamic Relations": a body the sentence's names did
			// not make out, known by the head of its name.
			return office{title: cleanName(span(a.doc.Body, toks, k, end))}
		}
	}
	// Only a full name: a short one after a possessive is often a
	// modifier ("the CIA's Bin Laden unit").
	full := strings.EqualFold(cleanName(span(a.doc.Body, toks, m.first, m.last)), m.ent.Name)
	if n > 0 && full && ms[n-1].last == m.first-1 && toks[m.first-1].poss && ms[n-1].ent.Kind == graph.Organization && !ms[n-1].place {
		e := ms[n-1].ent
		return office{title: e.Name, of: e.ID, country: e.Country}
	}
	return office{}
}

// appositionModifiers may stand between the body and the title of an
// apposition: "X, parliamentary leader of", "X, the party's regional chief".
var appositionModifiers = map[string]bool{
	"parliamentary": true, "party": true, "regional": true, "provincial": true, "national": true, "local": true,
	"district": true, "longtime": true, "veteran": true, "executive": true, "honorary": true, "founding": true,
}

// appositionRole reads a title in apposition after a name ending at
// toks[last] that titleTail leaves: ", [the] [Body] [modifiers] title" where
// Body is a body or country found in the sentence (mentionAt) or another
// capitalised name ("X, the Dublin Chamber of Commerce president,"), or the
// title has modifiers ("X, parliamentary leader of the PML-Q,"). The title
// must close the apposition: a comma, the end, "of" or "for" and its body,
// or a speech verb. A title followed by a name is that name's ("X, Chamber
// President Y and Z").
func appositionRole(toks []token, last int, mentionAt func(int) (*graph.Entity, int, bool)) (office, bool) {
	if last+3 >= len(toks) || toks[last+1].text != "," {
		return office{}, false
	}
	j := last + 2
	if toks[j].norm == "the" || toks[j].norm == "a" {
		j++
	}
	var r office
	owned := false
	if e, end, ok := mentionAt(j); ok {
		r.of, r.country, j, owned = e.ID, e.Country, end+1, true
		if e.Kind == graph.Country {
			r.country = e.ID
		}
		if end := capitalisedRun(toks, j); end >= j && !toks[j-1].poss {
			r.of, j = "", end+1 // "the Dublin Chamber of Commerce": the place is part of a body's name
		}
	} else if end := capitalisedRun(toks, j); end >= j {
		j, owned = end+1, true
	}
	modified := false
	for k := 0; k < 2 && j < len(toks) && appositionModifiers[toks[j].norm] && !toks[j].upper; k++ {
		j, modified = j+1, true
	}
	if !owned && !modified || j >= len(toks) {
		return office{}, false
	}
	end, title, ok := titleAt(toks, j)
	if !ok || title == "" || toks[end].poss || honorifics[toks[j].norm] {
		return office{}, false
	}
	r.title = title
	next := end + 1
	switch {
	case next >= len(toks) || toks[next].punct && toks[next].text != "(" || toks[next].is(classSpeech):
		return r, true
	case toks[next].norm == "of" || toks[next].norm == "for":
		k := next + 1
		if k < len(toks) && toks[k].norm == "the" {
			k++
		}
		if k >= len(toks) {
			return r, true // "... the chairman of the": the text ends
		}
		if e, _, ok := mentionAt(k); ok && r.of == "" {
			r.of, r.country = e.ID, e.Country
			if e.Kind == graph.Country {
				r.country = e.ID
			}
		}
		return r, true
	}
	return office{}, false
}

// capitalisedRun returns the last token of a run of capitalised words
// from toks[i] that may name a body ("Dublin Chamber of Commerce"),
// joined by "of", "on", "and" or "for"; i-1 when there is none. The run ends
// before a title word, so that the title is left to read.
func capitalisedRun(toks []token, i int) int {
	last := i - 1
	for k := i; k < len(toks) && k < i+6; k++ {
		u := toks[k]
		if u.upper && !u.punct && !u.digit && !u.is(classNotName) && !isTitleWord(u.norm) && titles[u.norm] == "" && roleTitles[u.norm] == "" {
			last = k
			if u.poss {
				break
			}
			continue
		}
		if k > i && (u.norm == "of" || u.norm == "on" || u.norm == "and" || u.norm == "for") && k+1 < len(toks) && toks[k+1].upper {
			continue
		}
		break
	}
	return last
}

// appositionPerson finds a name that only a title in apposition after it
// introduces (see appositionRole): "Chaudhry Pervaiz Elahi, parliamentary
// leader of the PML-Q, said".
func (a *article) appositionPerson(toks []token, i int) (candidateMention, bool) {
	if i > 0 && toks[i-1].upper && !toks[i-1].punct && !toks[i-1].caps && !toks[i-1].is(classNotName) {
		return candidateMention{}, false // inside a longer capitalised run
	}
	last, ok := a.nameRun(toks, i)
	if !ok || bodyWord(toks[last].norm) || nameEnds[toks[last].norm] || toks[last].poss {
		return candidateMention{}, false
	}
	if p, e, ok := a.x.gaz.match(toks, i); ok && p.entity.Kind != graph.Person && e >= last {
		return candidateMention{}, false
	}
	bodyAt := func(k int) (*graph.Entity, int, bool) {
		if p, e, ok := a.x.gaz.match(toks, k); ok && (p.entity.Kind == graph.Organization || p.entity.Kind == graph.Country) {
			return p.entity, e, true
		}
		if c, ok := a.organization(toks, k); ok {
			return c.ent, c.last, true
		}
		return nil, 0, false
	}
	r, ok := appositionRole(toks, last, bodyAt)
	if !ok {
		return candidateMention{}, false
	}
	return a.ruledPerson(toks, i, last, r), true
}
