package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestLeaderGovernmentsAreNoPeople checks that a government named after
// its leader ("the Howard Government") is not read as a person whose
// given name opens it, so that its last word does not become a short name
// for a later, other state's government in the same article.
func TestLeaderGovernmentsAreNoPeople(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"a government named after its leader", "The Howard Government rejected the plan.", nil, []string{"Howard Government=PERSON/Howard Government"}},
		{"an administration named after its leader", "The Martin Administration rejected the plan.", nil, []string{"Martin Administration=PERSON/Martin Administration"}},
		{"a person whose given name opens the name is still one", "Howard Dean rejected the plan.", []string{"Howard Dean=PERSON/Howard Dean"}, nil},
	})
	checkEvents(t, "2006-05-10", []eventCase{
		{"another state's government after the leader's",
			"The Howard Government has closed the camp. Meanwhile the Nauru Government has urged Australia to speed up the processing of refugees.",
			wantEvent{graph.Request, []string{"NR"}, []string{"AU"}}, graph.Reported, true},
		{"a demonym's government after the leader's",
			"The Howard Government has closed the camp. The Indonesian Government has urged Australia to return the refugees.",
			wantEvent{graph.Request, []string{"ID"}, []string{"AU"}}, graph.Reported, true},
	})
}
