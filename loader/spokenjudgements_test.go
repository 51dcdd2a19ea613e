package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestSpokenJudgements checks that an evaluative word a speaker predicates
// of the one party of his statement reads as his judgement of it, and
// that the same word said of something else does not.
func TestSpokenJudgements(t *testing.T) {
	checkEvents(t, "2008-05-01", []eventCase{
		{"the party as the subject of a quoted judgement", `"Chile has irrational and unreasonable rules on fishing," Peru said.`,
			wantEvent{graph.Accuse, []string{"PE"}, []string{"CL"}}, graph.Reported, true},
		{"the party as the agent after by", "Peru said the feeble response by Chile had cost lives.",
			wantEvent{graph.Accuse, []string{"PE"}, []string{"CL"}}, graph.Reported, true},
		{"the word qualifying the party's name", "Peru said its people would not bow to this oppressive Chile.",
			wantEvent{graph.Accuse, []string{"PE"}, []string{"CL"}}, graph.Reported, true},
		{"praise", `"Japan has been generous to our people," Peru said.`,
			wantEvent{graph.Support, []string{"PE"}, []string{"JP"}}, graph.Reported, true},
	})
	checkNoEvents(t, "2008-05-01", []graph.EventType{graph.Accuse},
		"Peru said the brutal treatment of Chilean fishermen had to end.", // "of": what was done to them
		"Peru said that Chile believes the quota is excessive.",           // Chile judges, it is not judged
		"Peru said Chile had not been negligent.",                         // negated
		"Peru said the report that Chile had built a base was untrue.",    // a claim judged, not its subject
		"Peru said it would respond if Chile took excessive measures.",    // a condition
		"Peru said it did not consider Chile as protectionist.",           // a denied opinion
	)
}
