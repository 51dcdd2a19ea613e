package loader

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// The commonest verbs of force, "strike" and "hit", with a plain object:
// "Israel struck Hezbollah positions in southern Lebanon", "the army hit
// rebel bases". Both verbs are as common in other senses ("struck a deal",
// "an earthquake struck Pakistan", "the crisis hit exporters", "hit China
// with tariffs"), so the lexicon's strike rule needs a cue of air power or
// a preposition. This file reads them without one when the frame itself
// is one of force: a party or armed force as subject, and as object a
// party or a military target owned by one.

// forceVerbsLexicon holds the verbs of this file. It goes last: the
// narrower readings ("struck a deal", "hit out at", "targeted by
// warplanes") are tried first.
var forceVerbsLexicon = []lexEntry{
	{verbs: "strike strikes struck hit hits", rule: eventRule{name: "strike-party", typ: graph.Assault, mode: "strike", direct: true}},
}

// strikeTargets are what a party's forces strike: its positions, bases,
// fighters and the like ("Hezbollah positions", "Lebanese villages").
var strikeTargets = map[string]bool{
	"position": true, "positions": true, "target": true, "targets": true, "base": true, "bases": true, "post": true, "posts": true,
	"outpost": true, "outposts": true, "stronghold": true, "strongholds": true, "camp": true, "camps": true, "convoy": true, "convoys": true,
	"headquarters": true, "hideout": true, "hideouts": true, "bunker": true, "bunkers": true, "launcher": true, "launchers": true,
	"installation": true, "installations": true, "facilities": true, "sites": true, "airfield": true, "airfields": true, "airbase": true,
	"fighters": true, "militants": true, "rebels": true, "insurgents": true, "guerrillas": true, "troops": true, "forces": true, "soldiers": true,
	"army": true, "militia": true, "militias": true, "ships": true, "warships": true, "vessels": true, "boats": true, "tanks": true,
	"villages": true, "village": true, "towns": true, "town": true, "capital": true, "bridges": true, "airport": true, "infrastructure": true,
	"embassy": true, "building": true, "buildings": true, "bureau": true, "office": true, "offices": true, "port": true, "ports": true,
	"platform": true, "platforms": true, "refinery": true, "refineries": true, "oilfields": true, "tanker": true, "tankers": true,
}

// strikeCounts count the targets struck: "struck 150 targets", "hit
// several Hamas positions".
var strikeCounts = map[string]bool{"about": true, "some": true, "several": true, "dozens": true, "scores": true, "hundreds": true, "numerous": true, "more": true, "than": true}

// strikeSubjectNouns are the unnamed forces that strike ("Israeli troops
// hit", "the army struck"); the lexicon finds the party they belong to.
var strikeSubjectNouns = map[string]bool{"army": true, "military": true, "navy": true, "artillery": true, "militia": true}

// tradeMeasures, after "with", make "hit" an economic blow: "hit Japan
// with tariffs".
var tradeMeasures = map[string]bool{
	"sanctions": true, "tariffs": true, "tariff": true, "duties": true, "duty": true, "taxes": true, "tax": true, "levies": true, "lawsuit": true,
	"suit": true, "fine": true, "fines": true, "penalties": true, "charges": true, "ban": true, "embargo": true, "restrictions": true, "quotas": true,
}

// disasterNames open the name of a storm or quake ("Hurricane Katrina
// struck"): the name is no party.
var disasterNames = map[string]bool{"hurricane": true, "typhoon": true, "cyclone": true, "storm": true, "tornado": true}

// struckParty reports whether the verb of striking at t has a party or an
// armed force as subject and a party or its military target as object:
// "Israel struck Hezbollah", "Israeli troops hit Lebanese positions",
// "the army struck its positions". A storm, market or price as subject,
// a deal or blow as object, or "with tariffs" after it is no attack.
func (v *sentenceView) struckParty(t int) bool {
	if v.passiveStrike(t) {
		return true
	}
	return v.strikingSubject(t) && v.struckObject(t)
}

// passiveStrike reports the passive of striking with a party as agent and
// a party or its target as subject: "Hezbollah positions were struck by
// Israel", "Lebanon was hit by Israel". "Was hit by an earthquake" names
// no party.
func (v *sentenceView) passiveStrike(t int) bool {
	toks := v.toks
	j := t - 1
	for j >= 0 && auxiliaries[toks[j].norm] && !beForms[toks[j].norm] {
		j--
	}
	if j < 1 || !beForms[toks[j].norm] || t+2 >= len(toks) || toks[t+1].norm != "by" {
		return false
	}
	for j >= 1 && (beForms[toks[j].norm] || auxiliaries[toks[j].norm]) {
		j-- // "had been hit", "were repeatedly struck"
	}
	if n := v.at[j]; n < 0 || !usable(v.ms[n]) || v.ms[n].ent.Kind == graph.Person {
		if n >= 0 || !strikeTargets[toks[j].norm] {
			return false
		}
	}
	k := t + 2
	if toks[k].norm == "the" {
		k++
	}
	if k >= len(toks) || v.at[k] < 0 {
		return false
	}
	m := v.ms[v.at[k]]
	if !usable(m) || toks[m.last].poss || (m.ent.Kind != graph.Country && m.ent.Kind != graph.Organization) {
		return false
	}
	if e := m.last + 1; e < len(toks) && armedForce(toks[e].norm) {
		return true // "was hit by US forces"
	}
	return m.form != formDemonym && (m.last+1 >= len(toks) || objectBoundary(toks[m.last+1]))
}

// armedForce reports a noun for an armed force: "troops", "army", "jets".
func armedForce(w string) bool {
	_, force := forceModes[w]
	return force || armedCollectives[w] || strikeSubjectNouns[w]
}

// strikingSubject reports a party (a state or organisation named just
// before the verb, over auxiliaries) or an armed force as the subject of
// the verb at t.
func (v *sentenceView) strikingSubject(t int) bool {
	toks := v.toks
	j := activeSubjectEnd(toks, skipTimeAdverbs(toks, t-1)+1) // "Israel yesterday struck", "had struck"
	if j < 0 || beForms[toks[j].norm] || toks[j].norm == "to" {
		return false // "was hit" (a passive), "to strike" (an aim)
	}
	if n := v.at[j]; n >= 0 {
		m := v.ms[n]
		if !usable(m) || m.form == formDemonym || m.last != j || (m.ent.Kind != graph.Country && m.ent.Kind != graph.Organization) || v.prepositionObject(n) {
			return false
		}
		return m.first == 0 || !disasterNames[toks[m.first-1].norm]
	}
	w := toks[j].norm
	return armedForce(w) || w == "it" || w == "they"
}

// struckObject reports a party or its military target as the object of
// the verb at t: a state or organisation ("struck Hezbollah", "hit the
// United States"), a party's target ("Hezbollah positions", "Lebanese
// villages", "its bases") or a target and its owner ("the positions of
// Hezbollah").
func (v *sentenceView) struckObject(t int) bool {
	toks := v.toks
	k := t + 1
	if k >= len(toks) {
		return false
	}
	det := toks[k].norm
	if objectDeterminers[det] {
		k++
	}
	counted := false
	for k < len(toks) && k <= t+4 && (toks[k].digit || strikeCounts[toks[k].norm] || memberCounts[toks[k].norm]) {
		k++ // "hit two ships", "struck about 150 targets"
		counted = true
	}
	if k >= len(toks) || v.tradeBlow(k) {
		return false
	}
	if n := v.at[k]; n >= 0 {
		m := v.ms[n]
		if !usable(m) || m.ent.Kind == graph.Person {
			return false
		}
		e := m.last + 1
		if e < len(toks) && toks[e].poss {
			e++ // "Hezbollah's positions"
		}
		if ownedTarget(toks, e) {
			return true
		}
		if m.form == formDemonym || det == "a" || det == "an" {
			return false // "struck Lebanese", "hit a Japanese exporter": no target named
		}
		return e >= len(toks) || objectBoundary(toks[e])
	}
	if !strikeTargets[toks[k].norm] || det == "a" || det == "an" || det == toks[k].norm {
		return false
	}
	if det == "its" || det == "their" || counted {
		return true // "struck its positions": the owner is found as for any object
	}
	// "the positions of Hezbollah".
	return det == "the" && k+2 < len(toks) && toks[k+1].norm == "of" && v.at[k+2] >= 0 && usable(v.ms[v.at[k+2]]) && v.ms[v.at[k+2]].ent.Kind != graph.Person
}

// ownedTarget reports a military target at e, perhaps after one modifier:
// "positions", "military positions", "rocket launchers".
func ownedTarget(toks []token, e int) bool {
	if e < len(toks) && strikeTargets[toks[e].norm] {
		return true
	}
	return e+1 < len(toks) && !toks[e].punct && !toks[e].upper && strikeTargets[toks[e+1].norm]
}

// objectBoundary reports whether u ends a named object: punctuation, a
// preposition, a conjunction, a participle ("killing"), a time word. A
// noun after the name makes the name its modifier ("hit US exporters").
func objectBoundary(u token) bool {
	if u.punct || prepositions[u.norm] || clauseWords[u.norm] || timeAdverbs[u.norm] || u.upper {
		return true
	}
	switch u.norm {
	case "near", "inside", "across", "along", "overnight", "again", "early", "late", "last", "this", "as", "when", "during", "since", "until":
		return true
	}
	return strings.HasSuffix(u.norm, "ing") && len(u.norm) > 5
}

// tradeBlow reports "with" and an economic measure in the few words from
// k: "hit Japan with tariffs", "struck the firm with a lawsuit".
func (v *sentenceView) tradeBlow(k int) bool {
	toks := v.toks
	for j := k; j < len(toks) && j <= k+6; j++ {
		if toks[j].norm != "with" {
			continue
		}
		for i := j + 1; i < len(toks) && i <= j+4; i++ {
			if tradeMeasures[toks[i].norm] {
				return true
			}
		}
	}
	return false
}

// forcesOwner returns the party that owns the armed force at j through a
// possessive pronoun ("India said its troops shelled Pakistani posts":
// India), or -1.
func (v *sentenceView) forcesOwner(j int) int {
	if j < 1 || !armedCollectives[v.toks[j].norm] || possessivePronouns[v.toks[j-1].norm] != graph.Country {
		return -1
	}
	return v.pronounOwner(j - 1)
}

// namedEntry reports a force's verb of entry at t whose object is a named
// place: "Israeli troops entered Lebanon", "Russian troops crossed into
// Georgia". "Enter" takes the name as its object; "cross" takes it after
// "into" ("crossed Georgia" is a journey through it). The caller checks
// that an armed force, not a leader, is the subject: "Putin entered
// Georgia" is a visit.
func namedEntry(toks []token, t int) bool {
	k := t + 1
	if !strings.HasPrefix(toks[t].norm, "enter") {
		if k >= len(toks) || toks[k].norm != "into" || !strings.HasPrefix(toks[t].norm, "cross") {
			return false
		}
		k++
	}
	if k < len(toks) && (toks[k].norm == "the" || regionWords[toks[k].norm]) {
		k++ // "entered northern Iraq", "crossed into the Gaza Strip"
	}
	return k < len(toks) && toks[k].upper && !toks[k].punct && !toks[k].digit
}

// regionWords name a part of the state a force enters.
var regionWords = map[string]bool{
	"northern": true, "southern": true, "eastern": true, "western": true, "central": true,
	"north": true, "south": true, "east": true, "west": true, "neighbouring": true, "neighboring": true,
}

// civilianCraft are the craft of no armed force: "fishing boats entered
// Japanese waters" is no incursion.
var civilianCraft = map[string]bool{"fishing": true, "cargo": true, "merchant": true, "passenger": true, "refugee": true, "migrant": true, "tourist": true, "civilian": true, "pleasure": true, "rubber": true}

// armedCraft reports whether the force noun at k is armed: not "fishing
// boats" or "cargo ships".
func armedCraft(toks []token, k int) bool {
	return k == 0 || !civilianCraft[toks[k-1].norm]
}

// territoryAfter reports a noun for a state's ground, sea or air in the
// few words after the verb at t, within its clause: "entered Japanese
// territorial waters", "crossed the border".
func territoryAfter(toks []token, t int) bool {
	for k := t + 1; k < len(toks) && k <= t+5; k++ {
		if toks[k].punct && !toks[k].hyphen && toks[k].text != "'" {
			return false
		}
		if territoryNouns[toks[k].norm] {
			return true
		}
	}
	return false
}

// stateIncursion reports a verb of entry at t with a name as subject and
// a state's territory as object: "Israel entered Lebanese territory",
// "Russia violated Georgian airspace". forceVerbFrame checks that the
// name is a state's: a leader's plane entering airspace is a journey.
func stateIncursion(toks []token, t int) bool {
	j := activeSubjectEnd(toks, t)
	return j >= 0 && toks[j].upper && !toks[j].punct && territoryAfter(toks, t)
}

// activeSubjectEnd returns the index of the word before the verb at t over
// auxiliaries and adverbs ("had struck", "reportedly hit"), or -1. A
// passive ("was hit") or an aim ("to strike") stops there: the be-form or
// "to" is returned, and no subject reads from it.
func activeSubjectEnd(toks []token, t int) int {
	j := t - 1
	for j >= 0 && auxiliaries[toks[j].norm] && !beForms[toks[j].norm] && toks[j].norm != "to" {
		j--
	}
	return j
}

// forceVerbFrame checks the frames of this file the lexicon's token tests
// cannot: that the subject and object of "struck" are parties, and that
// the named subject of an incursion without a force noun is a state.
func (v *sentenceView) forceVerbFrame(t int, rule string, noun bool) bool {
	switch {
	case rule == "strike-party":
		return v.struckParty(t)
	case rule == "incursion" && !noun && !incursion(v.toks, t):
		j := activeSubjectEnd(v.toks, t)
		if j < 0 {
			return false
		}
		n := v.at[j]
		return n >= 0 && usable(v.ms[n]) && v.ms[n].form != formDemonym && v.ms[n].last == j && v.ms[n].ent.Kind == graph.Country && !v.prepositionObject(n)
	}
	return true
}

// prepositionObject reports a mention governed by a preposition ("the
// occupation of Iraq", "in the United States"): not the subject of the
// verb after it.
func (v *sentenceView) prepositionObject(n int) bool {
	k := v.ms[n].first - 1
	if k >= 0 && v.toks[k].norm == "the" {
		k--
	}
	return k >= 0 && prepositions[v.toks[k].norm]
}
