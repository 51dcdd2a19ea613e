package loader

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// A signing whose object is named only as a paper: "Fatah and Hamas jointly
// signed a document", "Abbas and Olmert signed a statement of joint
// understanding". The lexicon's "sign" rule needs an agreement noun
// (treaty, accord, deal), since one signs petitions and forms too. A paper
// signed by two named parties together is their accord all the same
// (SUPPORT, CAMEO 057), so this frame reads it where the signers stand as
// a pair right before the verb and the paper is the verb's own object.
// Read more loosely ("the countries that have not signed the document",
// "the document Saakashvili signed") the noun picked up counterparts from
// elsewhere in the sentence.

// signedPaperNouns name a signed paper without calling it an agreement.
var signedPaperNouns = map[string]bool{"document": true, "documents": true, "statement": true, "papers": true}

// signersPadding may stand between the pair of signers and the verb:
// "jointly signed", "have both signed", "on Monday signed".
var signersPadding = map[string]bool{
	"jointly": true, "both": true, "also": true, "have": true, "has": true, "had": true, "today": true, "yesterday": true,
	"formally": true, "officially": true, "finally": true,
}

// jointlySignedPapers reads "X and Y signed a document" in a sentence.
func (a *article) jointlySignedPapers(s sentence, v *sentenceView) []*candidate {
	var out []*candidate
	for t, tok := range v.toks {
		if !strings.HasPrefix(tok.norm, "sign") || (tok.norm != "signed" && tok.norm != "sign" && tok.norm != "signs") {
			continue
		}
		if !paperObject(v.toks, t+1) {
			continue
		}
		first, second := v.signerPair(t)
		if first < 0 {
			continue
		}
		c := &candidate{typ: graph.Support, mode: "sign", rule: "verb:sign-paper", confidence: 0.6, sent: s, trigger: t, pair: true}
		if !a.setParties(c, []*graph.Entity{v.ms[first].ent}, []*graph.Entity{v.ms[second].ent}) {
			continue
		}
		c.status = frameStatus(v.toks, t, true)
		c.location = v.eventLocation(t, c)
		out = append(out, c)
	}
	return out
}

// paperObject reports a paper noun as the object starting at k: a
// determiner, at most two modifiers, then the noun ("a joint document",
// "the documents").
func paperObject(toks []token, k int) bool {
	if k >= len(toks) || (toks[k].norm != "a" && toks[k].norm != "an" && toks[k].norm != "the") {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+3; j++ {
		if signedPaperNouns[toks[j].norm] {
			return true
		}
		if toks[j].punct || clauseBreak(toks[j]) {
			return false
		}
	}
	return false
}

// signerPair returns the mentions of two signers coordinated right before
// the verb at t ("Fatah and Hamas jointly signed", "Palestinian leader
// Mahmoud Abbas and Israeli Prime Minister Ehud Olmert signed"), or -1.
// The second signer's title may stand between "and" and the name.
func (v *sentenceView) signerPair(t int) (int, int) {
	k := t - 1
	for k >= 0 && signersPadding[v.toks[k].norm] {
		k--
	}
	if k < 0 || v.at[k] < 0 || !usable(v.ms[v.at[k]]) {
		return -1, -1
	}
	second := v.at[k]
	for j := v.ms[second].first - 1; j >= 0 && j >= v.ms[second].first-5; j-- {
		if v.toks[j].norm != "and" {
			if v.toks[j].punct || (v.at[j] >= 0 && usable(v.ms[v.at[j]])) {
				return -1, -1
			}
			continue
		}
		if j == 0 || v.at[j-1] < 0 || !usable(v.ms[v.at[j-1]]) {
			return -1, -1
		}
		first := v.at[j-1]
		if v.ms[first].ent == v.ms[second].ent || v.ms[first].ent.Kind == graph.Location || v.ms[second].ent.Kind == graph.Location {
			return -1, -1
		}
		return first, second
	}
	return -1, -1
}
