package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestCourtAppeals checks sentences, made up for the test, in which
// "appeal" takes a case to a higher court: no request to a party.
func TestCourtAppeals(t *testing.T) {
	checkNoEvents(t, "2006-04-02", []graph.EventType{graph.Request},
		"The British Home Office has 14 days to appeal against a High Court ruling.",
		"Mayor Carlos Mendez said he may appeal to the High Court.",
		"Canada's options would be to appeal the decision in American courts.",
	)
}

// TestPleasStayRequests checks that an appeal to a party, or for an act,
// is still a request.
func TestPleasStayRequests(t *testing.T) {
	checkEvents(t, "2006-04-02", []eventCase{
		{name: "appealed to a state", body: "Indonesia appealed to the United States to restrict its tin sales.",
			want: wantEvent{typ: graph.Request, actors: []string{"ID"}, targets: []string{"US"}}, status: graph.Reported, exact: true},
	})
}
