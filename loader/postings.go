package loader

import (
	"slices"
	"strings"

	"github.com/geokg/geokg/graph"
)

// This file reads a state's missions abroad: an ambassador, envoy or
// embassy named with the state it is posted in ("the Dominican ambassador
// in Haiti") acts for the state that sent it, and a crowd at an embassy
// ("marched to the Israeli consulate demanding") is not that state acting.

// postingHeads are nouns for a state's mission abroad. The state named
// after them with "in" or "to" is where the mission sits, not whose it is:
// "the Dominican ambassador in Haiti demanded", "Israel's envoy to Egypt
// criticised".
var postingHeads = map[string]bool{
	"ambassador": true, "ambassadors": true, "envoy": true, "envoys": true, "embassy": true, "embassies": true,
	"consul": true, "consuls": true, "consulate": true, "consulates": true, "diplomat": true, "diplomats": true,
	"emissary": true, "charge": true, "legation": true,
}

// postingAttributes may stand between a demonym and its posting noun:
// "the Russian special envoy", "Germany's new ambassador".
var postingAttributes = map[string]bool{
	"special": true, "new": true, "top": true, "former": true, "outgoing": true, "deputy": true, "senior": true,
	"chief": true, "acting": true, "d'affaires": true,
}

// postingHost reports whether mention n names the state a mission is
// posted in or to ("ambassador in Haiti", "the embassy to Egypt"), and if
// so gives the mission's owner: the state or body named before the
// posting noun ("the Dominican ambassador in Haiti", "Israel's envoy to
// Egypt"), or nil when none is named ("the ambassador in Haiti").
func (v *sentenceView) postingHost(n int) (owner *graph.Entity, ok bool) {
	k := v.ms[n].first - 1
	if k >= 0 && v.toks[k].norm == "the" {
		k--
	}
	if k < 1 || (v.toks[k].norm != "in" && v.toks[k].norm != "to") {
		return nil, false
	}
	h := k - 1
	if !postingHeads[v.toks[h].norm] || v.at[h] >= 0 {
		return nil, false // "Ambassador to China Anami Koreshige" is one name
	}
	for k = h - 1; k >= 0 && k >= h-3; k-- {
		if p := v.at[k]; p >= 0 {
			if v.ms[p].ent.Kind == graph.Person {
				return nil, true // "Bush's envoy in Iraq": the person is not named as acting
			}
			return v.ms[p].ent, true
		}
		if !postingAttributes[v.toks[k].norm] {
			break
		}
	}
	return nil, true
}

// postedIn reports whether mention n names the state a mission is posted
// in or to (see postingHost).
func (v *sentenceView) postedIn(n int) bool {
	_, ok := v.postingHost(n)
	return ok
}

// crowdAtEmbassy reports an event read at the participle t whose actor is
// the owner of the embassy the participle's crowd stands at or goes to:
// "marched to the Israeli Consulate demanding an end to", "gathered
// outside the US embassy in Seoul, calling for". The crowd acts, not the
// state whose mission it faces.
func (v *sentenceView) crowdAtEmbassy(t int, c *candidate) bool {
	toks := v.toks
	if !strings.HasSuffix(toks[t].norm, "ing") || len(c.actors) == 0 {
		return false
	}
	for k := t - 1; k >= 2 && k >= t-8; k-- {
		if n := v.at[k]; n >= 0 {
			if !v.ms[n].place {
				return false // "the US embassy in Seoul": only a place may follow the mission
			}
			k = v.ms[n].first
			continue
		}
		if toks[k].punct && toks[k].text != "," {
			return false
		}
		if !embassyNouns[toks[k].norm] {
			continue
		}
		n := v.at[k-1]
		if n < 0 || !slices.Contains(c.actors, v.ms[n].ent) {
			return false
		}
		j := v.ms[n].first - 1
		if j >= 0 && objectDeterminers[toks[j].norm] {
			j--
		}
		return j >= 1 && (venuePrepositions[toks[j].norm] || toks[j].norm == "of" && toks[j-1].norm == "front")
	}
	return false
}
