package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestCurrencySigns checks sentences, made up for the test, in which a
// code before the dollar sign names a currency, not a party, while a
// party named apart from the sum stays one.
func TestCurrencySigns(t *testing.T) {
	for _, tt := range []struct{ body, party string }{
		{"Prime Minister Kevin Rudd of Australia promised AU$20 billion in tax cuts.", "org/african-union"},
		{"Indonesia agreed to pay US$ 40 million to a Swiss firm.", "US"},
		{"Canada promised NZ$300 million to the flood appeal.", "NZ"},
	} {
		checkNoParty(t, "2008-05-14", tt.body, tt.party, false) // no actor
		checkNoParty(t, "2008-05-14", tt.body, tt.party, true)  // no target
	}
	checkEvents(t, "2008-05-14", []eventCase{
		{name: "sign without a code", body: "The United States gave Haiti $5 million in aid.",
			want: wantEvent{typ: graph.Aid, actors: []string{"US"}, targets: []string{"HT"}}, exact: true},
		{name: "code apart from the sum", body: "Japan promised the US $5 million for the fund.",
			want: wantEvent{typ: graph.Agree, actors: []string{"JP"}, targets: []string{"US"}}},
	})
}
