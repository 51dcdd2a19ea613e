package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestFates checks the statuses fates.go reads, each on a sentence made up
// for the test: the exact type, actors, targets and status.
func TestFates(t *testing.T) {
	tests := []eventCase{
		// A visit or meeting cancelled will not happen; one postponed still will.
		{"a visit cancelled", "Angela Merkel cancelled her planned visit to China.",
			wantEvent{graph.Consult, []string{"person/angela-merkel", "DE"}, []string{"CN"}}, graph.Denied, true},
		{"a trip called off", "Angela Merkel called off her trip to Beijing.",
			wantEvent{graph.Consult, []string{"person/angela-merkel", "DE"}, []string{"CN"}}, graph.Denied, true},
		{"a summit called off, passive", "The summit between Angela Merkel and Xi Jinping was called off.",
			wantEvent{graph.Consult, []string{"person/angela-merkel", "DE"}, []string{"person/xi-jinping", "CN"}}, graph.Denied, true},
		{"plans to visit scrapped", "Angela Merkel scrapped plans to visit China.",
			wantEvent{graph.Consult, []string{"person/angela-merkel", "DE"}, []string{"CN"}}, graph.Denied, true},
		{"a trip postponed", "Angela Merkel postponed her trip to Beijing.",
			wantEvent{graph.Consult, []string{"person/angela-merkel", "DE"}, []string{"CN"}}, graph.Planned, true},
		{"a visit put off", "Angela Merkel put off her visit to China.",
			wantEvent{graph.Consult, []string{"person/angela-merkel", "DE"}, []string{"CN"}}, graph.Planned, true},
		{"a summit postponed, passive", "The summit between Angela Merkel and Xi Jinping has been postponed.",
			wantEvent{graph.Consult, []string{"person/angela-merkel", "DE"}, []string{"person/xi-jinping", "CN"}}, graph.Planned, true},
		{"a cancellation negated", "The summit between Angela Merkel and Xi Jinping was not cancelled.",
			wantEvent{graph.Consult, []string{"person/angela-merkel", "DE"}, []string{"person/xi-jinping", "CN"}}, graph.Planned, true},
		{"no plans to cancel", "Angela Merkel said there were no plans to cancel her visit to China.",
			wantEvent{graph.Consult, []string{"person/angela-merkel", "DE"}, []string{"CN"}}, graph.Planned, true},
		{"talks suspended, passive", "Talks between Germany and China were suspended.",
			wantEvent{graph.Consult, []string{"DE"}, []string{"CN"}}, graph.Denied, true},
		// What the speaker denies in a "that" clause is denied; a rumour
		// the speaker denies is speculated (ANNOTATION.md: "rumoured and
		// officially denied").
		{"reports denied", "Beijing denied reports that Xi Jinping would meet Angela Merkel.",
			wantEvent{graph.Consult, []string{"person/xi-jinping", "CN"}, []string{"person/angela-merkel", "DE"}}, graph.Speculated, true},
		{"reports rejected", "The Chinese government rejected reports that Xi Jinping had visited Germany.",
			wantEvent{graph.Consult, []string{"person/xi-jinping", "CN"}, []string{"DE"}}, graph.Speculated, true},
		{"a that-clause denied", "China denied that Xi Jinping had met Angela Merkel.",
			wantEvent{graph.Consult, []string{"person/xi-jinping", "CN"}, []string{"person/angela-merkel", "DE"}}, graph.Denied, true},
		{"a plan negated", "Germany is not planning to attack Iran.",
			wantEvent{graph.Assault, []string{"DE"}, []string{"IR"}}, graph.Denied, true},
		{"no plans", "Germany has no plans to attack Iran.",
			wantEvent{graph.Assault, []string{"DE"}, []string{"IR"}}, graph.Denied, true},
		// A meeting one agrees to resume is planned.
		{"talks agreed to be resumed", "Germany and China agreed to resume talks.",
			wantEvent{graph.Consult, []string{"DE"}, []string{"CN"}}, graph.Planned, true},
		{"talks decided to be opened", "Germany and China decided to open talks.",
			wantEvent{graph.Consult, []string{"DE"}, []string{"CN"}}, graph.Planned, true},
	}
	checkEvents(t, "2016-05-14", tests)
	checkRejects(t, []reject{
		{"a cancelled visit is no sanction", "Angela Merkel cancelled her planned visit to China.", graph.Sanction},
		{"a trip called off is no concession", "Angela Merkel called off her trip to Beijing.", graph.Concede},
	})
	// The denial of a plan to cancel keeps the plan: "not cancelling plans".
	ev := mustFindEvent(t, "Angela Merkel said she is not cancelling plans to meet Xi Jinping.", "2016-05-14",
		wantEvent{graph.Consult, []string{"person/angela-merkel"}, []string{"person/xi-jinping"}})
	if ev.Status != graph.Planned {
		t.Errorf("%s: status %s, want planned", ev.Label, ev.Status)
	}
	// "agreed to a suspension of sanctions" states what was decided: no plan.
	const decided = "agreed to a suspension of sanctions"
	if got := fatedStatus(tokenize(decided, 0, len(decided)), 4, true, graph.Reported); got != graph.Reported {
		t.Errorf("agreed to a suspension: status %s, want reported", got)
	}
}
