package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestEntityEvents checks events whose parties are bodies and vessels the
// gazetteer does not list, each on a sentence written for the test. The
// event must come out exactly: type, actors, targets, status.
func TestEntityEvents(t *testing.T) {
	tests := []eventCase{
		{"a ministry acts with its state", "The Ecuadorian Foreign Ministry condemned Peru.",
			wantEvent{graph.Accuse, []string{"org/ecuadorian-foreign-ministry", "EC"}, []string{"PE"}}, graph.Reported, true},
		{"a state's navy acts with its state", "The Chilean Navy threatened Bolivia on Monday.",
			wantEvent{graph.Threaten, []string{"org/chilean-navy", "CL"}, []string{"BO"}}, graph.Reported, true},
		{"an insurgent army acts alone", "The Kosovo Liberation Army condemned Serbia.",
			wantEvent{graph.Accuse, []string{"org/kosovo-liberation-army"}, []string{"RS"}}, graph.Reported, true},
		{"a bare ministry of the state just named", "Malawi recalled its envoy. The Foreign Ministry accused Zambia of harbouring rebels.",
			wantEvent{graph.Accuse, []string{"org/foreign-ministry-mw", "MW"}, []string{"ZM"}}, graph.Reported, true},
		{"a ministry after a possessive", "Ghana's Interior Ministry accused Togo of arming smugglers.",
			wantEvent{graph.Accuse, []string{"org/interior-ministry-gh", "GH"}, []string{"TG"}}, graph.Reported, true},
		{"the Pentagon is a department", "The Pentagon accused Iran of arming militias.",
			wantEvent{graph.Accuse, []string{"org/united-states-department-of-defense", "US"}, []string{"IR"}}, graph.Reported, true},
		{"a named vessel refuses", "The Chilean trawler ''Marisol'' refused to follow the Peruvian Navy's orders.",
			wantEvent{graph.Reject, []string{"org/marisol"}, []string{"org/peruvian-navy", "PE"}}, graph.Reported, true},
		{"a vessel named again", "Officials boarded the Chilean trawler \"Marisol\" at dawn. The Marisol refused to follow the Peruvian Navy's orders.",
			wantEvent{graph.Reject, []string{"org/marisol"}, []string{"org/peruvian-navy", "PE"}}, graph.Reported, true},
		{"a shortened name of a body", "The United Islamic Front took the port. Kenya condemned the Islamist Front.",
			wantEvent{graph.Accuse, []string{"KE"}, []string{"org/united-islamic-front"}}, graph.Reported, true},
		{"a bare head of a body", "The Eritrea-Ethiopia Boundary Commission met in The Hague. Ethiopia criticised the Commission.",
			wantEvent{graph.Accuse, []string{"ET"}, []string{"org/eritrea-ethiopia-boundary-commission"}}, graph.Reported, true},
	}
	checkEvents(t, "2008-03-12", tests)
}

// TestEntityMentions checks the vessels and bodies found by rule, and the
// phrases that read like them but name none.
func TestEntityMentions(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"vessel in italics", "The Russian trawler, ''Elektron'', was boarded.", []string{"Elektron=ORGANIZATION/Elektron"}, nil},
		{"vessel with a number", "The survey ship Sismik 1 left port.", []string{"Sismik 1=ORGANIZATION/Sismik 1"}, nil},
		{"ship as a verb", "Exporters plan to ship Marlin pumps to Egypt.", nil, []string{"Marlin=ORGANIZATION/Marlin"}},
		{"a weapon, not a ship", "Iran fired anti-ship \"Silkworm\" missiles.", nil, []string{"Silkworm=ORGANIZATION/Silkworm"}},
		{"aircraft maker", "The Air Force chose the aircraft, Sikorsky protested.", nil, []string{"Sikorsky=ORGANIZATION/Sikorsky"}},
		{"known department keeps its state", "The State Department said nothing.", []string{"State Department=ORGANIZATION/United States Department of State"}, nil},
		{"plural head", "The Popular Resistance Committees fired rockets.", []string{"Popular Resistance Committees=ORGANIZATION/Popular Resistance Committees"}, nil},
		{"two bodies share the head", "The Islamic Courts Union and the Supreme Islamic Courts met. The Courts agreed.", nil, []string{"Courts=ORGANIZATION/Islamic Courts Union"}},
	})
}

// TestCategoryBeforeName checks that a page's category word before a
// sentence ("Chile The Chilean Workers Federation ...") is no part of the
// name that opens the sentence.
func TestCategoryBeforeName(t *testing.T) {
	checkEvents(t, "2006-05-14", []eventCase{
		{"category, then a body", "Chile The Chilean Workers Federation condemned Peru.",
			wantEvent{graph.Accuse, []string{"org/chilean-workers-federation"}, []string{"PE"}}, graph.Reported, true},
	})
}
