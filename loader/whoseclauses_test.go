package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestWhoseClauses checks sentences, made up for the test, with a
// relative clause opened by "whose": the main verb's subject is the name
// before the clause, and inside it the noun after "whose" is its owner's.
func TestWhoseClauses(t *testing.T) {
	checkEvents(t, "2008-05-14", []eventCase{
		{name: "main verb skips the clause", body: "Kuwait, whose tankers were attacked by Iran, asked the United States for protection.",
			want: wantEvent{typ: graph.Request, actors: []string{"KW"}, targets: []string{"US"}}, status: graph.Reported, exact: true},
		{name: "passive on the owned noun", body: "Kuwait, whose tankers were attacked by Iran, asked the United States for protection.",
			want: wantEvent{typ: graph.Assault, actors: []string{"IR"}, targets: []string{"KW"}}, status: graph.Reported, exact: true},
		{name: "seized ships", body: "Kuwait, whose ships were seized by Iran, protested to Tehran.",
			want: wantEvent{typ: graph.Coerce, actors: []string{"IR"}, targets: []string{"KW"}}, status: graph.Reported, exact: true},
		{name: "owner's troops act", body: "Iraq, whose troops shelled Kurdish villages in Turkey, threatened Iran.",
			want: wantEvent{typ: graph.Assault, actors: []string{"IQ"}, targets: []string{"TR"}}, status: graph.Reported, exact: true},
		{name: "owner's minister acts", body: "Syria, whose foreign minister condemned Israel on Monday, rejected the plan.",
			want: wantEvent{typ: graph.Accuse, actors: []string{"SY"}, targets: []string{"IL"}}, status: graph.Reported, exact: true},
		{name: "clause with no act", body: "Iran, whose economy is under sanctions, criticised Israel.",
			want: wantEvent{typ: graph.Accuse, actors: []string{"IR"}, targets: []string{"IL"}}, status: graph.Reported, exact: true},
	})
}

// TestWhoseClausesNoParty checks that a person's kin after "whose" make
// the person no target, and that "whose" in a question opens no clause.
func TestWhoseClausesNoParty(t *testing.T) {
	checkNoEvents(t, "2008-05-14", []graph.EventType{graph.Assault},
		"John Smith, whose wife was killed by Iraqi troops, criticised Iraq.",
		"Maria Lopez, whose son was shot by Colombian soldiers, met reporters in Bogota.",
	)
	checkNoEvents(t, "2008-05-14", []graph.EventType{graph.Assault, graph.Consult, graph.Accuse, graph.Request},
		"Whose side is Russia on?",
	)
}
