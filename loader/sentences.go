package loader

import (
	"slices"
	"strings"

	"github.com/geokg/geokg/graph"
)

// This file holds argument rules for plain news sentences whose parties
// the verb and noun frames of event.go leave unread: crowds that protest,
// and requests whose object is itself a nominalised event.

// crowdNouns name unnamed people acting together in the street.
var crowdNouns = map[string]bool{
	"protesters": true, "protestors": true, "demonstrators": true, "marchers": true, "crowds": true, "crowd": true,
	"people": true, "students": true, "workers": true, "youths": true, "residents": true, "citizens": true,
	"villagers": true, "farmers": true, "activists": true, "rioters": true, "mob": true, "mobs": true, "thousands": true, "hundreds": true, "dozens": true, "scores": true, "strikers": true,
	"supporters": true, "opponents": true, "teachers": true, "doctors": true, "refugees": true, "employees": true,
}

// countWords count the people of a crowd: "thousands of Kenyans".
var countWords = map[string]bool{"thousands": true, "hundreds": true, "dozens": true, "scores": true}

// crowdActor finds who protests when no named party does: ANNOTATION.md
// makes the country of unnamed citizens the actor. The crowd is the
// subject before the trigger at t ("Thousands of Nigerians rallied",
// "Palestinian youths demonstrated", "Demonstrators in Baghdad blocked a
// road"); its country is a nationality beside the crowd word, else the
// country of the place it is in, else that of the place the protest is
// in ("students marched in Manila").
func (a *article) crowdActor(v *sentenceView, t int, c *candidate) *graph.Entity {
	toks := v.toks
	crowd, last := -1, -1
	for k := t - 1; k >= 0 && k >= t-maxArgGap; k-- {
		u := toks[k]
		if clauseBreak(u) || (u.punct && u.text != "-") || relativePronouns[u.norm] || u.norm == "that" {
			break
		}
		if crowdNouns[u.norm] {
			crowd = k // keep going: the head of "thousands of students" is the first
			if last < 0 {
				last = k
			}
		}
		if n := v.at[k]; n >= 0 && crowd < 0 && v.ms[n].form != formDemonym && !v.ms[n].place && !v.locative(n) {
			return nil // a named party stands between: not a crowd's act
		}
	}
	if crowd < 0 {
		return nil
	}
	if countWords[toks[crowd].norm] && crowd+2 < t && toks[crowd+1].norm == "of" && last == crowd && v.at[crowd+2] < 0 && (crowd+3 >= t || v.at[crowd+3] < 0) {
		return nil // "hundreds of police": a count of something else
	}
	// A nationality beside the crowd: "Palestinian youths", "thousands of Nigerians".
	for k := crowd - 2; k <= crowd+3 && k < t; k++ {
		if k < 0 {
			continue
		}
		if n := v.at[k]; n >= 0 && v.ms[n].ent.Kind == graph.Country && !v.locative(n) && !antiModifier(toks, v.ms[n]) {
			if k > crowd && toks[crowd+1].norm != "of" {
				break
			}
			return v.ms[n].ent
		}
	}
	// The place the crowd is in ("demonstrators in Baghdad", "thousands of
	// students throughout Indonesia"), else where
	// the protest is.
	if p := last + 1; p < t && wherePrepositions[toks[p].norm] {
		for k := p + 1; k < t && k <= p+3; k++ {
			if n := v.at[k]; n >= 0 {
				return a.countryOf(v.ms[n].ent)
			}
		}
	}
	if p := a.countryOf(v.eventPlace(t, c)); p != nil {
		return p
	}
	if p := a.countryOf(v.streetPlace(t)); p != nil {
		return p // crowdplaces.go: "marched through the streets of Warsaw"
	}
	return v.protestedGovernment(t) // protestedgovernments.go: "protested against the government of Kenya"
}

// protestedParty returns the party an "anti-" word names right before the
// protest noun at t ("anti-American protests", "anti-Japanese street
// demonstrations"), or nil. Such a word names what the protest is
// against, and it is a modifier, never the one protesting.
func (v *sentenceView) protestedParty(t int) *graph.Entity {
	for k := t - 1; k >= 0 && k >= t-3; k-- {
		if v.toks[k].punct && !v.toks[k].hyphen {
			return nil
		}
		n := v.at[k]
		if n < 0 {
			continue
		}
		m := v.ms[n]
		if antiModifier(v.toks, m) && m.ent.Kind != graph.Location {
			return m.ent
		}
		return nil
	}
	return nil
}

// countryOf returns the country an entity is or lies in, or nil.
func (a *article) countryOf(e *graph.Entity) *graph.Entity {
	if e == nil {
		return nil
	}
	if e.Kind == graph.Country {
		return e
	}
	if e.Kind != graph.Location || e.Country == "" {
		return nil
	}
	if host, ok := a.entities[e.Country]; ok {
		return host
	}
	if g := a.x.gaz.byCountry(e.Country); g != nil {
		return a.entity(g)
	}
	return nil
}

// framesItsObject reports a verb whose own frame reads the nominalised
// event after it, so that the verb is read rather than skipped as the
// mere carrier of the noun: a verb of asking ("demanded an apology from
// Croatia": the asking is the event) or of receiving ("received an
// apology from China": the giver acts, see receivedFrom), of boycotting
// ("boycotted the talks": the boycott is the event, not the talks) or of
// putting a protest down ("dispersed the demonstration in Cairo":
// suppressedprotests.go).
func framesItsObject(tok token) bool {
	tr := triggers[tok.norm]
	if tr == nil {
		return false
	}
	for _, r := range tr.rules {
		if r.verbForms[tok.norm] && (r.name == "receive" || r.name == "boycott-talks" || suppressesProtest(r) || (r.typ == graph.Request && requestNounGovernors[tok.norm])) {
			return true
		}
	}
	return false
}

// crowdProtests reports a protest verb right after a crowd noun
// ("demonstrators marched in"): the verb is the crowd's act, not a
// participle qualifying it, which a protest verb can hardly be.
func crowdProtests(toks []token, t int) bool {
	if t == 0 || !crowdNouns[toks[t-1].norm] && !crowdParticiplePhrase(toks, t) {
		return false
	}
	tr := triggers[toks[t].norm]
	if tr == nil {
		return false
	}
	for _, r := range tr.rules {
		if r.typ == graph.Protest && r.verbForms[toks[t].norm] {
			return true
		}
	}
	return false
}

// detentionParticiple reports a verb of detention in -ed followed at once
// by a place, time or reason rather than by whom it holds: "a cleric
// imprisoned in Britain", "Rishawi, jailed since 2005". The verb needs
// an object when active, so this is a participle qualifying the person
// before it, and the state holding them is not stated as an actor.
func detentionParticiple(toks []token, t int) bool {
	if t+1 >= len(toks) || !strings.HasSuffix(toks[t].norm, "ed") {
		return false
	}
	tr := triggers[toks[t].norm]
	if tr == nil || !slices.ContainsFunc(tr.rules, func(r *eventRule) bool { return r.mode == "arrest" && r.verbForms[toks[t].norm] }) {
		return false
	}
	if t > 0 && (auxiliaries[toks[t-1].norm] || beForms[toks[t-1].norm]) {
		return false // "was jailed in ...": the passive reading is the verb's own
	}
	switch toks[t+1].norm {
	case "in", "at", "on", "since", "for", "without", "during", "under", "near", "inside", "until":
		return true
	}
	return false
}

// unnamedOfficial returns the state or body an unnamed official at i
// speaks for ("a senior British minister", "Chinese officials", "the
// French foreign ministry spokesman"): the country or organisation named
// by the words just before the title, or nil.
func unnamedOfficial(v *sentenceView, i int) *graph.Entity {
	toks := v.toks
	if i < 0 || (!isTitleWord(toks[i].norm) && titles[toks[i].norm] == "" && !groupNouns[toks[i].norm] && !personPlurals[toks[i].norm]) {
		return nil
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if n := v.at[k]; n >= 0 {
			if e := v.ms[n].ent; e.Kind == graph.Country || e.Kind == graph.Organization {
				return e
			}
			return nil
		}
		if toks[k].punct || !(isTitleWord(toks[k].norm) || titles[toks[k].norm] != "" || officialAdjectives[toks[k].norm]) {
			return nil
		}
	}
	return nil
}

// officialAdjectives may stand between a nationality and an official's
// title: "a senior British minister", "top Chinese officials".
var officialAdjectives = map[string]bool{"senior": true, "top": true, "high-ranking": true, "ranking": true, "government": true, "ministry": true, "military": true, "foreign": true, "defence": true, "defense": true}

// institutionNouns are bodies of a state that may be named by where they
// sit: "a court in Peru", "the police in Georgia".
var institutionNouns = map[string]bool{
	"court": true, "courts": true, "police": true, "authorities": true, "government": true, "army": true,
	"military": true, "parliament": true, "prosecutors": true, "prosecutor": true, "judge": true, "tribunal": true,
	"officials": true,
}

// institutionActor returns the state whose body is the subject of the
// verb at t, named by the country it sits in ("A court in Peru issued
// ...", "Police in Kenya have arrested ..."): the body opens the sentence
// and only auxiliaries stand between the country and the verb. Else nil.
func institutionActor(v *sentenceView, t int) *graph.Entity {
	toks := v.toks
	for k := t - 1; k >= 0 && k >= t-4; k-- {
		if supportVerbs[toks[k].norm] {
			t = k // "issued an arrest warrant": the subject is the carrying verb's
			break
		}
		if toks[k].punct || v.at[k] >= 0 {
			break
		}
	}
	j := skipTimeAdverbs(toks, t-1)
	for j >= 0 && auxiliaries[toks[j].norm] {
		j--
	}
	if j < 2 || v.at[j] < 0 {
		return nil
	}
	m := v.ms[v.at[j]]
	if m.first < 2 || toks[m.first-1].norm != "in" || !institutionNouns[toks[m.first-2].norm] ||
		m.ent.Kind != graph.Country || m.form != formName || m.modifier {
		return nil
	}
	if h := m.first - 3; h >= 0 && !(h == firstWord(toks) && nounDeterminers[toks[h].norm]) {
		return nil // "the opposition won a minority government in Canada": not the subject
	}
	return m.ent
}

// reportingVerbs introduce what their subject says it does: "Syria said
// it would", "the rebels announced they will".
var reportingVerbs = map[string]bool{
	"announced": true, "announces": true, "confirmed": true, "confirms": true, "indicated": true, "indicates": true,
	"claimed": true, "claims": true, "vowed": true, "promised": true,
}

// reportedSubject resolves "it" or "they" at j opening the clause a
// verb of saying governs ("Syria said it would not accept", "the
// Palestinian leaders announced that they would boycott"): the subject of
// that verb, a name or a nationality before a collective noun. Else nil.
func (v *sentenceView) reportedSubject(j int) *graph.Entity {
	toks := v.toks
	if j < 1 || (toks[j].norm != "it" && toks[j].norm != "they") {
		return nil
	}
	k := j - 1
	if toks[k].norm == "that" {
		k--
	}
	if k < 1 || !(speechVerbs[toks[k].norm] || reportingVerbs[toks[k].norm]) {
		return nil
	}
	i := skipTimeAdverbs(toks, k-1)
	if i >= 1 && toks[i-1].norm == "on" && timeAdverbs[toks[i].norm] {
		i -= 2 // "said on Wednesday"
	}
	for i >= 0 && auxiliaries[toks[i].norm] {
		i--
	}
	if i < 0 {
		return nil
	}
	if e := stateBody(v, i); e != nil && toks[j].norm == "they" {
		return e // "Kenyan police said they", "authorities in Kenya said they"
	}
	if n := v.at[i]; n >= 0 {
		if m := v.ms[n]; usable(m) && !v.locative(n) && ((toks[j].norm == "it") == (m.ent.Kind != graph.Person) || toks[j].norm == "they" && len(v.coordinated(n)) > 1) {
			return m.ent // "Croatia and Hungary confirmed they": the group, by expand
		}
		return nil
	}
	if (groupNouns[toks[i].norm] || personPlurals[toks[i].norm]) && toks[j].norm == "they" && i > 0 {
		if n := v.at[i-1]; n >= 0 && v.ms[n].ent.Kind != graph.Person {
			return v.ms[n].ent // "Palestinian leaders said they"
		}
	}
	return nil
}

// offerNouns head an object whose maker a verb of response answers:
// "rejected an offer from India", "accepted a proposal by Japan",
// "demanded an apology from Chile".
var offerNouns = map[string]bool{
	"offer": true, "offers": true, "proposal": true, "proposals": true, "plan": true, "invitation": true,
	"call": true, "calls": true, "demand": true, "demands": true, "request": true, "requests": true,
	"initiative": true, "bid": true, "appeal": true, "appeals": true, "ultimatum": true, "plea": true,
	"suggestion": true, "compromise": true, "formula": true, "assurances": true, "apology": true,
	"explanation": true, "guarantees": true, "support": true, "help": true, "concessions": true,
}

// contactNouns head an object whose other party follows "with":
// "boycott all contact with the United States".
var contactNouns = map[string]bool{
	"contact": true, "contacts": true, "ties": true, "relations": true, "talks": true, "dealings": true,
	"trade": true, "cooperation": true, "dialogue": true, "negotiations": true,
}

// responseTypes are the verbal events whose target may be the maker of
// what they answer or ask for.
var responseTypes = map[graph.EventType]bool{
	graph.Reject: true, graph.Agree: true, graph.Concede: true, graph.Request: true, graph.Sanction: true,
}

// objectPhraseTarget returns the party named inside the object of the
// verb at t when no name is its object: the maker of an offer or demand
// ("rejected a fresh offer from India"), or the other side of contacts
// ("boycott all official contact with the United States"), or whom a
// measure called for is aimed at ("called for sanctions against X", "a
// ban on X").
// Else -1.
func (v *sentenceView) objectPhraseTarget(t int, typ graph.EventType) int {
	toks := v.toks
	if !responseTypes[typ] {
		return -1
	}
	for k := t + 1; k+1 < len(toks) && k <= t+6; k++ {
		u := toks[k]
		callsFor := typ == graph.Request && toks[t+1].norm == "for"
		if u.punct || v.at[k] >= 0 || clauseWords[u.norm] && u.norm != "with" && u.norm != "by" && !(callsFor && k == t+1) {
			return -1
		}
		head := toks[k-1].norm
		switch {
		case callsFor && k > t+2 && (u.norm == "against" || u.norm == "on" && (slices.Contains(sanctionWords, head) || slices.Contains(restrictionWords, head))):
			// "called for sanctions against X": whom the measure asked for is aimed at.
			if n := v.afterPrep(k-1, []string{u.norm}); n >= 0 && v.ms[n].first <= k+3 {
				return n
			}
			return -1
		case (u.norm == "from" || u.norm == "by") && offerNouns[head],
			u.norm == "with" && contactNouns[head] && typ == graph.Sanction:
			if n := v.afterPrep(k-1, []string{u.norm}); n >= 0 && v.ms[n].first <= k+4 {
				return n
			}
			return -1
		}
	}
	return -1
}

// grievancePrepositions introduce what a protest is against.
var grievancePrepositions = map[string]bool{"against": true, "over": true, "at": true, "of": true}

// grievanceTarget returns who is behind what a protest or complaint at
// t is against, when the phrase does not open with their name: the agent
// of a deed ("against the violations by the Israeli military"), an owner
// ("in protest of the Russian government's refusal"), or a state's body
// ("over the policies of the Chinese authorities"). It reads one such
// phrase, opening right after t or after "in protest". Else -1.
func (v *sentenceView) grievanceTarget(t int) int {
	toks := v.toks
	p := crowdProtestObject(toks, t) // crowdprotestverbs.go: "people protested the Israeli raid"
	for k := t + 1; p < 0 && k < len(toks) && k <= t+4; k++ {
		if toks[k].punct || v.at[k] >= 0 {
			return -1
		}
		if grievancePrepositions[toks[k].norm] && (toks[k-1].norm == "protest" || (k == t+1 && toks[k].norm != "of")) {
			p = k // "demonstrations against", "a strike in protest of"
			break
		}
	}
	if p < 0 {
		return -1
	}
	for j := p + 1; j < len(toks) && j <= p+10; j++ {
		u := toks[j]
		if u.punct || relativePronouns[u.norm] || u.norm == "that" || u.norm == "and" {
			return -1
		}
		n := v.at[j]
		if n < 0 {
			continue
		}
		m := v.ms[n]
		switch {
		case v.deedOwner(m): // protestobjects.go: "at the Israeli attack", "protesting U.S. Kosovo policy"
			return n
		case !usable(m):
		case toks[m.last].poss, agentBefore(toks, m.first):
			return n
		case m.form == formDemonym && m.last+1 < len(toks) && groupNouns[toks[m.last+1].norm]:
			return n
		}
		j = m.last
	}
	return -1
}

// agentBefore reports "by" right before i, perhaps with a determiner
// between: "by the Israeli military".
func agentBefore(toks []token, i int) bool {
	k := i - 1
	if k > 0 && nounDeterminers[toks[k].norm] {
		k--
	}
	return k >= 0 && toks[k].norm == "by"
}

// receivedKind is what receiving a thing from someone says the giver did.
type receivedKind struct {
	typ  graph.EventType
	mode string
}

// receivedThings map the object of "received ... from X" to the event X
// is the actor of: receiving weapons is military aid by the giver,
// receiving assurances is the giver's promise.
var receivedThings = func() map[string]receivedKind {
	m := map[string]receivedKind{}
	add := func(k receivedKind, words ...string) {
		for _, w := range words {
			m[w] = k
		}
	}
	add(receivedKind{graph.Aid, "military"}, "weapons", "arms", "ammunition", "munitions", "missiles", "tanks", "weaponry")
	add(receivedKind{graph.Aid, "humanitarian"}, "food", "medicine", "medicines", "relief", "shelter", "asylum")
	add(receivedKind{graph.Aid, "economic"}, "funds", "funding", "loans", "loan", "grants", "grant", "money", "credits")
	add(receivedKind{graph.Aid, ""}, "aid", "assistance", "help", "supplies", "donations")
	add(receivedKind{graph.Agree, ""}, "assurances", "assurance", "guarantees", "guarantee", "pledges", "pledge", "promises", "promise", "commitment", "commitments")
	add(receivedKind{graph.Support, ""}, "support", "backing", "endorsement", "praise")
	add(receivedKind{graph.Request, "invite"}, "invitation", "invitations")
	add(receivedKind{graph.Request, ""}, "request", "requests", "appeal", "appeals", "demands", "demand")
	add(receivedKind{graph.Threaten, ""}, "threats", "threat", "ultimatum", "warning", "warnings")
	add(receivedKind{graph.Concede, "apologize"}, "apology", "apologies")
	add(receivedKind{graph.Accuse, ""}, "criticism", "condemnation", "complaint", "complaints", "protest", "protests")
	add(receivedKind{graph.Consult, "meet"}, "delegation", "delegations", "ministers", "envoy", "envoys", "emissary", "minister", "officials")
	return m
}()

// receivedFrom reads "A received N from B" at the verb t as the event N
// names with B as actor and A as target ("Georgia received weapons from
// Russia" is Russian military aid to Georgia). The object is a bare noun
// phrase of at most four words ending in N, and "from" follows N at once.
// It returns false when the sentence does not have that shape.
func (a *article) receivedFrom(v *sentenceView, t int, r *eventRule, c *candidate) (giver, receiver *graph.Entity, ok bool) {
	toks := v.toks
	for k := t + 1; k+1 < len(toks) && k <= t+4; k++ {
		u := toks[k]
		if u.punct || v.at[k] >= 0 {
			return nil, nil, false
		}
		kind, known := receivedThings[u.norm]
		if !known {
			continue
		}
		if toks[k+1].norm != "from" {
			return nil, nil, false
		}
		n := v.afterPrep(k, []string{"from"})
		if n < 0 || v.ms[n].first > k+4 {
			return nil, nil, false
		}
		// The receiver is the verb's subject, read as any verb's is.
		subject := *r
		subject.direct = false
		receiver, _ = a.verbArguments(v, t, &subject, c)
		if receiver == nil {
			return nil, nil, false
		}
		c.typ, c.mode = kind.typ, kind.mode
		return v.ms[n].ent, receiver, true
	}
	return nil, nil, false
}

// demandingWords govern a that-clause whose action they ask for:
// "demanded that Israel withdraw", "its demand that Syria release".
var demandingWords = map[string]bool{
	"demand": true, "demands": true, "demanded": true, "demanding": true, "insist": true, "insists": true,
	"insisted": true, "insisting": true, "urged": true, "urge": true, "urges": true, "request": true,
	"requested": true, "requests": true, "asked": true, "ask": true, "asks": true, "proposed": true,
	"recommended": true, "recommends": true, "suggested": true,
}

// demandedThat returns the index of the "that" opening the clause a
// demanding word at t governs ("demanded on Monday that ..."), or -1.
func demandedThat(toks []token, t int) int {
	if !demandingWords[toks[t].norm] {
		return -1
	}
	k := t + 1
	if k < len(toks) && (toks[k].norm == "on" || toks[k].norm == "in") {
		k++ // "demanded on Monday that"
	}
	k = skipForwardTimeAdverbs(toks, k)
	if k < len(toks) && toks[k].norm == "that" {
		return k
	}
	return -1
}

// skipForwardTimeAdverbs returns the first index from k that is not a
// time adverb ("today", "Monday").
func skipForwardTimeAdverbs(toks []token, k int) int {
	for k < len(toks) && timeAdverbs[toks[k].norm] {
		k++
	}
	return k
}

// thatClauseTarget returns the subject of the clause a demand at t asks
// for ("demanded that Syria release", "insisted on its demand that Iran
// stop"): whom the demand is made of. Else -1.
func (v *sentenceView) thatClauseTarget(t int) int {
	k := demandedThat(v.toks, t)
	if k < 0 {
		return -1
	}
	for j := k + 1; j < len(v.toks) && j <= k+3; j++ {
		if n := v.at[j]; n >= 0 {
			if usable(v.ms[n]) {
				return n
			}
			return -1
		}
		if !objectDeterminers[v.toks[j].norm] && !isTitleWord(v.toks[j].norm) {
			return -1
		}
	}
	return -1
}

// demandedAction reports a verb in the base form inside a clause that a
// demand governs ("demanded that Israel ease restrictions"): the act is
// asked for, not done. The demand stands within a few words before the
// clause's subject.
func demandedAction(toks []token, t int) bool {
	w := toks[t].norm
	if strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ing") {
		return false // only the subjunctive's base form ("that Iran stop") is asked for
	}
	for k := t - 1; k >= 1 && k >= t-8; k-- {
		if clauseBreak(toks[k]) || toks[k].norm == "and" && k < t-1 {
			return false
		}
		if toks[k].norm != "that" {
			continue
		}
		for j := k - 1; j >= 0 && j >= k-3; j-- {
			if demandedThat(toks, j) == k {
				return true
			}
		}
		return false
	}
	return false
}

// refusal reports a negated acceptance or agreement ("Syria will not
// accept more refugees", "Iran did not agree to the terms"): saying no is
// a rejection (CAMEO 12), which is stated, not a denied agreement.
// Disagreeing with someone is read apart (see the agree rule's
// "-disagree").
func refusal(r *eventRule, noun bool, status graph.Status) bool {
	return !noun && status == graph.Denied && (r.name == "accept" || r.name == "agree" || r.name == "host-refugees") // refugehosts.go
}
