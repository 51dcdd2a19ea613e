package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestPlacedGroupOwnerActs checks sentences, made up for the test, in
// which a group of people owned by a party is placed in a state: the
// owner acts, not the place.
func TestPlacedGroupOwnerActs(t *testing.T) {
	checkEvents(t, "1987-06-16", []eventCase{
		{name: "body's ministers meeting abroad", body: "NATO defence ministers in Norway condemned the Soviet Union for the missile deployment.",
			want: wantEvent{typ: graph.Accuse, actors: []string{"org/nato"}, targets: []string{"RU"}}, status: graph.Reported, exact: true},
		{name: "state's troops stationed abroad", body: "Syrian troops in Lebanon attacked the Palestinian camps.",
			want: wantEvent{typ: graph.Assault, actors: []string{"SY"}, targets: []string{"PS"}}, status: graph.Reported, exact: true},
		{name: "officials with no owner are the place's", body: "Officials in Argentina criticised the United States for its farm subsidies.",
			want: wantEvent{typ: graph.Accuse, actors: []string{"AR"}, targets: []string{"US"}}, status: graph.Reported},
	})
}

// TestPlacedGroupNoActor checks that a group placed in a state acts for
// no one where it is in business, in opposition, or inside a
// prepositional phrase.
func TestPlacedGroupNoActor(t *testing.T) {
	checkNoEvents(t, "1987-06-16", []graph.EventType{graph.Support, graph.Request, graph.Accuse, graph.Threaten},
		"Rubber growers in Thailand welcomed the new price range and urged the government to cut export duties.",
		"Opposition leaders in Zambia criticised the International Monetary Fund.",
		"A wage deal reached with steel workers in Belgium does not threaten French jobs.",
	)
}
