package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestStateParties checks articles, made up for the test, that name a
// party by a name several states' parties share or by its members'
// plural: the party is the one of the state the article is about, one
// entity under every form, and the forms that name something else (a
// count of members, another party's name, a common noun, a republican of
// Ireland) are not it.
func TestStateParties(t *testing.T) {
	const (
		american = "Senator Karen Holt of Ohio spoke in Washington on Monday. The United States Congress debated the budget. "
		british  = "Ministers met in London on Monday. The British economy slowed, and Scotland voted. "
	)
	tests := []struct {
		name, context, sentence, form string
		want                          string // the id of the entity form names; "" for none
	}{
		{"US plural", american, "Democrats accused the White House of hiding the costs.", "Democrats", "org/democratic-party-us"},
		{"US shared name", american, "The Democratic Party accused the White House of hiding the costs.", "Democratic Party", "org/democratic-party-us"},
		{"US Republicans", american, "Republicans praised the plan.", "Republicans", "org/republican-party"},
		{"UK Tories", british, "The Tories accused the Chancellor of wasting money.", "Tories", "org/conservative-party-gb"},
		{"UK Labour", british, "The Conservatives said Labour had failed Britain.", "Labour", "org/labour-party-gb"},
		{"UK Labour party", british, "The Labour party chose a new leader.", "Labour party", "org/labour-party-gb"},
		{"Australian Labor", "Voters in Queensland and Tasmania went to the polls across Australia. Canberra was calm. ", "Labor criticised the Prime Minister.", "Labor", "org/australian-labor-party"},
		{"Canadian Tories", "Voters in Ontario and Quebec went to the polls across Canada. Ottawa was calm. ", "The Tories won.", "Tories", "org/conservative-party-of-canada"},
		{"demonym", "", "The British Conservatives criticised the plan.", "British Conservatives", "org/conservative-party-gb"},
		{"counted members", american, "Twelve Democrats voted with the Republicans.", "Democrats", ""},
		{"qualified members", american, "Conservative Republicans opposed the bill, and conservative Democrats joined them.", "Democrats", ""},
		{"another party", "Germany's ruling parties met in Berlin. The German chancellor spoke in Berlin. ", "The Christian Democrats met.", "Democrats", ""},
		{"lower case", american, "Many democrats marched.", "democrats", ""},
		{"common noun", british, "Child Labour is banned in Britain.", "Labour", ""},
		{"office", british, "The Minister of Labour resigned.", "Labour", ""},
		{"modifier", british, "The Labour government resigned.", "Labour", ""},
		{"Irish republicans", "Police in Belfast, Northern Ireland, arrested two men. The Irish government and the British government condemned the attack. ", "Republicans denied any part in it.", "Republicans", ""},
		{"no state", "", "Democrats criticised the plan.", "Democrats", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			body := tt.context + tt.sentence
			a := newArticle(shared(), Document{Article: graph.Article{ID: "t"}, Body: body})
			toks := tokenize(body, len(tt.context), len(body))
			got := ""
			for _, m := range a.mentions(toks) {
				if span(body, toks, m.first, m.last) == tt.form {
					got = m.ent.ID
				}
			}
			if got != tt.want {
				t.Errorf("%q: %q is %q, want %q", body, tt.form, got, tt.want)
			}
		})
	}
}

// TestStatePartyEvents checks that parties named by their plural act
// through the event rules, and that force between parties and
// politicians is read as words.
func TestStatePartyEvents(t *testing.T) {
	const american = "Senator Karen Holt of Ohio spoke in Washington on Monday. The United States Congress debated the budget. "
	const british = "Ministers met in London on Monday. The British economy slowed, and Scotland voted. "
	checkEvents(t, "2008-03-12", []eventCase{
		{name: "accuse", body: american + "Republicans have accused Democrats of raising taxes.",
			want:  wantEvent{typ: graph.Accuse, actors: []string{"org/republican-party"}, targets: []string{"org/democratic-party-us"}},
			exact: true, status: graph.Reported},
		{name: "criticise", body: american + "Republicans have been criticizing Democrats over the war.",
			want:  wantEvent{typ: graph.Accuse, actors: []string{"org/republican-party"}, targets: []string{"org/democratic-party-us"}},
			exact: true, status: graph.Reported},
		{name: "praise", body: american + "Democrats praised Senator Karen Holt for her speech.",
			want:  wantEvent{typ: graph.Support, actors: []string{"org/democratic-party-us"}, targets: []string{"person/karen-holt"}},
			exact: true, status: graph.Reported},
		{name: "attack in words", body: british + "Mr. Owen Price, a Liberal Democrat, attacked Labour over its tax plans.",
			want:  wantEvent{typ: graph.Accuse, actors: []string{"person/owen-price"}, targets: []string{"org/labour-party-gb"}},
			exact: true, status: graph.Reported},
	})
	checkNoEvents(t, "2008-03-12", []graph.EventType{graph.Assault},
		british+"Mr. Owen Price, a Liberal Democrat, attacked Labour over its tax plans.",
		american+"Voters saw Democrats and Republicans fighting each other in Congress.",
	)
}
