package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestEndorsementFrames checks the frames of endorsements.go, each on a
// sentence made up for the test: the event's type, actors and targets, its
// status and that the frame's rule read it.
func TestEndorsementFrames(t *testing.T) {
	checkRuleCases(t, "2006-05-14", []ruleCase{
		{"a congratulatory message sent to a person", "Hu Jintao sent a congratulatory message to Nicolas Sarkozy.",
			wantEvent{graph.Support, []string{"person/hu-jintao", "CN"}, []string{"person/nicolas-sarkozy"}}, graph.Reported, "verb:send-congratulations"},
		{"congratulations extended, with a possessive", "Vladimir Putin extended his warm congratulations to Nicolas Sarkozy on Monday.",
			wantEvent{graph.Support, []string{"person/vladimir-putin", "RU"}, []string{"person/nicolas-sarkozy"}}, graph.Reported, "verb:send-congratulations"},
		{"the addressee before the message", "Angela Merkel sent Nicolas Sarkozy a message of congratulations.",
			wantEvent{graph.Support, []string{"person/angela-merkel", "DE"}, []string{"person/nicolas-sarkozy"}}, graph.Reported, "verb:send-congratulations"},
		{"congratulations to a counterpart named by demonym", "Vladimir Putin sent a message of congratulations to his Ukrainian counterpart.",
			wantEvent{graph.Support, []string{"person/vladimir-putin", "RU"}, []string{"UA"}}, graph.Reported, "verb:send-congratulations"},
		{"congratulations to be sent are planned", "Hu Jintao will send a congratulatory telegram to Nicolas Sarkozy.",
			wantEvent{graph.Support, []string{"person/hu-jintao", "CN"}, []string{"person/nicolas-sarkozy"}}, graph.Planned, "verb:send-congratulations"},
		{"a legislature passes a vote of confidence in a government", "The Israeli Knesset passed a vote of confidence in Ehud Olmert's government.",
			wantEvent{graph.Support, []string{"org/knesset"}, []string{"person/ehud-olmert"}}, graph.Reported, "noun:confidence-vote"},
		{"a head of government wins a confidence vote", "Romano Prodi won a confidence vote in the Italian Senate on Thursday.",
			wantEvent{graph.Support, []string{"org/italian-senate"}, []string{"person/romano-prodi"}}, graph.Reported, "noun:confidence-vote"},
		{"an act called a good step", "Angela Merkel called the Russian proposal a positive step.",
			wantEvent{graph.Support, []string{"person/angela-merkel", "DE"}, []string{"RU"}}, graph.Reported, "verb:judge-good-step"},
		{"an act described as a step in the right direction", "Condoleezza Rice described Syria's withdrawal as a step in the right direction.",
			wantEvent{graph.Support, []string{"person/condoleezza-rice", "US"}, []string{"SY"}}, graph.Reported, "verb:judge-good-step"},
		{"a speaker says an act was a good first step", "Javier Solana said the Iranian offer was a good first step.",
			wantEvent{graph.Support, []string{"person/javier-solana"}, []string{"IR"}}, graph.Reported, "verb:judge-good-step"},
		{"a passive appointment with a long office before its agent", "Kevin Rudd was sworn in today as Prime Minister of Australia by Governor-General Michael Jeffery.",
			wantEvent{graph.Support, []string{"person/michael-jeffery"}, []string{"person/kevin-rudd"}}, graph.Reported, "verb:appoint"},
		{"a passive appointment after an apposition", "Kevin Rudd, the new party leader, was sworn in on Monday as prime minister by Michael Jeffery.",
			wantEvent{graph.Support, []string{"person/michael-jeffery"}, []string{"person/kevin-rudd"}}, graph.Reported, "verb:appoint"},
	})
}

// TestEndorsementNearMisses checks sentences the frames must leave alone:
// things sent that are no congratulations, a vote of no confidence, a
// confidence vote lost, and a step judged not good.
func TestEndorsementNearMisses(t *testing.T) {
	checkNoEvents(t, "2006-05-14", []graph.EventType{graph.Support},
		"Hu Jintao sent troops to the border with Nicolas Sarkozy's approval.",
		"Hu Jintao sent no congratulations to Nicolas Sarkozy.",
		"The Israeli Knesset passed a vote of no confidence in Ehud Olmert's government.",
		"Romano Prodi lost a confidence vote in the Italian Senate on Thursday.",
		"Angela Merkel said the Russian proposal was not a positive step.",
		"Angela Merkel called the Russian proposal a dangerous step.")
}
