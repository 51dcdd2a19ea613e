package loader

import (
	"slices"
	"strings"

	"github.com/geokg/geokg/graph"
)

// This file reads targets named only in an earlier sentence: a reaction to
// what another party alleged or did, where the sentence names the reaction
// and its actor but only refers back to the act ("Canada accused Iran of
// torture. The allegation was denied by Iran's foreign minister"; "Peru
// claimed that Chile had moved troops. Chile denied the claims"). The
// party is resolved only when the last few sentences give exactly one.

// deniedEarlierClaimsRule stands for the verb of denial whose subject or
// passive agent deniedEarlierClaims reads with verbArguments.
var deniedEarlierClaimsRule = eventRule{name: "deny-claims", typ: graph.Reject}

// deniedEarlierClaims reads a denial of claims whose author an earlier
// sentence named: "Chile rejected the allegations", "the charges were
// denied by Chile". The denier rejects the one party that made the
// accusations of the last few sentences; with none or several, nothing.
// A denial of named claims ("denied Peru's claims") is deniedClaims's.
func (a *article) deniedEarlierClaims(s sentence, v *sentenceView) []*candidate {
	var out []*candidate
	toks := v.toks
	for t, tok := range toks {
		if !tok.is(classDenialVerb) || v.at[t] >= 0 || negatedVerb(toks, t) {
			continue
		}
		isClaim := func(w string) bool { return claimNouns[w] }
		claims := referringObject(v, t, isClaim) >= 0 || referringSubject(v, t, isClaim) >= 0
		if !claims && !deniedWrong(toks, t) {
			continue
		}
		c := &candidate{typ: graph.Reject, rule: "verb:deny-claims-referent", confidence: 0.5, trigger: t, sent: s, status: graph.Reported}
		actor, _ := a.verbArguments(v, t, &deniedEarlierClaimsRule, c)
		if actor == nil {
			actor = v.titledAgent(t) // "was denied by Iran's Foreign Affairs Minister Kamal Kharazi"
		}
		if actor == nil || actor.Kind == graph.Location {
			continue
		}
		var target *graph.Entity
		if claims {
			target = a.oneParty(a.claimAuthors(v, t), actor)
		} else {
			target = a.oneParty(a.accusersOf(actor), actor)
			c.rule = "verb:deny-wrong-accuser"
		}
		if target == nil && !claims && !withheldDenial(toks, t) {
			target, c.rule = a.claimant(v, t, actor), "verb:deny-wrong-claimant" // "Peru believes that Chile ... Chile denied this"
		}
		if target == nil {
			continue
		}
		if !a.setParties(c, []*graph.Entity{actor}, []*graph.Entity{target}) {
			continue
		}
		out = append(out, c)
	}
	return out
}

// claimAuthors returns who made the accusations of the last few sentences,
// and of this one before t: the actors of accusations stated by a verb
// ("Peru accused Chile"), and the authors of claims named with them
// ("accusations by Peru", "Peru's allegations", "Peru claimed").
func (a *article) claimAuthors(v *sentenceView, t int) []*graph.Entity {
	parties := a.referredEvents(accusationClass)
	for _, n := range a.authoredNouns(v, slices.Clip(a.authored), t) {
		if n.lemma == "accusation" && n.sent >= a.cur-referentMemory {
			parties = append(parties, n.author)
		}
	}
	return parties
}

// referringSubject returns the head of a passive verb's subject at t when
// it is a phrase that refers back and names no party ("the allegation was
// denied by", "this proposal has been opposed by", "the decision has been
// criticised by"), or -1. The phrase must open the sentence or a clause.
func referringSubject(v *sentenceView, t int, head func(string) bool) int {
	toks := v.toks
	k := t - 1
	be := false
	for k >= 0 && (beForms[toks[k].norm] || auxiliaries[toks[k].norm] || strings.HasSuffix(toks[k].norm, "ly") || toks[k].norm == "also") {
		be = be || beForms[toks[k].norm]
		k--
	}
	if !be || k < 1 || !head(toks[k].norm) || v.at[k] >= 0 {
		return -1
	}
	h := k
	for k--; k >= 0 && !referringDeterminers[toks[k].norm]; k-- {
		u := toks[k]
		if h-k > 2 || u.punct || u.upper || u.poss || v.at[k] >= 0 || clauseWords[u.norm] {
			return -1
		}
	}
	if k < 0 || (k > 0 && !toks[k-1].punct && !clauseWords[toks[k-1].norm] && toks[k-1].norm != "however") {
		return -1
	}
	return h
}

// earlierPersonObject returns the person an object "him" or "her" right
// after the verb at t stands for when this sentence names no person before
// the verb but the actor: the one person the previous sentence named
// ("Mugabe met the envoy Anna Tibaijuka. Mugabe later accused her of
// arrogance"). With several people named there, or none, or only the
// actor's side, the pronoun is left unread.
func (a *article) earlierPersonObject(v *sentenceView, t int, actor *graph.Entity) *graph.Entity {
	toks := v.toks
	if t+1 >= len(toks) || (toks[t+1].norm != "him" && toks[t+1].norm != "her") {
		return nil
	}
	if toks[t+1].norm == "her" && t+2 < len(toks) && !toks[t+2].punct && !prepositions[toks[t+2].norm] {
		return nil // "offered her condolences": a possessive
	}
	for _, m := range v.ms {
		if m.last < t && m.ent.Kind == graph.Person && m.ent != actor {
			return nil // someone nearer is meant, or it is unsure which
		}
	}
	for _, u := range toks[:t] {
		if u.norm == "he" || u.norm == "she" {
			return nil // "he was killed after a strike killed him": the pronouns' own referent, read elsewhere
		}
	}
	if len(a.prevPeople) != 1 || actor == nil || a.sameSide(a.prevPeople[0], actor) {
		return nil // with the actor among them, "him" is as often the actor himself
	}
	return a.prevPeople[0]
}

// deniedWrong reports a denial at t of what the denier was accused of,
// told without naming the accusation: "denied it", "denies this", "denied
// any involvement", "denied responsibility", "denied being involved",
// "denied that it had armed the rebels".
func deniedWrong(toks []token, t int) bool {
	k := t + 1
	if k >= len(toks) {
		return false
	}
	w := toks[k].norm
	switch {
	case w == "it" || w == "this":
		return k+1 >= len(toks) || toks[k+1].punct || toks[k+1].norm == "and" || toks[k+1].norm == "but"
	case !strings.HasPrefix(toks[t].norm, "den"):
		return false // "rejected that", "dismissed any role": not said of a wrong
	case w == "that" || w == "being" || w == "having":
		return true
	case w == "any" || w == "all" || w == "its" || w == "his" || w == "their" || w == "her":
		k++
	}
	return k < len(toks) && wrongNouns[toks[k].norm]
}

// wrongNouns are what a party denies having done wrong: "denied
// involvement", "denied any responsibility".
var wrongNouns = map[string]bool{"involvement": true, "responsibility": true, "wrongdoing": true, "role": true, "links": true, "link": true, "connection": true, "complicity": true, "knowledge": true, "part": true}

// accusersOf returns who, in the last few sentences, accused the actor or
// his side: a verb's ACCUSE with the actor among its targets ("Peru
// accused Chile of spying. Chile denied it").
func (a *article) accusersOf(actor *graph.Entity) []*graph.Entity {
	var out []*graph.Entity
	for i := len(a.found) - 1; i >= 0 && a.found[i].sent.index >= a.cur-referentMemory; i-- {
		o := a.found[i]
		if !accusationClass.fits(o) || o.noun || o.status == graph.Denied || o.sent.index == a.cur {
			continue
		}
		if slices.ContainsFunc(o.targets, func(e *graph.Entity) bool { return a.sameSide(e, actor) }) {
			out = append(out, o.actors[0])
		}
	}
	return out
}

// presentingVerbs put an act forward: their subject authors the act
// their object names ("Peru unveiled a peace plan", "Chile announced new
// measures").
var presentingVerbs = map[string]bool{
	"announced": true, "announces": true, "unveiled": true, "unveils": true, "proposed": true, "proposes": true,
	"presented": true, "presents": true, "launched": true, "launches": true, "introduced": true, "introduces": true,
	"submitted": true, "submits": true, "tabled": true, "tables": true, "issued": true, "issues": true,
	"adopted": true, "adopts": true, "offered": true, "offers": true, "made": true, "makes": true, "imposed": true, "imposes": true,
}

// presenter returns the subject of a presenting verb whose object is the
// noun at k, with nothing but determiners and plain words between them
// ("announced a new peace plan"), or nil.
func (a *article) presenter(v *sentenceView, k int) *graph.Entity {
	toks := v.toks
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		u := toks[j]
		if presentingVerbs[u.norm] {
			return a.speakerOf(v, j, false)
		}
		if u.punct || u.poss || v.at[j] >= 0 || clauseWords[u.norm] || beForms[u.norm] {
			return nil
		}
	}
	return nil
}

// noteOrgs records the organisations a sentence names as parties, for
// the next sentence's "the organisation".
func (a *article) noteOrgs(ms []mention) {
	a.prevOrgs = a.prevOrgs[:0]
	for _, m := range ms {
		if usable(m) && m.ent.Kind == graph.Organization && !slices.Contains(a.prevOrgs, m.ent) {
			a.prevOrgs = append(a.prevOrgs, m.ent)
		}
	}
}

// kindNouns name a party by its kind only: "the country", "the
// organisation". Which party is meant must be told before.
var kindNouns = map[string]graph.EntityKind{
	"country": graph.Country, "nation": graph.Country,
	"organisation": graph.Organization, "organization": graph.Organization, "group": graph.Organization,
	"movement": graph.Organization, "agency": graph.Organization, "alliance": graph.Organization,
}

// kindObject returns the party an object "the country" or "the
// organisation" right after the verb at t stands for ("invaded the
// country", "accused the organisation of bias", "called on the group
// to"): the one party of that kind, not the actor's side, that this
// sentence names before the verb, or, when it names none, that the
// previous sentence names. With two or more, it is unsure which.
func (a *article) kindObject(v *sentenceView, t int, r *eventRule, actor *graph.Entity) *graph.Entity {
	toks := v.toks
	if !r.direct && r.mode != "visit" {
		return nil
	}
	k := t + 1
	if k < len(toks) && (toks[k].norm == "on" || toks[k].norm == "upon") {
		k++ // "called on the group to"
	}
	if k+1 >= len(toks) || toks[k].norm != "the" || v.at[k+1] >= 0 || toks[k+1].upper || toks[k+1].poss {
		return nil
	}
	kind, ok := kindNouns[toks[k+1].norm]
	if !ok || (k+2 < len(toks) && ((toks[k+2].norm == "of" && r.typ != graph.Accuse) || toks[k+2].hyphen || toks[k+2].poss)) {
		return nil // "the group of eight", "the country-wide": not a reference; "accused the group of" is
	}
	fits := func(es []*graph.Entity) []*graph.Entity {
		var out []*graph.Entity
		for _, e := range es {
			if e.Kind == kind && !a.sameSide(e, actor) && !slices.Contains(out, e) {
				out = append(out, e)
			}
		}
		return out
	}
	var here []*graph.Entity
	for _, m := range v.ms {
		if m.last < t && usable(m) && !v.locative(slices.Index(v.ms, m)) {
			here = append(here, m.ent)
		}
	}
	cands := fits(here)
	if len(cands) == 0 {
		if kind == graph.Country {
			cands = fits(a.prevCountries)
		} else {
			cands = fits(a.prevOrgs)
		}
	}
	if len(cands) != 1 {
		return nil
	}
	return cands[0]
}

// titledAgent returns the person named as the agent after "by" right
// after the participle at t when a state's possessive and a title stand
// before the name ("denied by Iran's Foreign Affairs Minister Kamal
// Kharazi"), or nil.
func (v *sentenceView) titledAgent(t int) *graph.Entity {
	toks := v.toks
	if t+2 >= len(toks) || toks[t+1].norm != "by" {
		return nil
	}
	for k := t + 2; k < len(toks) && k <= t+9; k++ {
		if n := v.at[k]; n >= 0 {
			m := v.ms[n]
			if m.ent.Kind == graph.Person {
				return m.ent
			}
			if !toks[m.last].poss {
				return nil
			}
			k = m.last
			continue
		}
		if u := toks[k]; u.punct || !u.upper && u.norm != "the" {
			return nil // only a possessive, a determiner and a title may stand before the name
		}
	}
	return nil
}
