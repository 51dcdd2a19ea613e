package loader

// This file lets a verb's object be a group named after a description of
// it: "accused the Lebanese militant group Hezbollah", "blamed the
// outlawed Islamist group Hizb ut-Tahrir", "condemned the Basque
// separatist group ETA". News introduces an armed or political group
// this way; the name after the descriptor noun is the object, not the
// state a demonym among the adjectives names ("Lebanese"), and the
// adjectives before it may run past the few words directObject lets pass.

// introducedGroupHeads are the head nouns of such a description.
var introducedGroupHeads = map[string]bool{
	"group": true, "movement": true, "organisation": true, "organization": true, "militia": true, "faction": true,
	"network": true, "outfit": true,
}

// describedGroupAt reports a descriptor noun at k that is followed right
// away by a name, or by "the" and a name: "group Hezbollah", "group the
// Liberation Tigers of Tamil Eelam".
func (v *sentenceView) describedGroupAt(k int) bool {
	toks := v.toks
	if !introducedGroupHeads[toks[k].norm] || toks[k].upper || k+1 >= len(toks) {
		return false
	}
	if toks[k+1].norm == "the" && k+2 < len(toks) {
		k++
	}
	return v.at[k+1] >= 0 && !v.ms[v.at[k+1]].modifier
}

// demonymBeforeGroup reports a demonym mention n that only describes a
// group named after it: "the Lebanese militant group Hezbollah".
func (v *sentenceView) demonymBeforeGroup(n int) bool {
	m := v.ms[n]
	if m.form != formDemonym {
		return false
	}
	for j := m.last + 1; j < len(v.toks) && j <= m.last+3; j++ {
		if v.describedGroupAt(j) {
			return true
		}
		if v.toks[j].punct || v.at[j] >= 0 {
			return false
		}
	}
	return false
}
