package loader

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// This file reads whose retaliation a statement speaks of. The fallback
// reading (fallback.go) makes a speaker who names one other party and the
// word "retaliation" threaten that party. That holds where the speaker's
// side warns of its own retaliation ("if the bill passed, the community
// would retaliate"), not where the retaliation is the other side's or is
// no threat at all:
//   - done already, "in retaliation for": "the tariffs announced by
//     President Reagan in retaliation for Japan's not honoring its pact"
//     reports a sanction;
//   - another's: "retaliation from Iran", "did not think Japan would
//     retaliate", "left the United States open to retaliation";
//   - negated: "does not plan to take immediate retaliatory action".

// retaliationWords are the cue words of a threat of retaliation.
var retaliationWords = map[string]bool{"retaliate": true, "retaliation": true, "retaliatory": true}

// retaliationNegations negate the retaliation a few words on.
var retaliationNegations = map[string]bool{"not": true, "no": true, "n't": true, "never": true, "without": true}

// dropOthersRetaliation removes, from the candidates the sentence toks
// added from index from on, the fallback threats whose retaliation is
// done, another's, or negated.
func (a *article) dropOthersRetaliation(toks []token, from int) {
	a.dropFound(from, func(c *candidate) bool { return othersRetaliation(toks, c) })
}

// othersRetaliation reports a fallback threat read from a retaliation that
// is no threat of the speaker's side.
func othersRetaliation(toks []token, c *candidate) bool {
	if c.typ != graph.Threaten || !strings.HasPrefix(c.rule, "fallback:threaten-") {
		return false
	}
	for k, t := range toks {
		if !retaliationWords[t.norm] {
			continue
		}
		if k > 0 && toks[k-1].norm == "in" {
			return true // "in retaliation for"
		}
		if t.norm == "retaliation" && k+2 < len(toks) && (toks[k+1].norm == "from" || toks[k+1].norm == "by") && !strings.HasSuffix(toks[k+2].norm, "ing") {
			return true // "retaliation from Iran", not "retaliate by imposing taxes"
		}
		if k > 1 && toks[k-1].norm == "to" && toks[k-2].norm == "open" {
			return true // "left the United States open to retaliation"
		}
		for j := k - 1; j >= 0 && j >= k-6; j-- {
			if toks[j].punct {
				break
			}
			if retaliationNegations[toks[j].norm] {
				return true // "did not think Japan would retaliate"
			}
		}
		return false
	}
	return false
}
