package loader

import (
	"slices"
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestStatusClauses checks three clause shapes on sentences made up for
// the test: the purpose of a journey made is reported, an inverted
// condition after its main clause is speculated, and an event noun in a
// denied gerund is denied, while a journey planned keeps its purpose
// planned and a modal or a negation keeps its own status.
func TestStatusClauses(t *testing.T) {
	cases := []struct {
		name, body string
		want       wantEvent
		status     graph.Status
	}{
		{"purpose of a journey made", "Shinzo Abe travelled to Beijing to meet Hu Jintao.",
			wantEvent{graph.Consult, []string{"person/shinzo-abe"}, []string{"person/hu-jintao", "CN"}}, graph.Reported},
		{"purpose of an arrival", "Condoleezza Rice arrived in Jerusalem on Monday to meet Ehud Olmert.",
			wantEvent{graph.Consult, []string{"person/condoleezza-rice", "US"}, []string{"person/ehud-olmert", "IL"}}, graph.Reported},
		{"purpose of joining", "Senator John Kerry joined the protesters in Washington to oppose George W. Bush.",
			wantEvent{graph.Reject, []string{"person/john-kerry"}, []string{"person/george-w-bush", "US"}}, graph.Reported},
		{"journey planned", "Shinzo Abe will travel to Beijing to meet Hu Jintao.",
			wantEvent{graph.Consult, []string{"person/shinzo-abe"}, []string{"person/hu-jintao", "CN"}}, graph.Planned},
		{"journey due", "Shinzo Abe is due to fly to Seoul to meet Roh Moo-hyun.",
			wantEvent{graph.Consult, []string{"person/shinzo-abe"}, []string{"person/roh-moo-hyun", "KR"}}, graph.Planned},
		{"inverted should after the clause", "Peter Costello would become prime minister should John Howard choose to step down.",
			wantEvent{graph.Concede, []string{"person/john-howard", "AU"}, nil}, graph.Speculated},
		{"inverted were after the clause", "The United States would respond were Iran to attack Israel.",
			wantEvent{graph.Assault, []string{"IR"}, []string{"IL"}}, graph.Speculated},
		{"inverted had after the clause", "Hezbollah would have stopped the attacks had Israel withdrawn from Lebanon.",
			wantEvent{graph.Retreat, []string{"IL"}, []string{"LB"}}, graph.Speculated},
		{"denied gerund with a meeting", "Australia and Indonesia have denied holding a secret meeting.",
			wantEvent{graph.Consult, []string{"AU"}, []string{"ID"}}, graph.Denied},
		{"an alleged meeting denied stays speculated", "Reports spoke of an alleged secret meeting between Australia and Indonesia. Both governments have denied having any such meeting.",
			wantEvent{graph.Consult, []string{"AU"}, []string{"ID"}}, graph.Speculated},
		{"possible attack", "Iran could attack Israel.",
			wantEvent{graph.Assault, []string{"IR"}, []string{"IL"}}, graph.Speculated},
		{"meeting negated", "Vladimir Putin did not meet George W. Bush.",
			wantEvent{graph.Consult, []string{"person/vladimir-putin", "RU"}, []string{"person/george-w-bush", "US"}}, graph.Denied},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ev := mustFindEvent(t, tc.body, "2006-07-18", tc.want)
			if got := ids(ev.Actors); !slices.Equal(got, tc.want.actors) {
				t.Errorf("actors %v, want %v", got, tc.want.actors)
			}
			if got := ids(ev.Targets); !slices.Equal(got, tc.want.targets) {
				t.Errorf("targets %v, want %v", got, tc.want.targets)
			}
			if ev.Status != tc.status {
				t.Errorf("status %s, want %s", ev.Status, tc.status)
			}
		})
	}
}
