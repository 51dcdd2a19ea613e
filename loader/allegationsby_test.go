package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestAllegationsBy checks that an accusation named by a noun with its
// author and a "that" clause accuses the clause's subject.
func TestAllegationsBy(t *testing.T) {
	checkEvents(t, "2008-05-20", []eventCase{
		{"allegations by a body that a party acted", "The EU will investigate allegations by Amnesty International that Egypt tortured prisoners.",
			wantEvent{graph.Accuse, []string{"org/amnesty-international"}, []string{"EG"}}, graph.Reported, true},
		{"accusations made last week by a state", "Chile rejected accusations made last week by Peru that Bolivia had armed the rebels.",
			wantEvent{graph.Accuse, []string{"PE"}, []string{"BO"}}, graph.Reported, true},
		{"allegations from a leader", "Washington dismissed allegations from Venezuela that the United States had planned a coup.",
			wantEvent{graph.Accuse, []string{"VE"}, []string{"US"}}, graph.Reported, true},
		{"a possessive author", "Chile denied Peru's repeated accusations that Chile had armed the rebels.",
			wantEvent{graph.Accuse, []string{"PE"}, []string{"CL"}}, "", true},
		{"a demonym before a state's body", "Iran denied charges by Canada that the Iranian police had beaten a journalist.",
			wantEvent{graph.Accuse, []string{"CA"}, []string{"IR"}}, graph.Reported, true},
		{"it stands for the party that answers", "Syria dismissed accusations by the United States that it is building a reactor.",
			wantEvent{graph.Accuse, []string{"US"}, []string{"SY"}}, graph.Reported, true},
	})
}

// TestAllegationsByLeaveOthers checks clauses that accuse no one named:
// a passive clause names whom an act befell, and claims are no charges.
func TestAllegationsByLeaveOthers(t *testing.T) {
	checkNoClaims(t, "2008-05-20", func(rule string) bool { return rule == "noun:allegation-by-that" },
		"Iran rejected accusations by Canada that a journalist was beaten in Iran.",
		"Iran denied charges by Canada that the Iranian police had been beaten.",
		"The Workers' Party denied Peru's allegations and said that it supports the inquiry.",
		"Chile rejected claims by Peru that Bolivia had agreed to a ceasefire.",
		"The charges by Peru were dropped after Bolivia said that it would pay.",
	)
}
