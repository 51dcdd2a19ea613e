package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestPollStanding checks sentences, made up for the test, in which a
// share of voters or a poll measures support: nobody backs anyone.
func TestPollStanding(t *testing.T) {
	checkNoEvents(t, "2008-05-14", []graph.EventType{graph.Support},
		"Senator Anna Berg now has 48.5% support and Senator Tom Hill has 41.2% support.",
		"Senator Anna Berg received 40% or more support in the latest tracking average.",
		"In the survey, 55% of the respondents supported Anna Berg, while 45% supported Tom Hill.",
		"The poll of 2,000 voters showed support for Tom Hill's party running at 38 pct.",
	)
}

// TestBackingStays checks that a party backing another, with figures
// elsewhere in the sentence, still supports.
func TestBackingStays(t *testing.T) {
	checkEvents(t, "2008-05-14", []eventCase{
		{name: "figure far off", body: "Japan supported the Indian bid for a permanent seat, which 120 members of the assembly must approve.",
			want: wantEvent{typ: graph.Support, actors: []string{"JP"}, targets: []string{"IN"}}, status: graph.Reported},
		{name: "state backs", body: "France pledged its support for the Lebanese government on Monday.",
			want: wantEvent{typ: graph.Support, actors: []string{"FR"}, targets: []string{"LB"}}, status: graph.Reported},
	})
}
