package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestDeedReferents checks the targets given by a definite phrase naming
// a deed or thing an earlier sentence named with its doer, though it was
// no event itself, each on a sentence made up for the test: the exact
// type, actors, targets and status.
func TestDeedReferents(t *testing.T) {
	tests := []eventCase{
		{"an increase named after its verb", "Iceland raised its whaling quota this spring. Greenpeace denounced the increase.",
			wantEvent{graph.Accuse, []string{"org/greenpeace"}, []string{"IS"}}, graph.Reported, true},
		{"restrictions someone imposed", "Belarus imposed new restrictions on foreign journalists. Lithuania condemned the restrictions.",
			wantEvent{graph.Accuse, []string{"LT"}, []string{"BY"}}, graph.Reported, true},
		{"a law passed", "Uganda passed a law on public gatherings. Kenya criticised the law.",
			wantEvent{graph.Accuse, []string{"KE"}, []string{"UG"}}, graph.Reported, true},
		{"a bill, passive reaction", "Georgia approved a bill on foreign agents. The bill was condemned by the European Union.",
			wantEvent{graph.Accuse, []string{"org/european-union"}, []string{"GE"}}, graph.Reported, true},
		{"the move for an act named by its verb", "Egypt closed its border crossing on Monday. Hamas praised the move.",
			wantEvent{graph.Support, []string{"org/hamas"}, []string{"EG"}}, graph.Reported, true},
		{"the decision for a suspension", "Ghana suspended flights to Togo. Nigeria criticised the decision.",
			wantEvent{graph.Accuse, []string{"NG"}, []string{"GH"}}, graph.Reported, true},
		{"an attributive author", "The NATO decision to expand was taken on Friday. Russia opposed the move.",
			wantEvent{graph.Reject, []string{"RU"}, []string{"org/nato"}}, graph.Reported, true},
		{"a demonym's claims", "Peru dismissed the Bolivian claims. Chile also rejected the accusations.",
			wantEvent{graph.Reject, []string{"CL"}, []string{"BO"}}, graph.Reported, true},
	}
	checkEvents(t, "2011-09-14", tests)
	checkRejects(t, []reject{
		{"a passive names no doer", "The whaling quota was raised this spring. Greenpeace denounced the increase.", graph.Accuse},
		{"one's own deed", "Uganda passed a law on public gatherings. Uganda defended the law. Uganda criticised the law.", graph.Accuse},
		{"a place is no author", "The Geneva decision was taken on Friday. Russia opposed the move.", graph.Accuse},
	})
}

// TestDeedTargetNotShared checks that a verb coordinated after a reaction
// to a deed does not take the deed's doer as its own target.
func TestDeedTargetNotShared(t *testing.T) {
	ex := extractBody(t, "Ghana suspended flights to Togo. Nigeria welcomed the decision and urged the parties to talk.", "")
	for _, ev := range ex.Events {
		if ev.Type == graph.Request && len(ev.Targets) > 0 {
			t.Errorf("unexpected %s → %v", ev.Label, ids(ev.Targets))
		}
	}
}
