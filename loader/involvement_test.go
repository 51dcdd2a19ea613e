package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestInvolvementFrames checks a party's part in an act of force named by
// a noun, on sentences made up for the test: the party did the act, as
// denied, stated or believed.
func TestInvolvementFrames(t *testing.T) {
	checkEvents(t, "2009-03-02", []eventCase{
		{name: "denied involvement in a named act", body: "Hezbollah denied any involvement in the rocket attack on the Syrian border post.",
			want: wantEvent{graph.Assault, []string{"org/hezbollah"}, []string{"SY"}}, status: graph.Denied, exact: true},
		{name: "denied role, act's object after of", body: "Syria has denied any role in the assassination of Rafik Hariri.",
			want: wantEvent{graph.Assault, []string{"SY"}, []string{"person/rafik-hariri"}}, status: graph.Denied, exact: true},
		{name: "denied being involved", body: "Hamas denied being involved in the bombing of the Egyptian consulate.",
			want: wantEvent{graph.Assault, []string{"org/hamas"}, []string{"EG"}}, status: graph.Denied, exact: true},
		{name: "denied that it was involved", body: "Hamas denied that it was involved in the attack on the Jordanian embassy.",
			want: wantEvent{graph.Assault, []string{"org/hamas"}, []string{"JO"}}, status: graph.Denied, exact: true},
		{name: "said it was not responsible", body: "Iran said it was not responsible for the bombing of the British embassy.",
			want: wantEvent{graph.Assault, []string{"IR"}, []string{"GB"}}, status: graph.Denied, exact: true},
		{name: "denial of the act reported before", body: "Syrian jets bombed a village in Lebanon on Friday. Iran denied any involvement.",
			want: wantEvent{graph.Assault, []string{"IR"}, []string{"LB"}}, status: graph.Denied, exact: true},
		{name: "was behind", body: "The Taliban were behind the attack on the German embassy, Afghan officials said.",
			want: wantEvent{graph.Assault, []string{"org/taliban"}, []string{"DE"}}, status: graph.Reported, exact: true},
		{name: "suspected of being behind", body: "Hamas is suspected of being behind the kidnapping of two Egyptian engineers.",
			want: wantEvent{graph.Assault, []string{"org/hamas"}, []string{"EG"}}, status: graph.Speculated, exact: true},
		{name: "speculation that X was responsible", body: "The report led to speculation that Hezbollah was responsible for the shelling of the Israeli town.",
			want: wantEvent{graph.Assault, []string{"org/hezbollah"}, []string{"IL"}}, status: graph.Speculated, exact: true},
		{name: "believed responsible", body: "The Taliban are believed to be responsible for the ambush on the Pakistani convoy.",
			want: wantEvent{graph.Assault, []string{"org/taliban"}, []string{"PK"}}, status: graph.Speculated, exact: true},
		{name: "blamed for the act", body: "Egypt blamed Hamas for the attack on the Egyptian border guards.",
			want: wantEvent{graph.Assault, []string{"org/hamas"}, []string{"EG"}}, status: graph.Speculated, exact: true},
		{name: "took responsibility", body: "Hamas took responsibility for the rocket attack on the Israeli town of Sderot.",
			want: wantEvent{graph.Assault, []string{"org/hamas"}, []string{"IL"}}, status: graph.Reported, exact: true},
	})
	checkRejects(t, []reject{
		{"the act is denied, not a charge", "Hezbollah denied any involvement in the rocket attack on the Syrian border post.", graph.Reject},
		{"those responsible name no one", "Egypt vowed to punish those responsible for the attack on its embassy in Jordan.", graph.Assault},
		{"qualifier of the subject", "Political pressure from Japan is behind the attack on the Australian whaling protest.", graph.Assault},
		{"a standing conflict", "Syria and Iran are involved in a conflict over the killing of a Lebanese minister.", graph.Assault},
		{"a duty, not a claim", "Egypt said Hamas should take responsibility for the attack on the Israeli border.", graph.Assault},
		{"no act of force named", "Hamas denied any involvement in the talks with Egypt.", graph.Assault},
	})
}
