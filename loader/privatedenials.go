package loader

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// This file reads denials in business news. A firm, or an executive the
// article places in no public office, that denies a rumour or a report
// with no accuser named ("Maxwell denied market rumours that British
// Printing had approached institutions", "ATT denied reports that it plans
// to buy back its stock", "Chairman Sir Francis Tombs denied suggestions
// that Rolls was a stock for the institutions") answers a market, not a
// party: no rejection between parties. Only articles of business news,
// those that set a ticker in wire copy's angle brackets, are read so for
// people; markup's tags ("<P>" ... "</P>") are no tickers.

// dropPrivateDenials removes, from the candidates the sentence added from
// index from on, the denials a firm or its people make to a market.
func (a *article) dropPrivateDenials(from int) {
	a.dropFound(from, a.privateDenial)
}

// privateDenial reports a denial with no target, read by the rules of
// denials.go, whose every actor is a firm or, in an article of business
// news, a person the gazetteer does not know and the article places in no
// public office.
func (a *article) privateDenial(c *candidate) bool {
	if c.typ != graph.Reject || len(c.targets) > 0 || len(c.actors) == 0 || !strings.HasPrefix(c.rule, "verb:deny-wrongdoing") {
		return false
	}
	for _, e := range c.actors {
		switch {
		case e.Kind == graph.Organization && a.isFirm(e):
		case e.Kind == graph.Person && a.firmsArticle() && !strings.Contains(a.doc.Body, "</") && !publicOffice(e) && a.x.gaz.names[nameKey(e.Name)] == nil:
		default:
			return false
		}
	}
	return true
}
