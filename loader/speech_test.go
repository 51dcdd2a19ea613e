package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestSpeechEvents checks the verbal events read off reported speech,
// each on a sentence made up for the test: the exact type, actors,
// targets and status.
func TestSpeechEvents(t *testing.T) {
	tests := []eventCase{
		{"judgement after said that", "On Monday, Italian President Marco Rossi said that Libya is an \"outlaw state\".",
			wantEvent{graph.Accuse, []string{"person/marco-rossi", "IT"}, []string{"LY"}}, graph.Reported, true},
		{"judgement of a policy", "Italian President Marco Rossi said Libya's policy was \"dangerous\".",
			wantEvent{graph.Accuse, []string{"person/marco-rossi", "IT"}, []string{"LY"}}, graph.Reported, true},
		{"judgement in a quotation", "\"Libya is a rogue state,\" Italian President Marco Rossi said.",
			wantEvent{graph.Accuse, []string{"person/marco-rossi", "IT"}, []string{"LY"}}, graph.Reported, true},
		{"the remarks are the last speaker's", "\"We will crush them,\" Peruvian General Carlos Soto said. Chilean spokesman Pedro Soto called the remarks \"deeply irresponsible\".",
			wantEvent{graph.Accuse, []string{"person/pedro-soto", "CL"}, []string{"person/carlos-soto", "PE"}}, graph.Reported, true}, // a general acts with his state
		{"the comments of the last verbal actor", "Peru blamed Chile for the crash. Argentine envoy Luis Paz called the comments \"baseless\".",
			wantEvent{graph.Accuse, []string{"person/luis-paz", "AR"}, []string{"PE"}}, graph.Reported, true},
		{"comparison past a titled apposition", "Italian President Marco Rossi compared the Libyan leader, Omar Salah, to Mussolini.",
			wantEvent{graph.Accuse, []string{"person/marco-rossi", "IT"}, []string{"person/omar-salah"}}, graph.Reported, true},
		{"quoted as saying", "\"We urge Syria to end the raids,\" Foreign Minister Jean Dupont of France was quoted as saying.",
			wantEvent{graph.Request, []string{"person/jean-dupont"}, []string{"SY"}}, graph.Reported, true},
	}
	checkEvents(t, "2006-05-03", tests)
	checkRejects(t, []reject{
		{"negated judgement", "Italian President Marco Rossi said Russia is not an enemy.", graph.Accuse},
		{"passive is no judgement", "Italian President Marco Rossi said Libya was accused of a crime.", graph.Accuse},
		{"what befell someone is not his", "Italian President Marco Rossi said Omar Salah's arrest was illegal.", graph.Accuse},
		{"unnamed speaker", "Officials said Libya is a rogue state.", graph.Accuse},
		{"the remarks of one's own side", "\"We will act,\" Chilean General Carlos Soto said. Chile called the remarks irresponsible.", graph.Accuse},
		{"a clause, not remarks", "Peru praised Chile. Iraq's minister Ali Jabr alleged that the statements were true.", graph.Accuse},
	})
}
