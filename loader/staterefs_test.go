package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestMoreStateReferences checks "the junta", "the Government" and "the
// country" as parties, each on a sentence made up for the test.
func TestMoreStateReferences(t *testing.T) {
	checkEvents(t, "2007-06-12", []eventCase{
		{"the junta after the state named in the previous sentence", "Monks marched through Rangoon in Burma on Monday. On Tuesday the junta arrested the monk Ashin Gambira.",
			wantEvent{graph.Coerce, []string{"MM"}, []string{"person/ashin-gambira"}}, graph.Reported, true},
		{"the capitalised Government after the state named in the previous sentence", "Fiji's opposition met on Monday. On Tuesday the Government rejected the demands of Australia.",
			wantEvent{graph.Reject, []string{"FJ"}, []string{"AU"}}, graph.Reported, true},
		{"the country after the state named in the sentence", "North Korea said on Monday that the country would expel the inspectors of the IAEA.",
			wantEvent{graph.Sanction, []string{"KP"}, []string{"org/international-atomic-energy-agency"}}, graph.Planned, true},
	})
}

// TestMoreStateReferencesLeftAlone checks that "the country" stays
// unresolved as a place, as a person's own state, or when the sentence
// names two states before it.
func TestMoreStateReferencesLeftAlone(t *testing.T) {
	for _, body := range []string{
		"Russian forces entered Georgia on Monday and bombed targets in the country.",
		"US envoy John Negroponte visited the country on Monday.",
		"Japan and China met on Monday; the country urged Korea to join the talks.",
	} {
		ex := extractBody(t, body, "2008-08-12")
		for _, ev := range ex.Events {
			for _, p := range append(append([]*graph.Entity{}, ev.Actors...), ev.Targets...) {
				if (p.Name == "Georgia" && ev.Type == graph.Assault && len(ev.Actors) > 0 && ev.Actors[0].Name == "Georgia") ||
					(p.Name == "United States" && ev.Type == graph.Consult && len(ev.Targets) > 0 && ev.Targets[0].Name == "United States") ||
					(ev.Type == graph.Request && len(ev.Actors) > 0 && (ev.Actors[0].Name == "Japan" || ev.Actors[0].Name == "China")) {
					t.Errorf("%q: the country resolved: %v", body, ev.Label)
				}
			}
		}
	}
}
