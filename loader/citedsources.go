package loader

// Hearsay cited by a participle: "Interfax, citing unnamed sources,
// reported that Akayev has arrived in Russia", "X attacked Y, the agency
// said, quoting anonymous officials". As with "according to reports"
// (hearsaysources.go), the guide counts such an act as speculated; a
// named source ("citing the defence ministry") keeps it reported.

// citingWords open a participle phrase that names the source of a report.
var citingWords = map[string]bool{"citing": true, "quoting": true}

// citedHearsay reports whether the trigger at t stands in a report whose
// source, set off by a comma and named by "citing" or "quoting", is
// hearsay (hearsaySourceNouns): the clause after a phrase that opens or
// interrupts the sentence, or the clause before one that closes it.
func citedHearsay(toks []token, t int) bool {
	lo, hi := max(0, t-sentenceWideReach), min(len(toks)-1, t+sentenceWideReach)
	for k := lo; k < hi; k++ {
		if !citingWords[toks[k].norm] || k == t || k > 0 && toks[k-1].text != "," {
			continue
		}
		end, hearsay := k+1, false // end: the first punctuation after the source
		for ; end < len(toks) && !toks[end].punct; end++ {
			if end <= k+hearsaySourceReach && hearsaySourceNouns[toks[end].norm] {
				hearsay = true
			}
		}
		if !hearsay || t > k && t < end {
			continue
		}
		if t > end {
			return sameClause(toks, end, t) // "Interfax, citing unnamed sources, reported that"
		}
		closing := end == len(toks) || toks[end].text == "."
		if closing && sameClause(toks, t, k) {
			return true // "X attacked Y, the agency said, quoting anonymous officials."
		}
	}
	return false
}
