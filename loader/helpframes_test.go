package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestHelpFrames checks a party helping another party named as the verb's
// object, each on a sentence made up for the test.
func TestHelpFrames(t *testing.T) {
	cases := []eventCase{
		{name: "helped build", body: "China helped Pakistan build a nuclear plant.",
			want: wantEvent{graph.Aid, []string{"CN"}, []string{"PK"}}, status: graph.Reported},
		{name: "will help", body: "Canada will help Afghanistan rebuild its army.",
			want: wantEvent{graph.Aid, []string{"CA"}, []string{"AF"}}, status: graph.Planned},
		{name: "assisted with", body: "Officials said Russia had assisted Iran with its missile programme.",
			want: wantEvent{graph.Aid, []string{"RU"}, []string{"IR"}}, status: graph.Reported},
		{name: "a demonym's government", body: "The United States will help the Iraqi government train its police.",
			want: wantEvent{graph.Aid, []string{"US"}, []string{"IQ"}}, status: graph.Planned},
		{name: "agreed to help", body: "Japan has agreed to help the United States strengthen its defences.",
			want: wantEvent{graph.Aid, []string{"JP"}, []string{"US"}}, status: graph.Planned},
		{name: "announced its intention to help", body: "The United States announced its intention to help India become a great power.",
			want: wantEvent{graph.Aid, []string{"US"}, []string{"IN"}}, status: graph.Planned},
		{name: "is attempting to help", body: "Reports said North Korea was attempting to help Iran test a missile.",
			want: wantEvent{graph.Aid, []string{"KP"}, []string{"IR"}}},
		{name: "coordinated helpers", body: "Norway, Egypt and Mexico agreed to help OPEC by cutting exports.",
			want: wantEvent{graph.Aid, []string{"NO", "EG", "MX"}, []string{"org/organization-of-the-petroleum-exporting-countries"}}, status: graph.Planned},
		{name: "a relative clause", body: "Syria, which has helped Hezbollah for years, rejected the report.",
			want: wantEvent{graph.Aid, []string{"SY"}, []string{"org/hezbollah"}}, status: graph.Reported},
		{name: "a pronoun", body: "Germany said it would help Poland.",
			want: wantEvent{graph.Aid, []string{"DE"}, []string{"PL"}}, status: graph.Planned},
		{name: "did not help", body: "Russia did not help Iran build the reactor.",
			want: wantEvent{graph.Aid, []string{"RU"}, []string{"IR"}}, status: graph.Denied},
	}
	checkRuleEvents(t, "2023-03-22", "verb:help", cases)
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
