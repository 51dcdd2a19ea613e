package loader

import "sync"

// frameGate is a set of rule frames whose trigger words a token holds.
// Frames that scan every token with map lookups (involvementFrames,
// agentlessAttacks, partyVerdicts, armsTradeFrames, noteToldAttack,
// legislativeActs, pledgedNouns, deadlineRequests, reportedWrongs, helpFrames) test
// the token's gate first, which tokenize fills in the same lookup as its
// word classes, and skip the lookups at every other word, as nearly all
// are. The word
// classes cannot take them: all of their 64 bits are spent. The gate has
// 16 bits, of which 14 are used; a token stays 64 bytes with it
// (TestFrameGates).
type frameGate uint16

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
	// gateArmsTrade: a trigger of armsTradeFrames (sellingVerbs,
	// buyingVerbs, armsTradeNouns, armsFlowNouns).
	gateArmsTrade
	// gateToldAttack: a word by which noteToldAttack knows a sentence tells
	// an attack (toldAttackWords, attackHeads, victimVerbs).
	gateToldAttack
	// gateLegislative: a trigger of legislativeActs (bodyApprovalVerbs,
	// annullingVerbs, votingVerbs, "declared").
	gateLegislative
	// gatePledged: a noun of pledgedNouns (commitmentNouns, givingNouns).
	gatePledged
	// gateDeadline: a noun of deadlineRequests (deadlineNouns).
	gateDeadline
	// gateReportedWrong: a verb by which reportedWrongs knows a source
	// reports a clause beyond the verbs of saying (disclosureVerbs,
	// claimTakingVerbs, speechParticiples).
	gateReportedWrong
	// gateHelp: a verb of helpFrames (helpVerbs).
	gateHelp
	// gateJoint: a word by which jointPairs knows a pair acts together
	// (jointForceNouns, "joint", "jointly", "together").
	gateJoint
	// gateCustody: a participle of crowdCustodyFrames
	// (storyCustodyParticiples).
	gateCustody
	// gatePartnership: a verb of workTogetherFrames or sideTakingFrames
	// (workForms, sideVerbs).
	gatePartnership
	// gateTrial: a word of accusedTrials ("convicted", "found", "tried",
	// "trial") or trialPurposes (trialNouns).
	gateTrial
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
		{sellingVerbs, gateArmsTrade},
		{buyingVerbs, gateArmsTrade},
		{armsTradeNouns, gateArmsTrade},
		{armsFlowNouns, gateArmsTrade},
		{toldAttackWords, gateToldAttack},
		{attackHeads, gateToldAttack},
		{victimVerbs, gateToldAttack},
		{bodyApprovalVerbs, gateLegislative},
		{annullingVerbs, gateLegislative},
		{votingVerbs, gateLegislative},
		{map[string]bool{"declared": true, "declares": true}, gateLegislative},
		{commitmentNouns, gatePledged},
		{givingNouns, gatePledged},
		{deadlineNouns, gateDeadline},
		{disclosureVerbs, gateReportedWrong},
		{claimTakingVerbs, gateReportedWrong},
		{speechParticiples, gateReportedWrong},
		{helpVerbs, gateHelp},
		{jointForceNouns, gateJoint},
		{map[string]bool{"joint": true, "jointly": true, "together": true}, gateJoint},
		{storyCustodyParticiples, gateCustody},
		{workForms, gatePartnership},
		{map[string]bool{"convicted": true, "found": true, "tried": true}, gateTrial},
		{trialNouns, gateTrial},
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
	for w := range sideVerbs {
		m[w] |= gatePartnership
	}
	return m
})

// wordEntry is what tokenize reads of a norm in its one lookup.
type wordEntry struct {
	class wordClass
	gate  frameGate
}

// wordEntries joins wordClasses and frameGateWords, so that tokenize looks
// a token up once for both.
var wordEntries = sync.OnceValue(func() map[string]wordEntry {
	m := map[string]wordEntry{}
	for w, c := range wordClasses() {
		e := m[w]
		e.class = c
		m[w] = e
	}
	for w, g := range frameGateWords() {
		e := m[w]
		e.gate = g
		m[w] = e
	}
	return m
})

// gates reports whether the token triggers a frame in g.
func (t *token) gates(g frameGate) bool {
	return t.gate&g != 0
}
