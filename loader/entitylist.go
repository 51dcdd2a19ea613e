package loader

import (
	"slices"

	"github.com/geokg/geokg/graph"
)

// The article's entity list (ANNOTATION.md: "only entities that take part
// in an event, or whose role the article states") holds the parties and
// places of the events the extractor reads, the people whose role the
// article states, and the places where the meetings it names are held:
// "the talks in Abuja", "the G8 summit in Heiligendamm", "a meeting held
// at Chalkidiki". A meeting is a consultation whether or not the extractor
// reads its parties, and its place is the event's location, which the
// gold lists as an entity.

// sitedMeetingNouns name a meeting whose place a following "in" or "at" phrase
// gives. Occasions for statements ("press conference", "ceremony",
// "forum") are left out: what is said there is mostly no event.
var sitedMeetingNouns = map[string]bool{"summit": true, "meeting": true, "meetings": true, "talks": true, "negotiations": true}

// noteMeetingPlaces records the places that a meeting noun's "in" or "at"
// phrase names ("talks in Geneva", "the summit held at Sharm el-Sheikh"):
// a place or city, or a country by its name ("the summit in Portugal");
// a country's demonym or capital standing for its government is no place.
func (a *article) noteMeetingPlaces(toks []token, ms []mention) {
	for _, m := range ms {
		// "talks in Geneva", "talks in the Sudanese capital Khartoum"
		p := placeBefore(toks, m.first)
		if p < 1 || toks[p].norm != "in" && toks[p].norm != "at" {
			continue
		}
		switch {
		case m.ent.Kind == graph.Location:
		case m.ent.Kind == graph.Country && m.form == formName && (p == m.first-1 || p == m.first-2 && toks[p+1].norm == "the"):
			// "the summit in Portugal", "talks in the Ukraine"; not
			// "negotiations in North America", where a lead word
			// stands before a country's part.
		default:
			continue
		}
		h := p - 1
		if toks[h].norm == "held" && h > 0 {
			h-- // "a summit held at"
		}
		if sitedMeetingNouns[toks[h].norm] {
			a.listPlace(m.ent)
		}
	}
}

// listPlace adds a place where an event happens to the article's entity
// list, once.
func (a *article) listPlace(e *graph.Entity) {
	if !slices.Contains(a.meetingPlaces, e) {
		a.meetingPlaces = append(a.meetingPlaces, e)
	}
}
