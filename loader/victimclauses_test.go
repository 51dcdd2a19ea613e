package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestVictimsCircumstances checks acts of force told from the victims'
// side with the doer named in a phrase or clause after the verb of harm,
// in sentences made up for the test: the doer attacked the victims' state
// or party.
func TestVictimsCircumstances(t *testing.T) {
	checkEvents(t, "2008-05-14", []eventCase{
		{name: "in an attack noun the doer qualifies", body: "Twelve Afghan civilians were killed in a US air strike on Sunday.",
			want: wantEvent{graph.Assault, []string{"US"}, []string{"AF"}}, status: graph.Reported, exact: true},
		{name: "during a raid, time between", body: "Three Lebanese soldiers died on Tuesday during an Israeli raid near Tyre.",
			want: wantEvent{graph.Assault, []string{"IL"}, []string{"LB"}}, status: graph.Reported, exact: true},
		{name: "an organisation's ambush", body: "Two Canadian soldiers were wounded in a Taliban ambush in Kandahar.",
			want: wantEvent{graph.Assault, []string{"org/taliban"}, []string{"CA"}}, status: graph.Reported, exact: true},
		{name: "doer in a by phrase after the noun", body: "Five Iraqi policemen were killed in an air strike by NATO forces.",
			want: wantEvent{graph.Assault, []string{"org/nato"}, []string{"IQ"}}, status: graph.Reported, exact: true},
		{name: "under fire", body: "Two Syrian soldiers were injured under Turkish fire.",
			want: wantEvent{graph.Assault, []string{"TR"}, []string{"SY"}}, status: graph.Reported, exact: true},
		{name: "a people's demonym as subject", body: "Four Israelis were hurt in a Hezbollah rocket attack.",
			want: wantEvent{graph.Assault, []string{"org/hezbollah"}, []string{"IL"}}, status: graph.Reported, exact: true},
		{name: "a party's members", body: "Three Hamas members were killed in an Egyptian raid.",
			want: wantEvent{graph.Assault, []string{"EG"}, []string{"org/hamas"}}, status: graph.Reported, exact: true},
		{name: "suspected strike", body: "Six Iraqi policemen were killed in a suspected Turkish missile strike.",
			want: wantEvent{graph.Assault, []string{"TR"}, []string{"IQ"}}, status: graph.Speculated, exact: true},
		{name: "believed to have been killed", body: "Two Sudanese soldiers are believed to have been killed in a Chadian raid.",
			want: wantEvent{graph.Assault, []string{"TD"}, []string{"SD"}}, status: graph.Speculated, exact: true},
		{name: "when a force opened fire", body: "Four Iraqi policemen were killed when US troops opened fire.",
			want: wantEvent{graph.Assault, []string{"US"}, []string{"IQ"}}, status: graph.Reported, exact: true},
		{name: "as a force fired", body: "Three Pakistani soldiers were wounded as Indian troops fired across the border.",
			want: wantEvent{graph.Assault, []string{"IN"}, []string{"PK"}}, status: graph.Reported, exact: true},
		{name: "died after a force opened fire", body: "Two Iraqi civilians died after British soldiers opened fire on their car.",
			want: wantEvent{graph.Assault, []string{"GB"}, []string{"IQ"}}, status: graph.Reported, exact: true},
		{name: "when counted jets bombed", body: "Four Georgian soldiers were wounded when two Russian jets bombed a base near Gori.",
			want: wantEvent{graph.Assault, []string{"RU"}, []string{"GE"}}, status: graph.Reported, exact: true},
		{name: "a named party attacked", body: "Five Lebanese soldiers were killed when Hezbollah attacked their post.",
			want: wantEvent{graph.Assault, []string{"org/hezbollah"}, []string{"LB"}}, status: graph.Reported, exact: true},
	})
	checkRejects(t, []reject{
		{"victims of no party", "Two journalists were killed in a US air strike.", graph.Assault},
		{"no doer named", "Six Iraqi soldiers were killed in a bomb blast.", graph.Assault},
		{"no doer named in the noun phrase", "Six Iraqi soldiers were killed in an air strike.", graph.Assault},
		{"a place qualifies the act", "Six Iraqi soldiers were killed in a Baghdad bombing.", graph.Assault},
		{"insurgents are not their state", "Iraqi police were killed when Iraqi insurgents attacked.", graph.Assault},
		{"the doer on the victims' side", "Two Iraqi soldiers were killed in an Iraqi army raid.", graph.Assault},
		{"a demonym without a force", "Two Iraqi soldiers were killed as Turkish officials met.", graph.Assault},
		{"the harm denied", "The Syrian soldiers were not killed in a Turkish raid.", graph.Assault},
		{"a speaker is not the victims' party", "Hamid Karzai said two soldiers were killed in a NATO air strike.", graph.Assault},
		{"a place before the count", "In western Afghanistan two policemen were killed when insurgents opened fire.", graph.Assault},
	})
}

// TestVictimsCircumstanceModes checks that the event takes the mode the
// lexicon gives the act's word.
func TestVictimsCircumstanceModes(t *testing.T) {
	for _, tt := range []struct{ body, mode string }{
		{"Twelve Afghan civilians were killed in a US air strike on Sunday.", "strike"},
		{"Three Lebanese soldiers were killed in Israeli shelling of their post.", "shelling"},
		{"Four Georgian soldiers were wounded when Russian jets bombed the base.", "bombing"},
		{"Three Lebanese soldiers were killed in an Israeli raid.", ""},
	} {
		ex := extractBody(t, tt.body, "2008-05-14")
		found := false
		for _, ev := range ex.Events {
			if ev.Type == graph.Assault {
				found = true
				if ev.Mode != tt.mode {
					t.Errorf("%q: mode %q, want %q", tt.body, ev.Mode, tt.mode)
				}
			}
		}
		if !found {
			t.Errorf("%q: no ASSAULT", tt.body)
		}
	}
}
