package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestOccasionStatuses checks that an event noun in an adverbial of
// occasion takes the status and date of the act it is the setting of, not
// those of a plan word or infinitive before it, each on a sentence made up
// for the test (published 2006-10-14, a Saturday).
func TestOccasionStatuses(t *testing.T) {
	putin := []string{"person/vladimir-putin", "RU"}
	tests := []statusDateCase{
		{"pledge made at the meeting", "Only one month ago, Vladimir Putin pledged to cut tariffs during his meeting with Hu Jintao.",
			wantEvent{graph.Consult, putin, []string{"person/hu-jintao"}}, graph.Reported, "2006-09"},
		{"vow made during the visit", "On Monday, Vladimir Putin vowed to cut tariffs during his visit to China.",
			wantEvent{graph.Consult, putin, []string{"CN"}}, graph.Reported, "2006-10-09"},
		{"fronted occasion before a future main clause", "During his visit to China, Vladimir Putin will meet Japanese officials.",
			wantEvent{graph.Consult, putin, []string{"CN"}}, graph.Planned, ""},
		{"parenthetical occasion before a future main clause", "Vladimir Putin, during a visit to China later this month, will demand an end to the tariffs.",
			wantEvent{graph.Consult, putin, []string{"CN"}}, graph.Planned, "2006-10"},
		{"request an act was done at", "Hamas has promised to keep quiet at the request of Mahmoud Abbas.",
			wantEvent{graph.Request, []string{"person/mahmoud-abbas"}, []string{"org/hamas"}}, graph.Reported, ""},
		{"request beside a deadline ahead", "Canada postponed the November 1 deadline at the request of Mexico.",
			wantEvent{graph.Request, []string{"MX"}, []string{"CA"}}, graph.Reported, ""},
		{"invitation accepted for a visit ahead", "Peru said it had accepted Chile's invitation to visit Santiago next month.",
			wantEvent{graph.Request, []string{"CL"}, []string{"PE"}}, graph.Reported, ""},
		{"invitation from a party accepted", "Canada accepted an invitation from Mexico to visit Mexico City next week.",
			wantEvent{graph.Request, []string{"MX"}, []string{"CA"}}, graph.Reported, ""},
		{"negotiations after which a plan was decided", "Peru decided to end the treaty after negotiations between Peru and Chile had failed.",
			wantEvent{graph.Consult, []string{"PE"}, []string{"CL"}}, graph.Reported, ""},
		{"meeting dated by the signing after it", "India and Germany signed a defence agreement in Berlin on Monday. India's Defence Minister Pranab Mukherjee and his German counterpart Franz Josef Jung signed the deal after a meeting at the ministry.",
			wantEvent{graph.Consult, []string{"IN"}, []string{"DE"}}, graph.Reported, "2006-10-09"},
		// Contrasts: the occasion's own words or the main clause put it ahead,
		// or a span parts its time from the act's.
		{"occasion with its own time ahead", "On Monday, Vladimir Putin vowed to cut tariffs during his visit to China next week.",
			wantEvent{graph.Consult, putin, []string{"CN"}}, graph.Planned, "2006-10"},
		{"occasion of a future act", "Vladimir Putin will raise the issue during his visit to China.",
			wantEvent{graph.Consult, putin, []string{"CN"}}, graph.Planned, ""},
		{"occasion of an act still wanted", "Vladimir Putin wants to discuss trade at his meeting with Hu Jintao on Friday.",
			wantEvent{graph.Consult, putin, []string{"person/hu-jintao"}}, graph.Planned, "2006-10-20"},
		{"occasion of an act hoped for", "Vladimir Putin hopes to sign the deal during his visit to China.",
			wantEvent{graph.Consult, putin, []string{"CN"}}, graph.Planned, ""},
		{"fronted occasion before a report of a plan", "During his visit to China, Vladimir Putin said he would cut tariffs.",
			wantEvent{graph.Consult, putin, []string{"CN"}}, graph.Reported, ""},
		{"span after the occasion", "Two years after the talks between Peru and Chile, Peru attacked Chile on Monday.",
			wantEvent{graph.Consult, []string{"PE"}, []string{"CL"}}, graph.Reported, ""},
	}
	checkStatusDates(t, "2006-10-14", tests)
	// A month named after a proposal made at the occasion lies behind it.
	checkStatusDates(t, "2006-03-14", []statusDateCase{
		{"past passive of proposing", "The fund was proposed by Vladimir Putin during a trip to Japan in September.",
			wantEvent{graph.Consult, putin, []string{"JP"}}, graph.Reported, "2005-09"},
	})
}
