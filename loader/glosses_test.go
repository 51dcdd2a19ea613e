package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestBracketsAfterNames checks that a name glossed by its acronym in
// brackets, or followed by a legislator's party and state or by empty
// brackets, acts as the name alone would, and that the acronym then names
// it.
func TestBracketsAfterNames(t *testing.T) {
	checkEvents(t, "2006-05-14", []eventCase{
		{"known body", "The Movement for Democratic Change (MDC) criticised Zimbabwe.",
			wantEvent{graph.Accuse, []string{"org/movement-for-democratic-change"}, []string{"ZW"}}, graph.Reported, true},
		{"unknown body", "The Federation of Free Trade Unions (FFTU) condemned Iraq on Monday.",
			wantEvent{graph.Accuse, []string{"org/federation-of-free-trade-unions"}, []string{"IQ"}}, graph.Reported, true},
		{"wiki-quoted acronym", "The Kurdistan Workers' Party (''PKK'') attacked Turkish soldiers.",
			wantEvent{graph.Assault, []string{"org/kurdistan-workers-party"}, []string{"TR"}}, graph.Reported, true},
		{"party and state", "Senator Arlen Specter (R-PA) criticised Iran.",
			wantEvent{graph.Accuse, []string{"person/arlen-specter"}, []string{"IR"}}, graph.Reported, true},
		{"state alone", "Senator Arlen Specter (-PA) criticised Iran.",
			wantEvent{graph.Accuse, []string{"person/arlen-specter"}, []string{"IR"}}, graph.Reported, true},
		{"empty brackets", "John Smith (, ) criticised Iran.",
			wantEvent{graph.Accuse, []string{"person/john-smith"}, []string{"IR"}}, graph.Reported, true},
		{"acronym named again", "The Federation of Free Trade Unions (FFTU) met in Baghdad. The FFTU condemned Iran.",
			wantEvent{graph.Accuse, []string{"org/federation-of-free-trade-unions"}, []string{"IR"}}, graph.Reported, true},
	})
}

// TestInitialsFit checks which bracketed capitals read as a name's
// acronym.
func TestInitialsFit(t *testing.T) {
	for _, tt := range []struct {
		acronym, name string
		want          bool
	}{
		{"MDC", "Movement for Democratic Change", true},
		{"LTTE", "Liberation Tigers of Tamil Eelam", true},
		{"PLA", "People's Liberation Army", true},
		{"FFTU", "Federation of Free Trade Unions", true},
		{"AP", "WASHINGTON", false},
		{"TAK", "Kurdistan Freedom Falcons", false},
	} {
		name := tokenize(tt.name, 0, len(tt.name))
		if got := initialsFit(tt.acronym, name); got != tt.want {
			t.Errorf("initialsFit(%q, %q) = %v, want %v", tt.acronym, tt.name, got, tt.want)
		}
	}
}
