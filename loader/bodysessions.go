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
// (noun:meet-of) does not apply. Nor does it where people of business or a
// firm's organs meet ("a meeting of Soviet and British businessmen", "a
// board meeting of the airline in which the governments of Sweden, Denmark
// and Norway own a stake"). A body's name before the noun ("the IMF and
// World Bank annual meeting", "the NATO summit") names its session too.

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
	if c.typ == graph.Consult && c.noun && strings.HasPrefix(c.rule, "noun:meet-attributive") && t > 0 && t < len(toks) {
		return ownedSession(toks, c)
	}
	if c.typ != graph.Consult || !c.noun || !strings.HasPrefix(c.rule, "noun:meet-of") || t < 0 || t >= len(toks) {
		return false
	}
	if privateGathering(toks, t) {
		return true
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

// privateHeads head the phrase after "a meeting of" where those who meet
// are people of business or a firm's organs, not parties: "a meeting of
// Soviet and British businessmen", "a board meeting of the airline".
var privateHeads = map[string]bool{
	"businessmen": true, "businesspeople": true, "executives": true, "bankers": true, "industrialists": true,
	"shareholders": true, "stockholders": true, "creditors": true, "dealers": true, "traders": true,
	"producers": true, "exporters": true, "importers": true, "investors": true, "airline": true,
	"company": true, "companies": true, "firm": true, "firms": true, "bank": true, "banks": true,
	"directors": true, "employers": true, "workers": true, "unions": true, "union": true,
}

// privateGathering reports a meeting whose "of" phrase, up to its first
// punctuation, preposition or relative pronoun, is headed by a noun of
// business: "a meeting of Soviet and British businessmen".
func privateGathering(toks []token, t int) bool {
	if t+1 >= len(toks) || toks[t+1].norm != "of" {
		return false
	}
	head := ""
	for k := t + 2; k < len(toks) && k <= t+8; k++ {
		w := toks[k]
		if w.punct || w.norm == "in" || w.norm == "to" || w.norm == "that" || w.norm == "which" || w.norm == "who" || w.norm == "on" || w.norm == "at" {
			break
		}
		head = w.norm
	}
	return privateHeads[head]
}

// ownedSession reports a meeting whose noun a body's name qualifies: "the
// International Monetary Fund and World Bank annual meeting", "the IMF's
// Interim Committee meeting", "the NATO summit in Bucharest". The body
// holds its session; whoever else the sentence names is no party to a
// meeting with it. Every actor must be an organisation, and a name must
// stand right before the noun, past words of a session's cadence.
func ownedSession(toks []token, c *candidate) bool {
	for _, e := range c.actors {
		if e.Kind != graph.Organization {
			return false
		}
	}
	k := c.trigger - 1
	for k > 0 && (sessionCadences[toks[k].norm] || toks[k].norm == "interim") {
		k--
	}
	return toks[k].upper && !toks[k].punct
}
