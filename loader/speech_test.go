package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestSpeechEvents checks the verbal events read off reported speech,
// each on a sentence made up for the test: the exact type, actors,
// targets and status.
func TestSpeechEvents(t *testing.T) {
	tests := []struct {
		name    string
		body    string
		typ     graph.EventType
		actors  []string
		targets []string
		status  graph.Status
	}{
		{"judgement after said that", "On Monday, Italian President Marco Rossi said that Libya is an \"outlaw state\".",
			graph.Accuse, []string{"person/marco-rossi", "IT"}, []string{"LY"}, graph.Reported},
		{"judgement of a policy", "Italian President Marco Rossi said Libya's policy was \"dangerous\".",
			graph.Accuse, []string{"person/marco-rossi", "IT"}, []string{"LY"}, graph.Reported},
		{"judgement in a quotation", "\"Libya is a rogue state,\" Italian President Marco Rossi said.",
			graph.Accuse, []string{"person/marco-rossi", "IT"}, []string{"LY"}, graph.Reported},
		{"the remarks are the last speaker's", "\"We will crush them,\" Peruvian General Carlos Soto said. Chilean spokesman Pedro Soto called the remarks \"deeply irresponsible\".",
			graph.Accuse, []string{"person/pedro-soto", "CL"}, []string{"person/carlos-soto"}, graph.Reported},
		{"the comments of the last verbal actor", "Peru blamed Chile for the crash. Argentine envoy Luis Paz called the comments \"baseless\".",
			graph.Accuse, []string{"person/luis-paz", "AR"}, []string{"PE"}, graph.Reported},
		{"comparison past a titled apposition", "Italian President Marco Rossi compared the Libyan leader, Omar Salah, to Mussolini.",
			graph.Accuse, []string{"person/marco-rossi", "IT"}, []string{"person/omar-salah"}, graph.Reported},
		{"quoted as saying", "\"We urge Syria to end the raids,\" Foreign Minister Jean Dupont of France was quoted as saying.",
			graph.Request, []string{"person/jean-dupont"}, []string{"SY"}, graph.Reported},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ex := extractBody(t, tt.body, "2006-05-03")
			ev, got := findEvent(ex, wantEvent{tt.typ, tt.actors, tt.targets})
			if ev == nil {
				t.Fatalf("no %s %v → %v; got %s", tt.typ, tt.actors, tt.targets, got)
			}
			if len(ev.Actors) != len(tt.actors) || len(ev.Targets) != len(tt.targets) {
				t.Errorf("%s: actors %v, targets %v; want exactly %v → %v", ev.Label, ids(ev.Actors), ids(ev.Targets), tt.actors, tt.targets)
			}
			if ev.Status != tt.status {
				t.Errorf("%s: status %s, want %s", ev.Label, ev.Status, tt.status)
			}
		})
	}
	checkRejects(t, []reject{
		{"negated judgement", "Italian President Marco Rossi said Russia is not an enemy.", graph.Accuse},
		{"passive is no judgement", "Italian President Marco Rossi said Libya was accused of a crime.", graph.Accuse},
		{"what befell someone is not his", "Italian President Marco Rossi said Omar Salah's arrest was illegal.", graph.Accuse},
		{"unnamed speaker", "Officials said Libya is a rogue state.", graph.Accuse},
		{"the remarks of one's own side", "\"We will act,\" Chilean General Carlos Soto said. Chile called the remarks irresponsible.", graph.Accuse},
		{"a clause, not remarks", "Peru praised Chile. Iraq's minister Ali Jabr alleged that the statements were true.", graph.Accuse},
	})
}
