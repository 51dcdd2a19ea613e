package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestVictimsNotActors checks sentences, made up for the test, whose only
// names are the victims of an act of force: no attack may be stated.
func TestVictimsNotActors(t *testing.T) {
	checkRejects(t, []reject{
		{"agentless passive pair", "Two Israeli soldiers were shot and killed near Gaza.", graph.Assault},
		{"agentless passive, adverb", "Four Kenyan police officers were fatally shot outside Mombasa.", graph.Assault},
		{"second verb after an event-noun subject", "The blast killed three Afghan policemen and wounded two Canadian soldiers.", graph.Assault},
		{"coordinated verb after a passive report", "The ambush is reported to have killed two British contractors and injured two Iraqi civilians.", graph.Assault},
	})
}

// TestVictimsKeepDoers checks that the rules above leave stated doers.
func TestVictimsKeepDoers(t *testing.T) {
	checkEvents(t, "2007-05-01", []eventCase{
		{name: "passive pair with agent", body: "Two Israeli soldiers were shot and killed by Hamas near Gaza.",
			want: wantEvent{graph.Assault, []string{"org/hamas"}, []string{"IL"}}, status: graph.Reported, exact: true},
		{name: "coordinated verb shares the first verb's doer", body: "Turkish troops killed three Iraqi soldiers and wounded two Syrian farmers.",
			want: wantEvent{graph.Assault, []string{"TR"}, []string{"SY"}}, status: graph.Reported, exact: true},
		{name: "demonym on the weapon is the doer", body: "A Palestinian rocket killed an Israeli woman and seriously wounded a man.",
			want: wantEvent{graph.Assault, []string{"PS"}, []string{"IL"}}, status: graph.Reported, exact: true},
	})
}

// TestSportNotAssault checks sentences about games, made up for the test,
// whose verbs of force are moves of play.
func TestSportNotAssault(t *testing.T) {
	checkRejects(t, []reject{
		{"second half", "Germany attacked France in the second half and scored twice.", graph.Assault},
		{"striker's shot", "Brazil's striker fired a shot at Argentina's goal.", graph.Assault},
		{"team attacks", "The Chinese team attacked Japan's defence.", graph.Assault},
		{"tournament", "Spain struck Italy early in the tournament.", graph.Assault},
	})
	checkEvents(t, "2007-05-01", []eventCase{
		{name: "arrest keeps its sense", body: "Nigerian police arrested three Ghanaian fans after the football match.",
			want: wantEvent{graph.Coerce, []string{"NG"}, []string{"GH"}}},
	})
}
