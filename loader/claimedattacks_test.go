package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestClaimedAttacks checks attacks a party claims, carries out or is
// blamed for when only "the attack" names them, on stories made up for the
// test: the target is that of the attack told in the sentences before.
func TestClaimedAttacks(t *testing.T) {
	checkEvents(t, "2007-05-01", []eventCase{
		{name: "claim, victims' state", body: "A bomb exploded at a bus stop in Haifa on Monday, killing six Israelis. Hamas claimed responsibility for the attack.",
			want: wantEvent{graph.Assault, []string{"org/hamas"}, []string{"IL"}}, status: graph.Reported, exact: true},
		{name: "victims as the passive's subject", body: "Four Egyptian policemen were killed when a roadside bomb went off on Sunday. Hamas later said it was behind the bombing.",
			want: wantEvent{graph.Assault, []string{"org/hamas"}, []string{"EG"}}, exact: true},
		{name: "state of the place", body: "Two car bombs went off in a market in Baghdad on Tuesday. Police said the blasts were heavy. Al-Qaeda in Iraq claimed responsibility for the bombings.",
			want: wantEvent{graph.Assault, []string{"org/al-qaeda-in-iraq"}, []string{"IQ"}}, status: graph.Reported, exact: true},
		{name: "carried out the attack", body: "Gunmen ambushed a convoy in southern Lebanon on Friday. Hamas carried out the attack, the army said.",
			want: wantEvent{graph.Assault, []string{"org/hamas"}, []string{"LB"}}, exact: true},
		{name: "blamed for the attack", body: "A suicide bomber blew himself up in Amman, killing nine Jordanians. The government blamed Hamas for the attack.",
			want: wantEvent{graph.Assault, []string{"org/hamas"}, []string{"JO"}}, status: graph.Speculated, exact: true},
	})
	checkTargetless(t, []string{
		// nothing told before: "the attack" has no antecedent
		"Hamas claimed responsibility for the attack on Monday.",
		// the attack was told six sentences before the claim
		"A bomb exploded in Haifa on Monday, killing six Israelis. The mayor spoke. The council met. The schools closed. The roads reopened. The markets opened. Hamas claimed responsibility for the attack.",
		// "support for the attack" does not make its subject the attacker
		"A bomb exploded in Haifa on Monday, killing six Israelis. Hamas expressed support for the attack.",
		// a kidnapping befalls the hostages' state, not the place
		"Gunmen seized two aid workers in Baghdad on Monday. Hamas claimed responsibility for the kidnapping.",
	})
}

// checkTargetless extracts each body and fails on an attack with a target.
func checkTargetless(t *testing.T, bodies []string) {
	t.Helper()
	for _, body := range bodies {
		ex := extractBody(t, body, "")
		for _, ev := range ex.Events {
			if ev.Type == graph.Assault && len(ev.Targets) > 0 {
				t.Errorf("%q: unexpected %s [%s]", body, ev.Label, ev.Claims[0].Rule)
			}
		}
	}
}
