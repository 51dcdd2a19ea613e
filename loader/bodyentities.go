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
		if !slices.Contains(a.summitBodies, m.ent) {
			a.summitBodies = append(a.summitBodies, m.ent)
		}
	}
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
