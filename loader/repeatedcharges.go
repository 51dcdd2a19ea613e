package loader

// This file reads a charge made again or by another party: "Fadlallah
// also made the same charge", "X repeated the accusation", "X levelled
// similar charges", "X renewed its criticism of Y". Like criticism.go's
// "echoed the criticism", the charge is aimed at the party after "of",
// "against" or "about", else at whom the article's last accusation
// accused: the noun refers back to it. Only a charge, an accusation or an
// allegation refers back so; criticism, condemnation or complaints made
// again must name whom they are aimed at ("renewed its criticism of Y"),
// and "made" takes only the former ("made complaints to the police").
// A bare "a charge" refers to no earlier one, and a speaker placed
// ("Sheikh X in Lebanon made the same charge") is not his place.

// repeatingVerbs make a charge again or anew.
var repeatingVerbs = map[string]bool{
	"made": true, "make": true, "makes": true, "making": true, "repeated": true, "repeats": true, "repeat": true,
	"repeating": true, "reiterated": true, "reiterates": true, "reiterate": true, "reiterating": true,
	"renewed": true, "renews": true, "renew": true, "renewing": true, "levelled": true, "leveled": true,
	"levels": true, "level": true, "levelling": true, "leveling": true,
}

// anaphoricDeterminers make the noun after them refer back: "the same
// charge", "similar accusations", "its criticism".
var anaphoricDeterminers = map[string]bool{
	"the": true, "same": true, "similar": true, "such": true, "this": true, "that": true, "these": true, "those": true,
	"its": true, "his": true, "her": true, "their": true, "earlier": true, "previous": true, "also": true,
}

// repeatedCharges reads the charges of the sentence made again.
func (a *article) repeatedCharges(s sentence, v *sentenceView) []*candidate {
	var out []*candidate
	toks := v.toks
	for t, tok := range toks {
		if !repeatingVerbs[tok.norm] || v.at[t] >= 0 || t > 0 && beForms[toks[t-1].norm] || negatedVerb(toks, t) {
			continue
		}
		noun := chargeAfter(toks, t, tok.norm)
		if noun < 0 {
			continue
		}
		if !allegationNouns[toks[noun].norm] && !aimedAfter(toks, noun) {
			continue // "repeated the condemnation": whose, the article may not say
		}
		c := a.criticismOf(v, t, noun, "verb:repeat-charge")
		if c == nil || conditioned(toks, t) || placedActor(v, c) || !a.framed(c, s) {
			continue
		}
		c.status = frameStatus(toks, t, true)
		out = append(out, c)
	}
	return out
}

// aimedAfter reports "of", "against" or "about" right after the noun at
// k: the criticism names whom it is aimed at.
func aimedAfter(toks []token, k int) bool {
	if k+1 >= len(toks) {
		return false
	}
	w := toks[k+1].norm
	return w == "of" || w == "against" || w == "about"
}

// chargeAfter returns the index of the charge the repeating verb at t
// makes again, through anaphoric determiners only ("repeated the
// charge", "made the same accusation"); "a charge" refers back only to
// be aimed by "of" or "against" after it. -1 where there is none.
func chargeAfter(toks []token, t int, verb string) int {
	for k := t + 1; k < len(toks) && k <= t+4; k++ {
		w := toks[k].norm
		if allegationNouns[w] || echoedNouns[w] && verb != "made" && verb != "make" && verb != "makes" && verb != "making" {
			if k == t+1 && verb != "repeated" && verb != "reiterated" && verb != "renewed" && verb != "levelled" && verb != "leveled" {
				return -1 // "makes charges": no earlier charge meant
			}
			return k
		}
		if w == "a" || w == "an" {
			if k+2 < len(toks) && allegationNouns[toks[k+1].norm] && (toks[k+2].norm == "of" || toks[k+2].norm == "against") {
				return k + 1
			}
			return -1
		}
		if !anaphoricDeterminers[w] {
			return -1
		}
	}
	return -1
}
