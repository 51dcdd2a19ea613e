package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestDisparagementFrames checks the predicates of disparagement.go, each
// on a sentence made up for the test: a named speaker says a party does
// something that condemns it, and so accuses the party. The exact type,
// actors, targets and status.
func TestDisparagementFrames(t *testing.T) {
	chile := []string{"person/rodrigo-valdes", "CL"}
	tests := []eventCase{
		{"a reported verb of deceit", "Chilean Foreign Minister Rodrigo Valdes said Peru was lying about the fishing zone.",
			wantEvent{graph.Accuse, chile, []string{"PE"}}, graph.Reported, true},
		{"a quoted verb of abuse", "\"Peru bullies its small neighbours,\" Chilean Foreign Minister Rodrigo Valdes said.",
			wantEvent{graph.Accuse, chile, []string{"PE"}}, graph.Reported, true},
		{"a verb whose object is a verdict", "\"Peru makes absurd claims week after week,\" Chilean Foreign Minister Rodrigo Valdes said.",
			wantEvent{graph.Accuse, chile, []string{"PE"}}, graph.Reported, true},
		{"telling lies", "Chilean Foreign Minister Rodrigo Valdes said that Peru tells lies to the world.",
			wantEvent{graph.Accuse, chile, []string{"PE"}}, graph.Reported, true},
		{"a people by demonym commits crimes", "\"The Peruvians are committing crimes in the border zone,\" Chilean Foreign Minister Rodrigo Valdes said.",
			wantEvent{graph.Accuse, chile, []string{"PE"}}, graph.Reported, true},
		{"blood on its hands", "Chilean Foreign Minister Rodrigo Valdes said Peru had blood on its hands.",
			wantEvent{graph.Accuse, chile, []string{"PE"}}, graph.Reported, true},
		{"guilt", "Chilean Foreign Minister Rodrigo Valdes said Peru was guilty of grave abuses.",
			wantEvent{graph.Accuse, chile, []string{"PE"}}, graph.Reported, true},
		{"a disorder of the mind", "Chilean Foreign Minister Rodrigo Valdes said Peru was suffering from paranoia.",
			wantEvent{graph.Accuse, chile, []string{"PE"}}, graph.Reported, true},
		{"a regime without mandate", "\"The Peruvian regime does not represent the Peruvian nation,\" Chilean Foreign Minister Rodrigo Valdes said.",
			wantEvent{graph.Accuse, chile, []string{"PE"}}, graph.Reported, true},
		{"no right to", "Chilean Foreign Minister Rodrigo Valdes said Peru had no right to close the pass.",
			wantEvent{graph.Accuse, chile, []string{"PE"}}, graph.Reported, true},
		{"said under if", "If Chilean Foreign Minister Rodrigo Valdes says Peru is lying, the talks will end.",
			wantEvent{graph.Accuse, chile, []string{"PE"}}, graph.Speculated, true},
		{"what a party is doing is a crime", "\"What the Peruvians have done at the border is a crime,\" Chilean Foreign Minister Rodrigo Valdes said.",
			wantEvent{graph.Accuse, chile, []string{"PE"}}, graph.Reported, true},
		{"in a party it is lies", "\"We all know that in Peru it is propaganda and nothing else,\" Chilean Foreign Minister Rodrigo Valdes said.",
			wantEvent{graph.Accuse, chile, []string{"PE"}}, graph.Reported, true},
		{"a quotation opening with a fronted clause", "\"Since it lost the election, Peru has been lying to everyone,\" Chilean Foreign Minister Rodrigo Valdes said.",
			wantEvent{graph.Accuse, chile, []string{"PE"}}, graph.Reported, true},
		{"the person the speech verb names speaks, not a state before him", "Chilean radio Rodrigo Valdes, a senator, said Peru had manipulated the vote.",
			wantEvent{graph.Accuse, []string{"person/rodrigo-valdes"}, []string{"PE"}}, graph.Reported, true},
	}
	checkEvents(t, "2006-05-03", tests)
	checkRejects(t, []reject{
		{"a negated verb of deceit", "Chilean Foreign Minister Rodrigo Valdes said Peru was not lying.", graph.Accuse},
		{"a negated verb of saying", "Chilean Foreign Minister Rodrigo Valdes did not say Peru was cheating.", graph.Accuse},
		{"a question", "\"Peru is cheating us again?\" Chilean Foreign Minister Rodrigo Valdes asked.", graph.Accuse},
		{"hearsay: no speaker named", "Some say Peru is lying about the fishing zone.", graph.Accuse},
		{"a guess", "Chilean Foreign Minister Rodrigo Valdes said Peru might be cheating.", graph.Accuse},
		{"a passive: the party was deceived", "Chilean Foreign Minister Rodrigo Valdes said Peru was deceived by smugglers.", graph.Accuse},
		{"what befell the party", "Chilean Foreign Minister Rodrigo Valdes said Peru was in great danger.", graph.Accuse},
		{"the party was the victim", "Chilean Foreign Minister Rodrigo Valdes said the Peruvians were victims of a crime.", graph.Accuse},
		{"the speaker's own side", "\"Chile makes mistakes,\" Chilean Foreign Minister Rodrigo Valdes said.", graph.Accuse},
		{"a progressive verb is no verdict", "Chilean Foreign Minister Rodrigo Valdes said the Peruvians are fighting crime in the port.", graph.Accuse},
		{"lies, the verb of place", "Chilean Foreign Minister Rodrigo Valdes said Peru lies in the shadow of the Andes.", graph.Accuse},
		{"a disease of the body", "Chilean Foreign Minister Rodrigo Valdes said Peru was suffering from drought.", graph.Accuse},
		{"a condition opening the quotation", "\"If it loses the vote, Peru is cheating,\" Chilean Foreign Minister Rodrigo Valdes said.", graph.Accuse},
	})
}
