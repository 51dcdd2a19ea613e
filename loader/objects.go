package loader

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// Objects: whose act a verb states when another verb's object or a
// reported clause stands between it and the sentence's subject.

// controlVerbs pass their object to the infinitive after it: in "Jordan
// allowed Iraqi officials to travel to Syria" the officials travel, not
// Jordan. Verbs of asking and ordering are left to requestGovernors, which
// drop the infinitive altogether.
var controlVerbs = map[string]bool{
	"allow": true, "allows": true, "allowed": true, "allowing": true,
	"permit": true, "permits": true, "permitted": true, "permitting": true,
	"enable": true, "enables": true, "enabled": true, "enabling": true,
	"authorise": true, "authorises": true, "authorised": true, "authorising": true,
	"authorize": true, "authorizes": true, "authorized": true, "authorizing": true,
	"invite": true, "invites": true, "invited": true, "inviting": true,
	"help": true, "helps": true, "helped": true, "helping": true,
}

// controlledSubject reads an infinitive at t that a control verb governs
// through an object: "allowed the refugees to travel". ok reports such a
// frame; n is the usable mention the object names, or -1 where it names
// no one this extractor knows ("the Bali Nine"), so that the control
// verb's own subject is not taken for the infinitive's.
func (v *sentenceView) controlledSubject(t int) (n int, ok bool) {
	toks := v.toks
	k := infinitiveTo(toks, t)
	if k < 2 {
		return -1, false
	}
	for c := k - 1; c >= 1 && c >= k-7; c-- {
		tok := toks[c]
		if tok.punct || toks[c].norm == "by" || (v.at[c] < 0 && (auxiliaries[tok.norm] || speechVerbs[tok.norm])) {
			return -1, false // "was allowed by X to", a clause boundary: no object frame
		}
		if !controlVerbs[tok.norm] || v.at[c] >= 0 {
			continue
		}
		if c == k-1 || beForms[toks[c-1].norm] || objectPronouns[toks[c+1].norm] || toks[c+1].norm == "him" || toks[c+1].norm == "her" {
			// "allowed to travel", "were allowed ... to": the subject's own
			// act; "enable him to": the pronoun is resolved as a subject.
			return -1, false
		}
		for p := c + 1; p < k; p++ {
			if m := v.at[p]; m >= 0 && usable(v.ms[m]) && !v.locative(m) {
				return m, true
			}
		}
		return -1, true
	}
	return -1, false
}

// pastSpeech and presentSpeech split speechVerbs by tense, for matching
// a coordinated verb to the verb of saying it continues.
func pastSpeech(w string) bool {
	return speechVerbs[w] && (strings.HasSuffix(w, "ed") || w == "said" || w == "told")
}

// clauseAuxiliaries mark a verb of a reported clause: "said the soldiers
// had violated", "said Iran would attend".
var clauseAuxiliaries = map[string]bool{
	"has": true, "have": true, "had": true, "was": true, "were": true, "is": true, "are": true,
	"will": true, "would": true, "could": true, "should": true, "must": true, "might": true, "may": true, "can": true,
}

// sayerOfCoordinate reads a verb at t coordinated (at j) after a reported
// clause: in "Ahmadinejad said the British soldiers had violated Iranian
// territory and praised the coast guards" the praise is Ahmadinejad's, not
// the soldiers'. The coordinated verb must match the verb of saying in
// tense where the clause's own verb takes an auxiliary, so that it cannot
// continue that verb ("said the soldiers violated ... and seized"
// stays with the soldiers). Returns the sayer, or nil.
func (a *article) sayerOfCoordinate(v *sentenceView, j, t int) *graph.Entity {
	toks := v.toks
	if !coordinators[toks[j].norm] || exceptive(toks, j) || j+1 > t {
		return nil
	}
	for k := j + 1; k < t; k++ {
		if !strings.HasSuffix(toks[k].norm, "ly") {
			return nil // "and has praised": an auxiliary the clause's verb may share
		}
	}
	presentVerb := strings.HasSuffix(toks[t].norm, "s") && !strings.HasSuffix(toks[t].norm, "ss")
	pastVerb := strings.HasSuffix(toks[t].norm, "ed") || pastForms[toks[t].norm]
	auxiliary := false
	for k := j - 1; k >= 1 && k >= j-2*maxArgGap; k-- {
		tok := toks[k]
		if clauseBreak(tok) || coordinators[tok.norm] {
			return nil
		}
		if clauseAuxiliaries[tok.norm] && v.at[k] < 0 {
			auxiliary = true
			continue
		}
		if !speechVerbs[tok.norm] || v.at[k] >= 0 {
			continue
		}
		if !auxiliary || k+1 >= j || (pastSpeech(tok.norm) != pastVerb) || (!pastSpeech(tok.norm) && !presentVerb) {
			return nil
		}
		i := skipTimeAdverbs(toks, k-1)
		for i >= 0 && auxiliaries[toks[i].norm] {
			i--
		}
		if i < 0 {
			return nil
		}
		if n := v.at[i]; n >= 0 && usable(v.ms[n]) && !v.locative(n) {
			return v.ms[n].ent
		}
		if toks[i].norm == "he" || toks[i].norm == "she" {
			return a.personBefore(v, i)
		}
		return nil
	}
	return nil
}
