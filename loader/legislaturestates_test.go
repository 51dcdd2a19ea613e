package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestLegislatingState checks which state's legislature a capitalised
// "Parliament" or "Congress" the article has not named before stands for:
// the one state its sentence names before it, not the state the story
// named most, unless the sentence names that state only as a place or
// names several.
func TestLegislatingState(t *testing.T) {
	const story = "Britain praised France on Monday. Britain signed a trade treaty with Spain. "
	checkEvents(t, "2007-10-20", []eventCase{
		{"the sentence's state, not the story's",
			story + "On Tuesday the Turkish military asked Parliament for permission to strike rebels.",
			wantEvent{graph.Request, []string{"TR"}, []string{"org/turkish-parliament"}}, graph.Reported, true},
		{"the story's state where the sentence names one as a place",
			story + "Speaking to troops in Iraq, Gordon Brown urged Parliament to approve the treaty.",
			wantEvent{graph.Request, []string{"person/gordon-brown", "GB"}, []string{"org/british-parliament"}}, graph.Reported, true},
		{"the story's state where the sentence names several",
			story + "Russia and Germany urged Parliament to reject the treaty.",
			wantEvent{graph.Request, []string{"RU", "DE"}, []string{"org/british-parliament"}}, graph.Reported, true},
	})
}
