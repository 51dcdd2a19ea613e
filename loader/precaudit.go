package loader

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// Rules from an audit of the extractor's precision on unseen news: cases
// where a right event got the wrong party.

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

// askedVerbs are participles of asking and pressing. After "was" or "be"
// and before "to" they are passives whose subject is the one asked, not a
// state of the subject as "is opposed to" is: "Sharif was asked to form a
// government", "demanded that Doan be asked to leave".
var askedVerbs = map[string]bool{
	"asked": true, "urged": true, "requested": true, "pressed": true, "pressured": true, "pushed": true,
	"encouraged": true, "told": true, "called": true, "begged": true, "implored": true, "exhorted": true,
	"advised": true, "instructed": true, "ordered": true, "forced": true, "compelled": true, "persuaded": true,
	"challenged": true, "invited": true,
}

// weighingVerbs take an act only thought about as their -ing object.
var weighingVerbs = map[string]bool{
	"consider": true, "considers": true, "considered": true, "considering": true, "contemplate": true,
	"contemplates": true, "contemplated": true, "contemplating": true, "mull": true, "mulls": true, "mulled": true,
	"mulling": true, "weigh": true, "weighs": true, "weighed": true, "weighing": true,
}

// weighedAct reports a verb in -ing at t that is what a verb of weighing
// right before it thinks about: "has considered invading Russia",
// "is contemplating imposing sanctions". The act is only possible.
func weighedAct(toks []token, t int) bool {
	return t > 0 && strings.HasSuffix(toks[t].norm, "ing") && weighingVerbs[toks[t-1].norm]
}

// nonStateQualities make a group that a demonym places one outside or
// against the state: "an Iranian exile group", "a banned Egyptian
// opposition group", "Lebanese rebel group Hezbollah". The state is not
// who acts. Militant and armed groups are left out: on the corpus the
// demonym of "Palestinian militant groups" firing on Israel named their
// side rightly.
var nonStateQualities = map[string]bool{
	"rebel": true, "opposition": true, "exile": true, "exiled": true, "terrorist": true, "insurgent": true,
	"dissident": true, "separatist": true, "underground": true,
}

// nonStateGroupNouns are the heads such a quality qualifies.
var nonStateGroupNouns = map[string]bool{
	"group": true, "groups": true, "organisation": true, "organization": true, "organisations": true,
	"organizations": true, "movement": true, "movements": true, "faction": true, "factions": true,
	"network": true, "cell": true, "cells": true,
}

// qualifiesNonStateGroup reports whether the demonym mention m only
// places a non-state group named right after it ("Iranian exile group",
// "Iraqi militant groups", "Egyptian armed opposition group").
func qualifiesNonStateGroup(toks []token, m mention) bool {
	if m.ent.Kind != graph.Country || m.form != formDemonym || toks[m.last].poss {
		return false
	}
	quality := false
	for k := m.last + 1; k < len(toks) && k <= m.last+3; k++ {
		w := toks[k]
		switch {
		case nonStateQualities[w.norm]:
			quality = true
		case nonStateGroupNouns[w.norm]:
			return quality
		default:
			return false
		}
	}
	return false
}
