package loader

import "github.com/geokg/geokg/graph"

// This file reads the status of an act that a causative verb in the past
// brings about. "The intrusion caused Japan to put its troops on alert",
// "the attack prompted Israel to launch air strikes", "Iraq was forced to
// withdraw": the meaning of caused, forced, compelled, prompted, led and
// drove entails that their infinitive happened, so the act is reported,
// not planned. Verbs that only let or ask ("allowed", "urged",
// "encouraged") entail nothing and keep the status of a plan; a causative
// under a modal or a negation ("will force", "could prompt", "did not
// force") says nothing about the outcome either.

// entailingCausatives are past forms of causatives whose infinitive, in
// an asserted clause, happened. "pushed X to" is left out: pushing for an
// act does not bring it about ("pushed North Korea to return to talks").
var entailingCausatives = map[string]bool{
	"caused": true, "forced": true, "compelled": true, "prompted": true, "led": true, "drove": true, "driven": true,
}

// passiveCausativeAuxiliaries make a causative right before "to" a past
// passive whose subject did the act: "was forced to", "had been compelled
// to", "described him being forced to". "is forced to" and "be forced
// to" tell no past.
var passiveCausativeAuxiliaries = map[string]bool{"was": true, "were": true, "been": true, "being": true}

// unassertingWords before a causative leave its outcome open: a modal
// ("will force", "could have prompted"), a negation ("did not force"), an
// infinitive ("threatened to force") or a condition ("if it forced").
var unassertingWords = map[string]bool{
	"will": true, "would": true, "shall": true, "should": true, "could": true, "can": true, "may": true, "might": true,
	"must": true, "not": true, "never": true, "to": true, "if": true, "unless": true, "whether": true,
	"didnt": true, "wasnt": true, "werent": true, "hadnt": true, "hasnt": true, "havent": true, "wouldnt": true, "couldnt": true,
}

// entailedCausedAct reports whether the infinitive whose "to" is at k is
// the act an asserted causative in the past brought about: "caused Japan
// to put its troops on alert", "Iraq was forced to withdraw". Its object
// (a name or a short noun phrase) stands between the causative and "to";
// a passive stands right before "to".
func entailedCausedAct(toks []token, k int) bool {
	k = firstConjunctTo(toks, k) // "forced Iraq to withdraw and to pay"
	for j := k - 1; j >= 1 && j >= k-causativeObjectReach; j-- {
		tk := toks[j]
		if tk.text == "." && abbreviations[toks[j-1].norm] {
			continue // "forced Ms. Sgro to"
		}
		if tk.punct {
			return false
		}
		if !entailingCausatives[tk.norm] {
			continue
		}
		if toks[j-1].hyphen {
			return false // "the US-led coalition to": an adjective
		}
		if j == k-1 {
			if !passiveCausativeAuxiliaries[toks[j-1].norm] {
				return false // "led to": no object, no passive
			}
			j-- // assertion is read before the auxiliary
		}
		return assertedAt(toks, j)
	}
	return false
}

// assertedAt reports whether the verb group ending at the word at j
// stands in an asserted clause: no modal, negation, "to" or condition in
// the few words of its verb group ("had already been forced", "would have
// caused").
func assertedAt(toks []token, j int) bool {
	for i := j - 1; i >= 0 && i >= j-3; i-- {
		w := toks[i].norm
		if unassertingWords[w] {
			return false
		}
		if toks[i].punct || !(auxiliaries[w] || w == "had" || w == "has" || w == "have" || w == "been" || w == "ultimately" || w == "eventually" || w == "effectively") {
			return true
		}
	}
	return true
}

// firstConjunctTo returns, for the "to" at k of a second infinitive
// joined by "and" or "or", the "to" of the first, whose governor governs
// both ("could cause Iran to withdraw from the treaty and to ban
// inspectors"); else k.
func firstConjunctTo(toks []token, k int) int {
	if k < 1 || toks[k-1].norm != "and" && toks[k-1].norm != "or" {
		return k
	}
	for j := k - 2; j >= 1 && j >= k-statusWindow-4; j-- {
		if clauseBreak(toks[j]) {
			return k
		}
		if toks[j].norm == "to" {
			return j
		}
	}
	return k
}

// causedComplement reports whether the event triggered at t is the act a
// past causative brought about: a verb in its infinitive ("forced Judy
// Sgro to resign") or a noun carried by a support verb in it ("prompted
// Israel to launch air strikes").
func causedComplement(toks []token, t int, noun bool) bool {
	if !noun {
		k := infinitiveTo(toks, t)
		return k >= 1 && entailedCausedAct(toks, k)
	}
	for k := t - 1; k >= 1 && k >= t-4; k-- {
		if toks[k].punct {
			return false
		}
		if supportVerbs[toks[k].norm] {
			i := infinitiveTo(toks, k)
			return i >= 1 && entailedCausedAct(toks, i)
		}
	}
	return false
}

// eventTense is the tense a date cue of the event at t resolves in. The
// bare infinitive of an act a past causative brought about takes the
// causative's past: "the controversies forced Judy Sgro to resign in
// January" is the January before publication, not the next one.
func eventTense(toks []token, t int, noun bool, status graph.Status) int {
	if status == graph.Reported && (causedComplement(toks, t, noun) || noun && committedOccasion(toks, t)) {
		return -1 // occasions.go: "was proposed by X during a trip to Y in September": last September
	}
	return tense(toks[t], noun, status)
}

// skipPassiveCausative returns, for a past causative at j in the passive
// right before the "to" of an infinitive ("was forced to resign"), the
// word before its verb group, where the subject of both verbs ends:
// "Tommy Sheridan, an SSP member, was forced to resign" is read as
// "Tommy Sheridan, an SSP member, resigned". Else j.
func skipPassiveCausative(toks []token, j int) int {
	if j < 1 || j+1 >= len(toks) || toks[j+1].norm != "to" || !entailingCausatives[toks[j].norm] || !passiveCausativeAuxiliaries[toks[j-1].norm] {
		return j
	}
	j--
	for j >= 0 && auxiliaries[toks[j].norm] {
		j--
	}
	return j
}
