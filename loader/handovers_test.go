package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestHandovers checks sentences, made up for the test, in which a person
// held or papers are handed over to another state: the hander cooperates
// with the receiver.
func TestHandovers(t *testing.T) {
	checkEvents(t, "2008-05-01", []eventCase{
		{name: "object before over", body: "Nigeria handed the fugitive over to Liberia on Tuesday.",
			want: wantEvent{typ: graph.Cooperate, actors: []string{"NG"}, targets: []string{"LR"}}, status: graph.Reported},
		{name: "object after over", body: "Pakistan handed over the two suspects to the United States.",
			want: wantEvent{typ: graph.Cooperate, actors: []string{"PK"}, targets: []string{"US"}}, status: graph.Reported},
		{name: "demonym with authorities", body: "Iran handed them over to Iraqi authorities last week.",
			want: wantEvent{typ: graph.Cooperate, actors: []string{"IR"}, targets: []string{"IQ"}}, status: graph.Reported},
		{name: "passive with agent", body: "The prisoners were turned over to Afghan authorities by US forces.",
			want: wantEvent{typ: graph.Cooperate, actors: []string{"US"}, targets: []string{"AF"}}, status: graph.Reported},
		{name: "papers after the receiver", body: "Syria turned over to France documents on its missile programme.",
			want: wantEvent{typ: graph.Cooperate, actors: []string{"SY"}, targets: []string{"FR"}}, status: graph.Reported},
		{name: "transferred", body: "The United States will transfer the detainees to Afghanistan next month.",
			want: wantEvent{typ: graph.Cooperate, actors: []string{"US"}, targets: []string{"AF"}}, status: graph.Planned},
		{name: "refused", body: "Nigeria will not hand the suspects over to Liberia.",
			want: wantEvent{typ: graph.Cooperate, actors: []string{"NG"}, targets: []string{"LR"}}, status: graph.Denied},
	})
}

// TestHandoversLeftAlone checks handovers of power, control and weapons,
// and a passive that names no hander: no cooperation is read.
func TestHandoversLeftAlone(t *testing.T) {
	checkNoClaims(t, "2008-05-01", func(rule string) bool { return rule == "verb:hand-over" || rule == "verb:hand-over-passive" },
		"Turkey handed over control of the prisoners to Italy.",
		"The army handed power over to Pakistan's new government.",
		"The rebels handed over their weapons to Australia's peacekeepers.",
		"The suspects were handed over to Syria.",
		"Iran transferred its files to Syria.",
	)
}
