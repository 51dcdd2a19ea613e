package loader

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// This file reads "support" as a measure of standing in polls and votes:
// "Obama now has 50.1% support", "51% of the respondents supported
// Halonen", "the poll showed support for the Labour Party running at 47
// pct", "the electorate supported the government's stance", "an area
// having strong support for the APC" beside poll results. Voters, or a
// share of them, back a party or candidate: no party acts, and the
// extractor's reading of a state or a person backing another is wrong.

// pollMeasures measure support among voters: shares, polls and those
// polled. The sign "%" never reaches a token; see sharedSupport.
var pollMeasures = map[string]bool{
	"percent": true, "pct": true, "poll": true, "polls": true, "polled": true, "survey": true,
	"surveys": true, "respondents": true, "voters": true, "electorate": true, "pollsters": true,
}

// standingReachBefore and standingReachAfter bound the words searched for
// a measure around the trigger: "51% of the respondents supported",
// "support for Hawke's Labour Party running at 47 pct".
const (
	standingReachBefore = 6
	standingReachAfter  = 8
)

// dropPollStanding removes, from the candidates the sentence toks added
// from index from on, the support read from a measure of standing.
func (a *article) dropPollStanding(toks []token, from int) {
	a.dropFound(from, func(c *candidate) bool { return pollStanding(toks, c) })
}

// pollStanding reports support, read from a form of "support", that a
// share or a poll measures within a few words of it.
func pollStanding(toks []token, c *candidate) bool {
	t := c.trigger
	if c.typ != graph.Support || t < 0 || t >= len(toks) || !strings.HasPrefix(toks[t].norm, "support") {
		return false
	}
	if sharedSupport(toks, t) {
		return true
	}
	for k := max(0, t-standingReachBefore); k < len(toks) && k <= t+standingReachAfter; k++ {
		if pollMeasures[toks[k].norm] {
			return true
		}
	}
	return false
}

// sharedSupport reports a share right before the noun "support" at t:
// "has 50.1% support", "received 50% or more support" (the tokenizer
// keeps the figure and drops the sign).
func sharedSupport(toks []token, t int) bool {
	if t >= 1 && toks[t-1].digit {
		return true
	}
	return t >= 3 && toks[t-3].digit && toks[t-2].norm == "or" && (toks[t-1].norm == "more" || toks[t-1].norm == "less")
}
