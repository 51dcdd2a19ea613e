package loader

import "github.com/geokg/geokg/graph"

// This file reads the doer of an act of force named in a with-phrase
// after the verb that tells what befell the victims: "two French soldiers
// were killed in a battle with Taliban forces", "five Turkish policemen
// died in clashes with PKK rebels". The subject names the victims, whose
// state is the target; the party fought "with" attacked it. (A two-sided
// clash may be annotated with both parties on both sides; reading the
// named fighter as actor and the victims' state as target matches either
// way.)

// fightNouns name a fight that one side can have "with" another.
var fightNouns = map[string]bool{
	"clash": true, "clashes": true, "battle": true, "battles": true, "fighting": true, "firefight": true,
	"gunbattle": true, "gunfight": true, "skirmish": true, "skirmishes": true, "confrontation": true,
	"exchange": true,
}

// sufferedForce are the verbs telling what the victims suffered.
var sufferedForce = map[string]bool{
	"killed": true, "wounded": true, "injured": true, "died": true, "hurt": true,
}

// victimsClashes reads the frame of this file in the sentence.
func (a *article) victimsClashes(s sentence, v *sentenceView) []*candidate {
	var out []*candidate
	toks := v.toks
	for t, tok := range toks {
		if !tok.is(classSufferedForce) || v.at[t] >= 0 {
			continue
		}
		fighter := fightWith(v, t)
		if fighter < 0 {
			continue
		}
		victims := victimState(a, v, t)
		if victims == nil || a.sameSide(victims, v.ms[fighter].ent) {
			continue
		}
		c := &candidate{typ: graph.Assault, rule: "verb:killed-in-clash-with", trigger: t, sent: s, confidence: 0.55, status: graph.Reported}
		if !a.setParties(c, []*graph.Entity{v.ms[fighter].ent}, []*graph.Entity{victims}) {
			continue
		}
		out = append(out, c)
	}
	return out
}

// fightWith returns the mention of the party fought "with" in a phrase
// closely after the verb at t ("killed on Saturday in a battle with
// Taliban forces"), or -1.
func fightWith(v *sentenceView, t int) int {
	toks := v.toks
	in := -1
	for k := t + 1; k < len(toks) && k <= t+6; k++ {
		if toks[k].norm == "in" || toks[k].norm == "during" {
			in = k
			break
		}
		if clauseBreak(toks[k]) || toks[k].punct || v.at[k] >= 0 {
			return -1
		}
	}
	if in < 0 {
		return -1
	}
	for k := in + 1; k+1 < len(toks) && k <= in+4; k++ {
		if fightNouns[toks[k].norm] {
			if toks[k+1].norm != "with" {
				return -1 // "clashes between X and Y" is read as a two-sided clash elsewhere
			}
			n := v.next(k + 1)
			if n < 0 || v.ms[n].first > k+4 || v.ms[n].ent.Kind == graph.Location {
				return -1
			}
			return n
		}
		if toks[k].punct || v.at[k] >= 0 {
			return -1
		}
	}
	return -1
}

// victimState returns the state or party the subject of the passive or
// intransitive verb at t belongs to: "two French soldiers were killed"
// gives France. The subject is a short phrase right before the verb.
func victimState(a *article, v *sentenceView, t int) *graph.Entity {
	toks := v.toks
	k := t - 1
	for k >= 0 && (beForms[toks[k].norm] || auxiliaries[toks[k].norm] || toks[k].norm == "also") {
		k--
	}
	if k == t-1 && toks[t].norm != "died" {
		return nil // "killed" with no auxiliary: not the victims' passive
	}
	for j := k; j >= 0 && j >= k-4; j-- {
		if n := v.at[j]; n >= 0 {
			e := v.ms[n].ent
			if e.Kind == graph.Location {
				return nil
			}
			return e
		}
		if toks[j].punct || clauseBreak(toks[j]) || prepositions[toks[j].norm] {
			return nil
		}
	}
	return nil
}
