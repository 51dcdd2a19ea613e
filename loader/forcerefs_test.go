package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestForceReferences checks the parties of force named by description
// once the article has named them, each on a short article made up for
// the test.
func TestForceReferences(t *testing.T) {
	checkEvents(t, "2008-05-12", []eventCase{
		{"bare militants open a clause", "The Taliban vowed to fight on in Afghanistan. The clash began when militants attacked Afghan soldiers.",
			wantEvent{graph.Assault, []string{"org/taliban"}, []string{"AF"}}, graph.Reported, true},
		{"rebel attacks on government troops", "The Tamil Tigers want a homeland in northern Sri Lanka. Sri Lanka is an island. The truce broke down after a series of rebel attacks on government troops.",
			wantEvent{graph.Assault, []string{"org/liberation-tigers-of-tamil-eelam"}, []string{"LK"}}, graph.Reported, true},
		{"the helicopters are their owner's", "Two US helicopters crossed into Pakistan on Sunday. Pakistani troops fired on the helicopters.",
			wantEvent{graph.Assault, []string{"PK"}, []string{"US"}}, graph.Reported, true},
		{"fired upon", "Two US helicopters crossed into Pakistan on Sunday. Pakistani troops fired upon the helicopters.",
			wantEvent{graph.Assault, []string{"PK"}, []string{"US"}}, graph.Reported, true},
		{"the sailors are their navy's state's", "Iran seized 15 British sailors in March. Iran freed the sailors on Wednesday.",
			wantEvent{graph.Retreat, []string{"IR"}, []string{"GB"}}, graph.Reported, true},
	})
}

// TestForceReferencesLeaveOthers checks the descriptions these rules
// leave alone: militants qualified or with a group named beside them,
// government forces qualified, a craft two owners share.
func TestForceReferencesLeaveOthers(t *testing.T) {
	for _, tt := range []struct{ body, notTarget, notActor string }{
		{"The Taliban vowed to fight on. Hamas said militants attacked Israel.", "", "org/taliban"},
		{"The Taliban vowed to fight on in Afghanistan. Baloch militants attacked Pakistan.", "", "org/taliban"},
		{"The Tamil Tigers want a homeland in Sri Lanka. The Tigers attacked anti-government forces.", "LK", ""},
		{"American and British ships sailed into the Gulf. Iran fired on the ships.", "US", ""},
		{"American and British ships sailed into the Gulf. Iran fired on the ships.", "GB", ""},
	} {
		ex := extractBody(t, tt.body, "2008-05-12")
		for _, ev := range ex.Events {
			for _, e := range ev.Targets {
				if tt.notTarget != "" && e.ID == tt.notTarget {
					t.Errorf("%q: unexpected target in %s", tt.body, ev.Label)
				}
			}
			for _, e := range ev.Actors {
				if tt.notActor != "" && e.ID == tt.notActor {
					t.Errorf("%q: unexpected actor in %s", tt.body, ev.Label)
				}
			}
		}
	}
}
