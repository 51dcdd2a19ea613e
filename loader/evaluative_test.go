package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestEvaluativeStatements checks the frames of evaluative.go, each on a
// sentence made up for the test: the exact type, actors, targets and
// status.
func TestEvaluativeStatements(t *testing.T) {
	tests := []eventCase{
		{"a challenge to the legitimacy of a government", "Peru challenged the legitimacy of the Chilean government.",
			wantEvent{graph.Accuse, []string{"PE"}, []string{"CL"}}, graph.Reported, true},
		{"a party's credibility questioned", "Peru questioned Chile's credibility.",
			wantEvent{graph.Accuse, []string{"PE"}, []string{"CL"}}, graph.Reported, true},
		{"doubt cast on a party's impartiality", "Peru cast doubt on the impartiality of Chile.",
			wantEvent{graph.Accuse, []string{"PE"}, []string{"CL"}}, graph.Reported, true},
		{"blame laid past descriptors of the party", "Chile said the blast bore the hallmarks of Sunni Islamist Hamas.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"org/hamas"}}, graph.Reported, true},
		{"support voiced for a party", "Peru voiced support for Bolivia.",
			wantEvent{graph.Support, []string{"PE"}, []string{"BO"}}, graph.Reported, true},
		{"solidarity expressed with a party", "Chile expressed its solidarity with Bolivia.",
			wantEvent{graph.Support, []string{"CL"}, []string{"BO"}}, graph.Reported, true},
		{"outrage at a party's act", "Peru expressed outrage at Chile's decision to close the border.",
			wantEvent{graph.Accuse, []string{"PE"}, []string{"CL"}}, graph.Reported, true},
	}
	checkEvents(t, "2006-05-03", tests)
	checkRejects(t, []reject{
		{"a negated challenge", "Peru did not question the legitimacy of the Chilean government.", graph.Accuse},
		{"a passive challenge names no challenger", "The legitimacy of the Chilean government was questioned.", graph.Accuse},
		{"a challenge to a thing, not a party's standing", "Peru challenged the ruling of the Chilean court.", graph.Accuse},
		{"no outrage expressed", "Peru expressed no outrage at Chile's decision.", graph.Accuse},
		{"support for a thing no party owns", "Peru voiced support for the ban on cluster bombs.", graph.Support},
	})
}
