package loader

import (
	"strings"
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestAccusedTrials checks sentences, made up for the test, that tell a
// verdict or a trial from the defendant's side: the court's state, named
// by the court's nationality, its seat or the place of the trial, accuses
// the defendant.
func TestAccusedTrials(t *testing.T) {
	accuse := func(actor string) wantEvent {
		return wantEvent{typ: graph.Accuse, actors: []string{actor}, targets: []string{"person/ivan-petrov"}}
	}
	checkEvents(t, "2008-05-01", []eventCase{
		{name: "court in a city", body: "Opposition leader Ivan Petrov was convicted by a court in Minsk of organising riots.",
			want: accuse("BY"), status: graph.Reported},
		{name: "court by nationality", body: "Opposition leader Ivan Petrov was found guilty by a Belarusian court of organising riots.",
			want: accuse("BY"), status: graph.Reported},
		{name: "convicted in a state", body: "Opposition leader Ivan Petrov was convicted in Belarus of organising riots.",
			want: accuse("BY"), status: graph.Reported},
		{name: "went on trial in a city", body: "Opposition leader Ivan Petrov went on trial in Minsk on Tuesday.",
			want: accuse("BY"), status: graph.Reported},
		{name: "will stand trial in a city", body: "Opposition leader Ivan Petrov will stand trial in Minsk next month.",
			want: accuse("BY"), status: graph.Planned},
		{name: "to be tried in a state", body: "Opposition leader Ivan Petrov is expected to be tried in Belarus.",
			want: accuse("BY"), status: graph.Planned},
	})
}

// TestAccusedTrialsLeftAlone checks verdicts that name no court's state,
// state none, or acquit: no accusation, and never the accused as accuser.
func TestAccusedTrialsLeftAlone(t *testing.T) {
	checkNoEvents(t, "2008-05-01", []graph.EventType{graph.Accuse},
		"Opposition leader Ivan Petrov was found guilty of organising riots.",
		"If he is found guilty, opposition leader Ivan Petrov faces ten years in prison.",
		"Opposition leader Ivan Petrov was found not guilty of organising riots.",
		"Opposition leader Ivan Petrov has not been convicted of any crime.",
	)
	checkNoClaims(t, "2008-05-01", func(rule string) bool { return strings.HasPrefix(rule, "noun:indict") },
		"Opposition leader Ivan Petrov went on trial on Tuesday.",
	)
}

// TestChargedActs checks that the crime a charge or verdict names,
// made up for the test, is read as no act of anyone in the sentence.
func TestChargedActs(t *testing.T) {
	checkNoEvents(t, "2008-05-01", []graph.EventType{graph.Protest, graph.Reject},
		"Opposition leader Ivan Petrov was charged with riot and affray.",
		"Opposition leader Ivan Petrov was jailed on charges of insulting and opposing the government.",
	)
}
