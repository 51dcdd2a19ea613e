package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestMarketDemandStates checks sentences, each made up for the test, in
// which "demand" is a market's, told by its state, its measure or a
// comparative before it: no REQUEST of the country named beside it.
func TestMarketDemandStates(t *testing.T) {
	cases := []struct{ name, body string }{
		{"could be sluggish", "Analysts said Canadian demand could be sluggish because the winter is ending."},
		{"will remain strong", "The minister said Japanese demand will remain strong in the second quarter."},
		{"expected to be strong", "Harlan said he expects demand this year to be strong, helped by consumer spending."},
		{"a lack of demand", "Brazil blamed the drop on a lack of demand in developing countries."},
		{"short of demand", "Officials said power supplies in Cairo will fall short of demand this summer."},
		{"better demand", "Malaysia expects prices to rise because of better European demand and lower output."},
		{"additional demand", "Lower output in Chile has meant additional demand being directed to merchants."},
		{"demand for goods is falling", "Tokyo is worried because French demand for cars is falling this year."},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			checkNoEvents(t, "1987-04-02", []graph.EventType{graph.Request}, tc.body)
		})
	}
}

// TestPartyDemandsStayRequests checks that a party's demand, told by its
// content or its maker, still reads as a REQUEST beside the words that
// make a market's.
func TestPartyDemandsStayRequests(t *testing.T) {
	checkEvents(t, "2008-05-01", []eventCase{
		{name: "demand that, then a state verb", body: "Syria and Egypt demand that Israel be more flexible in the talks.",
			want: wantEvent{typ: graph.Request, actors: []string{"SY"}, targets: []string{"IL"}}},
		{name: "a demand of a party's", body: "Iran rejected the demand of the United States to halt enrichment.",
			want: wantEvent{typ: graph.Reject, actors: []string{"IR"}, targets: []string{"US"}}},
	})
}
