package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestCensureFrames checks the frames of censure.go, each on a sentence
// made up for the test: the event's type, actors and targets, its status
// and that the frame's rule read it.
func TestCensureFrames(t *testing.T) {
	checkRuleCases(t, "2006-05-03", []ruleCase{
		{"a person under investigation by a body", "Ana Rosa Quispe has been under investigation for months by the United Nations.",
			wantEvent{graph.Accuse, []string{"org/united-nations"}, []string{"person/ana-rosa-quispe"}}, graph.Reported, "noun:under-investigation"},
		{"she stands for the one person named before", "Ana Rosa Quispe spoke on Monday. She is under investigation by the United Nations.",
			wantEvent{graph.Accuse, []string{"org/united-nations"}, []string{"person/ana-rosa-quispe"}}, graph.Reported, "noun:under-investigation"},
		{"a state under scrutiny from another", "Peru has come under scrutiny from Chile over the fishing dispute.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"PE"}}, graph.Reported, "noun:under-investigation"},
		{"him stands for the person named before", "Sergey Lavrov met Ana Rosa Quispe in May. Lavrov then accused him of lying.",
			wantEvent{graph.Accuse, []string{"person/sergey-lavrov", "RU"}, []string{"person/ana-rosa-quispe"}}, graph.Reported, "verb:accuse-pronoun"},
		{"her blamed after a particle", "Ana Rosa Quispe criticised Sergey Lavrov's speech. This led Lavrov to blame her for the failure of the talks.",
			wantEvent{graph.Accuse, []string{"person/sergey-lavrov"}, []string{"person/ana-rosa-quispe"}}, graph.Reported, "verb:accuse-pronoun"},
		{"them stands for the group named before", "Hezbollah fighters crossed the border, with the Peruvian government accusing them of smuggling arms.",
			wantEvent{graph.Accuse, []string{"PE"}, []string{"org/hezbollah"}}, graph.Reported, "verb:accuse-pronoun"},
	})
}

// TestCensureNearMisses checks sentences the frames must leave alone: no
// one named who inquires, a pronoun object whose accuser is no known
// party, a blame with no charge.
func TestCensureNearMisses(t *testing.T) {
	// The people under investigation are not named: no one is accused.
	checkNoEvents(t, "2006-05-03", []graph.EventType{graph.Accuse},
		"The officials under investigation by Chile were released.",
		"Sergey Lavrov met Ana Rosa Quispe in May. Lavrov did not blame him for the failure.",
		// Two people before: "he" could be either.
		"Sergey Lavrov met Ana Rosa Quispe in May. He is under investigation by the United Nations.")
	// "him" is the speaker, whom an unknown accuser accused: Lavrov accuses no one.
	checkNoParty(t, "2006-05-03", "Ana Rosa Quispe met Sergey Lavrov. Lavrov said that his aide Artigas accused him of lying.",
		"person/sergey-lavrov", false)
}
