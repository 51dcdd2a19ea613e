package loader

import (
	"slices"
	"strings"

	"github.com/geokg/geokg/graph"
)

// Programmes, plans and laws ("the Export Enhancement Program (EEP)",
// "the Marshall Plan", "the Clean Air Act") are what parties run, pass or
// offer, never parties themselves: "an EEP wheat offer to the Soviets" is
// no offer by the EEP, "opposed to EEP wheat" opposes no party. Wire copy
// names a programme by the acronym of its spelled-out name, so the
// acronym is known as one by the name it glosses.

// programmeNameEnds close the name of a programme, plan or law.
var programmeNameEnds = []string{" program", " programme", " plan", " scheme", " initiative", " act", " policy"}

// bodyNameWords name a body, whatever its name closes with: "the
// National Commission on Dairy Policy", "the Institute for Public Policy".
var bodyNameWords = map[string]bool{
	"commission": true, "council": true, "committee": true, "board": true, "bureau": true, "office": true,
	"institute": true, "department": true, "ministry": true, "agency": true, "center": true, "centre": true,
	"association": true, "foundation": true, "authority": true, "group": true,
}

// programmeName reports a name that closes as a programme's does, after a
// word of its own, in either case (wire copy writes "the export
// enhancement program, EEP,"): "Export Enhancement Program", "Common
// Agricultural Policy".
func programmeName(name string) bool {
	for _, w := range strings.Fields(strings.ToLower(name)) {
		if bodyNameWords[w] {
			return false // "the National Commission on Dairy Policy" is a body
		}
	}
	for _, end := range programmeNameEnds {
		if head, ok := strings.CutSuffix(strings.ToLower(name), end); ok {
			words := strings.Fields(head)
			return len(words) > 0 && words[len(words)-1] != "the"
		}
	}
	return false
}

// isProgramme reports an organisation named as a programme: by its own
// name, or as the acronym of one the article spells out. The agencies
// the gazetteer knows keep their names ("World Food Programme", "United
// Nations Development Programme").
func (a *article) isProgramme(e *graph.Entity) bool {
	if e.Kind != graph.Organization || a.x.gaz.orgByID[e.ID] != nil {
		return false
	}
	return programmeName(e.Name) || a.glossed(e.Name, glossedProgramme)
}

// dropProgrammeParties removes, from the candidates the sentence added
// from index from on, programmes named as targets, and the events a
// programme does or that were aimed at programmes only.
func (a *article) dropProgrammeParties(from int) {
	a.dropFound(from, func(c *candidate) bool {
		if slices.ContainsFunc(c.actors, a.isProgramme) {
			return true
		}
		if len(c.targets) == 0 || !slices.ContainsFunc(c.targets, a.isProgramme) {
			return false
		}
		c.targets = slices.DeleteFunc(c.targets, a.isProgramme)
		return len(c.targets) == 0
	})
}
