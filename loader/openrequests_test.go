package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestOpenRequests checks requests asked of no one named, in sentences
// made up for the test: a named asker right before "requested", "asked
// for" or "sought" makes a REQUEST that stands without a target.
func TestOpenRequests(t *testing.T) {
	checkEvents(t, "2008-05-01", []eventCase{
		{name: "requested", body: "Ghana requested emergency talks on the crisis.",
			want: wantEvent{typ: graph.Request, actors: []string{"GH"}}, status: graph.Reported},
		{name: "has asked for", body: "Peru has asked for international help after the earthquake.",
			want: wantEvent{typ: graph.Request, actors: []string{"PE"}}, status: graph.Reported},
		{name: "did not ask for", body: "Kenya did not ask for a postponement of the vote.",
			want: wantEvent{typ: graph.Request, actors: []string{"KE"}}, status: graph.Denied},
	})
}

// TestOpenRequestsLeftOut checks the near misses: what a source or a
// litigant asks for itself, a question asked, a plea to a charge, and an
// asker not named right before the verb.
func TestOpenRequestsLeftOut(t *testing.T) {
	checkNoEvents(t, "2008-05-01", []graph.EventType{graph.Request},
		"A Ghanaian official, who requested anonymity, described the talks.",
		"Peru asked for a 30-day stay of the ruling.",
		"Kenya asked about the timing of the vote.",
		"Ghana pleaded guilty to the charge in the trade case.",
		"Exporters in Peru last Friday requested new licences.",
	)
}
