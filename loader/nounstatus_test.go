package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestNounStatus checks the status of event nouns in the object of a
// negated, modal or future clause, each on a sentence made up for the
// test: an act already there is reported, an act the clause brings about
// or qualifies keeps the clause's status.
func TestNounStatus(t *testing.T) {
	checkEvents(t, "2023-03-22", []eventCase{
		{"act nested in a protested noun", "Ten deputies will not attend to protest Britain's involvement in the invasion of Iraq.",
			wantEvent{graph.Assault, []string{"GB"}, []string{"IQ"}}, graph.Reported, true},
		{"possessive object of a stance verb", "Russia would not discuss its invasion of Georgia with France.",
			wantEvent{graph.Assault, []string{"RU"}, []string{"GE"}}, graph.Reported, true},
		{"definite object of a verb of a standing act", "Turkey will oversee the truce between Armenia and Azerbaijan.",
			wantEvent{graph.Retreat, []string{"AM"}, []string{"AZ"}}, graph.Reported, true},
		{"act answered", "India will retaliate for the Pakistani attack on India.",
			wantEvent{graph.Assault, []string{"PK"}, []string{"IN"}}, graph.Reported, true},
		{"act not launched", "Iran did not launch an attack on Iraq.",
			wantEvent{graph.Assault, []string{"IR"}, []string{"IQ"}}, graph.Denied, true},
		{"talks to be held", "Iran will hold talks with Iraq.",
			wantEvent{graph.Consult, []string{"IR"}, []string{"IQ"}}, graph.Planned, true},
		{"possible act", "Israel warned of a possible invasion of Lebanon by Syria.",
			wantEvent{graph.Assault, []string{"SY"}, []string{"LB"}}, graph.Speculated, true},
		{"possessive act the clause completes", "Russia will complete its withdrawal from Georgia.",
			wantEvent{graph.Retreat, []string{"RU"}, []string{"GE"}}, graph.Planned, true},
		{"sanctions the clause imposes", "Japan could impose sanctions on North Korea.",
			wantEvent{graph.Sanction, []string{"JP"}, []string{"KP"}}, graph.Speculated, true},
	})
}
