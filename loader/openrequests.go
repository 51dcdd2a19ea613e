package loader

import "slices"

// Requests asked of no one named, told by "requested", "asked for",
// "pleaded for" and "sought" ("Iran requested talks", "Sudan asked for
// international help", "Chad has sought food aid"): like "called
// for" and "urged" (openRequestVerbs, requests.go), the request stands
// without a target (ANNOTATION.md allows an empty target list), and joins the event
// that names whom it went to where the article names one. "Ask" and
// "plead" need "for": "asked about", "asked whether" put questions, and
// "pleaded guilty" answers a charge. What a source asks for itself
// ("requested anonymity", "asked not to be named") is no request between
// parties.

// askedForVerbs ask for something only with "for" after them.
var askedForVerbs = map[string]bool{
	"ask": true, "asks": true, "asked": true, "plead": true, "pleads": true, "pleaded": true,
}

// plainRequestVerbs ask for what follows them: "requested talks", "sought
// aid".
var plainRequestVerbs = map[string]bool{
	"requested": true, "seek": true, "seeks": true, "sought": true,
}

// sourceRequests are what a reporter's source asks for itself ("requested
// anonymity", "asked for comment"), what a journalist or a member asks
// for ("requested an interview", "asks for leave") and what a litigant
// asks of a court ("requested a stay"): no request between parties.
var sourceRequests = map[string]bool{
	"interview": true, "leave": true, "stay": true, "retrial": true, "rehearing": true, "injunction": true, "briefs": true,
	"bail":      true,
	"anonymity": true, "comment": true, "comments": true, "confidentiality": true, "privacy": true,
	"identity": true, "details": true, "information": true, "clarification": true, "nothing": true,
}

// askerAuxiliaries may stand between a named asker and its verb: "has
// requested", "did not request", "had also asked for".
var askerAuxiliaries = map[string]bool{
	"has": true, "have": true, "had": true, "did": true, "does": true, "not": true, "also": true, "formally": true,
	"officially": true, "previously": true, "earlier": true, "already": true, "repeatedly": true, "publicly": true,
}

// openRequestVerb reports a verb at t that asks for something of no one
// named: one of openRequestVerbs, "requested X", "sought X" or "asked for
// X", not asking for what a source wants for itself.
func openRequestVerb(v *sentenceView, t int, c *candidate) bool {
	toks := v.toks
	if t < 0 || t >= len(toks) {
		return false
	}
	w := toks[t].norm
	if openRequestVerbs[w] {
		return true
	}
	// The asker, the reading's actor, is named right before the verb
	// ("Iran requested", "the U.N. has asked for"): a pronoun, a relative
	// or a common noun ("the student requested", "papers it has asked
	// for", "French operators last Friday requested") leaves the asker to
	// a guess.
	if !v.actorRightBefore(t, c) {
		return false
	}
	next := t + 1
	switch {
	case askedForVerbs[w]:
		if next >= len(toks) || toks[next].norm != "for" {
			return false
		}
		next++
	case plainRequestVerbs[w]:
	default:
		return false
	}
	for next < len(toks) && (toks[next].norm == "a" || toks[next].norm == "an" || toks[next].norm == "the" || toks[next].norm == "more" || toks[next].norm == "further") {
		next++
	}
	if next >= len(toks) || toks[next].punct || toks[next].norm == "that" || toks[next].norm == "to" {
		return false
	}
	// "requested public comment", "asked for a 30-day stay"
	for j := next; j < len(toks) && j <= next+3; j++ {
		if sourceRequests[toks[j].norm] {
			return false
		}
		if toks[j].punct && !toks[j].hyphen {
			break
		}
	}
	return true
}

// actorRightBefore reports a verb at t whose subject, one of the
// reading's actors, is named right before it, with only auxiliaries and
// adverbs of askerAuxiliaries between.
func (v *sentenceView) actorRightBefore(t int, c *candidate) bool {
	k := t - 1
	for k >= 0 && askerAuxiliaries[v.toks[k].norm] {
		k--
	}
	return k >= 0 && v.at[k] >= 0 && v.ms[v.at[k]].last == k && slices.Contains(c.actors, v.ms[v.at[k]].ent)
}
