package loader

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// This file reads relative clauses opened by "whose" ("Kuwait, whose
// tankers were attacked by Iran, asked the United States for help"). The
// clause is skipped as a "which" or "who" clause is (relativePronouns), so
// the main verb's subject is the name before ", whose". Inside the clause
// the noun after "whose" belongs to that name, as after a possessive
// ("Kuwait's tankers"): what is done to it is done to its owner, and when
// it is an agent noun ("whose troops shelled", "whose envoy met") the
// owner acts. A person's kin (kinsubjects.go) are no party: "Smith, whose
// wife was killed by" names no target.

// whoseNounReach bounds the words of the noun phrase after "whose":
// "whose oil tankers", "whose foreign minister".
const whoseNounReach = 3

// whoseOwner returns the antecedent that owns the noun at h through a
// "whose" set off by a comma before it ("Kuwait, whose tankers"): the
// usable mention right before the comma, or -1. A noun of kin, a noun
// phrase holding a name or a punctuation mark, and a "whose" that opens
// no relative clause ("Whose side is he on?") give -1.
func (v *sentenceView) whoseOwner(h int) int {
	if h < 3 || h >= len(v.toks) || kinNouns[v.toks[h].norm] {
		return -1
	}
	for w := h - 1; w >= 2 && w >= h-whoseNounReach; w-- {
		u := v.toks[w]
		if u.norm == "whose" {
			if v.toks[w-1].text != "," {
				return -1
			}
			if n := v.at[w-2]; n >= 0 && usable(v.ms[n]) && v.ms[n].form != formDemonym {
				return n
			}
			return -1
		}
		if u.punct || u.upper || v.at[w] >= 0 || kinNouns[u.norm] {
			return -1
		}
	}
	return -1
}

// whoseAgentHead reports a noun that names those who act for its owner:
// a body, a force, an official ("whose troops", "whose envoy", "whose
// foreign minister").
func whoseAgentHead(u token) bool {
	return ownerHeads[u.norm] || groupNouns[u.norm] || armedCollectives[u.norm] || titles[u.norm] != "" || isTitleWord(u.norm)
}

// whosePassiveTarget returns the owner of a passive's subject that a
// "whose" opens, k being the word before the participle ("Kuwait, whose
// tankers were attacked by Iran": Kuwait), or -1.
func (v *sentenceView) whosePassiveTarget(k int) int {
	h := k
	for h >= 0 && (beForms[v.toks[h].norm] || auxiliaries[v.toks[h].norm] || strings.HasSuffix(v.toks[h].norm, "ly")) {
		h--
	}
	if h < 0 || v.at[h] >= 0 || v.toks[h].punct {
		return -1
	}
	return v.whoseOwner(h)
}

// whoseAgent reads an active verb at t whose subject, ending at j, is an
// agent noun a "whose" opens ("Iraq, whose troops shelled Iranian posts"):
// the owner acts on the verb's object. ok is false when the subject is no
// such noun.
func (a *article) whoseAgent(v *sentenceView, j, t int, r *eventRule, c *candidate) (actor, target *graph.Entity, ok bool) {
	if j < 0 || j >= t || v.at[j] >= 0 || !whoseAgentHead(v.toks[j]) {
		return nil, nil, false
	}
	n := v.whoseOwner(j)
	if n < 0 {
		return nil, nil, false
	}
	c.rule += "-whose"
	if r.direct {
		if o := v.directObject(t); o >= 0 {
			target = v.ms[o].ent
		}
	}
	return v.ms[n].ent, target, true
}
