package loader

import "github.com/geokg/geokg/graph"

// This file reads an act of force told from the victims' side, with its
// doer named in a phrase or clause after the verb that tells what befell
// them:
//   - an act of force named by a noun the doer qualifies: "twelve Afghan
//     civilians were killed in a US air strike", "two Lebanese soldiers
//     died during an Israeli raid", "were wounded under Israeli fire",
//     "were killed in an air strike by NATO forces";
//   - a clause whose subject is the doer's force: "four Iraqi policemen
//     were killed when US troops opened fire", "three Pakistani soldiers
//     were wounded as Indian troops fired across the border".
//
// The subject names the victims: a state's or party's people ("Afghan
// civilians", "Hamas fighters"), whose state or party is the target; the
// doer attacked it. Victims who are no party's people ("two journalists
// were killed"), acts with no doer named ("killed in a bomb blast"), and a
// doer on the victims' own side or outside its state ("Iraqi insurgents")
// give no event. agents.go reads the same subject with a fight "with" a
// party.

// victimCircumstanceRule and victimClauseRule name the two readings.
const (
	victimCircumstanceRule = "verb:killed-in-attack-by"
	victimClauseRule       = "verb:killed-when-force-attacked"
)

// victimNouns head a subject of people that a demonym or party name
// places on a side: "Afghan civilians", "a Pakistani soldier", "Hamas
// fighters", "senior al-Qaeda leaders".
var victimNouns = map[string]bool{
	"civilians": true, "civilian": true, "soldiers": true, "soldier": true, "troops": true, "policemen": true,
	"policeman": true, "police": true, "officers": true, "officer": true, "people": true, "children": true,
	"women": true, "men": true, "nationals": true, "citizens": true, "villagers": true, "residents": true,
	"workers": true, "fishermen": true, "guards": true, "personnel": true, "servicemen": true, "marines": true,
	"peacekeepers": true, "militants": true, "fighters": true, "gunmen": true, "militiamen": true, "sailors": true,
	"pilots": true, "boys": true, "girls": true, "farmers": true, "students": true, "protesters": true,
	"demonstrators": true, "troopers": true, "paratroopers": true, "commandos": true, "members": true, "member": true,
	"leaders": true, "leader": true, "commanders": true, "commander": true, "operatives": true, "operative": true,
	"officials": true, "official": true, "diplomats": true, "diplomat": true,
}

// doneAttackNouns name an act of force a doer can qualify ("a US air
// strike") or carry out ("a raid by Israeli troops").
var doneAttackNouns = map[string]bool{
	"strike": true, "strikes": true, "airstrike": true, "airstrikes": true, "raid": true, "raids": true,
	"attack": true, "attacks": true, "bombing": true, "bombings": true, "shelling": true, "ambush": true,
	"assault": true, "offensive": true, "operation": true, "operations": true, "bombardment": true,
	"fire": true, "gunfire": true, "shellfire": true, "incursion": true,
}

// underAttackNouns are the acts of force victims suffer "under": "were
// wounded under Israeli fire".
var underAttackNouns = map[string]bool{"fire": true, "gunfire": true, "shellfire": true, "shelling": true, "bombardment": true, "attack": true}

// attackQualifiers may stand between the doer and the act's noun, or
// before the doer: "a US missile strike", "a suspected NATO air raid".
var attackQualifiers = map[string]bool{
	"a": true, "an": true, "the": true, "air": true, "missile": true, "rocket": true, "helicopter": true, "drone": true,
	"artillery": true, "military": true, "tank": true, "mortar": true, "naval": true, "ground": true, "aerial": true,
	"sniper": true, "army": true, "overnight": true, "joint": true, "cross-border": true, "retaliatory": true,
	"suspected": true, "apparent": true, "alleged": true, "latest": true, "new": true,
}

// hedgedAttackQualifiers leave the doer unconfirmed: "in a suspected US
// missile strike".
var hedgedAttackQualifiers = map[string]bool{"suspected": true, "apparent": true, "alleged": true}

// victimClauseOpeners open a clause that tells the act the victims
// suffered: "when US troops opened fire".
var victimClauseOpeners = map[string]bool{"when": true, "as": true, "after": true, "while": true}

// forceClauseVerbs are the verbs of such a clause: the doer's force
// "opened fire", "fired", "attacked", "stormed".
var forceClauseVerbs = map[string]bool{
	"opened": true, "fired": true, "attacked": true, "bombed": true, "shelled": true, "stormed": true, "raided": true,
	"struck": true, "ambushed": true, "shot": true, "targeted": true, "hit": true, "pounded": true, "bombarded": true,
	"launched": true, "rocketed": true, "strafed": true,
}

// victimsCircumstances reads the frames of this file in the sentence.
func (a *article) victimsCircumstances(s sentence, v *sentenceView) []*candidate {
	var out []*candidate
	toks := v.toks
	for t, tok := range toks {
		if !tok.is(classSufferedForce) || v.at[t] >= 0 {
			continue
		}
		victims, hedged := victimParty(v, t)
		if victims < 0 {
			continue
		}
		rule := victimCircumstanceRule
		doer, act := v.attackDoer(t)
		if doer >= 0 {
			hedged = hedged || hedgedAttack(toks, act)
		} else if doer, act = v.forceClauseDoer(t); doer >= 0 {
			rule = victimClauseRule
		} else {
			continue
		}
		target, actor := v.ms[victims].ent, v.ms[doer].ent
		if a.sameSide(target, actor) {
			continue // "Iraqi police were killed in an Iraqi army raid": friendly fire or a domestic act
		}
		// The act's word is the trigger: its date is the act's ("killed
		// in a US air strike on Sunday"), and the lexicon's reading of the
		// same word, which had no target, joins this one.
		c := &candidate{typ: graph.Assault, mode: lexiconMode(toks, act), rule: rule, trigger: act, noun: rule == victimCircumstanceRule,
			sent: s, confidence: 0.55, status: graph.Reported}
		if hedged {
			c.status = graph.Speculated
		}
		if !a.setParties(c, []*graph.Entity{actor}, []*graph.Entity{target}) {
			continue
		}
		out = append(out, c)
	}
	return out
}

// victimParty returns the mention of the state or party whose people are
// the subject of the passive or intransitive verb of harm at t ("twelve
// Afghan civilians were killed": the mention of "Afghan"), or -1. The
// subject must be people headed by a victimNoun right before the verb and
// its auxiliaries, with the name at most three words before that head, a
// people's demonym ("three Israelis") or a person's name ("Hamas
// commander Ali Mansour was killed"). hedged reports a harm the verb's
// auxiliaries leave unsure: "may have been killed", "are believed to have
// been killed".
func victimParty(v *sentenceView, t int) (victims int, hedged bool) {
	toks := v.toks
	k := t - 1
	for k >= 0 && (beForms[toks[k].norm] || auxiliaries[toks[k].norm] || reportedHarm[toks[k].norm] && k > 0 && beForms[toks[k-1].norm]) {
		switch w := toks[k].norm; {
		case w == "not" || w == "never":
			return -1, false // "was not killed in the strike": no harm told
		case w == "may" || w == "might" || w == "could" || w == "allegedly" || reportedHarm[w]:
			hedged = hedged || w != "reported" && w != "said"
		}
		k--
	}
	if k < 0 || k == t-1 && toks[t].norm != "died" {
		return -1, false // "killed" with no auxiliary: not the victims' passive
	}
	return victimSubject(v, k), hedged
}

// reportedHarm are the verbs of report between a be form and "to have
// been": "are reported to have been killed", "is feared to have died".
var reportedHarm = map[string]bool{"reported": true, "said": true, "believed": true, "thought": true, "feared": true}

// victimSubject returns the mention of the state or party of the victims
// named by a subject whose head is at k, or -1.
func victimSubject(v *sentenceView, k int) int {
	toks := v.toks
	if n := v.at[k]; n >= 0 {
		m := v.ms[n]
		switch {
		case toks[k].poss || m.place || v.prepositionObject(n):
			return -1
		case m.form == formDemonym && m.first == k && m.ent.Kind == graph.Country:
			return n // "three Israelis were wounded"
		case m.ent.Kind == graph.Person && m.last == k:
			return n // "Hamas commander Ali Mansour was killed"
		}
		return -1
	}
	if !victimNouns[toks[k].norm] {
		return -1
	}
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if n := v.at[j]; n >= 0 {
			m := v.ms[n]
			if m.ent.Kind != graph.Country && m.ent.Kind != graph.Organization || m.place || v.prepositionObject(n) ||
				qualifiesNonStatePeople(toks, m) || qualifiesNonStateGroup(toks, m) {
				return -1
			}
			return n
		}
		if toks[j].punct || clauseBreak(toks[j]) || prepositions[toks[j].norm] || speechAt(toks, j) || toks[j].norm == "that" ||
			toks[j].digit || unitCounts[toks[j].norm] > 1 {
			return -1 // "in western Afghanistan two policemen were killed": the count opens the subject
		}
	}
	return -1
}

// attackDoer returns the mention of the doer named in an act of force
// that a phrase after the verb of harm at t tells ("killed on Sunday in a
// US air strike", "during an Israeli raid", "in a raid by Israeli
// troops"), and the index of the act's noun; -1, -1 when there is none.
func (v *sentenceView) attackDoer(t int) (doer, act int) {
	toks := v.toks
	for k := t + 1; k < len(toks) && k <= t+8; k++ {
		u := toks[k]
		if u.punct && !u.hyphen || clauseBreak(u) || victimClauseOpeners[u.norm] || u.norm == "by" {
			return -1, -1
		}
		if n := v.at[k]; n >= 0 && v.ms[n].ent.Kind != graph.Location && !v.ms[n].place {
			return -1, -1 // "killed in Afghanistan's Helmand province" may name a place; a party ends the search
		}
		if u.norm != "in" && u.norm != "during" && u.norm != "under" {
			continue
		}
		if doer, act := v.qualifiedAttack(k); doer >= 0 {
			return doer, act
		}
	}
	return -1, -1
}

// qualifiedAttack reads the phrase after the preposition at p as an act
// of force with its doer named: before the noun ("a US air strike") or in
// a "by" phrase after it ("an air strike by NATO forces").
func (v *sentenceView) qualifiedAttack(p int) (doer, act int) {
	toks := v.toks
	under := toks[p].norm == "under"
	doer = -1
	for k := p + 1; k < len(toks) && k <= p+6; k++ {
		u := toks[k]
		if n := v.at[k]; n >= 0 {
			if doer >= 0 || !attackingParty(toks, v.ms[n]) {
				return -1, -1
			}
			doer, k = n, v.ms[n].last
			if toks[k].hyphen && k+1 < len(toks) && (toks[k+1].norm == "led" || toks[k+1].norm == "backed") {
				k++ // "a US-led air strike"
			}
			continue
		}
		switch {
		case doneAttackNouns[u.norm] && (!under || underAttackNouns[u.norm]):
			if doer < 0 {
				doer = v.agentAfter(k)
			}
			if doer < 0 {
				return -1, -1 // "killed in a bomb blast", "in an air strike": no doer named
			}
			return doer, k
		case attackQualifiers[u.norm] || u.digit:
		default:
			return -1, -1
		}
	}
	return -1, -1
}

// agentAfter returns the doer named in a "by" phrase right after the
// act's noun at k ("an air strike by NATO forces"), or -1.
func (v *sentenceView) agentAfter(k int) int {
	toks := v.toks
	if k+2 >= len(toks) || toks[k+1].norm != "by" {
		return -1
	}
	for j := k + 2; j < len(toks) && j <= k+3; j++ {
		if n := v.at[j]; n >= 0 {
			if !attackingParty(toks, v.ms[n]) {
				return -1
			}
			return n
		}
		if toks[j].norm != "the" {
			return -1
		}
	}
	return -1
}

// attackingParty reports whether the mention m can name the doer of an act
// of force: a state or organisation, not a place ("a Baghdad bombing"),
// not a war's name, nor a demonym placing insurgents or an opposition
// group outside its state.
func attackingParty(toks []token, m mention) bool {
	if m.ent.Kind != graph.Country && m.ent.Kind != graph.Organization || m.place {
		return false
	}
	return !qualifiesNonStatePeople(toks, m) && !qualifiesNonStateGroup(toks, m) && !namesWar(toks, m)
}

// forceClauseDoer returns the mention of the doer named as the subject of
// a clause that follows the verb of harm at t and tells the act of force
// ("were killed when US troops opened fire", "as Israeli jets bombed the
// town"), and the index of the clause's verb ("fire" after "opened");
// -1, -1 when there is none.
// A demonym must qualify an armed force or weapon ("US troops", "Israeli
// missiles"); a name may stand alone ("when Hezbollah attacked").
func (v *sentenceView) forceClauseDoer(t int) (doer, verb int) {
	toks := v.toks
	opener := -1
	for k := t + 1; k < len(toks) && k <= t+8; k++ {
		u := toks[k]
		if victimClauseOpeners[u.norm] {
			opener = k
			break
		}
		if u.punct && !u.hyphen && u.text != "," || clauseBreak(u) || u.norm == "by" {
			return -1, -1
		}
		if n := v.at[k]; n >= 0 && v.ms[n].ent.Kind != graph.Location && !v.ms[n].place {
			return -1, -1
		}
	}
	if opener < 0 {
		return -1, -1
	}
	j := opener + 1
	for j < len(toks) && j <= opener+2 && (adjectivalBefore[toks[j].norm] || unitCounts[toks[j].norm] > 0) && v.at[j] < 0 {
		j++ // "when several American troops", "as two Israeli jets"
	}
	if j >= len(toks) || v.at[j] < 0 {
		return -1, -1
	}
	doer = v.at[j]
	m := v.ms[doer]
	if !attackingParty(toks, m) || toks[m.last].poss {
		return -1, -1
	}
	k := m.last + 1
	if k < len(toks) && (armedForce(toks[k].norm) || forceAgents[toks[k].norm]) {
		k++
	} else if m.form == formDemonym {
		return -1, -1 // "when Iraqi officials": no force named
	}
	for k < len(toks) && (auxiliaries[toks[k].norm] || beForms[toks[k].norm]) {
		k++
	}
	if k >= len(toks) || !forceClauseVerbs[toks[k].norm] {
		return -1, -1
	}
	if toks[k].norm == "opened" {
		if k+1 >= len(toks) || toks[k+1].norm != "fire" {
			return -1, -1 // "as US troops opened a road"
		}
		k++ // "opened fire": the lexicon reads "fire"
	}
	return doer, k
}

// hedgedAttack reports an act's noun at act qualified as suspected or
// alleged: "in a suspected US missile strike".
func hedgedAttack(toks []token, act int) bool {
	for k := act - 1; k >= 0 && k >= act-5; k-- {
		if hedgedAttackQualifiers[toks[k].norm] {
			return true
		}
		if prepositions[toks[k].norm] || toks[k].norm == "during" || toks[k].norm == "under" {
			return false
		}
	}
	return false
}

// lexiconMode returns the mode the event lexicon gives the act of force
// whose noun or verb is at k ("air strike": strike, "shelled": shelling),
// or "".
func lexiconMode(toks []token, k int) string {
	tr := triggers[toks[k].norm]
	if tr == nil {
		return ""
	}
	fallback := ""
	for i, r := range tr.rules {
		if r.typ != graph.Assault {
			continue
		}
		if r.matches(toks, k) {
			return r.modeAt(toks, k)
		}
		if i == 0 && doneAttackNouns[toks[k].norm] && !underAttackNouns[toks[k].norm] {
			fallback = r.mode // "in the airstrike": the noun needs no context to be a strike
		}
	}
	return fallback
}
