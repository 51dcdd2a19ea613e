package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestResponsibilityClaims checks claims of responsibility, made up for
// the test: the claimer attacked whom the act befell.
func TestResponsibilityClaims(t *testing.T) {
	checkEvents(t, "2007-05-01", []eventCase{
		{name: "claimed responsibility for an attack on a party", body: "Hamas claimed responsibility for the bombing of an Israeli bus in Haifa.",
			want: wantEvent{graph.Assault, []string{"org/hamas"}, []string{"IL"}}, status: graph.Reported, exact: true},
		{name: "victims in a relative clause", body: "Hamas claimed responsibility for the ambush, which killed four Egyptian guards.",
			want: wantEvent{graph.Assault, []string{"org/hamas"}, []string{"EG"}}, status: graph.Reported, exact: true},
		{name: "passive claim", body: "The rocket attacks on Syrian villages were claimed by Hamas.",
			want: wantEvent{graph.Assault, []string{"org/hamas"}, []string{"SY"}}, status: graph.Reported, exact: true},
		{name: "state beside the group", body: "A cell of Hamas in Jordan claimed responsibility for the attack on the Egyptian consulate.",
			want: wantEvent{graph.Assault, []string{"org/hamas"}, []string{"EG"}}, status: graph.Reported, exact: true},
		{name: "the attack referred back to", body: "Hamas gunmen attacked a Syrian convoy on Monday. Hamas later claimed responsibility for the attack.",
			want: wantEvent{graph.Assault, []string{"org/hamas"}, []string{"SY"}}, status: graph.Reported, exact: true},
		{name: "coordinated claimers", body: "Hamas and Fatah both claimed responsibility for the attack on the Syrian consulate.",
			want: wantEvent{graph.Assault, []string{"org/hamas", "org/fatah"}, []string{"SY"}}, status: graph.Reported, exact: true},
		{name: "passive of performing", body: "The attack on the Egyptian consulate was carried out by Hamas.",
			want: wantEvent{graph.Assault, []string{"org/hamas"}, []string{"EG"}}, status: graph.Reported, exact: true},
		{name: "hedged attribution", body: "The bombing of the Syrian embassy is believed to have been carried out by Hamas.",
			want: wantEvent{graph.Assault, []string{"org/hamas"}, []string{"SY"}}, status: graph.Speculated, exact: true},
		{name: "blame laid by no one named", body: "The killings of Syrian villagers were blamed on Hamas.",
			want: wantEvent{graph.Assault, []string{"org/hamas"}, []string{"SY"}}, status: graph.Speculated, exact: true},
	})
	checkRejects(t, []reject{
		{"weapon qualifying another head", "Reports said covert operations to find missile sites in Syria were carried out by Hamas.", graph.Assault},
		{"no claimer", "No group has claimed responsibility for the attack on the Egyptian consulate.", graph.Assault},
		{"claim pending", "Hamas has yet to claim responsibility for the attack on the Egyptian consulate.", graph.Assault},
		{"land claimed", "The villages claimed by Hamas lie near the Egyptian border.", graph.Assault},
	})
}
