package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestAnticipatedActs checks that an event noun a verb carries across
// words of plan or expectation is the verb's subject's act, reported when
// a past verb carries it out, and that a noun whose visit or trip is
// cancelled or postponed is its subject's, denied or still planned.
func TestAnticipatedActs(t *testing.T) {
	checkEvents(t, "2009-03-18", []eventCase{
		{"mounted its long-threatened invasion", "Ethiopia mounted its long-threatened invasion of Somalia on Monday.",
			wantEvent{graph.Assault, []string{"ET"}, []string{"SO"}}, graph.Reported, true},
		{"launched the expected offensive", "Sri Lanka launched the expected offensive against the Tamil Tigers last week.",
			wantEvent{graph.Assault, []string{"LK"}, nil}, graph.Reported, false},
		{"launched a long-awaited attack", "Chad launched a long-awaited attack on Sudan yesterday.",
			wantEvent{graph.Assault, []string{"TD"}, []string{"SD"}}, graph.Reported, true},
		{"made a much-anticipated visit", "Italy's foreign minister Franco Frattini made a much-anticipated visit to Libya.",
			wantEvent{graph.Consult, []string{"person/franco-frattini"}, []string{"LY"}}, graph.Reported, false},
		{"may launch the planned offensive is speculated", "Turkey may launch the planned offensive against Iraq.",
			wantEvent{graph.Assault, []string{"TR"}, []string{"IQ"}}, graph.Speculated, true},
		{"cancelled a planned visit", "Poland's prime minister Donald Tusk cancelled a planned visit to Ukraine.",
			wantEvent{graph.Consult, []string{"person/donald-tusk"}, []string{"UA"}}, graph.Denied, false},
		{"has cancelled a trip", "Greece has cancelled a trip to Turkey by its defence minister Evangelos Meimarakis.",
			wantEvent{graph.Consult, []string{"GR"}, []string{"TR"}}, graph.Denied, false},
		{"postponed a scheduled visit stays planned", "Brazil postponed a scheduled visit to Argentina.",
			wantEvent{graph.Consult, []string{"BR"}, []string{"AR"}}, graph.Planned, true},
	})
}

// TestUnanticipatedCarriers checks that a verb delaying an act, which is
// as often another's, does not make its subject the act's doer.
func TestUnanticipatedCarriers(t *testing.T) {
	checkNoEvents(t, "2009-03-18", []graph.EventType{graph.Mobilize},
		"Sudan was delaying the deployment of the peacekeeping force.",
	)
}
