package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestForceRules checks the force theme's rules, each on a sentence made
// up for the test.
func TestForceRules(t *testing.T) {
	checkEvents(t, "2007-08-15", []eventCase{
		{"troops counted in thousands", "Pakistan has sent at least 12,000 troops into the Swat valley of Afghanistan.",
			wantEvent{graph.Mobilize, []string{"PK"}, []string{"AF"}}, graph.Reported, true},
		{"a party fought", "The rebels of the Tamil Tigers have been fighting the Sri Lankan army for years.",
			wantEvent{graph.Assault, []string{"org/liberation-tigers-of-tamil-eelam"}, []string{"LK"}}, graph.Reported, true},
		{"fought against a party", "Hezbollah fought against Israeli troops near the border.",
			wantEvent{graph.Assault, []string{"org/hezbollah"}, []string{"IL"}}, graph.Reported, true},
		{"will fight the state of", "Hamas will fight the state of Israel.",
			wantEvent{graph.Assault, []string{"org/hamas"}, []string{"IL"}}, graph.Planned, true},
		{"overthrown in a coup", "Pakistan's army overthrew Prime Minister Nawaz Sharif in a military coup.",
			wantEvent{graph.Assault, []string{"PK"}, []string{"person/nawaz-sharif"}}, graph.Reported, false},
		{"ousted by foreign forces", "The Taliban were ousted by American forces in 2001.",
			wantEvent{graph.Assault, []string{"US"}, []string{"org/taliban"}}, graph.Reported, true},
		{"taken hostage", "Hezbollah took two Israeli soldiers hostage.",
			wantEvent{graph.Assault, []string{"org/hezbollah"}, []string{"IL"}}, graph.Reported, true},
		{"held captive by", "Ingrid Betancourt was held captive by the FARC for six years.",
			wantEvent{graph.Assault, []string{"org/revolutionary-armed-forces-of-colombia"}, []string{"person/ingrid-betancourt"}}, graph.Reported, true},
		{"driven out", "Ethiopian troops drove the Islamic Courts out of Mogadishu.",
			wantEvent{graph.Assault, []string{"ET"}, []string{"org/islamic-courts"}}, graph.Reported, true},
	})
}

// TestForceRulesLeaveOtherSenses checks that fighting an evil, for a cause
// or as a purpose is no attack.
func TestForceRulesLeaveOtherSenses(t *testing.T) {
	checkNoEvents(t, "2007-08-15", []graph.EventType{graph.Assault},
		"Canada is fighting terrorism in Afghanistan.",
		"Romania will fight corruption, the president told the European Parliament.",
		"The Greens asked Australia to send soldiers to fight the Taliban.",
		"The mayor fought for the right of exiles to return to Iraq.",
		"Labour ousted the Conservatives from government in the election.",
		"Thailand's deposed prime minister Thaksin Shinawatra returned from exile.",
		"Afghan citizens held captive in US prisons will be handed to Afghanistan.",
	)
}

// TestThousandsComma checks that a number's digit groups make one token
// and that a comma between numbers in a list still separates them.
func TestThousandsComma(t *testing.T) {
	for _, tt := range []struct {
		text string
		want []string
	}{
		{"sent 12,000 troops", []string{"sent", "12,000", "troops"}},
		{"10,000,000 people", []string{"10,000,000", "people"}},
		{"in 2004, 2005", []string{"in", "2004", ",", "2005"}},
		{"steps 1,22 and 3", []string{"steps", "1", ",", "22", "and", "3"}},
	} {
		var got []string
		for _, tok := range tokenize(tt.text, 0, len(tt.text)) {
			got = append(got, tok.text)
		}
		if len(got) != len(tt.want) {
			t.Errorf("%q: got %q, want %q", tt.text, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("%q: got %q, want %q", tt.text, got, tt.want)
				break
			}
		}
	}
}
