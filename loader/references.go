package loader

import (
	"slices"
	"strings"

	"github.com/geokg/geokg/graph"
)

// References by a body's head noun: "the council" after "the UN Security
// Council", "the alliance" after NATO, "the bloc" after ASEAN, "the
// ministry" after "Iran's Foreign Ministry". A head noun
// resolves only when exactly one organisation the article has named fits
// it; with none or several it is left alone, since "the court" may as well
// be a court the article never names.

// blocs are the organisations "the bloc" names: unions of states.
var blocs = map[string]bool{
	"European Union": true, "Association of Southeast Asian Nations": true, "African Union": true,
	"Gulf Cooperation Council": true, "Commonwealth of Independent States": true,
	"Shanghai Cooperation Organisation": true, "Organization of the Petroleum Exporting Countries": true,
}

// alliances are the organisations "the alliance" names besides those
// called one.
var alliances = map[string]bool{"NATO": true}

// bodyHeads maps a head noun to the test an organisation must pass for the
// noun to stand for it.
var bodyHeads = map[string]func(names []string) bool{
	"council":      namesWord("Council"),
	"commission":   namesWord("Commission"),
	"court":        namesWord("Court"),
	"tribunal":     namesWord("Tribunal"),
	"ministry":     namesWord("Ministry"),
	"organisation": namesWord("Organisation", "Organization"),
	"organization": namesWord("Organisation", "Organization"),
	"alliance":     func(ns []string) bool { return alliances[ns[0]] || namesWord("Alliance")(ns) },
	"bloc":         func(ns []string) bool { return blocs[ns[0]] },
}

// namesWord returns a test that one of the names has one of words as a
// word of its own: "Court" fits "International Criminal Court", not
// "Islamic Courts Union".
func namesWord(words ...string) func([]string) bool {
	return func(names []string) bool {
		for _, n := range names {
			for _, w := range strings.Fields(n) {
				if slices.Contains(words, w) {
					return true
				}
			}
		}
		return false
	}
}

// bodyHeadReferences resolves "the council" (or "the Council", "the
// commission", "the court", "the tribunal", "the organisation", "the
// alliance", "the bloc") to the one organisation named so far whose name
// has that head. A noun qualified by anything but "the" ("the city
// council", "the council of elders") is not resolved.
func (a *article) bodyHeadReferences(toks []token, ms []mention, taken []bool) []mention {
	var out []mention
	for i := 1; i < len(toks); i++ {
		if !toks[i].is(classBodyHead) {
			continue
		}
		fit := bodyHeads[toks[i].norm]
		if fit == nil || !bareNoun(toks, i, i, taken) || toks[i].caps {
			continue
		}
		if i+1 < len(toks) && toks[i+1].norm == "martial" {
			continue // "the court martial" is a trial, not the court
		}
		if e := a.onlyBody(fit); e != nil {
			out = append(out, mention{first: i, last: i, ent: e, form: formRef})
		}
	}
	return out
}

// onlyBody returns the one organisation the article has named whose
// gazetteer names pass fit, or nil when none or several do.
func (a *article) onlyBody(fit func([]string) bool) *graph.Entity {
	var found *graph.Entity
	for _, e := range a.entities {
		if e.Kind != graph.Organization {
			continue
		}
		names := []string{e.Name}
		if g := a.x.gaz.orgByID[e.ID]; g != nil {
			names = append(names, g.Aliases...)
		}
		names = append(names, e.Aliases...)
		if !fit(names) {
			continue
		}
		if found != nil {
			return nil
		}
		found = e
	}
	return found
}

// personCountryReferences resolves "his country" and "her country" to the
// state of the person the pronoun stands for: the one person the sentence
// names before it, or, when it names none, the person the previous
// sentences last named when this one names no one and no other state. A person whose state the article does not know
// leaves the phrase alone.
func (a *article) personCountryReferences(toks []token, ms []mention, taken []bool) []mention {
	var out []mention
	for i := 1; i < len(toks); i++ {
		if toks[i].norm != "country" || taken[i] || taken[i-1] || (toks[i-1].norm != "his" && toks[i-1].norm != "her") {
			continue
		}
		if i+1 < len(toks) && (toks[i+1].hyphen || toks[i+1].norm == "of") {
			continue // "his country's", fine; "his country-wide" is no state
		}
		var who, states []*graph.Entity
		named := false // the sentence names someone, before or after
		for _, m := range ms {
			named = named || m.ent.Kind == graph.Person
			if m.first < i && m.ent.Kind == graph.Person && !slices.Contains(who, m.ent) {
				who = append(who, m.ent)
			}
			if m.first < i && m.ent.Kind == graph.Country {
				states = append(states, m.ent)
			}
		}
		if !named && a.lastPerson != nil {
			who = append(who, a.lastPerson)
		}
		if len(who) != 1 || who[0].Country == "" {
			continue
		}
		c := a.x.gaz.countryByID[who[0].Country]
		if c == nil {
			continue
		}
		c = a.entity(c)
		if slices.ContainsFunc(states, func(e *graph.Entity) bool { return e != c }) {
			continue // "a senior Lebanese official said his country": not the person last named
		}
		out = append(out, mention{first: i - 1, last: i, ent: c, form: formRef})
	}
	return out
}

// interimWords mark a government that holds power for a time: "the interim
// government", "Somalia's transitional federal government".
var interimWords = map[string]bool{"interim": true, "provisional": true, "transitional": true, "caretaker": true}

// isInterimBody reports whether e is a state's interim government the
// gazetteer knows ("Transitional Federal Government").
func isInterimBody(e *graph.Entity) bool {
	if e.Kind != graph.Organization || e.Country == "" {
		return false
	}
	ws := strings.Fields(strings.ToLower(e.Name))
	return slices.Contains(ws, "government") && slices.ContainsFunc(ws, func(w string) bool { return interimWords[w] })
}

// interimBodyOf returns the interim government of state the gazetteer
// knows, or nil when it knows none or several.
func (a *article) interimBodyOf(state *graph.Entity) *graph.Entity {
	var found *graph.Entity
	for _, e := range a.x.gaz.orgByID {
		if isInterimBody(e) && e.Country == state.ID {
			if found != nil {
				return nil
			}
			found = e
		}
	}
	if found == nil {
		return nil
	}
	return a.entity(found)
}

// interimGovernmentReferences resolves "the interim government" (or
// "provisional", "transitional", "caretaker", with "federal" and up to two
// other words before it: "Somalia's beleaguered interim government") to the
// interim government the gazetteer knows for the state: the one in the
// possessive or demonym before it, else the state "the government" would
// stand for.
func (a *article) interimGovernmentReferences(toks []token, ms []mention, taken []bool) []mention {
	var out []mention
	for i := 1; i < len(toks); i++ {
		if toks[i].norm != "government" || toks[i].upper && !toks[i-1].upper || taken[i] {
			continue
		}
		k := i - 1
		if toks[k].norm == "federal" {
			k--
		}
		if k < 1 || !interimWords[toks[k].norm] || taken[k] {
			continue
		}
		first := k // up to two lower-case words before: "beleaguered", "new"
		for n := 0; n < 2 && first > 1 && !toks[first-1].punct && !toks[first-1].upper && toks[first-1].norm != "the" && !taken[first-1]; n++ {
			first--
		}
		det := first - 1
		var state *graph.Entity
		for _, m := range ms {
			if m.last == det && m.ent.Kind == graph.Country {
				state = m.ent // "Somalia's", "the Somali"
			}
		}
		if state == nil && toks[det].norm == "the" {
			if body := a.onlyNamedInterimBody(); body != nil {
				out = append(out, mention{first: k, last: i, ent: body, form: formRef})
				continue // the body the article has named is "the transitional government"
			}
			state = a.stateReferent(ms, det)
		}
		if state == nil {
			continue
		}
		if body := a.interimBodyOf(state); body != nil {
			out = append(out, mention{first: k, last: i, ent: body, form: formRef})
		}
	}
	return out
}

// onlyNamedInterimBody returns the one interim government the article has
// named, or nil.
func (a *article) onlyNamedInterimBody() *graph.Entity {
	var found *graph.Entity
	for _, e := range a.entities {
		if isInterimBody(e) {
			if found != nil {
				return nil
			}
			found = e
		}
	}
	return found
}

// groupCreeds are the words of creed or cause that may stand between "the"
// and an armed noun without making it another group: "the Islamist
// militants", "the Maoist rebels".
var groupCreeds = map[string]bool{
	"islamist": true, "islamic": true, "maoist": true, "marxist": true, "communist": true, "separatist": true,
}

// qualifiedGroupReferences extends groupReferences to "the militia" and to
// an armed noun after a word of creed ("the Islamist militants", "the
// Islamic militia"): the armed group the article last named alone.
func (a *article) qualifiedGroupReferences(toks []token, taken []bool) []mention {
	if a.lastArmed == nil {
		return nil
	}
	var out []mention
	for i := 1; i < len(toks); i++ {
		w := toks[i].norm
		if toks[i].upper || !armedNouns[w] && w != "militia" && w != "militias" {
			continue
		}
		switch {
		case bareNoun(toks, i, i, taken) && !armedNouns[w]: // "the militia"; "the rebels" is groupReferences'
			out = append(out, mention{first: i, last: i, ent: a.lastArmed, form: formRef})
		case i >= 2 && groupCreeds[toks[i-1].norm] && bareNoun(toks, i-1, i, taken):
			out = append(out, mention{first: i - 1, last: i, ent: a.lastArmed, form: formRef})
		}
	}
	return out
}
