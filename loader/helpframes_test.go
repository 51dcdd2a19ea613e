package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestHelpFrames checks a party helping another party named as the verb's
// object, each on a sentence made up for the test.
func TestHelpFrames(t *testing.T) {
	cases := []struct {
		name, body string
		want       wantEvent
		status     graph.Status
	}{
		{"helped build", "China helped Pakistan build a nuclear plant.",
			wantEvent{graph.Aid, []string{"CN"}, []string{"PK"}}, graph.Reported},
		{"will help", "Canada will help Afghanistan rebuild its army.",
			wantEvent{graph.Aid, []string{"CA"}, []string{"AF"}}, graph.Planned},
		{"assisted with", "Officials said Russia had assisted Iran with its missile programme.",
			wantEvent{graph.Aid, []string{"RU"}, []string{"IR"}}, graph.Reported},
		{"a demonym's government", "The United States will help the Iraqi government train its police.",
			wantEvent{graph.Aid, []string{"US"}, []string{"IQ"}}, graph.Planned},
		{"agreed to help", "Japan has agreed to help the United States strengthen its defences.",
			wantEvent{graph.Aid, []string{"JP"}, []string{"US"}}, graph.Planned},
		{"announced its intention to help", "The United States announced its intention to help India become a great power.",
			wantEvent{graph.Aid, []string{"US"}, []string{"IN"}}, graph.Planned},
		{"is attempting to help", "Reports said North Korea was attempting to help Iran test a missile.",
			wantEvent{graph.Aid, []string{"KP"}, []string{"IR"}}, ""},
		{"coordinated helpers", "Norway, Egypt and Mexico agreed to help OPEC by cutting exports.",
			wantEvent{graph.Aid, []string{"NO", "EG", "MX"}, []string{"org/organization-of-the-petroleum-exporting-countries"}}, graph.Planned},
		{"a relative clause", "Syria, which has helped Hezbollah for years, rejected the report.",
			wantEvent{graph.Aid, []string{"SY"}, []string{"org/hezbollah"}}, graph.Reported},
		{"a pronoun", "Germany said it would help Poland.",
			wantEvent{graph.Aid, []string{"DE"}, []string{"PL"}}, graph.Planned},
		{"did not help", "Russia did not help Iran build the reactor.",
			wantEvent{graph.Aid, []string{"RU"}, []string{"IR"}}, graph.Denied},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ev := mustFindEvent(t, tc.body, "2023-03-22", tc.want)
			if tc.status != "" && ev.Status != tc.status {
				t.Errorf("status %s, want %s", ev.Status, tc.status)
			}
			if !hasClaimRule(ev, "verb:help") {
				t.Errorf("no claim by rule verb:help")
			}
		})
	}
}

// TestHelpFramesNot checks sentences the frame must leave alone: help as
// a noun, a thing or a phrase as subject, a request, a possessive object.
func TestHelpFramesNot(t *testing.T) {
	checkNoClaims(t, "2023-03-22", rulePrefixes("verb:help"),
		"Britain asked for help from the United States.",
		"Cuba received economic help from Russia.",
		"Trade with China will help Venezuela grow.",
		"The reforms helped Turkey win a date for talks.",
		"The decision by France helps Lebanon.",
		"The money will help Haiti recover.",
		"Washington urged Japan to help Brazil.",
		"Russia will help Brazil's farmers.",
		"France praised the help Britain gave to Poland.",
		"Pakistan was helped by China.",
	)
}
