package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestStatusClauses checks three clause shapes on sentences made up for
// the test: the purpose of a journey made is reported, an inverted
// condition after its main clause is speculated, and an event noun in a
// denied gerund is denied, while a journey planned keeps its purpose
// planned and a modal or a negation keeps its own status.
func TestStatusClauses(t *testing.T) {
	checkEvents(t, "2006-07-18", []eventCase{
		{"purpose of a journey made", "Shinzo Abe travelled to Beijing to meet Hu Jintao.",
			wantEvent{graph.Consult, []string{"person/shinzo-abe"}, []string{"person/hu-jintao", "CN"}}, graph.Reported, true},
		{"purpose of an arrival", "Condoleezza Rice arrived in Jerusalem on Monday to meet Ehud Olmert.",
			wantEvent{graph.Consult, []string{"person/condoleezza-rice", "US"}, []string{"person/ehud-olmert", "IL"}}, graph.Reported, true},
		{"purpose of joining", "Senator John Kerry joined the protesters in Washington to oppose George W. Bush.",
			wantEvent{graph.Reject, []string{"person/john-kerry"}, []string{"person/george-w-bush", "US"}}, graph.Reported, true},
		{"journey planned", "Shinzo Abe will travel to Beijing to meet Hu Jintao.",
			wantEvent{graph.Consult, []string{"person/shinzo-abe"}, []string{"person/hu-jintao", "CN"}}, graph.Planned, true},
		{"journey due", "Shinzo Abe is due to fly to Seoul to meet Roh Moo-hyun.",
			wantEvent{graph.Consult, []string{"person/shinzo-abe"}, []string{"person/roh-moo-hyun", "KR"}}, graph.Planned, true},
		{"inverted should after the clause", "Peter Costello would become prime minister should John Howard choose to step down.",
			wantEvent{graph.Concede, []string{"person/john-howard", "AU"}, nil}, graph.Speculated, true},
		{"inverted were after the clause", "The United States would respond were Iran to attack Israel.",
			wantEvent{graph.Assault, []string{"IR"}, []string{"IL"}}, graph.Speculated, true},
		{"inverted had after the clause", "Hezbollah would have stopped the attacks had Israel withdrawn from Lebanon.",
			wantEvent{graph.Retreat, []string{"IL"}, []string{"LB"}}, graph.Speculated, true},
		{"denied gerund with a meeting", "Australia and Indonesia have denied holding a secret meeting.",
			wantEvent{graph.Consult, []string{"AU"}, []string{"ID"}}, graph.Denied, true},
		{"an alleged meeting denied stays speculated", "Reports spoke of an alleged secret meeting between Australia and Indonesia. Both governments have denied having any such meeting.",
			wantEvent{graph.Consult, []string{"AU"}, []string{"ID"}}, graph.Speculated, true},
		{"possible attack", "Iran could attack Israel.",
			wantEvent{graph.Assault, []string{"IR"}, []string{"IL"}}, graph.Speculated, true},
		{"meeting negated", "Vladimir Putin did not meet George W. Bush.",
			wantEvent{graph.Consult, []string{"person/vladimir-putin", "RU"}, []string{"person/george-w-bush", "US"}}, graph.Denied, true},
	})
}
