package loader

import (
	"slices"
	"strings"

	"github.com/geokg/geokg/graph"
)

// This file reads evaluative statements the lexicon's verbs do not:
//   - a challenge to a party's standing: "X challenged the legitimacy of
//     Y's government", "X questioned Y's credibility" — X accuses Y;
//   - an attitude expressed toward a party: "X voiced support for Y",
//     "X expressed outrage over Y's decision" — X supports or accuses Y;
//   - descriptors of the party a blame names ("bore the hallmarks of
//     Sunni Islamist al Qaeda"), skipped by pastDescriptors.

// pastDescriptors returns the index after up to three descriptors that
// stand before a name at o: capitalised words that name no party
// ("Sunni") and adjectives of creed or affiliation ("Islamist",
// "militant"), when a name follows them. Else o.
func pastDescriptors(v *sentenceView, o, to int) int {
	toks := v.toks
	for k := o; k < to && k < o+3; k++ {
		if v.at[k] >= 0 {
			return k
		}
		u := toks[k]
		w := u.norm
		if u.punct || !(u.upper || strings.HasSuffix(w, "ist") || strings.HasSuffix(w, "ic") || w == "militant" || w == "radical" || w == "extremist") {
			return o
		}
	}
	return o
}

// standingWords name a party's standing, which a challenge denies.
var standingWords = map[string]bool{
	"legitimacy": true, "credibility": true, "legality": true, "impartiality": true, "integrity": true,
	"neutrality": true, "sincerity": true, "honesty": true, "competence": true, "motives": true,
}

// challengingVerbs put a party's standing in doubt.
var challengingVerbs = map[string]bool{
	"challenge": true, "challenges": true, "challenged": true, "challenging": true, "question": true, "questions": true,
	"questioned": true, "questioning": true, "dispute": true, "disputes": true, "disputed": true, "disputing": true,
	"doubt": true, "doubts": true, "doubted": true, "doubting": true, "impugn": true, "impugns": true, "impugned": true,
}

// standingRule stands for a challenging verb when its subject is read
// with verbArguments.
var standingRule = eventRule{name: "challenge-standing", typ: graph.Accuse, mode: "disapprove"}

// challengedStanding reads a challenge to a party's standing: "X
// challenged the legitimacy of Y's government", "X questioned Y's
// credibility", "X cast doubt on the impartiality of Y". X accuses Y. A
// negated or passive challenge, or one whose subject is no named party,
// accuses no one.
func (a *article) challengedStanding(s sentence, v *sentenceView) []*candidate {
	var out []*candidate
	toks := v.toks
	for t, tok := range toks {
		verb := t
		switch {
		case tok.is(classChallengingVerb):
		case tok.norm == "on" && t >= 2 && toks[t-1].norm == "doubt" && strings.HasPrefix(toks[t-2].norm, "cast"):
			verb = t - 2 // "cast doubt on"
		default:
			continue
		}
		if v.at[t] >= 0 || t+2 >= len(toks) || negatedVerb(toks, verb) || (verb > 0 && beForms[toks[verb-1].norm]) {
			continue
		}
		target := v.standingOf(t + 1)
		if target == nil {
			continue
		}
		c := &candidate{typ: graph.Accuse, mode: "disapprove", rule: "verb:challenge-standing", confidence: 0.55, trigger: verb, sent: s, status: graph.Reported}
		actor, _ := a.verbArguments(v, verb, &standingRule, c)
		if actor == nil {
			actor = participleSubject(v, verb)
		}
		if actor == nil || actor.Kind == graph.Location || a.sameSide(actor, target) {
			continue
		}
		if !a.setParties(c, []*graph.Entity{actor}, []*graph.Entity{target}) {
			continue
		}
		out = append(out, c)
	}
	return out
}

// standingOf returns the party whose standing the phrase at k names: "the
// legitimacy of (Y's government | the Y government | Y)", "Y's
// credibility", "the Y government's legitimacy". Nil otherwise.
func (v *sentenceView) standingOf(k int) *graph.Entity {
	toks := v.toks
	if k < len(toks) && toks[k].norm == "the" {
		k++
	}
	if k >= len(toks) {
		return nil
	}
	if n := v.at[k]; n >= 0 && v.ms[n].first == k {
		m := v.ms[n]
		j := m.last + 1
		if j < len(toks) && !toks[m.last].poss && (toks[j].norm == "government" || toks[j].norm == "regime") && toks[j].poss {
			j++ // "the Belgian government's legitimacy"
		} else if !toks[m.last].poss {
			return nil
		}
		if j < len(toks) && standingWords[toks[j].norm] && m.ent.Kind != graph.Location {
			return m.ent
		}
		return nil
	}
	if !standingWords[toks[k].norm] || k+2 >= len(toks) || toks[k+1].norm != "of" {
		return nil
	}
	o := k + 2
	if toks[o].norm == "the" && o+1 < len(toks) {
		o++
	}
	n := v.at[o]
	if n < 0 || v.ms[n].first != o || v.ms[n].ent.Kind == graph.Location {
		return nil
	}
	return v.ms[n].ent
}

// expressingVerbs state an attitude held toward a party: "expressed
// support for Y", "voiced outrage at Y's decision".
var expressingVerbs = map[string]bool{
	"express": true, "expresses": true, "expressed": true, "expressing": true, "voice": true, "voices": true,
	"voiced": true, "voicing": true, "reaffirm": true, "reaffirms": true, "reaffirmed": true, "reaffirming": true,
	"reiterate": true, "reiterates": true, "reiterated": true, "reiterating": true, "convey": true, "conveys": true,
	"conveyed": true, "conveying": true, "declare": true, "declares": true, "declared": true, "declaring": true,
}

// attitudeNouns map an attitude expressed toward a party to the event
// type it codes, with the prepositions that introduce the party.
var attitudeNouns = map[string]struct {
	typ   graph.EventType
	preps []string
}{
	"support":         {graph.Support, []string{"for"}},
	"backing":         {graph.Support, []string{"for"}},
	"solidarity":      {graph.Support, []string{"with"}},
	"outrage":         {graph.Accuse, []string{"at", "over", "about"}},
	"anger":           {graph.Accuse, []string{"at", "over", "about"}},
	"indignation":     {graph.Accuse, []string{"at", "over", "about"}},
	"displeasure":     {graph.Accuse, []string{"at", "over", "about", "with"}},
	"disapproval":     {graph.Accuse, []string{"of", "at", "over", "about"}},
	"dissatisfaction": {graph.Accuse, []string{"with", "at", "over", "about"}},
	"condemnation":    {graph.Accuse, []string{"of"}},
}

// attitudeRule stands for an expressing verb when its subject is read
// with verbArguments.
var attitudeRule = eventRule{name: "express-attitude", typ: graph.Support}

// expressedAttitudes reads an attitude expressed toward a named party or
// its act: "Egypt voiced support for Sudan", "France expressed solidarity
// with Poland", "Turkish officials expressed outrage over a United States
// resolution", "Japan expressed displeasure at China's decision". The one
// who expresses it supports or accuses the party. A negated attitude ("no
// support") or one toward a thing no party owns yields nothing.
func (a *article) expressedAttitudes(s sentence, v *sentenceView) []*candidate {
	var out []*candidate
	toks := v.toks
	for t, tok := range toks {
		if !tok.is(classExpressingVerb) || v.at[t] >= 0 || negatedVerb(toks, t) || (t > 0 && beForms[toks[t-1].norm]) {
			continue
		}
		noun := -1
		for k := t + 1; k < len(toks) && k <= t+4; k++ {
			if _, ok := attitudeNouns[toks[k].norm]; ok {
				noun = k
				break
			}
			if v.at[k] >= 0 || toks[k].punct || negations[toks[k].norm] {
				break // "expressed no support"
			}
		}
		if noun < 0 || noun+2 >= len(toks) || !slices.Contains(attitudeNouns[toks[noun].norm].preps, toks[noun+1].norm) {
			continue
		}
		target := v.attitudeObject(noun + 2)
		if target == nil {
			continue
		}
		att := attitudeNouns[toks[noun].norm]
		c := &candidate{typ: att.typ, rule: "verb:express-" + toks[noun].norm, confidence: 0.55, trigger: noun, sent: s, status: graph.Reported}
		if att.typ == graph.Accuse {
			c.mode = "disapprove"
		}
		actor, _ := a.verbArguments(v, t, &attitudeRule, c)
		if actor == nil || actor.Kind == graph.Location || a.sameSide(actor, target) {
			continue
		}
		if !a.setParties(c, []*graph.Entity{actor}, []*graph.Entity{target}) {
			continue
		}
		out = append(out, c)
	}
	return out
}

// attitudeObject returns the party the phrase at k names as what an
// attitude is held toward: the party itself ("for Sudan", "with the
// Palestinian people"), its act ("at China's decision", "over a United
// States resolution"). Nil for a thing no party owns ("for the ban").
func (v *sentenceView) attitudeObject(k int) *graph.Entity {
	toks := v.toks
	for i := 0; i < 2 && k < len(toks) && (toks[k].norm == "the" || toks[k].norm == "a" || toks[k].norm == "an"); i++ {
		k++
	}
	if k >= len(toks) {
		return nil
	}
	n := v.at[k]
	if n < 0 || v.ms[n].first != k || v.ms[n].ent.Kind == graph.Location || !(usable(v.ms[n]) || v.ms[n].modifier) {
		return nil
	}
	return v.ms[n].ent
}
