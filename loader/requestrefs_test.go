package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestRequestReferences checks requests and releases whose other party an
// earlier sentence names, each on sentences made up for the test: the
// exact type, actors, targets and status.
func TestRequestReferences(t *testing.T) {
	tests := []eventCase{
		{"the release asked of whoever seized the people", "Peru seized 12 Chilean fishermen off its coast on Monday. Chile called for the immediate release of the fishermen.",
			wantEvent{graph.Request, []string{"CL"}, []string{"PE"}}, graph.Reported, true},
		{"the return demanded of whoever arrested the person named", "Bolivian police arrested Juan Ortega in La Paz. Chile demanded the return of Juan Ortega.",
			wantEvent{graph.Request, []string{"CL"}, []string{"BO"}}, graph.Reported, false},
		{"a passive infinitive of release", "Peru seized 12 Chilean fishermen off its coast on Monday. Chile has called for them to be released.",
			wantEvent{graph.Request, []string{"CL"}, []string{"PE"}}, graph.Reported, true},
		{"a passive whose subject is he", "Juan Ortega resigned as prime minister on Monday. On Friday, he was asked by President Michelle Bachelet to form a new government.",
			wantEvent{graph.Request, []string{"person/michelle-bachelet"}, []string{"person/juan-ortega"}}, graph.Reported, false},
		{"the holder named after the release", "The United Nations called for the release by Hezbollah of two Israeli soldiers.",
			wantEvent{graph.Request, []string{"org/united-nations"}, []string{"org/hezbollah"}}, graph.Reported, true},
		{"both sides are the parties of the last clash", "Peruvian troops clashed with Ecuadorian troops on the border on Sunday. Brazil urged both sides to withdraw.",
			wantEvent{graph.Request, []string{"BR"}, []string{"PE", "EC"}}, graph.Reported, true},
		{"a passive release by the holder of the last detention", "Peru seized 12 Chilean fishermen off its coast on Monday. The fishermen were released on Friday.",
			wantEvent{graph.Retreat, []string{"PE"}, []string{"CL"}}, graph.Reported, true},
		{"a release from a state's detention", "Juan Ortega was freed from Bolivian custody in May.",
			wantEvent{graph.Retreat, []string{"BO"}, []string{"person/juan-ortega"}}, graph.Reported, false},
	}
	checkEvents(t, "2006-05-03", tests)
	checkRejects(t, []reject{
		{"a discharge from hospital", "Peru seized 12 Chilean fishermen on Monday. The fishermen were released from hospital on Friday.", graph.Retreat},
		{"a release still to come", "Peru seized 12 Chilean fishermen on Monday. The fishermen will be released on Friday.", graph.Retreat},
		{"he inside a clause", "Juan Ortega resigned on Monday. Reporters left when he was asked by police to go.", graph.Request},
		{"a report released", "Peru seized 12 Chilean fishermen on Monday. The report was released on Friday.", graph.Retreat},
	})
}
