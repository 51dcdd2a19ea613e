package loader

import (
	"slices"

	"github.com/geokg/geokg/graph"
)

// Parties news names by a description once it has named them: a state's
// people named by the word "government" ("Government diplomats
// boycotted the talks", "a government spokesman accused"), which act for
// the state "the government" stands for. references reads "the
// government"; governmentForceReferences reads "government troops"; these
// are the forms they leave.

// governmentAgentNouns are the people and bodies "government" makes a
// state's: "government officials", "a government spokesman", "the
// government delegation".
var governmentAgentNouns = map[string]bool{
	"official": true, "officials": true, "diplomats": true, "diplomat": true, "negotiators": true, "negotiator": true,
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "delegation": true, "delegates": true,
	"ministers": true, "representatives": true, "representative": true, "envoys": true, "envoy": true, "leaders": true,
}

// governmentAgentReferences resolves "government" before a noun of its
// people that acts ("Government diplomats boycotted", "a government
// spokesman accused", "the government delegation walked out") to the
// state "the government" would stand for there (agentState). Only the subject is read: people who are met,
// urged or called on ("called on government officials to explain") are as
// often another state's. The phrase must stand alone: "Iraqi government
// officials" and "Sudan's government spokesman" are their state's already,
// "local government officials" and the "government officials of both
// countries" are not one state's, and the "government officials in Kabul"
// are the capital's state's.
func (a *article) governmentAgentReferences(toks []token, ms []mention, taken []bool) []mention {
	var out []mention
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].norm != "government" || !governmentAgentNouns[toks[i+1].norm] || taken[i] || taken[i+1] {
			continue
		}
		if toks[i].upper && i > 0 || toks[i].poss || toks[i].hyphen || toks[i+1].hyphen || toks[i+1].poss {
			continue
		}
		if !opensSubject(toks, i) {
			continue
		}
		var e *graph.Entity
		switch n := i + 2; {
		case n < len(toks) && (toks[n].norm == "of" || toks[n].norm == "from"):
			continue // "government officials of both countries"
		case n+1 < len(toks) && toks[n].norm == "in":
			if p, _, ok := a.x.gaz.match(toks, n+1); ok && p.form == formCapital {
				e = a.entity(p.entity) // "government officials in Kabul"
			}
			if e == nil || !actsNext(toks, n+2) {
				continue
			}
		default:
			if !actsNext(toks, n) {
				continue
			}
			e = a.agentState(ms, i)
		}
		if e == nil {
			continue
		}
		out = append(out, mention{first: i, last: i + 1, ent: e, form: formRef})
	}
	return out
}

// opensSubject reports whether the noun phrase whose head word's
// qualifier is toks[i] opens a clause: it begins the sentence or follows a
// comma or a clause opener ("when", "after"; not "and", which as often
// joins it to another subject: "Mikati and government leaders"), with at most a determiner or "top" or
// "senior" before it ("Top government officials", ", a government
// spokesman accused"), and nothing qualifies it ("local government",
// "Iraqi government", "anti-government").
func opensSubject(toks []token, i int) bool {
	k := i
	if k > 0 && subjectDeterminers[toks[k-1].norm] && !toks[k-1].hyphen {
		k--
	}
	if k > 0 && (toks[k-1].norm == "senior" || toks[k-1].norm == "top") {
		k--
	}
	if k > 0 && subjectDeterminers[toks[k-1].norm] && !toks[k-1].hyphen {
		k--
	}
	if k == 0 {
		return true
	}
	p := toks[k-1]
	return p.punct && p.norm == "," || clauseOpeners[p.norm] && !p.upper
}

// subjectDeterminers may open the subject before "government": "the
// government delegation", "a government spokesman".
var subjectDeterminers = map[string]bool{"the": true, "a": true, "an": true}

// agentState picks the state whose government's people act at token i:
// the state "the government" would stand for there (stateReferent), else,
// where the sentence names no state before it, the one state whose
// government the article has named ("Somalia's interim government", a
// ministry).
func (a *article) agentState(ms []mention, i int) *graph.Entity {
	if e := a.stateReferent(ms, i); e != nil {
		return e
	}
	if slices.ContainsFunc(ms, func(m mention) bool { return m.first < i && m.ent.Kind == graph.Country && !m.place }) {
		return nil // several states before it, none the article's
	}
	return a.onlyNamedGovernment()
}

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
		if k := m.last + 1; k+2 < len(toks) && toks[k].text == "," && subjectDeterminers[toks[k+1].norm] {
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
