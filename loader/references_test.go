package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestReferencesTheme checks the references theme's rules, each on a
// sentence made up for the test: the exact type, actors, targets and status.
func TestReferencesTheme(t *testing.T) {
	checkEvents(t, "2006-07-18", []eventCase{
		{"the council after the Security Council", "Chile wrote to the UN Security Council in May. On Monday Peru criticised the council for its silence.",
			wantEvent{graph.Accuse, []string{"PE"}, []string{"org/united-nations-security-council"}}, graph.Reported, true},
		{"the bloc after ASEAN", "Thailand hosted an ASEAN summit in May. Burma rejected the bloc's demands on Friday.",
			wantEvent{graph.Reject, []string{"MM"}, []string{"org/association-of-southeast-asian-nations"}}, graph.Reported, true},
		{"his country: the state of the person named before", "Rafael Correa, the President of Ecuador, met reporters in Quito. He said his country had accused Colombia of violating its border.",
			wantEvent{graph.Accuse, []string{"EC"}, []string{"CO"}}, graph.Reported, true},
		{"the provisional government after the state's interim government", "Islamist fighters advanced on Somalia's weak interim government in May. Kenya has openly backed the provisional government since then.",
			wantEvent{graph.Support, []string{"KE"}, []string{"org/transitional-federal-government"}}, graph.Reported, true},
		{"the Islamist militants after the one armed group", "Hamas fired rockets at Sderot on Monday. Egypt criticised the Islamist militants on Tuesday.",
			wantEvent{graph.Accuse, []string{"EG"}, []string{"org/hamas"}}, graph.Reported, true},
		{"the militia after the one armed group", "Hezbollah fired rockets at Haifa on Monday. Israel bombed the militia on Tuesday.",
			wantEvent{graph.Assault, []string{"IL"}, []string{"org/hezbollah"}}, graph.Reported, true},
	})
}

// TestReferenceLeftAlone checks that a head noun two named bodies fit
// stays unresolved.
func TestReferenceLeftAlone(t *testing.T) {
	ex := extractBody(t, "The Council of Europe and the UN Security Council met in May. Peru criticised the council on Monday.", "2006-07-18")
	for _, ev := range ex.Events {
		for _, e := range ev.Targets {
			if e.Name == "United Nations Security Council" && ev.Type == graph.Accuse {
				t.Errorf("the council resolved with two councils named: %v", ev.Label)
			}
		}
	}
}
