package loader

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// Verdicts and trials told from the defendant's side. News states most
// convictions and trials with the accused as subject and no court as
// agent: "Pamuk was convicted in Turkey", "Corby was found guilty by an
// Indonesian court", "Taylor went on trial in The Hague". Only a state's
// courts (or a court states set up) try people, so the court named by its
// nationality, its seat or its name, or else the state where the trial is
// held, accuses the defendant (ANNOTATION.md: ACCUSE, mode trial; where a
// state acts through an unnamed official, the state is the actor). The
// generic passive takes the subject of "was found guilty" and of "went on
// trial" for the doer; these frames read the accused there instead, and
// the lexicon's readings of those forms are skipped (skippedTrialHit).
// Sentencing and charging are acts of custody (implicit.go).

// verdictAdverbs may stand between a passive's auxiliaries and its
// participle: "was unanimously convicted", "was today found guilty".
var verdictAdverbs = map[string]bool{"today": true, "yesterday": true, "also": true, "later": true, "since": true, "subsequently": true, "previously": true, "eventually": true, "finally": true}

// verdictHedges before a verdict make it a condition, not an outcome: "if
// found guilty", "unless he is convicted".
var verdictHedges = map[string]bool{"if": true, "unless": true, "whether": true, "until": true}

// verdictCourtNouns name what tries people: "an Indonesian court", "a jury in
// Genoa", "a military tribunal".
var verdictCourtNouns = map[string]bool{"court": true, "courts": true, "tribunal": true, "jury": true, "judge": true, "judges": true}

// courtHeadWords may stand between a court's nationality or seat and its
// noun: "an Italian appeals court", "a Turkish military court".
var courtHeadWords = map[string]bool{
	"military": true, "criminal": true, "district": true, "appeals": true, "appeal": true, "federal": true, "high": true,
	"supreme": true, "regional": true, "provincial": true, "state": true, "special": true, "security": true, "local": true,
	"lower": true, "trial": true, "revolutionary": true, "islamic": true, "civil": true, "magistrates": true, "grand": true,
}

// goingVerbs put the accused "on trial" as their subject: "went on trial".
var goingVerbs = map[string]bool{"go": true, "goes": true, "went": true, "going": true, "gone": true}

// verdictPassive returns the last auxiliary of the passive verdict or
// trial at t ("was convicted", "have been found guilty", "will be tried"),
// or -1.
func verdictPassive(toks []token, t int) int {
	switch {
	case toks[t].norm == "convicted" || toks[t].norm == "tried":
	case toks[t].norm == "found" && t+1 < len(toks) && toks[t+1].norm == "guilty":
	default:
		return -1
	}
	j := t - 1
	for j > 0 && (strings.HasSuffix(toks[j].norm, "ly") || verdictAdverbs[toks[j].norm]) && !beForms[toks[j].norm] {
		j--
	}
	if j < 0 || !beForms[toks[j].norm] {
		return -1
	}
	for k := j - 1; k >= 0 && k >= j-5; k-- {
		if verdictHedges[toks[k].norm] {
			return -1 // "if he is found guilty"
		}
		if toks[k].punct {
			break
		}
	}
	return j
}

// onTrial returns the word before the subject of "X went on trial", "X is
// on trial", or -1: the index of the verb's first auxiliary or of the verb.
func onTrial(toks []token, t int) int {
	if toks[t].norm != "trial" || t < 2 || toks[t-1].norm != "on" {
		return -1
	}
	if w := toks[t-2].norm; goingVerbs[w] || beForms[w] {
		return t - 2
	}
	return -1
}

// skippedTrialHit reports a lexicon trigger at t that accusedTrials reads
// with the accused as target: the passive "was found guilty" (whose
// subject the generic reader would take for the finder) and the trial
// noun of "went on trial" or "will stand trial" (whose subject it would
// take for the prosecutor). An acquittal, "was found not guilty", accuses
// no one.
func skippedTrialHit(toks []token, t int) bool {
	if !toks[t].gates(gateTrial) {
		return false
	}
	switch toks[t].norm {
	case "found":
		return verdictPassive(toks, t) >= 0 || (t+2 < len(toks) && toks[t+1].norm == "not" && toks[t+2].norm == "guilty" && t > 0 && beForms[toks[t-1].norm])
	case "trial":
		return onTrial(toks, t) >= 0 || (t > 0 && facingVerbs[toks[t-1].norm]) || (t > 1 && toks[t-1].norm == "a" && facingVerbs[toks[t-2].norm])
	}
	return false
}

// accusedTrials reads agentless verdicts and trials of a named party:
//   - "X was convicted in Turkey", "X was found guilty by an Indonesian
//     court", "X was convicted by a court in Genoa": the court's state;
//   - "X went on trial in Baghdad", "X is on trial before the Special
//     Court": the state where it sits, or the court named.
func (a *article) accusedTrials(s sentence, v *sentenceView) []*candidate {
	var out []*candidate
	toks := v.toks
	for t, tok := range toks {
		if t == 0 || !tok.gates(gateTrial) || v.at[t] >= 0 || tok.hyphen {
			continue
		}
		var state, accused *graph.Entity
		rule := "verb:verdict-in-state"
		if j := verdictPassive(toks, t); j >= 0 {
			end := t
			if tok.norm == "found" {
				end = t + 1
			}
			var named bool
			if state, named = a.verdictCourt(v, end); state == nil && !named {
				if state = a.custodyState(v, end, "trial"); state == nil {
					state = v.sayerState(j)
				}
				if state == nil {
					if state = a.storyVerdictState(v, end, j); state != nil {
						rule = "verb:verdict-in-story"
					}
				}
			}
			if state != nil {
				accused = a.accusedBefore(v, j)
			}
			if rule == "verb:verdict-in-story" && (!storyCustodyPatient(v, j, accused) || !politicalDefendant(v, end, accused)) {
				continue // "he was convicted": the story's state, but whom? "Smith was convicted of murder": no state's quarrel
			}
		} else if j := onTrial(toks, t); j >= 0 {
			rule = "verb:on-trial-in-state"
			if state = a.trialVenue(v, t+1); state != nil {
				accused = a.subjectBefore(v, j-1)
			}
		}
		if state == nil || accused == nil || accused == state || accused.Kind == graph.Location {
			continue // "two Italian officers were convicted in Genoa": no party but the state
		}
		c := &candidate{typ: graph.Accuse, mode: "trial", rule: rule, confidence: 0.55, sent: s, trigger: t}
		c.actors = []*graph.Entity{state}
		c.targets = a.withStates([]*graph.Entity{accused}, c.actors)
		c.status = frameStatus(toks, t, true)
		c.location = v.eventLocation(t, c)
		out = append(out, c)
	}
	return out
}

// verdictCourt reads the agent of the passive verdict ending at t when it
// is a court: "by an Indonesian court", "by a Delhi court", "by a court in
// Genoa" stand for the court's state, "by the Special Court for Sierra
// Leone" for the court named. named reports an agent that names some
// other party ("by his party"): no court's state may then be guessed.
func (a *article) verdictCourt(v *sentenceView, t int) (state *graph.Entity, named bool) {
	toks := v.toks
	k := t + 1
	for ; k < len(toks) && k <= t+maxArgGap && toks[k].norm != "by"; k++ {
		if clauseBreak(toks[k]) || toks[k].text == "." || toks[k].text == "," || toks[k].norm == "and" {
			return nil, false // "convicted of fraud and sentenced by": another verb's agent
		}
	}
	if k >= len(toks) || toks[k].norm != "by" {
		return nil, false
	}
	j := k + 1
	for j < len(toks) && j <= k+2 && nounDeterminers[toks[j].norm] {
		j++
	}
	if j >= len(toks) {
		return nil, false
	}
	if n := v.at[j]; n >= 0 {
		m := v.ms[n]
		if isCourt(m.ent) {
			return m.ent, true
		}
		if (m.ent.Kind == graph.Country || m.ent.Kind == graph.Location) && courtNounAfter(toks, m.last+1) {
			return a.countryOf(m.ent), true // "by an Indonesian court", "by a Delhi court"
		}
		return nil, true
	}
	if !courtNounAfter(toks, j) {
		return nil, false
	}
	for ; j < len(toks) && !verdictCourtNouns[toks[j].norm]; j++ {
	}
	return a.trialVenue(v, j+1), false // "by a court in Genoa"; "by a jury" leaves the state to the place
}

// courtNounAfter reports a court's noun at k, after words of its kind:
// "court", "military court", "appeals court".
func courtNounAfter(toks []token, k int) bool {
	for ; k < len(toks) && courtHeadWords[toks[k].norm]; k++ {
	}
	return k < len(toks) && verdictCourtNouns[toks[k].norm]
}

// trialVenue returns who tries a party where the phrase at k says where:
// "in Iraq", "in Baghdad" (the city's state), "before the Special Court",
// "at the International Criminal Court" (the court named). Else nil.
func (a *article) trialVenue(v *sentenceView, k int) *graph.Entity {
	toks := v.toks
	k = timeAdjunct(toks, k)
	if k+1 >= len(toks) || (toks[k].norm != "in" && toks[k].norm != "at" && toks[k].norm != "before") {
		return nil
	}
	j := k + 1
	for j < len(toks) && j <= k+2 && nounDeterminers[toks[j].norm] {
		j++
	}
	if j >= len(toks) {
		return nil
	}
	n := v.at[j]
	if n < 0 || v.ms[n].first != j || v.ms[n].modifier {
		return nil
	}
	switch e := v.ms[n].ent; {
	case isCourt(e):
		return e
	case toks[k].norm == "in" && (e.Kind == graph.Country || e.Kind == graph.Location):
		return a.countryOf(e)
	}
	return nil
}

// verdictHedgeAuxiliaries among a verdict's auxiliaries make it no plain
// statement: "would be convicted", "to be found guilty", "not convicted".
var verdictHedgeAuxiliaries = map[string]bool{
	"be": true, "to": true, "not": true, "never": true, "will": true, "would": true, "shall": true, "should": true,
	"can": true, "could": true, "may": true, "might": true, "must": true,
}

// storyVerdictState returns the story's state as the court's for the
// plainly told verdict ending at t whose auxiliaries end at j: a verdict
// whose court the sentence leaves unsaid is, in a story about one state,
// that state's. A place after the verb in another state ("convicted of
// spying in Iran" in a story about Britain) leaves the court unknown.
func (a *article) storyVerdictState(v *sentenceView, t, j int) *graph.Entity {
	toks := v.toks
	for k := j; k >= 0 && k >= j-4; k-- {
		w := toks[k].norm
		if verdictHedgeAuxiliaries[w] {
			return nil
		}
		if !auxiliaries[w] && !beForms[w] && !verdictAdverbs[w] {
			break
		}
	}
	d := a.dominantCountry()
	if d == nil {
		return nil
	}
	for k := t + 1; k < len(toks); k++ {
		if toks[k].punct || clauseBreak(toks[k]) {
			break
		}
		if n := v.at[k]; n >= 0 {
			if c := a.countryOf(v.ms[n].ent); c != nil && c != d {
				return nil // sentences.go: countryOf reads only countries and places
			}
		}
	}
	return d
}

// accusedBefore returns the subject of the passive verdict whose
// auxiliaries end at j: whom custodyPatient finds, or a body in apposition
// ("the former ruling party, Thai Rak Thai, was").
func (a *article) accusedBefore(v *sentenceView, j int) *graph.Entity {
	k := j
	for k >= 0 && (auxiliaries[v.toks[k].norm] || beForms[v.toks[k].norm] || verdictAdverbs[v.toks[k].norm]) {
		k--
	}
	if k >= 1 && v.toks[k].text == "," {
		if n := v.at[k-1]; n >= 0 && v.ms[n].first > 0 && subjectPhrasePrepositions[v.toks[v.ms[n].first-1].norm] {
			return nil // "Arnao, a staffer for Fumo, was": the name ends the apposition, not the subject
		}
	}
	if e := a.custodyPatient(v, j); e != nil {
		return e
	}
	j = k
	if j < 1 || v.toks[j].text != "," {
		return nil
	}
	if n := v.at[j-1]; n >= 0 && v.ms[n].ent.Kind == graph.Organization && usable(v.ms[n]) {
		return v.ms[n].ent
	}
	return nil
}

// politicalCharges name crimes against a state or by its servants, which
// make a trial a state's act against a party: "convicted of espionage",
// "found guilty of crimes against civilians", "of inciting".
var politicalCharges = map[string]bool{
	"treason": true, "espionage": true, "spying": true, "sedition": true, "subversion": true, "terrorism": true,
	"terrorist": true, "genocide": true, "crimes": true, "corruption": true, "bribery": true, "bribes": true,
	"inciting": true, "incitement": true, "insulting": true, "defamation": true, "coup": true, "rebellion": true,
	"insurrection": true, "secrets": true, "separatism": true, "extremism": true, "election": true, "electoral": true,
	"abuse": true, "abusing": true, "torture": true, "torturing": true,
}

// politicalDefendant reports whether the verdict ending at t is of a
// state's quarrel with a party rather than a private crime (ANNOTATION.md
// leaves out crime with no state actor): the accused is a body or holds
// an office the article states, or the charge after the verb is a
// political one. Only readings whose court the sentence leaves unsaid
// need it; a court or place named makes the story one of that state.
func politicalDefendant(v *sentenceView, t int, accused *graph.Entity) bool {
	if accused.Kind == graph.Organization || len(accused.Roles) > 0 {
		return true
	}
	for k := t + 1; k < len(v.toks) && k <= t+maxArgGap; k++ {
		if clauseBreak(v.toks[k]) || v.toks[k].text == "." {
			break
		}
		if politicalCharges[v.toks[k].norm] {
			return true
		}
	}
	return false
}

// chargeGovernors take the crime someone is charged with or convicted of
// as a noun: "charged with riot", "convicted of murder", "guilty of
// aggravated assault", "on charges of sedition". What one is jailed or
// arrested for is left alone: "arrested for protesting" tells a protest
// that happened.
var chargeGovernors = map[string]string{
	"charged": "with", "convicted": "of", "guilty": "of", "charges": "of",
	"indicted": "for", "tried": "for",
}

// chargedNoun reports whether the event noun at t names the crime a charge
// or verdict is about ("charged with riot", "convicted of the attack on"):
// only the charge happened, and the accused, not anyone the sentence names
// as subject, is said to have done it.
func chargedNoun(toks []token, t int) bool {
	for k := t - 1; k >= 1 && k >= t-3; k-- {
		w := toks[k].norm
		if p, ok := chargeGovernors[toks[k-1].norm]; ok && w == p {
			return true
		}
		if toks[k].punct || toks[k].upper {
			return false
		}
	}
	return false
}
