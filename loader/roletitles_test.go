package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestRoleTitlesBeforeNames checks that a role title between a state and
// a name ("US diplomat X", "Palestinian negotiator X") makes the state
// qualify the person, who takes part with the state he acts for; a
// title's modifier alone ("a US military investigation") does not.
func TestRoleTitlesBeforeNames(t *testing.T) {
	checkEvents(t, "2006-05-01", []eventCase{
		{name: "diplomat met", body: "Chinese President Hu Jintao met US diplomat John Smith on Tuesday.",
			want: wantEvent{graph.Consult, []string{"person/hu-jintao", "CN"}, []string{"person/john-smith", "US"}}, exact: true},
		{name: "negotiator's demand", body: "Palestinian negotiator Saeb Erekat says Israel has to choose between settlements and peace.",
			want: wantEvent{graph.Request, []string{"person/saeb-erekat", "PS"}, []string{"IL"}}, exact: true},
		{name: "envoy, as before", body: "Chinese President Hu Jintao met US envoy Christopher Hill on Tuesday.",
			want: wantEvent{graph.Consult, []string{"person/hu-jintao", "CN"}, []string{"person/christopher-hill", "US"}}, exact: true},
		{name: "modifier of a title is no title", body: "An ongoing US military investigation into the death of the Italian intelligence agent Nicola Calipari cleared the soldiers.",
			want: wantEvent{graph.Accuse, []string{"US"}, []string{"IT"}}},
	})
}
