package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestPartyVerdicts checks the frames of verdicts.go, each on a sentence
// made up for the test: the exact type, actors, targets and status.
func TestPartyVerdicts(t *testing.T) {
	tests := []eventCase{
		{"a state called terrorist in reported speech", "Chile said the United States was a terrorist state.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"US"}}, graph.Reported, true},
		{"the biggest violator", "Chile said the United States is the biggest violator of human rights in the world.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"US"}}, graph.Reported, true},
		{"one of the worst violators", "Chile insisted that the United States is one of the worst violators of the treaty.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"US"}}, graph.Reported, true},
		{"a demonym and an organ", "Chile said the Peruvian government remains a menace to the region.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"PE"}}, graph.Reported, true},
		{"a name and an organ after told that", "Chile told reporters that the United States regime was illegitimate.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"US"}}, graph.Reported, true},
		{"an act of war", "Chile said Peru's incursion was an act of war.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"PE"}}, graph.Reported, true},
		{"a state sponsor of terrorism", "Chile declared that the Peruvian regime is a state sponsor of terrorism.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"PE"}}, graph.Reported, true},
		{"a demonym's act amounts to a crime", "Chile charged that the Peruvian raid amounted to a crime against humanity.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"PE"}}, graph.Reported, true},
		{"a named state's act constitutes a violation", "Chile said the US airstrikes constituted a violation of its sovereignty.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"US"}}, graph.Reported, true},
		{"an act with its place, politically motivated", "Chile said Peru's blockade of the port was politically motivated.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"PE"}}, graph.Reported, true},
		{"said in a statement that", "Chile said in a statement on Monday that the United States is a rogue state.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"US"}}, graph.Reported, true},
		{"said last week that", "Chile said last week that the Peruvian government was guilty of war crimes.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"PE"}}, graph.Reported, true},
		{"a quotation, the name holding a verb's form", "\"The United States is a terrorist state,\" Chile said.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"US"}}, graph.Reported, true},
		{"a quotation after a colon", "Chile said: \"The Peruvian regime is a threat to peace.\"",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"PE"}}, graph.Reported, true},
		{"a first-person verb of saying inside a quotation", "\"We have said all along that the Peruvian regime is a menace,\" Chile said.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"PE"}}, graph.Reported, true},
		{"has become", "Chile said the United States has become a rogue state.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"US"}}, graph.Reported, true},
		{"according to, before", "According to Chile, the United States is a terrorist state.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"US"}}, graph.Reported, true},
		{"according to, after", "The United States is a rogue state, according to Chile.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"US"}}, graph.Reported, true},
		{"a verdict that could be", "Chile said the United States could be a threat to the region.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"US"}}, graph.Speculated, true},
		{"a verdict said under if", "If Chile says the United States is a terrorist state, the talks will end.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"US"}}, graph.Speculated, true},
		{"considered, with an article before the name", "Chile considers the United States a terrorist state.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"US"}}, graph.Reported, true},
		{"a demonym's occupation judged", "Chile said the Peruvian occupation was illegal.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"PE"}}, graph.Reported, true},
	}
	checkEvents(t, "2008-08-14", tests)
	checkRejects(t, []reject{
		{"a negated verdict", "Chile said the United States is not a terrorist state.", graph.Accuse},
		{"a verdict on no party", "Chile said the situation is a disaster.", graph.Accuse},
		{"a verdict on what befell a party", "Chile said the arrest of the Peruvian ambassador was illegal.", graph.Accuse},
		{"a victim of terrorism", "Chile said the United States was a victim of terrorism.", graph.Accuse},
		{"fighting terrorists", "Chile said the United States is fighting terrorists.", graph.Accuse},
		{"a partner in the war on terror", "Chile said the United States is a partner in the war on terror.", graph.Accuse},
		{"under threat", "Chile said the United States was under threat.", graph.Accuse},
		{"a listing reported", "Chile said the Peruvian party is listed as a terrorist group.", graph.Accuse},
		{"a negated verb of saying", "Chile did not say the United States was a rogue state.", graph.Accuse},
	})
}
