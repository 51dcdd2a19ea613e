package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestCoupClauses checks sentences, made up for the test, that tell a
// coup by its noun: the leader or the ousted ruler's state removes the
// ruler (ASSAULT, mode coup).
func TestCoupClauses(t *testing.T) {
	checkEvents(t, "2008-05-01", []eventCase{
		{name: "agentless passive", body: "Thailand votes today. Thailand's former prime minister Somchai Rattana was ousted in a military coup in 2006.",
			want: wantEvent{typ: graph.Assault, actors: []string{"TH"}, targets: []string{"person/somchai-rattana"}}, status: graph.Reported},
		{name: "relative passive", body: "Thailand votes today. The party in Thailand was led by Somchai Rattana, the Thai premier who was deposed in a bloodless coup last year.",
			want: wantEvent{typ: graph.Assault, actors: []string{"TH"}, targets: []string{"person/somchai-rattana"}}, status: graph.Reported},
		{name: "staged against", body: "Fiji's army commander Tevita Naivalu staged a coup against Prime Minister Ratu Senilagi.",
			want: wantEvent{typ: graph.Assault, actors: []string{"person/tevita-naivalu"}, targets: []string{"person/ratu-senilagi"}}, status: graph.Reported},
		{name: "seized power", body: "Sudan votes today. Sudan's army chief Omar Haddad seized power in a military coup in 1989.",
			want: wantEvent{typ: graph.Assault, actors: []string{"person/omar-haddad"}}, status: graph.Reported},
		{name: "coup that removed", body: "Thailand votes today. Thailand's elections came a year after the coup that removed Prime Minister Somchai Rattana.",
			want: wantEvent{typ: graph.Assault, actors: []string{"TH"}, targets: []string{"person/somchai-rattana"}}, status: graph.Reported},
		{name: "coup against", body: "Haiti votes today. Haiti's peacekeepers came after a coup against President Jean-Paul Desir.",
			want: wantEvent{typ: graph.Assault, actors: []string{"HT"}, targets: []string{"person/jean-paul-desir"}}, status: graph.Reported},
		{name: "became an office", body: "Fiji votes today. Fiji's army commander Tevita Naivalu became prime minister in a bloodless coup in 2006.",
			want: wantEvent{typ: graph.Assault, actors: []string{"person/tevita-naivalu"}}, status: graph.Reported},
		{name: "power in a place", body: "Guinea-Bissau votes today. Army chief Carlos Mendes came to power in Guinea-Bissau during a coup in 1980.",
			want: wantEvent{typ: graph.Assault, actors: []string{"person/carlos-mendes"}}, status: graph.Reported},
		{name: "government of a ruler", body: "Chile votes today. Chile is calm. The government of president Pablo Arrau was overthrown in a military coup in 1973.",
			want: wantEvent{typ: graph.Assault, actors: []string{"CL"}, targets: []string{"person/pablo-arrau"}}, status: graph.Reported},
		{name: "leader in apposition after", body: "Thailand votes today. Thailand is calm. The leader of the 2006 coup in Thailand, General Somsak Chaiyo, spoke on Monday.",
			want: wantEvent{typ: graph.Assault, actors: []string{"person/somsak-chaiyo", "TH"}}, status: graph.Reported},
		{name: "leader in apposition before", body: "Fiji votes today. Fiji is calm. Tevita Naivalu, the leader of the 2000 coup, is in prison.",
			want: wantEvent{typ: graph.Assault, actors: []string{"person/tevita-naivalu", "FJ"}}, status: graph.Reported},
		{name: "coup leader", body: "Fiji votes today. Fiji is calm. Police arrested a man who threatened Fijian coup leader Tevita Naivalu.",
			want: wantEvent{typ: graph.Assault, actors: []string{"person/tevita-naivalu"}}, status: graph.Reported},
		{name: "rumoured coup", body: "Haiti votes today. Haiti is calm. There were rumours of a coup against President Jean-Paul Desir.",
			want: wantEvent{typ: graph.Assault, actors: []string{"HT"}, targets: []string{"person/jean-paul-desir"}}, status: graph.Speculated},
		{name: "averted coup", body: "Haiti votes today. Haiti is calm. The police moved to prevent a coup against President Jean-Paul Desir.",
			want: wantEvent{typ: graph.Assault, actors: []string{"HT"}, targets: []string{"person/jean-paul-desir"}}, status: graph.Speculated},
		{name: "no coup", body: "Haiti votes today. Haiti is calm. There was no coup against President Jean-Paul Desir.",
			want: wantEvent{typ: graph.Assault, actors: []string{"HT"}, targets: []string{"person/jean-paul-desir"}}, status: graph.Denied},
	})
}

// TestCoupClausesLeftAlone checks coups warned against, alleged, plotted
// or only figurative: no coup happened.
func TestCoupClausesLeftAlone(t *testing.T) {
	checkNoClaims(t, "2008-05-01", rulePrefixes("noun:coup"),
		"The United States warned the army of Fiji against carrying out a coup against Prime Minister Ratu Senilagi.",
		"President Ratu Senilagi of Fiji accused the army of attempting a coup.",
		"The general in Venezuela was organizing a coup against President Luis Ortega.",
		"The surrender of the rebels is a political coup for President Luis Ortega of Colombia.",
		"The coup-appointed prime minister of Thailand, Somchai Rattana, spoke on Monday.",
		"In a coup the army took power.",
		"The leaders of the party in Fiji are planning a coup, Tevita Naivalu said.",
		"Coup by coup, power passed on.",
	)
}
