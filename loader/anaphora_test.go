package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestAnaphoraEvents checks targets given by a phrase that refers back to
// an earlier event, each on a sentence made up for the test: the exact
// type, actors, targets and status.
func TestAnaphoraEvents(t *testing.T) {
	tests := []eventCase{
		{"the offer is the offerer's", "On Monday Peru offered to mediate between the rebels and the army. Chile rejected the offer on Tuesday.",
			wantEvent{graph.Reject, []string{"CL"}, []string{"PE"}}, graph.Reported, true},
		{"a possessive names the author", "Peru's latest proposal would split the fishing grounds. Chile dismissed the proposal.",
			wantEvent{graph.Reject, []string{"CL"}, []string{"PE"}}, graph.Reported, true},
		{"an agent names the author in the same sentence", "The agreements made by Bolivia are popular at home, but Chile opposes the accord.",
			wantEvent{graph.Reject, []string{"CL"}, []string{"BO"}}, graph.Reported, true},
		{"a verb of deciding names the author", "Bolivia decided on Monday to close the border. Argentina criticised the decision.",
			wantEvent{graph.Accuse, []string{"AR"}, []string{"BO"}}, graph.Reported, true},
		{"the comments after a name ending in a speech verb", "North Korea blamed the United States for the crisis. Japan called the comments \"irresponsible\".",
			wantEvent{graph.Accuse, []string{"JP"}, []string{"KP"}}, graph.Reported, true},
		{"a refusal stated by its speaker", "Israeli Prime Minister Ehud Olmert invited Fouad Siniora to talks. Siniora said that the invitation would be turned down.",
			wantEvent{graph.Reject, []string{"person/fouad-siniora"}, []string{"person/ehud-olmert"}}, "", false},
		{"a diplomatic protest is the protester's", "Japan lodged a protest with China on Monday. China rejected the protest.",
			wantEvent{graph.Reject, []string{"CN"}, []string{"JP"}}, graph.Reported, true},
	}
	checkEvents(t, "2006-05-03", tests)
	checkRejects(t, []reject{
		{"two offerers: the phrase does not say which", "Peru offered to mediate. Brazil offered to host talks. Chile rejected the offer.", graph.Reject},
		{"one's own offer", "Chile offered to mediate. Chile later rejected the offer.", graph.Reject},
		{"too far back", "Peru offered to mediate. Chile met Bolivia. Chile met Brazil. Chile met Ecuador. Chile met Uruguay. Chile rejected the offer.", graph.Reject},
		{"an attack is not read back", "Peru attacked the rebels. Chile condemned the attack.", graph.Accuse},
		{"a refusal of no earlier act", "At a news conference in Dharamsala, India, the Dalai Lama said he was opposed to the use of violence against China's rule.", graph.Reject},
	})
}
