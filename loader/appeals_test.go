package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestAppealRules checks the requests and concessions of appeals.go and
// the widened frames beside them, each on a sentence made up for the
// test: the exact type, actors, targets and status.
func TestAppealRules(t *testing.T) {
	checkEvents(t, "2005-03-26", []eventCase{
		{"a demand after a fronted adverb and an interruption", "Meanwhile, Ghana, through its envoy in Lome, demanded that Togo return the seized trawler.",
			wantEvent{graph.Request, []string{"GH"}, []string{"TG"}}, graph.Reported, true},
		{"a request as the subject's second verb phrase", "Peru, however, regards the dam as a serious threat and has pressed Chile to halt the work.",
			wantEvent{graph.Request, []string{"PE"}, []string{"CL"}}, graph.Reported, true},
		{"told with a day before the act asked", "Ghana told Togo on Friday to close the border.",
			wantEvent{graph.Request, []string{"GH"}, []string{"TG"}}, graph.Reported, true},
		{"a request after a first verb phrase the main loop reads as a participle", "The so-called Peruvian envoy Luis Solari described Chile's decision as economic aggression and called on the Chilean authorities to revise it.",
			wantEvent{graph.Request, []string{"person/luis-solari", "PE"}, []string{"CL"}}, graph.Reported, true},
		{"a subject with an as-phrase and a parenthesis", "Ghana as chairman (of the talks) urged Togo to come to the table.",
			wantEvent{graph.Request, []string{"GH"}, []string{"TG"}}, graph.Reported, true},
		{"restrictions lifted against a state", "Chile lifted the travel restrictions against Peru.",
			wantEvent{graph.Concede, []string{"CL"}, []string{"PE"}}, graph.Reported, true},
	})
}

// TestAppealRulesLeaveOthers checks sentences the frames must not read.
func TestAppealRulesLeaveOthers(t *testing.T) {
	checkRejects(t, []reject{
		{"the opener is not the subject of a reported clause", "Meanwhile, Ghana said that the farmers have urged Togo to reopen the border.", graph.Request},
		{"an opener that only qualifies the subject", "Meanwhile, Ghanaian farmers, through a lawyer, demanded that Togo return the land.", graph.Request},
		{"a coordinated request whose opener is no party", "The report praised the farmers of Ghana and called on Togo to act.", graph.Request},
		{"told where, not to act", "Ghana told Togo on Friday to the dismay of Benin that it would stay.", graph.Request},
	})
}
