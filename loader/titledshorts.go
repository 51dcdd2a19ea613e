package loader

import "github.com/geokg/geokg/graph"

// A person first named by a head-of-state title and a short name ("Prime
// Minister Zapatero", "President Chen"), whom titledShortName resolves as
// the one holder of that title, is named by the short name alone from then
// on: "Zapatero condemned ETA's move" two sentences later is the same man.
// accept unlocks a person's short forms only after a full name, so such an
// article named its main actor once and lost him in every later sentence,
// where news most often tells what he did.

// noteTitledShort makes the short name of the titled mention c, accepted
// as m, stand for the same person later in the article, unless the short
// name already stands for someone.
func (a *article) noteTitledShort(c candidateMention, m mention) {
	if !c.titled || m.ent.Kind != graph.Person {
		return
	}
	if key := nameKey(c.surface); a.shorts[key] == nil {
		a.shorts[key] = m.ent
	}
}
