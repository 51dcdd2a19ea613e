package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestCoverageLexicon checks the triggers of lexicon.go, each on a
// sentence made up for the test.
func TestCoverageLexicon(t *testing.T) {
	checkEvents(t, "2008-03-10", []eventCase{
		{name: "backed down", body: "Ecuador backed down on Monday.", want: wantEvent{graph.Concede, []string{"EC"}, nil}},
		{name: "struck a deal", body: "Norway struck a deal with Iceland.", want: wantEvent{graph.Agree, []string{"NO"}, []string{"IS"}}},
		{name: "lashed out at", body: "Venezuela lashed out at Colombia.", want: wantEvent{graph.Accuse, []string{"VE"}, []string{"CO"}}, exact: true},
		{name: "gave in to", body: "Bolivia gave in to Brazil on gas prices.", want: wantEvent{graph.Concede, []string{"BO"}, []string{"BR"}}},
		{name: "joined forces", body: "Ghana joined forces with Togo.", want: wantEvent{graph.Cooperate, []string{"GH"}, []string{"TG"}}},
		{name: "spoke by phone", body: "Chile's president spoke by phone with Peru's president.", want: wantEvent{graph.Consult, []string{"CL"}, []string{"PE"}}},
		{name: "concluded an agreement", body: "Spain concluded an agreement with Morocco.", want: wantEvent{graph.Support, []string{"ES"}, []string{"MA"}}},
		{name: "solidarity", body: "Canada expressed solidarity with Haiti.", want: wantEvent{graph.Support, []string{"CA"}, []string{"HT"}}},
		{name: "working with", body: "China is working with the United Nations to end the crisis.", want: wantEvent{graph.Cooperate, []string{"CN"}, []string{"org/united-nations"}}},
		{name: "teamed up", body: "Kenya teamed up with Uganda.", want: wantEvent{graph.Cooperate, []string{"KE"}, []string{"UG"}}},
		{name: "discussed with", body: "Jordan discussed the refugee crisis with Syria.", want: wantEvent{graph.Consult, []string{"JO"}, []string{"SY"}}},
		{name: "sat down with", body: "Serbia sat down with Croatia on Friday.", want: wantEvent{graph.Consult, []string{"RS"}, []string{"HR"}}},
		{name: "told to act", body: "Egypt told Israel to open the crossing.", want: wantEvent{graph.Request, []string{"EG"}, []string{"IL"}}, exact: true},
		{name: "encouraged to act", body: "Norway encouraged the Iraqi government to resume talks.", want: wantEvent{graph.Request, []string{"NO"}, []string{"IQ"}}},
		{name: "reprimanded", body: "Poland reprimanded Belarus.", want: wantEvent{graph.Accuse, []string{"PL"}, []string{"BY"}}},
		{name: "convicted", body: "An Iranian court convicted a French student of spying.", want: wantEvent{graph.Accuse, []string{"IR"}, []string{"FR"}}},
		{name: "found guilty", body: "A Russian court found a Georgian officer guilty of spying.", want: wantEvent{graph.Accuse, []string{"RU"}, []string{"GE"}}},
		{name: "charged with", body: "Russia charged a Georgian diplomat with spying.", want: wantEvent{graph.Coerce, []string{"RU"}, []string{"GE"}}},
		{name: "sentenced", body: "An Iranian court sentenced a British journalist to prison.", want: wantEvent{graph.Coerce, []string{"IR"}, []string{"GB"}}},
		{name: "ruled out talks", body: "Armenia ruled out talks with Azerbaijan.", want: wantEvent{graph.Reject, []string{"AM"}, []string{"AZ"}}},
		{name: "impounded", body: "Kenya impounded a Somali ship.", want: wantEvent{graph.Coerce, []string{"KE"}, []string{"SO"}}},
		{name: "occupied", body: "Syria occupied Lebanon for years.", want: wantEvent{graph.Coerce, []string{"SY"}, []string{"LB"}}},
		{name: "assaulted", body: "Russian forces assaulted Georgian positions.", want: wantEvent{graph.Assault, []string{"RU"}, []string{"GE"}}},
		{name: "donated", body: "Japan donated $5 million to Indonesia.", want: wantEvent{graph.Aid, []string{"JP"}, []string{"ID"}}},
		{name: "rescued", body: "The Indian navy rescued Sri Lankan fishermen.", want: wantEvent{graph.Aid, []string{"IN"}, []string{"LK"}}},
		{name: "bowed to", body: "Laos bowed to Vietnam on the dam.", want: wantEvent{graph.Concede, []string{"LA"}, []string{"VN"}}},
		{name: "received by", body: "The Cuban minister was received by the President of Brazil.", want: wantEvent{graph.Consult, []string{"CU"}, []string{"BR"}}},
	})
}

// TestCoverageLexiconRejects checks the senses the new forms must not take.
func TestCoverageLexiconRejects(t *testing.T) {
	checkRejects(t, []reject{
		{"told an envoy that", "Iraq told Romania's ambassador to Baghdad that it was concerned.", graph.Request},
		{"told others to act against a state", "The leader told militants to resist Pakistani troops.", graph.Request},
		{"received a thing", "Pakistan received assurances from the United States.", graph.Consult},
		{"charged a fee", "Egypt charged Greek ships higher fees.", graph.Coerce},
		{"ruled out a plan of one's own", "Australia ruled out Australian troops being deployed to Basra.", graph.Reject},
		{"an interview by phone", "A Palestinian spoke to the BBC by phone from Egypt.", graph.Consult},
		{"the ruling party", "Lien Chan's visit to China was opposed by the ruling party of Taiwan.", graph.Reject},
	})
}
