package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestDeadlines checks the readings of deadlines.go and the dating of
// deadlines, each on a sentence made up for the test: the exact actors and
// targets of the request, its status, its date ("" where the sentence
// dates only the deadline) and the rule that read it.
func TestDeadlines(t *testing.T) {
	tests := []struct {
		name, body      string
		actors, targets []string
		status          graph.Status
		date, rule      string
	}{
		{"a deadline set for a party", "The United Nations Security Council set a deadline of August 31 for Iran to suspend enrichment.",
			[]string{"org/united-nations-security-council"}, []string{"IR"}, graph.Reported, "", "deadline-set"},
		{"a deadline imposed, with a span", "Britain imposed a deadline of three weeks for Japan to open its markets.",
			[]string{"GB"}, []string{"JP"}, graph.Reported, "", "deadline-set"},
		{"a possessive owner; the expiry does not date the request", "Israel's deadline for Hamas to release the soldier expired on Sunday.",
			[]string{"IL"}, []string{"org/hamas"}, graph.Reported, "", "deadline-set"},
		{"a demonym owner before a group noun", "The Israeli deadline for the Hamas government to free the soldier passed.",
			[]string{"IL"}, []string{"org/hamas"}, graph.Reported, "", "deadline-set"},
		{"a deadline whose setting is denied", "Officials denied that Russia had set a deadline for Georgia to withdraw.",
			[]string{"RU"}, []string{"GE"}, graph.Denied, "", "deadline-set"},
		{"the day the deadline is set dates it", "On Monday the European Union set a deadline for Serbia to hand over the suspects.",
			[]string{"org/european-union"}, []string{"RS"}, graph.Reported, "2008-05-05", "deadline-set"},
		{"the day of a deadline given dates the act, not the request", "The United Nations gave Iran until August 31 to halt its nuclear programme.",
			[]string{"org/united-nations"}, []string{"IR"}, graph.Reported, "", "verb:deadline"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ev := mustFindExactEvent(t, tt.body, "2008-05-06", graph.Request, tt.actors, tt.targets)
			if ev.Status != tt.status {
				t.Errorf("status %s, want %s", ev.Status, tt.status)
			}
			if ev.Date != tt.date {
				t.Errorf("date %q, want %q", ev.Date, tt.date)
			}
			if !hasClaimRule(ev, tt.rule) {
				t.Errorf("no claim by %s: %v", tt.rule, ev.Claims)
			}
		})
	}
}

// TestDeadlinesNearMisses checks deadlines no party sets for another: a
// deadline for a thing, a passive with no setter, a deadline that only
// passes.
func TestDeadlinesNearMisses(t *testing.T) {
	checkNoClaims(t, "2008-05-06", func(rule string) bool { return rule == "deadline-set" },
		"The deadline for applications is Friday.",
		"A deadline for Iran to respond was set at July 9.",
		"The deadline passed on Sunday without a deal.",
		"Iran set a deadline for talks with the European Union.",
		"Boeing extended the deadline for its offer to Monday.",
	)
}
