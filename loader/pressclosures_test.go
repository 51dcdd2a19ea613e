package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestPressClosures checks that closing or shutting down a news outlet is
// the closer's COERCE, in the active and the passive, and that closing
// anything else is not.
func TestPressClosures(t *testing.T) {
	checkEvents(t, "2009-03-18", []eventCase{
		{"closed the opposition newspaper", "The Zimbabwean government closed the opposition newspaper on Friday.",
			wantEvent{graph.Coerce, []string{"ZW"}, nil}, graph.Reported, false},
		{"shut down an independent TV station", "Belarus shut down an independent TV station last week.",
			wantEvent{graph.Coerce, []string{"BY"}, nil}, graph.Reported, false},
		{"shuts the radio station", "Burundi shuts the popular radio station.",
			wantEvent{graph.Coerce, []string{"BI"}, nil}, graph.Reported, false},
		{"newspapers were closed by X", "Two opposition newspapers were closed by Azerbaijan.",
			wantEvent{graph.Coerce, []string{"AZ"}, nil}, graph.Reported, false},
	})
	checkNoEvents(t, "2009-03-18", []graph.EventType{graph.Coerce},
		"Egypt closed the border crossing to traffic at night.",
		"Polling stations closed at 8 p.m., the newspaper said.",
		"Kenya closed the police station in Eldoret.",
		"Uganda shut down the test site.",
	)
}
