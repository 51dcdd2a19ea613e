package loader

import (
	"slices"
	"strings"

	"github.com/geokg/geokg/graph"
)

// This file resolves a person named by a definite description of a role
// instead of a name: "the king", "the Chancellor", "the PM", "the Liberal
// leader", "the opposition leader", "the Cypriot president", "the
// President of Cyprus". News names a person once with the role ("Liberal
// leader Brendan Nelson", "King Albert II", "X, the opposition leader,")
// and then calls them by it; the description stands for the one person
// the article has named so far whose stated words or held office fit its
// head noun and every qualifier. Offices of state the article has not
// named a holder for are offices.go's (the gazetteer's holder on the day);
// bare "the president" and "the prime minister" in lower case are
// officialReferences'.

// descriptionHeads are the head nouns of a description, keyed by the
// word, with the office titles (lower case) a holder of it may bear.
var descriptionHeads = map[string][]string{
	"king": {"king"}, "queen": {"queen"}, "monarch": {"king", "queen", "emir", "sultan"}, "emir": {"emir"},
	"sultan": {"sultan"}, "chancellor": {"chancellor"}, "pm": {"prime minister", "premier"},
	"premier": {"premier", "prime minister"}, "president": {"president"}, "leader": {"leader"},
	"taoiseach": {"taoiseach", "prime minister"},
}

// descriptionQualifiers are the lower-case words that may qualify a
// description's head and must then be among the words the article gave
// its holder: "the opposition leader".
var descriptionQualifiers = map[string]bool{
	"opposition": true, "party": true, "rebel": true, "militant": true, "separatist": true, "union": true,
	"ruling": true, "parliamentary": true, "religious": true, "spiritual": true, "tribal": true, "student": true,
	"protest": true, "coup": true, "junta": true, "military": true, "militia": true, "insurgent": true,
}

// roleWords are the words of the role phrases an article put beside a
// person's name, and among them the capitalised names of parties and
// bodies ("liberal" of "Liberal leader X"); countries are not among the
// names.
type roleWords struct {
	words, names []string
}

// roleNameWord reports a capitalised word at toks[k] that names something
// (a party, a body) rather than the role: not a title or role noun, nor a
// qualifier capitalised only because it opens the sentence.
func roleNameWord(toks []token, k int) bool {
	t := toks[k]
	if !t.upper || descriptionHeads[t.norm] != nil || isTitleWord(t.norm) || titles[t.norm] != "" || roleNouns[t.norm] {
		return false
	}
	return k > 0 || !descriptionQualifiers[t.norm]
}

// roleWord reports a word that may stand in a role phrase: a capitalised
// word, a qualifier, modifier, role noun or title.
func roleWord(t token) bool {
	return t.upper || t.poss || descriptionQualifiers[t.norm] || descriptionHeads[t.norm] != nil || roleNouns[t.norm] ||
		roleModifiers[t.norm] || isTitleWord(t.norm) || titles[t.norm] != ""
}

// noteDescriptions records, for each person the sentence names, the
// words of the role phrase beside the name: before it ("Liberal leader
// Brendan Nelson", "Cypriot President X", "the President of Cyprus, X")
// and in apposition after it ("X, the opposition leader,"). A
// description later matches them.
func (a *article) noteDescriptions(toks []token, ms []mention) {
	for _, m := range ms {
		if m.ent.Kind != graph.Person || m.place || m.form == formRef {
			continue
		}
		var words, names []string
		add := func(w, n []string) {
			if slices.ContainsFunc(w, func(x string) bool { return otherHolder[x] }) {
				return // "former Vice President Al Gore" is no president now
			}
			if slices.ContainsFunc(w, func(x string) bool {
				return descriptionHeads[x] != nil || roleNouns[x] || isTitleWord(x) || titles[x] != ""
			}) {
				words, names = append(words, w...), append(names, n...)
			}
		}
		if k := m.first - 1; k >= 0 && toks[k].text == "," {
			add(a.rolePhrase(toks, ms, k-1, -1, true))
		} else {
			add(a.rolePhrase(toks, ms, k, -1, false))
		}
		if n := m.last + 1; n+2 < len(toks) && toks[n].text == "," {
			k := n + 1
			if toks[k].norm == "the" || toks[k].norm == "a" || toks[k].norm == "an" {
				k++
			}
			if w, nm := a.rolePhrase(toks, ms, k, 1, false); slices.ContainsFunc(w, func(x string) bool { return descriptionHeads[x] != nil }) {
				add(w, nm) // "X, the opposition leader,"
			}
		}
		if len(words) == 0 {
			continue
		}
		if a.described == nil {
			a.described = map[*graph.Entity]*roleWords{}
		}
		r := a.described[m.ent]
		if r == nil {
			r = &roleWords{}
			a.described[m.ent] = r
		}
		for _, w := range words {
			if !slices.Contains(r.words, w) {
				r.words = append(r.words, w)
			}
		}
		for _, w := range names {
			if !slices.Contains(r.names, w) {
				r.names = append(r.names, w)
			}
		}
	}
}

// rolePhrase returns the words (lower case) of a role phrase read from
// toks[k] in direction step (-1 back, 1 forward), at most six, and among
// them the names (roleNameWord; countries are not among them). It stops
// at punctuation, a determiner or a word no role phrase holds; withOf
// lets "of" stand in it ("the Home Minister of India, X"). Read forward,
// a word no role phrase holds voids it: "X, which was accepted by the
// president" is a clause.
func (a *article) rolePhrase(toks []token, ms []mention, k, step int, withOf bool) (words, names []string) {
	for n := 0; k >= 0 && k < len(toks) && n < 6; n, k = n+1, k+step {
		t := toks[k]
		if step > 0 && t.norm == "of" {
			// "X, leader of the opposition,"
			if j := k + 1; j < len(toks) && toks[j].norm == "the" && j+1 < len(toks) && descriptionQualifiers[toks[j+1].norm] {
				words = append(words, toks[j+1].norm)
			}
			break
		}
		if withOf && t.norm == "the" && k > 0 && toks[k-1].norm == "of" {
			continue // "the leader of the opposition, X"
		}
		if t.punct || t.digit || t.norm == "the" || t.norm == "a" || t.norm == "an" || t.norm == "who" || t.is(classSpeech) {
			break
		}
		if !roleWord(t) && !(withOf && t.norm == "of") {
			if step > 0 {
				return nil, nil
			}
			break
		}
		words = append(words, t.norm)
		if roleNameWord(toks, k) && !slices.ContainsFunc(ms, func(c mention) bool { return c.first <= k && k <= c.last && c.ent.Kind == graph.Country }) {
			names = append(names, t.norm)
		}
	}
	return words, names
}

// description is a definite description whose words before its head
// start at toks[first]: the head word ("pm" for "prime minister"), its
// qualifiers and the state it names, if any.
type description struct {
	first int
	head  string
	quals []string // every qualifier, lower case
	names []string // the qualifiers that are names (see roleNameWord)
	state string
}

// descriptionAt reads a description whose head is at toks[h]: "the
// [State's] [qualifiers] head [of State]", or the same without "the"
// opening a headline ("Ukrainian opposition leader calls for ...").
func (a *article) descriptionAt(toks []token, ms []mention, h int) (description, bool) {
	d := description{first: h, head: toks[h].norm}
	if d.head == "minister" && h > 0 && toks[h-1].norm == "prime" {
		d.head, d.first = "pm", h-1
	} else if descriptionHeads[d.head] == nil {
		return description{}, false
	}
	if toks[h].hyphen || toks[h].poss {
		return description{}, false // "president-elect", "the king's"
	}
	// After the head: "of [the] State", then nothing that makes it a
	// title before a name or a modifier of another noun.
	n := h + 1
	if n+1 < len(toks) && toks[n].norm == "of" {
		k := n + 1
		if toks[k].norm == "the" {
			k++
		}
		m, ok := mentionFrom(ms, k)
		if !ok || m.ent.Kind != graph.Country || m.place || toks[m.last].poss {
			return description{}, false // "the leader of the party", "the president of the company"
		}
		d.state, n = m.ent.ID, m.last+1
	}
	if n < len(toks) {
		t := toks[n]
		switch {
		case t.upper && !t.punct && !t.is(classNotName) && !t.digit:
			return description{}, false // "the king Abdullah", "the President of India Manmohan Singh": named
		case t.text == "," || t.text == "(":
			if m, ok := mentionFrom(ms, n+1); ok && m.ent.Kind == graph.Person {
				return description{}, false // "the Liberal leader, Brendan Nelson"
			}
		case officeNouns[t.norm] || t.norm == "for" || t.norm == "and" && n+1 < len(toks) && (descriptionHeads[toks[n+1].norm] != nil || isTitleWord(toks[n+1].norm)):
			return description{}, false // "the president's post", "the president and prime minister"
		}
	}
	k := d.first - 1
	for ; k >= 0 && k >= d.first-4; k-- {
		t := toks[k]
		if m, ok := mentionTo(ms, k); ok && m.ent.Kind == graph.Country && !m.place {
			if d.state != "" || !a.x.gaz.countries[m.ent.ID] {
				return description{}, false
			}
			d.state, k = m.ent.ID, m.first
			if toks[m.last].poss {
				k-- // "Cyprus's president": the owner opens the phrase
				break
			}
			continue
		}
		if t.punct || t.poss || t.digit {
			break
		}
		if otherHolder[t.norm] {
			return description{}, false // "the former king", "the new chancellor"
		}
		if descriptionQualifiers[t.norm] || t.upper && !t.is(classNotName) && !isTitleWord(t.norm) && t.norm != "the" {
			d.quals = append(d.quals, t.norm)
			if roleNameWord(toks, k) {
				d.names = append(d.names, t.norm)
			}
			continue
		}
		break
	}
	opened := k >= 0 && toks[k].norm == "the"
	owner, owned := mentionFrom(ms, k+1)
	owned = owned && k+1 < d.first && toks[owner.last].poss
	headline := k < 0 && (len(d.quals) > 0 || d.state != "") && !toks[h].upper // "Ukrainian opposition leader calls for", not "Coretta King"
	if !opened && !owned && !headline {
		return description{}, false // "a king", "his chancellor", "every president"
	}
	j := k // the word before the phrase
	if opened {
		j--
	}
	if j >= 1 && toks[j].text == "," {
		if m, ok := mentionTo(ms, j-1); ok && m.ent.Kind == graph.Person {
			return description{}, false // "Raúl Castro, the President of Cuba,": an apposition, the name's
		}
	}
	for j >= 0 && adverbs[toks[j].norm] {
		j--
	}
	if j >= 0 && (becoming[toks[j].norm] || otherHolder[toks[j].norm] || toks[j].norm == "of" && j > 0 && officeNouns[toks[j-1].norm]) {
		return description{}, false // "became the king", "served as Canada's prime minister", "the post of the president"
	}
	if n+1 < len(toks) && (toks[n].norm == "was" || toks[n].norm == "is") && toks[n+1].upper && !toks[n+1].punct {
		return description{}, false // "the Brazilian president was Fernando Henrique Cardoso": predicated of a name
	}
	if d.head == "leader" && len(d.quals) == 0 && d.state == "" {
		return description{}, false // "the leader": of whatever the sentence speaks of
	}
	return d, true
}

// mentionFrom returns the mention starting at toks[k].
func mentionFrom(ms []mention, k int) (mention, bool) {
	for _, m := range ms {
		if m.first == k {
			return m, true
		}
	}
	return mention{}, false
}

// mentionTo returns the mention ending at toks[k].
func mentionTo(ms []mention, k int) (mention, bool) {
	for _, m := range ms {
		if m.last == k {
			return m, true
		}
	}
	return mention{}, false
}

// fits reports whether p, as the article has described him and by the
// offices he holds at publication, fits description d.
func (a *article) fits(p *graph.Entity, d description) bool {
	r := a.described[p]
	if r == nil {
		r = &roleWords{}
	}
	titles := descriptionHeads[d.head]
	head := slices.Contains(r.words, d.head) || d.head == "pm" && slices.Contains(r.words, "prime") ||
		a.holds(p, func(t string) bool { return slices.Contains(titles, strings.ToLower(t)) })
	if !head {
		return false
	}
	for _, q := range d.quals {
		if slices.Contains(r.words, q) {
			continue
		}
		// A party the article never gave a leader ("the Liberal
		// leader" for "Opposition leader X") still fits when it gave
		// him no other: which party leads the opposition is the
		// reader's knowledge, not the article's. An office's qualifier
		// must be stated: "the QLD Premier" is no prime minister.
		if d.head != "leader" || !slices.Contains(d.names, q) || len(r.names) > 0 {
			return false
		}
	}
	if d.state != "" && p.Country != d.state && !slices.ContainsFunc(p.Roles, func(r graph.Role) bool { return r.Of == d.state }) {
		return false
	}
	return true
}

// descriptionReferences resolves the definite descriptions of a sentence
// (see descriptionAt) to the one person named before them, in this
// sentence or earlier, who fits them; prior are the references other
// rules have made, which take precedence.
func (a *article) descriptionReferences(toks []token, ms []mention, taken []bool, prior []mention) []mention {
	a.noteDescriptions(toks, ms)
	var out []mention
	for h := range toks {
		t := toks[h]
		if taken[h] || t.punct || !t.is(classDescriptionHead) && t.norm != "minister" {
			continue
		}
		if slices.ContainsFunc(prior, func(m mention) bool { return m.first <= h && h <= m.last }) ||
			slices.ContainsFunc(ms, func(m mention) bool { return m.first <= h && h <= m.last }) {
			continue
		}
		d, ok := a.descriptionAt(toks, ms, h)
		if !ok || slices.Contains(taken[d.first:h+1], true) {
			continue
		}
		if len(d.quals) == 0 && d.state == "" && !t.upper && (d.head == "president" || d.head == "premier" || d.first < h) {
			continue // officialReferences' "the president"
		}
		var who []*graph.Entity
		consider := func(p *graph.Entity) {
			if !slices.Contains(who, p) && a.fits(p, d) {
				who = append(who, p)
			}
		}
		for _, p := range a.people {
			consider(p)
		}
		for _, m := range ms {
			if m.last < d.first && m.ent.Kind == graph.Person && !m.place {
				consider(m.ent)
			}
		}
		if len(who) != 1 {
			continue
		}
		out = append(out, mention{first: d.first, last: h, ent: who[0], form: formRef}) // "of Cyprus" stays the country's
	}
	return out
}

// Rulers are called by what they were as often as by a title: "Italy's
// late fascist dictator, Benito Mussolini".
func init() {
	for _, w := range []string{"dictator", "ruler", "strongman", "warlord", "monarch", "autocrat"} {
		roleNouns[w] = true
	}
}

// affiliation reads the role a body states for a person named at
// toks[first:last+1] when no title, role noun or "of Body" right after
// the name does: the body's possessive before the name ("Newsweek's
// Editor, Mark Whitaker", "the Bureau's Blair Trewin") or ", of Body"
// after it ("Yuko Hirono, of Greenpeace Japan"). The body's name stands
// as the role, as statedAffiliation gives it.
func (a *article) affiliation(toks []token, first, last int) office {
	if toks[last].poss {
		return office{}
	}
	if r, ok := a.possessiveBody(toks, first, last); ok {
		return r
	}
	if r, ok := a.bodyAfterComma(toks, last); ok {
		return r
	}
	r, _ := currentTitleAfter(toks, last)
	return r
}

// incumbency are words that say a title in apposition is the person's
// now: "X, the current Press Secretary".
var incumbency = map[string]bool{"current": true, "present": true, "sitting": true, "incumbent": true, "serving": true}

// currentTitleAfter reads ", the current Title" after a name ending at
// toks[last], closed by punctuation, the end, a speech verb or "for",
// "of" or "to" and what the office is of: "Dana Perino, the current
// Press Secretary for the White House". Titles without the adjective are
// titleTail's.
func currentTitleAfter(toks []token, last int) (office, bool) {
	j := last + 2
	if j+2 >= len(toks) || toks[last+1].text != "," || toks[j].norm != "the" || !incumbency[toks[j+1].norm] {
		return office{}, false
	}
	end, title, ok := titleAt(toks, j+2)
	if !ok || !toks[j+2].upper {
		return office{}, false
	}
	if n := end + 1; n < len(toks) && !toks[n].punct && !toks[n].is(classSpeech) && toks[n].norm != "for" && toks[n].norm != "of" && toks[n].norm != "to" {
		return office{}, false // "X, the current Secretary General Y": another's
	}
	return office{title: title}, true
}

// possessiveBody reads "Body's [Title][,] Name" before the name at
// toks[i:last+1]; without a title the body must be "the" body ("the
// Bureau's Blair Trewin"). The name must close the phrase (a comma, a
// speech verb): else the possessive may own what follows the name.
func (a *article) possessiveBody(toks []token, i, last int) (office, bool) {
	k := i - 1
	comma := k >= 0 && toks[k].text == ","
	if comma {
		k--
	}
	title := -1
	if k >= 0 && !toks[k].poss && (roleNouns[toks[k].norm] || titles[toks[k].norm] != "" || roleTitles[toks[k].norm] != "") {
		title, k = k, k-1
		for n := 0; n < 2 && k >= 0 && !toks[k].poss && !toks[k].punct && (toks[k].upper || roleModifiers[toks[k].norm]); n++ {
			k-- // "Time's Managing Editor"
		}
	}
	if k < 0 || !toks[k].poss || !toks[k].upper || comma && title < 0 || isTitleWord(toks[k].norm) || titles[toks[k].norm] != "" {
		return office{}, false // "the PM's X"
	}
	if !closedApposition(toks, i, last) {
		return office{}, false // "the CIA's Bin Laden unit", "the Adam's Mark Hotel in Denver"
	}
	start := k
	for start > 0 && toks[start-1].upper && !toks[start-1].punct && !toks[start-1].poss && toks[start-1].norm != "the" && start > k-3 {
		start--
	}
	if title < 0 && (start == 0 || toks[start-1].norm != "the" || start < k) {
		return office{}, false // "Bush's Karl Rove"; "the Bureau's" is a body's
	}
	if p, _, ok := a.x.gaz.match(toks, start); ok && (p.entity.Kind == graph.Country || p.entity.Kind == graph.Person || p.entity.Kind == graph.Location) {
		return office{}, false
	}
	if a.shorts[toks[k].norm] != nil {
		return office{}, false // a person named before: "Obama's Rahm Emanuel"
	}
	end := k
	if title >= 0 {
		end = title
	}
	return office{title: cleanName(span(a.doc.Body, toks, start, end))}, true
}

// bodyAfterComma reads ", of [the] Body" after a name ending at
// toks[last], Body a capitalised name that is no place: "Yuko Hirono, of
// Greenpeace Japan".
func (a *article) bodyAfterComma(toks []token, last int) (office, bool) {
	k := last + 3
	if k >= len(toks) || toks[last+1].text != "," || toks[last+2].norm != "of" {
		return office{}, false
	}
	if toks[k].norm == "the" {
		k++
	}
	end := capitalisedRun(toks, k)
	if end < k || toks[end].poss {
		return office{}, false
	}
	if p, e, ok := a.x.gaz.match(toks, k); ok {
		if p.entity.Kind != graph.Organization {
			return office{}, false // "X, of Boston"
		}
		if e < end {
			return office{title: cleanName(span(a.doc.Body, toks, k, end)), country: p.entity.Country}, true // "Greenpeace Japan": a branch
		}
		return office{title: p.entity.Name, of: p.entity.ID, country: p.entity.Country}, true
	}
	if !slices.ContainsFunc(toks[k:end+1], func(u token) bool { return bodyWord(u.norm) }) {
		return office{}, false // a body known by the head of its name: "the University of Iowa"
	}
	return office{title: cleanName(span(a.doc.Body, toks, k, end))}, true
}
