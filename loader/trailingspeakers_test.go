package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestRefDiplomacyRules checks the parties taken from context: the speaker
// of a quotation named only after it closes, and the state "its neighbour"
// stands for. Each sentence is made up for the test.
func TestRefDiplomacyRules(t *testing.T) {
	checkEvents(t, "2008-09-02", []eventCase{
		{"we before a trailing attribution",
			`Evo Morales spoke in La Paz on Monday. "The vote is over. We support Cuba. The blockade must end," Morales said.`,
			wantEvent{graph.Support, []string{"person/evo-morales"}, []string{"CU"}}, graph.Reported, false},
		{"we in the opening sentence, attribution inverted",
			`Evo Morales spoke in La Paz on Monday. "We thank Cuba for its doctors. They are welcome here," said Morales.`,
			wantEvent{graph.Support, []string{"person/evo-morales"}, []string{"CU"}}, graph.Reported, false},
		{"its neighbour is the other state of the sentence",
			"After Pakistan's offer, India will resume talks with its western neighbour next month.",
			wantEvent{graph.Consult, []string{"IN"}, []string{"PK"}}, "", true},
		{"its neighbour is the state the article is about",
			"Eritrea accused Ethiopia of aggression. Eritrea blamed Ethiopia for the clashes. Eritrea closed the border. Ethiopia will hold talks with its neighbour.",
			wantEvent{graph.Consult, []string{"ET"}, []string{"ER"}}, "", true},
	})
}

// TestRefDiplomacyLeavesOthers checks that a quotation whose closing words
// name nobody the article has met, one another sentence closes after a
// mark of its own, and the plural "its neighbours" give the first person
// or the possessive no party.
func TestRefDiplomacyLeavesOthers(t *testing.T) {
	for _, body := range []string{
		`Evo Morales spoke in La Paz. "The vote is over. We support Cuba. The blockade must end," a farmer said.`,
		`Evo Morales spoke in La Paz. "The vote is over. We support Cuba." "The blockade must end," Morales said.`,
		"Eritrea accused Ethiopia of aggression. Eritrea blamed Ethiopia for the clashes. Eritrea closed the border. Ethiopia will hold talks with its neighbours.",
	} {
		ex := extractBody(t, body, "2008-09-02")
		for _, ev := range ex.Events {
			if ev.Type == graph.Support && len(ev.Targets) > 0 && ev.Targets[0].ID == "CU" {
				t.Errorf("%q: unexpected %s", body, ev.Label)
			}
			if ev.Type == graph.Consult {
				t.Errorf("%q: unexpected %s", body, ev.Label)
			}
		}
	}
}
