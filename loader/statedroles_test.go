package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestStatedBodyRoles checks the roles stated for bodies and ships: the
// noun phrase that introduces a ship's name, and a description in
// apposition after a body's or ship's name, whether another rule or only
// the description makes out the name. Each must come out an organisation
// with the role in the article's words.
func TestStatedBodyRoles(t *testing.T) {
	tests := []bodyRoleCase{
		{"ship's type before the name", "In Gdansk, the container ship Volgoneft Star was boarded by customs officers.", "Volgoneft Star", "container ship"},
		{"demonym and vessel noun", "The Russian trawler Kapitan Sorokin was seized by the Norwegian navy.", "Kapitan Sorokin", "Russian trawler"},
		{"vessel in apposition", "Protesters boarded the Nisshin Maru, a Japanese whaling vessel, in the Southern Ocean.", "Nisshin Maru", "Japanese whaling vessel"},
		{"firm with an owner", "The fleet is part-owned by Takeda Holdings, Japan's third-largest lender.", "Takeda Holdings", "Japan's third-largest lender"},
		{"party after its short form", "Voters also backed the Democratic Alliance (DA), a liberal party which won 12% of the vote.", "Democratic Alliance", "liberal party"},
		{"group in apposition", "The Harbour Defence Front, a Tamil rebel group, attacked a navy post.", "Harbour Defence Front", "Tamil rebel group"},
		{"known group in apposition", "Amnesty International, a human rights group based in London, condemned the executions.", "Amnesty International", "human rights group"},
		{"known party", "The Liberal Front, the main opposition party, accused the government of fraud.", "Liberal Front", "main opposition party"},
	}
	checkBodyRoles(t, tests)
}

// TestStatedBodyRolesNone checks descriptions that are no body's role: a
// sentence's opening adverb or a place after a preposition before a
// comma, and a clause that a description opens.
func TestStatedBodyRolesNone(t *testing.T) {
	checkNoBodyRoles(t,
		"Also, another trawler was stopped near the border.",
		"In Larnaca, the cargo ship was searched by police.",
		"According to Harbour Watch, the ship and crew were detained.",
	)
}

// TestStatedPersonRoles checks the people's roles this file adds: a rank
// in the plural before a list of names, "second-in-command" and "number
// two" before or after the name, a role without a determiner that says
// whom it serves, and the host of a broadcast.
func TestStatedPersonRoles(t *testing.T) {
	tests := []struct {
		name, body, person, title string
	}{
		{"first of ranks in the plural", "A roadside bomb killed Troopers Michael Andrew Dolan and Peter Grant Vance of the Royal Canadian Regiment.", "Michael Andrew Dolan", "Trooper"},
		{"title rank in the plural", "Sergeants Paul Hartley and Mark Linden were wounded in the attack.", "Paul Hartley", "Sergeant"},
		{"singular trooper", "Trooper Daniel Mark Fowler was killed on patrol near Basra.", "Daniel Mark Fowler", "Trooper"},
		{"second-in-command after the name", "Rebels said Abu Hamdan Saleh, second-in-command of Ansar al-Islam, was killed in the raid.", "Abu Hamdan Saleh", "second-in-command of Ansar al-Islam"},
		{"second-in-command before the name", "Officials said the alleged second-in-command of the Islamic Army in Iraq (IAI), Abu Talha Hamid also known as Abu Omar, was arrested.", "Abu Talha Hamid", "second-in-command of the Islamic Army in Iraq"},
		{"number two with an owner", "Police arrested Mahmoud Karim Nasser, the group's number two, on Tuesday.", "Mahmoud Karim Nasser", "number two"},
		{"role for someone without a determiner", "Daniel Roy Parker, campaign manager for Senator John McCain, resigned on Monday.", "Daniel Roy Parker", "campaign manager"},
		{"host of a broadcast", "The programme's host Martin Fernando Lopez accused the government of lying.", "Martin Fernando Lopez", "host"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if r := statedRole(t, tt.body, tt.person); r.Title != tt.title {
				t.Fatalf("%s: role %+v, want %q", tt.person, r, tt.title)
			}
		})
	}
}

// bodyRoleCase is a sentence that must give the organisation org with
// title as its first role.
type bodyRoleCase struct {
	name, body, org, title string
}

// checkBodyRoles checks each case's organisation and role.
func checkBodyRoles(t *testing.T, tests []bodyRoleCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, e := range extractBody(t, tt.body, "2008-05-10").Entities {
				if e.Name == tt.org {
					if e.Kind != graph.Organization || len(e.Roles) == 0 || e.Roles[0].Title != tt.title {
						t.Fatalf("%s: %s, roles %+v, want an organisation with %q", tt.org, e.Kind, e.Roles, tt.title)
					}
					return
				}
			}
			t.Fatalf("no %q in %q", tt.org, tt.body)
		})
	}
}

// checkNoBodyRoles checks that no organisation in the bodies has a role.
func checkNoBodyRoles(t *testing.T, bodies ...string) {
	t.Helper()
	for _, body := range bodies {
		for _, e := range extractBody(t, body, "2008-05-10").Entities {
			if e.Kind == graph.Organization && len(e.Roles) > 0 {
				t.Errorf("%q: %q, roles %+v", body, e.Name, e.Roles)
			}
		}
	}
}
