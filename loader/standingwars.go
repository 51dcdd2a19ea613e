package loader

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// A war named as a definite noun phrase with its parties ("the Iran-Iraq
// war", "the 6-1/2 year-old Iran-Iraq war", "the war between Iran and
// Iraq") is a war that is going on or went on: the modals and dates of
// the sentence around it are about other things ("concerns about
// supplies because of the Iran-Iraq war, which could disrupt deliveries",
// "the policy could lead the U.S. into the Iran-Iraq war", "a summit on
// November 8 to discuss the Iran-Iraq war"). Where the sentence made it
// planned or speculated, it is reported, and the date that came with
// that status (the summit's) is dropped; a war reported keeps its date
// ("the conflict between Eritrea and Ethiopia started in 1998"). A war
// with an indefinite article ("a war between Iran and Iraq could break
// out") keeps what the sentence says.

// warNouns are the heads of such a named war.
var warNouns = map[string]bool{"war": true, "conflict": true}

// warDefiniteReach bounds how far before the war noun its article may
// stand: "the 6-1/2 year-old Iran-Iraq war".
const warDefiniteReach = 10

// settleStandingWars gives the named wars the sentence toks added from
// index from on, read as planned or speculated, the status of a war going
// on, and no date.
func (a *article) settleStandingWars(toks []token, from int) {
	for _, c := range a.found[from:] {
		if c.typ != graph.Assault || !c.noun || !strings.HasPrefix(c.rule, "noun:hostilities") || c.status != graph.Planned && c.status != graph.Speculated || !definiteWar(toks, c.trigger) {
			continue
		}
		c.status = graph.Reported
		c.date, c.precision = "", "" // the date of what was planned: "a summit on November 8 to discuss the war"
	}
}

// definiteWar reports the war noun at t as the head of a definite noun
// phrase: "the" before it with only its modifiers between ("the Iran-Iraq
// war", "the seven-year Iran-Iraq war").
func definiteWar(toks []token, t int) bool {
	if t < 1 || t >= len(toks) || !warNouns[toks[t].norm] {
		return false
	}
	for k := t - 1; k >= 0 && k >= t-warDefiniteReach; k-- {
		u := toks[k]
		switch {
		case u.norm == "the":
			return true
		case u.norm == "a" || u.norm == "an" || u.norm == "any" || u.norm == "another" || u.norm == "new":
			return false
		case u.punct && u.text != "-" && u.text != "/":
			return false
		case verbTrigger(u.norm) || auxiliaries[u.norm] || prepositions[u.norm]:
			return false
		}
	}
	return false
}
