package loader

import "github.com/geokg/geokg/graph"

// This file holds the readings of a second status audit on news the rules
// were not tuned on: an infinitive that tells who was first to act ("was
// the first country to recognize Kosovo") states a deed, not a plan; an
// infinitive a modal causative only may bring about ("could cause Iran to
// withdraw") is a supposition; and "soon" before a past verb ("it soon
// erupted into verbal attacks") says when something happened, not that
// it is to come.

// doerRanks rank the doer of an act among others: "the first to",
// "the second leader to", "the only country to".
var doerRanks = map[string]bool{"first": true, "second": true, "third": true, "last": true, "only": true, "latest": true}

// rankedHeadsExcluded name a way or a moment rather than a doer: "the
// first step to", "the only way to", "the last chance to" open a
// purpose, which may never be fulfilled.
var rankedHeadsExcluded = map[string]bool{
	"step": true, "steps": true, "way": true, "ways": true, "chance": true, "opportunity": true, "time": true,
	"priority": true, "task": true, "move": true, "option": true, "thing": true, "attempt": true, "effort": true, "goal": true,
}

// permissionAdjectives between a rank and its infinitive make it a right
// or a readiness: "the only body entitled to", "the first side willing to".
var permissionAdjectives = map[string]bool{
	"able": true, "entitled": true, "eligible": true, "willing": true, "ready": true, "qualified": true, "permitted": true, "allowed": true,
}

// rankReach bounds the look back from the "to" for the rank word: the
// head noun and a short parenthesis ("one of the first countries, with
// the United Kingdom, France and Germany, to recognize").
const rankReach = 12

// rankedDeed reports whether the infinitive whose "to" is at k tells
// which doer acted first or alone: "Costa Rica was the first country to
// recognize Kosovo", "became the first Chinese leader to visit". The
// rank is stated of a deed done; a modal before the copula ("will be the
// first to visit") keeps it a plan.
func rankedDeed(toks []token, k int) bool {
	for j := k - 1; j >= 2 && j >= k-rankReach; j-- {
		tk := toks[j]
		if tk.text == ";" || tk.text == ":" || tk.norm == "that" || tk.norm == "which" || tk.norm == "who" {
			return false
		}
		if !doerRanks[tk.norm] {
			continue
		}
		if j+1 < k && rankedHeadsExcluded[toks[j+1].norm] {
			return false
		}
		for h := j + 1; h < k; h++ {
			if pastVerbForm(toks[h]) || permissionAdjectives[toks[h].norm] {
				return false // "the only legal entity allowed to detain": a right, not a deed
			}
		}
		if toks[j-1].norm != "the" {
			return false
		}
		copula := j - 2
		if toks[copula].norm == "of" && copula >= 2 && toks[copula-1].norm == "one" {
			copula -= 2 // "was one of the first countries to"
		}
		switch toks[copula].norm {
		case "was", "were", "is", "are", "became", "becomes", "become":
			return toks[copula].norm != "become" || copula == 0 || !statusModal(toks[copula-1])
		}
		return false
	}
	return false
}

// statusModal reports a modal that puts what follows in the future or in
// doubt.
func statusModal(t token) bool {
	switch t.norm {
	case "will", "would", "shall", "could", "may", "might", "can":
		return true
	}
	return false
}

// causativeBases make their object do the act of the infinitive after
// them; in the base form after a modal of doubt ("could cause Iran to
// withdraw", "might force the government to resign") the act is only
// a possible outcome.
var causativeBases = map[string]bool{
	"cause": true, "force": true, "lead": true, "prompt": true, "push": true, "drive": true, "compel": true, "provoke": true, "trigger": true,
}

// speculativeModals put a causative's outcome in doubt.
var speculativeModals = map[string]bool{"could": true, "may": true, "might": true}

// causativeObjectReach bounds the causative's object: "could cause the
// Iranian government to".
const causativeObjectReach = 6

// doubtfulCausedAct reports whether the infinitive whose "to" is at k is
// the outcome a causative under a modal of doubt may bring about: "tough
// action could cause Iran to withdraw from the treaty and to ban
// inspectors". A second infinitive joined by "and" shares the first's.
func doubtfulCausedAct(toks []token, k int) bool {
	if k >= 1 && (toks[k-1].norm == "and" || toks[k-1].norm == "or") {
		for j := k - 2; j >= 1 && j >= k-statusWindow-4; j-- {
			if clauseBreak(toks[j]) {
				return false
			}
			if toks[j].norm == "to" {
				k = j // "to withdraw from the treaty and to ban": the first infinitive's governor
				break
			}
		}
	}
	for j := k - 1; j >= 1 && j >= k-causativeObjectReach; j-- {
		if toks[j].punct {
			return false
		}
		if causativeBases[toks[j].norm] {
			return speculativeModals[toks[j-1].norm]
		}
	}
	return false
}

// infinitiveFixedStatus reads the status of an infinitive whose "to" is
// at k where its governor says more than a plan: a rank of a deed done
// (reported) or a causative in doubt (speculated).
func infinitiveFixedStatus(toks []token, k int) (graph.Status, bool) {
	switch {
	case rankedDeed(toks, k):
		return graph.Reported, true
	case doubtfulCausedAct(toks, k):
		return graph.Speculated, true
	}
	return "", false
}

// pastSoon reports whether the "soon" at k says how quickly something
// happened rather than that it is to come: "it soon erupted into verbal
// attacks", "soon after the talks".
func pastSoon(toks []token, k int) bool {
	if toks[k].norm != "soon" || k+1 >= len(toks) {
		return false
	}
	next := toks[k+1]
	return next.norm == "after" || next.norm == "afterwards" || next.norm == "thereafter" || pastVerbForm(next)
}
