package loader

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// This file reads "ask" in its sense of putting a question, which requests
// nothing of the one asked: "asked the minister whether the talks had
// failed", "asked Smith why the troops stayed", "asked the envoy about his
// talks", `asked the counsel, "Does the agency keep files?"`, "asked
// questions about the hostages", "when asked if the visit would help".
// A request's own complement comes first and keeps the request: "asked
// Japan to lift the ban", "asked the court to rule on whether",
// "asked for talks", "asked that the vote be delayed".

// askForms are the forms of "ask"; the other verbs of the request rule
// ("urged", "appealed") put no questions.
var askForms = map[string]bool{"ask": true, "asks": true, "asked": true, "asking": true}

// questionOpeners open an indirect question or its topic after "ask":
// "asked whether", "asked him how", "asked about".
var questionOpeners = map[string]bool{
	"whether": true, "if": true, "why": true, "how": true, "what": true, "when": true, "where": true, "who": true,
	"which": true, "about": true, "question": true, "questions": true,
}

// requestComplements open what a request asks for: "asked X to",
// "asked for", "asked that".
var requestComplements = map[string]bool{"to": true, "for": true, "that": true}

// questionReach bounds the words between "ask" and its question: the one
// asked may take a title and a name ("asked outside counsel for the Guard
// George O'Connell").
const questionReach = 10

// dropQuestions removes, from the candidates the sentence toks added from
// index from on, the requests read from a question put to someone.
func (a *article) dropQuestions(toks []token, from int) {
	a.dropFound(from, func(c *candidate) bool { return putsQuestion(toks, c) })
}

// putsQuestion reports a request whose verb "ask" puts a question: a
// question word, "about" or a quoted question follows it before any
// complement of a request.
func putsQuestion(toks []token, c *candidate) bool {
	t := c.trigger
	if c.typ != graph.Request || c.noun || t < 0 || t >= len(toks) || !askForms[toks[t].norm] {
		return false
	}
	for k := t + 1; k < len(toks) && k <= t+questionReach; k++ {
		w := toks[k]
		switch {
		case requestComplements[w.norm] || clauseBreak(w):
			return false
		case relativeAside(toks, k):
			continue // "asked Craxi, who has been prime minister, to continue"
		case questionOpeners[w.norm]:
			return !leaveSought(toks, k)
		case w.text == `"` || w.text == "“" || w.text == "'":
			return quotedQuestion(toks, k+1)
		}
	}
	return false
}

// permissionModals, in a clause "whether" or "if" opens, seek leave for
// an act: "asked Australia whether the training could be resumed" is
// asked of Australia, as "asked Australia to resume it" would be.
var permissionModals = map[string]bool{"could": true, "can": true, "may": true}

// leaveSought reports a clause opened by "whether" or "if" at k whose verb
// takes a modal of permission within a few words.
func leaveSought(toks []token, k int) bool {
	if toks[k].norm != "whether" && toks[k].norm != "if" {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+6; j++ {
		if permissionModals[toks[j].norm] {
			return true
		}
		if toks[j].punct {
			return false
		}
	}
	return false
}

// quotedQuestion reports a quotation opening at k that ends in a question
// mark: `asked him, "Why did you vote for the war?"`.
func quotedQuestion(toks []token, k int) bool {
	for ; k < len(toks); k++ {
		switch w := toks[k]; {
		case w.text == "?":
			return true
		case w.text == `"` || w.text == "”" || strings.HasSuffix(w.text, "'"):
			return false
		}
	}
	return false
}

// relativeAside reports a relative pronoun after a comma at k: an aside on
// the one asked ("asked Craxi, who has been prime minister for three
// years, to continue"), not the question put.
func relativeAside(toks []token, k int) bool {
	return k > 0 && toks[k-1].text == "," && relativePronouns[toks[k].norm]
}
