package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestClauseStatus(t *testing.T) {
	tests := []struct {
		text    string
		trigger string
		verb    bool
		want    graph.Status
	}{
		{"Russia attacked Ukraine", "attacked", true, graph.Reported},
		{"Lavrov will visit Pyongyang", "visit", true, graph.Planned},
		{"Lavrov is set to visit Pyongyang", "visit", true, graph.Planned},
		{"an impending visit by Lavrov", "visit", false, graph.Planned},
		{"the upcoming summit", "summit", false, graph.Planned},
		{"the summit is scheduled for May", "summit", false, graph.Planned},
		{"the possibility of North Korea supplying ammunition", "supplying", true, graph.Speculated},
		{"Iran reportedly sent drones", "sent", true, graph.Speculated},
		{"speculations grew that Pyongyang and Moscow would soon sign a deal", "sign", true, graph.Planned},
		{"amid speculations, Pyongyang signed a deal", "signed", true, graph.Speculated},
		{"Pakistan did not attack India", "attack", true, graph.Denied},
		{"Iran denied sending drones", "sending", true, graph.Denied},
		{"Hamas refused to release the hostages", "release", true, graph.Denied},
		{"the agenda of the visit, though not officially declared", "visit", false, ""},
		{"the recent summit", "summit", false, graph.Reported},
		{"tensions rose due to Spain's sale of arms", "sale", false, ""},
		{"talks in May", "talks", false, ""},
		{"a claim was made by a former inspector in June 2005 that US forces have been sending troops into Iran", "sending", true, graph.Speculated},
		{"Iran rejected the claims, and US forces have been sending troops into Iraq", "sending", true, graph.Reported},
		{"talks between Russia and China are scheduled for next week", "talks", false, graph.Planned},
		{"the summit between Biden and Xi is set to take place in November", "summit", false, graph.Planned},
		{"the visit of President Bush to Israel will take place in January", "visit", false, graph.Planned},
		{"President Bush's visit to Israel and the Palestinian territories would only end up hurting Palestinians", "visit", false, ""},
		{"talks with Israel was the planned construction of homes", "talks", false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			toks := tokenize(tt.text, 0, len(tt.text))
			at := -1
			for i, tok := range toks {
				if tok.norm == tt.trigger {
					at = i
				}
			}
			if at < 0 {
				t.Fatalf("no %q in %q", tt.trigger, tt.text)
			}
			isTrigger := make([]bool, len(toks))
			isTrigger[at] = true
			if got := clauseStatus(toks, at, isTrigger, tt.verb); got != tt.want {
				t.Errorf("status of %q = %q, want %q", tt.trigger, got, tt.want)
			}
		})
	}
}
