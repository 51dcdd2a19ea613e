package loader

import (
	"slices"
	"strings"

	"github.com/geokg/geokg/graph"
)

// This file resolves a state's office named without its holder ("the US
// Defense Secretary", "Russia's foreign minister", "the President of
// Venezuela") to the one person the gazetteer says held that office on
// the day the sentence speaks of.

// heldOffices maps the title a text uses, as titleAt reads it, to the
// gazetteer titles of the same office: a foreign minister is a "Foreign
// Secretary" in London and a "Secretary of State" in Washington. Only the
// offices the gazetteer lists holders for by date are here.
var heldOffices = func() map[string][]string {
	foreign := []string{"Foreign Minister", "Foreign Secretary", "Secretary of State", "External Affairs Minister"}
	defence := []string{"Defence Minister", "Defence Secretary", "Secretary of Defense"}
	head := []string{"Prime Minister", "Premier"}
	return map[string][]string{
		"President": {"President"}, "Prime Minister": head, "Premier": head, "Chancellor": {"Chancellor"},
		"Head of Government": {"Prime Minister", "Premier", "Chancellor"},
		"Head of State":      {"President", "King", "Queen", "Emir", "Supreme Leader"},
		"Foreign Minister":   foreign, "Foreign Secretary": foreign, "Secretary of State": foreign,
		"External Affairs Minister": foreign, "Foreign Affairs Minister": foreign,
		"Defence Minister": defence, "Defence Secretary": defence, "Secretary of Defense": defence,
	}
}()

// otherHolder are words before an office that make it name someone other
// than its holder on the day ("the former Russian president", "the new
// German chancellor", "the deputy foreign minister"), or no one.
var otherHolder = map[string]bool{
	"former": true, "ex": true, "then": true, "incoming": true, "new": true, "deputy": true, "vice": true,
	"acting": true, "interim": true, "late": true, "future": true, "next": true, "previous": true, "past": true,
	"last": true, "first": true, "assistant": true, "shadow": true, "junior": true, "would": true, "designate": true,
	"prospective": true, "erstwhile": true, "onetime": true, "one": true, "elected": true, "caretaker": true,
	"provisional": true, "transitional": true, "founding": true, "rival": true, "self": true, "once": true,
	"formerly": true,
}

// becoming are words after which an office is predicated of someone, not
// a reference: "was appointed foreign minister", "became the British prime
// minister", "as Russia's president".
var becoming = map[string]bool{
	"as": true, "become": true, "became": true, "becomes": true, "becoming": true, "elected": true, "appointed": true,
	"named": true, "sworn": true, "was": true, "is": true, "be": true, "been": true, "being": true, "remain": true,
	"remains": true, "remained": true, "nominated": true, "succeed": true, "succeeded": true, "replace": true,
	"replaced": true, "were": true, "are": true, "am": true, "i": true,
}

// adverbs may stand between a copula and the office: "was also the prime
// minister", "is now Russia's president".
var adverbs = map[string]bool{"also": true, "now": true, "still": true, "again": true, "currently": true, "already": true, "then": true, "once": true, "formerly": true, "previously": true}

// officeNouns name the office itself, not its holder: "the position of the
// US Secretary of State", "the Iraqi prime minister post".
var officeNouns = map[string]bool{
	"position": true, "post": true, "job": true, "seat": true, "race": true, "candidate": true, "candidacy": true,
	"nominee": true, "nomination": true, "election": true, "elections": true, "hopeful": true, "term": true,
	"title": true, "role": true, "office": true, "spot": true, "vacancy": true, "powers": true, "rank": true,
	"contender": true, "contenders": true, "ambitions": true, "bid": true, "run": true, "campaign": true,
}

// indexHolders lists the gazetteer's people by the states whose offices
// they held, for officeHolder.
func (g *gazetteer) indexHolders() {
	g.holders = map[string][]*graph.Entity{}
	for _, ps := range g.phrases {
		for _, p := range ps {
			e := p.entity
			if e.Kind != graph.Person || p.form != formName {
				continue
			}
			for _, r := range e.Roles {
				if g.countries[r.Of] && !slices.Contains(g.holders[r.Of], e) {
					g.holders[r.Of] = append(g.holders[r.Of], e)
				}
			}
		}
	}
	for _, es := range g.holders {
		slices.SortFunc(es, func(p, q *graph.Entity) int { return strings.Compare(p.ID, q.ID) })
	}
}

// officeHolder returns the one gazetteer person who held an office of
// state (one of titles) at some time in the months from to through (both
// "YYYY-MM"), or nil when nobody or several did.
func (g *gazetteer) officeHolder(state string, titles []string, from, through string) *graph.Entity {
	var found *graph.Entity
	for _, e := range g.holders[state] {
		for _, r := range e.Roles {
			if r.Of != state || !slices.Contains(titles, r.Title) || r.Since == "" {
				continue
			}
			since, until := monthOf(r.Since, "01"), monthOf(r.Until, "12")
			if since > through || (until != "" && until < from) {
				continue
			}
			if found != nil && found != e {
				return nil
			}
			found = e
		}
	}
	return found
}

// monthOf cuts a gazetteer date to "YYYY-MM"; a bare year takes month m.
func monthOf(date, m string) string {
	switch {
	case date == "":
		return ""
	case len(date) == 4:
		return date + "-" + m
	}
	return date[:min(len(date), 7)]
}

// officeHolderReferences resolves a state's office named without a name
// ("the US Defense Secretary said", "Russia's foreign minister", "the
// President of Venezuela") to the one gazetteer person who held it on the
// date the sentence gives, else at publication. Without a publication
// date, or where the gazetteer knows nobody or several, or where the
// article names another holder of the office, the phrase is left alone;
// so are former and deputy offices, plurals, and offices in apposition
// to a name or predicated of one.
func (a *article) officeHolderReferences(toks []token, ms []mention, taken []bool) []mention {
	if !a.hasPub {
		return nil
	}
	var out []mention
	var cues []dateCue
	cuesRead := false
	for i := 0; i < len(toks); i++ {
		if taken[i] || toks[i].punct {
			continue
		}
		end, title, ok := titleAt(toks, i)
		offices := heldOffices[title]
		if !ok || offices == nil || slices.Contains(taken[i:end+1], true) || (honorifics[toks[i].norm] && !toks[i].upper) {
			continue
		}
		state, lead, next := a.officeState(toks, ms, i, end)
		if state == "" || !a.referenceFrame(toks, ms, lead, next) {
			continue
		}
		if !cuesRead {
			cues, cuesRead = findDateCues(toks), true
		}
		from, through := a.referenceMonths(cues, i)
		p := a.x.gaz.officeHolder(state, offices, from, through)
		if p == nil || a.otherStatedHolder(p, state, offices) {
			continue
		}
		out = append(out, mention{first: i, last: end, ent: a.entity(p), form: formRef})
		i = end
	}
	return out
}

// officeState returns the state that owns the office whose title spans
// toks[i:end+1] — a country or demonym just before it ("Russia's", "the
// US") or "of [the] Country" just after — with the index where the
// phrase starts (its owner or its title) and the index just past it.
func (a *article) officeState(toks []token, ms []mention, i, end int) (state string, lead, next int) {
	next = end + 1
	for _, m := range ms {
		if m.last == i-1 && m.ent.Kind == graph.Country && !m.place && a.x.gaz.countries[m.ent.ID] {
			return m.ent.ID, m.first, next
		}
	}
	if next+1 < len(toks) && toks[next].norm == "of" && !toks[end].poss {
		k := next + 1
		if toks[k].norm == "the" && k+1 < len(toks) {
			k++
		}
		for _, m := range ms {
			if m.first == k && m.ent.Kind == graph.Country && !m.place && a.x.gaz.countries[m.ent.ID] && !toks[m.last].poss {
				return m.ent.ID, i, m.last + 1 // not "the president of Venezuela's airline association"
			}
		}
	}
	return "", 0, 0
}

// referenceFrame reports whether the office phrase toks[lead:next] refers
// to its holder: it opens with "the" or a possessive owner; no word before
// it makes the office another's ("the former", "the new") or predicates it
// ("became the", "was also the", "the position of the"); no name follows or
// precedes it in apposition ("the Russian president, Vladimir Putin",
// "Lavrov, Russia's foreign minister"); and no noun after it makes it the
// office's ("the prime minister post").
func (a *article) referenceFrame(toks []token, ms []mention, lead, next int) bool {
	for k := lead; k < next; k++ {
		if otherHolder[toks[k].norm] {
			return false
		}
	}
	possessed := slices.ContainsFunc(ms, func(m mention) bool { return m.first == lead && toks[m.last].poss })
	k := lead - 1
	if k >= 0 && toks[k].norm == "the" {
		k-- // "the U.K.'s Foreign Secretary"
	} else if !possessed {
		return false
	}
	for k >= 0 && (adverbs[toks[k].norm] || otherHolder[toks[k].norm] || toks[k].hyphen && !toks[k].upper) {
		if otherHolder[toks[k].norm] && !adverbs[toks[k].norm] {
			return false // "the then-president" is read above; "ex-" here
		}
		k--
	}
	if k >= 0 && (becoming[toks[k].norm] || otherHolder[toks[k].norm]) {
		return false
	}
	if k >= 1 && toks[k].norm == "of" && officeNouns[toks[k-1].norm] {
		return false // "the position of the US Secretary of State"
	}
	if k >= 1 && toks[k].text == "," {
		for _, m := range ms {
			if m.last == k-1 && m.ent.Kind == graph.Person {
				return false // "Lavrov, Russia's foreign minister"
			}
		}
	}
	if next >= len(toks) {
		return true
	}
	t := toks[next]
	if t.upper && !t.punct && !notNames[t.norm] && !t.digit {
		return false // "the Russian president Vladimir Putin"
	}
	if t.text == "," || t.text == "(" {
		n := next + 1
		if n < len(toks) && titles[toks[n].norm] == "" && n+1 < len(toks) && toks[n+1].text == "." {
			n += 2 // "Mr. Luiz Inácio Lula da Silva"
		} else if n < len(toks) && titles[toks[n].norm] != "" {
			n++ // "General Pervez Musharraf"
		}
		for _, m := range ms {
			if m.first >= next+1 && m.first <= n && m.ent.Kind == graph.Person {
				return false // "the President of Venezuela, Hugo Chávez"
			}
		}
	}
	if t.norm == "for" || t.hyphen || officeNouns[t.norm] && !toks[next-1].poss {
		return false // "Secretary of State for Defence", "president-elect", "the prime minister post"
	}
	return true
}

// referenceMonths returns the months ("YYYY-MM", first and last) the
// office is read at: those of the date cue nearest toks[i] when the
// sentence gives one, else the month of publication.
func (a *article) referenceMonths(cues []dateCue, i int) (from, through string) {
	best, d := -1, 1<<30
	for n, c := range cues {
		if dc := distance(c, i); dc < d {
			best, d = n, dc
		}
	}
	if best >= 0 {
		if date, prec, ok := cues[best].resolve(a.pub, a.hasPub, 0); ok {
			if prec == graph.Year {
				return date[:4] + "-01", date[:4] + "-12"
			}
			return date[:7], date[:7]
		}
	}
	m := a.pub.Format("2006-01")
	return m, m
}

// otherStatedHolder reports whether the article has named someone other
// than p as holding the office of state ("Venezuelan Foreign Minister X"
// where the gazetteer lists another): then the bare office may be either.
func (a *article) otherStatedHolder(p *graph.Entity, state string, offices []string) bool {
	for _, e := range a.stated {
		if e.ID == p.ID {
			continue
		}
		for _, r := range e.Roles {
			if r.Of == state && slices.Contains(offices, r.Title) {
				return true
			}
		}
	}
	return false
}
