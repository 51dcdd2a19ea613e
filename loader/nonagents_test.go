package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestNonAgentSubjectPlacesNoParty checks that a country whose name,
// demonym or possessive only places the subject of a clause that cannot
// act for the state (goods, refugees and travellers, business and its
// groups) or names the country's money is no party of the event, while
// the people and forces of the state, unnamed citizens who protest,
// people who suffer an act and goods a state acts on still name it.
func TestNonAgentSubjectPlacesNoParty(t *testing.T) {
	for _, tt := range []struct{ body, state string }{
		{"Sudanese refugees condemned Chad on Monday.", "SD"},
		{"The Ethiopian asylum seekers began arriving in Kenya in May.", "ET"},
		{"The 30,000 tonnes of Canadian wheat will arrive in Egypt in June.", "CA"},
		{"Hundreds of Vietnamese tourists visited Cambodia last week.", "VN"},
		{"Japanese business groups urged Washington to lift the tariffs.", "JP"},
		{"A senior Swiss banker called for sanctions against Chile.", "CH"},
		{"Brazil's coffee exporters accused Colombia of dumping.", "BR"},
		{"Japan's biggest companies urged Washington to cut interest rates.", "JP"},
		{"The IMF offered support for the Australian dollar.", "AU"},
	} {
		checkNoParty(t, "2006-07-18", tt.body, tt.state, false) // no actor
		checkNoParty(t, "2006-07-18", tt.body, tt.state, true)  // no target
	}
	checkEvents(t, "2006-07-18", []eventCase{
		{"people who suffer", "Somali migrants were attacked by Kenyan police.", wantEvent{graph.Assault, []string{"KE"}, []string{"SO"}}, graph.Reported, false},
		{"citizens protest", "Thousands of Kenyans protested against Uganda.", wantEvent{graph.Protest, []string{"KE"}, []string{"UG"}}, graph.Reported, false},
		{"goods before an office", "Iraqi oil ministers met Iranian officials in Baghdad.", wantEvent{graph.Consult, []string{"IQ"}, []string{"IR"}}, graph.Reported, false},
		{"goods acted on", "Germany imposed an embargo on Georgian goods.", wantEvent{graph.Sanction, []string{"DE"}, []string{"GE"}}, graph.Reported, false},
		{"a verb before goods", "Canada halted wheat shipments to Argentina after the coup.", wantEvent{graph.Sanction, []string{"CA"}, []string{"AR"}}, graph.Reported, false},
		{"a verb before travellers", "Norway discussed the refugee crisis with Sweden.", wantEvent{graph.Consult, []string{"NO"}, []string{"SE"}}, graph.Reported, false},
	})
}
