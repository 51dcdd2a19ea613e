package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestQuotedAppositionSpeakers checks the speaker of a quotation named
// after it with an apposition before the verb of saying. Each sentence is
// made up for the test.
func TestQuotedAppositionSpeakers(t *testing.T) {
	checkEvents(t, "2009-03-10", []eventCase{
		{"name, title of an organisation, said",
			`"We urge Eritrea to pull its troops back from the border," Lena Hallberg, director of the World Food Programme in Djibouti, said.`,
			wantEvent{graph.Request, []string{"person/lena-hallberg"}, []string{"ER"}}, graph.Reported, false},
		{"name, demonym title, said",
			`"We condemn Armenia for shelling the villages," Elmar Mammadyarov, the Azerbaijani foreign minister, said on Monday.`,
			wantEvent{graph.Accuse, []string{"person/elmar-mammadyarov"}, []string{"AM"}}, graph.Reported, false},
		{"title, name, said",
			`"We call on Serbia to hand over the suspects," the Croatian prime minister, Ivo Sanader, said.`,
			wantEvent{graph.Request, []string{"person/ivo-sanader"}, []string{"RS"}}, graph.Reported, false},
	})
}

// TestQuotedAppositionLeavesOthers checks that the apposition is read only
// after the quotation closes: a name inside the quotation does not speak
// it.
func TestQuotedAppositionLeavesOthers(t *testing.T) {
	body := `"We call on Serbia, Ivo Sanader, to hand over the suspects," an official said.`
	ex := extractBody(t, body, "2009-03-10")
	for _, ev := range ex.Events {
		if ev.Type == graph.Request && len(ev.Actors) > 0 && ev.Actors[0].ID == "person/ivo-sanader" {
			t.Errorf("%q: unexpected %s", body, ev.Label)
		}
	}
}

// TestWrongedPartiesNotAccused checks that a statement coded by its cue
// words does not accuse the party a wrong was done to.
func TestWrongedPartiesNotAccused(t *testing.T) {
	for _, body := range []string{
		`"The murderers of minister Ahmed Karimov are cowards," Juan Ortega said.`,
		`"The rebels made a grave mistake by attacking Chad," Juan Ortega said.`,
		`"We will not tolerate those who persist in destabilising Chad, which is a criminal act," Juan Ortega said.`,
	} {
		ex := extractBody(t, body, "2009-03-10")
		for _, ev := range ex.Events {
			if ev.Type == graph.Accuse {
				t.Errorf("%q: unexpected %s", body, ev.Label)
			}
		}
	}
}
