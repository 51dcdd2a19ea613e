package loader

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// shipPrefixes open the names of ships and give their flag state: "USS
// Cole", "HMAS Adelaide", "HMS Cornwall". "MV" and "RV" (motor and
// research vessel) give none. "INS" is left out: it also names the U.S.
// Immigration and Naturalization Service.
var shipPrefixes = map[string]string{
	"uss": "US", "usns": "US", "hms": "GB", "hmas": "AU", "hmcs": "CA", "hmnzs": "NZ", "mv": "", "rv": "",
}

// shipPrefix returns the flag state the first word of a ship's name gives
// ("HMAS Adelaide": AU; "MV Tampa": none), and whether that word is a
// ship prefix at all.
func shipPrefix(name string) (flag string, ok bool) {
	first, _, _ := strings.Cut(name, " ")
	flag, ok = shipPrefixes[strings.ToLower(first)]
	return flag, ok
}

// prefixedVessel finds a ship named with its prefix ("the USS Cole",
// "HMAS Kanimbla", "the MV Rozen"): an organisation of the flag state the
// prefix gives (ANNOTATION.md counts a named vessel as one). The name runs
// over the capitalised words and initials after the prefix ("USS Dwight D.
// Eisenhower"); a later bare "the Cole" names it again.
func (a *article) prefixedVessel(toks []token, i int) (candidateMention, bool) {
	flag, ok := shipPrefixes[toks[i].norm]
	if !ok || !toks[i].caps || i+1 >= len(toks) {
		return candidateMention{}, false
	}
	last := i
	for j := i + 1; j < len(toks) && j <= i+5; j++ {
		t := toks[j]
		switch {
		case t.upper && !t.punct && !t.is(classNotName) && !t.is(classTitleStart):
			last = j
		case t.text == "." && last == j-1 && len(toks[j-1].text) == 1:
			continue // an initial: "Dwight D. Eisenhower"
		default:
			j = len(toks)
		}
		if t.poss {
			break
		}
	}
	if last == i || (last+1 < len(toks) && sceneNouns[toks[last+1].norm]) {
		return candidateMention{}, false // "the USS Cole bombing": the ship suffered it, and is no doer
	}
	surface := span(a.doc.Body, toks, i, last)
	name := cleanName(surface)
	e := &graph.Entity{ID: graph.EntityID(graph.Organization, name), Name: name, Kind: graph.Organization, Country: flag}
	if bare := nameKey(span(a.doc.Body, toks, i+1, last)); a.shorts[bare] == nil {
		a.shorts[bare] = e // "the Cole was refuelling"
	}
	return candidateMention{first: i, last: last, rank: 3, ent: e, form: formRule, surface: surface}, true
}
