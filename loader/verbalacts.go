package loader

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// This file reads verbal acts whose parties stand in frames the trigger
// lexicon does not reach:
//
//   - a body putting a person in office: "Parliament elected X as its
//     speaker", "the king named X as prime minister", "X was appointed
//     foreign minister by Y" is SUPPORT of the appointer for the person;
//   - accepting a resignation: "the king accepted the resignation of X"
//     is AGREE of the accepter with X (the resignation is X's concession,
//     not the accepter's);
//   - turning down a party's calls: "ignored calls by X to resign",
//     "resisted repeated demands from X" is REJECT aimed at X;
//   - an assurance given to a party: "assured X that it would" is AGREE
//     with X.

// appointmentVerbs put a person in an office: "elected X as speaker".
var appointmentVerbs = map[string]bool{
	"elected": true, "elects": true, "elect": true, "appointed": true, "appoints": true, "appoint": true,
	"named": true, "names": true, "nominated": true, "nominates": true, "nominate": true,
	"confirmed": true, "confirms": true, "installed": true, "installs": true, "designated": true,
	"chose": true, "chosen": true, "chooses": true, "picked": true, "picks": true, "selected": true, "selects": true,
	"sworn": true, "invested": true,
}

// appointedOffices name the office a person is put in: its holder's title.
var appointedOffices = map[string]bool{
	"president": true, "vice-president": true, "speaker": true, "chairman": true, "chairwoman": true, "chair": true,
	"leader": true, "head": true, "chief": true, "secretary": true, "secretary-general": true, "minister": true,
	"premier": true, "chancellor": true, "governor": true, "ambassador": true, "envoy": true, "director": true,
	"commander": true, "successor": true, "mayor": true, "deputy": true, "prime": true, "representative": true,
	"spokesman": true, "spokeswoman": true, "coordinator": true, "mediator": true, "administrator": true,
	"commissioner": true, "judge": true, "justice": true, "attorney": true, "general": true,
}

// officeAfter reports an office named within a few words from k on: "as
// its first female speaker", "the new temporary president", "foreign
// minister". It stops at punctuation and clause words.
func officeAfter(toks []token, k int) bool {
	for j := k; j < len(toks) && j <= k+5; j++ {
		u := toks[j]
		if appointedOffices[u.norm] {
			return true
		}
		if u.punct || officeEnders[u.norm] && u.norm != "of" {
			return false
		}
	}
	return false
}

// appointments reads "X elected/named/appointed Y as ROLE" and its
// passive "Y was elected/appointed/sworn in as ROLE by X" as SUPPORT of X
// for Y. The office must be named: "documents that named Y as a CIA
// operative" names, it does not appoint.
func (a *article) appointments(v *sentenceView, t int) *candidate {
	toks := v.toks
	if t == 0 || !appointmentVerbs[toks[t].norm] {
		return nil
	}
	c := &candidate{typ: graph.Support, rule: "verb:appoint", confidence: 0.6}
	var appointer, appointee *graph.Entity
	if beForms[toks[t-1].norm] {
		// Passive: the office right after the verb, the appointer after "by".
		k := t + 1
		if k < len(toks) && toks[k].norm == "in" {
			k++ // "was sworn in as"
		}
		k = skipTimeAdverbAfter(toks, k) // endorsements.go: "was invested on Tuesday as"
		if k < len(toks) && toks[k].norm == "as" {
			k++
		}
		if !officeAfter(toks, k) {
			return nil
		}
		appointer, appointee = a.verbArguments(v, t, &eventRule{typ: graph.Support}, c)
		if appointer == nil || appointee == nil || appointee.Kind != graph.Person {
			if x, y := a.distantAppointer(v, t, k); x != nil { // endorsements.go: a long office before "by Y"
				appointer, appointee = x, y
			}
		}
	} else {
		if toks[t].norm == "sworn" || toks[t].norm == "invested" {
			return nil
		}
		n := v.next(t)
		if n < 0 || v.ms[n].ent.Kind != graph.Person || v.ms[n].first > t+4 || toks[v.ms[n].last].poss {
			return nil
		}
		for j := t + 1; j < v.ms[n].first; j++ {
			if toks[j].punct {
				return nil
			}
		}
		k := v.skipPersonDescription(v.ms[n].last + 1)
		if !v.subjectRightBefore(t) || !officeFollows(toks, k) {
			return nil
		}
		appointee = v.ms[n].ent
		appointer, _ = a.verbArguments(v, t, &eventRule{typ: graph.Support}, c)
	}
	if appointer == nil || appointee == nil || appointee.Kind != graph.Person || appointer.Kind == graph.Location || appointer == appointee {
		return nil
	}
	if !a.setParties(c, []*graph.Entity{appointer}, []*graph.Entity{appointee}) {
		return nil
	}
	c.status = frameStatus(toks, t, true)
	return c
}

// officeEnders end the words that can name an office after an appointee.
var officeEnders = map[string]bool{"and": true, "to": true, "by": true, "after": true, "who": true, "which": true, "in": true, "on": true, "for": true, "of": true}

// officeFollows reports the office an appointee at k-1 is put in: "as"
// and an office within a few words ("as its first female speaker"), or
// the office within three words after the name ("elected X president",
// "named X the new foreign minister").
func officeFollows(toks []token, k int) bool {
	if k >= len(toks) {
		return false
	}
	if toks[k].norm == "as" {
		return officeAfter(toks, k+1)
	}
	for j := k; j < len(toks) && j <= k+2; j++ {
		if appointedOffices[toks[j].norm] {
			return true
		}
		if toks[j].punct || officeEnders[toks[j].norm] {
			return false
		}
	}
	return false
}

// subjectRightBefore reports that the verb at t follows its subject
// (a name, a pronoun, an auxiliary or an adverb: "has today
// nominated"), not a noun it qualifies: "the parliament has elected X",
// not "a man named X".
func (v *sentenceView) subjectRightBefore(t int) bool {
	k := t - 1
	for k >= 0 && (auxiliaries[v.toks[k].norm] || timeAdverbs[v.toks[k].norm] || strings.HasSuffix(v.toks[k].norm, "ly") || v.toks[k].norm == "also" || v.toks[k].norm == "later") {
		k--
	}
	if k < 0 {
		return false
	}
	return v.at[k] >= 0 || subjectPronouns[v.toks[k].norm] || k < t-1
}

// skipPersonDescription returns where the words after an appointee's
// name at k go on past what describes the person: the body the person
// belongs to ("X of the Pakistan Peoples Party (PPP) as"), or an
// apposition set off by commas ("X, a 49-year-old lawyer, as").
func (v *sentenceView) skipPersonDescription(k int) int {
	toks := v.toks
	if k+1 < len(toks) && toks[k].norm == "of" {
		j := k + 1
		if toks[j].norm == "the" {
			j++
		}
		if n := v.at[j]; n >= 0 && v.ms[n].ent.Kind == graph.Organization {
			k = v.ms[n].last + 1
			if k < len(toks) && toks[k].text == "(" {
				k = v.skipBrackets(k) + 1
			}
		}
		return k
	}
	if k < len(toks) && toks[k].text == "," {
		for j := k + 1; j < len(toks) && j <= k+10; j++ {
			if toks[j].text == "," {
				return j + 1
			}
			if clauseBreak(toks[j]) || relativePronouns[toks[j].norm] || toks[j].norm == "and" {
				return k
			}
		}
	}
	return k
}

// acceptanceVerbs take what another party yields: "accepted the resignation".
var acceptanceVerbs = map[string]bool{"accepted": true, "accepts": true, "accept": true, "accepting": true, "received": true}

// resignationNouns are offices given up that another party accepts.
var resignationNouns = map[string]bool{"resignation": true, "resignations": true, "renunciation": true}

// acceptedYielding reports a support verb at sv that takes a concession
// another party made: in "the king accepted the resignation" the king
// did not resign, so its subject is no actor of the noun.
func acceptedYielding(toks []token, sv int, r *eventRule) bool {
	return r.typ == graph.Concede && acceptanceVerbs[toks[sv].norm]
}

// acceptedResignation reads "X accepted the resignation of Y" as AGREE of
// X with Y. ("Accepted Y's resignation" is the accept rule's: its object
// names Y.)
func (a *article) acceptedResignation(v *sentenceView, t int) *candidate {
	toks := v.toks
	if !acceptanceVerbs[toks[t].norm] || toks[t].norm == "received" {
		return nil
	}
	var resigner *graph.Entity
	k := t + 1
	for k < len(toks) && k <= t+6 && !resignationNouns[toks[k].norm] {
		if toks[k].punct {
			return nil
		}
		if v.at[k] >= 0 {
			return nil // "accepted X's resignation" is the accept rule's
		}
		k++
	}
	if k >= len(toks) || !resignationNouns[toks[k].norm] {
		return nil
	}
	if k+1 < len(toks) && toks[k+1].norm == "of" {
		if n := v.next(k + 1); n >= 0 && v.ms[n].ent.Kind == graph.Person && v.ms[n].first <= k+5 {
			resigner = v.ms[n].ent
		}
	}
	if resigner == nil {
		return nil
	}
	c := &candidate{typ: graph.Agree, rule: "verb:accept-resignation", confidence: 0.6}
	accepter, _ := a.verbArguments(v, t, &eventRule{typ: graph.Agree}, c)
	if accepter == nil || accepter == resigner || accepter.Kind == graph.Location {
		return nil
	}
	if !a.setParties(c, []*graph.Entity{accepter}, []*graph.Entity{resigner}) {
		return nil
	}
	c.status = frameStatus(toks, t, true)
	return c
}

// refusalVerbs turn down what a party asked: "rejected calls by X".
var refusalVerbs = map[string]bool{
	"rejected": true, "rejects": true, "reject": true, "resisted": true, "resists": true, "resist": true,
	"ignored": true, "ignores": true, "ignore": true, "dismissed": true, "dismisses": true, "rebuffed": true,
	"rebuffs": true, "defied": true, "defies": true, "spurned": true, "refused": true,
}

// askingNouns are what a party asks of another.
var askingNouns = map[string]bool{
	"calls": true, "call": true, "demands": true, "demand": true, "requests": true, "request": true,
	"appeals": true, "appeal": true, "pleas": true, "plea": true, "ultimatum": true,
}

// rejectedCalls reads "X rejected calls by Y to resign" and "resisted
// repeated requests from Y" as REJECT of X aimed at Y, the party asking.
func (a *article) rejectedCalls(v *sentenceView, t int) *candidate {
	toks := v.toks
	if !refusalVerbs[toks[t].norm] {
		return nil
	}
	k := t + 1
	for k < len(toks) && k <= t+3 && !askingNouns[toks[k].norm] {
		if toks[k].punct || toks[k].upper || v.at[k] >= 0 {
			return nil
		}
		k++
	}
	if k+2 >= len(toks) || !askingNouns[toks[k].norm] || toks[k+1].norm != "by" && toks[k+1].norm != "from" {
		return nil
	}
	n := v.at[k+2]
	if n < 0 && toks[k+2].norm == "the" && k+3 < len(toks) {
		n = v.at[k+3]
	}
	if n < 0 || !usable(v.ms[n]) || v.ms[n].ent.Kind == graph.Location {
		return nil
	}
	c := &candidate{typ: graph.Reject, rule: "verb:reject-calls", confidence: 0.6}
	refuser, _ := a.verbArguments(v, t, &eventRule{typ: graph.Reject}, c)
	if refuser == nil || refuser.Kind == graph.Location {
		return nil
	}
	if !a.setParties(c, []*graph.Entity{refuser}, []*graph.Entity{v.ms[n].ent}) {
		return nil
	}
	c.status = frameStatus(toks, t, true)
	return c
}

// assuranceVerbs give a party one's word: "assured Iran that".
var assuranceVerbs = map[string]bool{"assured": true, "assures": true, "assure": true, "reassured": true, "reassures": true, "reassure": true}

// assuredParty reads "X assured Y (that) it would ..." as AGREE of X with
// Y: the clause after the party states what X undertakes.
func (a *article) assuredParty(v *sentenceView, t int) *candidate {
	toks := v.toks
	if !assuranceVerbs[toks[t].norm] {
		return nil
	}
	n := v.next(t)
	if n < 0 || v.ms[n].first > t+3 || v.ms[n].ent.Kind == graph.Location || toks[v.ms[n].last].poss {
		return nil
	}
	k := v.ms[n].last + 1
	if k < len(toks) && toks[k].norm == "that" {
		k++
	}
	// A clause with its own subject and a modal soon after: "it would",
	// "Moscow would not", "the United States will".
	found := false
	for j := k; j < len(toks) && j <= k+5; j++ {
		if toks[j].norm == "will" || toks[j].norm == "would" {
			found = j > k
			break
		}
		if toks[j].punct {
			break
		}
	}
	if !found {
		return nil
	}
	c := &candidate{typ: graph.Agree, rule: "verb:assure", confidence: 0.55}
	assurer, _ := a.verbArguments(v, t, &eventRule{typ: graph.Agree}, c)
	if assurer == nil || assurer.Kind == graph.Location {
		return nil
	}
	if !a.setParties(c, []*graph.Entity{assurer}, []*graph.Entity{v.ms[n].ent}) {
		return nil
	}
	c.status = frameStatus(toks, t, true)
	return c
}

// verbalActs reads the frames this file's comment lists.
func (a *article) verbalActs(s sentence, v *sentenceView) []*candidate {
	var out []*candidate
	for t := range v.toks {
		// Each reader opens with a verb of its own list; the class bit
		// answers for all four lists at once.
		if v.at[t] >= 0 || !v.toks[t].is(classVerbalActVerb) {
			continue
		}
		for _, read := range []func(*sentenceView, int) *candidate{a.appointments, a.acceptedResignation, a.rejectedCalls, a.assuredParty} {
			if c := read(v, t); c != nil {
				c.sent, c.trigger = s, t
				c.location = v.eventLocation(t, c)
				out = append(out, c)
			}
		}
	}
	return out
}
