package loader

import "strings"

// More positions in which a country only says where business comes from
// (nonagents.go reads the subject of a clause): the subject of a relative
// clause inside another phrase ("problems with French banks that have
// demanded commissions"), and the agent of a passive verb past an adverb
// ("criticised privately by some Japanese makers").

// relativeSubject reports a head noun at h that a relative clause with a
// verb of its own follows: "French banks that have demanded", "U.S.
// firms which sued". ("told Japanese firms that they must" is a
// complement clause: its subject is the pronoun.)
func relativeSubject(toks []token, h int) bool {
	k := h + 1
	if k+1 >= len(toks) || toks[k].norm != "that" && toks[k].norm != "which" && toks[k].norm != "who" {
		return false
	}
	w := toks[k+1].norm
	return auxiliaries[w] || strings.HasSuffix(w, "ed") || pastForms[w] || irregularPasts[w]
}

// passiveAgentPhrase reports a noun phrase opening at first (past its
// determiners) that a passive verb's "by" governs, an adverb perhaps
// between: "criticised privately by some Japanese makers". Its head acts
// in the passive's clause whatever follows it, so the words after it are
// not checked as a subject's would be.
func passiveAgentPhrase(toks []token, first int) bool {
	k := skipSubjectOpeners(toks, first-1)
	if k < 1 || toks[k].norm != "by" {
		return false
	}
	j := k - 1
	if j > 0 && strings.HasSuffix(toks[j].norm, "ly") {
		j--
	}
	return strings.HasSuffix(toks[j].norm, "ed") || strings.HasSuffix(toks[j].norm, "en")
}
