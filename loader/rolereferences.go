package loader

import (
	"slices"
	"strings"

	"github.com/geokg/geokg/graph"
)

// References by the noun of a body's or a ship's stated role: "the
// ship" after "the container ship, the Monchegorsk,", "the group" after
// "X, a rebel group,", "the union" after "X, a trade union,". News
// copy names a party once with its description and then calls it by the
// description's head noun alone ("Egyptian authorities ordered the ship
// to leave", "the group demanded"). The role statedroles.go and
// preposedroles.go record says what the noun may stand for; it resolves
// only when exactly one organisation the article has named holds a role
// with that head, since "the group" may as well be a group of people the
// article never names.

// roleHeadKinds map a bare noun to the role heads it can name again: a
// tanker is a ship. Firms are left out: business copy calls every firm
// "the company", and what a firm does to another is business
// (commerce.go), not an event. So are parties: "the party" is as often
// one whose name has no "Party" and whose role the article never
// states (the Liberal Democrats, the Australian Democrats), and "the
// party's" owns what its members do ("the party's recognition was the
// main factor in his decision to resign").
var roleHeadKinds = map[string][]string{
	"ship":      vesselRoleHeads,
	"vessel":    vesselRoleHeads,
	"tanker":    {"tanker", "supertanker"},
	"ferry":     {"ferry"},
	"trawler":   {"trawler"},
	"freighter": {"freighter"},
	"group":     {"group"},
	"movement":  {"movement"},
	"union":     {"union"},
}

// nameWords are the words of a body's own name that the bare noun names
// again as its role would: "the union" after the Health Services Union.
// "the group" is left out: "the group" after the X Land Justice Group
// was as often a protest group the article never named.
var nameWords = map[string]string{"union": "Union", "movement": "Movement"}

// vesselRoleHeads are the role heads of ships ("the Russian trawler",
// "a Japanese whaling fleet supply vessel").
var vesselRoleHeads = []string{
	"ship", "vessel", "tanker", "supertanker", "freighter", "trawler", "ferry", "frigate", "destroyer",
	"warship", "cruiser", "gunboat", "corvette", "yacht", "boat",
}

// nounCompoundHeads after the noun make it a modifier of another noun:
// "the group leadership", "the union members", "the tanker attack".
var nounCompoundHeads = map[string]bool{
	"leader": true, "leaders": true, "leadership": true, "member": true, "members": true, "membership": true,
	"line": true, "congress": true, "conference": true, "convention": true, "headquarters": true, "chairman": true,
	"official": true, "officials": true, "spokesman": true, "spokeswoman": true, "owner": true, "owners": true,
	"crew": true, "captain": true, "master": true, "company": true, "companies": true,
}

// roleHead returns the head noun of e's stated role, lower case, or "".
func roleHead(e *graph.Entity) string {
	if len(e.Roles) == 0 {
		return ""
	}
	ws := strings.Fields(strings.ToLower(e.Roles[0].Title))
	if len(ws) == 0 {
		return ""
	}
	return ws[len(ws)-1]
}

// roleHeadReferences resolves a bare "the ship", "the group", "the
// union" (see roleHeadKinds) to the one organisation named so far that
// the noun fits: by its stated role's head, by a word of its name ("the
// Health Services Union"), or, for a ship, by the prefix of its name ("USS
// Cole"). A qualified noun ("the rebel group", "the group of eight", "the
// group leadership", "the tanker attack") is not resolved, nor one a rule
// before has read.
func (a *article) roleHeadReferences(toks []token, taken []bool, prior []mention) []mention {
	var out []mention
	for i := 1; i < len(toks); i++ {
		if toks[i-1].norm != "the" {
			continue
		}
		heads := roleHeadKinds[toks[i].norm]
		if heads == nil || toks[i].upper || !bareNoun(toks, i, i, taken) || covered(prior, i) {
			continue
		}
		if n := i + 1; n < len(toks) && (nounCompoundHeads[toks[n].norm] || sceneNouns[toks[n].norm]) {
			continue
		}
		if e := a.onlyFitting(toks[i].norm, heads); e != nil {
			out = append(out, mention{first: i, last: i, ent: e, form: formRef})
		}
	}
	return out
}

// covered reports whether a mention of ms spans token i.
func covered(ms []mention, i int) bool {
	for _, m := range ms {
		if m.first <= i && i <= m.last {
			return true
		}
	}
	return false
}

// onlyFitting returns the one organisation the article has named that
// the noun fits (see roleHeadReferences), or nil when none or several do.
func (a *article) onlyFitting(noun string, heads []string) *graph.Entity {
	var found *graph.Entity
	for _, e := range a.entities {
		if e.Kind != graph.Organization || !a.nounFits(e, noun, heads) {
			continue
		}
		if found != nil && found != e {
			return nil
		}
		found = e
	}
	return found
}

// nounFits reports whether the bare noun may name e again.
func (a *article) nounFits(e *graph.Entity, noun string, heads []string) bool {
	if h := roleHead(e); h != "" && slices.Contains(heads, h) {
		return true
	}
	if w := nameWords[noun]; w != "" && slices.Contains(strings.Fields(e.Name), w) {
		return true
	}
	if slices.Contains(heads, "ship") {
		if strings.Contains(e.Name, " ") {
			_, ok := shipPrefix(e.Name)
			return ok
		}
	}
	return false
}
