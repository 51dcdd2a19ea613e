package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestNationalBodies checks that a state's service acts with its state
// beside it, and that a parliament or news agency acts alone.
func TestNationalBodies(t *testing.T) {
	tests := []eventCase{
		{name: "intelligence service acts for its state", body: "Britain's Secret Intelligence Service accused Iran of arming the militias.",
			want: wantEvent{graph.Accuse, []string{"org/secret-intelligence-service", "GB"}, []string{"IR"}}, status: graph.Reported, exact: true},
		{name: "security service by its short name", body: "The MI6 accused Iran of arming the militias.",
			want: wantEvent{graph.Accuse, []string{"org/secret-intelligence-service", "GB"}, []string{"IR"}}, exact: true},
		{name: "a parliament acts without its state", body: "The Knesset condemned Iran for the attack.",
			want: wantEvent{graph.Accuse, []string{"org/knesset"}, []string{"IR"}}, exact: true},
	}
	checkEvents(t, "2006-07-18", tests)
}
