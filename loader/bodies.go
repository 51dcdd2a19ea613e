package loader

import (
	"slices"
	"strings"

	"github.com/geokg/geokg/graph"
)

// A state's legislature is a party of its own (ANNOTATION.md lists
// parliaments among the organisations, and they act without their state):
// "the French parliament passed the bill", "Brazil's Senate rejected the
// treaty". News names it by the state and a common noun, and afterwards by
// the noun alone ("parliament approved", "the Senate voted"), so neither
// form is in the gazetteer; these rules make the body from the state.

// legislatureNouns name a legislature after its state's demonym or name.
var legislatureNouns = map[string]bool{"parliament": true, "legislature": true, "congress": true, "senate": true}

// stateBodyPhrases are the two-word names of other bodies of a state that
// news names the same way and that act alone: its courts ("Pakistan's
// Supreme Court") and its election commission.
var stateBodyPhrases = map[string]bool{
	"supreme court": true, "constitutional court": true, "high court": true,
	"election commission": true, "electoral commission": true, "elections commission": true,
}

// stateBodyAt returns the last token and the words of a state body's noun
// phrase starting at n ("parliament", "supreme court"), or -1.
func stateBodyAt(toks []token, n int) (int, string) {
	if n+1 < len(toks) && !toks[n].poss && !toks[n].hyphen {
		if p := toks[n].norm + " " + toks[n+1].norm; stateBodyPhrases[p] {
			return n + 1, p
		}
	}
	if toks[n].is(classLegislatureNoun) {
		return n, toks[n].norm
	}
	return -1, ""
}

// legislatureQualified are nouns that a legislature noun only qualifies:
// "the Iraqi parliament speaker", "Senate elections", "members of
// parliament" are not the body acting.
var legislatureQualified = map[string]bool{
	"speaker": true, "speakers": true, "election": true, "elections": true, "building": true, "buildings": true,
	"member": true, "members": true, "seat": true, "seats": true, "session": true, "sessions": true,
	"committee": true, "committees": true, "chairman": true, "chairwoman": true, "president": true,
	"deputy": true, "deputies": true, "majority": true, "minority": true, "leader": true, "leaders": true,
	"hearing": true, "hearings": true, "candidate": true, "candidates": true, "race": true, "races": true,
	"floor": true, "seat-holders": true, "elected": true, "house": true, "chamber": true, "spokesman": true,
	"spokeswoman": true, "staff": true, "aide": true, "aides": true, "panel": true, "investigators": true,
	"ruling": true, "rulings": true, "judge": true, "judges": true, "justice": true, "justices": true,
	"decision": true, "decisions": true, "verdict": true, "official": true, "officials": true,
}

// legislatureHead reports whether the body's noun ending at n heads its
// phrase: nothing capitalised, qualified or joined by a hyphen follows.
func legislatureHead(toks []token, n int) bool {
	if toks[n].hyphen {
		return false
	}
	if n+1 < len(toks) && !toks[n].poss {
		next := toks[n+1]
		if next.upper && !next.punct || legislatureQualified[next.norm] || next.norm == "of" {
			return false // "the Senate Foreign Relations Committee", "Parliament of Canada"
		}
	}
	return true
}

// bodyNoun writes a state body's noun as its name has it: "parliament"
// stays common, "Senate" and "Supreme Court" are proper.
func bodyNoun(noun string) string {
	if legislatureSynonyms[noun] {
		return noun
	}
	words := strings.Fields(noun)
	for k, w := range words {
		words[k] = strings.ToUpper(w[:1]) + w[1:]
	}
	return strings.Join(words, " ")
}

// legislatureOf returns state's body called noun: the gazetteer's when
// it has one under the state's name ("United States Senate"), else one
// named by the demonym and the noun ("French parliament", "Pakistani
// Supreme Court").
func (a *article) legislatureOf(state *graph.Entity, noun string) *graph.Entity {
	noun = bodyNoun(noun)
	qualifier := a.x.gaz.demonyms[state.ID]
	if qualifier == "" {
		qualifier = state.Name
	}
	if e := a.x.gaz.resolve(state.Name + " " + noun); e != nil && e.Kind == graph.Organization {
		return e
	}
	name := qualifier + " " + noun
	return &graph.Entity{ID: graph.EntityID(graph.Organization, name), Name: name, Kind: graph.Organization, Country: state.ID}
}

// nationalLegislature finds a state body named by its state and a common
// noun: "the Belgian parliament", "Ukraine's parliament", "Pakistan's
// Supreme Court". The demonym alone would make the state the actor, where
// the body is.
func (a *article) nationalLegislature(toks []token, i int) (candidateMention, bool) {
	p, end, ok := a.x.gaz.match(toks, i)
	if !ok || p.entity.Kind != graph.Country || p.form == formCapital || end+1 >= len(toks) {
		return candidateMention{}, false
	}
	if i > 0 && toks[i-1].hyphen || p.form == formDemonym && toks[end].poss || toks[end].hyphen {
		return candidateMention{}, false // "the pro-Russian parliament"
	}
	last, noun := stateBodyAt(toks, end+1)
	if last < 0 || !legislatureHead(toks, last) {
		return candidateMention{}, false
	}
	if toks[end+1].upper && !toks[end].poss {
		return candidateMention{}, false // "the Brazilian Senate" is a name organization reads whole
	}
	e := a.legislatureOf(p.entity, noun)
	return candidateMention{first: i, last: last, rank: 3, ent: e, form: formRule, surface: span(a.doc.Body, toks, i, last)}, true
}

// legislatureReferences resolves a legislature named by its noun alone
// ("parliament approved", "the Senate voted") to the one legislature of
// that name the article has named. A capitalised noun the article has not
// prepared ("Congress passed the bill") is the legislature of the
// article's dominant state, or a body of that name when there is none.
// A lower-case noun with no legislature named before is left alone: "a
// parliament", "the regional parliament" may be any.
func (a *article) legislatureReferences(toks []token, ms []mention, taken []bool) []mention {
	var out []mention
	for i, t := range toks {
		if taken[i] || !t.is(classLegislatureNoun) || !legislatureHead(toks, i) || !bareLegislature(toks, i) {
			continue
		}
		e := a.onlyLegislature(t.norm)
		if e == nil && t.upper {
			if state := a.legislatingState(toks, ms, i); state != nil {
				e = a.entity(a.legislatureOf(state, t.norm))
			} else {
				e = a.entity(&graph.Entity{ID: graph.EntityID(graph.Organization, t.text), Name: cleanName(t.text), Kind: graph.Organization})
			}
		}
		if e == nil {
			continue
		}
		a.alias(e, strings.TrimSuffix(strings.TrimSuffix(t.text, "'s"), "’s"))
		out = append(out, mention{first: i, last: i, ent: e, form: formRef})
	}
	return out
}

// legislatingState is the state whose legislature an unprepared
// capitalised noun at i names: the one state the sentence names before it
// by its name or demonym
// ("the Turkish military asked Parliament for permission" in a story that
// has named the United States more often), else the article's dominant
// state. Several states before it leave the dominant one to decide.
func (a *article) legislatingState(toks []token, ms []mention, i int) *graph.Entity {
	var here *graph.Entity
	for _, m := range ms {
		if m.first >= i || m.ent.Kind != graph.Country || m.place || m.form == formRef || placeBefore(toks, m.first) >= 0 {
			continue // "the administration" resolved from afar, or "camps in Cuba", is no clue
		}
		if here != nil && here != m.ent {
			return a.dominantCountry()
		}
		here = m.ent
	}
	if here != nil {
		return here
	}
	return a.dominantCountry()
}

// bareLegislature reports whether the legislature noun at i stands alone:
// it opens the sentence or follows "the", a preposition or a verb in the
// past tense ("addressed parliament"), not an adjective or a name ("the
// regional parliament", "the Scottish Parliament").
func bareLegislature(toks []token, i int) bool {
	if i == 0 {
		return true
	}
	prev := toks[i-1]
	switch prev.norm {
	case "the", "to", "in", "by", "before", "from", "with", "through", "into", "at", "and", "that":
		return true
	}
	return !prev.upper && !prev.hyphen && strings.HasSuffix(prev.norm, "ed")
}

// onlyLegislature returns the one legislature the article has named whose
// name ends in noun ("parliament" and "legislature" stand for each other),
// or nil when none or several do.
func (a *article) onlyLegislature(noun string) *graph.Entity {
	var found *graph.Entity
	for _, e := range a.entities {
		if e.Kind != graph.Organization {
			continue
		}
		last := strings.ToLower(e.Name[strings.LastIndexByte(e.Name, ' ')+1:])
		if last != noun && !(legislatureSynonyms[last] && legislatureSynonyms[noun]) {
			continue
		}
		if found != nil {
			return nil
		}
		found = e
	}
	return found
}

// legislatureSynonyms name the same kind of body.
var legislatureSynonyms = map[string]bool{"parliament": true, "legislature": true}

// forceNouns are a state's armed and police forces and its officials
// named without their state ("the army attacked", "police arrested",
// "officials accused"): they act for the state the context gives, as "the
// government" does. "Troops" and "soldiers" are not here: news speaks of
// them most where they are deployed abroad, and the state the context
// gives is then the host.
var forceNouns = map[string]bool{"army": true, "military": true, "navy": true, "police": true, "officials": true}

// forceReferences resolves a force noun that stands alone and acts to the
// state stateReferent gives: the subject of a verb ("the army attacked",
// "Police have arrested") or the agent of a passive ("was killed by the
// army"). The noun must open the sentence or follow "the" or "by", so that
// "Iraqi troops" and "Sudan's army" stay their state's; a force that
// suffers or is spoken of ("praised the troops", "the troops deployed in
// Iraq") may be another state's, and is left alone, as are "the army of
// Sudan" and "the police chief".
func (a *article) forceReferences(toks []token, ms []mention, taken []bool) []mention {
	var out []mention
	for i, t := range toks {
		if !t.is(classForceNoun) || taken[i] || t.hyphen || t.poss || i+1 >= len(toks) {
			continue
		}
		agent := i > 0 && toks[i-1].norm == "by" || i > 1 && toks[i-1].norm == "the" && toks[i-2].norm == "by"
		if !agent && i > 0 && toks[i-1].norm != "the" {
			continue // "Iraqi police", "Sudan's army" are the state's already
		}
		if !agent && !actsNext(toks, i+1) {
			continue
		}
		if n := i + 1; toks[n].norm == "of" || toks[n].upper && !toks[n].punct || toks[n].hyphen || forceQualified[toks[n].norm] {
			continue
		}
		if e := a.stateReferent(ms, i); e != nil {
			out = append(out, mention{first: i, last: i, ent: e, form: formRef})
		}
	}
	return out
}

// actsNext reports whether the words from n on open the predicate of a
// subject: an auxiliary, or a verb of the lexicon, after an adverb or not.
func actsNext(toks []token, n int) bool {
	if n < len(toks) && strings.HasSuffix(toks[n].norm, "ly") {
		n++
	}
	if n >= len(toks) {
		return false
	}
	w := toks[n].norm
	return auxiliaries[w] || verbTrigger(w) || supportVerbs[w] || speechVerbs[w]
}

// forceQualified are nouns a force noun only qualifies: "the army chief",
// "police officers", "military spokesman".
var forceQualified = map[string]bool{
	"chief": true, "chiefs": true, "officer": true, "officers": true, "spokesman": true, "spokeswoman": true,
	"spokesperson": true, "commander": true, "commanders": true, "station": true, "stations": true, "base": true,
	"bases": true, "headquarters": true, "official": true, "source": true, "sources": true, "vehicle": true,
	"vehicles": true, "investigation": true, "investigators": true, "statement": true, "operation": true,
	"operations": true, "ship": true, "ships": true, "personnel": true, "unit": true, "units": true,
	"post": true, "posts": true, "checkpoint": true, "checkpoints": true, "camp": true, "camps": true,
}

// bodyReferences gives this file's references, legislatures and forces
// named by a common noun, at tokens no earlier reference rule has resolved
// ("the officials" may already be officialReferences').
func (a *article) bodyReferences(toks []token, ms []mention, taken []bool, earlier []mention) []mention {
	free := slices.Clone(taken)
	for _, m := range earlier {
		for k := m.first; k <= m.last; k++ {
			free[k] = true
		}
	}
	out := a.legislatureReferences(toks, ms, free)
	return append(out, a.forceReferences(toks, ms, free)...)
}
