package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestPrefixedVessels checks ships named with their prefix or in
// apposition, and the attack nouns that a ship's name only qualifies.
func TestPrefixedVessels(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"prefix gives the flag", "A missile missed HMAS Darwin near the coast.", []string{"HMAS Darwin=ORGANIZATION/HMAS Darwin"}, nil},
		{"name with an initial", "The USS John F. Kennedy left Norfolk.", []string{"USS John F. Kennedy=ORGANIZATION/USS John F. Kennedy"}, nil},
		{"ship in apposition", "A Dutch research ship, the Arctic Tern, was seized.", []string{"Arctic Tern=ORGANIZATION/Arctic Tern"}, nil},
		{"a bombing of a ship", "He planned the USS Kidd bombing in 2001.", nil, []string{"USS Kidd=ORGANIZATION/USS Kidd"}},
		{"an agency, not a ship", "The INS Commissioner resigned.", nil, []string{"INS Commissioner=ORGANIZATION/INS Commissioner"}},
	})
	ex := extractBody(t, "Chile seized HMAS Darwin off Arica.", "2007-05-03")
	ev, got := findEvent(ex, wantEvent{graph.Coerce, []string{"CL"}, []string{"org/hmas-darwin"}})
	if ev == nil {
		t.Fatalf("no seizure of HMAS Darwin by Chile; got %s", got)
	}
	if c := ev.Targets[0].Country; c != "AU" {
		t.Errorf("HMAS Darwin flies %q, want AU", c)
	}
}
