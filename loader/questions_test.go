package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestQuestionsAreNoRequests checks sentences, made up for the test, in
// which "ask" puts a question: nothing is requested.
func TestQuestionsAreNoRequests(t *testing.T) {
	checkNoEvents(t, "2008-05-14", []graph.EventType{graph.Request},
		`At the hearing, Senator John Smith asked Defence Minister Peter Jones, "Does the army keep files on citizens?"`,
		"Senator John Smith asked Defence Minister Peter Jones whether the troops would stay in Iraq.",
		"Senator John Smith asked Prime Minister Peter Jones why the budget had been cut.",
		"Senator John Smith asked Foreign Minister Peter Jones about his trip to Moscow.",
		"Senator John Smith asked if President Hu Jintao would attend.",
		"When asked if the visit would ease tensions, Japanese Prime Minister Taro Aso said nothing.",
	)
}

// TestAskedRequestsStay checks that "ask" with a request's complement
// still requests, an aside on the one asked notwithstanding, and so does
// a question that seeks leave ("whether it could be resumed").
func TestAskedRequestsStay(t *testing.T) {
	checkEvents(t, "2008-05-14", []eventCase{
		{name: "asked to", body: "President George W. Bush asked Japan to lift its ban on American beef.",
			want: wantEvent{typ: graph.Request, actors: []string{"US"}, targets: []string{"JP"}}, status: graph.Reported},
		{name: "asked to rule on whether", body: "The European Commission asked the WTO to rule on whether the tariff was legal.",
			want: wantEvent{typ: graph.Request, targets: []string{"org/world-trade-organization"}}, status: graph.Reported},
		{name: "relative aside", body: "Prime Minister Romano Prodi asked Giorgio Napolitano, who has been president since May, to dissolve the parliament.",
			want: wantEvent{typ: graph.Request, actors: []string{"person/romano-prodi"}, targets: []string{"person/giorgio-napolitano"}}, status: graph.Reported},
		{name: "leave sought", body: "Defence Minister Robert Hill said the United States had asked Australia whether the bomber training could be resumed.",
			want: wantEvent{typ: graph.Request, actors: []string{"US"}, targets: []string{"AU"}}, status: graph.Reported},
		{name: "asked for", body: "Japan asked China for talks on the gas field dispute.",
			want: wantEvent{typ: graph.Request, actors: []string{"JP"}, targets: []string{"CN"}}, status: graph.Reported},
	})
}
