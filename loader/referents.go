package loader

import (
	"slices"
	"strings"

	"github.com/geokg/geokg/graph"
)

// This file widens the event nouns of anaphora.go that refer back to an
// earlier event: joint manoeuvres, which stand for all who hold them
// ("The United States and South Korea began joint exercises. North Korea
// condemned the drills"), and deeds named after the verb that did them
// ("Russia annexed Crimea ... Ukraine condemned the annexation"; "a court
// convicted him ... Washington rejected the verdict").

// drillClass is a military exercise held together. The noun states it
// with its parties ("began joint naval exercises"), so noun events count.
var drillClass = referentClass{types: []graph.EventType{graph.Cooperate}, rules: []string{"exercises"}, nouns: true, joint: true}

// More classes of earlier events a noun may refer back to. A weapons test
// or deployment read off a noun names who made it ("carried out a nuclear
// test"), so noun events count.
var (
	testClass       = referentClass{types: []graph.EventType{graph.Mobilize}, rules: []string{"weapons-test"}, nouns: true}
	deploymentClass = referentClass{types: []graph.EventType{graph.Mobilize}, rules: []string{"deploy", "send-troops", "reinforce"}}
	// expulsionClass: expelling diplomats is a sanction, others force.
	expulsionClass = referentClass{types: []graph.EventType{graph.Coerce, graph.Sanction}, rules: []string{"expel", "expel-diplomats"}}
	banClass       = referentClass{types: []graph.EventType{graph.Coerce, graph.Sanction}, rules: []string{"ban"}}
)

// jointParties returns the parties of the last joint activity of the
// class the article reported within referentMemory sentences; nil when
// there is none or actor takes part in it: one does not react to one's
// own drills as to another's.
func (a *article) jointParties(rc referentClass, actor *graph.Entity) []*graph.Entity {
	for i := len(a.found) - 1; i >= 0 && a.found[i].sent.index >= a.cur-referentMemory; i-- {
		o := a.found[i]
		if !rc.fits(o) || o.status == graph.Denied || (o.noun && !rc.nouns) {
			continue
		}
		var out []*graph.Entity
		for _, e := range slices.Concat(o.actors, o.targets) {
			if actor != nil && a.sameSide(e, actor) {
				return nil
			}
			if !slices.Contains(out, e) {
				out = append(out, e)
			}
		}
		return out
	}
	return nil
}

// deedAuthor returns who did the act the authoring verb at k states, for
// a later noun naming it ("Russia invaded Ukraine ... the invasion"): the
// name right before the verb, else the actor of the event the extractor
// read off the verb ("A Russian court convicted"). A passive verb ("Iran
// was offered") names whom the act befell, not its author: nil.
func (a *article) deedAuthor(v *sentenceView, k int) *graph.Entity {
	j := k - 1
	for j >= 0 && (strings.HasSuffix(v.toks[j].norm, "ly") || v.toks[j].norm == "also" || v.toks[j].norm == "not") {
		j--
	}
	if j >= 0 && beForms[v.toks[j].norm] {
		return nil
	}
	if e := a.speakerOf(v, k, false); e != nil {
		return e
	}
	for i := len(a.found) - 1; i >= 0 && a.found[i].sent.index == a.cur; i-- {
		if o := a.found[i]; o.trigger == k && !o.noun && o.status != graph.Denied {
			return o.actors[0]
		}
	}
	return nil
}

// reactsToEarlierEvent reports a verb of reaction at t whose object is an
// event noun referring to an event the article reported ("Russia
// condemned the sanctions", "Britain protested against the seizure").
// Such a verb is an event of its own, though the noun after it names one
// too: carriesNoun would otherwise leave the sentence to the noun.
func (a *article) reactsToEarlierEvent(v *sentenceView, t int) bool {
	tr := triggers[v.toks[t].norm]
	if tr == nil || !slices.ContainsFunc(tr.rules, func(r *eventRule) bool {
		return r.verbForms[v.toks[t].norm] && r.direct && referringTypes[r.typ]
	}) {
		return false
	}
	k := referringObject(v, t, referringHead)
	if k < 0 {
		return false
	}
	head := v.toks[k].norm
	if rc, ok := referentNouns[head]; ok && rc.joint {
		return a.jointParties(rc, nil) != nil
	}
	return len(a.referredAuthors(v, t, head, nil)) > 0
}

// deedLemmas key the deeds of referentLemmas whose possessor is as often
// whom the deed befell as who did it: "Taysir's sentence", "Putin's
// arrest warrant", "Kuwait's invasion" against "Israel's occupation of
// the West Bank".
// The value marks deeds done to an object, whose possessor is the doer
// when the object follows: "Russia's annexation of Crimea".
var deedLemmas = map[string]bool{"verdict": false, "warrant": false, "annexation": true, "occupation": true, "invasion": true}

// possessedDeed reports a deed noun at k whose author nounAuthor would
// read off a possessive before it, which does not say who did the deed.
func possessedDeed(v *sentenceView, k int, lemma string) bool {
	transitive, deed := deedLemmas[lemma]
	if !deed || (transitive && k+1 < len(v.toks) && v.toks[k+1].norm == "of") {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if v.toks[j].poss {
			return true
		}
	}
	return false
}
