package loader

// Hearsay named as the source of a statement: "According to media
// reports, Chile has sent troops", "Chile attacked Peru, according to
// unnamed sources". The guide counts hearsay as speculated, as it does
// "reportedly" and "Reports say that" (statuscues.go); a named party as
// the source ("according to the ministry") keeps the act reported.

// hearsaySourceNouns, within the first words after "according to", make
// the source hearsay: reports, sources, rumours, claims, and unnamed
// people who tell what they saw or heard ("according to Syrian
// officials", "according to witnesses").
var hearsaySourceNouns = map[string]bool{
	"report": true, "reports": true, "source": true, "sources": true, "rumour": true, "rumours": true,
	"rumor": true, "rumors": true, "claim": true, "claims": true, "allegation": true, "allegations": true,
	"unnamed": true, "anonymous": true, "unconfirmed": true,
	"officials": true, "witnesses": true, "eyewitnesses": true, "residents": true, "diplomats": true,
	"intelligence": true, "insiders": true,
}

// hearsaySourceReach bounds how far after "according to" the hearsay noun
// stands ("according to unconfirmed local media reports").
const hearsaySourceReach = 5

// sourceClauseOpeners may stand right before an "according to" phrase that
// opens the clause it speaks for: "and according to the reports he never".
var sourceClauseOpeners = map[string]bool{"and": true, "but": true, "that": true, "when": true, "while": true}

// hearsaySourced reports whether the trigger at t stands in the clause an
// "according to" phrase with a hearsay source speaks for: the clause after
// a phrase that opens it ("According to reports, X attacked Y"; "when,
// according to a claim from Z, X fired"), or the clause before a phrase
// that closes the sentence ("X attacked Y, according to news reports").
func hearsaySourced(toks []token, t int) bool {
	lo, hi := max(0, t-sentenceWideReach), min(len(toks)-1, t+sentenceWideReach)
	for k := lo; k+2 <= hi; k++ {
		if toks[k].norm != "according" || toks[k+1].norm != "to" || k == t {
			continue
		}
		end, hearsay := k+2, false // end: the first punctuation after the source
		for ; end < len(toks) && !toks[end].punct; end++ {
			if end < k+2+hearsaySourceReach && hearsaySourceNouns[toks[end].norm] {
				hearsay = true
			}
		}
		if !hearsay {
			continue
		}
		if t > k+1 && t < end {
			return false // the trigger names the source: "according to a report of the attack"
		}
		closing := end == len(toks) || toks[end].text == "."
		if closing && k > 0 && toks[k-1].text == "," && t < k {
			return sameClause(toks, t, k) // "X attacked Y, according to reports."
		}
		opening := k == 0 || toks[k-1].punct && !clauseBreak(toks[k-1]) || sourceClauseOpeners[toks[k-1].norm]
		if opening && t > end && !closing {
			return sameClause(toks, end, t) // "According to reports, X attacked Y"
		}
	}
	return false
}

// sameClause reports whether no clause break, sentence end or ", but"
// stands between from and to: "According to police, X attacked Y, but the
// army denies those reports" leaves the denial the army's own.
func sameClause(toks []token, from, to int) bool {
	for k := from + 1; k < to; k++ {
		if clauseBreak(toks[k]) || toks[k].text == "." || toks[k].norm == "but" && toks[k-1].text == "," {
			return false
		}
	}
	return true
}
