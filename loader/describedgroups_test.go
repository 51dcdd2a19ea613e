package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestDescribedGroupObjects checks that a group named after a description
// of it is the verb's object, not the state a demonym in the description
// names, however many words the description holds.
func TestDescribedGroupObjects(t *testing.T) {
	checkEvents(t, "2008-05-20", []eventCase{
		{"a demonym before the group noun", "Israel accused the Lebanese militant group Hezbollah of the attack.",
			wantEvent{graph.Accuse, []string{"IL"}, []string{"org/hezbollah"}}, graph.Reported, true},
		{"a long description", "Spain blamed the Basque separatist group ETA for the attack.",
			wantEvent{graph.Accuse, []string{"ES"}, []string{"org/eta"}}, graph.Reported, true},
		{"the group noun before a name with the", "Sri Lanka blamed the separatist rebel group the Liberation Tigers of Tamil Eelam for the bombing.",
			wantEvent{graph.Accuse, []string{"LK"}, []string{"org/liberation-tigers-of-tamil-eelam"}}, graph.Reported, true},
		{"an organisation described", "Russia criticised the human rights organisation Amnesty International on Monday.",
			wantEvent{graph.Accuse, []string{"RU"}, []string{"org/amnesty-international"}}, graph.Reported, true},
		{"a demonym with no group noun after it is the state", "Israel accused the Lebanese government of lying.",
			wantEvent{graph.Accuse, []string{"IL"}, []string{"LB"}}, graph.Reported, true},
	})
}

// TestDescribedGroupObjectsLeaveOthers checks that a descriptor noun with
// no name right after it lets no later name become the object.
func TestDescribedGroupObjectsLeaveOthers(t *testing.T) {
	checkNoEvents(t, "2008-05-20", []graph.EventType{graph.Accuse},
		"Spain accused the separatist group of ties to Hamas.",
		"Spain accused the separatist group, which France supports, of the killings.",
	)
}
