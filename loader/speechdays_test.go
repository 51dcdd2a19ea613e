package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestSpokenDays checks that a speaker's verbal act a sentence or two
// after the sentence dating his statement takes that day, and that a
// background tense, another speaker, a cue inside what is said and a date
// between leave it undated (published 2006-04-11, a Tuesday).
func TestSpokenDays(t *testing.T) {
	quispeChile := wantEvent{graph.Accuse, []string{"person/ana-rosa-quispe", "PE"}, []string{"CL"}}
	tests := []statusDateCase{
		{"dated statement, quotation, then the act",
			`Peruvian Foreign Minister Ana Rosa Quispe told reporters on Monday that the border talks had failed. "We cannot accept this," she said. Quispe also criticised Chile for its fishing policy.`,
			quispeChile, graph.Reported, "2006-04-10"},
		{"the day opens the sentence of the statement",
			"In a radio interview on Sunday, Peruvian Foreign Minister Ana Rosa Quispe said the border talks were over. Quispe condemned Chile for its fishing policy.",
			quispeChile, graph.Reported, "2006-04-09"},
		{"the day in the opening phrase, no comma",
			"During a visit to Lima on Sunday Peruvian Foreign Minister Ana Rosa Quispe announced that the border talks were over. She also condemned Chile for its fishing policy.",
			quispeChile, graph.Reported, "2006-04-09"},
		{"a dated act of the speaker, then a quotation",
			`Peruvian Foreign Minister Ana Rosa Quispe on Monday accused Bolivia of smuggling. "We have the proof," she said. Quispe also condemned Chile for its fishing policy.`,
			quispeChile, graph.Reported, "2006-04-10"},
		// Contrasts.
		{"a background tense",
			"Peruvian Foreign Minister Ana Rosa Quispe told reporters on Monday that the border talks had failed. Quispe has often criticised Chile for its fishing policy.",
			quispeChile, graph.Reported, ""},
		{"the state spoke, not the minister",
			"Peru said on Monday that the border talks had failed. Peruvian Foreign Minister Ana Rosa Quispe condemned Chile for its fishing policy.",
			quispeChile, graph.Reported, ""},
		{"another speaker",
			"Chilean Foreign Minister Marco Rojas said on Monday that the border talks had failed. Peruvian Foreign Minister Ana Rosa Quispe condemned Chile for its fishing policy.",
			quispeChile, graph.Reported, ""},
		{"the day is in what is said",
			"The border talks collapsed after a clash on Friday, Peruvian Foreign Minister Ana Rosa Quispe said. Quispe condemned Chile for its fishing policy.",
			quispeChile, graph.Reported, ""},
		{"a date between",
			"Peruvian Foreign Minister Ana Rosa Quispe said on Monday that the border talks had failed. The border was closed in 2004. Quispe condemned Chile for its fishing policy.",
			quispeChile, graph.Reported, ""},
	}
	checkStatusDates(t, "2006-04-11", tests)
}
