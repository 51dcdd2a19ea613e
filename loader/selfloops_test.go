package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestOwnCountryTargets checks that a person's acts on his own country are
// not read as events between parties, while criticism of his government
// and acts on its leaders stay.
func TestOwnCountryTargets(t *testing.T) {
	checkEvents(t, "2006-07-18", []eventCase{
		{name: "opposition accuses the own government", body: "Chilean opposition leader Marta Vidal accused the government in Santiago of hiding the report.",
			want: wantEvent{graph.Accuse, []string{"person/marta-vidal"}, []string{"CL"}}, exact: true},
		{name: "opposition accuses the government by its demonym", body: "Chilean opposition leader Marta Vidal accused the Chilean government of hiding the report.",
			want: wantEvent{graph.Accuse, []string{"person/marta-vidal"}, []string{"CL"}}, exact: true},
	})
	checkRejects(t, []reject{
		{"promise to the own voters", "Chilean opposition leader Marta Vidal promised Chilean farmers lower taxes.", graph.Agree},
		{"appeal to the own party", "Chilean opposition leader Marta Vidal urged Chilean students to stay calm.", graph.Request},
	})
}
