package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestDescriptionReferences checks people called by a description of
// their role after the article named them, on sentences made up for the
// test.
func TestDescriptionReferences(t *testing.T) {
	checkEvents(t, "2008-12-24", []eventCase{
		{name: "the king", body: "King Harald met the ministers on Monday. On Sunday the king condemned Iran.",
			want: wantEvent{graph.Accuse, []string{"person/harald"}, []string{"IR"}}, status: graph.Reported},
		{name: "the Chancellor, capitalised", body: "Austrian Chancellor Werner Faymann spoke on Monday. On Friday, the Chancellor condemned Iran.",
			want: wantEvent{graph.Accuse, []string{"person/werner-faymann"}, []string{"IR"}}, status: graph.Reported},
		{name: "the PM", body: "Hungarian Prime Minister Gordon Bajnai spoke on Monday. The PM criticised Russia on Tuesday.",
			want: wantEvent{graph.Accuse, []string{"person/gordon-bajnai"}, []string{"RU"}}, status: graph.Reported},
		{name: "the President of a country", body: "Cypriot President Dimitris Christofias spoke on Monday. On Friday, the President of Cyprus condemned Turkey.",
			want: wantEvent{graph.Accuse, []string{"person/dimitris-christofias", "CY"}, []string{"TR"}}, status: graph.Reported, exact: true},
		{name: "demonym and title", body: "Cypriot President Dimitris Christofias spoke on Monday. The Cypriot president accused Turkey of piracy.",
			want: wantEvent{graph.Accuse, []string{"person/dimitris-christofias"}, []string{"TR"}}, status: graph.Reported},
		{name: "the opposition leader, from an apposition", body: "Brendan Nelson, the opposition leader, spoke on Monday. The opposition leader criticised Prime Minister Kevin Rudd on Tuesday.",
			want: wantEvent{graph.Accuse, []string{"person/brendan-nelson"}, []string{"person/kevin-rudd"}}, status: graph.Reported},
		{name: "leader of the opposition before the name", body: "The leader of the opposition, Brendan Nelson, spoke on Monday. The opposition leader denounced Prime Minister Kevin Rudd.",
			want: wantEvent{graph.Accuse, []string{"person/brendan-nelson"}, []string{"person/kevin-rudd"}}, status: graph.Reported},
		{name: "a party the article did not give the leader", body: "Opposition leader Malcolm Turnbull attacked the budget. The Liberal leader criticised Finance Minister Lindsay Tanner.",
			want: wantEvent{graph.Accuse, []string{"person/malcolm-turnbull"}, []string{"person/lindsay-tanner"}}, status: graph.Reported},
	})
	checkRejects(t, []reject{
		{"another party's leader", "Liberal leader Brendan Nelson spoke on Monday. The Labor leader criticised Prime Minister Kevin Rudd on Tuesday.", graph.Accuse},
		{"a former holder", "King Harald spoke on Monday. On Friday, the former king condemned Iran.", graph.Accuse},
		{"a state premier is no prime minister", "Prime Minister Kevin Rudd spoke on Monday. The Queensland Premier condemned Japan on Tuesday.", graph.Accuse},
	})
}
