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
