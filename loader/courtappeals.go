package loader

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// This file reads "appeal" in its legal sense: a party that appeals a
// ruling, or appeals to a court, takes a case to a higher court, which
// asks nothing of another party as the appeal of a plea does ("appealed
// to the United States to restrict its tin sales", "appealed for calm"):
// "lodged an appeal against the January court ruling", "has 14 days to
// appeal against a High Court ruling", "he may appeal to the High Court",
// "a stay of the order while it is being appealed".

// appealForms are the forms of "appeal", verb and noun.
var appealForms = map[string]bool{"appeal": true, "appeals": true, "appealed": true, "appealing": true}

// appealedRulings are what a court decides, which one appeals against.
var appealedRulings = map[string]bool{
	"ruling": true, "rulings": true, "verdict": true, "verdicts": true, "sentence": true, "sentences": true,
	"conviction": true, "convictions": true, "judgment": true, "judgement": true, "decision": true,
	"acquittal": true, "injunction": true,
}

// courtWords name a court in an entity's name: "High Court", "U.S. Court
// of Appeals", "the tribunal".
var courtWords = []string{"Court", "Tribunal"}

// dropCourtAppeals removes, from the candidates the sentence toks added
// from index from on, the requests that are appeals at law.
func (a *article) dropCourtAppeals(toks []token, from int) {
	a.dropFound(from, func(c *candidate) bool { return courtAppeal(toks, c) })
}

// courtAppeal reports a request read from "appeal" in its legal sense:
// made to a court, against a ruling, or of an order "being appealed".
func courtAppeal(toks []token, c *candidate) bool {
	t := c.trigger
	if c.typ != graph.Request || t < 0 || t >= len(toks) || !appealForms[toks[t].norm] {
		return false
	}
	for _, e := range c.targets {
		for _, w := range courtWords {
			if strings.Contains(e.Name, w) {
				return true // "appealed to the Supreme Court"
			}
		}
	}
	if t > 0 && (toks[t-1].norm == "being" || toks[t-1].norm == "been") {
		return true // "while it is being appealed"
	}
	for k := t + 1; k < len(toks) && k <= t+6; k++ {
		if toks[k].punct {
			return false
		}
		if appealedRulings[toks[k].norm] {
			return true // "appealed against the ruling", "appeal the decision"
		}
	}
	return false
}
