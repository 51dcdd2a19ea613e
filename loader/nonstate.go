package loader

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// This file keeps demonyms and country names from making a state a party
// where they only place someone or something: an exile, opposition or
// rebel group ("an Iranian exile group"), insurgents or dissidents
// ("Iraqi insurgents"), a war named by a country ("opposed the Iraq war"),
// and "American" after a region word ("Latin American leaders").

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

// nonStatePeople are people a demonym places outside or against their
// state: "Iraqi insurgents", "Cuban dissidents". The state is not who acts
// or suffers. "Militants" are left out for the reason nonStateQualities
// gives, and "rebels", "separatists" and "guerrillas" because the
// CAMEO-coded PLOVER gold keeps their country ("Fijian rebels" is Fiji's
// rebel sector) and scored lower without it.
var nonStatePeople = map[string]bool{
	"insurgents": true, "insurgent": true, "insurgency": true, "dissidents": true, "dissident": true, "exiles": true,
}

// qualifiesNonStatePeople reports whether the demonym mention m only
// places the non-state people named right after it ("Iraqi insurgents").
func qualifiesNonStatePeople(toks []token, m mention) bool {
	if m.ent.Kind != graph.Country || m.form != formDemonym || toks[m.last].poss || m.last+1 >= len(toks) {
		return false
	}
	return nonStatePeople[toks[m.last+1].norm]
}

// namesWar reports a country mention used as the name of a war: "the Iraq
// war", "critics of the Vietnam War". The war is named, not the country
// as a party: "opposed the Iraq war" is not opposition to Iraq. A pair of
// sides ("the Iran-Iraq war") is left to the readings of hostilities.
func namesWar(toks []token, m mention) bool {
	if m.ent.Kind != graph.Country || m.form == formDemonym || toks[m.last].poss || toks[m.last].hyphen || m.last+1 >= len(toks) {
		return false
	}
	if m.first > 0 && toks[m.first-1].hyphen {
		return false
	}
	w := toks[m.last+1].norm
	return w == "war" || w == "wars"
}

// regionsOfAmerica are the words that make "American" name a part of the
// continent rather than the United States: "Latin American leaders",
// "South American nations", "Native American tribes".
var regionsOfAmerica = map[string]bool{
	"latin": true, "south": true, "central": true, "north": true, "native": true, "meso": true, "pan": true,
}

// continentalAmerican reports a demonym mention "American" that a region
// word before it turns into a region of the continent ("Latin American
// forces"): no party is the United States.
func continentalAmerican(toks []token, m mention) bool {
	if m.form != formDemonym || m.first < 1 || !strings.HasPrefix(toks[m.first].norm, "american") {
		return false
	}
	p := toks[m.first-1]
	return regionsOfAmerica[p.norm] && (p.upper || p.hyphen)
}
