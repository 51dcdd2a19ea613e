package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestTrialPurposes checks sentences, made up for the test, in which a
// trial is what an extradition or an order is for: the state where it is
// to be held, the state the accused is sent to, or the ordering court's
// state means to try the accused.
func TestTrialPurposes(t *testing.T) {
	checkEvents(t, "2008-05-01", []eventCase{
		{name: "extradite to face charges in a state", body: "The government asked Spain to extradite opposition leader Ivan Petrov to face treason charges in Belarus.",
			want: wantEvent{typ: graph.Accuse, actors: []string{"BY"}, targets: []string{"person/ivan-petrov"}}, status: graph.Planned},
		{name: "a judge orders a trial", body: "An Italian judge ordered 26 Americans to stand trial for kidnapping.",
			want: wantEvent{typ: graph.Accuse, actors: []string{"IT"}, targets: []string{"US"}}, status: graph.Planned},
	})
}

// TestTrialPurposesLeftAlone checks a refused extradition: no trial is
// sought.
func TestTrialPurposesLeftAlone(t *testing.T) {
	checkNoEvents(t, "2008-05-01", []graph.EventType{graph.Accuse},
		"The United States will not extradite opposition leader Ivan Petrov to face charges in Belarus.",
	)
}
