package loader

import (
	"slices"
	"testing"
)

// TestTargetlessParties checks that the actors of a confident reading left
// out for want of a target join the entity list, without the event, and
// that neither a weak reading's actor nor a name the gazetteer lacks does.
func TestTargetlessParties(t *testing.T) {
	tests := []struct {
		name, body string
		// listed must be in the entity list; absent must not be.
		listed, absent []string
	}{
		{"condemned with no target", "Russia, Japan and the United Nations have also condemned the blasts.", []string{"Russia", "Japan", "United Nations"}, nil},
		{"vow of revenge", "Hamas has vowed to avenge the killings.", []string{"Hamas"}, nil},
		{"support for a measure", "China supported the resolution after a long debate.", []string{"China"}, nil},
		{"name the gazetteer lacks", "The Acme Workers Union has condemned the blasts.", nil, []string{"Acme Workers Union"}},
		{"clipped name", "All Senate Democrats oppose the ban.", nil, []string{"All Senate"}},
		{"weak reading: officials asking", "Indian officials said that they would ask for more time.", nil, []string{"India"}},
		{"weak reading: rejecting a label", "The Japanese government said it rejects this label.", nil, []string{"Japan"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := extractBody(t, tt.body, "2008-05-10")
			if len(x.Events) > 0 {
				t.Fatalf("events %v: the case needs a reading with no target", x.Events)
			}
			got := names(x.Entities)
			for _, n := range tt.listed {
				if !slices.Contains(got, n) {
					t.Errorf("no %q among %v", n, got)
				}
			}
			for _, n := range tt.absent {
				if slices.Contains(got, n) {
					t.Errorf("%q listed: %v", n, got)
				}
			}
		})
	}
}
