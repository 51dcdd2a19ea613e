package loader

import (
	"slices"
	"strings"

	"github.com/geokg/geokg/graph"
)

// Support told by the noun "support" with a party on each side: "Iran's
// support for Hezbollah", "the Syrian government's support to Hamas",
// "support from Syria for Hamas", "Kuwait has the full support of Saudi
// Arabia". The owner gives the support (PLOVER SUPPORT, CAMEO 05); material
// support ("Syria's military support for Hezbollah") is AID, as
// materialSupport retypes it.
//
// The lexicon's support rule keeps "support" a verb: as a noun of that rule
// it would displace the readings other rules make of the same word ("in
// support of al-Qaeda", "voiced support for Sudan"). This frame runs beside
// the rules and keeps only a noun no other rule read as its owner's act
// (unreadSupportNouns). The owner stands before the noun (a possessive
// name, a state named attributively or "the Syrian government's") or after
// "from"; the supported party after "for", "to" or "of" (the party itself
// or a thing it owns: "support for Israel's position"). Or a party holds
// the support "of" another. Support sought, withdrawn, lost or lacking is
// none given, and a thing no party owns ("support for the strike") names
// no target.

// supportNounPreps are the prepositions that introduce, after the noun
// "support", whom the support goes to. ("solidarity" is a noun of the
// lexicon's own solidarity rule, which reads its owner and "with".)
var supportNounPreps = map[string]bool{"for": true, "to": true, "of": true}

// supportPremodifiers may stand between the owner and a support noun:
// "Iran's continued military support". Material ones retype it as AID.
var supportPremodifiers = map[string]bool{
	"continued": true, "continuing": true, "strong": true, "full": true, "firm": true, "unwavering": true,
	"staunch": true, "steadfast": true, "unconditional": true, "public": true, "tacit": true, "vocal": true,
	"growing": true, "renewed": true, "longstanding": true, "long-standing": true, "past": true, "total": true,
	"political": true, "diplomatic": true, "moral": true, "strategic": true, "active": true, "crucial": true,
	"key": true, "overwhelming": true, "broad": true, "consistent": true, "open": true, "unstinting": true,
	"alleged": true, "reported": true, "suspected": true, "purported": true, "covert": true, "secret": true,
	"and": true, "or": true,
}

// doubtedSupport are premodifiers that make the support a claim: "Iran's
// alleged support for the militants".
var doubtedSupport = map[string]bool{"alleged": true, "reported": true, "suspected": true, "purported": true}

// unsupportiveGovernors govern a support noun that was not given: sought
// ("sought US support for"), withdrawn ("withdrew Japan's support"),
// lost or lacking ("lost Russian support", "no US support").
var unsupportiveGovernors = map[string]bool{
	"seek": true, "seeks": true, "sought": true, "seeking": true, "ask": true, "asks": true, "asked": true,
	"asking": true, "request": true, "requested": true, "requesting": true, "need": true, "needs": true,
	"needed": true, "want": true, "wants": true, "wanted": true, "urge": true, "urged": true, "appeal": true,
	"appealed": true, "lobby": true, "lobbied": true, "solicit": true, "solicited": true, "court": true,
	"courted": true, "enlist": true, "enlisted": true, "withdraw": true, "withdraws": true, "withdrew": true,
	"withdrawn": true, "withdrawing": true, "withdrawal": true, "end": true, "ends": true, "ended": true,
	"ending": true, "cut": true, "cuts": true, "cutting": true, "drop": true, "drops": true, "dropped": true,
	"lose": true, "loses": true, "lost": true, "losing": true, "loss": true, "suspend": true, "suspended": true,
	"halt": true, "halted": true, "stop": true, "stopped": true, "pull": true, "pulled": true, "lack": true,
	"lacks": true, "lacked": true, "without": true, "no": true, "not": true, "never": true, "little": true,
	"reduce": true, "reduced": true, "revoke": true, "revoked": true, "erode": true, "eroded": true,
	"undermine": true, "undermined": true, "call": true, "called": true, "calls": true, "calling": true,
}

// supportTargetHeads are the nouns after a demonym that make it a party
// or a party's stand ("support for the Iraqi government", "for the
// Palestinian cause"), not a thing ("for the Afghan elections").
var supportTargetHeads = map[string]bool{
	"state": true, "government": true, "army": true, "forces": true, "troops": true, "regime": true,
	"people": true, "authorities": true, "leadership": true, "leader": true, "leaders": true, "president": true,
	"administration": true, "cause": true, "position": true, "stance": true, "bid": true, "proposal": true,
	"opposition": true, "rebels": true, "nation": true, "republic": true,
}

// supportNouns reads support told by a noun; unreadSupportNouns later
// keeps only those no other rule read.
func (a *article) supportNouns(s sentence, v *sentenceView) []*candidate {
	var out []*candidate
	toks := v.toks
	for t, tok := range toks {
		if tok.norm != "support" || v.at[t] >= 0 {
			continue
		}
		if t > 0 && (toks[t-1].norm == "in" || toks[t-1].norm == "to") {
			continue // "in support of X" is read by the verb rule; "to support X" is a verb
		}
		owner, target, rule, doubted := v.supportParties(t)
		if owner == nil || target == nil || owner == target || a.sameSide(owner, target) {
			continue
		}
		c := &candidate{typ: graph.Support, rule: "noun:support" + rule, confidence: 0.6, trigger: t, sent: s, noun: true, status: graph.Reported}
		materialSupport(toks, t, c) // "Iran's military support for Hezbollah": arms, not backing
		if doubted {
			c.status = graph.Speculated
		}
		c.status = v.deniedNoun(t, rumouredStatus(toks, t, hedgedStatus(toks, t, c.status))) // misreadings.go: "denied any support from"
		if !a.setParties(c, []*graph.Entity{owner}, []*graph.Entity{target}) {
			continue
		}
		out = append(out, c)
	}
	return out
}

// supportParties reads who gives the support the noun at t names and to
// whom, with the rule suffix of the shape read and whether the support is
// only claimed: "Iran's support for Hezbollah" and "support from Iran for
// Hezbollah" or "support for Hezbollah from Iran" (-owned), "Hezbollah
// has the support of Iran" (-held). Nil parties where the support was not
// given ("sought Iran's support") or one side is no party.
func (v *sentenceView) supportParties(t int) (owner, target *graph.Entity, rule string, doubted bool) {
	toks := v.toks
	owner, start, doubted := v.supportOwner(t)
	k := t + 1
	if owner == nil && k+1 < len(toks) && toks[k].norm == "from" {
		// "support from Syria for Hamas": the owner follows.
		if n := v.supportParty(k + 1); n >= 0 {
			owner, start, k = v.ms[n].ent, t, v.ms[n].last+1
		}
	}
	switch {
	case k+1 >= len(toks):
		return nil, nil, "", false
	case owner == nil && toks[k].norm == "of":
		// "Kuwait has the full support of Saudi Arabia": the holder is
		// supported by whom "of" names.
		if n, h := v.supportParty(k+1), v.heldSupport(t); n >= 0 && h >= 0 {
			owner, target, start, rule = v.ms[n].ent, v.ms[h].ent, t, "-held"
		}
	case supportNounPreps[toks[k].norm]:
		n := v.supportParty(k + 1)
		if n < 0 {
			return nil, nil, "", false
		}
		target, rule = v.ms[n].ent, "-owned"
		if f := v.ms[n].last + 1; owner == nil && f+1 < len(toks) && toks[f].norm == "from" {
			// "support for Hamas from Syria": the owner comes last.
			if o := v.supportParty(f + 1); o >= 0 {
				owner, start = v.ms[o].ent, t
			}
		}
	}
	if owner == nil || target == nil || owner.Kind == graph.Location || unsupportiveGovernor(toks, start) {
		return nil, nil, "", false
	}
	return owner, target, rule, doubted
}

// unreadSupportNouns drops from evaluations the readings of supportNouns
// whose noun another rule read as the owner's act, in found or in
// evaluations: the verb rule reads "in support of X" and "voiced support
// for X" its own way, and this frame only adds what nothing else read. A
// third party's criticism of the support ("Washington criticised Iran's
// support for the Taliban") leaves the support standing.
func unreadSupportNouns(evaluations, found []*candidate) []*candidate {
	readAs := func(c, o *candidate) bool {
		return o != c && o.trigger == c.trigger && !supportNounReading(o) &&
			(o.typ == graph.Support || o.typ == graph.Aid || slices.ContainsFunc(o.actors, func(e *graph.Entity) bool { return slices.Contains(c.actors, e) }))
	}
	return slices.DeleteFunc(evaluations, func(c *candidate) bool {
		return supportNounReading(c) &&
			(slices.ContainsFunc(found, func(o *candidate) bool { return readAs(c, o) }) ||
				slices.ContainsFunc(evaluations, func(o *candidate) bool { return readAs(c, o) }))
	})
}

// supportNounReading reports a candidate supportNouns made.
func supportNounReading(c *candidate) bool {
	return strings.HasPrefix(c.rule, "noun:support-owned") || strings.HasPrefix(c.rule, "noun:support-held")
}

// supportOwner returns the party that owns the support noun at t, named
// before it as a possessive ("Iran's support", "Tony Blair's strong
// support") or attributively ("US support", "Russian diplomatic
// support"), with the index where the owner's phrase starts and whether a
// premodifier makes the support a claim ("Iran's alleged support").
func (v *sentenceView) supportOwner(t int) (owner *graph.Entity, start int, doubted bool) {
	toks := v.toks
	for k := t - 1; k >= 0 && k >= t-4; k-- {
		if n := v.at[k]; n >= 0 {
			m := v.ms[n]
			switch {
			case toks[m.last].poss && m.ent.Kind != graph.Location:
			case (usable(m) || m.modifier || m.form == formDemonym) && (m.ent.Kind == graph.Country || m.ent.Kind == graph.Organization):
			default:
				return nil, 0, false
			}
			return m.ent, m.first, doubted
		}
		if toks[k].poss && groupNouns[toks[k].norm] && k > 0 && v.at[k-1] >= 0 && v.ms[v.at[k-1]].ent.Kind == graph.Country {
			m := v.ms[v.at[k-1]]
			return m.ent, m.first, doubted // "the Syrian government's support": the state's
		}
		if !supportPremodifiers[toks[k].norm] && !materialSupportKey(toks[k].norm) {
			return nil, 0, false
		}
		doubted = doubted || doubtedSupport[toks[k].norm]
	}
	return nil, 0, false
}

// materialSupportKey reports a word materialSupport reads, even one that
// sets no mode ("material").
func materialSupportKey(w string) bool {
	_, ok := materialSupportModes[w]
	return ok
}

// holdingVerbs have a subject that holds support given by another: "X
// has the support of Y", "X won the backing of Y".
var holdingVerbs = map[string]bool{
	"has": true, "have": true, "had": true, "having": true, "enjoys": true, "enjoy": true, "enjoyed": true,
	"won": true, "wins": true, "win": true, "gained": true, "gains": true, "secured": true, "secures": true,
	"earned": true, "earns": true, "retains": true, "retained": true, "obtained": true, "got": true, "gets": true,
}

// heldSupport returns the subject right before a holding verb whose
// object is the support noun at t, a determiner and premodifiers between
// ("Kuwait has the full support of", "Kuwait has already won the
// support of"), or -1.
func (v *sentenceView) heldSupport(t int) int {
	toks := v.toks
	k := t - 1
	for k >= 0 && (supportPremodifiers[toks[k].norm] || materialSupportKey(toks[k].norm)) {
		k--
	}
	if k < 1 || toks[k].norm != "the" || !holdingVerbs[toks[k-1].norm] {
		return -1
	}
	k -= 2
	for k >= 0 && (auxiliaries[toks[k].norm] || toks[k].norm == "already" || toks[k].norm == "also" || toks[k].norm == "now") {
		k--
	}
	if n, ok := v.relativeAntecedent(k); ok {
		return n // "Kuwait, which came under attack, has the support of"
	}
	if k < 0 || v.at[k] < 0 {
		return -1
	}
	n := v.at[k]
	if m := v.ms[n]; !usable(m) || toks[m.last].poss || v.locative(n) || m.first > 0 && prepositions[toks[m.first-1].norm] {
		return -1 // "the plan of France has the support of": France does not hold it
	}
	return n
}

// supportParty returns the mention at k (after an article) that names
// whom support goes to: a party ("for Hezbollah"), a party's possessive
// ("for Israel's position") or a demonym before a party noun ("for the
// Iraqi government"); -1 for anything else ("for the strike").
func (v *sentenceView) supportParty(k int) int {
	toks := v.toks
	if k < len(toks) && v.at[k] < 0 && (toks[k].norm == "the" || toks[k].norm == "a" || toks[k].norm == "an") {
		k++ // "for the Taliban", unless the article is part of the name
	}
	if k >= len(toks) {
		return -1
	}
	n := v.at[k]
	if n < 0 || v.ms[n].first != k || v.ms[n].ent.Kind == graph.Location {
		return -1
	}
	m := v.ms[n]
	if usable(m) || toks[m.last].poss {
		return n
	}
	if toks[m.last].hyphen && m.last+1 < len(toks) && (toks[m.last+1].norm == "led" || toks[m.last+1].norm == "backed") {
		return n // "support for the U.S.-led invasion": the leader's act
	}
	if m.last+1 < len(toks) && supportTargetHeads[toks[m.last+1].norm] {
		return n
	}
	return -1
}

// unsupportiveGovernor reports a word just before the support phrase that
// starts at start saying the support was not given: "sought US support",
// "withdrew Japan's support", "no Russian support", "called for US
// support".
func unsupportiveGovernor(toks []token, start int) bool {
	for k := start - 1; k >= 0 && k >= start-3; k-- {
		w := toks[k].norm
		if unsupportiveGovernors[w] {
			return true
		}
		if toks[k].punct || !(w == "the" || w == "for" || w == "of" || w == "its" || w == "their" || auxiliaries[w] || strings.HasSuffix(w, "ly")) {
			return false
		}
	}
	return false
}
