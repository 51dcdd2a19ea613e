package loader

import (
	"slices"

	"github.com/geokg/geokg/graph"
)

// References to the parties of force that news names by description once
// it has named them: the armed group as "militants" with no article ("when
// militants ambushed a convoy") or as the adjective of an attack ("rebel
// attacks"), and a state's forces as "government forces" ("attacks on
// government troops"). groupReferences reads "the rebels"; forceReferences
// reads "the army"; these are the forms they leave.

// clauseConjunctions add to clauseOpeners the conjunctions after which a bare
// plural opens a clause as its subject: "and militants ambushed".
var clauseConjunctions = map[string]bool{"and": true, "but": true, "then": true}

// attackNouns are the nouns of force an armed noun may qualify: "rebel
// attacks", "insurgent raids".
var attackNouns = map[string]bool{
	"attack": true, "attacks": true, "raid": true, "raids": true, "offensive": true, "ambush": true,
	"ambushes": true, "assault": true, "assaults": true, "bombing": true, "bombings": true,
}

// armedAdjectives are the singular forms of armedNouns that qualify an act:
// "a rebel attack", "militant raids".
var armedAdjectives = map[string]bool{
	"rebel": true, "militant": true, "insurgent": true, "guerrilla": true, "guerilla": true,
}

// armedDescriptionReferences resolves, to the armed group the article last
// named alone (lastArmed), a plural armed noun with no determiner that
// opens a clause and acts ("Militants ambushed", "when insurgents
// attacked") and an armed adjective before an attack noun ("rebel attacks
// on government troops"). The sentence must name no armed group itself:
// "Hamas said militants fired" may be other militants. A noun qualified
// by anything ("Islamist militants" is qualifiedGroupReferences',
// "Baloch rebels" another group) is left alone.
func (a *article) armedDescriptionReferences(toks []token, ms []mention, taken []bool) []mention {
	if a.lastArmed == nil {
		return nil
	}
	for _, m := range ms {
		if a.isArmedGroup(toks, m) {
			return nil
		}
	}
	var out []mention
	for i := 0; i+1 < len(toks); i++ {
		w := toks[i].norm
		if taken[i] || toks[i].hyphen || toks[i].poss || toks[i+1].norm == "of" || toks[i+1].hyphen {
			continue
		}
		if toks[i].upper && i > 0 {
			continue // "Tamil rebels" is a name's part; only the first word is capitalised by position
		}
		opens := i == 0 || toks[i-1].punct && toks[i-1].norm == "," || (clauseOpeners[toks[i-1].norm] || clauseConjunctions[toks[i-1].norm]) && !toks[i-1].upper
		switch {
		case armedNouns[w] && opens && actsNext(toks, i+1):
			out = append(out, mention{first: i, last: i, ent: a.lastArmed, form: formRef})
		case armedAdjectives[w] && attackNouns[toks[i+1].norm] && (i == 0 || !toks[i-1].upper && !taken[i-1]):
			out = append(out, mention{first: i, last: i, ent: a.lastArmed, form: formRef})
		}
	}
	return out
}

// governmentForceNouns are the nouns "government" turns into a state's
// forces: "government forces", "government troops".
var governmentForceNouns = map[string]bool{"forces": true, "troops": true, "soldiers": true}

// governmentForceReferences resolves "government forces" (or "troops",
// "soldiers") to the state fightingState gives.
// The phrase must stand alone: "Afghan government forces" and "Somalia's
// government troops" are their state's already, "anti-government forces"
// and "pro-government forces" are not the state's, and "the transitional
// government forces" are an interim body's. Forces joined to others
// ("Canadian or government forces", "foreign and government forces") are
// left alone: the article's dominant state is then as often the other's.
func (a *article) governmentForceReferences(toks []token, ms []mention, taken []bool) []mention {
	var out []mention
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].norm != "government" || !governmentForceNouns[toks[i+1].norm] || taken[i] || taken[i+1] {
			continue
		}
		if toks[i].upper && i > 0 || toks[i].poss || toks[i].hyphen || toks[i+1].hyphen {
			continue
		}
		if i > 0 {
			p := toks[i-1]
			if p.hyphen || p.poss || taken[i-1] || p.upper || interimWords[p.norm] || p.norm == "federal" || p.norm == "local" || p.norm == "former" || p.norm == "and" || p.norm == "or" {
				continue
			}
		}
		if i+2 < len(toks) && (toks[i+2].norm == "of" && !groupPhraseEnds(toks, i+1) || toks[i+2].norm == "in") {
			continue // "government forces in Darfur": whose, the place does not say; but "accused government troops of shelling"
		}
		if e := a.fightingState(ms, i); e != nil {
			out = append(out, mention{first: i, last: i + 1, ent: e, form: formRef})
		}
	}
	return out
}

// forceDescriptionReferences gives this file's references at tokens no
// earlier reference rule has resolved.
func (a *article) forceDescriptionReferences(toks []token, ms []mention, taken []bool, earlier []mention) []mention {
	free := slices.Clone(taken)
	for _, m := range earlier {
		for k := m.first; k <= m.last; k++ {
			free[k] = true
		}
	}
	out := a.armedDescriptionReferences(toks, ms, free)
	out = append(out, a.governmentForceReferences(toks, ms, free)...)
	out = append(out, a.armedGroupReferences(toks, ms, free)...)
	return append(out, a.ownedReferences(toks, free)...)
}

// fightingState picks the state whose "government forces" an article
// means at token i: the state it is about (its dominant country), else
// the one country the sentence names before i, as a party or as the place. Unlike "the
// government", the phrase does not take the state the previous sentence
// named: news of a war names the foreign states whose soldiers died in it
// ("a US soldier was killed") as often as the state at war, and "attacks
// on foreign and government forces" are on the host's.
func (a *article) fightingState(ms []mention, i int) *graph.Entity {
	if dom := a.dominantCountry(); dom != nil {
		return dom
	}
	var here []*graph.Entity
	for _, m := range ms {
		if m.ent.Kind == graph.Country && m.first < i {
			here = append(here, m.ent)
		}
	}
	if here = distinct(here); len(here) == 1 {
		return here[0]
	}
	return a.onlyNamedGovernment() // describedparties.go
}

// ownedNouns map the nouns of craft, convoys, missions and crews an
// article names first with their owner ("a US Apache helicopter", "the
// Croatian embassy", "15 British sailors") and then alone ("shot down the
// helicopter", "stormed the embassy", "released the sailors") to the key
// their owner is kept under: singular and plural share one.
var ownedNouns = map[string]string{
	"helicopter": "helicopter", "helicopters": "helicopter", "chopper": "helicopter", "choppers": "helicopter",
	"plane": "plane", "planes": "plane", "aircraft": "aircraft", "jet": "jet", "jets": "jet",
	"drone": "drone", "drones": "drone", "ship": "ship", "ships": "ship", "vessel": "vessel", "vessels": "vessel",
	"warship": "warship", "warships": "warship", "boat": "boat", "boats": "boat", "tanker": "tanker", "tankers": "tanker",
	"convoy": "convoy", "convoys": "convoy", "embassy": "embassy", "consulate": "consulate",
	"sailors": "sailors", "marines": "marines",
}

// ownerGap is how many words may stand between an owner's name and its
// noun: "a United States Apache military helicopter".
const ownerGap = 3

// noteOwners records, for each owned noun the sentence qualifies with one
// state's or body's name ("US helicopters", "Israel's embassy", "a Georgian
// spy plane"), that owner; a noun two owners qualify in one sentence
// ("American and British ships") is forgotten.
func (a *article) noteOwners(toks []token, ms []mention) {
	seen := map[string]*graph.Entity{}
	note := func(key string, e *graph.Entity) {
		if prev, ok := seen[key]; ok && prev != e {
			e = nil
		}
		seen[key] = e
	}
	for n, m := range ms {
		if m.ent.Kind != graph.Country && m.ent.Kind != graph.Organization || m.place || m.form == formRef {
			continue
		}
		end := m.last
		if n+1 < len(ms) && end+2 == ms[n+1].first && (toks[end+1].norm == "and" || toks[end+1].norm == "or") {
			end = ms[n+1].last // "American and British ships": both own them
		}
		if key := ownedNounAfter(toks, end); key != "" {
			note(key, m.ent)
		}
	}
	if len(seen) == 0 {
		return
	}
	if a.owners == nil {
		a.owners = map[string]*graph.Entity{}
	}
	for key, e := range seen {
		a.owners[key] = e
	}
}

// ownedNounAfter returns the key of the owned noun that follows token
// end within ownerGap words of qualifiers ("Apache military helicopter"),
// or "" when none does.
func ownedNounAfter(toks []token, end int) string {
	for k := end + 1; k < len(toks) && k <= end+1+ownerGap; k++ {
		if key := ownedNouns[toks[k].norm]; key != "" {
			return key
		}
		if toks[k].punct || toks[k].digit || ownerBreaks[toks[k].norm] || verbTrigger(toks[k].norm) || auxiliaries[toks[k].norm] {
			return ""
		}
	}
	return ""
}

// ownerBreaks end the words that may qualify a noun between its owner's
// name and it: "Iraq and the helicopter", "Iran to the ship".
var ownerBreaks = map[string]bool{
	"and": true, "or": true, "of": true, "to": true, "in": true, "on": true, "at": true, "by": true, "with": true,
	"for": true, "from": true, "the": true, "a": true, "an": true, "that": true, "which": true, "who": true,
}

// ownedReferences resolves an owned noun after a bare "the" ("the
// helicopter", "the sailors") to the owner an earlier sentence gave it.
// A noun qualified anew ("the Iranian ship", "the ship's captain", "the
// ship Iran Deyanat") is left to what qualifies it.
func (a *article) ownedReferences(toks []token, taken []bool) []mention {
	if len(a.owners) == 0 {
		return nil
	}
	var out []mention
	for i := 1; i < len(toks); i++ {
		key := ownedNouns[toks[i].norm]
		if key == "" || a.owners[key] == nil || toks[i].poss || !bareNoun(toks, i, i, taken) {
			continue
		}
		out = append(out, mention{first: i, last: i, ent: a.owners[key], form: formRef})
	}
	return out
}
