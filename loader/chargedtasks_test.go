package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestTasksAndMoney checks sentences, made up for the test, in which
// "charged with" gives a body its task and "pound" is money.
func TestTasksAndMoney(t *testing.T) {
	checkNoEvents(t, "1987-04-10", []graph.EventType{graph.Coerce, graph.Accuse},
		"A Philippine commission charged with recovering the wealth of Ferdinand Marcos said the funds were abroad.",
		"The Japanese committee charged with drafting the budget met on Monday.",
	)
	checkNoEvents(t, "1987-04-10", []graph.EventType{graph.Assault},
		"Sales were converted from Irish pounds at the rate of the Bank of England.",
		"Egypt devalued the Egyptian pound against the dollar.",
		"The European Community pays subsidies of 16 cents a pound to Spain.",
	)
}

// TestChargesAndShellingStay checks that a person charged with a deed and
// a place pounded by guns keep their events.
func TestChargesAndShellingStay(t *testing.T) {
	checkEvents(t, "2006-07-20", []eventCase{
		{name: "charged with a deed", body: "Iran charged with spying two British sailors.",
			want: wantEvent{typ: graph.Coerce, actors: []string{"IR"}}, status: graph.Reported},
		{name: "shelling verb", body: "Israel pounds Hezbollah positions in southern Lebanon.",
			want: wantEvent{typ: graph.Assault, actors: []string{"IL"}}, status: graph.Reported},
	})
}
