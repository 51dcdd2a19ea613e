package loader

import (
	"slices"
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestRolePairs checks pairs whose second party carries a role
// description, each on a sentence made up for the test: the first party
// stays the actor and the second becomes the target.
func TestRolePairs(t *testing.T) {
	checkEvents(t, "2023-03-22", []eventCase{
		{name: "ally", body: "The US and its ally Japan signed a trade agreement on Monday.",
			want: wantEvent{graph.Support, []string{"US"}, []string{"JP"}}, exact: true},
		{name: "neighbour", body: "Peru and its neighbour Chile signed a border treaty on Monday.",
			want: wantEvent{graph.Support, []string{"PE"}, []string{"CL"}}, exact: true},
		{name: "opposition leader", body: "President Emmerson Mnangagwa and opposition leader Nelson Chamisa met in Harare on Monday.",
			want: wantEvent{graph.Consult, []string{"person/emmerson-mnangagwa"}, []string{"person/nelson-chamisa"}}},
		{name: "new demonym leader", body: "Egypt and the new Palestinian leader Mahmoud Abbas agreed on a truce on Monday.",
			want: wantEvent{graph.Agree, []string{"EG"}, []string{"PS"}}},
		{name: "object list", body: "The EU praised President Mwai Kibaki and opposition leader Raila Odinga on Monday.",
			want: wantEvent{graph.Support, nil, []string{"person/mwai-kibaki", "person/raila-odinga"}}},
		{name: "object list with a modifier", body: "Condoleezza Rice met Ehud Olmert and former opposition leader Benjamin Netanyahu on Monday.",
			want: wantEvent{graph.Consult, []string{"person/condoleezza-rice"}, []string{"person/ehud-olmert", "person/benjamin-netanyahu"}}},
		{name: "capitalised titles", body: "Condoleezza Rice met South Korean President Roh Moo-hyun and Japanese Prime Minister Junichiro Koizumi on Monday.",
			want: wantEvent{graph.Consult, []string{"person/condoleezza-rice"}, []string{"person/roh-moo-hyun", "person/junichiro-koizumi"}}},
		{name: "capitalised title in a subject pair", body: "President George W. Bush and British Prime Minister Gordon Brown promised new sanctions on Iran on Monday.",
			want: wantEvent{graph.Agree, []string{"person/george-w-bush", "person/gordon-brown"}, []string{"IR"}}},
	})
}

// TestRolePairsNot checks that a noun outside a role description still
// parts the two names: a spouse is no party of equals.
func TestRolePairsNot(t *testing.T) {
	ex := extractBody(t, "Nicolas Sarkozy and his wife Carla Bruni met Pope Benedict on Monday.", "2023-03-22")
	for _, ev := range ex.Events {
		if slices.Contains(ids(ev.Targets), "person/carla-bruni") {
			t.Errorf("%s: read the spouse as the other party", ev.Label)
		}
	}
}
