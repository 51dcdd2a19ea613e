package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestBroadcastHosts checks sentences, made up for the test, in which
// "host" is a programme's, a station's or a site's: nobody visits.
func TestBroadcastHosts(t *testing.T) {
	checkNoEvents(t, "2008-05-14", []graph.EventType{graph.Consult},
		"President George W. Bush named Tom Reed, a radio talk show host for CNN, as his spokesman.",
		"Anna Berg hosts the website BergNews.com, which often criticizes President Hu Jintao.",
		"Sky News hosted Senator John Kerry on Sunday.",
		"The blogs are hosted on servers of Vortex Media in Miami.",
	)
}

// TestStateHostsStay checks that a leader hosting another still receives
// a visit, a news conference after it notwithstanding.
func TestStateHostsStay(t *testing.T) {
	checkEvents(t, "2008-05-14", []eventCase{
		{name: "news conference", body: "Russian President Vladimir Putin hosted President George W. Bush at a news conference in Moscow.",
			want: wantEvent{typ: graph.Consult, actors: []string{"US"}, targets: []string{"RU"}}, status: graph.Reported},
		{name: "hosted", body: "Japan hosted Chinese Premier Wen Jiabao for three days of talks.",
			want: wantEvent{typ: graph.Consult, actors: []string{"CN"}, targets: []string{"JP"}}, status: graph.Reported},
	})
}
