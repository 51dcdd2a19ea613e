package loader

import "github.com/geokg/geokg/graph"

// privateBodies are nouns for bodies and people outside the state that a
// country's name or demonym only places: "Japanese newspapers criticised
// China" is the press speaking, not Japan; "the near silence of the U.S.
// mass media" is no reproach of the United States. Unnamed citizens who
// protest stand for their country (the annotation guide says so), and so
// do unions that strike and march and people who suffer an act ("the
// arrest of two French journalists"): only the press and business are
// here.
var privateBodies = map[string]bool{
	"media": true, "press": true, "newspaper": true, "newspapers": true, "tabloid": true, "tabloids": true,
	"daily": true, "dailies": true, "broadcaster": true, "broadcasters": true, "magazine": true, "magazines": true,
	"company": true, "companies": true, "firm": true, "firms": true, "businesses": true, "corporations": true,
}

// verbLikeBodies are private-body nouns that are also verbs or adjectives.
var verbLikeBodies = map[string]bool{"press": true, "firm": true, "daily": true}

// stateQualifiers turn a private noun back into an organ of the state:
// "Chinese state media", "the official press", "government-run newspapers".
var stateQualifiers = map[string]bool{
	"state": true, "official": true, "government": true, "state-run": true, "state-owned": true,
	"government-run": true, "government-owned": true, "state-controlled": true, "party": true,
	"central": true, // "the West German central bank", "Swiss central banks"
}

// qualifiesPrivateBody reports whether the country mention m only
// qualifies a private body named by the noun right after it or after one
// more modifier ("the U.S. mass media", "Spanish daily newspapers").
func qualifiesPrivateBody(toks []token, m mention) bool {
	if m.ent.Kind != graph.Country || toks[m.last].poss {
		return false
	}
	for k := m.last + 1; k < len(toks) && k <= m.last+2; k++ {
		w := toks[k]
		if w.punct || w.upper || stateQualifiers[w.norm] || auxiliaries[w.norm] || toks[k-1].hyphen {
			// "Australia will press on with plans": a verb, not the press
			return false
		}
		if privateBodies[w.norm] {
			// "France press for sanctions", "Japan firm on": after a
			// country's name these are verbs and adjectives.
			return m.form == formDemonym || !verbLikeBodies[w.norm]
		}
	}
	return false
}
