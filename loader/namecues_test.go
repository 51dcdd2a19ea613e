package loader

import "testing"

func TestNameCueMentions(t *testing.T) {
	checkMentions(t, []mentionCase{
		{name: "speech verb after an unknown name", body: "Orla Vantresk told reporters the talks had failed.",
			want: []string{"Orla Vantresk=PERSON/Orla Vantresk"}},
		{name: "relative clause after an unknown name", body: "The bill was opposed by Tembo Mkhasi, who leads the opposition.",
			want: []string{"Tembo Mkhasi=PERSON/Tembo Mkhasi"}},
		{name: "descriptive apposition with a demonym", body: "Qorvan Delisse, a Canadian citizen, sued the government.",
			want: []string{"Qorvan Delisse=PERSON/Qorvan Delisse"}},
		{name: "a place described is no person", body: "In Beit Qarmel, a crowd of 300 gathered.",
			not: []string{"Beit Qarmel=PERSON/Beit Qarmel"}},
		{name: "a body after of is no person", body: "The High Commissioner for Human Rights told the council it was wrong.",
			not: []string{"Human Rights=PERSON/Human Rights"}},
		{name: "media name before said is no person", body: "The service Meridan News said the report was false.",
			not: []string{"Meridan News=PERSON/Meridan News"}},
		{name: "a forename after a cut link", body: "Representative from Ohio  Kristine Walde opposed the bill.",
			want: []string{"Kristine Walde=PERSON/Kristine Walde"}},
		{name: "a forename after a rank", body: "The blast killed Trooper Tyler Brandt of the regiment.",
			want: []string{"Tyler Brandt=PERSON/Tyler Brandt"}},
		{name: "a person before of and a body", body: "The study, said Alex Marchetti of the Toronto Policy Institute, was flawed.",
			want: []string{"Alex Marchetti=PERSON/Alex Marchetti", "Toronto Policy Institute=ORGANIZATION/Toronto Policy Institute"}},
		{name: "descriptor noun before a body", body: "The refugee advocacy group Harbour Watchers criticised the minister.",
			want: []string{"Harbour Watchers=ORGANIZATION/Harbour Watchers"}},
		{name: "descriptor noun before a joined name", body: "The newspaper Voice of Brabant reported the deal.",
			want: []string{"Voice of Brabant=ORGANIZATION/Voice of Brabant"}},
		{name: "descriptor noun before members", body: "Two coalition MPs voted against the bill.",
			not: []string{"MPs=ORGANIZATION/MPs"}},
		{name: "a party by its plural with its demonym", body: "The Australian Greens oppose the deployment.",
			want: []string{"Australian Greens=ORGANIZATION/Australian Greens"}},
		{name: "a party by its plural", body: "The Liberals accused the government of a backflip.",
			want: []string{"Liberals=ORGANIZATION/Liberals"}},
		{name: "members counted are not the party", body: "Seven Liberals and two Greens did not vote.",
			not: []string{"Greens=ORGANIZATION/Greens"}},
		{name: "American party plurals are members at large", body: "Democrats said they would block the bill.",
			not: []string{"Democrats=ORGANIZATION/Democrats"}},
		{name: "a party plural with its demonym", body: "The Australian Democrats accused the government of a backflip.",
			want: []string{"Australian Democrats=ORGANIZATION/Australian Democrats"}},
		{name: "society ends a body's name", body: "The Sea Lion Conservation Society said it would return.",
			want: []string{"Sea Lion Conservation Society=ORGANIZATION/Sea Lion Conservation Society"}},
	})
}
