package loader

import (
	"slices"

	"github.com/geokg/geokg/graph"
)

// This file adds to the article's entity list the bodies an article names
// in two constructions that make them part of its story although the
// extractor may read no event of theirs:
//
//   - a body's summit ("the annual Asia-Pacific Economic Cooperation
//     summit in Chile", "attending the Non-Aligned Movement summit"): the
//     summit is the body's multilateral meeting, a consultation its
//     members hold, and the gold lists the body that holds it;
//   - a description set off by commas before a body's name ("the official
//     Iranian news agency, IRNA, said"): the same role statedroles.go and
//     preposedroles.go read without the comma.

// summitNouns name a body's meeting of its members when they follow its
// name.
var summitNouns = map[string]bool{"summit": true, "summits": true}

// noteSummitBodies lists the organisations whose name qualifies a summit
// noun ("the NATO summit", "the 7th African Union Summit"). A person's or
// a state's name before "summit" ("the Bush-Putin summit", "the Russia
// summit") names its parties, which the meeting rules read.
func (a *article) noteSummitBodies(toks []token, ms []mention) {
	for _, m := range ms {
		if m.ent.Kind != graph.Organization || m.place || m.form == formRef {
			continue
		}
		next := m.last + 1
		if next >= len(toks) || !summitNouns[toks[next].norm] || toks[m.last].poss {
			continue
		}
		a.listBody(m.ent)
	}
}

// listBody adds a body to the article's entity list, once.
func (a *article) listBody(e *graph.Entity) {
	if !slices.Contains(a.listedBodies, e) {
		a.listedBodies = append(a.listedBodies, e)
	}
}

// bodyMemberNouns, after a body's name and before a person's, make the
// person one of the body's rank and file or fighters: "the FARC guerrilla
// X", "leading al-Qaeda member X", "a Hamas militant X". News copy lists
// the group such a person stands for. A leader, chairman or spokesman is
// a role of its own ("PFP chairman X", "White House spokesman X"), and
// the person's listing does not bring in the body. Nor does a member of a
// national party or assembly ("CDU member X"): only a member of a
// stateless body the gazetteer knows (an armed group, a movement, an
// international body) is one of its rank and file.
var bodyMemberNouns = map[string]bool{
	"member": true, "guerrilla": true, "guerilla": true, "militant": true, "fighter": true, "commander": true,
}

// noteMemberBodies lists the organisations whose name qualifies a member
// noun before a name (see bodyMemberNouns): the article states the body's
// part in the story through its member's. A news outlet is left out.
func (a *article) noteMemberBodies(toks []token, ms []mention) {
	for _, m := range ms {
		if m.ent.Kind != graph.Organization || m.place || m.form == formRef || toks[m.last].poss || a.x.gaz.press[m.ent.ID] {
			continue
		}
		noun := m.last + 1
		if noun+1 >= len(toks) || !bodyMemberNouns[toks[noun].norm] || toks[noun].upper {
			continue
		}
		if name := toks[noun+1]; !name.upper || name.punct || name.digit || !personOrUnknownAt(ms, noun+1) {
			continue // "OPEC member Ecuador": a member state
		}
		if toks[noun].norm == "member" && (m.ent.Country != "" || m.form == formRule) {
			continue // "CDU member X": a party's member is a politician, whose party news copy does not list for that
		}
		a.listBody(m.ent)
	}
}

// personOrUnknownAt reports whether the name starting at toks[i] is a
// person's or one the sentence's mentions do not know.
func personOrUnknownAt(ms []mention, i int) bool {
	for _, m := range ms {
		if m.first == i {
			return m.ent.Kind == graph.Person
		}
	}
	return true
}

// commaPreposedBodyRole reads a description set off by a comma before a
// body's name, the name closed by a comma, a bracket or the sentence's
// end: "the official Iranian news agency, IRNA, said", "the Lebanese
// militant group, Hezbollah,". It is preposedBodyRole's description with
// the comma standing where the name began. A description that a
// preposition governs ("the main bank of the holding company, X") is
// that noun phrase's complement, not the name's description.
func (a *article) commaPreposedBodyRole(toks []token, first, last int) string {
	if first < 1 || toks[first-1].text != "," {
		return ""
	}
	if next := last + 1; next < len(toks) && toks[next].text != "," && toks[next].text != "(" && toks[next].text != "." {
		return ""
	}
	role := a.preposedBodyRole(toks, first-1)
	if role == "" {
		return ""
	}
	for j := first - 2; j >= 1 && j >= first-7; j-- {
		if n := toks[j].norm; n == "the" || n == "a" || n == "an" {
			if prepositions[toks[j-1].norm] {
				return ""
			}
			break
		}
	}
	return role
}
