package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestRequestRules checks the requests theme's rules, each on a sentence
// made up for the test: the exact type, actors, targets and status.
func TestRequestRules(t *testing.T) {
	checkEvents(t, "2005-03-26", []eventCase{
		{"requests of several parties answered in a quotation", `"I have decided to answer the requests of the Secretary-General of the United Nations and of the Ghanaian and Togolese governments," Chirac said.`,
			wantEvent{graph.Request, []string{"org/united-nations", "GH", "TG"}, []string{"person/jacques-chirac", "FR"}}, graph.Reported, true},
		{"a possessor's request granted", "Ghana granted Togo's request for asylum.",
			wantEvent{graph.Request, []string{"TG"}, []string{"GH"}}, graph.Reported, true},
		{"agreed to a request", "Ghana agreed to Togo's request.",
			wantEvent{graph.Request, []string{"TG"}, []string{"GH"}}, graph.Reported, true},
		{"at a possessor's request", "Togo sent troops at Ghana's request.",
			wantEvent{graph.Request, []string{"GH"}, []string{"TG"}}, graph.Reported, true},
		{"a fronted at-the-request-of", "At the request of Ghana, Togo sent troops.",
			wantEvent{graph.Request, []string{"GH"}, []string{"TG"}}, graph.Reported, true},
		{"joint statement of coordinated leaders", "Ghanaian President John Kufuor and Togolese President Faure Gnassingbe issued a joint statement confirming the peace process.",
			wantEvent{graph.Agree, []string{"person/john-kufuor", "GH"}, []string{"person/faure-gnassingbe", "TG"}}, graph.Reported, true},
		{"joint statement after a relative clause", "Peru and Chile, which are attending the summit in Lima, released a joint statement.",
			wantEvent{graph.Agree, []string{"PE"}, []string{"CL"}}, graph.Reported, true},
	})
}

// TestRequestRulesLeaveOthers checks sentences the frames must not read.
func TestRequestRulesLeaveOthers(t *testing.T) {
	checkRejects(t, []reject{
		{"a joint statement of one state's parties", "Labour and the Conservatives in Britain issued a joint statement.", graph.Agree},
		{"a request with no maker named", "Ghana granted the request for asylum.", graph.Request},
		{"a request noun as subject", "Togo's request was discussed in Ghana.", graph.Request},
	})
}
