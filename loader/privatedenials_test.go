package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestPrivateDenials checks sentences, made up for the test, in which an
// executive in business news denies a market rumour: no rejection.
func TestPrivateDenials(t *testing.T) {
	checkNoEvents(t, "1987-04-02", []graph.EventType{graph.Reject},
		"Halcyon Corp <HAL> shares rose sharply. Speaking at a press conference, chairman Peter Lindqvist denied market rumours that Halcyon had approached banks to arrange a rights issue.",
	)
}

// TestPublicDenialsStay checks that a state's denial in business news, and
// a person's denial outside it, stay rejections.
func TestPublicDenialsStay(t *testing.T) {
	checkEvents(t, "1987-04-02", []eventCase{
		{name: "a state in business news", body: "The Swedish government denied rumours that it would devalue the krona. Halcyon Corp <HAL> shares rose.",
			want: wantEvent{typ: graph.Reject, actors: []string{"SE"}}, status: graph.Reported},
		{name: "no ticker", body: "Halcyon Corp shares rose sharply. Peter Lindqvist denied market rumours that Halcyon had approached banks.",
			want: wantEvent{typ: graph.Reject, actors: []string{graph.EntityID(graph.Person, "Peter Lindqvist")}}, status: graph.Reported},
	})
}
