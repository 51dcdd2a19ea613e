package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestCausedActs checks that the act an asserted causative in the past
// brings about is reported, in the active and the passive, for a verb and
// for a noun its support verb carries; and that causatives that only let
// or urge, or stand under a modal, leave the act planned or speculated.
func TestCausedActs(t *testing.T) {
	checkEvents(t, "2007-08-15", []eventCase{
		{"caused X to send troops", "The border clash caused Peru to send troops to the frontier.",
			wantEvent{graph.Mobilize, []string{"PE"}, nil}, graph.Reported, false},
		{"prompted X to launch air strikes (noun)", "The shelling prompted Egypt to launch air strikes on Libya.",
			wantEvent{graph.Assault, []string{"EG"}, []string{"LY"}}, graph.Reported, true},
		{"compelled X to release", "Pressure from Brazil compelled Paraguay to release the Bolivian fishermen.",
			wantEvent{graph.Retreat, []string{"PY"}, nil}, graph.Reported, false},
		{"led X to impose sanctions", "The bombings led Turkey to impose sanctions on Syria.",
			wantEvent{graph.Sanction, []string{"TR"}, []string{"SY"}}, graph.Reported, true},
		{"drove X to deploy troops", "The riots drove Kenya to deploy troops in Nairobi.",
			wantEvent{graph.Mobilize, []string{"KE"}, nil}, graph.Reported, false},
		{"was forced to withdraw", "Ghana was forced to withdraw its troops from Togo last week.",
			wantEvent{graph.Retreat, []string{"GH"}, []string{"TG"}}, graph.Reported, true},
		{"has been compelled to recall an envoy", "Chile has been compelled to recall its ambassador from Bolivia.",
			wantEvent{graph.Sanction, []string{"CL"}, []string{"BO"}}, graph.Reported, true},
		{"the subject before an apposition", "Lena Karlsson, the Swedish foreign minister, was forced to resign on Monday.",
			wantEvent{graph.Concede, []string{"person/lena-karlsson"}, nil}, graph.Reported, false},
		{"allowed X to deploy stays planned", "The treaty allowed Russia to deploy troops in Georgia.",
			wantEvent{graph.Mobilize, []string{"RU"}, nil}, graph.Planned, false},
		{"will force X to deploy stays planned", "The crisis will force Japan to deploy troops.",
			wantEvent{graph.Mobilize, []string{"JP"}, nil}, graph.Planned, false},
		{"could prompt X to launch air strikes is speculated", "The shelling could prompt Egypt to launch air strikes on Libya.",
			wantEvent{graph.Assault, []string{"EG"}, []string{"LY"}}, graph.Speculated, true},
	})
}

// TestCausedActDates checks that a date cue of a caused act resolves in
// the causative's past tense.
func TestCausedActDates(t *testing.T) {
	checkStatusDates(t, "2007-08-15", []statusDateCase{
		{"a month before publication's", "The scandal forced Ms. Lena Karlsson to resign in January.",
			wantEvent{graph.Concede, []string{"person/lena-karlsson"}, nil}, graph.Reported, "2007-01"},
		{"a weekday", "The attack on Tuesday forced Ethiopia to send troops into Somalia.",
			wantEvent{graph.Mobilize, []string{"ET"}, []string{"SO"}}, graph.Reported, "2007-08-14"},
	})
}

// TestUncausedActs checks that an act a causative under a modal may bring
// about, or one only urged or encouraged, is no event of its own.
func TestUncausedActs(t *testing.T) {
	checkNoEvents(t, "2007-08-15", []graph.EventType{graph.Retreat, graph.Aid},
		"Norway would be forced to withdraw its troops from Afghanistan.",
		"Brazil urged Paraguay to release the fishermen.",
		"The blockade encouraged Venezuela to send aid to Cuba.",
	)
}
