package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestLegislativeActs checks the frames of legislatures.go, each on a
// sentence made up for the test: the event's type, actors and targets, its
// status and that the frame's rule read it.
func TestLegislativeActs(t *testing.T) {
	checkRuleCases(t, "2008-10-03", []ruleCase{
		{"a legislature approves a new government", "The Belgian parliament on Friday approved the new government of Yves Leterme.",
			wantEvent{graph.Support, []string{"org/belgian-parliament"}, []string{"person/yves-leterme"}}, graph.Reported, "verb:approve-government"},
		{"a possessive government", "The Knesset approved Ehud Olmert's new cabinet on Monday.",
			wantEvent{graph.Support, []string{"org/knesset"}, []string{"person/ehud-olmert"}}, graph.Reported, "verb:approve-government"},
		{"a senate confirms a nomination", "The US Senate confirmed the nomination of Robert Gates on Tuesday.",
			wantEvent{graph.Support, []string{"org/united-states-senate"}, []string{"person/robert-gates"}}, graph.Reported, "verb:approve-government"},
		{"a vote to approve happened", "The US Senate voted to approve Robert Gates's nomination.",
			wantEvent{graph.Support, []string{"org/united-states-senate"}, []string{"person/robert-gates"}}, graph.Reported, "verb:approve-government"},
		{"a court annuls a party's win", "The Philippine Supreme Court annulled Gloria Arroyo's election victory.",
			wantEvent{graph.Reject, []string{"org/philippine-supreme-court"}, []string{"person/gloria-macapagal-arroyo"}}, graph.Reported, "verb:annul"},
		{"a court overturns a body's decision", "The Supreme Court overturned the decision of the Central Election Commission.",
			wantEvent{graph.Reject, []string{"org/supreme-court"}, []string{"org/central-election-commission"}}, graph.Reported, "verb:annul"},
		{"a court strikes down a law by its author", "The High Court of Australia struck down legislation enacted by John Howard.",
			wantEvent{graph.Reject, []string{"org/high-court-of-australia"}, []string{"person/john-howard"}}, graph.Reported, "verb:annul"},
		{"a court declares a body illegitimate", "The Kyrgyz Supreme Court declared the new Kyrgyz parliament illegitimate.",
			wantEvent{graph.Reject, []string{"org/kyrgyz-supreme-court"}, []string{"org/kyrgyz-parliament"}}, graph.Reported, "verb:annul"},
		{"a vote against a party's plan", "The US Senate voted 52-47 against President George W. Bush's plan.",
			wantEvent{graph.Reject, []string{"org/united-states-senate"}, []string{"person/george-w-bush"}}, graph.Reported, "verb:vote-on-proposal"},
		{"a vote in favour of a party's motion", "The Italian Senate voted overwhelmingly in favour of Romano Prodi's motion.",
			wantEvent{graph.Support, []string{"org/italian-senate"}, []string{"person/romano-prodi"}}, graph.Reported, "verb:vote-on-proposal"},
	})
}

// TestLegislativeActsNone checks sentences the frames must leave alone: a
// debate, a vote with no body, a domestic law with no party, a vote of
// confidence survived, a negated approval, a fact confirmed, a vote on a
// proposal nobody owns and a conviction quashed.
func TestLegislativeActsNone(t *testing.T) {
	checkNoClaims(t, "2008-10-03", rulePrefixes("verb:approve-government", "verb:annul", "verb:vote-on-proposal"),
		"The Kenyan parliament debated the bill on Tuesday.",
		"Voters in Spain approved the constitution.",
		"The Japanese parliament passed a law raising the consumption tax.",
		"Prime Minister Viktor Yanukovych survived a no-confidence vote in the Ukrainian parliament.",
		"The Italian parliament did not approve the new government of Romano Prodi.",
		"The Pentagon confirmed the appointment of Robert Gates.",
		"The Australian Senate voted against the plan on Tuesday.",
		"The Supreme Court quashed Anwar Ibrahim's conviction.",
		"The Ukrainian parliament voted to declare the election results invalid.",
	)
}
