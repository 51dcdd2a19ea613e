package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestBodySessions checks sentences, made up for the test, that name the
// regular session of bodies: the bodies do not meet each other. A meeting
// of two states' officials still is one.
func TestBodySessions(t *testing.T) {
	checkNoEvents(t, "1987-04-02", []graph.EventType{graph.Consult},
		"Finance ministers attending this week's semi-annual meetings of the International Monetary Fund and the World Bank were worried.",
		"The agreement was struck during the annual meeting of the World Bank and the International Monetary Fund.",
	)
	checkEvents(t, "1987-04-02", []eventCase{
		{name: "a meeting of two states' officials", body: "After the meeting of the Peruvian and Mexican central bank heads, Mexico agreed to sell silver.",
			want: wantEvent{typ: graph.Consult, actors: []string{"PE"}, targets: []string{"MX"}}, status: graph.Reported},
	})
}

// TestPrivateGatherings checks sentences, made up for the test, in which
// people of business or a firm's board meet: no meeting of the states
// named with them.
func TestPrivateGatherings(t *testing.T) {
	checkNoEvents(t, "1987-04-02", []graph.EventType{graph.Consult},
		"The minister told a meeting of Japanese and French bankers that rates would fall.",
		"The order followed a board meeting of the airline in which the governments of Sweden and Norway hold shares.",
	)
	checkEvents(t, "1987-04-02", []eventCase{
		{name: "a meeting of two states' ministers", body: "A meeting of the Japanese and French finance ministers was held in Paris.",
			want: wantEvent{typ: graph.Consult, actors: []string{"JP"}, targets: []string{"FR"}}},
	})
}

// TestOwnedSessions checks sentences, made up for the test, in which a
// body's name qualifies its meeting: no meeting between the body and
// whoever else the sentence names.
func TestOwnedSessions(t *testing.T) {
	checkNoEvents(t, "1987-04-02", []graph.EventType{graph.Consult},
		"Speaking at the International Monetary Fund and World Bank annual meeting, the minister said Brazil would pay.",
		"During the NATO summit in Riga, the member states of NATO backed the territorial integrity of Georgia.",
	)
	checkEvents(t, "1987-04-02", []eventCase{
		{name: "talks named by their parties", body: "The Japanese and American negotiators held talks in Tokyo on Monday.",
			want: wantEvent{typ: graph.Consult, actors: []string{"JP"}, targets: []string{"US"}}},
	})
}
