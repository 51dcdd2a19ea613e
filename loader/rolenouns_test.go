package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestRoleNouns checks the roles stated with lower-case common nouns for
// what a person does: before the name, in apposition before or after it,
// "Representative from" a place, and a party after the name. Each case's
// person must come out with the role in the article's words.
func TestRoleNouns(t *testing.T) {
	tests := []struct {
		name, body, person, title string
	}{
		{"party and noun before", "Democratic activist Ruth Ellery said the treaty was a mistake.", "Ruth Ellery", "Democratic activist"},
		{"age and nationality", "A 31-year-old French protester Luc Marchand was injured by a rubber bullet.", "Luc Marchand", "31-year-old French protester"},
		{"party acronym", "PML-N candidate Tariq Hameed won the seat by 40 votes.", "Tariq Hameed", "PML-N candidate"},
		{"modifiers and party member", "The race pits him against incumbent Republican opponent Dale Hobart.", "Dale Hobart", "incumbent Republican opponent"},
		{"title with a city, in apposition", "Last year former deputy mayor of Lyon, Henri Vasseur, admitted taking bribes.", "Henri Vasseur", "former deputy mayor of Lyon"},
		{"one of a plural", "One of the judges in the trial, Carla Benedetti, said the evidence was weak.", "Carla Benedetti", "judge"},
		{"noun with himself", "Nobody was hurt except the gunman himself, Omar Haddad, who was arrested.", "Omar Haddad", "gunman"},
		{"possessive before a modified noun", "His main rival candidate, Imran Tareen from the opposition, got 80 votes.", "Imran Tareen", "main rival candidate"},
		{"representative from a state", "Representative from New York Paul Garrison, who wrote the bill, defended it.", "Paul Garrison", "Representative from New York"},
		{"apposition after the name", "Helen Marsh, a lawyer representing the families, said the army had lied.", "Helen Marsh", "lawyer"},
		{"apposition with a demonym", "Yusuf Karimi, an Afghan journalist, told reporters the road was closed.", "Yusuf Karimi", "Afghan journalist"},
		{"apposition with a party", "Nadeem Qureshi, a senior PPP leader, said the vote was fair.", "Nadeem Qureshi", "senior PPP leader"},
		{"title heads a speaker's apposition", "Leader of the Greenpeace flotilla, Erik Lindqvist said the boats would stay.", "Erik Lindqvist", "Leader of the Greenpeace flotilla"},
		{"first of a listed plural", "Surgeons Marco Bellini and Anna Ricci were fined.", "Marco Bellini", "surgeon"},
		{"second of a listed plural", "The court heard from lawyers Maria Santos and Pedro Alves on Monday.", "Pedro Alves", "lawyer"},
		{"assemblyman is a title", "Republican Assemblyman Dale Rourke opposed the measure.", "Dale Rourke", "Assemblyman"},
		{"party after the name", "Faisal Rana defeated Nasir Jamal Bhatti of the Awami National Party in the vote.", "Nasir Jamal Bhatti", "Awami National Party"},
		{"party of the gazetteer after the name", "Faisal Rana defeated Nasir Jamal Bhatti of the Pakistan Muslim League in the vote.", "Nasir Jamal Bhatti", "Pakistan Muslim League"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if r := statedRole(t, tt.body, tt.person); r.Title != tt.title {
				t.Fatalf("%s: role %+v, want %q", tt.person, r, tt.title)
			}
		})
	}
}

// TestRoleNounsNotPeople checks role nouns that qualify a name that is no
// person's, a clause after "according to an official", and a party noun
// used as an adjective: no person with a role may come of them.
func TestRoleNounsNotPeople(t *testing.T) {
	for _, body := range []string{
		"An official Kestrel Media website carried the statement.",
		"According to an official, Mark Venner has already opened an account.",
		"The caucuses were overshadowed by the Republican South Carolina primary.",
		"Voters chose between incumbent Liberal Karen Wu and two others.",
	} {
		ex := extractBody(t, body, "2008-05-10")
		for _, e := range ex.Entities {
			if e.Kind == graph.Person && len(e.Roles) > 0 {
				t.Errorf("%q: person %q, roles %+v", body, e.Name, e.Roles)
			}
		}
	}
}
