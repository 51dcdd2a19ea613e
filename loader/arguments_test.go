package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestArgumentForms checks the forms arguments.go lets the general rules
// read, each on a sentence made up for the test: a possessive set off by a
// space, -ing forms of praise, rejection and condemnation, progressives
// whose later "by" is no passive agent, and "the government of X" held
// responsible.
func TestArgumentForms(t *testing.T) {
	checkEvents(t, "2008-03-12", []eventCase{
		{"possessive after a space", "Russia 's air strike on Georgia killed five soldiers.",
			wantEvent{graph.Assault, []string{"RU"}, []string{"GE"}}, graph.Reported, true},
		{"progressive rejection", "The Canadian government is opposing the United States on the missile plan.",
			wantEvent{graph.Reject, []string{"CA"}, []string{"US"}}, graph.Reported, true},
		{"participle adjunct of praise", "Chile issued a statement congratulating Peru on its peaceful election.",
			wantEvent{graph.Support, []string{"CL"}, []string{"PE"}}, graph.Reported, true},
		{"progressive is no passive", "Japan is rebuffing a proposal drafted by China.",
			wantEvent{graph.Reject, []string{"JP"}, []string{"CN"}}, graph.Reported, true},
		{"progressive condemnation", "Ghana is lambasting Togo over the border closure.",
			wantEvent{graph.Accuse, []string{"GH"}, []string{"TG"}}, graph.Reported, true},
		{"holding a government responsible", "Thai officials said they were holding the government of Cambodia responsible for the clash.",
			wantEvent{graph.Accuse, []string{"TH"}, []string{"KH"}}, graph.Reported, true},
		{"authorities in a state held responsible", "Thailand holds the authorities in Cambodia responsible for the clash.",
			wantEvent{graph.Accuse, []string{"TH"}, []string{"KH"}}, graph.Reported, true},
		{"pressure placed on a party", "The EU had been placing pressure on the African Union to act against Zimbabwe.",
			wantEvent{graph.Request, []string{"org/european-union"}, []string{"org/african-union"}}, graph.Reported, true},
	})
}

// TestArgumentFormsLeaveGerunds checks that an -ing form opening a clause
// names an act spoken of, and that a passive stays a passive.
func TestArgumentFormsLeaveGerunds(t *testing.T) {
	checkNoEvents(t, "2008-03-12", []graph.EventType{graph.Support, graph.Mobilize, graph.Accuse},
		"Serbia warned Croatia that recognizing Kosovo would harm their ties.",
		"Iran said that deploying troops near the border was a mistake.",
		"Syria was held responsible for the attack.",
	)
}

// TestObjectOfParticipleIsNoVerb checks that a verb form right after a
// participle is read as that participle's object: the support pledged
// after the comma is not a verb whose subject is the country just visited.
func TestObjectOfParticipleIsNoVerb(t *testing.T) {
	checkNoEvents(t, "2008-03-12", []graph.EventType{graph.Support},
		"The envoy visited Poland on Monday, pledging support for Ukraine.",
		"China is courting support from Venezuela.",
	)
}
