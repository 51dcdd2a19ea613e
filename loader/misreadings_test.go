package loader

import (
	"slices"
	"strings"
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestMisreadings checks misreadings.go on sentences made up for the
// test. A row with a status wants that exact event (type, actors,
// targets, status); a row without one wants no event of the type with
// those actors. Each undone reading has a row beside it whose event
// must stay.
func TestMisreadings(t *testing.T) {
	tests := []struct {
		name, body      string
		typ             graph.EventType
		actors, targets []string
		status          graph.Status // "" when the event must be absent
	}{
		{"support withdrawn is none given", "Germany withdrew its support for the Iraqi government on Monday.",
			graph.Support, []string{"DE"}, nil, ""},
		{"support withdrawn retreats no forces", "Germany withdrew its support for the Iraqi government on Monday.",
			graph.Retreat, []string{"DE"}, nil, ""},
		{"backing dropped", "Japan dropped its backing for the Palestinian Authority last week.",
			graph.Support, []string{"JP"}, nil, ""},
		{"material support cut", "The United States cut its military support for the Pakistani army.",
			graph.Aid, []string{"US"}, nil, ""},
		{"support expressed stays", "Germany expressed its support for the Iraqi government on Monday.",
			graph.Support, []string{"DE"}, []string{"IQ"}, graph.Reported},
		{"troops withdrawn stay a retreat", "Germany withdrew its troops from Afghanistan.",
			graph.Retreat, []string{"DE"}, []string{"AF"}, graph.Reported},
		{"no support received is denied", "Hezbollah received no support from Iran during the war.",
			graph.Support, []string{"IR"}, []string{"org/hezbollah"}, graph.Denied},
		{"no weapons received is denied", "Georgia received no weapons from Russia.",
			graph.Aid, []string{"RU"}, []string{"GE"}, graph.Denied},
		{"support received stays reported", "Hezbollah received support from Iran during the war.",
			graph.Support, []string{"IR"}, []string{"org/hezbollah"}, graph.Reported},
		{"support from a giver is the giver's", "Syria denied any support from Iran for Hamas.",
			graph.Support, []string{"IR"}, []string{"org/hamas"}, graph.Denied},
		{"the denier gives no support", "Syria denied any support from Iran for Hamas.",
			graph.Support, []string{"SY"}, nil, ""},
		{"support denied by its owner", "Iran denied its support for Hezbollah.",
			graph.Support, []string{"IR"}, []string{"org/hezbollah"}, graph.Denied},
		{"a wrong not said", "Ecuador did not say Peru had violated the border treaty.",
			graph.Accuse, []string{"EC"}, nil, ""},
		{"a wrong that could be", "Ecuador said Peru could be violating the border treaty.",
			graph.Accuse, []string{"EC"}, []string{"PE"}, graph.Speculated},
		{"a wrong said", "Ecuador said Peru had violated the border treaty.",
			graph.Accuse, []string{"EC"}, []string{"PE"}, graph.Reported},
		{"an arms embargo lifted is no sale", "The European Union lifted its embargo on arms sales to Libya.",
			graph.Cooperate, []string{"org/european-union"}, nil, ""},
		{"arms sales stay a trade", "Russia's arms sales to Venezuela worry Colombia.",
			graph.Cooperate, []string{"RU"}, []string{"VE"}, graph.Reported},
		{"a regret foretold is no apology", "Venezuela's foreign minister said Israel will regret it.",
			graph.Concede, []string{"IL"}, nil, ""},
		{"the threat stays", "Venezuela's foreign minister said Israel will regret it.",
			graph.Threaten, []string{"VE"}, []string{"IL"}, graph.Reported},
		{"a regret expressed stays", "Japan regretted the sinking of the Chinese trawler.",
			graph.Concede, []string{"JP"}, []string{"CN"}, graph.Reported},
		{"the second act of a request is asked for", "Egypt urged Hamas to disarm and recognize Israel.",
			graph.Support, []string{"org/hamas"}, nil, ""},
		{"the second act of an agreement stays", "Hamas agreed to disarm and recognize Israel.",
			graph.Support, []string{"org/hamas"}, []string{"IL"}, graph.Planned},
		{"a second request after and stays", "Lebanon urged Hezbollah to release the soldiers and called on Israel to halt its attacks.",
			graph.Request, []string{"LB"}, []string{"IL"}, graph.Reported},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, ev := range extractBody(t, tt.body, "2008-05-05").Events {
				got = append(got, string(ev.Type)+" "+strings.Join(ids(ev.Actors), ",")+" -> "+strings.Join(ids(ev.Targets), ",")+" "+string(ev.Status))
				if ev.Type != tt.typ || !slices.Equal(ids(ev.Actors), tt.actors) {
					continue
				}
				if tt.status == "" {
					t.Fatalf("%q: unwanted %s", tt.body, got[len(got)-1])
				}
				if !slices.Equal(ids(ev.Targets), tt.targets) {
					continue
				}
				if ev.Status != tt.status {
					t.Errorf("%q: status %s, want %s", tt.body, ev.Status, tt.status)
				}
				return
			}
			if tt.status != "" {
				t.Errorf("%q: no %s %v -> %v; got %v", tt.body, tt.typ, tt.actors, tt.targets, got)
			}
		})
	}
}
