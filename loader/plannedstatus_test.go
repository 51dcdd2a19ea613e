package loader

import (
	"slices"
	"strings"
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestPlannedStatus checks that an act told in the past is reported
// whatever future date or future mention the article gives beside it, and
// that plans stay planned, each on a sentence made up for the test. The
// event checked is the one whose claim holds the clause.
func TestPlannedStatus(t *testing.T) {
	cases := []struct {
		name, body, published, clause string
		want                          wantEvent
		status                        graph.Status
		date                          string
	}{
		{"past carrier with this week in a Monday article", "Germany made its first state visit to Brazil this week.", "2023-05-29",
			"made its first", wantEvent{graph.Consult, []string{"DE"}, []string{"BR"}}, graph.Reported, "2023-05"},
		{"past verb with this week in a Monday article", "Germany visited Brazil this week.", "2023-05-29",
			"visited", wantEvent{graph.Consult, []string{"DE"}, []string{"BR"}}, graph.Reported, "2023-05"},
		{"perfect with a date of what it decided", "NATO has accepted Finland as a member from January 1, 2030.", "2023-03-22",
			"accepted", wantEvent{graph.Agree, []string{"org/nato"}, []string{"FI"}}, graph.Reported, ""},
		{"noun subject of a past copula beside a plan", "Japan will withdraw its troops from Iraq on Monday. Japan's withdrawal from Iraq was a relief to Iraqis.", "2023-03-22",
			"was a relief", wantEvent{graph.Retreat, []string{"JP"}, []string{"IQ"}}, graph.Reported, ""},
		{"noun agent of a past passive beside a plan", "Italy will withdraw its troops from Libya next week. The crisis was deepened by Italy's withdrawal from Libya.", "2023-03-22",
			"deepened", wantEvent{graph.Retreat, []string{"IT"}, []string{"LY"}}, graph.Reported, ""},
		{"plan noun that is an object", "Justin Trudeau voiced support of the plan at a White House meeting with Joe Biden.", "2023-03-22",
			"meeting", wantEvent{graph.Consult, []string{"US"}, []string{"person/joe-biden"}}, graph.Reported, ""},
		{"plan word qualifying another noun", "Chilean protests against proposed tariffs began in Santiago today.", "2023-03-22",
			"protests", wantEvent{graph.Protest, []string{"CL"}, nil}, graph.Reported, "2023-03-22"},
		{"name that spells a fate", "Congressman Tom DeLay visited Russia.", "2023-03-22",
			"visited", wantEvent{graph.Consult, nil, []string{"RU"}}, graph.Reported, ""},

		{"future with next week", "Vladimir Putin will visit Japan next week.", "2023-03-22",
			"will visit", wantEvent{graph.Consult, []string{"person/vladimir-putin", "RU"}, []string{"JP"}}, graph.Planned, "2023-03"},
		{"upcoming summit", "The upcoming summit between Japan and Russia dominated the news.", "2023-03-22",
			"upcoming", wantEvent{graph.Consult, []string{"JP"}, []string{"RU"}}, graph.Planned, ""},
		{"possessive visit next month", "Russia said Vladimir Putin's visit to Japan next month would go ahead.", "2023-03-22",
			"visit", wantEvent{graph.Consult, []string{"person/vladimir-putin", "RU"}, []string{"JP"}}, graph.Planned, "2023-04"},
		{"present tense with a future date", "Germany visits Brazil next month.", "2023-03-22",
			"visits", wantEvent{graph.Consult, []string{"DE"}, []string{"BR"}}, graph.Planned, "2023-04"},
		{"future carrier with this week", "Germany will make its first state visit to Brazil this week.", "2023-05-29",
			"will make", wantEvent{graph.Consult, []string{"DE"}, []string{"BR"}}, graph.Planned, "2023-06"},
		{"possessive noun in a present clause beside a plan", "Japan will withdraw its troops from Iraq on Monday. Japan's withdrawal from Iraq is the first.", "2023-03-22",
			"is the first", wantEvent{graph.Retreat, []string{"JP"}, []string{"IQ"}}, graph.Planned, "2023-03-27"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ex := extractBody(t, tc.body, tc.published)
			ev := eventStating(ex, tc.want.typ, tc.clause)
			if ev == nil {
				_, got := findEvent(ex, tc.want)
				t.Fatalf("%q: no %s stated by %q; got %s", tc.body, tc.want.typ, tc.clause, got)
			}
			if got := ids(ev.Actors); tc.want.actors != nil && !slices.Equal(got, tc.want.actors) {
				t.Errorf("actors %v, want %v", got, tc.want.actors)
			}
			if got := ids(ev.Targets); !slices.Equal(got, tc.want.targets) && (len(got) > 0 || len(tc.want.targets) > 0) {
				t.Errorf("targets %v, want %v", got, tc.want.targets)
			}
			if ev.Status != tc.status {
				t.Errorf("status %s, want %s", ev.Status, tc.status)
			}
			if ev.Date != tc.date {
				t.Errorf("date %q, want %q", ev.Date, tc.date)
			}
		})
	}
}

// eventStating returns the event of type typ with a claim whose sentence
// holds clause, or nil.
func eventStating(ex *graph.Extraction, typ graph.EventType, clause string) *graph.Event {
	for _, ev := range ex.Events {
		if ev.Type != typ {
			continue
		}
		for _, c := range ev.Claims {
			if strings.Contains(c.Text, clause) {
				return ev
			}
		}
	}
	return nil
}
