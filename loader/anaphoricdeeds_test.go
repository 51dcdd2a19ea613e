package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestAnaphoricDeeds checks the targets given by a definite phrase naming a
// deed told in an earlier sentence ("the move", "the decision", "the
// measure"), each on a short article made up for the test: the
// exact type, actors, targets and status.
func TestAnaphoricDeeds(t *testing.T) {
	tests := []eventCase{
		{"the decision for a deed read as an event", "Bolivia recalled its ambassador from Peru on Monday. Peru criticised the decision.",
			wantEvent{graph.Accuse, []string{"PE"}, []string{"BO"}}, graph.Reported, true},
		{"a passive reaction to the move", "Chad expelled 20 aid workers from the east. The move was condemned by the United Nations.",
			wantEvent{graph.Accuse, []string{"org/united-nations"}, []string{"TD"}}, graph.Reported, true},
		{"the measure for a release agreed", "Morocco agreed to release 40 Algerian prisoners. Algeria welcomed the measure.",
			wantEvent{graph.Support, []string{"DZ"}, []string{"MA"}}, graph.Reported, true},
		{"the reacting side's own deed is skipped", "Ecuador expelled two Colombian diplomats. Colombia recalled its ambassador from Ecuador. Colombia criticised the decision.",
			wantEvent{graph.Accuse, []string{"CO"}, []string{"EC"}}, graph.Reported, true},
		{"the decision for a deployment planned", "Japan will send 300 troops to Sudan. China criticised the decision.",
			wantEvent{graph.Accuse, []string{"CN"}, []string{"JP"}}, graph.Reported, true},
		{"the move for a permission", "Jordan allowed 500 refugees to cross the border. Syria praised the move.",
			wantEvent{graph.Support, []string{"SY"}, []string{"JO"}}, graph.Reported, true},
	}
	checkEvents(t, "2012-05-09", tests)
	checkRejects(t, []reject{
		{"two doers in the nearest sentence", "Ecuador expelled two Colombian diplomats and Venezuela recalled its ambassador from Colombia. Peru criticised the decision.", graph.Accuse},
		{"a passive names no doer", "The border crossing was closed on Monday. Armenia condemned the move.", graph.Accuse},
		{"an attack is no deed of this kind", "Gunmen attacked a convoy in the north. Kenya condemned the move.", graph.Accuse},
	})
}
