package loader

import "sync"

// frameGate is a set of rule frames whose trigger words a sentence holds.
// Frames that scan every token with several map lookups each
// (involvementFrames, agentlessAttacks, partyVerdicts) first ask the sentence's gate,
// built with one lookup per token, and skip the scan when none of their
// words is there, as in most sentences. The token word classes cannot
// take them: nearly all of their 64 bits are spent.
type frameGate uint8

const (
	// gateInvolvement: a trigger of involvementFrames (denyingVerbs,
	// partPredicates, blamingVerbs, responsibilityTakingVerbs).
	gateInvolvement frameGate = 1 << iota
	// gateAgentless: a trigger of agentlessAttacks (underForceVerbs,
	// receivedForce).
	gateAgentless
	// gateVerdictSpeech: a verb of partyVerdicts beyond the verbs of
	// saying (verdictSpeechVerbs).
	gateVerdictSpeech
)

// frameGateWords maps each trigger word of a gated frame to its frames.
// It is built from the frames' own lists, so a word added to one is gated
// with it.
var frameGateWords = sync.OnceValue(func() map[string]frameGate {
	m := map[string]frameGate{}
	for _, l := range []struct {
		words map[string]bool
		gate  frameGate
	}{
		{denyingVerbs, gateInvolvement},
		{blamingVerbs, gateInvolvement},
		{responsibilityTakingVerbs, gateInvolvement},
		{underForceVerbs, gateAgentless},
		{verdictSpeechVerbs, gateVerdictSpeech},
	} {
		for w, in := range l.words {
			if in {
				m[w] |= l.gate
			}
		}
	}
	for w := range partPredicates {
		m[w] |= gateInvolvement
	}
	for w := range receivedForce {
		m[w] |= gateAgentless
	}
	return m
})

// holds reports whether the sentence has a trigger word of a frame in g
// at a token no mention covers (the gated frames skip the others). The
// sentence's gate is computed on first use.
func (v *sentenceView) holds(g frameGate) bool {
	if !v.gated {
		words := frameGateWords()
		for t := range v.toks {
			if v.at[t] < 0 && !v.toks[t].punct {
				v.gate |= words[v.toks[t].norm]
			}
		}
		v.gated = true
	}
	return v.gate&g != 0
}
