package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestEventLocations checks where events happen when the place is named
// beyond the trigger's own clause, each on sentences made up for the test.
func TestEventLocations(t *testing.T) {
	cases := []locationCase{
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
		{"a statement is not where what it is about happened",
			"Vladimir Putin accused the United States of meddling in Georgia.",
			wantEvent{graph.Accuse, []string{"person/vladimir-putin", "RU"}, []string{"US"}}, graph.Reported, ""},
		{"a statement is made at the venue named after it",
			"Vladimir Putin accused the United States of meddling at a news conference in Moscow.",
			wantEvent{graph.Accuse, []string{"person/vladimir-putin", "RU"}, []string{"US"}}, graph.Reported, "Moscow"},
		{"a clause before the statement is about something else",
			"After clashes in Gaza, Ban Ki-moon urged Israel to show restraint.",
			wantEvent{graph.Request, []string{"person/ban-ki-moon"}, []string{"IL"}}, graph.Reported, ""},
		{"a place set off by commas before the statement is its place",
			"On Sunday, in Amman, Ban Ki-moon urged Israel to show restraint.",
			wantEvent{graph.Request, []string{"person/ban-ki-moon"}, []string{"IL"}}, graph.Reported, "Amman"},
		{"the place an attack takes as its object",
			"Israeli artillery shelled the Lebanese village of Kfar Tibnit on Monday.",
			wantEvent{graph.Assault, []string{"IL"}, []string{"LB"}}, graph.Reported, "Kfar Tibnit"},
		{"an attack's object that is no place",
			"Israeli artillery shelled Hezbollah positions near the Lebanese border on Monday.",
			wantEvent{graph.Assault, []string{"IL"}, []string{"org/hezbollah"}}, graph.Reported, ""},
		{"an unknown town after in",
			"Israeli troops raided the Palestinian prison in Beitunia on Tuesday.",
			wantEvent{graph.Assault, []string{"IL"}, []string{"PS"}}, graph.Reported, "Beitunia"},
		{"a known place inside the name after in",
			"Israeli troops raided the Palestinian prison in Southern Gaza on Tuesday.",
			wantEvent{graph.Assault, []string{"IL"}, []string{"PS"}}, graph.Reported, "Gaza Strip"},
		{"a language after in is no place",
			"In a statement issued in Arabic, Iraq accused the United States of torturing prisoners.",
			wantEvent{graph.Accuse, []string{"IQ"}, []string{"US"}}, graph.Reported, ""},
		{"a building named by its head",
			"Nicolas Sarkozy met Angela Merkel at the Meseberg Castle on Monday.",
			wantEvent{graph.Consult, []string{"person/nicolas-sarkozy"}, []string{"person/angela-merkel"}}, graph.Reported, "Meseberg Castle"},
		{"a building named after a known city is the city",
			"Bashar al-Assad met Recep Tayyip Erdoğan at Damascus Airport on Monday.",
			wantEvent{graph.Consult, []string{"person/bashar-al-assad"}, []string{"TR"}}, graph.Reported, "Damascus"},
		{"an unknown town whose container ends the sentence",
			"Israeli troops raided the Palestinian prison in Beitunia in the",
			wantEvent{graph.Assault, []string{"IL"}, []string{"PS"}}, graph.Reported, "Beitunia"},
		{"a journey is not made where its traveller spoke",
			`"China is building its navy," Robert Gates said in Honolulu before he flew to Singapore.`,
			wantEvent{graph.Consult, []string{"person/robert-gates"}, []string{"SG"}}, graph.Reported, ""},
	}
	checkLocations(t, "2014-05-14", cases)
}

// locationCase is a sentence, the event it states with its status, and
// the name of the place it happens in ("" for none).
type locationCase struct {
	name, body string
	want       wantEvent
	status     graph.Status
	location   string
}

// checkLocations extracts each case's sentence as published on published
// and checks the status and location of the event findEvent gives.
func checkLocations(t *testing.T, published string, cases []locationCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ev := mustFindEvent(t, tc.body, published, tc.want)
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
