package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestRepeatedCharges checks that a charge made again is aimed at whom
// the article's last accusation accused, or at the party it names.
func TestRepeatedCharges(t *testing.T) {
	checkEvents(t, "2008-05-20", []eventCase{
		{"the same charge made by another", "Syria accused Israel of planning the bombing. Iran also made the same charge.",
			wantEvent{graph.Accuse, []string{"IR"}, []string{"IL"}}, graph.Reported, true},
		{"the charge repeated", "Syria blamed Israel for the bombing. On Monday Iran repeated the charge.",
			wantEvent{graph.Accuse, []string{"IR"}, []string{"IL"}}, graph.Reported, true},
		{"similar accusations levelled", "Syria accused Israel of spying. Iran levelled similar accusations on Tuesday.",
			wantEvent{graph.Accuse, []string{"IR"}, []string{"IL"}}, graph.Reported, true},
		{"criticism renewed of a named party", "Russia renewed its criticism of NATO on Friday.",
			wantEvent{graph.Accuse, []string{"RU"}, []string{"org/nato"}}, graph.Reported, true},
		{"the charge made in a relative clause", "Syria accused Israel of spying. Iran, which made the charge in a statement, gave no details.",
			wantEvent{graph.Accuse, []string{"IR"}, []string{"IL"}}, graph.Reported, true},
	})
}

// TestRepeatedChargesLeaveOthers checks the words of the frame where they
// refer back to no accusation.
func TestRepeatedChargesLeaveOthers(t *testing.T) {
	checkNoClaims(t, "2008-05-20", func(rule string) bool { return rule == "verb:repeat-charge" || rule == "verb:repeat-charge-relative" },
		"Syria accused Israel of spying. Iran makes charges for its visas.",
		"Syria accused Israel of spying. Iran made complaints to the police.",
		"Syria accused Israel of spying. Iran repeated the condemnation.",
		"Syria accused Israel of spying. Iran did not repeat the charge.",
		"Syria accused Israel of spying. Iran made a charge of fraud.",
	)
}
