package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestDocumentSubjects checks that a statement, report or resolution
// standing as a subject acts for the one party that issued it.
func TestDocumentSubjects(t *testing.T) {
	checkEvents(t, "2008-06-07", []eventCase{
		{"a statement issued before", `The Arab League issued a statement on Sunday. The statement called on Israel to lift the blockade.`,
			wantEvent{graph.Request, []string{"org/arab-league"}, []string{"IL"}}, graph.Reported, false},
		{"a report named in an opening phrase", `In a report released on Monday, Human Rights Watch described conditions in the camps. The report urged Egypt to free the prisoners.`,
			wantEvent{graph.Request, []string{"org/human-rights-watch"}, []string{"EG"}}, graph.Reported, false},
		{"a resolution a body passed", `The General Assembly passed the resolution on Friday. The resolution calls on Israel to halt the construction.`,
			wantEvent{graph.Request, []string{"org/united-nations-general-assembly"}, []string{"IL"}}, graph.Reported, false},
	})
	checkRejects(t, []reject{
		{"two reports, two authors", `A UN report and an EU report were published on Monday. The report urged Iran to halt enrichment.`, graph.Request},
		{"a person's report is left to the rules for speakers", `Kofi Annan's report was published on Monday. The report urged Iran to halt enrichment.`, graph.Request},
	})
}
