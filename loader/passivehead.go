package loader

import (
	"slices"
	"strings"
)

// maxSubjectReach bounds how far back from a passive verb its subject's
// head is looked for: a long subject ("An agreement to build the pipeline
// from the Black Sea to the Mediterranean was signed by") keeps its head
// far from the verb.
const maxSubjectReach = 24

// passiveSubjectNeeds reports whether the verb at t is passive and its
// subject's head is one of the words the rule needs: the object a rule asks
// for stands as the subject of a passive, often beyond the rule's window.
// The head is read at the clause's opening noun phrase, within a few words
// of its start and before any preposition ("The treaty", "A new trade
// agreement"), so a need word deeper in the subject ("the leaders of the
// alliance") does not count.
func passiveSubjectNeeds(toks []token, t int, need []string) bool {
	if !strings.HasSuffix(toks[t].norm, "ed") && !pastForms[toks[t].norm] && !irregularParticiples[toks[t].norm] {
		return false
	}
	b := t - 1
	for b >= 0 && (strings.HasSuffix(toks[b].norm, "ly") || toks[b].norm == "also" || toks[b].norm == "not" || toks[b].norm == "later") {
		b--
	}
	if b < 1 || !beForms[toks[b].norm] || toks[b].norm == "got" || toks[b].norm == "get" {
		return false
	}
	for b > 0 && auxiliaries[toks[b-1].norm] {
		b-- // "has been signed", "will be signed"
	}
	start := 0
	for k := b - 1; k >= 0 && k >= b-maxSubjectReach; k-- {
		if clauseBreak(toks[k]) || (toks[k].punct && toks[k].text != "," && toks[k].text != "'" && toks[k].text != "\"" && !toks[k].hyphen) ||
			clauseOpeners[toks[k].norm] || subjectBounds[toks[k].norm] {
			start = k + 1
			break
		}
		if k == b-maxSubjectReach {
			return false // no clause start in reach: the subject is not known
		}
	}
	for k := start; k < b && k <= start+4; k++ {
		w := toks[k].norm
		if slices.Contains(need, w) {
			return true
		}
		if toks[k].punct || prepositions[w] || w == "between" || w == "among" {
			return false
		}
	}
	return false
}

// subjectBounds, besides clauseOpeners, end the clause before a passive's
// subject: "the talks ended and an agreement was signed by".
var subjectBounds = map[string]bool{"which": true, "and": true, "but": true, "who": true}
