package loader

import (
	"slices"
	"unicode"
)

// This file reads a name glossed by its acronym in brackets as the name
// alone: "The Movement for Democratic Change (MDC) criticised Zimbabwe",
// "the Kurdistan Workers Party (''PKK'') attacked". News names a body so
// on first mention, and the brackets otherwise stand between the name and
// its verb, where a subject is looked for and a bracket ends the search.
// withoutAsides drops them, with the other asides (asides.go,
// scarequotes.go), once before the rules run.

// acronymGloss returns the index of the ")" closing a bracketed acronym
// right after mention m that stands for m's entity: "(MDC)", "(”PKK”)".
// It returns -1 for any other bracket ("(R-CA)", "($54m)", "(Science)").
func (a *article) acronymGloss(toks []token, ms []mention, n int) int {
	m := ms[n]
	k := m.last + 1
	if m.place || k >= len(toks) || toks[k].text != "(" {
		return -1
	}
	j := pastQuotes(toks, k+1)
	if j >= len(toks) || !toks[j].caps || toks[j].punct || toks[j].digit || len(toks[j].norm) < 2 {
		return -1
	}
	acronym := j
	j = pastQuotes(toks, j+1)
	if j >= len(toks) || toks[j].text != ")" {
		return -1
	}
	// The gazetteer knows the acronym as the entity's ("(PKK)" after the
	// Kurdistan Workers' Party), or its letters are the name's initials
	// ("(FFTU)"); else it is something else: "WASHINGTON (AP)" names a
	// dateline's source.
	norm := toks[acronym].norm
	known := n+1 < len(ms) && ms[n+1].first == acronym && ms[n+1].ent == m.ent || slices.Contains(a.x.gaz.shorts[m.ent.ID], norm)
	if !known && !(a.shorts[norm] == m.ent && (initialsFit(toks[acronym].text, toks[m.first:m.last+1]) || a.namedByAcronym(toks, m))) {
		return -1
	}
	return j
}

// pastQuotes returns the index after up to two quotation marks at k: wiki
// markup quotes an acronym as ”PKK”, which reads as two apostrophes.
func pastQuotes(toks []token, k int) int {
	for n := 0; n < 2 && k < len(toks) && (isQuoteMark(toks[k]) || toks[k].text == "'" || toks[k].text == "’"); n++ {
		k++
	}
	return k
}

// initialsFit reports whether the letters of an acronym are, in order,
// initials of the name's words: "MDC" for "Movement for Democratic
// Change", "LTTE" for "Liberation Tigers of Tamil Eelam", "PLA" for
// "People's Liberation Army".
func initialsFit(acronym string, name []token) bool {
	i := 0
	for _, t := range name {
		if i < len(acronym) && t.text != "" && unicode.ToUpper(rune(t.text[0])) == rune(acronym[i]) {
			i++
		}
	}
	return i == len(acronym)
}

// withoutAsides returns toks without the asides that stand between a name
// and its verb — bracketed acronyms that gloss the names before them, the
// brackets of asides.go and the scare quotes of scarequotes.go — with ms
// re-indexed to the tokens left, and whether there were any. The mentions are the ones read with the
// brackets in place, so no name runs across the gap ("WASHINGTON (AP) The
// Senate"); the tokens keep their offsets, so spans and evidence still
// point into the text.
func (a *article) withoutAsides(toks []token, ms []mention) ([]token, []mention, bool) {
	var drop []bool
	for n := range ms {
		end := a.acronymGloss(toks, ms, n)
		if end < 0 {
			end = asideEnd(toks, ms, n) // asides.go: "(D-Vt.)", "(Brand, Labor)", "(, )"
		}
		if end < 0 {
			continue
		}
		if drop == nil {
			drop = make([]bool, len(toks))
		}
		for k := ms[n].last + 1; k <= end; k++ {
			drop[k] = true
		}
	}
	drop = markScareQuotes(toks, drop) // scarequotes.go: `must stop "destabilizing" Lebanon`
	if drop == nil {
		return toks, ms, false
	}
	at := make([]int, len(toks))
	out := make([]token, 0, len(toks))
	for k, t := range toks {
		at[k] = len(out)
		if !drop[k] {
			out = append(out, t)
		}
	}
	kept := make([]mention, 0, len(ms))
	for _, m := range ms {
		if !drop[m.first] {
			m.first, m.last = at[m.first], at[m.last]
			kept = append(kept, m)
		}
	}
	return out, kept, true
}
