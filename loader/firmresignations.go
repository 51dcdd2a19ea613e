package loader

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// Resignations that leave no public office, beyond those commerce.go
// reads from the words of a firm around the verb:
//   - in an article that names firms by their tickers ("<SHIP>",
//     "<COMW.O>"), the resignation of someone who holds no public office
//     the article knows of, in a sentence with no word of public office,
//     is a firm's officer leaving ("He replaces X, who resigned in
//     December", "Rolm said X decided to step down");
//   - "resigned to" after a form of "be" or "seem" is acceptance of a
//     fate, no resignation: "the banks are resigned to losing part of
//     their loans".

// publicSentenceWords mark a sentence about public office besides the
// titles of publicTitleWords: "resigned from the cabinet".
var publicSentenceWords = map[string]bool{
	"government": true, "cabinet": true, "parliament": true, "administration": true, "ministry": true,
	"senate": true, "house": true, "party": true, "election": true, "elections": true, "state": true,
}

// tickerArticleResignation reports the resignation c, read in an article
// of business news, of people who hold no public office, in a sentence
// (toks) that names none.
func (a *article) tickerArticleResignation(toks []token, c *candidate) bool {
	if c.typ != graph.Concede || !hasAnyPrefix(c.rule, resignationRules) || len(c.actors) == 0 || !a.firmsArticle() {
		return false
	}
	for _, e := range c.actors {
		if e.Kind != graph.Person || publicOffice(e) {
			return false
		}
	}
	for _, t := range toks {
		if publicSentenceWords[t.norm] {
			return false
		}
		for _, w := range publicTitleWords {
			if strings.HasPrefix(t.norm, w) {
				return false // "who resigned last month as Bronx Borough President"
			}
		}
	}
	return true
}

// resignedToFate reports "resigned" at the trigger of c read as an
// adjective of acceptance: a form of "be" or "seem" before it, "to" after
// it ("are resigned to not being able to recoup loans").
func resignedToFate(toks []token, c *candidate) bool {
	t := c.trigger
	if c.typ != graph.Concede || t < 1 || t+1 >= len(toks) || toks[t].norm != "resigned" || toks[t+1].norm != "to" {
		return false
	}
	k := t - 1
	if toks[k].norm == "already" || toks[k].norm == "largely" || toks[k].norm == "now" {
		k--
	}
	if k < 0 {
		return false
	}
	w := toks[k].norm
	return beForms[w] || w == "seem" || w == "seems" || w == "seemed" || w == "appear" || w == "appears" || w == "appeared" || w == "became" || w == "become"
}
