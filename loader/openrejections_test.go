package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestOpenRejections checks rejections of a thing whose author the
// sentence does not name, in sentences made up for the test: a rejecter
// named right before a finite verb of refusal makes a REJECT with no
// target.
func TestOpenRejections(t *testing.T) {
	checkEvents(t, "2008-05-01", []eventCase{
		{name: "rejected the proposal", body: "Ghana rejected the proposal on Monday.",
			want: wantEvent{typ: graph.Reject, actors: []string{"GH"}}, status: graph.Reported},
		{name: "has refused to", body: "Kenya has refused to sign the accord.",
			want: wantEvent{typ: graph.Reject, actors: []string{"KE"}}, status: graph.Reported},
		{name: "vetoed", body: "Peru vetoed the measure last week.",
			want: wantEvent{typ: graph.Reject, actors: []string{"PE"}}},
	})
}

// TestOpenRejectionsLeftOut checks the near misses: a refusal to speak or
// judge, a court's ruling, a buyer's tender and a supposed refusal.
func TestOpenRejectionsLeftOut(t *testing.T) {
	checkNoEvents(t, "2008-05-01", []graph.EventType{graph.Reject},
		"Ghana refused to comment on the talks.",
		"Kenya refused to predict the outcome of the vote.",
		"The Ghana Supreme Court rejected the appeal on Monday.",
		"Egypt rejected all offers at the wheat tender.",
		"If Peru refused to pay, the loan would lapse.",
	)
}
