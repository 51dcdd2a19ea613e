package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestTypeAudit checks that talks broken off or left are a suspension
// (SANCTION) and not read as a meeting, and that a person captured by a
// state's forces is arrested (COERCE), with the other readings for contrast.
func TestTypeAudit(t *testing.T) {
	tests := []struct {
		name, body string
		want       wantEvent
		notType    graph.EventType
	}{
		{"broken off, perfect", "Chile has broken off peace talks with Peru.",
			wantEvent{graph.Sanction, []string{"CL"}, []string{"PE"}}, graph.Consult},
		{"broke off from a negotiation", "Chile broke off from the negotiation with Peru on Monday.",
			wantEvent{graph.Sanction, []string{"CL"}, []string{"PE"}}, graph.Consult},
		{"pulled out of talks", "Chile pulled out of the border talks with Peru.",
			wantEvent{graph.Sanction, []string{"CL"}, []string{"PE"}}, graph.Retreat},
		{"withdrew from negotiations", "Chile withdrew from the negotiations with Peru.",
			wantEvent{graph.Sanction, []string{"CL"}, []string{"PE"}}, graph.Retreat},
		{"talks held stay a meeting", "Chile has held talks with Peru.",
			wantEvent{graph.Consult, []string{"CL"}, []string{"PE"}}, graph.Sanction},
		{"troops withdrawn stay a retreat", "Chile withdrew its troops from Peru after talks with Bolivia.",
			wantEvent{graph.Retreat, []string{"CL"}, []string{"PE"}}, graph.Sanction},
		{"a commander captured by forces", "Chilean forces have captured the rebel commander Juan Perez.",
			wantEvent{graph.Coerce, []string{"CL"}, []string{"person/juan-perez"}}, graph.Assault},
		{"men captured by forces, passive", "Two Peruvian men were captured inside Chile by Chilean forces.",
			wantEvent{graph.Coerce, []string{"CL"}, []string{"PE"}}, graph.Assault},
		{"a town captured stays an assault", "Chilean troops captured the Peruvian town of Tacna.",
			wantEvent{graph.Assault, []string{"CL"}, []string{"PE"}}, graph.Coerce},
		{"a soldier captured by a militia stays an assault", "Hamas captured an Israeli soldier.",
			wantEvent{graph.Assault, []string{"org/hamas"}, []string{"IL"}}, graph.Coerce},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			mustFindEvent(t, tt.body, "2006-07-18", tt.want)
			for _, ev := range extractBody(t, tt.body, "2006-07-18").Events {
				if ev.Type == tt.notType {
					t.Errorf("unexpected %s event %s", ev.Type, ev.Label)
				}
			}
		})
	}
}
