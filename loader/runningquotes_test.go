package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestRunningQuotations checks quotations that run over several sentences:
// "we" in a later sentence is the speaker who opened the quotation.
func TestRunningQuotations(t *testing.T) {
	checkEvents(t, "2007-03-12", []eventCase{
		{"we in the second sentence of a quotation", `Spanish Foreign Minister Miguel Moratinos said: "The talks have failed. We urge Morocco to free the fishermen."`,
			wantEvent{graph.Request, []string{"person/miguel-moratinos", "ES"}, []string{"MA"}}, graph.Reported, false},
		{"a conditional threat in the third sentence", `Venezuelan President Hugo Chavez said, "Our country wants peace. Our soldiers are ready. If Colombia crosses the border, we will strike back."`,
			wantEvent{graph.Threaten, []string{"person/hugo-chavez", "VE"}, []string{"CO"}}, graph.Reported, false},
		{"it after a quotation's attribution", `"We will not accept this," the Iranian Foreign Ministry said. It also accused Britain of spying.`,
			wantEvent{graph.Accuse, []string{"org/iranian-foreign-ministry", "IR"}, []string{"GB"}}, graph.Reported, false},
	})
	checkRejects(t, []reject{
		{"the quotation closed before the sentence", `Spanish Foreign Minister Miguel Moratinos said: "The talks have failed." We urge Morocco to free the fishermen.`, graph.Request},
		{"no speaker introduced the quotation", `The talks went on. "The talks have failed. We urge Morocco to free the fishermen.`, graph.Request},
	})
}
