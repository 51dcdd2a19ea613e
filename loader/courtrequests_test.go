package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestCourtRequests checks sentences, made up for the test, in which a
// party asks a state's court to act in a case: a motion, no request to a
// party.
func TestCourtRequests(t *testing.T) {
	checkNoEvents(t, "1987-06-02", []graph.EventType{graph.Request},
		"Acme Corp asked the Delaware Chancery Court to enjoin the merger.",
		"The Justice Department urged the Supreme Court to overturn the ruling.",
		"Lawyers for the union petitioned the Ontario Supreme Court to dismiss the suit.",
		"The High Court ordered the Texas Courts to hear the case again.",
	)
}

// TestRequestsBesideCourts checks that requests to a court of states, or
// to a party about a court, stay requests.
func TestRequestsBesideCourts(t *testing.T) {
	checkEvents(t, "1987-06-02", []eventCase{
		{name: "court of states", body: "Nicaragua asked the International Court of Justice to order an end to the mining of its ports.",
			want: wantEvent{typ: graph.Request, actors: []string{"NI"}}, status: graph.Reported},
		{name: "party about a court", body: "Greece urged Turkey to take the dispute to the International Court of Justice.",
			want: wantEvent{typ: graph.Request, actors: []string{"GR"}, targets: []string{"TR"}}, status: graph.Reported, exact: true},
	})
}
