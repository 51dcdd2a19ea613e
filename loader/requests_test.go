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
		{"a call for something of no one named", "Peru called for the creation of a regional water authority.",
			wantEvent{graph.Request, []string{"PE"}, nil}, graph.Reported, true},
		{"an open demand in the progressive", "Chile is demanding an inquiry into the shooting.",
			wantEvent{graph.Request, []string{"CL"}, nil}, graph.Reported, true},
		{"should after a list's unnamed rest", "Brazil said that Peru, Chile and other Andean states should cut tariffs.",
			wantEvent{graph.Request, []string{"BR"}, []string{"PE"}}, graph.Reported, false},
		{"must after a party and its allies", "Brazil said Peru and its allies must stop the raids.",
			wantEvent{graph.Request, []string{"BR"}, []string{"PE"}}, graph.Reported, false},
		{"should after a verb of advice", "Brazil proposed that Peru should reopen the border.",
			wantEvent{graph.Request, []string{"BR"}, []string{"PE"}}, "", false},
		{"a deadline given", "Brazil gave Peru until Friday to withdraw the claim.",
			wantEvent{graph.Request, []string{"BR"}, []string{"PE"}}, "", true},
		{"a deadline as a span", "Chile has given the Peruvian government 48 hours to reply.",
			wantEvent{graph.Request, []string{"CL"}, []string{"PE"}}, "", true},
		{"an open call joins the request with a target", "Ghana urged restraint. Ghana urged Togo to release the prisoners.",
			wantEvent{graph.Request, []string{"GH"}, []string{"TG"}}, graph.Reported, true},
	})
}

// TestRequestRulesLeaveOthers checks sentences the frames must not read.
func TestRequestRulesLeaveOthers(t *testing.T) {
	checkRejects(t, []reject{
		{"a joint statement of one state's parties", "Labour and the Conservatives in Britain issued a joint statement.", graph.Agree},
		{"a request with no maker named", "Ghana granted the request for asylum.", graph.Request},
		{"a request noun as subject", "Togo's request was discussed in Ghana.", graph.Request},
		{"an open call in a participle", "Peru withdrew its envoy, a resolution calling for talks.", graph.Request},
		{"an open call asked of the subject", "Peru said it would act if called upon by a new government.", graph.Request},
		{"an open demand in a quotation", `"We demand elections," a Peruvian farmer said.`, graph.Request},
		{"should after a list with a preposition", "Brazil said that talks with Peru and other states should resume.", graph.Request},
		{"a gift with a purpose is no deadline", "Brazil gave Peru three million dollars to rebuild the bridge.", graph.Request},
		{"a court appeal", "Peru appealed the ruling of the tribunal.", graph.Request},
		{"an open demand made in the passive", "The reforms were demanded by Peru.", graph.Request},
	})
}
