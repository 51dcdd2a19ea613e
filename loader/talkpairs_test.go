package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestTalksBetweenTheTwoCountries checks talks and telephone messages
// "between the two countries" as the two countries last named together,
// on sentences made up for the test.
func TestTalksBetweenTheTwoCountries(t *testing.T) {
	tests := []eventCase{
		{"telephone messages", "Japan and China agreed to resume trade. The thaw follows telephone messages between the two countries on Saturday.", wantEvent{graph.Consult, []string{"JP"}, []string{"CN"}}, graph.Reported, true},
		{"negotiations", "Japan and China named new envoys. Negotiations between the two countries resumed in March.", wantEvent{graph.Consult, []string{"JP"}, []string{"CN"}}, graph.Reported, true},
		{"both nations", "Peru and Chile named new envoys. A summit between the two nations took place in Lima.", wantEvent{graph.Consult, []string{"PE"}, []string{"CL"}}, graph.Reported, true},
	}
	checkEvents(t, "2008-03-20", tests)
}

// TestTalksBetweenTheTwoCountriesAfterAThird checks that a third country
// named in the sentence before leaves "the two countries" unresolved.
func TestTalksBetweenTheTwoCountriesAfterAThird(t *testing.T) {
	checkNoEvents(t, "2008-03-20", []graph.EventType{graph.Consult},
		"Japan and China named new envoys. Vietnam is at odds with China. Talks between the two countries broke down in March.",
	)
}
