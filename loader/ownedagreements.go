package loader

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// Agreements named by their owner and their partner: "Bolivia's agreement
// with the IMF", "the U.S. civil nuclear energy pact with India", "the
// new United States deal with India". Like "the agreement between X and
// Y" (diplomacy.go) the noun names a deal made, the owner its actor and
// the party after "with" its target. The owner must be a state, a state's
// body or an international body: a firm's deal ("Nippon's deal with
// American Express") is business, not an agreement between parties. A
// deal hoped for or weighed ("any future agreement with India") is none.

// ownerBreakers between a name and the noun show that the name does not
// qualify it: "the U.S. signed a deal with India".
var ownerBreakers = map[string]bool{
	"a": true, "an": true, "the": true, "its": true, "their": true, "his": true, "her": true, "this": true,
	"that": true, "any": true, "which": true, "who": true, "and": true, "or": true, "of": true, "with": true,
	"signed": true, "reached": true, "struck": true, "made": true, "concluded": true, "sealed": true,
}

// verbalForm reports a participle or past tense by its ending: "brokered",
// "activating", "normalized". Adjectives of deals so formed ("proposed",
// "existing") leave the deal unowned too.
func verbalForm(w string) bool {
	return len(w) > 4 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing"))
}

// ownerModifierReach counts the modifiers that may stand between the
// owner and the noun: "the U.S. civil nuclear energy pact", "Japan's new
// trade agreement".
const ownerModifierReach = 4

// ownedAgreements reads the frame in a sentence.
func (a *article) ownedAgreements(s sentence, v *sentenceView) []*candidate {
	var out []*candidate
	toks := v.toks
	for t, tok := range toks {
		if !tok.is(classAgreementNoun) || v.at[t] >= 0 || t+2 >= len(toks) || toks[t+1].norm != "with" {
			continue
		}
		p := v.partyNamedAt(t + 2)
		if p < 0 || !usable(v.ms[p]) || v.ms[p].ent.Kind == graph.Location {
			continue
		}
		o := v.agreementOwner(t)
		if o < 0 || hopedAgreement(toks, v.ms[o].first) {
			continue
		}
		owner, partner := v.ms[o].ent, v.ms[p].ent
		if owner.ID == partner.ID || !a.agreementParty(owner) {
			continue
		}
		c := &candidate{typ: graph.Agree, rule: "noun:agreement-owner", confidence: 0.55, sent: s, trigger: t, noun: true}
		if !a.setParties(c, []*graph.Entity{owner}, []*graph.Entity{partner}) {
			continue
		}
		c.status = frameStatus(toks, t, false)
		c.location = v.eventLocation(t, c)
		out = append(out, c)
	}
	return out
}

// agreementOwner returns the mention that owns the agreement noun at t:
// a possessive ("Bolivia's agreement") or a name after "the" or "a"
// ("the U.S. pact"), with at most a few lower-case modifiers between, or
// -1.
func (v *sentenceView) agreementOwner(t int) int {
	toks := v.toks
	for k := t - 1; k >= 0 && k >= t-1-ownerModifierReach; k-- {
		if n := v.at[k]; n >= 0 {
			m := v.ms[n]
			if m.last != k {
				return -1
			}
			if toks[k].poss {
				return n
			}
			f := m.first
			if f > 0 && (toks[f-1].norm == "the" || toks[f-1].norm == "a") {
				return n
			}
			return -1
		}
		if tok := toks[k]; tok.punct || tok.upper || tok.digit || ownerBreakers[tok.norm] || auxiliaries[tok.norm] || verbalForm(tok.norm) {
			return -1 // "the U.S. signed a deal with", "the Norway brokered ceasefire agreement": the name is a verb's subject, not the owner
		}
	}
	return -1
}

// agreementParty reports a state, a state's body or an international body.
func (a *article) agreementParty(e *graph.Entity) bool {
	switch {
	case e.Kind == graph.Country:
		return true
	case e.Kind == graph.Organization:
		return e.Country == "" || a.bodyState(e) != nil
	}
	return false
}
