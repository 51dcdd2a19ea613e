package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestRefusedEventNouns checks that a verb of refusal whose object is an
// event noun of another's (an invitation, aid, talks) is the refuser's
// REJECT, with the noun's maker as target where "from" or "by" names it,
// and that opposing an act is no refusal of it.
func TestRefusedEventNouns(t *testing.T) {
	checkEvents(t, "2009-03-18", []eventCase{
		{"rejected an invitation from X", "Syria rejected an invitation from France to attend the conference.",
			wantEvent{graph.Reject, []string{"SY"}, []string{"FR"}}, graph.Reported, true},
		{"declined an invitation by X", "Iran declined an invitation by Egypt.",
			wantEvent{graph.Reject, []string{"IR"}, []string{"EG"}}, graph.Reported, true},
		{"rebuffed an invitation from X to V", "Venezuela rebuffed an invitation from Peru to attend the summit in Lima.",
			wantEvent{graph.Reject, []string{"VE"}, []string{"PE"}}, graph.Reported, true},
		{"turned down the invitation", "North Korea turned down the invitation from Japan.",
			wantEvent{graph.Reject, []string{"KP"}, []string{"JP"}}, graph.Reported, true},
		{"refused the aid", "Myanmar refused the aid offered by the United States.",
			wantEvent{graph.Reject, []string{"MM"}, nil}, graph.Reported, false},
	})
	checkNoEvents(t, "2009-03-18", []graph.EventType{graph.Reject},
		"Spain opposed the war in Iraq.",
	)
}
