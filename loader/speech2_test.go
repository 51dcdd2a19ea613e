package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestQuotedObligationsAndWarnings checks requests stated as an
// obligation at the head of a quotation, speakers who are unnamed
// officials or stand before an apposition, and warnings whose threat
// hangs on a named party's act, each on a sentence made up for the test.
func TestQuotedObligationsAndWarnings(t *testing.T) {
	tests := []eventCase{
		{"obligation opening a quotation", "\"Iran must stop enriching uranium,\" German Chancellor Angela Merkel said.",
			wantEvent{graph.Request, []string{"person/angela-merkel", "DE"}, []string{"IR"}}, graph.Reported, true},
		{"obligation, speaker after the verb", "\"Syria should withdraw its troops from Lebanon,\" said French President Jacques Chirac.",
			wantEvent{graph.Request, []string{"person/jacques-chirac", "FR"}, []string{"SY"}}, graph.Reported, true},
		{"obligation told to reporters", "\"North Korea ought to return to the talks,\" Japanese Prime Minister Junichiro Koizumi told reporters.",
			wantEvent{graph.Request, []string{"person/junichiro-koizumi", "JP"}, []string{"KP"}}, graph.Reported, true},
		{"unnamed official after the quotation", "\"Iran must stop enriching uranium,\" said a German government spokesman.",
			wantEvent{graph.Request, []string{"DE"}, []string{"IR"}}, graph.Reported, true},
		{"unnamed official before the verb", "The Chinese foreign ministry spokesman said Japan's decision was a grave mistake.",
			wantEvent{graph.Accuse, []string{"CN"}, []string{"JP"}}, graph.Reported, true},
		{"speaker before an apposition", "Colombia's president, Alvaro Uribe, said Venezuela should respect the border.",
			wantEvent{graph.Request, []string{"person/alvaro-uribe"}, []string{"VE"}}, graph.Reported, false},
		{"warned of consequences unless", "The government of Eritrea warned of \"dire consequences\" unless Uganda withdraws its troops.",
			wantEvent{graph.Threaten, []string{"ER"}, []string{"UG"}}, graph.Reported, true},
		{"warned that a party will face consequences", "Vice President Dick Cheney warned that Iran will face serious consequences if it refuses.",
			wantEvent{graph.Threaten, []string{"person/dick-cheney", "US"}, []string{"IR"}}, graph.Reported, true},
		{"warned of a response if", "Russian President Vladimir Putin warned that Russia would respond if NATO expanded.",
			wantEvent{graph.Threaten, []string{"person/vladimir-putin", "RU"}, []string{"org/nato"}}, graph.Reported, true},
		{"a threat hanging on a condition", "Beijing has threatened a military attack if Taiwan declares independence.",
			wantEvent{graph.Threaten, []string{"CN"}, []string{"TW"}}, graph.Reported, true},
	}
	checkEvents(t, "2006-05-03", tests)
	checkRejects(t, []reject{
		{"a passive asks someone else", "\"Israel must be punished,\" Iranian President Mahmoud Ahmadinejad said.", graph.Request},
		{"a reproach for the past", "Italian President Marco Rossi said that Libya should never have been admitted.", graph.Request},
		{"a perfect is no request", "Italian President Marco Rossi said Libya should have signed the treaty.", graph.Request},
		{"one's own side", "\"Germany must act now,\" German Chancellor Angela Merkel said.", graph.Request},
		{"the quotation's own name is not its speaker", "\"Iran must stop,\" the minister, Ali Larijani, said.", graph.Request},
		{"a planned visit is no request", "Chirac said Bush will visit Japan next week.", graph.Request},
		{"a warning with nothing held over anyone", "The minister warned that the talks may fail if Iran refuses.", graph.Threaten},
	})
}
