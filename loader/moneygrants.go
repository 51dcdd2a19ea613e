package loader

import (
	"unicode"

	"github.com/geokg/geokg/graph"
)

// Aid given as a bare sum of money: "Japan gave $10 million to Haiti", "the
// US secretly channelled US$2 million to Fatah", "has provided $70 million
// to the MDC". The lexicon's "supply" rule needs a word naming the help
// (money, funds, aid, arms); a sum names none, so this frame reads the sum
// itself: figures ending in a scale word ("million", "billion") or a
// currency, then "to" and the recipient. Small sums ("donated $2,000 to the
// party") are campaign gifts, not aid, and name no scale word. Only a state,
// a state's official or a government body gives: a firm paying a regime is
// trade, not aid.

// sumGivingVerbs hand a sum of money to a recipient after "to".
var sumGivingVerbs = map[string]bool{
	"give": true, "gives": true, "gave": true, "giving": true,
	"provide": true, "provides": true, "provided": true, "providing": true,
	"donate": true, "donates": true, "donated": true, "donating": true,
	"channel": true, "channels": true, "channelled": true, "channeled": true, "channelling": true, "channeling": true,
	"transfer": true, "transfers": true, "transferred": true, "transferring": true,
	"contribute": true, "contributes": true, "contributed": true, "contributing": true,
	"grant": true, "grants": true, "granted": true, "granting": true,
}

// sumScaleWords end a sum large enough to be a state's grant.
var sumScaleWords = map[string]bool{"million": true, "billion": true, "bn": true, "trillion": true, "m": true}

// sumLeadWords may open or pad a sum: "an additional $5 million", "more
// than US$ 2 billion", "a total of".
var sumLeadWords = map[string]bool{
	"a": true, "an": true, "additional": true, "further": true, "another": true, "extra": true, "nearly": true, "almost": true,
	"about": true, "around": true, "some": true, "more": true, "than": true, "over": true, "up": true, "to": true, "total": true,
	"of": true, "roughly": true, "approximately": true, "at": true, "least": true, "secretly": true, "us": true, "usd": true,
	"eur": true, "gbp": true, "$": true, "€": true, "£": true, "¥": true, "us$": true, "a$": true, "au$": true, "can$": true, "c$": true, "nz$": true,
}

// grantedSums reads "VERB <sum> to X" in a sentence.
func (a *article) grantedSums(s sentence, v *sentenceView) []*candidate {
	var out []*candidate
	for t, tok := range v.toks {
		if !tok.is(classAidWord) || !sumGivingVerbs[tok.norm] || v.at[t] >= 0 || (t > firstWord(v.toks) && tok.upper) {
			continue
		}
		to := sumThenTo(v.toks, t+1)
		if to < 0 {
			continue
		}
		n := -1
		for j := to + 1; j < len(v.toks) && j <= to+2; j++ {
			if v.at[j] >= 0 {
				n = v.at[j]
				break
			}
			if v.toks[j].norm != "the" {
				break
			}
		}
		if n < 0 || !usable(v.ms[n]) || v.ms[n].ent.Kind == graph.Location || v.ms[n].ent.Kind == graph.Person {
			continue
		}
		if offered(v.toks, t) {
			continue // "offered to give $5 million": AGREE
		}
		donor, _ := a.verbArguments(v, t, &eventRule{typ: graph.Aid}, &candidate{})
		if donor == nil || donor.Kind != graph.Country && a.stateOf(donor) == nil {
			continue
		}
		c := &candidate{typ: graph.Aid, mode: "economic", rule: "verb:give-sum", confidence: 0.6, sent: s, trigger: t}
		if !a.setParties(c, []*graph.Entity{donor}, []*graph.Entity{v.ms[n].ent}) {
			continue
		}
		c.status = fatedStatus(v.toks, t, false, frameStatus(v.toks, t, true))
		c.location = v.eventLocation(t, c)
		out = append(out, c)
	}
	return out
}

// sumThenTo returns the index of the "to" that follows a sum of money
// starting at k, or -1: lead words, figures, then a scale word or a
// currency ("$2 million", "5 billion dollars", "US$ 300m"), then "to".
func sumThenTo(toks []token, k int) int {
	figure, scaled := false, false
	for j := k; j < len(toks) && j <= k+8; j++ {
		w := toks[j].norm
		switch {
		case w == "to" && scaled:
			return j
		case startsWithDigit(w):
			figure = true
		case figure && (sumScaleWords[w] || currencyWords[w]):
			scaled = true
		case !figure && sumLeadWords[w]:
		default:
			return -1
		}
	}
	return -1
}

// startsWithDigit reports a figure token ("10", "2.5", "300m").
func startsWithDigit(w string) bool {
	for _, r := range w {
		return unicode.IsDigit(r)
	}
	return false
}
