package loader

import (
	"slices"
	"strings"

	"github.com/geokg/geokg/graph"
)

// This file reads the first person plural inside a quotation as the side
// its speaker acts for. `"Our troops took the town," the Russian defence
// minister said`: the troops are Russia's, and Russia took the town;
// `"They attacked us," the Georgian president said`: Georgia was attacked.
// The speaker is the one quoteSpeaker finds (an introducing or trailing
// speech verb, or a quotation running over sentences). A speaker stands
// for a side when he holds a state office (stateOf), belongs to or speaks
// for a body (bodyOfMember), or is himself a state or organisation. An
// analyst's or a journalist's "we" is nobody's side, and "we" in a quotation
// no named speaker says has no referent.

// ownPartyNouns are the nouns that, after "our" in a quotation, name the
// speaker's side or its men, with the kinds of party they may stand for:
// "our country" is a state, "our organisation" a body, "our forces"
// either (a state's army or an armed group's fighters). "Our region", "our
// people" and the like name no party.
var ownPartyNouns = map[string][]graph.EntityKind{
	"country": stateOnly, "nation": stateOnly, "government": stateOnly, "administration": stateOnly,
	"navy": stateOnly, "force": stateOnly,
	"troops": stateOrBody, "forces": stateOrBody, "military": stateOrBody, "army": stateOrBody, "soldiers": stateOrBody,
	"fighters": bodyOnly, "organisation": bodyOnly, "organization": bodyOnly, "movement": bodyOnly,
	"party": bodyOnly, "group": bodyOnly,
}

// The kinds of side an ownPartyNoun may stand for.
var (
	stateOnly   = []graph.EntityKind{graph.Country}
	bodyOnly    = []graph.EntityKind{graph.Organization}
	stateOrBody = []graph.EntityKind{graph.Country, graph.Organization}
)

// ownPartyModifiers may stand between "our" and its noun: "our armed
// forces", "our own troops", "our air force".
var ownPartyModifiers = map[string]bool{
	"armed": true, "security": true, "own": true, "special": true, "air": true, "ground": true, "naval": true,
	"peacekeeping": true, "brave": true,
}

// speakerParty returns the side the speaker of the quotation holding
// toks[k] acts for, if it is of one of the kinds wanted: the speaker
// himself when a state or organisation, else the state he holds office
// for or the body he belongs to, else, where a state is wanted, the
// country he is from (a lawmaker's "our military"). Nil when the
// quotation has no named speaker or he acts for no side.
func (a *article) speakerParty(v *sentenceView, k int, kinds ...graph.EntityKind) *graph.Entity {
	if !a.inQuotation(v.toks, k) {
		return nil
	}
	s := a.quoteSpeaker(v, k)
	if s == nil {
		return nil
	}
	p := s
	if s.Kind == graph.Person {
		if p = a.stateOf(s); p == nil {
			p = a.bodyOfMember(s)
		}
		if p == nil && slices.Contains(kinds, graph.Country) && !commentator(s) {
			p = a.nationOf(s) // a lawmaker's "our military" is his country's
		}
	}
	if p == nil || (len(kinds) > 0 && !slices.Contains(kinds, p.Kind)) {
		return nil
	}
	return p
}

// nationOf returns the article's copy of the country the person p is
// from, or nil.
func (a *article) nationOf(p *graph.Entity) *graph.Entity {
	if p.Country == "" {
		return nil
	}
	if e := a.x.gaz.byCountry(p.Country); e != nil {
		return a.entity(e)
	}
	return nil
}

// quotedOwnSubject returns the side "our X" stands for when it is the
// subject that ends at j ("our troops", "our armed forces") inside a
// quotation: `"Our military captured him," the President said` makes the
// President's state the actor. Nil otherwise.
func (a *article) quotedOwnSubject(v *sentenceView, j int) *graph.Entity {
	toks := v.toks
	if j < 1 || v.at[j] >= 0 {
		return nil
	}
	kinds, ok := ownPartyNouns[toks[j].norm]
	if !ok {
		return nil
	}
	o := j - 1
	if ownPartyModifiers[toks[o].norm] && o >= 1 {
		o--
	}
	if toks[o].norm != "our" || (toks[j].norm == "force" && toks[j-1].norm != "air") || !clauseStart(toks, o) {
		return nil
	}
	for k := j + 1; k < len(toks) && auxiliaries[toks[k].norm]; k++ {
		if toks[k].norm == "to" {
			return nil // "our country to send a message": an infinitive, not a finite verb
		}
	}
	return a.speakerParty(v, o, kinds...)
}

// clauseStart reports whether toks[k] opens a clause: the sentence's or a
// quotation's first word, or a word after punctuation, a coordinator or a
// clause opener ("and our troops", "when our forces"). After a
// preposition or a verb ("rallies across our country") "our X" is no
// subject.
func clauseStart(toks []token, k int) bool {
	if k == 0 {
		return true
	}
	p := toks[k-1]
	return p.punct || coordinators[p.norm] || clauseOpeners[p.norm]
}

// quotedFirstPersonSubject returns who "I" or "we" at j, the subject of a
// verb inside a quotation, stands for: the speaker, whose state or body
// withStates adds. A commentator's "we" ("we will see a war," an analyst
// said) is his audience's or his trade's, no party to the event. Nil
// when the quotation has no named speaker.
func (a *article) quotedFirstPersonSubject(v *sentenceView, j, t int) *graph.Entity {
	s := a.quoteSpeaker(v, t)
	if s == nil || v.toks[j].norm == "i" || !commentator(s) {
		return s
	}
	return nil
}

// commentatorTitles are the roles of those who speak about events rather
// than for a side in them.
var commentatorTitles = map[string]bool{
	"analyst": true, "journalist": true, "commentator": true, "columnist": true, "correspondent": true,
	"expert": true, "professor": true, "researcher": true, "scholar": true, "historian": true, "economist": true,
}

// commentator reports whether the person p is known only as a commentator:
// every role he has is a commentatorTitle ("political analyst X").
func commentator(p *graph.Entity) bool {
	if p.Kind != graph.Person || len(p.Roles) == 0 {
		return false
	}
	for _, r := range p.Roles {
		words := strings.Fields(strings.ToLower(r.Title))
		if len(words) == 0 || !commentatorTitles[words[len(words)-1]] {
			return false
		}
	}
	return true
}

// quotedUsObject returns the side "us" right after the verb at t stands
// for inside a quotation (`"They shelled us," the Georgian minister
// said`), or nil. "US" in capitals is the United States, a mention.
func (a *article) quotedUsObject(v *sentenceView, t int) *graph.Entity {
	k := t + 1
	if k >= len(v.toks) || v.toks[k].text != "us" || v.at[k] >= 0 {
		return nil
	}
	return a.speakerParty(v, k, stateOrBody...)
}

// quotedUsObjectOr returns quotedUsObject for the verb at t when it finds
// a side, else the object found otherwise.
func (a *article) quotedUsObjectOr(v *sentenceView, t int, object *graph.Entity) *graph.Entity {
	if p := a.quotedUsObject(v, t); p != nil {
		return p
	}
	return object
}

// lapsedOffices reports whether the office r the text states for the
// person e, named at toks[first:last+1], should join the roles the gazetteer
// gives him because none of those is held at publication: "Israeli
// minister Shaul Mofaz" in 2008, after his dated term as Defence Minister,
// still speaks for Israel, and his "we" is Israel's. Only a state office
// of a named state or body is taken, and not one the text marks as past
// before or after the name ("former Israeli minister X", "X, the former
// Prime Minister of Thailand").
func (a *article) lapsedOffices(e *graph.Entity, r office, toks []token, first, last int) bool {
	if r.of == "" || !stateOffice(r.title) || !a.hasPub {
		return false
	}
	for k := max(0, first-statedTitleReach); k < min(len(toks), last+1+statedTitleReach); k++ {
		if pastOfficeWords[toks[k].norm] {
			return false
		}
	}
	for _, held := range e.Roles {
		if a.heldAtPublication(e, held) {
			return false
		}
	}
	return true
}

// statedTitleReach is how far from a name its stated title may reach.
const statedTitleReach = 8

// pastOfficeWords mark a stated office as one no longer held.
var pastOfficeWords = map[string]bool{"former": true, "ex": true, "ex-": true, "then": true, "late": true, "outgoing": true, "erstwhile": true,
	"deposed": true, "ousted": true, "exiled": true, "toppled": true, "overthrown": true, "retired": true}
