package loader

import (
	"slices"
	"strings"

	"github.com/geokg/geokg/graph"
)

// Victims and games: rules that keep whoever an act of force befell from
// being read as its doer, and keep the words of force that sport borrows
// ("attacked in the second half", "fired a shot at goal") from stating
// attacks. The extractor falls back on the nearest name before a verb;
// where that name belongs to the victims, the sentence names no doer and
// the event is dropped rather than given the victims' state.

// forceParticiple reports a past participle of a verb of force: "killed",
// "shot", "wounded".
func forceParticiple(w string) bool {
	return objectVerbs[w] || w == "hit" || w == "struck" || w == "attacked" || w == "bombed" || w == "shelled" || w == "ambushed"
}

// agentlessPassivePair reports a passive participle of force, alone or
// one of two joined by "and", with no agent after it: "two soldiers were
// shot and killed near Gaza". Both participles befall the soldiers; read
// as an active verb after "and", the second would take them for its doer.
// With "by" after them ("were shot and killed by gunmen") the passive
// rules name the doer.
func agentlessPassivePair(toks []token, t int) bool {
	if !forceParticiple(toks[t].norm) {
		return false
	}
	first := t
	if t >= 2 && (toks[t-1].norm == "and" || toks[t-1].norm == "or") && forceParticiple(toks[t-2].norm) {
		first = t - 2 // "shot and killed": the second of the pair
	}
	k := first - 1
	if k > 0 && strings.HasSuffix(toks[k].norm, "ly") {
		k-- // "were fatally shot"
	}
	if k < 0 || !beForms[toks[k].norm] {
		return false
	}
	for j := t + 1; j < len(toks) && j <= t+maxArgGap; j++ {
		if clauseBreak(toks[j]) || toks[j].text == "." {
			break
		}
		if toks[j].norm == "by" {
			return false
		}
	}
	return true
}

// coordinatedVictim fixes an act of force stated by a verb coordinated
// after an earlier one ("the blast killed three Afghan policemen and
// wounded two Canadian soldiers"): the nearest name before the second
// verb is the first verb's object, one of its victims, not the second
// verb's subject. The second verb shares the first one's doers; it is
// dropped (false) when the first had none or nothing is left for it to
// befall.
func coordinatedVictim(v *sentenceView, t int, c *candidate, found []*candidate) bool {
	if t < 3 || len(c.actors) == 0 {
		return true
	}
	k := t - 1
	if strings.HasSuffix(v.toks[k].norm, "ly") {
		k-- // "and seriously wounded"
	}
	if v.toks[k].norm != "and" {
		return true
	}
	n := v.prev(k)
	if n < 0 || v.ms[n].ent != c.actors[0] {
		return true
	}
	// The verb of force whose object the name is: between it and the name
	// only the object's own words.
	f := -1
	for j := v.ms[n].first - 1; j >= 0 && j >= v.ms[n].first-4; j-- {
		if forceParticiple(v.toks[j].norm) {
			f = j
			break
		}
		if v.toks[j].punct || v.at[j] >= 0 && !v.ms[v.at[j]].modifier {
			break
		}
	}
	if f < 0 {
		return true
	}
	for _, p := range found {
		if p.trigger == f && !p.noun {
			c.actors = p.actors
			c.targets = slices.DeleteFunc(c.targets, func(e *graph.Entity) bool { return slices.Contains(p.actors, e) })
			return len(c.targets) > 0
		}
	}
	return false
}

// sportWords mark a sentence about a game, where "attacked", "struck",
// "fired" and "shot" are moves of play: "Germany attacked France in the
// second half and scored twice".
var sportWords = map[string]bool{
	"scored": true, "scoring": true, "scores": true, "goalkeeper": true, "midfielder": true, "footballer": true,
	"football": true, "soccer": true, "rugby": true, "cricket": true, "hockey": true, "basketball": true, "tennis": true,
	"innings": true, "wicket": true, "wickets": true, "match": true, "matches": true, "tournament": true,
	"championship": true, "championships": true, "olympics": true, "olympic": true, "semi-final": true, "semifinal": true,
	"quarter-final": true, "quarterfinal": true, "cup": true, "striker": true, "penalties": true, "equaliser": true,
	"equalizer": true,
}

// assaultTrigger reports a trigger that can state an attack, the sense a
// game borrows; arrests and jailings keep their sense in a sentence about
// sport ("jailed for playing in a football tournament").
func assaultTrigger(tr *trigger) bool {
	for _, r := range tr.rules {
		if r.typ == graph.Assault {
			return true
		}
	}
	return false
}

// sportSense reports an act-of-force trigger in a sentence about a game:
// a word of sport anywhere in it, "first half" or "second half", or a
// team doing the act ("the Chinese team attacked Japan's defence").
func sportSense(toks []token, t int) bool {
	if t > 0 && (toks[t-1].norm == "team" || toks[t-1].norm == "players") {
		return true
	}
	for k, u := range toks {
		if sportWords[u.norm] && !(u.norm == "striker" && k > 0 && toks[k-1].norm == "hunger") && !countedScores(toks, k) {
			return true
		}
		if u.norm == "half" && k > 0 && (toks[k-1].norm == "first" || toks[k-1].norm == "second") && k+1 < len(toks) && toks[k+1].norm != "of" {
			return true
		}
	}
	return false
}

// reflexiveObjects turn an act of force back on its doer.
var reflexiveObjects = map[string]bool{"himself": true, "herself": true, "themselves": true, "itself": true}

// selfHarm reports a verb of force whose object is reflexive: "had killed
// himself after a raid", "blew themselves up". A suicide is no attack on
// anyone, and the name nearest before it is no attacker.
func selfHarm(toks []token, t int) bool {
	k := t + 1
	if k < len(toks) && toks[k].norm == "up" {
		k++
	}
	return k < len(toks) && reflexiveObjects[toks[k].norm] && selfHarmVerbs[toks[t].norm]
}

// selfHarmVerbs are the verbs of force a doer may turn on himself.
var selfHarmVerbs = map[string]bool{
	"kill": true, "kills": true, "killed": true, "killing": true, "shoot": true, "shoots": true, "shot": true,
	"shooting": true, "blew": true, "blow": true, "blows": true, "blown": true, "injured": true, "wounded": true,
}

// attackHeads head a noun phrase naming an act of force that can be the
// subject of a verb of force: "An Israeli air strike on a car carrying
// Hamas militants killed two Palestinians".
var attackHeads = map[string]bool{
	"attack": true, "attacks": true, "strike": true, "strikes": true, "airstrike": true, "airstrikes": true,
	"bombing": true, "bombings": true, "raid": true, "raids": true, "blast": true, "blasts": true, "explosion": true,
	"explosions": true, "bomb": true, "bombs": true, "shelling": true, "ambush": true, "assault": true, "rocket": true,
	"rockets": true, "missile": true, "missiles": true, "shell": true, "shells": true, "offensive": true,
}

// eventSubject fixes the doer of a verb of force at t whose subject is an
// act of force named at the clause's start: the doer is that act's
// (the Israel of "An Israeli air strike"), not the name nearest the verb,
// which only qualifies the act ("on a car carrying Hamas militants").
// It returns false when the act has no doer named: the event is dropped.
func eventSubject(v *sentenceView, t int, c *candidate, found []*candidate) bool {
	toks := v.toks
	head := -1
	for k := firstWord(toks); k >= 0 && k < t && k <= 6; k++ {
		u := toks[k]
		if attackHeads[u.norm] && v.at[k] < 0 {
			head = k
			break
		}
		if u.punct && !u.hyphen || relativePronouns[u.norm] || auxiliaries[u.norm] || prepositions[u.norm] || speechAt(toks, k) && v.at[k] < 0 {
			return true
		}
	}
	if head < 0 || t-head > maxArgGap {
		return true
	}
	for k := head + 1; k < t; k++ {
		u := toks[k]
		if u.punct && !u.hyphen || relativePronouns[u.norm] || u.norm == "that" || auxiliaries[u.norm] && k < t-1 {
			return true // the head is no subject of this verb
		}
	}
	inside := false
	for _, m := range v.ms {
		if m.first > head && m.last < t && slices.Contains(c.actors, m.ent) {
			inside = true
		}
	}
	if !inside {
		return true
	}
	for _, p := range found {
		if p.trigger <= head && p.trigger >= head-1 && p.typ == graph.Assault {
			c.actors = p.actors
			c.targets = slices.DeleteFunc(c.targets, func(e *graph.Entity) bool { return slices.Contains(p.actors, e) })
			c.rule += "-event-subject"
			return true
		}
	}
	return false
}
