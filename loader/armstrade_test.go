package loader

import (
	"slices"
	"strings"
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestArmsTradeFrames checks the frames of armstrade.go, each on a
// sentence made up for the test: the event's type, actors and targets, its
// status and that the frame's rule read it.
func TestArmsTradeFrames(t *testing.T) {
	checkRuleCases(t, "2008-05-14", []ruleCase{
		{"a designator the arms words lack", "The United States sold F-16s to Pakistan.",
			wantEvent{graph.Cooperate, []string{"US"}, []string{"PK"}}, graph.Reported, "verb:arms-trade-frame"},
		{"a buying verb the lexicon lacks", "India acquired Su-30 fighters from Russia.",
			wantEvent{graph.Cooperate, []string{"IN"}, []string{"RU"}}, graph.Reported, "verb:arms-trade-frame"},
		{"an order from a seller", "China ordered 24 fighter jets from Russia.",
			wantEvent{graph.Cooperate, []string{"CN"}, []string{"RU"}}, graph.Reported, "verb:arms-trade-frame"},
		{"a leader's purchase", "Venezuelan President Hugo Chavez purchased 100,000 AK-47s from Russia.",
			wantEvent{graph.Cooperate, []string{"person/hugo-chavez", "VE"}, []string{"RU"}}, graph.Reported, "verb:arms-trade-frame"},
		{"a package a state announces", "Washington announced a $20 billion arms package for Saudi Arabia.",
			wantEvent{graph.Cooperate, []string{"US"}, []string{"SA"}}, graph.Planned, "noun:arms-trade-governed"},
		{"a sale announced by an official", "The sale of Patriot systems to Kuwait was announced by US Secretary of State Condoleezza Rice.",
			wantEvent{graph.Cooperate, []string{"person/condoleezza-rice", "US"}, []string{"KW"}}, graph.Planned, "noun:arms-trade-governed"},
		{"a package in a reduced relative", "It is part of an arms package for Saudi Arabia unveiled by Robert Gates.",
			wantEvent{graph.Cooperate, []string{"person/robert-gates"}, []string{"SA"}}, graph.Planned, "noun:arms-trade-governed"},
		{"a sale a state approved", "The State Department approved the sale of 60 Black Hawk helicopters to Taiwan.",
			wantEvent{graph.Cooperate, []string{"US"}, []string{"TW"}}, graph.Planned, "noun:arms-trade-governed"},
		{"an attributive seller", "The US sale of F-16s to Pakistan angered India.",
			wantEvent{graph.Cooperate, []string{"US"}, []string{"PK"}}, graph.Reported, "noun:arms-trade-owner"},
		{"the arms' maker sells them", "The sale of more American arms to the Israeli army angered Iran.",
			wantEvent{graph.Cooperate, []string{"US"}, []string{"IL"}}, graph.Reported, "noun:arms-trade-owner"},
		{"a contract with its arms after the buyer", "France signed a contract with India for six Scorpene submarines.",
			wantEvent{graph.Cooperate, []string{"FR"}, []string{"IN"}}, graph.Reported, "noun:arms-trade-governed"},
		{"deliveries halted", "Germany halted arms deliveries to Turkey.",
			wantEvent{graph.Sanction, []string{"DE"}, []string{"TR"}}, graph.Reported, "noun:arms-trade-blocked"},
		{"a sale blocked", "The US Congress blocked the sale of F-16s to Pakistan.",
			wantEvent{graph.Sanction, []string{"org/united-states-congress"}, []string{"PK"}}, graph.Reported, "noun:arms-trade-blocked"},
		{"a ban on sales", "The EU ban on arms sales to China angered Beijing.",
			wantEvent{graph.Sanction, []string{"org/european-union"}, []string{"CN"}}, graph.Reported, "noun:arms-trade-banned"},
	})
}

// TestArmsTradeFramesNone checks sentences the frames must leave alone:
// civilian goods and airliners, firms' sales with no state, weapons
// withdrawn rather than bought, a sale to a group a demonym only places,
// and a ban lifted.
func TestArmsTradeFramesNone(t *testing.T) {
	armsTradeRule := func(rule string) bool {
		return slices.ContainsFunc([]string{"arms-trade-frame", "arms-trade-governed", "arms-trade-owner", "arms-trade-blocked", "arms-trade-banned"},
			func(r string) bool { return strings.Contains(rule, r) })
	}
	checkNoClaims(t, "2008-05-14", armsTradeRule,
		"Egypt purchased 500,000 tonnes of wheat from the United States.",
		"China ordered 20 Boeing 737 jets from the United States.",
		"Boeing sold 747s to Qantas.",
		"Lockheed Martin sold F-16s to Northrop Grumman.",
		"Russia ordered its missiles withdrawn from Cuba.",
		"Israel ordered tanks from the Gaza Strip.",
		"Britain approved the sale of anti-aircraft missiles to Nicaraguan Contra rebels.",
		"The European Union lifted the ban on arms sales to Libya.",
		"Japan Airlines announced a $2 billion order for fighter jets from Brazil.",
	)
}
