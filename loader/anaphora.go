package loader

import (
	"slices"
	"strings"

	"github.com/geokg/geokg/graph"
)

// This file reads targets given by a noun phrase that refers back to an
// earlier event instead of naming a party: "Iran rejected the offer" after
// "Russia offered to enrich uranium" rejects Russia; "Japan condemned the
// attack" condemns the attacker. The remarks of speech.go are one case of
// it: "called the remarks irresponsible" accuses whoever made them.

// referentMemory is how many sentences back an event noun still refers to
// an event the article reported.
const referentMemory = 3

// recentOnly drops, in place, the items noted more than referentMemory
// sentences before sentence cur; sent gives the sentence an item was noted in.
func recentOnly[T any](items []T, cur int, sent func(T) int) []T {
	return slices.DeleteFunc(items, func(x T) bool { return sent(x) < cur-referentMemory })
}

// referringDeterminers open a noun phrase that points back to something
// the article has told: "the offer", "these sales", "such attacks".
var referringDeterminers = map[string]bool{"the": true, "this": true, "that": true, "these": true, "those": true, "such": true}

// referringPrepositions may stand between a verb and the phrase it takes
// ("protested against the decision", "objected to the plan").
var referringPrepositions = map[string]bool{"to": true, "against": true, "about": true, "over": true}

// authorPrepositions after an event noun name who did it ("the offer from
// India", "the remarks of the minister"): the phrase needs no antecedent.
var authorPrepositions = map[string]bool{"of": true, "by": true, "from": true}

// referentClass is what kind of earlier event a noun can refer to.
type referentClass struct {
	// types are the event types the noun names.
	types []graph.EventType
	// rules, when set, narrows them to events some of these rules found
	// ("the offer" is an AGREE read off "offered", not off "agreed").
	rules []string
	// nouns admits events stated by a noun whose phrase names the parties
	// ("began joint exercises", "approved an arms sale"); see referents.go.
	nouns bool
	// joint marks an activity done together: a phrase referring to it
	// stands for all its parties ("condemned the drills"); see referents.go.
	joint bool
}

// fits reports whether the earlier event c is of the class.
func (rc referentClass) fits(c *candidate) bool {
	typeOK := false
	for _, t := range rc.types {
		typeOK = typeOK || c.typ == t
	}
	if !typeOK {
		return false
	}
	if len(rc.rules) == 0 {
		return true
	}
	for _, name := range rc.rules {
		if ruleNamed(c.rule, name) {
			return true
		}
	}
	return false
}

// ruleNamed reports whether a candidate's rule ("verb:promise-coordinated")
// is the lexicon rule name.
func ruleNamed(rule, name string) bool {
	i := strings.Index(rule, ":")
	rest := rule[i+1:]
	return rest == name || strings.HasPrefix(rest, name+"-")
}

var (
	offerClass      = referentClass{types: []graph.EventType{graph.Agree}, rules: []string{"promise", "willing"}}
	dealClass       = referentClass{types: []graph.EventType{graph.Agree, graph.Support}, rules: []string{"reach-agreement", "agree", "settle", "sign", "declare-end"}}
	requestClass    = referentClass{types: []graph.EventType{graph.Request}, rules: []string{"request", "demand", "call-on", "push-for", "seek", "pressure"}}
	invitationClass = referentClass{types: []graph.EventType{graph.Request}, rules: []string{"invite"}}
	tradeClass      = referentClass{types: []graph.EventType{graph.Cooperate, graph.Aid}, rules: []string{"arms-trade", "supply"}, nouns: true}
	visitClass      = referentClass{types: []graph.EventType{graph.Consult}, rules: []string{"visit", "trip", "travel", "arrive", "host"}}
	accusationClass = referentClass{types: []graph.EventType{graph.Accuse}}
	// protestClass counts protests a noun states too: a diplomatic protest
	// is most often "lodged" or "filed", a noun.
	protestClass    = referentClass{types: []graph.EventType{graph.Accuse}, rules: []string{"protest-to", "complaint", "summon-envoy"}, nouns: true}
	threatClass     = referentClass{types: []graph.EventType{graph.Threaten}}
	sanctionClass   = referentClass{types: []graph.EventType{graph.Sanction}}
	seizureClass    = referentClass{types: []graph.EventType{graph.Coerce}, rules: []string{"arrest", "jail", "seize", "expel", "crackdown"}}
	withdrawalClass = referentClass{types: []graph.EventType{graph.Retreat}, rules: []string{"withdraw", "pull-out", "release"}}
)

// referentNouns map nouns that name an event to the events they can refer
// back to. Words as wide as "decision" or "move" are left out: too many
// kinds of earlier event fit them. So are attacks: who is behind one is
// most often unknown, and the "attack" the extractor read before is as
// often a noun misread as a verb ("Spain, which witnessed a similar
// attack") whose actor is a guess.
var referentNouns = map[string]referentClass{
	"offer": offerClass, "offers": offerClass, "pledge": offerClass, "pledges": offerClass, "promise": offerClass, "promises": offerClass,
	"deal": dealClass, "agreement": dealClass, "accord": dealClass, "pact": dealClass, "treaty": dealClass,
	"request": requestClass, "requests": requestClass, "demand": requestClass, "demands": requestClass,
	"appeal": requestClass, "appeals": requestClass, "plea": requestClass, "ultimatum": requestClass,
	"invitation": invitationClass, "invitations": invitationClass,
	"sale": tradeClass, "sales": tradeClass, "purchase": tradeClass, "purchases": tradeClass, "deliveries": tradeClass,
	"shipment": tradeClass, "shipments": tradeClass, "transfer": tradeClass, "transfers": tradeClass,
	"visit": visitClass, "trip": visitClass,
	"accusation": accusationClass, "accusations": accusationClass, "allegation": accusationClass, "allegations": accusationClass,
	"charges": accusationClass, "criticism": accusationClass, "condemnation": accusationClass,
	"protest": protestClass, "complaint": protestClass, "complaints": protestClass,
	"threat": threatClass, "threats": threatClass, "warning": threatClass, "warnings": threatClass,
	"sanctions": sanctionClass, "embargo": sanctionClass, "boycott": sanctionClass,
	"arrest": seizureClass, "arrests": seizureClass, "detention": seizureClass, "seizure": seizureClass,
	"withdrawal": withdrawalClass, "pullout": withdrawalClass,
	"test": testClass, "tests": testClass, "launch": testClass, "launches": testClass,
	"expulsion": expulsionClass, "expulsions": expulsionClass,
	"deployment": deploymentClass, "deployments": deploymentClass, "buildup": deploymentClass, "build-up": deploymentClass,
	"ban": banClass, "suspension": sanctionClass, "recall": sanctionClass,
	"exercises": drillClass, "exercise": drillClass, "drills": drillClass, "manoeuvres": drillClass, "maneuvers": drillClass, "games": drillClass,
}

// referringTypes are the events whose object may be an earlier event
// standing for its author: one condemns, rejects, welcomes, accepts or
// protests what another did.
var referringTypes = map[graph.EventType]bool{graph.Accuse: true, graph.Reject: true, graph.Support: true, graph.Agree: true, graph.Concede: true, graph.Protest: true, graph.Sanction: true}

// referringObject returns the head of a noun phrase after the verb at t
// that refers back and names no party ("the remarks", "these sales", "the
// latest offer", "against the decision"), or -1. A name inside the phrase
// ("the Israeli attack") or an author after it ("the offer from India")
// leaves it to the rules that read names.
func referringObject(v *sentenceView, t int, head func(string) bool) int {
	toks := v.toks
	k := t + 1
	if k < len(toks) && referringPrepositions[toks[k].norm] {
		k++
	}
	if k+1 >= len(toks) || !referringDeterminers[toks[k].norm] {
		return -1
	}
	k++
	for mods := 0; !head(toks[k].norm); mods++ {
		u := toks[k]
		if mods == 2 || u.punct || u.upper || u.poss || v.at[k] >= 0 || referringDeterminers[u.norm] || clauseWords[u.norm] || k+1 >= len(toks) {
			return -1
		}
		k++ // "the latest offer", "the recent arms sales"
	}
	for k+1 < len(toks) && head(toks[k+1].norm) {
		k++ // "the arms sales", "the ceasefire agreement"
	}
	if k+1 < len(toks) && authorPrepositions[toks[k+1].norm] {
		return -1
	}
	return k
}

// referredParty returns, for a verb at t with no named target, the party
// its object refers to, and how the rule found it: the author of remarks
// reported before ("called the remarks irresponsible"), or the one author
// of the earlier events the object can name ("rejected the offer").
func (a *article) referredParty(v *sentenceView, t int, r *eventRule, actor *graph.Entity) ([]*graph.Entity, string) {
	if e := a.remarksAuthor(v, t, r, actor); e != nil {
		return []*graph.Entity{e}, "-remarks"
	}
	if !r.direct || !referringTypes[r.typ] {
		return nil, ""
	}
	k := referringObject(v, t, referringHead)
	if k < 0 {
		k = referringSubject(v, t, referringHead) // "the offer was rejected by Chile"
	}
	if k < 0 {
		return nil, ""
	}
	head := v.toks[k].norm
	if rc, ok := referentNouns[head]; ok && rc.joint {
		if parties := a.jointParties(rc, actor); parties != nil {
			return parties, "-referent-joint" // "condemned the drills": all who hold them
		}
		return nil, ""
	}
	if e := a.oneParty(a.referredAuthors(v, t, head, actor), actor); e != nil {
		return []*graph.Entity{e}, "-referent"
	}
	return nil, ""
}

// referredAuthors returns the authors of the earlier events and acts that
// the event noun head, in the sentence at t, can refer to; deeds of the
// reacting actor's side, when it is known, do not count.
func (a *article) referredAuthors(v *sentenceView, t int, head string, actor *graph.Entity) []*graph.Entity {
	var parties []*graph.Entity
	if rc, ok := referentNouns[head]; ok {
		parties = a.referredEvents(rc)
	}
	if lemma, ok := referentLemmas[head]; ok {
		for _, n := range a.authoredNouns(v, slices.Clip(a.authored), t) { // "the agreements made by Lien ..., since Chen opposes the accord"
			if sameDeed(lemma, n.lemma) && n.sent >= a.cur-referentMemory && (actor == nil || !a.sameSide(n.author, actor)) {
				parties = append(parties, n.author)
			}
		}
		if wideDeeds[lemma] {
			parties = append(parties, a.recentDeedDoers(actor)...) // anaphoricdeeds.go: "recalled its ambassador ... criticised the decision"
		}
	}
	return parties
}

// referringHead reports a noun that can name an earlier event.
func referringHead(w string) bool {
	_, event := referentNouns[w]
	_, named := referentLemmas[w]
	return event || named
}

// referredEvents returns the actors of the earlier events of the class in
// this sentence and the few before it. Only events stated by a verb count:
// an event named by a noun is often itself a phrase that refers back
// ("called the attacks an act of terrorism"), its actor a guess.
func (a *article) referredEvents(rc referentClass) []*graph.Entity {
	var out []*graph.Entity
	for i := len(a.found) - 1; i >= 0 && a.found[i].sent.index >= a.cur-referentMemory; i-- {
		if o := a.found[i]; rc.fits(o) && o.status != graph.Denied && (!o.noun || rc.nouns) {
			out = append(out, o.actors[0])
		}
	}
	return out
}

// oneParty returns the party all of parties stand for (one entity, or a
// person and his state), when there is one and it is not the actor's
// side: a phrase that could refer to two authors' deeds does not say
// which.
func (a *article) oneParty(parties []*graph.Entity, actor *graph.Entity) *graph.Entity {
	if len(parties) == 0 {
		return nil
	}
	for _, p := range parties[1:] {
		if !a.sameSide(parties[0], p) {
			return nil
		}
	}
	if a.sameSide(parties[0], actor) {
		return nil
	}
	return parties[0]
}

// authoredNoun is an act named with its author, which a later phrase may
// refer back to: "Iran's offer", "the agreements made by Lien", "the
// commission decided".
type authoredNoun struct {
	// lemma keys the act ("decided" and "decision" are both "decision").
	lemma  string
	author *graph.Entity
	// with are the other parties of a joint activity named with all its
	// parties ("talks between X, Y and Z": author X, with Y and Z); see
	// context.go.
	with []*graph.Entity
	// sent is the index of the sentence naming it.
	sent int
}

// referentLemmas key the nouns a later phrase may repeat, and the verbs
// whose nouns it may use ("the council decided ... welcomed the decision").
// Words too wide to name a kind of event by themselves ("decision",
// "move") refer back only this way, to an act named with its author.
var referentLemmas = map[string]string{
	"offer": "offer", "offers": "offer", "proposal": "proposal", "proposals": "proposal", "plan": "plan", "plans": "plan",
	"decision": "decision", "decisions": "decision", "ruling": "ruling", "move": "move", "resolution": "resolution",
	"request": "request", "requests": "request", "demand": "demand", "demands": "demand", "invitation": "invitation",
	"deal": "agreement", "agreement": "agreement", "agreements": "agreement", "accord": "agreement", "accords": "agreement",
	"pact": "agreement", "treaty": "agreement", "initiative": "initiative", "declaration": "declaration",
	"measure": "measure", "measures": "measure", "policy": "policy", "scheme": "plan", "roadmap": "plan", "programme": "plan",
	"announcement": "announcement", "accusation": "accusation", "accusations": "accusation", "allegation": "accusation", "allegations": "accusation",
	"charges": "accusation", "claim": "accusation", "claims": "accusation",
	"indictment": "accusation", "verdict": "verdict", "conviction": "verdict", "sentence": "verdict", "judgment": "verdict", "judgement": "verdict",
	"warrant": "warrant", "annexation": "annexation", "occupation": "occupation", "invasion": "invasion", "blockade": "blockade", "execution": "execution",
}

// authoringVerbs are verb forms whose subject authors the act a later
// noun names.
var authoringVerbs = map[string]string{
	"offered": "offer", "proposed": "proposal", "proposes": "proposal", "decided": "decision", "decides": "decision",
	"ruled": "ruling", "requested": "request", "demanded": "demand", "invited": "invitation",
	"alleged": "accusation", "alleges": "accusation", "claimed": "accusation", "announced": "announcement", "announces": "announcement",
	"indicted": "accusation", "convicted": "verdict", "sentenced": "verdict", "acquitted": "verdict",
	"annexed": "annexation", "annexes": "annexation", "occupied": "occupation", "invaded": "invasion", "invades": "invasion",
	"blockaded": "blockade", "executed": "execution",
}

// authorParticiples stand between an act's noun and its author: "the
// agreements made by Lien", "the plan put forward by Egypt".
var authorParticiples = map[string]bool{"made": true, "put": true, "forward": true, "issued": true, "presented": true, "submitted": true, "proposed": true, "offered": true, "signed": true, "reached": true, "announced": true, "unveiled": true, "drafted": true, "tabled": true}

// noteAuthoredNouns records the acts the sentence names with their
// authors, for phrases in the next few sentences that refer back to them.
func (a *article) noteAuthoredNouns(v *sentenceView) {
	keep := recentOnly(a.authored, a.cur, func(n authoredNoun) int { return n.sent })
	a.authored = a.authoredNouns(v, keep, len(v.toks))
}

// authoredNouns appends to out the acts named with their authors in the
// sentence's tokens before end.
func (a *article) authoredNouns(v *sentenceView, out []authoredNoun, end int) []authoredNoun {
	for k, u := range v.toks[:end] {
		if v.at[k] >= 0 {
			continue
		}
		if !u.is(classAuthoredWord) {
			continue // none of the three lists below
		}
		if kind, ok := activityNouns[u.norm]; ok {
			if parties := v.activityParties(k); parties != nil {
				out = append(out, authoredNoun{kind.lemma, parties[0], parties[1:], a.cur})
			}
		}
		if lemma, ok := authoringVerbs[u.norm]; ok {
			if e := a.deedAuthor(v, k); e != nil {
				out = append(out, authoredNoun{lemma, e, nil, a.cur})
			}
			continue
		}
		if lemma, ok := referentLemmas[u.norm]; ok {
			e := v.nounAuthor(k)
			if e == nil {
				e = v.attributiveAuthor(k) // deeds.go: "the NATO decision"
			}
			if e != nil && possessedDeed(v, k, lemma) {
				e = nil // "Taysir's sentence": whom it befell
			}
			if e == nil {
				e = a.presenter(v, k) // "Peru unveiled a peace plan"
			}
			if e != nil {
				out = append(out, authoredNoun{lemma, e, nil, a.cur})
			}
		}
	}
	return out
}

// nounAuthor returns who a noun at k is said to be the act of: a
// possessive before it ("Iran's latest offer") or an agent after it ("the
// offer from Russia", "the agreements made by Lien"). Nil when none is
// named.
func (v *sentenceView) nounAuthor(k int) *graph.Entity {
	toks := v.toks
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if n := v.at[j]; n >= 0 {
			if toks[j].poss && usable(v.ms[n]) && v.ms[n].ent.Kind != graph.Location {
				return v.ms[n].ent
			}
			break
		}
		if u := toks[j]; u.punct || u.upper || referringDeterminers[u.norm] || clauseWords[u.norm] {
			break
		}
	}
	p := k + 1
	for p < len(toks) && p <= k+2 && authorParticiples[toks[p].norm] {
		p++
	}
	if p+1 >= len(toks) || !authorPrepositions[toks[p].norm] || toks[p].norm == "of" {
		return nil
	}
	for j := p + 1; j < len(toks) && j <= p+3; j++ {
		if n := v.at[j]; n >= 0 {
			if usable(v.ms[n]) && v.ms[n].ent.Kind != graph.Location {
				return v.ms[n].ent
			}
			return nil
		}
		if u := toks[j]; u.norm != "the" && (!u.upper || u.punct) {
			return nil // only a determiner or a title may come first
		}
	}
	return nil
}

// referentBefore reports a noun of referentNouns as the subject of the
// verb group ending at k: "the invitation would be", "the offer was".
func referentBefore(toks []token, k int) bool {
	for j := k; j >= 0 && j >= k-3; j-- {
		if _, ok := referentNouns[toks[j].norm]; ok {
			return true
		}
		if !beForms[toks[j].norm] && !auxiliaries[toks[j].norm] {
			return false
		}
	}
	return false
}
