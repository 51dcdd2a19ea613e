package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestPossessivePronounOwners checks that "his", "her", "its" and "their"
// before an event noun stand for the nearest party of their kind named
// before them, when the noun names whom the act goes to; an unnamed owner
// nearer, or a verb that ends the act, leaves no event.
func TestPossessivePronounOwners(t *testing.T) {
	checkEvents(t, "2008-06-15", []eventCase{
		{name: "her visit", body: "Angela Merkel raised the issue during her visit to Brazil.",
			want: wantEvent{graph.Consult, []string{"person/angela-merkel", "DE"}, []string{"BR"}}, exact: true},
		{name: "its offensive", body: "Peru decided to step up its attacks on Bolivia.",
			want: wantEvent{graph.Assault, []string{"PE"}, []string{"BO"}}, exact: true},
		{name: "their pullout", body: "Chile said its troops would start their pullout from Peru on Monday.",
			want: wantEvent{graph.Retreat, []string{"CL"}, []string{"PE"}}, status: graph.Planned},
		{name: "ended force still used", body: "The council told Hezbollah to end its attacks on Israel.",
			want: wantEvent{graph.Assault, []string{"org/hezbollah"}, []string{"IL"}}},
	})
	checkRejects(t, []reject{
		{"ended cooperation", "Chile ended its cooperation with the International Atomic Energy Agency.", graph.Cooperate},
		{"unnamed owner nearer", "Angela Merkel says the prime minister should have used his trip to Brazil to learn.", graph.Consult},
		{"no target named", "Angela Merkel spoke warmly of her visit.", graph.Consult},
	})
}

// TestPassiveSubjectNeeds checks that the object a rule needs may stand
// as the subject of a passive, far from the verb.
func TestPassiveSubjectNeeds(t *testing.T) {
	checkEvents(t, "2008-06-15", []eventCase{
		{name: "long subject", body: "An agreement to build a gas pipeline from the Caspian Sea to the Black Sea was signed by Georgia and Turkey today.",
			want: wantEvent{graph.Support, []string{"GE"}, []string{"TR"}}},
	})
	checkRejects(t, []reject{
		{"need word deep in the subject", "The leaders of the parties to the agreement on the pipeline were signed by Georgia to a new club.", graph.Support},
	})
}

// TestPersonObjectPronoun checks that an object "him" or "her" stands for
// the nearest other person the sentence names.
func TestPersonObjectPronoun(t *testing.T) {
	checkEvents(t, "2008-06-15", []eventCase{
		{name: "asking her", body: "Chilean lawmakers sent a letter to Hillary Clinton, asking her to release the funds.",
			want: wantEvent{graph.Request, []string{"CL"}, []string{"person/hillary-clinton"}}},
	})
	checkRejects(t, []reject{
		{"possessive her", "After Luiz Inácio Lula da Silva spoke, Angela Merkel offered her condolences.", graph.Agree},
	})
}

// TestGovernedPairNouns checks that talks and meetings governed by a verb
// ("will join talks with", "has scheduled a meeting with") and talks in
// an adjunct opening the sentence ("At a meeting with X, Y said") take
// their parties from the clause.
func TestGovernedPairNouns(t *testing.T) {
	checkEvents(t, "2008-06-15", []eventCase{
		{name: "join talks", body: "Chile has expressed a willingness to join talks with Bolivia.",
			want: wantEvent{graph.Consult, []string{"CL"}, []string{"BO"}}},
		{name: "scheduled a meeting", body: "Angela Merkel has scheduled a meeting with Brazilian officials for next week.",
			want: wantEvent{graph.Consult, []string{"person/angela-merkel", "DE"}, []string{"BR"}}, status: graph.Planned},
		{name: "opening adjunct", body: "At a meeting with NATO officials in Brussels, Chilean Foreign Minister Alejandro Foxley said Bolivia had erred.",
			want: wantEvent{graph.Consult, []string{"person/alejandro-foxley", "CL"}, []string{"org/nato"}}},
	})
	checkRejects(t, []reject{
		{"no party after the adjunct", "At a meeting with NATO officials in Brussels, a spokesman said Russia had erred.", graph.Consult},
		{"party of another phrase", "At the summit, Chile accused Peru of having links with Bolivia.", graph.Consult},
	})
}
