package loader

import (
	"slices"
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestEntityEvents checks events whose parties are bodies and vessels the
// gazetteer does not list, each on a sentence written for the test. The
// event must come out exactly: type, actors, targets, status.
func TestEntityEvents(t *testing.T) {
	tests := []struct {
		name            string
		body            string
		typ             graph.EventType
		actors, targets []string
		status          graph.Status
	}{
		{"a ministry acts with its state", "The Ecuadorian Foreign Ministry condemned Peru.",
			graph.Accuse, []string{"org/ecuadorian-foreign-ministry", "EC"}, []string{"PE"}, graph.Reported},
		{"a state's navy acts with its state", "The Chilean Navy threatened Bolivia on Monday.",
			graph.Threaten, []string{"org/chilean-navy", "CL"}, []string{"BO"}, graph.Reported},
		{"an insurgent army acts alone", "The Kosovo Liberation Army condemned Serbia.",
			graph.Accuse, []string{"org/kosovo-liberation-army"}, []string{"RS"}, graph.Reported},
		{"a bare ministry of the state just named", "Malawi recalled its envoy. The Foreign Ministry accused Zambia of harbouring rebels.",
			graph.Accuse, []string{"org/foreign-ministry-mw", "MW"}, []string{"ZM"}, graph.Reported},
		{"a ministry after a possessive", "Ghana's Interior Ministry accused Togo of arming smugglers.",
			graph.Accuse, []string{"org/interior-ministry-gh", "GH"}, []string{"TG"}, graph.Reported},
		{"the Pentagon is a department", "The Pentagon accused Iran of arming militias.",
			graph.Accuse, []string{"org/united-states-department-of-defense", "US"}, []string{"IR"}, graph.Reported},
		{"a named vessel refuses", "The Chilean trawler ''Marisol'' refused to follow the Peruvian Navy's orders.",
			graph.Reject, []string{"org/marisol"}, []string{"org/peruvian-navy", "PE"}, graph.Reported},
		{"a vessel named again", "Officials boarded the Chilean trawler \"Marisol\" at dawn. The Marisol refused to follow the Peruvian Navy's orders.",
			graph.Reject, []string{"org/marisol"}, []string{"org/peruvian-navy", "PE"}, graph.Reported},
		{"a shortened name of a body", "The United Islamic Front took the port. Kenya condemned the Islamist Front.",
			graph.Accuse, []string{"KE"}, []string{"org/united-islamic-front"}, graph.Reported},
		{"a bare head of a body", "The Eritrea-Ethiopia Boundary Commission met in The Hague. Ethiopia criticised the Commission.",
			graph.Accuse, []string{"ET"}, []string{"org/eritrea-ethiopia-boundary-commission"}, graph.Reported},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ex := extractBody(t, tt.body, "2008-03-12")
			ev, got := findEvent(ex, wantEvent{tt.typ, tt.actors, tt.targets})
			if ev == nil {
				t.Fatalf("no %s %v → %v; got %s", tt.typ, tt.actors, tt.targets, got)
			}
			if !slices.Equal(ids(ev.Actors), tt.actors) || !slices.Equal(ids(ev.Targets), tt.targets) {
				t.Errorf("%v → %v, want exactly %v → %v", ids(ev.Actors), ids(ev.Targets), tt.actors, tt.targets)
			}
			if ev.Status != tt.status {
				t.Errorf("status %s, want %s", ev.Status, tt.status)
			}
		})
	}
}

// TestEntityMentions checks the vessels and bodies found by rule, and the
// phrases that read like them but name none.
func TestEntityMentions(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"vessel in italics", "The Russian trawler, ''Elektron'', was boarded.", []string{"Elektron=ORGANIZATION/Elektron"}, nil},
		{"vessel with a number", "The survey ship Sismik 1 left port.", []string{"Sismik 1=ORGANIZATION/Sismik 1"}, nil},
		{"ship as a verb", "Exporters plan to ship Marlin pumps to Egypt.", nil, []string{"Marlin=ORGANIZATION/Marlin"}},
		{"a weapon, not a ship", "Iran fired anti-ship \"Silkworm\" missiles.", nil, []string{"Silkworm=ORGANIZATION/Silkworm"}},
		{"aircraft maker", "The Air Force chose the aircraft, Boeing protested.", nil, []string{"Boeing=ORGANIZATION/Boeing"}},
		{"known department keeps its state", "The State Department said nothing.", []string{"State Department=ORGANIZATION/United States Department of State"}, nil},
		{"two bodies share the head", "The Islamic Courts Union and the Supreme Islamic Courts met. The Courts agreed.", nil, []string{"Courts=ORGANIZATION/Islamic Courts Union"}},
	})
}
