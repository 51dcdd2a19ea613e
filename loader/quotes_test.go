package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestQuotedEvents checks events stated inside quotations, each on a
// sentence made up for the test: the speaker acts, "we" is the speaker's
// side and "him" is the person named before the quotation.
func TestQuotedEvents(t *testing.T) {
	tests := []eventCase{
		{"we expect a state to act", `"We expect Iran to halt enrichment," French Foreign Minister Philippe Douste-Blazy said.`,
			wantEvent{graph.Request, []string{"person/philippe-douste-blazy", "FR"}, []string{"IR"}}, graph.Reported, true},
		{"him is the person named before the quotation", `Russian President Vladimir Putin visited Chile. "We, therefore, expect him to withdraw his troops from Georgia," Spanish Foreign Minister Miguel Moratinos said.`,
			wantEvent{graph.Request, []string{"person/miguel-moratinos", "ES"}, []string{"person/vladimir-putin", "RU"}}, graph.Reported, true},
		{"a quotation over two sentences", `Peruvian President Alan Garcia spoke on Monday. "Our patience is ending. We expect Chile to return the documents within a week," he said.`,
			wantEvent{graph.Request, []string{"person/alan-garcia"}, []string{"CL"}}, graph.Reported, false},
		{"a connective between subject and verb", "Russia, however, rejected the plan of Georgia.",
			wantEvent{graph.Reject, []string{"RU"}, []string{"GE"}}, graph.Reported, true},
		{"a quotation opened after a speech verb", `Peru's president Alan Garcia stated, "We expect Chile to sign."`,
			wantEvent{graph.Request, []string{"person/alan-garcia"}, []string{"CL"}}, graph.Reported, false},
		{"the United States inside a quotation is no verb of saying", `"We call on the United States to end the blockade," Fidel Castro said.`,
			wantEvent{graph.Request, []string{"person/fidel-castro"}, []string{"US"}}, graph.Reported, false},
		{"a quotation introduced by told reporters", `Kenya's foreign minister Moses Wetangula told reporters: "We urge Uganda to withdraw its soldiers from the island."`,
			wantEvent{graph.Request, []string{"person/moses-wetangula"}, []string{"UG"}}, graph.Reported, false},
		{"a speaker introduces the quotation", `Jacques Chirac said: "We condemn Syria for the bombing."`,
			wantEvent{graph.Accuse, []string{"person/jacques-chirac"}, []string{"SY"}}, graph.Reported, false},
		{"a statement which read", `The Danish Foreign Ministry issued a statement which read, "We condemn Syria for the raid."`,
			wantEvent{graph.Accuse, []string{"org/danish-foreign-ministry"}, []string{"SY"}}, graph.Reported, false},
		{"a conditional threat", `"If the Americans put their radars on our soil, we will have to respond with force," Russian General Ivan Petrov said.`,
			wantEvent{graph.Threaten, []string{"person/ivan-petrov"}, []string{"US"}}, graph.Reported, false},
		{"a conditional strike back", `"If Georgia shells our villages again, we will strike back," Abkhaz leader Sergei Bagapsh said.`,
			wantEvent{graph.Threaten, []string{"person/sergei-bagapsh"}, []string{"GE"}}, graph.Reported, true},
		{"I think we will have to", `"If Pakistan moves its tanks to the border, I think we will have to respond militarily," Indian Army chief Deepak Kapoor said.`,
			wantEvent{graph.Threaten, []string{"person/deepak-kapoor"}, []string{"PK"}}, graph.Reported, false},
		{"the speaker goes on in the next sentence", `The Dutch Foreign Ministry issued a statement which read, "We regret the delay." "We urge Serbia to arrest the suspects."`,
			wantEvent{graph.Request, []string{"org/dutch-foreign-ministry"}, []string{"RS"}}, graph.Reported, false},
		{"a reviled figure beside a leader", `"I think Stalin would look like a choirboy next to Tony Blair," Bolivian President Evo Morales said.`,
			wantEvent{graph.Accuse, []string{"person/evo-morales"}, []string{"person/tony-blair"}}, graph.Reported, false},
		{"a quotation after a participle of saying", `On Monday, Evo Morales answered the criticism, saying "We condemn Chile for the blockade."`,
			wantEvent{graph.Accuse, []string{"person/evo-morales"}, []string{"CL"}}, graph.Reported, false},
	}
	checkEvents(t, "2006-05-03", tests)
	checkRejects(t, []reject{
		{"expecting to do is a forecast", `"We expect to sign the deal soon," French Foreign Minister Philippe Douste-Blazy said.`, graph.Request},
		{"a peaceful response is no threat", `"If Iran insults us, we will respond with kindness," Pope John Paul said.`, graph.Threaten},
		{"a reviled figure and two parties", `"Stalin was kinder than Blair or Bush," Evo Morales said.`, graph.Accuse},
		{"a reviled figure without a comparison", `"Stalin died in 1953 and Tony Blair was born in 1953," Evo Morales said.`, graph.Accuse},
		{"reported expectation is a forecast", "Douste-Blazy said he expects Iran to win the vote.", graph.Request},
	})
}
