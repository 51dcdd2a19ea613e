package loader

import (
	"slices"

	"github.com/geokg/geokg/graph"
)

// This file keeps news media in their place: a medium named as the source
// of a report ("according to Xinhua", "CNN reported", "told Reuters",
// "in an interview with the New York Times", "a tape aired on Al Jazeera")
// is not a party to the event it reports, while a medium that acts
// ("Newsweek apologised", "Thailand banned YouTube", "the spokesman
// criticised Newsweek") is.

// sourceWords stand before a medium that is a report's source: "according
// to", "told", "said to", "an interview with", "aired on", "wrote in",
// "reported by".
var sourceWords = map[string]bool{
	"to": true, "with": true, "on": true, "in": true, "by": true,
	"told": true, "tells": true, "tell": true, "telling": true,
}

// mediaDescriptors may stand between a source word and the medium's name:
// "according to the state-run news agency Xinhua", "told the Qatari
// channel Al Jazeera".
var mediaDescriptors = map[string]bool{
	"the": true, "a": true, "news": true, "agency": true, "newspaper": true, "daily": true, "weekly": true,
	"magazine": true, "channel": true, "network": true, "broadcaster": true, "television": true, "tv": true,
	"radio": true, "station": true, "website": true, "wire": true, "service": true, "official": true,
	"state": true, "run": true, "owned": true, "satellite": true, "pan": true, "arab": true, "news-agency": true,
}

// reportVerbs follow a medium that reports: "Reuters reported that",
// "the New York Times quoted", "KCNA said".
var reportVerbs = map[string]bool{
	"reported": true, "reports": true, "report": true, "reporting": true, "said": true, "says": true,
	"say": true, "quoted": true, "quotes": true, "quoting": true, "cited": true, "cites": true,
	"citing": true, "stated": true, "states": true, "wrote": true, "writes": true, "learned": true,
	"learnt": true, "obtained": true, "broadcast": true, "broadcasts": true, "aired": true, "airs": true,
	"showed": true, "shows": true, "revealed": true, "reveals": true, "added": true, "noted": true,
	"claimed": true, "claims": true, "published": true, "publishes": true, "carried": true, "warned": true,
	"warns": true, "announced": true, "confirmed": true, "interviewed": true,
}

// reportAuxiliaries may stand between a medium and its verb of reporting:
// "Reuters has also reported".
var reportAuxiliaries = map[string]bool{
	"has": true, "had": true, "have": true, "also": true, "earlier": true, "later": true, "first": true,
	"previously": true, "was": true, "is": true, "newspaper": true, "agency": true, "reportedly": true,
	"article": true, "story": true, "correspondent": true, "reporter": true, "reporters": true, ",": true,
}

// forceTypes are acts a medium cannot do itself; a medium read as their
// doer is a misread source ("Haaretz warned of an attack").
var forceTypes = map[graph.EventType]bool{
	graph.Threaten: true, graph.Sanction: true, graph.Mobilize: true, graph.Coerce: true, graph.Assault: true,
}

// dropPressReports removes the candidates found since index from in the
// sentence toks whose actors or targets include a medium named there only
// as a report's source, and those that make a medium do an act of force.
func (a *article) dropPressReports(toks []token, ms []mention, from int) {
	// A medium is a source when every mention of it is: "Newsweek
	// apologised for what a Newsweek report stated" is its own act.
	var sources, actors []*graph.Entity
	for _, m := range ms {
		if !a.x.gaz.press[m.ent.ID] {
			continue
		}
		if a.pressSource(toks, m, ms) {
			sources = append(sources, m.ent)
		} else {
			actors = append(actors, m.ent)
		}
	}
	sources = slices.DeleteFunc(sources, func(e *graph.Entity) bool { return slices.Contains(actors, e) })
	a.dropFound(from, func(c *candidate) bool {
		return slices.ContainsFunc(c.actors, func(e *graph.Entity) bool {
			return slices.Contains(sources, e) || (forceTypes[c.typ] && a.x.gaz.press[e.ID])
		}) || slices.ContainsFunc(c.targets, func(e *graph.Entity) bool { return slices.Contains(sources, e) })
	})
}

// pressSource reports whether the medium m stands as a report's source:
// after a source word, past descriptors and a state's demonym ("according
// to Russian news agency Interfax", "told the BBC", "reports by ITAR-Tass,
// RIA Novosti and Interfax"), or before a verb of reporting ("Reuters
// reports that", "KCNA said", "Interfax, a state-run agency, quotes").
func (a *article) pressSource(toks []token, m mention, ms []mention) bool {
	for k := m.first - 1; k >= 0 && k >= m.first-6; k-- {
		t := toks[k]
		if sourceWords[t.norm] {
			return true
		}
		if quoteMark(t) || mediaDescriptors[t.norm] || t.hyphen || t.norm == "," || t.norm == "and" || a.inMention(ms, k) {
			continue
		}
		break
	}
	for k := m.last + 1; k < len(toks) && k <= m.last+8; k++ {
		t := toks[k]
		if reportVerbs[t.norm] {
			return true
		}
		if quoteMark(t) || reportAuxiliaries[t.norm] || mediaDescriptors[t.norm] || t.hyphen || a.inMention(ms, k) {
			continue
		}
		break
	}
	return false
}

// quoteMark reports a quotation mark or the wiki markup for italics, which
// titles of newspapers often wear: "”Haaretz”".
func quoteMark(t token) bool {
	if !t.punct {
		return false
	}
	switch t.text {
	case "'", "''", "'''", "\"", "\u201c", "\u201d", "\u2018", "\u2019":
		return true
	}
	return false
}

// inMention reports whether token k lies in the mention of a state or of
// another medium: "according to Russian news agency Interfax", "by
// ITAR-Tass and Interfax".
func (a *article) inMention(ms []mention, k int) bool {
	for _, m := range ms {
		if m.first <= k && k <= m.last {
			return m.ent.Kind == graph.Country || a.x.gaz.press[m.ent.ID]
		}
	}
	return false
}
