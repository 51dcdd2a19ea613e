package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestVerbalFrames checks the verbal cooperation and conflict frames of
// verbal.go, each on a sentence made up for the test: the exact type,
// actors, targets and status.
func TestVerbalFrames(t *testing.T) {
	tests := []eventCase{
		{"opposing another's act criticises the doer", "Peru opposed Chile's visit to Bolivia.",
			wantEvent{graph.Accuse, []string{"PE"}, []string{"CL"}}, graph.Reported, true},
		{"an opposed act before a passive verb", "Chile's visit to Bolivia was strongly opposed by Peru.",
			wantEvent{graph.Accuse, []string{"PE"}, []string{"CL"}}, graph.Reported, true},
		{"objecting to another's plan", "Peru objected to Chile's plan on Monday.",
			wantEvent{graph.Accuse, []string{"PE"}, []string{"CL"}}, graph.Reported, true},
		{"a charge in a that-clause", "Peru charged that Chile had broken the treaty.",
			wantEvent{graph.Accuse, []string{"PE"}, []string{"CL"}}, graph.Reported, true},
		{"harsh words for someone", "Peru had sharp words for Chile after the vote.",
			wantEvent{graph.Accuse, []string{"PE"}, []string{"CL"}}, graph.Reported, true},
		{"a trial in a state", "Former Bolivian President Carlos Mendoza will face trial in Peru.",
			wantEvent{graph.Accuse, []string{"PE"}, []string{"person/carlos-mendoza", "BO"}}, graph.Planned, true},
		{"a state tries its own former leader", "Former Peruvian President Carlos Mendoza stood trial in Peru.",
			wantEvent{graph.Accuse, []string{"PE"}, []string{"person/carlos-mendoza"}}, graph.Reported, true},
		{"put on trial", "Peru put former Bolivian President Carlos Mendoza on trial.",
			wantEvent{graph.Accuse, []string{"PE"}, []string{"person/carlos-mendoza", "BO"}}, graph.Reported, true},
		{"put under investigation in a state", "Former Bolivian President Carlos Mendoza was put under investigation in Peru.",
			wantEvent{graph.Accuse, []string{"PE"}, []string{"person/carlos-mendoza", "BO"}}, graph.Reported, true},
		{"wanting another to act", "Peru wants Chile to withdraw its troops from the border.",
			wantEvent{graph.Request, []string{"PE"}, []string{"CL"}}, graph.Reported, true},
	}
	checkEvents(t, "2006-05-03", tests)
	checkRejects(t, []reject{
		{"opposing an accord is no criticism", "Peru opposed the accord with Chile.", graph.Accuse},
		{"a passive opposed act of no named party", "The visit to Chile was strongly opposed by Peru.", graph.Accuse},
		{"the charged clause's subject suffered the act", "Peru charged that Chile was attacked by rebels.", graph.Accuse},
		{"a charge noun is no speaker's charge", "Chile denied a charge that Peru made.", graph.Accuse},
		{"a trial in no named state", "Former Bolivian President Carlos Mendoza faces charges of corruption.", graph.Accuse},
		{"a trial of the last person named", "Former Bolivian President Carlos Mendoza met Chile. He will face trial in Peru.", graph.Accuse},
		{"wanting another to be something", "Peru wants Chile to be punished.", graph.Request},
		{"wanting a place to stay", "Peru wants Tacna to remain calm.", graph.Request},
	})
}
