package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestEraAcronyms checks that "EC" names the European Community in news
// written before the Maastricht Treaty took effect and the European
// Commission after it, and that the Commission's own titles keep it in
// any year.
func TestEraAcronyms(t *testing.T) {
	const community, commission = "org/european-community", "org/european-commission"
	tests := []struct {
		name, body, published string
		actor, absent         string // absent: an entity the extraction must not hold
	}{
		{"the EC of 1987", "The EC condemned Japan's trade barriers.", "1987-03-18", community, commission},
		{"EC ministers of 1987", "EC farm ministers condemned Japan's trade barriers.", "1987-03-18", community, commission},
		{"the EC of 2006", "The EC condemned Japan's trade barriers.", "2006-03-18", commission, community},
		{"no publication date", "The EC condemned Japan's trade barriers.", "", commission, community},
		{"the EC Commission of 1987", "The EC Commission condemned Japan's trade barriers.", "1987-03-18", commission, community},
		{"an EC commissioner of 1987", "EC Farm Commissioner Frans Andriessen condemned Japan's trade barriers.", "1987-03-18", "person/frans-andriessen", community},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ex := extractBody(t, tt.body, tt.published)
			if ev, got := findEvent(ex, wantEvent{graph.Accuse, []string{tt.actor}, []string{"JP"}}); ev == nil {
				t.Fatalf("no ACCUSE %s → JP; got %s", tt.actor, got)
			}
			for _, e := range ex.Entities {
				if e.ID == tt.absent {
					t.Errorf("%s read as %s", tt.body, e.Name)
				}
			}
		})
	}
}
