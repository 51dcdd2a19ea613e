package loader

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// This file reads deals between a firm and a partner that wire copy names
// without a firm's designator: "Trust America Service Corp said it signed
// an agreement with the First Union Bank of Florida for a credit line",
// "Nostalgia Network Inc said it signed an agreement with the ACTS
// Satellite Network". Where one party is named as a firm (commerce.go)
// and every other is an organisation that neither the gazetteer knows nor
// its name or country places in a state's service, the event is business,
// as firmsOnly reads it where both are named as firms.

// publicBodyWords in an organisation's name mark a state's or a public
// body: "Post and Telecommunication Administration Bureau", "the Export
// Credits Guarantee Department", "United States Postal Service".
var publicBodyWords = map[string]bool{
	"ministry": true, "department": true, "bureau": true, "administration": true, "agency": true,
	"commission": true, "authority": true, "council": true, "government": true, "court": true,
	"service": true, "office": true, "parliament": true, "congress": true, "senate": true, "assembly": true,
	"central": true, "reserve": true, "state": true, "national": true, "federal": true, "public": true,
	"party": true, "union": true, "organisation": true, "organization": true, "fund": true, "committee": true,
	"board": true, "institute": true, "corporation": true, "treasury": true, "army": true, "navy": true,
	"force": true, "forces": true, "police": true, "people's": true, "republic": true, "kingdom": true,
	"world": true, "international": true, "development": true, "export-import": true, "community": true,
}

// dropFirmPartnerships removes, from the candidates the sentence added
// from index from on, the events between a firm and private partners.
func (a *article) dropFirmPartnerships(from int) {
	a.dropFound(from, a.firmWithPrivatePartners)
}

// firmWithPrivatePartners reports an event among organisations only, one
// of them named as a firm and the others private: unknown to the
// gazetteer, of no country, and with no word of a public body in their
// names.
func (a *article) firmWithPrivatePartners(c *candidate) bool {
	if len(c.actors) == 0 || len(c.targets) == 0 {
		return false
	}
	firm := false
	for _, es := range [][]*graph.Entity{c.actors, c.targets} {
		for _, e := range es {
			if e.Kind != graph.Organization {
				return false
			}
			if a.isFirm(e) {
				firm = true
				continue
			}
			if !a.privateOrganization(e) {
				return false
			}
		}
	}
	return firm
}

// privateOrganization reports an organisation the gazetteer does not know,
// that belongs to no country and whose name has no word of a public body.
func (a *article) privateOrganization(e *graph.Entity) bool {
	if e.Country != "" || a.x.gaz.orgByID[e.ID] != nil || a.x.gaz.names[nameKey(e.Name)] != nil {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(e.Name)) {
		if publicBodyWords[w] {
			return false
		}
	}
	return true
}
