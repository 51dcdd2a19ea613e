package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestVerbalFrames checks the verbal cooperation and conflict frames of
// verbal.go, each on a sentence made up for the test: the exact type,
// actors, targets and status.
func TestVerbalFrames(t *testing.T) {
	tests := []struct {
		name    string
		body    string
		typ     graph.EventType
		actors  []string
		targets []string
		status  graph.Status
	}{
		{"opposing another's act criticises the doer", "Peru opposed Chile's visit to Bolivia.",
			graph.Accuse, []string{"PE"}, []string{"CL"}, graph.Reported},
		{"an opposed act before a passive verb", "Chile's visit to Bolivia was strongly opposed by Peru.",
			graph.Accuse, []string{"PE"}, []string{"CL"}, graph.Reported},
		{"objecting to another's plan", "Peru objected to Chile's plan on Monday.",
			graph.Accuse, []string{"PE"}, []string{"CL"}, graph.Reported},
		{"a charge in a that-clause", "Peru charged that Chile had broken the treaty.",
			graph.Accuse, []string{"PE"}, []string{"CL"}, graph.Reported},
		{"harsh words for someone", "Peru had sharp words for Chile after the vote.",
			graph.Accuse, []string{"PE"}, []string{"CL"}, graph.Reported},
		{"a trial in a state", "Former Bolivian President Carlos Mendoza will face trial in Peru.",
			graph.Accuse, []string{"PE"}, []string{"person/carlos-mendoza"}, graph.Planned},
		{"a state tries its own former leader", "Former Peruvian President Carlos Mendoza stood trial in Peru.",
			graph.Accuse, []string{"PE"}, []string{"person/carlos-mendoza"}, graph.Reported},
		{"put on trial", "Peru put former Bolivian President Carlos Mendoza on trial.",
			graph.Accuse, []string{"PE"}, []string{"person/carlos-mendoza"}, graph.Reported},
		{"put under investigation in a state", "Former Bolivian President Carlos Mendoza was put under investigation in Peru.",
			graph.Accuse, []string{"PE"}, []string{"person/carlos-mendoza"}, graph.Reported},
		{"wanting another to act", "Peru wants Chile to withdraw its troops from the border.",
			graph.Request, []string{"PE"}, []string{"CL"}, graph.Reported},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ex := extractBody(t, tt.body, "2006-05-03")
			ev, got := findEvent(ex, wantEvent{tt.typ, tt.actors, tt.targets})
			if ev == nil {
				t.Fatalf("no %s %v → %v; got %s", tt.typ, tt.actors, tt.targets, got)
			}
			if ev.Status != tt.status {
				t.Errorf("%s: status %s, want %s", ev.Label, ev.Status, tt.status)
			}
			if len(ev.Actors) != len(tt.actors) {
				t.Errorf("%s: actors %v, want exactly %v", ev.Label, ids(ev.Actors), tt.actors)
			}
		})
	}
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
