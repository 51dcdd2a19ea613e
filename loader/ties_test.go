package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestTiesAndControl checks ties made closer, resumed or forged (ties.go)
// and control taken of another side's place (coercion.go's
// controlLexicon), each on a sentence made up for the test.
func TestTiesAndControl(t *testing.T) {
	tests := []eventCase{
		{"ties strengthened with a partner", "Mongolia strengthened its ties with Japan last year.", wantEvent{graph.Cooperate, []string{"MN"}, []string{"JP"}}, graph.Reported, true},
		{"ties to be expanded, a plan", "Peru plans to expand its military and economic ties with Brazil.", wantEvent{graph.Cooperate, []string{"PE"}, []string{"BR"}}, graph.Planned, true},
		{"cooperation deepened by a coordinated subject", "Kenya and Uganda have deepened their security cooperation.", wantEvent{graph.Cooperate, []string{"KE"}, []string{"UG"}}, graph.Reported, true},
		{"a gerund of improving relations", "Vietnam is working on improving its relations with Cambodia.", wantEvent{graph.Cooperate, []string{"VN"}, []string{"KH"}}, graph.Reported, true},
		{"ties cut with a long coordinated modifier", "Chad has severed all political and economic ties with Sudan.", wantEvent{graph.Sanction, []string{"TD"}, []string{"SD"}}, graph.Reported, true},
		{"ties resumed", "Senegal resumed diplomatic ties with Taiwan on Monday.", wantEvent{graph.Support, []string{"SN"}, []string{"TW"}}, graph.Reported, true},
		{"ties forged", "Bolivia forged closer relations with Iran in 2005.", wantEvent{graph.Support, []string{"BO"}, []string{"IR"}}, graph.Reported, true},
		{"control taken of a place named by a demonym", "Ethiopia took control of the Somali town of Baidoa on Tuesday.", wantEvent{graph.Coerce, []string{"ET"}, []string{"SO"}}, graph.Reported, true},
		{"control taken of a place in a state", "Turkish troops have taken control of a village in Iraq.", wantEvent{graph.Coerce, []string{"TR"}, []string{"IQ"}}, graph.Reported, true},
	}
	checkEvents(t, "2006-07-18", tests)
}

// TestTiesAndControlOtherSenses checks the same words where no event
// between two parties is stated: control of an office won by a vote,
// other things improved.
func TestTiesAndControlOtherSenses(t *testing.T) {
	for _, body := range []string{
		"The Labour Party took control of the Scottish Parliament in 1999.",
		"Hamas took control of the Palestinian government after the election.",
		"Kenya has improved its roads with money from Japan.",
		"Mongolia took part in talks with Japan.",
	} {
		ex := extractBody(t, body, "2006-07-18")
		for _, ev := range ex.Events {
			if ev.Type == graph.Coerce || ev.Type == graph.Cooperate {
				t.Errorf("%q: unexpected %s event %v → %v", body, ev.Type, ids(ev.Actors), ids(ev.Targets))
			}
		}
	}
}
