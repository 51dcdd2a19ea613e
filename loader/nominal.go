package loader

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// Events stated by noun phrases, and states named by the demonyms and
// possessives inside them.

// territoryNouns name the ground, sea or air a state holds: what an
// incursion enters ("entered Japanese territorial waters").
var territoryNouns = map[string]bool{"waters": true, "airspace": true, "territory": true, "soil": true, "border": true, "frontier": true}

// forceModes maps the nouns for a state's armed forces and their craft to
// the mode of their movement; "" leaves the type's default (aircraft have
// no mode of their own in the ontology).
var forceModes = map[string]string{
	"ship": "naval", "ships": "naval", "warship": "naval", "warships": "naval", "submarine": "naval", "submarines": "naval",
	"vessel": "naval", "vessels": "naval", "frigate": "naval", "frigates": "naval", "destroyer": "naval", "destroyers": "naval",
	"navy": "naval", "gunboat": "naval", "gunboats": "naval", "boats": "naval",
	"troops": "troops", "soldiers": "troops", "forces": "troops", "army": "troops", "tanks": "troops", "personnel": "troops",
	"military": "troops", "units": "troops", "patrol": "troops", "commandos": "troops",
	"jet": "", "jets": "", "warplane": "", "warplanes": "", "aircraft": "", "planes": "", "plane": "", "helicopter": "",
	"helicopters": "", "fighter": "", "fighters": "", "bombers": "", "bomber": "", "drone": "", "drones": "",
}

// incursionSkip are the words that may stand between the noun for a force
// and the verb of its incursion: auxiliaries, adverbs, a relative pronoun,
// the name of a craft ("a Russian Il-76, which had violated").
var incursionSkip = map[string]bool{"which": true, "that": true, "who": true, "allegedly": true, "reportedly": true, "illegally": true, "repeatedly": true}

// incursionNouns name a force's entry into another state's territory.
var incursionNouns = map[string]bool{"incursion": true, "incursions": true, "intrusion": true, "intrusions": true}

// incursion reports whether the verb at t states a state's forces entering
// another's territory: a force noun in the subject before the verb ("a
// Chinese submarine entered", "Israel's naval ships have entered", "two
// US military helicopters violated") and a territory noun in the object
// after it ("Japanese territorial waters", "the territory of Georgia",
// "crossed the border"). Civilians who cross ("thousands of refugees
// entered the territory") and craft of no stated state are not an
// incursion; the arguments, found as for any verb, need the state.
func incursion(toks []token, t int) bool {
	if incursionNouns[toks[t].norm] {
		// "Turkish incursions into Iraq": the noun names the movement; its
		// actor qualifies it, its target follows "into".
		return t+1 < len(toks) && toks[t+1].norm == "into"
	}
	if !territoryAfter(toks, t) && !namedEntry(toks, t) { // forceverbs.go: "Israeli troops entered Lebanon"
		return false
	}
	for k := t - 1; k >= 0 && k >= t-7; k-- {
		w := toks[k].norm
		if _, ok := forceModes[w]; ok {
			return armedCraft(toks, k)
		}
		if auxiliaries[w] || beForms[w] || incursionSkip[w] || toks[k].text == "," || toks[k].upper || toks[k].digit || toks[k].hyphen {
			continue
		}
		return false
	}
	return false
}

// ofByArguments reads "the arrest of X by Y", "the seizure of British
// sailors by Iran", "the capture of an Israeli soldier by Palestinian
// militants": a nominalisation whose object, in an "of" phrase (perhaps
// after a bracketed aside), comes before the agent. The agent is the first
// usable mention after "by"; the target is the first usable mention of the
// "of" phrase, a demonym included ("an Israeli soldier" is Israel). A
// participle before "by" ("a delegation headed by") opens a relative
// clause whose agent is not the event's; so does any other preposition or
// clause word, after which the reading stops. It reports false when the
// phrase does not read so. The "of" phrase is bounded, keeping the work
// linear.
func (a *article) ofByArguments(v *sentenceView, t int, r *eventRule) (actor, target *graph.Entity, ok bool) {
	toks := v.toks
	if r.ofAgent {
		return nil, nil, false // "the visit of X": X is the visitor
	}
	k := t + 1
	if k < len(toks) && toks[k].text == "(" {
		k = v.skipBrackets(k) + 1 // "the arrest (according to Venezuela) of"
	}
	if k >= len(toks) || toks[k].norm != "of" {
		return nil, nil, false
	}
	objectEnd := -1
	for j := k + 1; j < len(toks) && j <= k+10; j++ {
		u := toks[j]
		if u.norm == "by" {
			p := toks[j-1]
			if j == k+1 || (v.at[j-1] < 0 && (strings.HasSuffix(p.norm, "ed") || pastForms[p.norm])) {
				return nil, nil, false // "a delegation headed by", "the father killed by"
			}
			objectEnd = j
			break
		}
		if (u.punct && !u.hyphen && u.text != "'") || clauseWords[u.norm] || (prepositions[u.norm] && u.norm != "of") || triggerWord(u.norm) {
			return nil, nil, false
		}
	}
	if objectEnd < 0 {
		return nil, nil, false
	}
	n := v.afterPrep(objectEnd-1, []string{"by"})
	if n < 0 || v.ms[n].first > objectEnd+3 {
		return nil, nil, false
	}
	for j := k + 1; j < objectEnd; j++ {
		if m := v.at[j]; m >= 0 && usable(v.ms[m]) {
			target = v.ms[m].ent
			break
		}
	}
	return v.ms[n].ent, target, true
}

// countryPlace returns the country named as where force is used when no
// one is named as its object: "an Israeli raid in Lebanon", "the Russian
// offensive inside Georgia". The force falls on that country, unless it
// is the actor's own (a state acting at home has no foreign target). Only
// a noun whose actor qualifies it (a demonym or a possessive) is read so:
// the subject of a verb may be where the place is ("prisoners rioted at a
// jail in Israel, setting fire"), and an agent after "by" may carry the
// place in its name ("Al-Qaeda in Iraq"). A noun with an object phrase of
// its own ("a Danish attack on Muslim values") or that qualifies another
// ("the US detention facility in Cuba") names no force used there.
func (v *sentenceView) countryPlace(t int, c *candidate, actor *graph.Entity, noun bool) *graph.Entity {
	if !noun || !(strings.HasSuffix(c.rule, "-attributive") || strings.HasSuffix(c.rule, "-possessive")) {
		return nil
	}
	if t+1 < len(v.toks) {
		if w := v.toks[t+1].norm; w == "on" || w == "against" || w == "of" || compoundHeads[w] {
			return nil
		}
	}
	p := v.eventPlace(t, c)
	if p == nil || p.Kind != graph.Country || p.ID == actor.ID || p.ID == actor.Country {
		return nil
	}
	return p
}

// compoundHeads follow an event noun that only qualifies them: "detention
// facility", "attack helicopters", "strike policy".
var compoundHeads = map[string]bool{
	"facility": true, "facilities": true, "centre": true, "centres": true, "center": true, "centers": true, "camp": true,
	"camps": true, "cell": true, "cells": true, "policy": true, "helicopter": true, "helicopters": true, "aircraft": true,
	"submarine": true, "submarines": true, "capability": true, "capabilities": true, "plan": true, "plans": true,
}

// allegedQualities are the judgements a speculation cue before an event
// noun may bear on instead of the event: in "the alleged illegal arrest of
// X" the arrest is stated and only its illegality is alleged.
var allegedQualities = map[string]bool{
	"illegal": true, "irregular": true, "unlawful": true, "illegitimate": true, "arbitrary": true, "unjust": true,
	"excessive": true, "brutal": true, "unprovoked": true, "disproportionate": true, "indiscriminate": true, "deliberate": true,
}
