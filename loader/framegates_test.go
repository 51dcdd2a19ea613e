package loader

import (
	"testing"
	"unsafe"
)

// TestFrameGates checks that tokenize marks exactly the words of the gated
// frames' lists, so that testing a token's gate before the lookups changes
// nothing the frames read, and that the gate costs tokens no room.
func TestFrameGates(t *testing.T) {
	text := "Hamas denied involvement; the army was blamed and responsible, came under fire, was shelled, and X contends it was behind it."
	want := map[string]frameGate{
		"denied": gateInvolvement, "blamed": gateInvolvement, "responsible": gateInvolvement, "behind": gateInvolvement,
		"came": gateAgentless, "shelled": gateAgentless | gateToldAttack, "contends": gateVerdictSpeech,
		"army": gateJoint,
	}
	for _, tok := range tokenize(text, 0, len(text)) {
		if tok.gate != want[tok.norm] {
			t.Errorf("%q: gate %b, want %b", tok.norm, tok.gate, want[tok.norm])
		}
		if tok.class != wordClasses()[tok.norm] {
			t.Errorf("%q: classes %b, want %b", tok.norm, tok.class, wordClasses()[tok.norm])
		}
	}
	for w, g := range frameGateWords() {
		in := g&gateInvolvement != 0 == (denyingVerbs[w] || blamingVerbs[w] || responsibilityTakingVerbs[w] || partPredicate(w))
		_, received := receivedForce[w]
		in = in && g&gateAgentless != 0 == (underForceVerbs[w] || received)
		in = in && g&gateVerdictSpeech != 0 == verdictSpeechVerbs[w]
		in = in && g&gateArmsTrade != 0 == (sellingVerbs[w] || buyingVerbs[w] || armsTradeNouns[w] || armsFlowNouns[w])
		in = in && g&gateToldAttack != 0 == (toldAttackWords[w] || attackHeads[w] || victimVerbs[w])
		in = in && g&gateLegislative != 0 == (bodyApprovalVerbs[w] || annullingVerbs[w] || votingVerbs[w] || w == "declared" || w == "declares")
		in = in && g&gatePledged != 0 == (commitmentNouns[w] || givingNouns[w])
		in = in && g&gateDeadline != 0 == deadlineNouns[w]
		in = in && g&gateReportedWrong != 0 == (disclosureVerbs[w] || claimTakingVerbs[w] || speechParticiples[w])
		in = in && g&gateHelp != 0 == helpVerbs[w]
		in = in && g&gateJoint != 0 == (jointForceNouns[w] || w == "joint" || w == "jointly" || w == "together")
		in = in && g&gateCustody != 0 == storyCustodyParticiples[w]
		in = in && g&gatePartnership != 0 == (workForms[w] || sideVerbs[w] != nil)
		if !in {
			t.Errorf("%q: gate %b disagrees with the frames' lists", w, g)
		}
		if toks := tokenizeWords(w, 0, len(w)); len(toks) != 1 || toks[0].punct {
			t.Errorf("gate word %q is not one word token", w)
		}
	}
	// 16 (text) + 2×8 (start, end) + 16 (norm) + 6 flags + 2 (gate), padded
	// to 8, + 8 (class).
	if size := unsafe.Sizeof(token{}); size != 64 {
		t.Errorf("token is %d bytes, want 64", size)
	}
}
