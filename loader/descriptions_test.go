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

// TestAffiliationRoles checks roles a body states for a person, and the
// ruler nouns, on sentences made up for the test.
func TestAffiliationRoles(t *testing.T) {
	tests := []struct {
		name, body, person, role string // role "" when none is stated
	}{
		{"body's possessive and title", "Time's Managing Editor, Richard Stengel, said the error was regrettable.", "Richard Stengel", "Time's Managing Editor"},
		{"the body's possessive", "The Agency's Maria Lopez said: \"We have seen a change.\"", "Maria Lopez", "Agency"},
		{"of a body after a comma", "Jane Tanaka, of Amnesty International, called upon the fishermen to stop.", "Jane Tanaka", "Amnesty International"},
		{"of a body's branch after a comma", "Jane Tanaka, of Amnesty International Japan, called upon the fishermen to stop.", "Jane Tanaka", "Amnesty International Japan"},
		{"a ruler noun", "The crowd sang in praise of Spain's late dictator, Francisco Franco, on Sunday.", "Francisco Franco", "late dictator"},
		{"the current title in apposition", "\"We are trying,\" said Jane Tanaka, the current Press Secretary for the White House.", "Jane Tanaka", "Press Secretary"},
		{"a place after a comma is no body", "Jane Tanaka, of Boston, called upon the fishermen to stop.", "Jane Tanaka", ""},
		{"the possessive owns what follows the name", "Agents raided the Agency's Maria Lopez office.", "Maria Lopez", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ex := extractBody(t, tt.body, "2008-12-24")
			role := ""
			for _, e := range ex.Entities {
				if e.Name == tt.person && len(e.Roles) > 0 {
					role = e.Roles[0].Title
				}
			}
			if role != tt.role {
				t.Errorf("%s: role %q, want %q", tt.person, role, tt.role)
			}
		})
	}
}
