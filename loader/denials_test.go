package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestWrongdoingDenials checks the denials of denials.go, each on a
// sentence made up for the test: the exact type, actors, targets and
// status.
func TestWrongdoingDenials(t *testing.T) {
	tests := []eventCase{
		{"a denied part in a wrong", "Peru has denied any involvement in the smuggling scheme.",
			wantEvent{graph.Reject, []string{"PE"}, nil}, graph.Reported, true},
		{"a denied that-clause", "Chile denied that its troops had crossed the border.",
			wantEvent{graph.Reject, []string{"CL"}, nil}, graph.Reported, true},
		{"a denied gerund", "Bolivia denies arming the rebels.",
			wantEvent{graph.Reject, []string{"BO"}, nil}, graph.Reported, true},
		{"allegations rejected", "Peru rejected the latest allegations.",
			wantEvent{graph.Reject, []string{"PE"}, nil}, graph.Reported, true},
		{"a denial in a participle", "On Monday, Chile issued a long statement, denying that it had armed the rebels.",
			wantEvent{graph.Reject, []string{"CL"}, nil}, graph.Reported, true},
		{"a claim whose author follows", "Peru denied the claim by Chile that its troops had crossed the border.",
			wantEvent{graph.Reject, []string{"PE"}, []string{"CL"}}, graph.Reported, true},
		// Where the accuser is unclear or absent, the denial stands without a
		// target rather than with a guessed one.
		{"two accusers: the phrase does not say whose", "Peru accused Chile of spying. Bolivia accused Chile of smuggling. Chile rejected the allegations.",
			wantEvent{graph.Reject, []string{"CL"}, nil}, graph.Reported, true},
		{"one not accused denies only its own part", "Peru accused Chile of arming the rebels. Bolivia denied any involvement.",
			wantEvent{graph.Reject, []string{"BO"}, nil}, graph.Reported, true},
		{"a denial of unattributed claims", "Iran denied claims that Syria had sent weapons.",
			wantEvent{graph.Reject, []string{"IR"}, nil}, graph.Reported, true},
	}
	checkEvents(t, "2006-05-03", tests)
	checkRejects(t, []reject{
		{"neither confirmed nor denied", "Peru has neither confirmed nor denied the reports.", graph.Reject},
		{"a denial withheld", "Chilean officials don't deny that the troops crossed the border.", graph.Reject},
		{"stopped denying", "Peru stopped denying that its troops had crossed the border.", graph.Reject},
		{"a passive denial of access", "Chile was denied access to the port.", graph.Reject},
		{"a claim to a right", "Peru rejected their claim to independence.", graph.Reject},
	})
}
