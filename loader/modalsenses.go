package loader

// This file reads the modals of duty in their other senses, which ask
// nothing of anyone (see the rule "must" and the fallback's dutyAfter):
//   - a necessity foreseen, "would have to", "may have to": "Ecuador would
//     have to import crude", "Manila may have to repay": circumstances
//     oblige the subject, no party asks it;
//   - an expectation, "should" before a verb of outcome: "Exxon should
//     show superior earnings", "the economy should grow 3 pct", "the pacts
//     should serve as precedents": a forecast, no request.

// foreseeingModals make the "have to" after them a necessity foreseen:
// "would have to", "may have to". ("Will have to" is left out: "Iran will
// have to comply" is as often a demand.)
var foreseeingModals = map[string]bool{"would": true, "may": true, "might": true, "could": true}

// foreseenNecessity reports "have to" or "need to" at k after a modal of
// foresight: "Ecuador would have to import crude".
func foreseenNecessity(toks []token, k int) bool {
	return k > 0 && foreseeingModals[toks[k-1].norm]
}

// outcomeVerbs are what a forecast says a subject should do: grow,
// outperform a market, reach a figure. (Verbs a party is asked to do,
// "expand", "increase", "improve", "remain", are left out: "Japan should
// expand domestic demand" asks it of Japan.)
var outcomeVerbs = map[string]bool{
	"outperform": true, "underperform": true, "exceed": true, "surpass": true, "rise": true, "fall": true,
	"grow": true, "decline": true, "decrease": true, "total": true, "average": true, "top": true, "recover": true,
	"benefit": true, "peak": true, "yield": true, "climb": true, "contract": true, "rebound": true,
}

// shownFigures are what a forecast says a subject should show: "should
// show superior earnings", "should show 2.5 pct growth" ("should show
// restraint" asks it of someone).
var shownFigures = map[string]bool{
	"earnings": true, "profit": true, "profits": true, "growth": true, "gains": true, "gain": true, "losses": true,
	"loss": true, "pct": true, "percent": true, "increase": true, "decline": true, "improvement": true,
	"deficit": true, "surplus": true, "results": true, "revenue": true, "revenues": true, "sales": true,
}

// forecastFillers stand between "should" and its verb in a forecast:
// "should also rise", "should easily outperform".
var forecastFillers = map[string]bool{"also": true, "still": true, "easily": true, "eventually": true, "soon": true, "further": true, "well": true}

// expectedOutcome reports "should" at t as a forecast: a verb of outcome
// follows it ("the economy should grow"), "show" with a figure ("Exxon
// should show superior earnings"), or "serve as" ("the pacts should serve
// as precedents").
func expectedOutcome(toks []token, t int) bool {
	if t >= len(toks) || toks[t].norm != "should" {
		return false
	}
	k := t + 1
	for k < len(toks) && k <= t+2 && forecastFillers[toks[k].norm] {
		k++
	}
	if k >= len(toks) {
		return false
	}
	switch w := toks[k].norm; {
	case outcomeVerbs[w]:
		return true
	case w == "serve":
		return k+1 < len(toks) && toks[k+1].norm == "as"
	case w == "show":
		return nounWithin(toks, k, 4, shownFigures)
	}
	return false
}
