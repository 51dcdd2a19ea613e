package loader

import (
	"slices"
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestHosting checks visits told from the host's side, the talks a journey
// is made for, the invitee of an invitation to visit and the city of a
// visit or strike on a capital, each on a sentence made up for the test.
func TestHosting(t *testing.T) {
	cases := []struct {
		name, body string
		want       wantEvent
		mode       string
		status     graph.Status
		location   string // the location's name, "" for none
		rule       string // a claim's rule
	}{
		{"received a guest", "Chinese President Xi Jinping received Russian Foreign Minister Sergey Lavrov in Beijing on Friday.",
			wantEvent{graph.Consult, []string{"person/sergey-lavrov", "RU"}, []string{"person/xi-jinping", "CN"}}, "visit", graph.Reported, "Beijing", "verb:receive-guest"},
		{"welcomed a guest to a capital", "German Chancellor Angela Merkel welcomed Russian President Vladimir Putin to Berlin on Monday.",
			wantEvent{graph.Consult, []string{"person/vladimir-putin", "RU"}, []string{"person/angela-merkel", "DE"}}, "visit", graph.Reported, "Berlin", "verb:receive-guest"},
		{"will greet a guest", "Japanese Prime Minister Shinzo Abe will greet Indian Prime Minister Narendra Modi at the airport.",
			wantEvent{graph.Consult, []string{"person/narendra-modi"}, []string{"person/shinzo-abe", "JP"}}, "visit", graph.Planned, "", "verb:receive-guest"},
		{"did not receive a guest", "Israeli Prime Minister Benjamin Netanyahu did not receive Russian Foreign Minister Sergey Lavrov.",
			wantEvent{graph.Consult, []string{"person/sergey-lavrov", "RU"}, []string{"person/benjamin-netanyahu", "IL"}}, "visit", graph.Denied, "", "verb:receive-guest"},
		{"arrived for talks with", "Russian Foreign Minister Sergey Lavrov arrived in Tokyo on Sunday for talks with Japanese Prime Minister Shinzo Abe.",
			wantEvent{graph.Consult, []string{"person/sergey-lavrov", "RU"}, []string{"person/shinzo-abe", "JP"}}, "meet", graph.Reported, "Tokyo", "noun:meet-journey-present"},
		{"will travel for a summit with", "Russian President Vladimir Putin will travel to Japan for a summit with Prime Minister Shinzo Abe.",
			wantEvent{graph.Consult, []string{"person/vladimir-putin", "RU"}, []string{"person/shinzo-abe", "JP"}}, "meet", graph.Planned, "", "noun:meet-journey-present"},
		{"the visit beside the talks", "Russian President Vladimir Putin will travel to Japan for a summit with Prime Minister Shinzo Abe.",
			wantEvent{graph.Consult, []string{"person/vladimir-putin", "RU"}, []string{"JP"}}, "visit", graph.Planned, "", "verb:travel"},
		{"accepted an invitation to visit", "Indian Prime Minister Narendra Modi accepted Chinese President Xi Jinping's invitation to visit Beijing.",
			wantEvent{graph.Consult, []string{"person/narendra-modi"}, []string{"CN"}}, "visit", graph.Planned, "Beijing", "verb:visit-invitee"},
		{"will visit a capital", "British Foreign Secretary William Hague will visit Tehran next week.",
			wantEvent{graph.Consult, []string{"person/william-hague", "GB"}, []string{"IR"}}, "visit", graph.Planned, "Tehran", "verb:visit"},
		{"struck a capital", "Russian warplanes struck Kiev on Tuesday.",
			wantEvent{graph.Assault, []string{"RU"}, []string{"UA"}}, "strike", graph.Reported, "Kiev", ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ex := extractBody(t, tc.body, "2014-05-14")
			var ev *graph.Event
			for _, e := range ex.Events {
				if e.Mode != tc.mode {
					continue
				}
				if found, _ := findEvent(&graph.Extraction{Events: []*graph.Event{e}}, tc.want); found != nil && len(e.Targets) == len(tc.want.targets) {
					ev = e
				}
			}
			if ev == nil {
				mustFindEvent(t, tc.body, "2014-05-14", tc.want) // fails with what was found
				t.Fatalf("no %s event with targets exactly %v", tc.mode, tc.want.targets)
			}
			if ev.Status != tc.status {
				t.Errorf("status %s, want %s", ev.Status, tc.status)
			}
			location := ""
			if ev.Location != nil {
				location = ev.Location.Name
			}
			if location != tc.location {
				t.Errorf("location %q, want %q", location, tc.location)
			}
			if tc.rule != "" && !slices.ContainsFunc(ev.Claims, func(c *graph.Claim) bool { return c.Rule == tc.rule }) {
				t.Errorf("no claim by %s: %v", tc.rule, ev.Claims)
			}
		})
	}
}

// TestHostingLeavesPraise checks that welcoming a decision, a person's
// words or a visit stays praise, not a visit.
func TestHostingLeavesPraise(t *testing.T) {
	for _, body := range []string{
		"German Chancellor Angela Merkel welcomed the decision of the Russian government.",
		"German Chancellor Angela Merkel welcomed Vladimir Putin's proposal.",
		"Chinese President Xi Jinping received a letter from Russian President Vladimir Putin.",
	} {
		for _, ev := range extractBody(t, body, "2014-05-14").Events {
			for _, c := range ev.Claims {
				if c.Rule == "verb:receive-guest" {
					t.Errorf("%q: unexpected visit %s", body, ev.Label)
				}
			}
		}
	}
}
