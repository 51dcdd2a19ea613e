package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestDatedOffices checks sentences, made up for the test, of wire copy of
// 1987 that name officials of the time by title and name only: the
// gazetteer's dated offices give their state, so that an official saying
// what his own state should do makes no request, and one who asks another
// state acts with his own.
func TestDatedOffices(t *testing.T) {
	checkNoEvents(t, "1987-03-10", []graph.EventType{graph.Request},
		"Premier Zhao Ziyang said China should cut the cost of its exports this year.",
		"Finance Minister Kiichi Miyazawa said Japan must do more to expand domestic demand.",
		"Treasury Secretary James Baker said the United States must press ahead with cutting its budget deficit.",
	)
	checkEvents(t, "1987-03-10", []eventCase{
		{name: "an official of the time asks another state", body: "Agriculture Secretary Richard Lyng urged Japan to lift its quotas on beef imports.",
			want: wantEvent{typ: graph.Request, actors: []string{"person/richard-lyng", "US"}, targets: []string{"JP"}}, status: graph.Reported, exact: true},
		{name: "a head of government of the time travels", body: "Prime Minister Yasuhiro Nakasone will visit Washington next month.",
			want: wantEvent{typ: graph.Consult, actors: []string{"person/yasuhiro-nakasone", "JP"}, targets: []string{"US"}}, status: graph.Planned, exact: true},
	})
}
