package loader

import "github.com/geokg/geokg/graph"

// This file reads protesters gathering as a protest: "20,000 protesters
// gathered outside the parliament building in Bangkok", "some 1,000
// protesters converged opposite the U.S. consulate". The subject's noun
// already says the crowd protests, so the verb needs no protest word of
// its own; a gathering of people, students or mourners ("thousands of
// people gathered at the Cenotaph") may be anything and is left alone.

// protesterNouns name a crowd by its protesting.
var protesterNouns = map[string]bool{
	"protesters": true, "protestors": true, "demonstrators": true, "marchers": true, "rioters": true,
	"counter-protesters": true, "counterdemonstrators": true,
}

// gatheredProtestersLexicon holds the gathering verbs, read only with a
// protester noun for subject (gatheredProtesters).
var gatheredProtestersLexicon = []lexEntry{
	{verbs: "gathered gathering assembled assembling converged converging massed massing", rule: eventRule{name: "protesters-gathered", typ: graph.Protest, preps: []string{"against"}, optionalTarget: true}},
}

// gatheredProtesters reports a gathering verb at t whose subject is a
// protester noun right before it, past auxiliaries and a place the crowd
// is in: "protesters gathered", "demonstrators in Ottawa gathered".
// A gathering at an embassy is protestacts.go's, which reads the embassy's
// state as the target.
func gatheredProtesters(toks []token, t int) bool {
	k := crowdSubjectBefore(toks, t)
	if k < 0 || !protesterNouns[toks[k].norm] {
		return false
	}
	for j := t + 1; j < len(toks) && j <= t+6; j++ {
		if embassyNouns[toks[j].norm] {
			return false
		}
	}
	return true
}

// crowdPurposeAct reports a crowd's act at j that is a trigger of its own
// and whose purpose an infinitive after it states, so that the purpose is
// carried out with it (doneacts.go): "demonstrators gathered in Mogadishu
// to denounce the move", "took to the streets to demand" denounced and
// demanded.
func crowdPurposeAct(toks []token, j int) bool {
	return purposeActs[toks[j].norm] && (gatheredProtesters(toks, j) || streetIdiom(toks, j))
}
