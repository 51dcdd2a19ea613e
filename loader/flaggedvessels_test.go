package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestFlaggedVessels checks that the state flagging or owning a ship
// ("a U.S.-flagged tanker") is the target of what is done to the ship.
func TestFlaggedVessels(t *testing.T) {
	checkEvents(t, "1987-10-20", []eventCase{
		{"attacked a U.S.-flagged tanker", "Iran attacked a U.S.-flagged tanker near Kuwait on Friday.",
			wantEvent{graph.Assault, []string{"IR"}, []string{"US"}}, graph.Reported, true},
		{"an attack on an American-flag tanker", "Washington retaliated for an Iranian missile attack on an American-flag tanker.",
			wantEvent{graph.Assault, []string{"IR"}, []string{"US"}}, graph.Reported, true},
		{"seized a Panamanian-registered freighter", "Iran seized a Panamanian-registered freighter in the Gulf.",
			wantEvent{graph.Coerce, []string{"IR"}, []string{"PA"}}, graph.Reported, true},
	})
	checkNoEvents(t, "1987-10-20", []graph.EventType{graph.Assault, graph.Coerce},
		"A U.S.-flagged tanker struck a mine in the Gulf.",
		"The Qatar-based broadcaster showed a Liberian-flagged tanker in port.")
}
