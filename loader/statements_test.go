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
		{"a breach in reported speech", "Colombian President Alvaro Uribe said that Chavez broke the agreement.",
			wantEvent{graph.Accuse, []string{"person/alvaro-uribe", "CO"}, []string{"person/hugo-chavez", "VE"}}, graph.Reported, true},
		{"a failed duty in an allegation", "French Foreign Minister Bernard Kouchner claimed that Russia had failed to honour the ceasefire.",
			wantEvent{graph.Accuse, []string{"person/bernard-kouchner"}, []string{"RU"}}, graph.Reported, true},
		{"responsible for an attack", "Sri Lankan police chief Rohan Perera said the Tamil Tigers were responsible for the bombing.",
			wantEvent{graph.Accuse, []string{"person/rohan-perera"}, []string{"org/liberation-tigers-of-tamil-eelam"}}, graph.Reported, false},
		{"an adverb after a pronoun speaker", "Russian President Vladimir Putin spoke in Sochi. He further said that Georgia was violating the resolutions.",
			wantEvent{graph.Accuse, []string{"person/vladimir-putin", "RU"}, []string{"GE"}}, graph.Reported, true},
		{"a denial of a party's claims", "Iranian Foreign Minister Kamal Kharazi dismissed Canada's latest allegations.",
			wantEvent{graph.Reject, []string{"person/kamal-kharazi"}, []string{"CA"}}, graph.Reported, false},
		{"a denial of claims named by their author", "Iran denied the US claims.",
			wantEvent{graph.Reject, []string{"IR"}, []string{"US"}}, graph.Reported, true},
		{"disappointed with a party", "Japan expressed disappointment at China's decision.",
			wantEvent{graph.Accuse, []string{"JP"}, []string{"CN"}}, graph.Reported, true},
		{"disappointed in a quotation", "\"We are deeply disappointed by Japan's decision,\" Chinese Foreign Ministry spokesman Liu Jianchao said.",
			wantEvent{graph.Accuse, []string{"person/liu-jianchao", "CN"}, []string{"JP"}}, graph.Reported, true},
	}
	checkEvents(t, "2006-05-03", tests)
	checkRejects(t, []reject{
		{"a passive asks someone else", "\"Israel must be punished,\" Iranian President Mahmoud Ahmadinejad said.", graph.Request},
		{"a reproach for the past", "Italian President Marco Rossi said that Libya should never have been admitted.", graph.Request},
		{"a perfect is no request", "Italian President Marco Rossi said Libya should have signed the treaty.", graph.Request},
		{"one's own side", "\"Germany must act now,\" German Chancellor Angela Merkel said.", graph.Request},
		{"the quotation's own name is not its speaker", "\"Iran must stop,\" the Iranian minister, Ali Larijani, said.", graph.Request},
		{"a planned visit is no request", "Chirac said Bush will visit Japan next week.", graph.Request},
		{"a negated breach", "Russian President Vladimir Putin said Georgia had not violated the ceasefire.", graph.Accuse},
		{"a failure that is no duty", "Russian President Vladimir Putin said the United States had failed to find a venue.", graph.Accuse},
		{"one's own state exhorted", "Israeli Chief of Staff Dan Halutz said that Israel must defend its people.", graph.Request},
		{"a danger foretold", "Egypt warned of a civil war if Hamas is left without aid.", graph.Threaten},
		{"a negated denial", "Iran did not deny the US claims.", graph.Reject},
		{"not disappointed", "Japanese Prime Minister Junichiro Koizumi said he was not disappointed with China's decision.", graph.Accuse},
		{"a warning with nothing held over anyone", "The minister warned that the talks may fail if Iran refuses.", graph.Threaten},
	})
}
