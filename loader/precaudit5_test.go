package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestAheadCuePlanned checks that a present or bare verb with a cue that
// points past publication is planned even when the cue's month is the
// month of publication, and that a past verb or a past cue stays reported.
func TestAheadCuePlanned(t *testing.T) {
	checkEvents(t, "2007-03-06", []eventCase{
		{"visits next week", "Croatian Prime Minister Ivo Sanader visits Hungary next week.", wantEvent{graph.Consult, []string{"HR"}, []string{"HU"}}, graph.Planned, false},
		{"flies next week", "Vladimir Putin flies to Austria next week for talks.", wantEvent{graph.Consult, []string{"RU"}, []string{"AT"}}, graph.Planned, false},
		{"meetings next week", "Japan holds its annual meetings with South Korea next week.", wantEvent{graph.Consult, []string{"JP"}, []string{"KR"}}, graph.Planned, false},
		{"visited last week", "Croatian Prime Minister Ivo Sanader visited Hungary last week.", wantEvent{graph.Consult, []string{"HR"}, []string{"HU"}}, graph.Reported, false},
	})
}

// TestDateOfAnotherNoun checks that a date qualifying a noun after the
// trigger ("a November 10 agreement", "Friday's attack") dates that
// noun's event, not the trigger's, unless a preposition makes the noun the
// occasion of the act or the date is today.
func TestDateOfAnotherNoun(t *testing.T) {
	for _, tt := range []struct {
		body string
		want wantEvent
		date string
	}{
		{"Colombia accused Venezuela of breaking a November 10 agreement on the border.", wantEvent{graph.Accuse, []string{"CO"}, []string{"VE"}}, ""},
		{"Israel blamed Iran for Friday's attack on the tanker.", wantEvent{graph.Accuse, []string{"IL"}, []string{"IR"}}, ""},
		{"Germany criticised Russia for failing to honour a July 2006 pact on gas.", wantEvent{graph.Accuse, []string{"DE"}, []string{"RU"}}, ""},
		{"Germany criticised Russia at Tuesday's summit in Paris.", wantEvent{graph.Accuse, []string{"DE"}, []string{"RU"}}, "2007-11-20"},
		{"Japan criticised North Korea for today's missile launch.", wantEvent{graph.Accuse, []string{"JP"}, []string{"KP"}}, "2007-11-23"},
	} {
		ev := mustFindEvent(t, tt.body, "2007-11-23", tt.want)
		if ev.Date != tt.date {
			t.Errorf("%q: date %q, want %q", tt.body, ev.Date, tt.date)
		}
	}
}

// TestHeldVetoNoRejection checks that a veto held as a power is no
// rejection, while a veto used still is.
func TestHeldVetoNoRejection(t *testing.T) {
	checkNoEvents(t, "2007-09-21", []graph.EventType{graph.Reject},
		"Although Russia has veto power on the Security Council, it abstained.",
		"The United States has a veto over the bank's loans to Mexico.",
		"France pressed for a virtual veto over the fund's lending to Chad.",
	)
	checkEvents(t, "2007-09-21", []eventCase{
		{"veto used", "Russia vetoed the Security Council resolution on Georgia.", wantEvent{graph.Reject, []string{"RU"}, nil}, graph.Reported, false},
	})
}

// TestDeclinedDetailsNoRejection checks that declining to detail or to
// give a figure is no rejection, while refusing to give aid still is.
func TestDeclinedDetailsNoRejection(t *testing.T) {
	checkNoEvents(t, "1987-04-07", []graph.EventType{graph.Reject},
		"The Japanese officials declined to detail what Japan and France discussed.",
		"The Swiss envoy declined to give an exact figure for the credits to Egypt.",
		"A Saudi spokesman refused to describe the help Saudi Arabia gave Iraq.",
		"The Canadian minister declined to provide further details on the talks with Mexico.",
	)
	checkEvents(t, "1987-04-07", []eventCase{
		{"refused aid", "Russia refused to give military aid to Serbia.", wantEvent{graph.Reject, []string{"RU"}, []string{"RS"}}, graph.Reported, false},
	})
}

// TestPresentTimeClausePlanned checks that a present verb in a clause of
// time is planned where the sentence tells of what is to come, and stays
// reported where the main clause is past.
func TestPresentTimeClausePlanned(t *testing.T) {
	checkEvents(t, "2007-04-27", []eventCase{
		{"would when", "His first demand when Romano Prodi meets Vladimir Putin would be the release of the Italian sailors.", wantEvent{graph.Consult, []string{"person/romano-prodi"}, nil}, graph.Planned, false},
		{"will before", "The ministers will meet on Tuesday, a day before Angela Merkel visits Poland.", wantEvent{graph.Consult, []string{"DE"}, []string{"PL"}}, graph.Planned, false},
		{"will after", "The truce will take effect after Sudan and Chad sign the accord.", wantEvent{graph.Support, []string{"SD"}, []string{"TD"}}, graph.Planned, false},
		{"past main clause", "Two soldiers died when a Syrian missile hit a Lebanese village.", wantEvent{graph.Assault, []string{"SY"}, []string{"LB"}}, graph.Reported, false},
	})
}

// TestPortfolioEndsTitle checks that the last word of a minister's
// portfolio ("of Foreign Relations", "of Foreign Trade") is no part of
// the name after it.
func TestPortfolioEndsTitle(t *testing.T) {
	for _, tt := range []struct{ body, want string }{
		{"The Chilean Minister of Foreign Relations Ignacio Walker visited Peru on Monday.", "Ignacio Walker"},
		{"The Peruvian Minister of Foreign Trade, Mercedes Araoz, visited Chile on Monday.", "Mercedes Araoz"},
		{"The Colombian Minister of Foreign Relations, Carolina Barco, visited Peru on Monday.", "Carolina Barco"},
	} {
		found := false
		for _, e := range extractBody(t, tt.body, "2006-07-18").Entities {
			if e.Kind == graph.Person {
				if e.Name != tt.want {
					t.Errorf("%q: person %q, want %q", tt.body, e.Name, tt.want)
				}
				found = true
			}
		}
		if !found {
			t.Errorf("%q: no person, want %q", tt.body, tt.want)
		}
	}
}
