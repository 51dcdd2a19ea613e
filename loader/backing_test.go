package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestBackingFrames checks backing.go on sentences made up for the test:
// the bare "back" after an infinitive's "to" or a modal, with a named
// party or a party's act as its object, is support.
func TestBackingFrames(t *testing.T) {
	checkRuleCases(t, "2005-03-28", []ruleCase{
		{"a legislature votes to back a person", "The Kyrgyz parliament voted to back opposition leader Kurmanbek Bakiyev as prime minister.",
			wantEvent{graph.Support, []string{"org/kyrgyz-parliament"}, []string{"person/kurmanbek-bakiyev"}}, graph.Reported, "verb:back"},
		{"a state will back another's bid", "Venezuela will back Ecuador's bid for a larger quota.",
			wantEvent{graph.Support, []string{"VE"}, []string{"EC"}}, graph.Planned, "verb:back"},
		{"a leader pledges to back a person", "Vladimir Putin pledged to back Viktor Yanukovych in the runoff.",
			wantEvent{graph.Support, []string{"person/vladimir-putin", "RU"}, []string{"person/viktor-yanukovych"}}, graph.Planned, "verb:back"},
		{"a leader appears to back a person", "Tony Blair appeared to back Nicolas Sarkozy in the French election.",
			wantEvent{graph.Support, []string{"person/tony-blair", "GB"}, []string{"person/nicolas-sarkozy"}}, graph.Speculated, "verb:back"},
	})
}

// TestBackingNone checks sentences backing.go must leave alone: the
// particle verbs, the adverb, and a backing asked of others.
func TestBackingNone(t *testing.T) {
	checkNoClaims(t, "2005-03-28", rulePrefixes("verb:back"),
		"Vladimir Putin refused to back down from his threat against Georgia.",
		"Russia would not back out of its contract with Iran.",
		"Condoleezza Rice flew back to Israel on Tuesday.",
		"Vladimir Putin pleaded with the Duma to back Viktor Yanukovych.",
		"Tony Blair wants to back the bill.",
	)
}
