package loader

import "github.com/geokg/geokg/graph"

// Rules found by checking the extractor against PLOVER's gold sentences,
// which come from many news sources: constructions general enough to recur
// well outside the development articles.

// commitmentRules are the rules of verbs that commit their subject to the
// act an infinitive after them names: "agreed to provide", "promised to
// release", "is ready to send".
var commitmentRules = map[string]bool{"agree": true, "promise": true, "willing": true}

// committedActTargets gives a commitment that names no target the targets
// of the act it commits to: "the ministers agreed to provide aid for
// Romania" is an agreement with Romania as much as planned aid to it
// (ANNOTATION.md lists both). The act must follow as the verb's
// infinitive ("agreed ... to V", the "to" within a few words) with the
// same actor; found holds the sentence's candidates in text order.
func committedActTargets(toks []token, found []*candidate) {
	for i, c := range found {
		if c.noun || c.typ != graph.Agree || len(c.targets) > 0 || !commitmentRules[ruleName(c.rule)] {
			continue
		}
		for _, d := range found[i+1:] {
			if d.noun || d.trigger <= c.trigger || d.trigger-c.trigger > 6 {
				break
			}
			if len(d.targets) == 0 || d.actors[0].ID != c.actors[0].ID || toks[d.trigger-1].norm != "to" {
				continue
			}
			// The commitment is as certain as the act is read: merge then
			// ranks the reported agreement above the planned act.
			c.targets, c.confidence = d.targets, max(c.confidence, d.confidence)
			c.rule += "-commits"
			break
		}
	}
}

// ruleName is the lexicon rule's name in a candidate's rule: "agree" in
// "verb:agree-reported".
func ruleName(rule string) string {
	for i := 0; i < len(rule); i++ {
		if rule[i] == ':' {
			rule = rule[i+1:]
			break
		}
	}
	for i := 0; i < len(rule); i++ {
		if rule[i] == '-' {
			return rule[:i]
		}
	}
	return rule
}
