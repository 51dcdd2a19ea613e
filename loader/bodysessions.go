package loader

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// This file reads the sessions of bodies: "the semi-annual meetings of the
// IMF and the World Bank", "the annual meeting of the World Bank", "a
// regular one-day meeting of UMOA finance ministers". The bodies named
// after "of" hold the session for their members; they do not meet each
// other, and the rule that reads "a meeting of X and Y" as X meeting Y
// (noun:meet-of) does not apply.

// sessionCadences name a body's regular session: "annual meeting",
// "semi-annual meetings", "board meeting", "plenary session".
var sessionCadences = map[string]bool{
	"annual": true, "semi-annual": true, "semiannual": true, "biannual": true, "biennial": true, "monthly": true,
	"quarterly": true, "weekly": true, "regular": true, "ordinary": true, "plenary": true, "general": true,
	"board": true, "spring": true, "autumn": true, "ministerial": true,
}

// dropBodySessions removes, from the candidates the sentence toks added
// from index from on, the meetings read from a body's session.
func (a *article) dropBodySessions(toks []token, from int) {
	a.dropFound(from, func(c *candidate) bool { return bodySession(toks, c) })
}

// bodySession reports a meeting "of" bodies only, whose noun a word of a
// regular session qualifies: "the semi-annual meetings of the IMF and the
// World Bank". Up to three words may stand between ("annual one-day
// meeting", "semi- annual meet").
func bodySession(toks []token, c *candidate) bool {
	t := c.trigger
	if c.typ != graph.Consult || !c.noun || !strings.HasPrefix(c.rule, "noun:meet-of") || t < 0 || t >= len(toks) {
		return false
	}
	for _, es := range [][]*graph.Entity{c.actors, c.targets} {
		for _, e := range es {
			if e.Kind != graph.Organization {
				return false
			}
		}
	}
	for k := t - 1; k >= 0 && k >= t-3; k-- {
		if toks[k].punct && toks[k].norm != "-" {
			return false
		}
		if sessionCadences[toks[k].norm] || strings.HasSuffix(toks[k].norm, "annual") {
			return true
		}
	}
	return false
}
