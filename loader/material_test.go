package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestMaterialFrames checks torture told in the passive with its place
// and house arrest, each on a sentence made up for the test: the state
// where it happens, or the one that holds the person, acts on the person.
func TestMaterialFrames(t *testing.T) {
	cases := []ruleCase{
		{"tortured in a country", "Maher Arar was tortured in Syria for ten months.",
			wantEvent{graph.Assault, []string{"SY"}, []string{"person/maher-arar"}}, graph.Reported, "verb:torture-in-state"},
		{"where he says he was tortured", "Maher Arar was flown to Jordan and then to Syria, where he says he was tortured.",
			wantEvent{graph.Assault, []string{"SY"}, []string{"person/maher-arar"}}, graph.Speculated, "verb:torture-in-state"},
		{"under house arrest in a country", "The Burmese opposition leader Aung San Suu Kyi has been under house arrest in Myanmar since 2003.",
			wantEvent{graph.Coerce, []string{"MM"}, []string{"person/aung-san-suu-kyi"}}, graph.Reported, "verb:under-house-arrest"},
		{"under house arrest, nationality in the title", "Pakistani nuclear scientist Abdul Qadeer Khan, who has been under house arrest since 2004, spoke to reporters.",
			wantEvent{graph.Coerce, []string{"PK"}, []string{"person/abdul-qadeer-khan"}}, graph.Reported, "verb:under-house-arrest"},
		{"placed under house arrest", "Myanmar placed Aung San Suu Kyi under house arrest.",
			wantEvent{graph.Coerce, []string{"MM"}, []string{"person/aung-san-suu-kyi"}}, graph.Reported, "verb:house-arrest-holder"},
		{"extended a house arrest", "The Burmese junta extended Aung San Suu Kyi's house arrest by another year.",
			wantEvent{graph.Coerce, []string{"MM"}, []string{"person/aung-san-suu-kyi"}}, graph.Reported, "verb:house-arrest-holder"},
	}
	checkRuleCases(t, "2016-05-14", cases)
}

// TestHouseArrestLeavesPrisoner checks that a person under house arrest
// is never read as its doer.
func TestHouseArrestLeavesPrisoner(t *testing.T) {
	for _, body := range []string{
		"Aung San Suu Kyi has been under house arrest since 2003.",
		"Burmese authorities placed Aung San Suu Kyi under house arrest.",
	} {
		checkNoParty(t, "2016-05-14", body, "person/aung-san-suu-kyi", false)
	}
}
