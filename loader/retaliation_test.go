package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestOthersRetaliation checks sentences, made up for the test, in which a
// speaker speaks of a retaliation that is done, another's or negated: no
// threat of his.
func TestOthersRetaliation(t *testing.T) {
	checkNoEvents(t, "1987-04-20", []graph.EventType{graph.Threaten},
		"Chancellor Helmut Kohl said he did not think France would retaliate.",
		"Chancellor Helmut Kohl said the tariffs were imposed in retaliation for the French subsidies.",
		"The State Department said American embassies were on alert for possible retaliation from Iran.",
	)
}

// TestOwnRetaliationStays checks that a speaker warning of his side's
// retaliation still threatens.
func TestOwnRetaliationStays(t *testing.T) {
	checkEvents(t, "1987-04-20", []eventCase{
		{name: "own side retaliates", body: "Belgian Trade Minister Herman De Croo said if the bill passed, the community would retaliate by imposing taxes on exports from the United States.",
			want: wantEvent{typ: graph.Threaten, targets: []string{"US"}}},
	})
}
