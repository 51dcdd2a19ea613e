package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestLocativeThroughArticle checks that a body named after "in the" is
// where the subject is, not the subject, while officials "in" a body act
// for it.
func TestLocativeThroughArticle(t *testing.T) {
	checkEvents(t, "2008-06-15", []eventCase{
		{name: "officials in an administration", body: "Officials in the Bush administration condemned Venezuela.",
			want: wantEvent{graph.Accuse, []string{"US"}, []string{"VE"}}, exact: true}, // leadergovernments.go: the administration is the state
		{name: "officials in a country", body: "Officials in Peru condemned Chile.",
			want: wantEvent{graph.Accuse, []string{"PE"}, []string{"CL"}}, exact: true},
		{name: "talks held while staying in a country", body: "Chilean President Michelle Bachelet, who is now in Peru having talks with President Alan García, praised the deal.",
			want: wantEvent{graph.Consult, []string{"person/michelle-bachelet", "CL"}, []string{"person/alan-garcia", "PE"}}, exact: true},
	})
	checkRejects(t, []reject{
		{"vote in the senate", "Bellini lost a vote in the Italian Senate, after attempting to resign last week.", graph.Retreat},
	})
}

// TestClaimedEventsSpeculated checks that an act one party claims of
// another is speculated, not reported, and that owning up to an act or
// doubting only who did it leaves it reported; and that a refusal to act
// denies the act.
func TestClaimedEventsSpeculated(t *testing.T) {
	checkEvents(t, "2008-06-15", []eventCase{
		{name: "claims", body: "Peru claims Chile attacked Peruvian border posts.",
			want: wantEvent{graph.Assault, []string{"CL"}, []string{"PE"}}, status: graph.Speculated},
		{name: "believed to have", body: "The Peruvian army is believed to have killed two Chilean soldiers.",
			want: wantEvent{graph.Assault, []string{"PE"}, []string{"CL"}}, status: graph.Speculated},
		{name: "doer in doubt", body: "Bolivian rebels believed to be from the north attacked Chile.",
			want: wantEvent{graph.Assault, []string{"BO"}, []string{"CL"}}, status: graph.Reported},
		{name: "refusal to", body: "Chile's refusal to condemn Bolivia angered Peru.",
			want: wantEvent{graph.Accuse, []string{"CL"}, []string{"BO"}}, status: graph.Denied},
		{name: "claim in another clause", body: "Chile moved troops to the border, claiming Peru had massed tanks, and Peru accused Chile of provocation.",
			want: wantEvent{graph.Accuse, []string{"PE"}, []string{"CL"}}, status: graph.Reported},
	})
}

// TestCapitalsInNames checks that a capital lending its name to a forum,
// a document or an event does not stand for its state.
func TestCapitalsInNames(t *testing.T) {
	checkEvents(t, "2008-06-15", []eventCase{
		{name: "capital as the state", body: "Moscow condemned Georgia.",
			want: wantEvent{graph.Accuse, []string{"RU"}, []string{"GE"}}, exact: true},
		{name: "facility in the capital", body: "Israel attacked Beirut airport.",
			want: wantEvent{graph.Assault, []string{"IL"}, []string{"LB"}}, exact: true},
	})
	checkRejects(t, []reject{
		{"bombings in the capital", "The suspect behind the London bombings was captured in Egypt.", graph.Assault},
		{"declaration named after the capital", "Kenya and Uganda endorsed the Nairobi Declaration on small arms.", graph.Support},
		{"forum named after the capital", "The Paris Club agreed to cancel the debt of Peru.", graph.Agree},
	})
}

// TestElectoralSupport checks that politicians backing a candidate is
// not read as an event between parties, while a state's backing is.
func TestElectoralSupport(t *testing.T) {
	checkEvents(t, "2008-06-15", []eventCase{
		{name: "a state backs a candidate", body: "The United States backed Hamid Karzai in the election.",
			want: wantEvent{graph.Support, []string{"US"}, []string{"person/hamid-karzai"}}},
	})
	checkRejects(t, []reject{
		{"a senator endorses a candidate", "Senator Edward Kennedy endorsed Barack Obama in the presidential race.", graph.Support},
		{"a party backs its nominee", "The Labour Party supported Jorge Silva, its candidate for mayor.", graph.Support},
	})
}

// TestPassiveThingSubject checks that a passive whose subject is a thing
// or unnamed people does not befall the name before it, while a subject a
// name qualifies stays that name's.
func TestPassiveThingSubject(t *testing.T) {
	checkEvents(t, "2008-06-15", []eventCase{
		{name: "a ship the demonym qualifies", body: "A Kenyan cargo ship was attacked by Somali pirates.",
			want: wantEvent{graph.Assault, []string{"SO"}, []string{"KE"}}, exact: true},
		{name: "a proposal the possessive qualifies", body: "Kenya's proposal was supported by Uganda.",
			want: wantEvent{graph.Support, []string{"UG"}, []string{"KE"}}, exact: true},
		{name: "a subject shared with the verb before", body: "Kenya declared independence only to be invaded by Uganda.",
			want: wantEvent{graph.Assault, []string{"UG"}, []string{"KE"}}, exact: true},
	})
	checkRejects(t, []reject{
		{"unnamed rebels", "Kenya said the rebels were supported by Uganda.", graph.Support},
		{"an incident", "Peru said the incident was investigated by Chile.", graph.Accuse},
	})
}
