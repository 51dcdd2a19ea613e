package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestFirmResignations checks articles, made up for the test, in which
// an officer of a firm that business news names by its ticker resigns,
// and a sentence in which "resigned to" accepts a fate: no concession.
func TestFirmResignations(t *testing.T) {
	checkNoEvents(t, "1987-06-16", []graph.EventType{graph.Concede},
		"Harbor Freight Lines <HFL> named Martin Quayle as its chairman. He replaces Leonard Boswick, who resigned in January.",
		"Zenith Plastics <ZPL.O> said its sales rose. Gordon Whitcombe decided to step down for personal reasons, a spokeswoman said.",
		"Argentina's private banks are resigned to losing part of their loans.",
	)
}

// TestPublicResignationsInFirmsArticles checks that an official's
// resignation stays one in an article of business news.
func TestPublicResignationsInFirmsArticles(t *testing.T) {
	checkEvents(t, "1987-06-16", []eventCase{
		{name: "borough president", body: "Harbor Freight Lines <HFL> was named in the case. Leonard Boswick, who resigned last month as Brooklyn Borough President, was indicted.",
			want: wantEvent{typ: graph.Concede}},
		{name: "resigned to pursue", body: "Brazilian Planning Minister Joao Sayad resigned to pursue other interests.",
			want: wantEvent{typ: graph.Concede}},
	})
}
