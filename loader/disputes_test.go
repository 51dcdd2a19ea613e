package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestDisputesRules checks the disputes theme's rules, each on a sentence
// made up for the test: lawsuits, protests held in a country against
// another, blame laid with "hold", blame said to lie with a party and
// opposition stated by a noun.
func TestDisputesRules(t *testing.T) {
	checkEvents(t, "2008-05-20", []eventCase{
		{"lawsuit filed by the subject", "Greenpeace filed a lawsuit against France on Monday.",
			wantEvent{graph.Accuse, []string{"org/greenpeace"}, []string{"FR"}}, graph.Reported, true},
		{"lawsuit filed, passive with agent", "A lawsuit was filed against Malaysia by the Indonesian government.",
			wantEvent{graph.Accuse, []string{"ID"}, []string{"MY"}}, graph.Reported, true},
		{"legal action planned", "The European Union will take legal action against Poland.",
			wantEvent{graph.Accuse, []string{"org/european-union"}, []string{"PL"}}, graph.Planned, true},
		{"protests against a state held in another", "Protests against Israel broke out in Jordan on Monday.",
			wantEvent{graph.Protest, []string{"JO"}, []string{"IL"}}, graph.Reported, true},
		{"held a government of a state responsible", "Israel held the government of Lebanon responsible for the attack.",
			wantEvent{graph.Accuse, []string{"IL"}, []string{"LB"}}, graph.Reported, true},
		{"held responsible, the speaker behind a pronoun", "Syria says that they hold the Iraqi government responsible for the bombings.",
			wantEvent{graph.Accuse, []string{"SY"}, []string{"IQ"}}, graph.Reported, true},
		{"responsibility lies with a party", "Russia said the responsibility for the crisis lies with Ukraine.",
			wantEvent{graph.Accuse, []string{"RU"}, []string{"UA"}}, graph.Reported, true},
		{"opposition voiced to a party's act", "Japan reiterated its opposition to China's plan on Friday.",
			wantEvent{graph.Reject, []string{"JP"}, []string{"CN"}}, graph.Reported, true},
		{"a state's opposition to a plan by a party", "Russian opposition to a proposal by the United States grew.",
			wantEvent{graph.Reject, []string{"RU"}, []string{"US"}}, graph.Reported, true},
		{"a judged act's owner at the head of a passive", "Iran's support for the militias in Lebanon and Syria was condemned by France.",
			wantEvent{graph.Accuse, []string{"FR"}, []string{"IR"}}, graph.Reported, true},
	})
}

// TestDisputesRulesLeaveOtherSenses checks that the words of the rules in
// other senses give no dispute.
func TestDisputesRulesLeaveOtherSenses(t *testing.T) {
	checkNoEvents(t, "2008-05-20", []graph.EventType{graph.Accuse, graph.Protest, graph.Reject},
		"France followed suit against the advice of Germany.",
		"Protests against the war in Iraq were held in Britain.",
		"Demonstrations against the government were held in Georgia.",
		"The election was held in Iraq and Iran was responsible for security.",
		"The strength of the alliance lies with Canada and Norway.",
		"Germany voiced its opposition to the war in Iraq.",
		"The blockade, a cause of the protests in Lebanon, was condemned by France.",
	)
}
