package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestModalsThatAskNothing checks sentences, made up for the test, whose
// "have to" is a necessity foreseen or whose "should" is a forecast: no
// party asks anything of another.
func TestModalsThatAskNothing(t *testing.T) {
	checkNoEvents(t, "1987-04-02", []graph.EventType{graph.Request},
		"Oil minister Carlos Mendez said Peru would have to import four mln barrels of crude this year.",
		"Finance Minister Jaime Ongpin said the Philippines may have to reschedule its debt again.",
		"Carlos Mendez said Kenya should show higher earnings from tea exports this year.",
		"Carlos Mendez said West Germany should grow about two pct this year.",
	)
}

// TestModalsThatAsk checks that the modals of duty still ask something of
// a party where no foresight or forecast reads them.
func TestModalsThatAsk(t *testing.T) {
	checkEvents(t, "1987-04-02", []eventCase{
		{name: "should with an act", body: "Richard Lyng said Japan should open its rice market to American growers.",
			want: wantEvent{typ: graph.Request, actors: []string{"person/richard-lyng"}, targets: []string{"JP"}}, status: graph.Reported},
		{name: "should show an act", body: "Richard Lyng said Japan should show restraint in its farm exports.",
			want: wantEvent{typ: graph.Request, actors: []string{"person/richard-lyng"}, targets: []string{"JP"}}, status: graph.Reported},
	})
}
