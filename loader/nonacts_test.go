package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestNonActs checks that words naming no act between parties give no
// event of the type their trigger would, while the same trigger stating
// an act still does.
func TestNonActs(t *testing.T) {
	tests := []struct {
		name, published string
		// noType is the type the sentences in none must not give.
		noType graph.EventType
		none   []string
		// still are acts the same triggers state.
		still []eventCase
	}{
		{
			// Dismissing or sacking an official or a government removes
			// them from office; dismissing a claim still rejects it.
			"removal from office", "2006-07-18", graph.Reject,
			[]string{
				"President Kurmanbek Bakiyev dismissed Defence Minister Ismail Isakov on Monday.",
				"The King of Nepal decided to dismiss the government and assume direct rule.",
				"Prime Minister Gordon Brown sacked him after the scandal.",
				"President Hamid Karzai dismissed three provincial governors from their posts.",
			},
			[]eventCase{
				{"claim dismissed", "Russian Foreign Minister Sergey Lavrov dismissed Condoleezza Rice's remarks as absurd.", wantEvent{graph.Reject, []string{"person/sergey-lavrov", "RU"}, []string{"person/condoleezza-rice"}}, graph.Reported, false},
				{"resolution dismissed", "Iran dismissed a resolution passed by the United Nations Security Council.", wantEvent{graph.Reject, []string{"IR"}, nil}, graph.Reported, false},
			},
		},
		{
			// A government or its forces blocking a website or an
			// entrance is no protest; a crowd blocking roads still is.
			"state blockade", "2006-07-18", graph.Protest,
			[]string{
				"The Iranian government has started blocking access to the video site YouTube.",
				"The government of Saudi Arabia blocked access to Blogger.",
				"Police blocked the entrance to the occupied factory in Bolivia.",
			},
			[]eventCase{
				{"farmers block roads", "Thousands of Bolivian farmers blocked roads near La Paz on Monday.", wantEvent{graph.Protest, []string{"BO"}, nil}, graph.Reported, false},
				{"supporters in a country", "Supporters of the opposition party in Kenya blocked highways to protest the election result.", wantEvent{graph.Protest, []string{"KE"}, nil}, graph.Reported, false},
			},
		},
		{
			// Declining to comment or to confirm is no rejection;
			// declining or refusing to act still is.
			"declined comment", "2006-07-18", graph.Reject,
			[]string{
				"The Chilean foreign ministry declined to comment on Peru's naval exercises.",
				"A spokesman for Argentina refused to confirm the Uruguayan report.",
				"Bolivia's envoy declined immediately to elaborate on the dispute with Paraguay.",
			},
			[]eventCase{
				{"declined to join", "Chile declined to join the alliance with Peru.", wantEvent{graph.Reject, []string{"CL"}, []string{"PE"}}, graph.Reported, true},
				{"refused to sign", "Bolivia refused to sign the agreement with Paraguay.", wantEvent{graph.Reject, []string{"BO"}, []string{"PY"}}, graph.Reported, true},
			},
		},
		{
			// A veto held as a power is no rejection; a veto used is.
			"held veto", "2007-09-21", graph.Reject,
			[]string{
				"Although Russia has veto power on the Security Council, it abstained.",
				"The United States has a veto over the bank's loans to Mexico.",
				"France pressed for a virtual veto over the fund's lending to Chad.",
			},
			[]eventCase{
				{"veto used", "Russia vetoed the Security Council resolution on Georgia.", wantEvent{graph.Reject, []string{"RU"}, nil}, graph.Reported, false},
			},
		},
		{
			// Declining to detail or to give a figure is no rejection;
			// refusing to give aid still is.
			"declined details", "1987-04-07", graph.Reject,
			[]string{
				"The Japanese officials declined to detail what Japan and France discussed.",
				"The Swiss envoy declined to give an exact figure for the credits to Egypt.",
				"A Saudi spokesman refused to describe the help Saudi Arabia gave Iraq.",
				"The Canadian minister declined to provide further details on the talks with Mexico.",
			},
			[]eventCase{
				{"refused aid", "Russia refused to give military aid to Serbia.", wantEvent{graph.Reject, []string{"RU"}, []string{"RS"}}, graph.Reported, false},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkNoEvents(t, tt.published, []graph.EventType{tt.noType}, tt.none...)
			checkEvents(t, tt.published, tt.still)
		})
	}
}
