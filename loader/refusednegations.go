package loader

import "github.com/geokg/geokg/graph"

// This file reads a refusal of a negative act: "refused to rule out a
// strike against Iran", "refuses to exclude military action", "refused to
// dismiss the suit". Refusing to rule something out keeps it open: it
// rejects nobody. Where what is kept open is force or pressure against a
// party, the sentence threatens that party ("refused to rule out a strike
// against Iran" is a threat to Iran).

// refuseForms are the forms of "refuse" the rule "reject" reads a refusal from.
var refuseForms = map[string]bool{"refuse": true, "refuses": true, "refused": true, "refusing": true}

// negativeActs rule something out; "rule" needs its "out".
var negativeActs = map[string]bool{"rule": true, "exclude": true, "dismiss": true, "deny": true}

// keptOpenThreats name force or pressure kept open: "a strike", "military
// action", "the use of force", "sanctions".
var keptOpenThreats = map[string]bool{
	"strike": true, "strikes": true, "attack": true, "attacks": true, "military": true, "force": true,
	"war": true, "invasion": true, "sanctions": true, "retaliation": true,
}

// openedReach bounds the words searched after the negative act for what
// it keeps open.
const openedReach = 6

// readRefusedNegations turns the REJECT read from a refusal to rule out
// force into THREATEN and drops the REJECT read from any other refusal to
// rule out, among the candidates the sentence toks added from index from
// on.
func (a *article) readRefusedNegations(toks []token, from int) {
	a.dropFound(from, func(c *candidate) bool {
		act, ok := refusedNegation(toks, c)
		if !ok {
			return false
		}
		for k := act + 1; k < len(toks) && k <= act+openedReach; k++ {
			if toks[k].punct {
				break
			}
			if keptOpenThreats[toks[k].norm] {
				c.typ, c.mode = graph.Threaten, ""
				return false
			}
		}
		return true
	})
}

// refusedNegation reports whether the REJECT candidate c was read from a
// refusal of a negative act, "refused to rule out", and the index of the
// act's last word.
func refusedNegation(toks []token, c *candidate) (int, bool) {
	t := c.trigger
	if c.typ != graph.Reject || c.noun || t < 0 || t+2 >= len(toks) || !refuseForms[toks[t].norm] || toks[t+1].norm != "to" {
		return 0, false
	}
	act := t + 2
	if !negativeActs[toks[act].norm] {
		return 0, false
	}
	if toks[act].norm == "rule" {
		if act+1 >= len(toks) || toks[act+1].norm != "out" {
			return 0, false
		}
		act++
	}
	return act, true
}
