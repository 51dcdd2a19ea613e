package loader

import (
	"slices"

	"github.com/geokg/geokg/graph"
)

// This file reads attacks told from the receiving side with no doer named,
// in a story that has named one:
//   - an agentless passive of force: "Israeli warplanes struck Beirut's
//     airport. A Lebanese army barracks was also hit", "Three Georgian
//     villages were bombed overnight";
//   - a passive whose agent is only a weapon or a force: "the convoys were
//     again targeted by warplanes";
//   - "came under fire", "came under attack" (with "from X" the doer is X).
//
// The subject names the party hit: a demonym ("Georgian villages"), a
// place, as the state it lies in ("bridges in southern Lebanon",
// "Beirut's airport"), or a name ("Hezbollah positions"). The doer is the
// one party that the attacks the article reported in this sentence and the
// referentMemory before directed at that party or its state; with no such
// attack, or attacks by two parties, the sentence names no doer and no
// event is read.

// The rules of this file: a passive of force, and "came under fire".
const (
	agentlessForceRule = "passive:agentless-force"
	cameUnderForceRule = "verb:came-under-force"
)

// receivedForce are the passive participles of force this file reads,
// each with the mode the event lexicon gives its verb.
var receivedForce = map[string]string{
	"hit": "strike", "struck": "strike", "targeted": "strike", "targetted": "strike", "strafed": "strike",
	"bombed": "bombing", "shelled": "shelling", "bombarded": "shelling", "pounded": "shelling", "rocketed": "shelling",
	"attacked": "", "raided": "", "destroyed": "", "ambushed": "",
	"fired": "", // "fired on", "fired upon", "fired at"
}

// forceAgents are the unnamed weapons and forces whose "by" phrase names
// no party: "were targeted by warplanes", "was hit by artillery".
var forceAgents = map[string]bool{
	"warplanes": true, "warplane": true, "jets": true, "jet": true, "aircraft": true, "planes": true, "plane": true,
	"bombers": true, "helicopters": true, "helicopter": true, "gunships": true, "gunship": true, "drones": true,
	"drone": true, "artillery": true, "troops": true, "soldiers": true, "forces": true, "tanks": true, "tank": true,
	"warships": true, "missiles": true, "missile": true, "rockets": true, "rocket": true, "shells": true,
	"shellfire": true, "mortars": true, "mortar": true, "bombs": true, "airstrike": true, "airstrikes": true,
	"strike": true, "strikes": true, "raid": true, "raids": true, "shelling": true, "bombardment": true,
	"fire": true, "gunfire": true,
}

// forceAgentQualifiers may stand before a force agent: "by unidentified
// warplanes", "by heavy artillery", "by an air strike".
var forceAgentQualifiers = map[string]bool{
	"a": true, "an": true, "the": true, "enemy": true, "heavy": true, "military": true, "unidentified": true,
	"air": true, "artillery": true, "tank": true, "helicopter": true, "mortar": true, "rocket": true, "missile": true,
	"fighter": true, "attack": true, "army": true, "government": true, "naval": true, "sniper": true,
}

// underForceNouns are what a party "came under": "came under heavy fire",
// "came under rocket attack".
var underForceNouns = map[string]string{
	"fire": "", "attack": "", "attacks": "", "shelling": "shelling", "bombardment": "shelling",
	"bombing": "bombing", "gunfire": "",
}

// underForceVerbs link the party to "under": "came under", "has come
// under", "were coming under".
var underForceVerbs = map[string]bool{"came": true, "come": true, "comes": true, "coming": true}

// subjectRelations are the prepositions after which a place in the
// subject holds what was hit ("bridges in southern Lebanon", "the port of
// Tyre"); a place after another ("villages near the Russian border") does
// not.
var subjectRelations = map[string]bool{"in": true, "of": true, "at": true, "on": true, "inside": true}

// agentlessAttacks reads the frames of this file in the sentence. It runs
// after the sentence's lexicon events are noted, which may name the doer
// ("Israeli jets struck Beirut and a Lebanese barracks was hit").
func (a *article) agentlessAttacks(s sentence, v *sentenceView) []*candidate {
	var out []*candidate
	toks := v.toks
	for t, tok := range toks {
		// The gate spares the lookups below at nearly every token
		// (framegates.go).
		if v.at[t] >= 0 || !tok.gates(gateAgentless) {
			continue
		}
		var subjectEnd int
		var mode string
		var doer *graph.Entity
		armed := true // the words tell force, not criticism
		switch {
		case underForceVerbs[tok.norm] && t+2 < len(toks) && toks[t+1].norm == "under":
			noun := underForceNoun(toks, t+2)
			if noun < 0 {
				continue
			}
			mode = underForceNouns[toks[noun].norm]
			named, armedDoer, ok := v.sourceOfForce(noun)
			if !ok {
				continue
			}
			doer, armed = named, armedDoer || noun > t+2 && weaponQualifiers[toks[noun-1].norm] || mode != "" || toks[noun].norm == "gunfire"
			subjectEnd = t - 1
			for subjectEnd >= 0 && (auxiliaries[toks[subjectEnd].norm] || toks[subjectEnd].norm == "also" || toks[subjectEnd].norm == "again" || lyAdverb(toks[subjectEnd].norm)) {
				subjectEnd--
			}
		default:
			m, ok := receivedForce[tok.norm]
			if !ok {
				continue
			}
			if tok.norm == "fired" && (t+1 >= len(toks) || toks[t+1].norm != "on" && toks[t+1].norm != "upon" && toks[t+1].norm != "at") {
				continue
			}
			b := passiveBe(toks, t)
			if b < 0 || !v.unnamedAgent(t) {
				continue
			}
			mode, subjectEnd = m, b-1
		}
		if a.readAt(t) {
			continue // a lexicon rule read the verb ("were hit by Israeli jets") or a noun after it ("targeted in Israeli air strikes")
		}
		targets, place := a.receivingParties(v, subjectEnd)
		if len(targets) == 0 {
			continue
		}
		recent, hit := a.recentAttacker(targets)
		switch {
		case doer == nil:
			doer, targets = recent, hit
		case !armed && (recent == nil || !a.sameSide(recent, doer) && a.stateOf(doer) != recent):
			// "came under attack from X" is as often criticism: force
			// only where the story has X attacking the subject's side.
			continue
		}
		if doer == nil || slices.ContainsFunc(targets, func(e *graph.Entity) bool { return a.sameSide(e, doer) }) {
			continue
		}
		rule := agentlessForceRule
		if underForceVerbs[tok.norm] {
			rule = cameUnderForceRule
		}
		c := &candidate{typ: graph.Assault, mode: mode, rule: rule, trigger: t, sent: s, confidence: 0.5, location: place}
		if !a.setParties(c, []*graph.Entity{doer}, targets) {
			continue
		}
		c.status = rumouredStatus(toks, t, supposedStatus(toks, t, false, hedgedStatus(toks, t, frameStatus(toks, t, true))))
		out = append(out, c)
	}
	return out
}

// underForceNoun returns the index of the noun of force a few words
// after "came under" at k ("fire", "heavy fire", "rocket attack"), or -1.
func underForceNoun(toks []token, k int) int {
	for j := k; j < len(toks) && j <= k+2; j++ {
		if _, ok := underForceNouns[toks[j].norm]; ok {
			return j
		}
		if toks[j].punct || prepositions[toks[j].norm] || clauseOpeners[toks[j].norm] || toks[j].norm == "and" {
			return -1
		}
	}
	return -1
}

// weaponQualifiers before the noun of force make "came under fire" a
// fight, not the criticism the idiom as often is: "came under heavy
// fire", "came under rocket attack".
var weaponQualifiers = map[string]bool{
	"heavy": true, "intense": true, "sustained": true, "rocket": true, "mortar": true, "artillery": true,
	"sniper": true, "gun": true, "machine-gun": true, "missile": true, "tank": true, "armed": true, "small-arms": true,
}

// sourceAgents head a doer's phrase that tells force, not criticism:
// "came under fire from Hezbollah fighters".
var sourceAgents = map[string]bool{
	"rebels": true, "militants": true, "insurgents": true, "guerrillas": true, "guerillas": true, "fighters": true,
	"gunmen": true, "troops": true, "forces": true, "soldiers": true, "militia": true, "militiamen": true,
	"warplanes": true, "jets": true, "aircraft": true, "helicopters": true, "gunships": true, "artillery": true,
	"tanks": true, "warships": true, "positions": true, "snipers": true,
}

// criticismReasons after "came under fire" give what a party is
// criticised for: "came under fire for his remarks", "over the deal".
var criticismReasons = map[string]bool{"for": true, "over": true, "because": true, "after": true}

// sourceOfForce reads the phrase after the noun of force at k. It returns
// the doer it names ("from Hezbollah fighters") or nil where it names
// none ("from warplanes", "from the air", nothing); armed where the
// doer's phrase is headed by a force ("Hezbollah fighters"); and false
// where the phrase tells criticism ("came under fire for", "from
// critics") or a place.
func (v *sentenceView) sourceOfForce(k int) (doer *graph.Entity, armed, ok bool) {
	toks := v.toks
	if k+1 >= len(toks) {
		return nil, false, true
	}
	switch w := toks[k+1].norm; {
	case criticismReasons[w]:
		return nil, false, false // "came under fire for his remarks"
	case w == "from" || w == "by":
	default:
		return nil, false, true
	}
	for j := k + 2; j < len(toks) && j <= k+6; j++ {
		if n := v.at[j]; n >= 0 {
			m := v.ms[n]
			if m.ent.Kind == graph.Location {
				return nil, false, false // "fire from across the border in Lebanon"
			}
			if after := m.last + 1; after < len(toks) && criticismReasons[toks[after].norm] {
				return nil, false, false // "came under fire from Syria for his remarks"
			}
			return m.ent, m.last+1 < len(toks) && sourceAgents[toks[m.last+1].norm], true
		}
		if forceAgents[toks[j].norm] || toks[j].norm == "air" && (j+1 >= len(toks) || toks[j+1].punct) {
			return nil, false, true
		}
		if toks[j].punct || !forceAgentQualifiers[toks[j].norm] && !toks[j].digit {
			return nil, false, false
		}
	}
	return nil, false, false
}

// passiveBe returns the index of the first word of the passive verb chain
// ending at the participle at t ("was", "has been", "were again"), or -1
// where the participle is not passive.
func passiveBe(toks []token, t int) int {
	k := t - 1
	for k >= 0 && (lyAdverb(toks[k].norm) || toks[k].norm == "also" || toks[k].norm == "again" || toks[k].norm == "later" || toks[k].norm == "then" || toks[k].norm == "twice") {
		k--
	}
	if k < 1 || !beForms[toks[k].norm] || toks[k].norm == "got" || toks[k].norm == "get" {
		return -1
	}
	for k > 0 && (auxiliaries[toks[k-1].norm] || modalVerbs[toks[k-1].norm]) {
		k-- // "has been hit", "will be targeted", "may have been hit"
	}
	return k
}

// unnamedAgent reports whether the passive participle at t has no agent
// or one that is only a weapon or a force ("by warplanes", "by an air
// strike"); a named agent ("by Israeli jets") is the passive rules', and
// any other ("by a storm", "by the crisis") no act of force.
func (v *sentenceView) unnamedAgent(t int) bool {
	toks := v.toks
	for j := t + 1; j < len(toks) && j <= t+6; j++ {
		if clauseBreak(toks[j]) || toks[j].punct && toks[j].text != "," {
			return true
		}
		if toks[j].norm != "by" {
			continue
		}
		for k := j + 1; k < len(toks) && k <= j+4; k++ {
			switch {
			case v.at[k] >= 0:
				return false
			case forceAgents[toks[k].norm]:
				return k+1 >= len(toks) || v.at[k+1] < 0 || toks[k+1].norm != "of" // "by troops of" a party: named
			case !forceAgentQualifiers[toks[k].norm] && !toks[k].digit:
				return false
			}
		}
		return false
	}
	return true
}

// maxNounReach bounds how far after a passive of force the noun of an act
// that names its doer may stand: "were targeted in Israeli air strikes".
const maxNounReach = 6

// readAt reports whether an event of force was already read off the word
// at t of the current sentence, or off a noun of force right after it.
func (a *article) readAt(t int) bool {
	for i := len(a.found) - 1; i >= 0 && a.found[i].sent.index == a.cur; i-- {
		if o := a.found[i]; (o.trigger == t || o.noun && o.trigger > t && o.trigger <= t+maxNounReach) && (o.typ == graph.Assault || o.typ == graph.Coerce) {
			return true
		}
	}
	return false
}

// forceHeads head a subject that is some side's force: "patrols in
// Fallujah came under attack" are not Iraq's, whatever the place.
var forceHeads = map[string]bool{
	"troops": true, "soldiers": true, "patrol": true, "patrols": true, "convoy": true, "convoys": true,
	"forces": true, "marines": true, "unit": true, "units": true, "personnel": true, "peacekeepers": true,
	"helicopter": true, "helicopters": true, "aircraft": true, "jet": true, "jets": true, "warship": true,
	"warships": true, "tanks": true, "vehicles": true, "ship": true, "ships": true, "plane": true,
}

// receivingParties returns the parties the subject ending at end names
// (a demonym or name qualifying its head, the state of a place it lies
// in) and the first place named, or nil. A name after a preposition other than the
// subjectRelations ("villages near the Russian border") names no party
// hit, nor does a place where the subject is a force ("US patrols in
// Fallujah"); a subject whose start is out of reach names none.
func (a *article) receivingParties(v *sentenceView, end int) (parties []*graph.Entity, place *graph.Entity) {
	toks := v.toks
	start := -1
	for k := end; k >= 0 && k >= end-maxSubjectReach; k-- {
		if k == 0 {
			start = 0
			break
		}
		if clauseBreak(toks[k]) || toks[k].punct && toks[k].text != "'" && !toks[k].hyphen || clauseOpeners[toks[k].norm] || subjectBounds[toks[k].norm] || speechVerbs[toks[k].norm] {
			start = k + 1 // "officials said Palestinian schools were hit": the speakers are not hit
			break
		}
	}
	if start < 0 || start > end {
		return nil, nil
	}
	force := false
	for k := start; k <= end; k++ {
		force = force || forceHeads[toks[k].norm]
	}
	for k := start; k <= end; k++ {
		n := v.at[k]
		if n < 0 {
			continue
		}
		m := v.ms[n]
		k = m.last
		if p := m.first - 1; p >= start && prepositions[toks[p].norm] && !subjectRelations[toks[p].norm] ||
			p > start && toks[p].norm == "the" && prepositions[toks[p-1].norm] && !subjectRelations[toks[p-1].norm] {
			continue
		}
		party := m.ent
		if party.Kind == graph.Person && !toks[m.last].poss {
			continue // "the village of Abu Suruj": a place's name the gazetteer lacks, read as a person's
		}
		if party.Kind == graph.Location {
			if place == nil {
				place = party
			}
			if force {
				continue
			}
			party = a.countryOf(party)
		}
		if party != nil && !slices.Contains(parties, party) {
			parties = append(parties, party)
		}
	}
	return parties, place
}

// recentAttacker returns the one party that the article's recent attacks
// (this sentence and the referentMemory before) were aimed at the targets
// or their states, or nil when none was or two parties were. A recent
// attack that names no target ("Israel launched more air strikes") counts
// where the article has told its doer attacking them before. The attacks
// this file inferred do not count: a chain of them would carry a doer far
// from where the article named it.
func (a *article) recentAttacker(targets []*graph.Entity) (*graph.Entity, []*graph.Entity) {
	var doer *graph.Entity
	var hit []*graph.Entity
	for i := len(a.found) - 1; i >= 0 && a.found[i].sent.index >= a.cur-referentMemory; i-- {
		o := a.found[i]
		if !toldAttack(o) {
			continue
		}
		party, ok := a.attackingParty(o, targets)
		if !ok {
			return nil, nil // two sides attacked together, or a clash
		}
		if party == nil {
			continue
		}
		aimed := o.targets
		if len(aimed) == 0 {
			aimed = a.targetsBefore(party, i)
		}
		fit := a.aimedAt(aimed, targets)
		if len(fit) == 0 {
			continue
		}
		if doer != nil && doer != party {
			return nil, nil // two attackers fit
		}
		doer = party
		for _, t := range fit {
			if !slices.Contains(hit, t) {
				hit = append(hit, t)
			}
		}
	}
	return doer, hit
}

// toldAttack reports an attack the article tells as done by a doer it
// names, not inferred here.
func toldAttack(o *candidate) bool {
	return o.typ == graph.Assault && (o.status == graph.Reported || o.status == "") && len(o.actors) > 0 && o.rule != agentlessForceRule && o.rule != cameUnderForceRule
}

// attackingParty returns the party, a person counted as the state he acts
// for, that did the attack o, leaving out the targets' side (the other
// side of a clash); nil where no party is left, and false where two are.
func (a *article) attackingParty(o *candidate, targets []*graph.Entity) (*graph.Entity, bool) {
	var party *graph.Entity
	for _, e := range o.actors {
		if slices.ContainsFunc(targets, func(t *graph.Entity) bool { return a.sameSide(e, t) }) {
			continue
		}
		if s := a.stateOf(e); s != nil {
			e = s
		}
		if party != nil && party != e {
			return nil, false
		}
		party = e
	}
	return party, true
}

// targetsBefore returns the parties the article, before its found event
// before, told party attacking.
func (a *article) targetsBefore(party *graph.Entity, before int) []*graph.Entity {
	var out []*graph.Entity
	for _, o := range a.found[:before] {
		if !toldAttack(o) || len(o.targets) == 0 {
			continue
		}
		if p, ok := a.attackingParty(o, o.targets); ok && p == party {
			out = append(out, o.targets...)
		}
	}
	return out
}

// aimedAt returns the targets that an attack aimed at the parties aimed
// hit: those among aimed, and those whose state is.
func (a *article) aimedAt(aimed, targets []*graph.Entity) []*graph.Entity {
	var out []*graph.Entity
	for _, t := range targets {
		home := a.countryOf(t)
		if home == nil {
			home = a.stateOf(t)
		}
		if slices.ContainsFunc(aimed, func(e *graph.Entity) bool { return e == t || home != nil && e == home }) {
			out = append(out, t)
		}
	}
	return out
}

// underAttackNoun reports a noun of force a few words after "came
// under" ("the embassy came under rocket attack"): it names what the
// subject received, not an attack the subject made.
func underAttackNoun(toks []token, t int) bool {
	for k := t - 1; k >= 1 && k >= t-3; k-- {
		if toks[k].norm == "under" {
			return underForceVerbs[toks[k-1].norm]
		}
		if toks[k].punct || prepositions[toks[k].norm] {
			return false
		}
	}
	return false
}
