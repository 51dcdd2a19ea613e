package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestChargedActCue checks that a date inside what an accusation charges
// dates the act charged, not the accusation, while a date before the
// charge, or a weekday after a short one, still dates the accusation
// (published 2006-10-14, a Saturday).
func TestChargedActCue(t *testing.T) {
	tests := []statusDateCase{
		{"gerund charge with a month", "Peru accused Chile of invading its waters in March.",
			wantEvent{graph.Accuse, []string{"PE"}, []string{"CL"}}, graph.Reported, ""},
		{"infinitive inside the charge", "Peru has accused the United States of trying to topple its president back in 2002.",
			wantEvent{graph.Accuse, []string{"PE"}, []string{"US"}}, graph.Reported, ""},
		{"perfect gerund", "Bolivia accused Paraguay of having armed the rebels in 2004.",
			wantEvent{graph.Accuse, []string{"BO"}, []string{"PY"}}, graph.Reported, ""},
		{"charged with", "Colombia charged Ecuador with sheltering rebels in 2005.",
			wantEvent{graph.Accuse, []string{"CO"}, []string{"EC"}}, graph.Reported, ""},
		// Contrasts: a cue before the charge dates the accusation.
		{"cue before the charge", "Peru accused Chile on Monday of invading its waters in March.",
			wantEvent{graph.Accuse, []string{"PE"}, []string{"CL"}}, graph.Reported, "2006-10-09"},
		{"cue opening the sentence", "On Monday, Peru accused Chile of invading its waters.",
			wantEvent{graph.Accuse, []string{"PE"}, []string{"CL"}}, graph.Reported, "2006-10-09"},
		{"a weekday after a short charge", "Peru accused Chile of spying on Monday.",
			wantEvent{graph.Accuse, []string{"PE"}, []string{"CL"}}, graph.Reported, "2006-10-09"},
		{"a year counted back after the charge", "Peru accused Chile of backing a coup in Bolivia last year.",
			wantEvent{graph.Accuse, []string{"PE"}, []string{"CL"}}, graph.Reported, ""},
	}
	checkStatusDates(t, "2006-10-14", tests)
}
