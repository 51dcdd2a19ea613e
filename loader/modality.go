package loader

import "github.com/geokg/geokg/graph"

// ruleOutForms are the forms of "rule" that, with "out", exclude what
// follows: "ruled out resigning", "has ruled out troops being deployed".
var ruleOutForms = map[string]bool{"rule": true, "rules": true, "ruled": true, "ruling": true}

// ruledOutStatus reads the status of an event named after "rule out",
// whose "out" is at k: the speaker excludes it ("ruled out resigning"),
// unless the exclusion is itself refused or negated ("refused to rule out
// a strike", "did not rule out talks"), which leaves the event possible.
// ok is false where toks[k] is no such "out".
func ruledOutStatus(toks []token, k int) (st graph.Status, ok bool) {
	if toks[k].norm != "out" || k < 1 || !ruleOutForms[toks[k-1].norm] {
		return "", false
	}
	for j := k - 2; j >= 0 && j >= k-4; j-- {
		switch w := toks[j].norm; {
		case toks[j].punct:
			return graph.Denied, true
		case w == "to" && j >= 1 && infinitiveGovernors[toks[j-1].norm] == graph.Denied:
			return graph.Speculated, true // "refused to rule out", "declined to rule out"
		case statusCues[w] == graph.Denied:
			return graph.Speculated, true // "has not ruled out", "would never rule out"
		}
	}
	return graph.Denied, true
}
