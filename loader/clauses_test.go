package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestClauseRules checks subjects and objects found through clause
// structure — coordinated verbs, coordinated passives, subjects past an
// apposition or a fronted adverbial, a meeting in a clause's adjunct —
// each on a sentence made up for the test: the event's type, actors,
// targets and status.
func TestClauseRules(t *testing.T) {
	tests := []eventCase{
		{"contrasted verbs share the subject", "Brazil criticised Argentina but praised Chile.", wantEvent{graph.Support, []string{"BR"}, []string{"CL"}}, graph.Reported, false},
		{"contrast past a comma and an adverb", "Brazil criticised Argentina, but later praised Chile.", wantEvent{graph.Support, []string{"BR"}, []string{"CL"}}, graph.Reported, false},
		{"coordinated passives share the subject", "Iran was praised by Russia and criticised by the United States.", wantEvent{graph.Accuse, []string{"US"}, []string{"IR"}}, graph.Reported, false},
		{"passive after an active verb", "Russia praised Iran and was criticised by the United States.", wantEvent{graph.Accuse, []string{"US"}, []string{"RU"}}, graph.Reported, false},
		{"active verb after a passive", "Iran was criticised by Russia and condemned Israel.", wantEvent{graph.Accuse, []string{"IR"}, []string{"IL"}}, graph.Reported, false},
		{"bare participle continues a passive", "Two Iranian diplomats were seized by American forces and later freed.", wantEvent{graph.Retreat, []string{"US"}, []string{"IR"}}, graph.Reported, false},
		{"irregular participle before a coordinated passive", "A Lebanese farmer was shot and wounded on Sunday by Israeli soldiers.", wantEvent{graph.Assault, []string{"IL"}, []string{"LB"}}, graph.Reported, false},
		{"title before a named apposition", "The Iranian President, Mahmoud Ahmadinejad, condemned Israel.", wantEvent{graph.Accuse, []string{"person/mahmoud-ahmadinejad", "IR"}, []string{"IL"}}, graph.Reported, false},
		{"fronted adverbial and a relative clause", "On Monday, Russia, which has close ties to Iran, condemned Israel.", wantEvent{graph.Accuse, []string{"RU"}, []string{"IL"}}, graph.Reported, false},
		{"fronted phrase and a titled apposition", "In a televised speech, the Venezuelan President, Hugo Chavez, condemned Colombia.", wantEvent{graph.Accuse, []string{"person/hugo-chavez", "VE"}, []string{"CO"}}, graph.Reported, false},
		{"participle after a comma is a reduced passive", "Syria, backed by Iran, condemned Israel.", wantEvent{graph.Support, []string{"IR"}, []string{"SY"}}, graph.Reported, false},
		{"participle right after a name, with its agent, is a reduced passive", "Taiwan backed by the United States condemned China.", wantEvent{graph.Support, []string{"US"}, []string{"TW"}}, graph.Reported, false},
		{"main verb after a reduced passive", "Syria, backed by Iran, condemned Israel.", wantEvent{graph.Accuse, []string{"SY"}, []string{"IL"}}, graph.Reported, false},
		{"main verb after a passive relative clause", "Cuba, which has long been supported by Venezuela, condemned the United States.", wantEvent{graph.Accuse, []string{"CU"}, []string{"US"}}, graph.Reported, false},
		{"coordinated verb after a clause with no trigger", "Brazil published a report on the economy of Cuba and accused Spain of hypocrisy.", wantEvent{graph.Accuse, []string{"BR"}, []string{"ES"}}, graph.Reported, false},
		{"'but to' is no coordinated verb", "Germany criticised France, saying Italy had no choice but to withdraw its troops from Iraq.", wantEvent{graph.Retreat, []string{"IT"}, []string{"IQ"}}, graph.Planned, false},
		{"meeting in an adjunct of a pair's verb", "Peru and Chile signed the accord after a meeting in Lima.", wantEvent{graph.Consult, []string{"PE"}, []string{"CL"}}, graph.Reported, false},
	}
	checkEvents(t, "2006-07-18", tests)
}

// TestClauseRulesLeaveAlone checks sentences where clause structure must
// not lend a verb a subject or object: a subjectless passive, an
// infinitive asked of someone, alternatives joined by "or", a place's
// country and a list of names before a comma.
func TestClauseRulesLeaveAlone(t *testing.T) {
	tests := []struct {
		body   string
		absent wantEvent
	}{
		{"The resolution was welcomed by Israel but condemned by Syria.", wantEvent{graph.Accuse, []string{"SY"}, []string{"IL"}}},
		{"The union called for the interior minister, Anna Berg, to resign.", wantEvent{graph.Retreat, []string{"person/anna-berg"}, nil}},
		{"Zimbabwe left the offer for the opposition to accept or reject.", wantEvent{graph.Reject, []string{"ZW"}, nil}},
		{"The bombing of hotels in Amman, Jordan, attacks claimed by al-Qaeda, shocked the region.", wantEvent{graph.Assault, []string{"JO"}, nil}},
		{"A proposed treaty, negotiated by Kenya, angered Sudan.", wantEvent{graph.Consult, []string{"KE"}, []string{"SD"}}},
		{"A Lebanese army barracks was hit, killing several soldiers.", wantEvent{graph.Assault, []string{"LB"}, nil}},
		{"He plotted to kill Jimmy Carter, Bill Clinton and Pope John Paul II, bombing a nightclub in Kenya.", wantEvent{graph.Assault, []string{"person/bill-clinton"}, nil}},
	}
	for _, tt := range tests {
		ex := extractBody(t, tt.body, "2006-07-18")
		if ev, _ := findEvent(ex, tt.absent); ev != nil {
			t.Errorf("%q: unexpected %s event %v → %v", tt.body, ev.Type, ids(ev.Actors), ids(ev.Targets))
		}
	}
}
