package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestEventLocations checks where events happen when the place is named
// beyond the trigger's own clause, each on sentences made up for the test.
func TestEventLocations(t *testing.T) {
	cases := []struct {
		name, body string
		want       wantEvent
		status     graph.Status
		location   string // the location's name, "" for none
	}{
		{"a frame's event takes its clause's place",
			"About 300 students threw eggs and stones at the Japanese embassy in Beijing on Sunday.",
			wantEvent{graph.Protest, []string{"CN"}, []string{"JP"}}, graph.Reported, "Beijing"},
		{"an opening phrase places the main clause",
			"In Seoul, about 500 students marched to the Japanese embassy on Monday.",
			wantEvent{graph.Protest, []string{"KR"}, []string{"JP"}}, graph.Reported, "Seoul"},
		{"an opening phrase places the subject's statement",
			"In a speech in Abu Dhabi today, George W. Bush said that he considered Iran a threat to the region.",
			wantEvent{graph.Accuse, []string{"person/george-w-bush"}, []string{"IR"}}, graph.Reported, "Abu Dhabi"},
		{"an opening phrase that is a ceremony's place",
			`During a ceremony at the White House, George W. Bush said, "North Korea must stop its nuclear programme."`,
			wantEvent{graph.Request, []string{"person/george-w-bush"}, []string{"KP"}}, graph.Reported, "White House"},
		{"an opening phrase does not place another party's statement",
			"In Geneva, Hillary Clinton said that Iran had rejected the offer of the European Union.",
			wantEvent{graph.Reject, []string{"IR"}, nil}, graph.Reported, ""},
		{"a later sentence says where the protest was",
			"Thousands of Indonesians protested against the United States on Friday. The largest demonstration took place in Jakarta.",
			wantEvent{graph.Protest, []string{"ID"}, []string{"US"}}, graph.Reported, "Jakarta"},
		{"the speaker's quoted demand is made where he spoke",
			`"We demand that Japan apologise," Wang Yi told reporters in Beijing.`,
			wantEvent{graph.Request, []string{"person/wang-yi"}, []string{"JP"}}, graph.Reported, "Beijing"},
		{"the remarks a later sentence places",
			"Ban Ki-moon urged Israel to lift its blockade of Gaza. The UN chief made his comments in Amman after talks with King Abdullah.",
			wantEvent{graph.Request, []string{"person/ban-ki-moon"}, []string{"IL"}}, graph.Reported, "Amman"},
		{"forces act where they are stationed",
			"Two suspects were detained by Turkish police in Istanbul on Friday.",
			wantEvent{graph.Coerce, []string{"TR"}, nil}, graph.Reported, "Istanbul"},
		{"a journey's destination, not its origin",
			"Russian Foreign Minister Sergey Lavrov flew from Moscow to Tokyo on Monday.",
			wantEvent{graph.Consult, []string{"person/sergey-lavrov", "RU"}, []string{"JP"}}, graph.Reported, "Tokyo"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ev := mustFindEvent(t, tc.body, "2014-05-14", tc.want)
			if ev.Status != tc.status {
				t.Errorf("status %s, want %s", ev.Status, tc.status)
			}
			got := ""
			if ev.Location != nil {
				got = ev.Location.Name
			}
			if got != tc.location {
				t.Errorf("location %q, want %q", got, tc.location)
			}
		})
	}
}
