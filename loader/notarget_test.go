package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestEarlierTargetEvents checks targets named only in an earlier
// sentence, each on sentences made up for the test: the exact type,
// actors, targets and status.
func TestEarlierTargetEvents(t *testing.T) {
	tests := []eventCase{
		{"a denial of the allegations rejects their author", "Peru accused Chile of spying on its navy. Chile rejected the allegations on Friday.",
			wantEvent{graph.Reject, []string{"CL"}, []string{"PE"}}, graph.Reported, true},
		{"claims made with a verb of claiming", "Peru claimed that Chile had moved troops to the border. Chile denied the claims.",
			wantEvent{graph.Reject, []string{"CL"}, []string{"PE"}}, graph.Reported, true},
		{"a passive denial", "The new accusations by Peru concern the fishing fleet. The allegations were denied by Chile on Tuesday.",
			wantEvent{graph.Reject, []string{"CL"}, []string{"PE"}}, graph.Reported, true},
		{"a denial of involvement rejects who accused the denier", "Peru accused Chile of arming the rebels. Chile denied any involvement.",
			wantEvent{graph.Reject, []string{"CL"}, []string{"PE"}}, graph.Reported, true},
		{"a passive reaction to a decision", "Bolivia decided on Monday to close the border. The decision was criticised by Argentina.",
			wantEvent{graph.Accuse, []string{"AR"}, []string{"BO"}}, graph.Reported, true},
		{"a passive reaction whose agent the preposition list also takes", "Peru proposed a new maritime border. This proposal has been opposed by Chile.",
			wantEvent{graph.Reject, []string{"CL"}, []string{"PE"}}, graph.Reported, true},
		{"the object of a presenting verb is its subject's act", "Peru unveiled a new peace plan on Monday. Chile rejected the plan.",
			wantEvent{graph.Reject, []string{"CL"}, []string{"PE"}}, graph.Reported, true},
		{"an announcement", "Peru announced a new fishing zone on Monday. The announcement was welcomed by Chile.",
			wantEvent{graph.Support, []string{"CL"}, []string{"PE"}}, graph.Reported, true},
		{"the organisation is the one the last sentence named", "Amnesty International published a report on Monday. Israel accused the organisation of bias.",
			wantEvent{graph.Accuse, []string{"IL"}, []string{"org/amnesty-international"}}, graph.Reported, true},
		{"her is the one person the last sentence named", "Angela Merkel spoke about land reform on Saturday. Robert Mugabe later accused her of arrogance.",
			wantEvent{graph.Accuse, []string{"person/robert-mugabe", "ZW"}, []string{"person/angela-merkel", "DE"}}, graph.Reported, false},
	}
	checkEvents(t, "2006-05-03", tests)
	checkRejects(t, []reject{
		{"a denial denied", "Peru accused Chile of spying. Chile did not deny the charges.", graph.Reject},
		{"two people before: him could be either", "Angela Merkel met Tony Blair on Saturday. Robert Mugabe later accused him of arrogance.", graph.Accuse},
		{"two organisations before", "Amnesty International and Human Rights Watch published reports. Israel accused the organisation of bias.", graph.Accuse},
	})
}
