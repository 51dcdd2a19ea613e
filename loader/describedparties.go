package loader

import (
	"slices"

	"github.com/geokg/geokg/graph"
)

// Parties news names by a description once it has named them: an armed
// group by a word of creed or people its name carries or the article
// described it with ("Tamil rebels", "Shiite fighters", "the
// separatists"), and the one government an article named, for "government
// troops" where no state is in reach (forcerefs.go fightingState).
//
// Measured and left out: "government" before a noun of its people that
// acts ("Government diplomats boycotted", "a government spokesman
// accused") resolved to the right state in about 88 % of its uses, but
// the events it added to the two corpora (2) were both wrong.

// descriptionDeterminers open a description set off after a name: "Hezbollah,
// the Shiite militia".
var descriptionDeterminers = map[string]bool{"the": true, "a": true, "an": true}

// onlyNamedGovernment returns the one state whose government bodies (an
// interim government, a ministry) the article has named, or nil when it
// has named none or those of several states: where "the government" has
// no state in reach, the one government of the story is still meant.
func (a *article) onlyNamedGovernment() *graph.Entity {
	var found *graph.Entity
	for _, e := range a.entities {
		if e.Kind != graph.Organization || e.Country == "" || !a.x.gaz.stateOrgans[e.ID] && !isInterimBody(e) {
			continue
		}
		state := a.entities[e.Country]
		if state == nil || found != nil && found != state {
			return nil
		}
		found = state
	}
	return found
}

// describedGroupStems map the capitalised words of creed or people that
// describe an armed group ("Tamil rebels", "Kurdish guerrillas", "Maoist
// fighters") to the stem a word of the group's name carries: the
// Liberation Tigers of Tamil Eelam, the Kurdistan Workers' Party.
var describedGroupStems = map[string]string{
	"tamil": "tamil", "kurdish": "kurd", "chechen": "chechen", "maoist": "maoist", "marxist": "marxist",
	"communist": "communist", "shiite": "shiite", "shia": "shia", "sunni": "sunni", "separatist": "separatist",
}

// describedGroupHeads are the armed nouns such a word may describe; a
// "Kurdish party" or "Tamil group" may be another body.
var describedGroupHeads = map[string]bool{
	"rebels": true, "guerrillas": true, "guerillas": true, "militants": true, "insurgents": true, "separatists": true,
	"fighters": true, "militia": true, "militias": true, "militiamen": true,
}

// describedArmedGroup returns, for namedGroup's one capitalised word
// toks[i] before the armed noun toks[h] ("Tamil rebels"), the one armed
// group the article has named whose name carries that word's stem, or
// nil: the description then names that group, not a new one. Where no
// named group, or several, carry it, the words stay a group of their own.
func (a *article) describedArmedGroup(toks []token, i, h int) *graph.Entity {
	stem := describedGroupStems[toks[i].norm]
	if stem == "" || !describedGroupHeads[toks[h].norm] || len(a.groups.named) == 0 {
		return nil
	}
	return a.creedGroup(stem, nil)
}

// armedIntroducers are the nouns of a group that a description of arms
// opens before its name: "the separatist group ETA", "the militant
// organisation Lashkar-e-Taiba", "the rebel movement SPLA".
var armedIntroducers = map[string]bool{"group": true, "organisation": true, "organization": true, "movement": true, "militia": true}

// introducedAsArmed reports an organisation named right after an armed
// description of it ("the separatist group ETA", "the militant group
// Hamas", "a Shiite militia, the Mahdi Army" is not read): the group bears arms
// whatever its name says.
func introducedAsArmed(toks []token, m mention) bool {
	f := m.first
	return f >= 2 && armedIntroducers[toks[f-1].norm] && !toks[f-1].upper && groupDescriptors[toks[f-2].norm] && !toks[f-2].upper
}

// descriptionReach is how many words before an armed group's name may
// describe it: "Lebanon's Shiite Hezbollah", "the Basque separatist group
// ETA".
const descriptionReach = 4

// noteGroupDescriptions records the words of creed or people that describe
// each armed group as the article names it, before its name ("the Shiite
// militia Hezbollah", "Lebanon's Shiite Hezbollah") or in apposition after
// it ("Hezbollah, the Shiite militia,"), so that "Shiite fighters" may name
// it later though its name does not say so.
func (a *article) noteGroupDescriptions(toks []token, armed []*graph.Entity, ms []mention) {
	for _, m := range ms {
		if m.form == formRef || m.modifier || !slices.Contains(armed, m.ent) {
			continue
		}
		for k := m.first - 1; k >= 0 && k >= m.first-descriptionReach; k-- {
			if toks[k].punct || toks[k].norm == "the" || toks[k].norm == "a" || toks[k].norm == "an" {
				break
			}
			a.noteGroupDescription(m.ent, toks[k].norm)
		}
		if k := m.last + 1; k+2 < len(toks) && toks[k].text == "," && descriptionDeterminers[toks[k+1].norm] {
			for n := k + 2; n < len(toks) && n <= k+1+descriptionReach && !toks[n].punct; n++ {
				a.noteGroupDescription(m.ent, toks[n].norm)
			}
		}
	}
}

// noteGroupDescription records w as describing e when it is a word of
// describedGroupStems.
func (a *article) noteGroupDescription(e *graph.Entity, w string) {
	stem := describedGroupStems[w]
	if stem == "" {
		return
	}
	if a.groups.described == nil {
		a.groups.described = map[*graph.Entity][]string{}
	}
	if !slices.Contains(a.groups.described[e], stem) {
		a.groups.described[e] = append(a.groups.described[e], stem)
	}
}
