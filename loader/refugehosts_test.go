package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestRefugeeHosts checks that a state taking in refugees is humanitarian
// aid to the refugees' state where the sentence names it, with or without
// one, and that refugees' own acts and other senses of the verbs are not.
func TestRefugeeHosts(t *testing.T) {
	checkEvents(t, "2008-05-01", []eventCase{
		{"took in refugees from a state", "Tanzania took in 300,000 refugees from Burundi in the 1990s.",
			wantEvent{graph.Aid, []string{"TZ"}, []string{"BI"}}, graph.Reported, true},
		{"accepted refugees of a state", "Sweden has accepted 9,000 Iraqi refugees this year.",
			wantEvent{graph.Aid, []string{"SE"}, []string{"IQ"}}, graph.Reported, true},
		{"passive with no target", "A group of 40 asylum seekers were accepted by Canada after two years in detention.",
			wantEvent{graph.Aid, []string{"CA"}, nil}, graph.Reported, false},
		{"hosts refugees: no visit", "Pakistan hosts two million Afghan refugees.",
			wantEvent{graph.Aid, []string{"PK"}, []string{"AF"}}, graph.Reported, true},
		{"allowed refugees into: no concession", "Britain has allowed 400 Afghan refugees into the country.",
			wantEvent{graph.Aid, []string{"GB"}, []string{"AF"}}, graph.Reported, true},
		{"refused refugees: a rejection", "Jordan will not accept any more Iraqi refugees.",
			wantEvent{graph.Reject, []string{"JO"}, nil}, graph.Reported, false},
		{"committed to receive", "Germany committed to receive 2,500 Iraqi refugees next year.",
			wantEvent{graph.Aid, []string{"DE"}, []string{"IQ"}}, graph.Planned, false},
	})
	checkNoEvents(t, "2008-05-01", []graph.EventType{graph.Aid, graph.Consult},
		"Refugees took shelter in a school in Kenya.",
		"Pakistan took part in the talks on refugees.",
		"Job seekers were welcomed by France.",
		"Kenya welcomed the return of 5,000 refugees from Uganda.",
		"Ghana received reports of refugees crossing from Togo.",
	)
	checkNoClaims(t, "2008-05-01", rulePrefixes("verb:host-refugees"),
		"Israel allowed the refugees to travel to Jordan.",
	)
}
