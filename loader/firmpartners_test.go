package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestFirmPartners checks sentences, made up for the test, in which a firm
// deals with a partner wire copy names without a firm's designator: no
// event between parties.
func TestFirmPartners(t *testing.T) {
	checkNoEvents(t, "1987-04-02", []graph.EventType{graph.Support, graph.Agree, graph.Cooperate},
		"Westbrook Network Inc said it signed an agreement with the ACME Satellite Network to produce a series of commercials. It said the ACME Network will air the commercials 20 times a week.",
	)
}

// TestFirmsAndAgencies checks that a firm's dealings with a state's agency,
// whether the gazetteer knows it or its name says it is public, stay
// events.
func TestFirmsAndAgencies(t *testing.T) {
	sec := graph.EntityID(graph.Organization, "United States Securities and Exchange Commission")
	checkEvents(t, "1987-04-02", []eventCase{
		{name: "a regulator the gazetteer knows", body: "Westbrook Network Inc said it asked the Securities and Exchange Commission to review the offer.",
			want: wantEvent{typ: graph.Request, targets: []string{sec}}},
		{name: "cooperation with a regulator", body: "The Securities and Exchange Commission said Westbrook Network Inc had agreed to settle the charges. It said Westbrook Network had cooperated with the Securities and Exchange Commission.",
			want: wantEvent{typ: graph.Cooperate, targets: []string{sec}}},
		{name: "a public body by its name", body: "Westbrook Network Inc said it asked the Federal Communications Commission to review the offer.",
			want: wantEvent{typ: graph.Request, targets: []string{graph.EntityID(graph.Organization, "Federal Communications Commission")}}},
	})
}
