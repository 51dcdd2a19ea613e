package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestRemovalFromOfficeIsNoRejection checks that dismissing or sacking an
// official or a government removes them from office and states no
// rejection, while dismissing a claim or a resolution still rejects it.
func TestRemovalFromOfficeIsNoRejection(t *testing.T) {
	checkNoEvents(t, "2006-07-18", []graph.EventType{graph.Reject},
		"President Kurmanbek Bakiyev dismissed Defence Minister Ismail Isakov on Monday.",
		"The King of Nepal decided to dismiss the government and assume direct rule.",
		"Prime Minister Gordon Brown sacked him after the scandal.",
		"President Hamid Karzai dismissed three provincial governors from their posts.",
	)
	tests := []eventCase{
		{"claim dismissed", "Russian Foreign Minister Sergey Lavrov dismissed Condoleezza Rice's remarks as absurd.", wantEvent{graph.Reject, []string{"person/sergey-lavrov", "RU"}, []string{"person/condoleezza-rice"}}, graph.Reported, false},
		{"resolution dismissed", "Iran dismissed a resolution passed by the United Nations Security Council.", wantEvent{graph.Reject, []string{"IR"}, nil}, graph.Reported, false},
	}
	checkEvents(t, "2006-07-18", tests)
}

// TestStateBlockadeIsNoProtest checks that a government or its forces
// blocking a website or an entrance is no protest, while a crowd blocking
// roads still protests.
func TestStateBlockadeIsNoProtest(t *testing.T) {
	checkNoEvents(t, "2006-07-18", []graph.EventType{graph.Protest},
		"The Iranian government has started blocking access to the video site YouTube.",
		"The government of Saudi Arabia blocked access to Blogger.",
		"Police blocked the entrance to the occupied factory in Bolivia.",
	)
	tests := []eventCase{
		{"farmers block roads", "Thousands of Bolivian farmers blocked roads near La Paz on Monday.", wantEvent{graph.Protest, []string{"BO"}, nil}, graph.Reported, false},
		{"supporters in a country", "Supporters of the opposition party in Kenya blocked highways to protest the election result.", wantEvent{graph.Protest, []string{"KE"}, nil}, graph.Reported, false},
	}
	checkEvents(t, "2006-07-18", tests)
}

// TestDeclinedCommentNoRejection checks that declining to comment or to
// confirm is no rejection, while declining or refusing to act still is.
func TestDeclinedCommentNoRejection(t *testing.T) {
	checkNoEvents(t, "2006-07-18", []graph.EventType{graph.Reject},
		"The Chilean foreign ministry declined to comment on Peru's naval exercises.",
		"A spokesman for Argentina refused to confirm the Uruguayan report.",
		"Bolivia's envoy declined immediately to elaborate on the dispute with Paraguay.",
	)
	checkEvents(t, "2006-07-18", []eventCase{
		{"declined to join", "Chile declined to join the alliance with Peru.", wantEvent{graph.Reject, []string{"CL"}, []string{"PE"}}, graph.Reported, true},
		{"refused to sign", "Bolivia refused to sign the agreement with Paraguay.", wantEvent{graph.Reject, []string{"BO"}, []string{"PY"}}, graph.Reported, true},
	})
}

// TestHeldVetoNoRejection checks that a veto held as a power is no
// rejection, while a veto used still is.
func TestHeldVetoNoRejection(t *testing.T) {
	checkNoEvents(t, "2007-09-21", []graph.EventType{graph.Reject},
		"Although Russia has veto power on the Security Council, it abstained.",
		"The United States has a veto over the bank's loans to Mexico.",
		"France pressed for a virtual veto over the fund's lending to Chad.",
	)
	checkEvents(t, "2007-09-21", []eventCase{
		{"veto used", "Russia vetoed the Security Council resolution on Georgia.", wantEvent{graph.Reject, []string{"RU"}, nil}, graph.Reported, false},
	})
}

// TestDeclinedDetailsNoRejection checks that declining to detail or to
// give a figure is no rejection, while refusing to give aid still is.
func TestDeclinedDetailsNoRejection(t *testing.T) {
	checkNoEvents(t, "1987-04-07", []graph.EventType{graph.Reject},
		"The Japanese officials declined to detail what Japan and France discussed.",
		"The Swiss envoy declined to give an exact figure for the credits to Egypt.",
		"A Saudi spokesman refused to describe the help Saudi Arabia gave Iraq.",
		"The Canadian minister declined to provide further details on the talks with Mexico.",
	)
	checkEvents(t, "1987-04-07", []eventCase{
		{"refused aid", "Russia refused to give military aid to Serbia.", wantEvent{graph.Reject, []string{"RU"}, []string{"RS"}}, graph.Reported, false},
	})
}
