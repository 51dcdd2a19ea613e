package loader

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// This file widens the memory of anaphora.go (authoredNoun) from acts that
// are events to deeds and things an article names with their doer even
// when they are no event of their own: a law or bill a body passed ("the
// Duma passed a bill ... the United States criticised the bill"), an
// increase someone made ("Norway raised its whaling quota ... Greenpeace
// denounced the increase"), restrictions someone imposed ("Iran imposed
// new restrictions on journalists ... the EU condemned the restrictions").
// A later definite phrase naming the deed ("the bill", "this law", "the
// restrictions") stands for its doer, and a reaction to it whose target
// the sentence does not name is aimed at that doer. The resolution itself
// is anaphora.go's referredParty: this file only adds the deeds, the verbs
// that do them and the verbs that put them forward.

// deedNouns are nouns of deeds and things done that a later phrase may
// repeat, keyed to the lemma their verbs share ("raised" and "increase").
var deedNouns = map[string]string{
	"bill": "law", "bills": "law", "law": "law", "laws": "law", "legislation": "law", "amendment": "law", "amendments": "law",
	"increase": "increase", "increases": "increase", "hike": "increase", "rise": "increase",
	"restrictions": "restriction", "restriction": "restriction", "curbs": "restriction", "curb": "restriction", "limits": "restriction",
	"crackdown": "crackdown", "reforms": "reform", "reform": "reform", "tariffs": "tariff", "tariff": "tariff",
	"action": "move", "step": "move", "steps": "move",
}

// deedVerbs are verb forms whose subject does the deed a later noun names:
// "Norway raised its quota ... the increase".
var deedVerbs = map[string]string{
	"increased": "increase", "increases": "increase", "raised": "increase", "raises": "increase", "hiked": "increase", "hikes": "increase",
	"restricted": "restriction", "restricts": "restriction", "curbed": "restriction", "curbs": "restriction", "limited": "restriction",
	"legislated": "law", "reformed": "reform", "ordered": "decision", "orders": "decision",
	// Acts a later "the move" or "the decision" names: "Egypt closed the
	// border ... Hamas praised the move".
	"closed": "move", "suspended": "move", "lifted": "move", "blocked": "move", "froze": "move", "frozen": "move",
	"halted": "move", "cancelled": "move", "canceled": "move", "scrapped": "move", "dissolved": "move", "vetoed": "move",
	"postponed": "move", "extended": "move", "expanded": "move", "reopened": "move", "granted": "move", "refused": "move",
}

// wideDeeds are the lemmas of nouns as wide as a deed can be ("the move",
// "the decision", "the action"): they may name any deed the article named
// with its doer, not only one of their own word.
var wideDeeds = map[string]bool{"move": true, "decision": true}

// namedDeeds are the lemmas of the deeds a wide noun may stand for: acts
// someone took, not words said ("the move" is no accusation) nor deals
// made with others.
var namedDeeds = map[string]bool{
	"move": true, "decision": true, "law": true, "increase": true, "restriction": true, "measure": true,
	"crackdown": true, "reform": true, "tariff": true, "policy": true, "ruling": true,
}

// sameDeed reports whether a later noun of lemma want may name the deed
// the article named as lemma got: the same word, or a wide noun for
// another deed ("NATO decided to expand ... the United States welcomed
// the move").
func sameDeed(want, got string) bool {
	return want == got || wideDeeds[want] && namedDeeds[got]
}

// attributiveAuthor returns who the deed noun at k is the act of when a
// demonym or a name qualifies it inside its phrase ("the NATO decision",
// "a French proposal", "the new Chinese law"), or nil. At most one plain
// word may stand between the name and the noun, and a determiner must
// open the phrase: "signed a deal with the EU" has no such name.
func (v *sentenceView) attributiveAuthor(k int) *graph.Entity {
	toks := v.toks
	j := k - 1
	if j >= 0 && v.at[j] < 0 && !toks[j].upper && !toks[j].punct && !clauseWords[toks[j].norm] && !referringDeterminers[toks[j].norm] {
		j-- // "the NATO expansion decision", "the Israeli cabinet decision"
	}
	if j < 0 || v.at[j] < 0 {
		return nil
	}
	m := v.ms[v.at[j]]
	if m.last != j || toks[j].poss || toks[j].hyphen || m.ent.Kind == graph.Location || m.ent.Kind == graph.Person || m.form == formPlace {
		return nil // "the Moscow decision", "the Putin plan": a place, or a person's name used as a label
	}
	d := m.first - 1
	if d < 0 || (toks[d].norm != "the" && toks[d].norm != "a" && toks[d].norm != "an" && toks[d].norm != "this" && toks[d].norm != "new") {
		return nil
	}
	return m.ent
}

// enactingDeedVerbs make their subject the author of the deed noun they
// take, beside the presentingVerbs of notarget.go: a body that passes or
// approves a bill or plan makes it its own ("the cabinet approved a plan").
var enactingDeedVerbs = []string{"passed", "passes", "approved", "approves", "enacted", "enacts", "drafted", "drafts", "took", "takes", "taken"}

// deedParticiples stand between a deed's noun and its doer like the
// authorParticiples of anaphora.go: "the bill passed by the Senate", "the
// decision taken by the council", "restrictions imposed by Israel".
var deedParticiples = []string{"passed", "approved", "enacted", "adopted", "introduced", "sponsored", "imposed", "taken", "ordered", "announced"}

func init() {
	for w, lemma := range deedNouns {
		if _, ok := referentLemmas[w]; !ok {
			referentLemmas[w] = lemma
		}
	}
	for w, lemma := range deedVerbs {
		if _, ok := authoringVerbs[w]; !ok {
			authoringVerbs[w] = lemma
		}
	}
	for _, w := range enactingDeedVerbs {
		presentingVerbs[w] = true
	}
	for _, w := range deedParticiples {
		authorParticiples[w] = true
	}
}

// referredDeed reports an event whose target is the doer of a deed its
// object refers back to ("welcomed the decision"): a verb coordinated
// after it ("and urged the parties to ...") is not aimed at that doer by
// sharing the clause.
func referredDeed(c *candidate) bool {
	return strings.HasSuffix(c.rule, "-referent")
}
