package loader

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// This file resolves a pronoun or a bare description opening a sentence
// to the subject of the sentence before: "Iran rejected the offer. It also
// accused Washington ..." (it = Iran); "Hamas ended the truce. The group
// said ..."; "Hamas militants fired rockets. They later pulled back".
// English keeps the topic of a passage in subject position, so an opening
// pronoun most often continues the last subject. The rule is kept narrow:
// the pronoun must open its sentence, the earlier subject must open its
// own and agree with the pronoun in kind, and the two sentences must stand
// in one paragraph with at most one sentence between them. "He" and "she" are left to
// the rules for the last person named (see personBefore).

// subjectReach is how many sentences back an opening pronoun may find its
// antecedent: the sentence before, or the one before that when the
// sentence between names nothing the pronoun could stand for.
const subjectReach = 2

// openingSubject is the party that opens a sentence as its subject.
type openingSubject struct {
	// ent is the party; nil when the sentence opens with none.
	ent *graph.Entity
	// plural marks a party named before a plural noun ("Iranian
	// officials", "Hamas militants"): "they" may stand for it, "it" may not.
	plural bool
	// pair are the two parties of a coordinated subject ("Russia and
	// China", "Putin and President Bush"), for "they"; ent is then nil.
	pair [2]*graph.Entity
	// kinds are the kinds of every party the sentence names, for the test
	// that a sentence between names nothing a pronoun could stand for.
	kinds map[graph.EntityKind]bool
	// sent is the sentence's index; start and end its offsets in the body.
	sent, start, end int
}

// descriptionNouns after a bare "the" opening a sentence stand for an
// earlier subject of the kind given: "The country has denied", "The group
// said".
var descriptionNouns = map[string]graph.EntityKind{
	"country": graph.Country, "nation": graph.Country,
	"organization": graph.Organization, "organisation": graph.Organization, "group": graph.Organization, "movement": graph.Organization,
	"party": graph.Organization, "ministry": graph.Organization, "agency": graph.Organization, "army": graph.Organization,
}

// namedHeads are description nouns that fit only an organisation with the
// word in its name: "the party" after the Liberal Party, not after Hamas.
var namedHeads = map[string]string{"party": "Party", "ministry": "Ministry", "agency": "Agency", "army": "Army"}

// subjectPluralNouns after a nationality make a plural subject "they" can
// continue: "Iranian officials said ... They".
var subjectPluralNouns = map[string]bool{
	"officials": true, "leaders": true, "forces": true, "troops": true, "authorities": true, "diplomats": true,
	"soldiers": true, "negotiators": true, "lawmakers": true, "ministers": true,
}

// openingAdverbials may open a sentence before its subject, with or
// without a comma: "Later, they ...", "However it ...".
var openingAdverbials = map[string]bool{
	"however": true, "later": true, "meanwhile": true, "subsequently": true, "instead": true, "also": true,
	"earlier": true, "afterwards": true, "then": true, "still": true, "nevertheless": true, "moreover": true,
	"furthermore": true, "yesterday": true, "today": true, "separately": true, "additionally": true,
}

// subjectStart returns the index of the first token after an opening
// adverbial ("However,", "On Monday,", "Later"), 0 when there is none, or
// -1 when the sentence opens with something else before a comma that is
// not a short adverbial free of names.
func subjectStart(toks []token, at []int) int {
	if len(toks) == 0 {
		return -1
	}
	if openingAdverbials[toks[0].norm] {
		if len(toks) > 1 && toks[1].text == "," {
			return 2
		}
		return 1
	}
	if toks[0].norm != "on" && toks[0].norm != "in" && toks[0].norm != "earlier" && toks[0].norm != "last" {
		return 0
	}
	for k := 1; k < len(toks) && k <= 4; k++ { // "On Monday,", "In March,", "Last week,"
		if at[k] >= 0 || toks[k].punct && toks[k].text != "," {
			return -1
		}
		if toks[k].text == "," {
			return k + 1
		}
	}
	return -1
}

// mentionIndex maps each token to the mention covering it, or -1.
func mentionIndex(toks []token, ms []mention) []int {
	at := make([]int, len(toks))
	for k := range at {
		at[k] = -1
	}
	for n, m := range ms {
		for k := m.first; k <= m.last && k < len(toks); k++ {
			at[k] = n
		}
	}
	return at
}

// noteSubject records the party opening the sentence as its subject: the
// first mention, with only a determiner or titles before it ("The Syrian
// government", "Russian President Vladimir Putin", "On Monday, Iran"),
// and after it what can follow a subject (see subjectFollows). "Russia
// and China", "Iran's offer", "the UN Secretary" and "Iraq war" open with
// no one party acting.
func (a *article) noteSubject(s sentence, toks []token, ms []mention) {
	subj := openingSubject{sent: s.index, start: s.start, end: s.end, kinds: map[graph.EntityKind]bool{}}
	for _, m := range ms {
		if usable(m) {
			subj.kinds[m.ent.Kind] = true
		}
	}
	a.subjects[0], a.subjects[1] = a.subjects[1], subj
	if e := a.attributionSubject(toks); e != nil {
		subj.ent = e // `"...," the committee said.`
		a.subjects[1] = subj
		return
	}
	at := mentionIndex(toks, ms)
	k := subjectStart(toks, at)
	if k < 0 {
		return
	}
	for ; k < len(toks) && k <= 8; k++ {
		n := at[k]
		if n < 0 {
			if u := toks[k]; u.norm == "the" || isTitleWord(u.norm) || titles[u.norm] != "" {
				continue
			}
			return
		}
		m := ms[n]
		if !usable(m) {
			k = m.last
			continue // "Russian" in "Russian President Putin"
		}
		if toks[m.last].poss {
			return
		}
		if x, y := pairSubject(toks, ms, at, n); x != nil {
			subj.pair = [2]*graph.Entity{x, y}
			a.subjects[1] = subj
			return
		}
		after := m.last + 1
		for after < len(toks) && after <= m.last+2 && m.form == formDemonym && !toks[after].punct && !toks[after].upper && !subjectPluralNouns[toks[after].norm] {
			after++ // "Israeli security forces"
		}
		switch {
		case after < len(toks) && (subjectPluralNouns[toks[after].norm] || armedNouns[toks[after].norm]):
			subj.plural = true // "Iranian officials", "Hamas militants"
		case m.form == formDemonym || !subjectFollows(toks, after):
			return // "the Iranian nuclear programme", "Nato member Norway"
		}
		subj.ent = m.ent
		a.subjects[1] = subj
		return
	}
}

// pairSubject returns the two parties of a subject "X and Y" opening at
// the mention n, both of one kind, with only titles or a qualifying name
// before the second, followed by what can follow a subject; else nil.
func pairSubject(toks []token, ms []mention, at []int, n int) (x, y *graph.Entity) {
	k := ms[n].last + 1
	if k >= len(toks) || toks[k].norm != "and" {
		return nil, nil
	}
	for k++; k < len(toks) && k <= ms[n].last+6; k++ {
		j := at[k]
		if j < 0 {
			if u := toks[k]; u.norm == "the" || isTitleWord(u.norm) || titles[u.norm] != "" {
				continue
			}
			return nil, nil
		}
		m := ms[j]
		if !usable(m) {
			k = m.last
			continue
		}
		if m.ent == ms[n].ent || m.ent.Kind != ms[n].ent.Kind || m.form == formDemonym || ms[n].form == formDemonym ||
			toks[m.last].poss || !subjectFollows(toks, m.last+1) {
			return nil, nil
		}
		return ms[n].ent, m.ent
	}
	return nil, nil
}

// openingPair returns the two parties "they" opening the sentence as the
// subject of the verb at t stands for: the pair opening the sentence
// before, in the same paragraph ("Russia and China met in Beijing. They
// condemned ...").
func (a *article) openingPair(v *sentenceView, t int) (x, y *graph.Entity) {
	toks := v.toks
	k := subjectStart(toks, v.at)
	if k < 0 || k >= t || toks[k].norm != "they" || theyDescribed(toks, k) {
		return nil, nil
	}
	for j := k + 1; j < t; j++ {
		if !auxiliaries[toks[j].norm] && !subjectAdverbs[toks[j].norm] {
			return nil, nil // "They said X had condemned": not the verb's subject
		}
	}
	s := a.subjects[1]
	if s.pair[0] == nil || s.sent != a.cur-1 || paragraphBreak(a.doc.Body, s.end, a.sentenceStart) {
		return nil, nil
	}
	return s.pair[0], s.pair[1]
}

// subjectAdverbs may stand between a subject and its verb.
var subjectAdverbs = map[string]bool{
	"now": true, "previously": true, "still": true, "quickly": true, "immediately": true, "initially": true, "first": true,
	"earlier": true, "yesterday": true, "today": true, "however": true, "instead": true, "only": true,
}

// irregularPasts are common verbs whose past tense does not end in -ed.
var irregularPasts = map[string]bool{
	"said": true, "sent": true, "met": true, "held": true, "made": true, "took": true, "gave": true, "told": true,
	"won": true, "lost": true, "left": true, "led": true, "began": true, "brought": true, "built": true, "came": true,
	"went": true, "saw": true, "put": true, "struck": true, "fought": true, "sought": true, "kept": true, "spoke": true,
	"wrote": true, "shot": true, "hit": true, "became": true, "got": true, "found": true, "paid": true, "broke": true,
	"withdrew": true, "drew": true, "threw": true, "rose": true, "stood": true, "set": true, "cut": true, "ran": true,
}

// subjectFollows reports whether the token at k can follow a subject: an
// appositive's comma or bracket, an auxiliary or adverb, a verb the
// lexicon knows, or a verb form ending in -s or -ed ("claims",
// "warned") or a common irregular past ("said", "met"). A noun ("member", "decision"),
// a name or a conjunction means the mention only qualifies the subject or
// shares it.
func subjectFollows(toks []token, k int) bool {
	if k >= len(toks) {
		return false
	}
	u := toks[k]
	switch {
	case u.text == "," || u.text == "(":
		return true
	case u.punct || u.upper || u.hyphen || u.norm == "and" || u.norm == "or":
		return false
	case auxiliaries[u.norm] || beForms[u.norm] || subjectAdverbs[u.norm] || timeAdverbs[u.norm] || irregularPasts[u.norm] || verbTrigger(u.norm) || supportVerbs[u.norm]:
		return true
	}
	return strings.HasSuffix(u.norm, "ed") || strings.HasSuffix(u.norm, "s") && !strings.HasSuffix(u.norm, "ss")
}

// pronounFits reports whether an opening word can stand for the earlier
// subject: "it" for a state or organisation named as such, "they" for an
// organisation or a nationality's officials, "the country" for a state,
// "the organisation" and "the group" for an organisation.
func pronounFits(w string, s openingSubject) bool {
	if s.ent == nil {
		return false
	}
	kind := s.ent.Kind
	switch w {
	case "it":
		return !s.plural && (kind == graph.Country || kind == graph.Organization)
	case "they":
		return kind == graph.Organization || kind == graph.Country && s.plural
	}
	want, ok := descriptionNouns[w]
	if word := namedHeads[w]; word != "" && !namesWord(word)(append([]string{s.ent.Name}, s.ent.Aliases...)) {
		return false
	}
	return ok && kind == want && !s.plural
}

// pronounKinds are the kinds of party each opening word may stand for, for
// the test that a sentence between names none of them.
func pronounKinds(w string) []graph.EntityKind {
	if w == "it" || w == "they" {
		return []graph.EntityKind{graph.Country, graph.Organization}
	}
	return []graph.EntityKind{descriptionNouns[w]}
}

// expletiveIt reports "it" opening a sentence as a placeholder subject
// ("It is not true that", "It has been reported", "It will be hard"),
// which stands for no party.
func expletiveIt(toks []token, k int) bool {
	if toks[k].poss {
		return true // "It's time"
	}
	j := k + 1
	for j < len(toks) && (auxiliaries[toks[j].norm] || toks[j].norm == "not" || toks[j].norm == "also") && !beForms[toks[j].norm] {
		j++
	}
	if j >= len(toks) {
		return true
	}
	switch toks[j].norm {
	case "seems", "seemed", "appears", "appeared", "remains", "remained", "means", "meant", "takes", "took", "s":
		return true
	}
	return beForms[toks[j].norm]
}

// theyDescribed reports "they" opening a sentence that describes its
// subject or what was done to it ("They are the latest", "They were
// fired", "They were permitted") rather than what it did: there "they"
// as often stands for people or things the sentence before named after
// its subject. A progressive ("They were demanding") still acts.
func theyDescribed(toks []token, k int) bool {
	j := k + 1
	for j < len(toks) && (subjectAdverbs[toks[j].norm] || toks[j].norm == "also" || toks[j].norm == "not") {
		j++
	}
	if j >= len(toks) || !beForms[toks[j].norm] && toks[j].norm != "have" && toks[j].norm != "had" {
		return false
	}
	if (toks[j].norm == "have" || toks[j].norm == "had") && (j+1 >= len(toks) || toks[j+1].norm != "been") {
		return false // "They have decided"
	}
	j++
	for j < len(toks) && (beForms[toks[j].norm] || subjectAdverbs[toks[j].norm] || toks[j].norm == "also" || toks[j].norm == "not") {
		j++ // "They have also been", "They were not"
	}
	return j >= len(toks) || !strings.HasSuffix(toks[j].norm, "ing")
}

// pronounReferences resolves the pronoun ("it", "they") or bare
// description ("the country", "the organisation", "the group") opening the
// sentence to the subject of the sentence before, when it agrees in kind;
// when the sentence before opens with no party and names none the pronoun
// could stand for, to the subject of the one before that. Tokens another
// reference already took are left alone.
func (a *article) pronounReferences(toks []token, ms []mention, taken []bool, refs []mention) []mention {
	at := mentionIndex(toks, ms)
	k := subjectStart(toks, at)
	if k < 0 || k >= len(toks) || taken[k] {
		return nil
	}
	w, last := toks[k].norm, k
	switch {
	case w == "it" || w == "they":
		if w == "it" && expletiveIt(toks, k) || w == "they" && theyDescribed(toks, k) {
			return nil
		}
	case w == "the" && k+1 < len(toks) && !toks[k+1].upper && descriptionNouns[toks[k+1].norm] != "":
		if !bareNoun(toks, k+1, k+1, taken) {
			return nil
		}
		w, last = toks[k+1].norm, k+1
	default:
		return nil
	}
	for _, r := range refs {
		if r.first <= last && r.last >= k {
			return nil // "the organisation" read as a body already named so
		}
	}
	s := a.antecedentSubject(w)
	if s == nil {
		return nil
	}
	return []mention{{first: last, last: last, ent: s, form: formRef}}
}

// antecedentSubject returns the subject of the sentence before that the
// opening word w stands for, or nil. A subject of the wrong kind ends the
// search: the pronoun then stands for something else the sentence named.
func (a *article) antecedentSubject(w string) *graph.Entity {
	end := a.sentenceStart
	for back := 1; back >= 0; back-- {
		s := a.subjects[back]
		if s.kinds == nil || s.sent < a.cur-subjectReach || paragraphBreak(a.doc.Body, s.end, end) {
			return nil
		}
		if s.ent != nil {
			if pronounFits(w, s) {
				return s.ent
			}
			return nil
		}
		for _, kind := range pronounKinds(w) {
			if s.kinds[kind] {
				return nil // the sentence between names a party it could be
			}
		}
		end = s.start
	}
	return nil
}

// paragraphBreak reports whether the text between two sentences ends a
// paragraph: a newline, or the run of spaces some sources leave instead.
func paragraphBreak(body string, from, to int) bool {
	if from < 0 || to > len(body) || from > to {
		return true
	}
	gap := body[from:to]
	return strings.Contains(gap, "\n") || strings.Contains(gap, "  ")
}
