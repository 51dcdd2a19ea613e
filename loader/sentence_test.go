package loader

import (
	"strings"
	"testing"
)

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		name      string
		body      string
		want      []string
		furniture []bool
	}{
		{"two sentences", "Putin met Kim. Lavrov will visit.", []string{"Putin met Kim.", "Lavrov will visit."}, []bool{false, false}},
		{"abbreviations", "Mr. Lavrov met U.S. officials on Sept. 13 in Washington. Gen. Smith left.", []string{"Mr. Lavrov met U.S. officials on Sept. 13 in Washington.", "Gen. Smith left."}, []bool{false, false}},
		{"initials", "George W. Bush spoke. He left!", []string{"George W. Bush spoke.", "He left!"}, []bool{false, false}},
		{"quotes close the sentence", `"We will come," he said. Then he left?`, []string{`"We will come," he said.`, "Then he left?"}, []bool{false, false}},
		{"lower case after period", "The talks ended at 5 p.m. and resumed later.", []string{"The talks ended at 5 p.m. and resumed later."}, []bool{false}},
		{"heading and furniture", "A Summit of Stakes\nThe summit was held.\n(Read Also: Something Else)\nSubscribe to BNN\nComments",
			[]string{"A Summit of Stakes", "The summit was held.", "(Read Also: Something Else)", "Subscribe to BNN", "Comments"}, []bool{true, false, true, true, true}},
		{"title case heading", "The Possible Agenda of Lavrov’s Trip to the North\nText follows here.", []string{"The Possible Agenda of Lavrov’s Trip to the North", "Text follows here."}, []bool{true, false}},
		{"byline", "By John Smith\nRussia attacked.", []string{"By John Smith", "Russia attacked."}, []bool{true, false}},
		{"blank lines and spaces", "  \n\n  One.  \r\n  Two.  ", []string{"One.", "Two."}, []bool{false, false}},
		{"empty", "", nil, nil},
		{"link list", "Iran condemned the attack. *[http://example.org/a?ID=1 Photos from the Fars News Agency] *[http://example.org/b Video]",
			[]string{"Iran condemned the attack.", "[http://example.org/a?ID=1 Photos from the Fars News Agency]", "[http://example.org/b Video]"}, []bool{false, true, true}},
		{"hard-wrapped wire copy", "Iraqi troops shelled Iranian positions along the southern\nborder on Monday, a military spokesman said in a statement in\nBaghdad. Officials in Tehran said that the U.S.\nState Department had urged restraint on both sides.\n    Iran said it would respond.",
			[]string{"Iraqi troops shelled Iranian positions along the southern\nborder on Monday, a military spokesman said in a statement in\nBaghdad.", "Officials in Tehran said that the U.S.\nState Department had urged restraint on both sides.", "Iran said it would respond."}, []bool{false, false, false}},
		{"wire copy's short lead line", "Merrill Lynch and Co is issuing a 100\nmln Ecu eurobond due March 30, 1990, paying 7-3/8 pct and\npriced at 101 pct, lead manager Banque Paribas said.\n    It is listed.",
			[]string{"Merrill Lynch and Co is issuing a 100\nmln Ecu eurobond due March 30, 1990, paying 7-3/8 pct and\npriced at 101 pct, lead manager Banque Paribas said.", "It is listed."}, []bool{false, false}},
		{"capitalised wrap in an indented paragraph", "Talks ended.\n    The Labour Council, affiliated to the Australian Council of\nTrade Unions (ACTU), had threatened to paralyse the state.",
			[]string{"Talks ended.", "The Labour Council, affiliated to the Australian Council of\nTrade Unions (ACTU), had threatened to paralyse the state."}, []bool{false, false}},
		{"a heading over a wrapped paragraph", "Talks in Geneva\nThe ministers of both countries met in Geneva on Monday and\nagreed on a ceasefire that both sides had sought for a year.",
			[]string{"Talks in Geneva", "The ministers of both countries met in Geneva on Monday and\nagreed on a ceasefire that both sides had sought for a year."}, []bool{true, false}},
		{"short lines stay lines", "Talks in Geneva\nThe ministers met on Monday", []string{"Talks in Geneva", "The ministers met on Monday"}, []bool{true, false}},
		{"a full stop ends the wrap", "The ministers of both countries met in Geneva on Monday.\nThey agreed on a ceasefire.", []string{"The ministers of both countries met in Geneva on Monday.", "They agreed on a ceasefire."}, []bool{false, false}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkSplit(t, tt.body, tt.want, tt.furniture) })
	}
}

// checkSplit splits body into sentences and checks their texts, that each
// is its byte span of body, their indexes, and which are page furniture.
func checkSplit(t *testing.T, body string, want []string, furniture []bool) {
	t.Helper()
	got := splitSentences(body)
	if len(got) != len(want) {
		var texts []string
		for _, s := range got {
			texts = append(texts, s.text)
		}
		t.Fatalf("got %d sentences %q, want %q", len(got), texts, want)
	}
	for i, s := range got {
		if s.text != want[i] || body[s.start:s.end] != s.text || s.index != i || s.furniture != furniture[i] {
			t.Errorf("sentence %d = %q [%d:%d] furniture=%v, want %q furniture=%v", i, s.text, s.start, s.end, s.furniture, want[i], furniture[i])
		}
	}
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		text string
		want []string // norm of each token; a trailing marker: ' possessive, - hyphen-joined
	}{
		{"Russia’s U.S. ally", []string{"russia'", "u.s", "ally"}},
		{"Kim-Putin talks", []string{"kim-", "putin", "talks"}},
		{"Kim Jong-un – Putin", []string{"kim", "jong-", "un", "–", "putin"}},
		{"Côte d'Ivoire's leaders’ summit", []string{"cote", "divoire'", "leaders'", "summit"}},
		{"didn't 13th 2023-09-13", []string{"didnt", "13th", "2023-", "09-", "13"}},
		{"[http://example.org/a.b?ID=X&y=1 Iran Report] by www.Example.com", []string{"[", "iran", "report", "]", "by"}},
		{"Russia n troops, Iraq i and Iran ian soldier s", []string{"russian", "troops", ",", "iraqi", "and", "iranian", "soldiers"}},
		{"Israel is an ally, Kenya s", []string{"israel", "is", "an", "ally", ",", "kenyas"}},
		{"says i n", []string{"says", "i", "n"}},
		{`Rooney said <blockquote>Iran lied</blockquote><br />the <font color="#333355">deputy</font>`, []string{"rooney", "said", "iran", "lied", "the", "deputy"}},
		{"<Airbus Industrie> and Borg-Warner Corp <BOR>", []string{"airbus", "industrie", "and", "borg-", "warner", "corp", "bor"}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			var got []string
			for _, tok := range tokenize(tt.text, 0, len(tt.text)) {
				s := tok.norm
				if tok.poss {
					s += "'"
				}
				if tok.hyphen {
					s += "-"
				}
				got = append(got, s)
				// A detached ending ("Russia n") is joined across its space.
				if sel := tt.text[tok.start:tok.end]; strings.ReplaceAll(sel, " ", "") != tok.text {
					t.Errorf("token %q: offsets select %q", tok.text, sel)
				}
			}
			if strings.Join(got, " ") != strings.Join(tt.want, " ") {
				t.Errorf("tokens %q, want %q", got, tt.want)
			}
		})
	}
}
