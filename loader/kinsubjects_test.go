package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestKinSubjects checks sentences, made up for the test, whose subject
// is a named person's relatives or followers: the person does not act.
func TestKinSubjects(t *testing.T) {
	checkNoEvents(t, "2008-05-14", []graph.EventType{graph.Request, graph.Accuse},
		"The family of Ahmed Karimi has called on the government to release the report.",
		"Supporters of the jailed opposition leader Ayman Nour blamed the government for the violence.",
		"Ayman Nour's supporters blamed the government for the violence.",
	)
}

// TestOwnersActStay checks that the person acts where the sentence names
// him as the subject, his kin named after the verb notwithstanding, and
// that kin in the object leave the subject alone.
func TestOwnersActStay(t *testing.T) {
	checkEvents(t, "2008-05-14", []eventCase{
		{name: "kin after the verb", body: "Ayman Nour criticised the Egyptian government, and his supporters rallied in Cairo.",
			want: wantEvent{typ: graph.Accuse, actors: []string{"person/ayman-nour"}, targets: []string{"EG"}}, status: graph.Reported},
		{name: "kin as object", body: "Ayman Nour urged the Egyptian government and the supporters of Hosni Mubarak to respect the vote.",
			want: wantEvent{typ: graph.Request, actors: []string{"person/ayman-nour"}}, status: graph.Reported},
	})
}
