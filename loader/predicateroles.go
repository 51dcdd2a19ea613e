package loader

import "strings"

// This file reads a role stated as the complement of a verb of office
// after a person's name: "X will step in as campaign manager", "X was
// sworn in as the new president", "X served as ambassador to China", "X
// took over as party leader". ANNOTATION.md lists a person whose role the
// article states; the "as" phrase states it as plainly as a title before
// the name does.

// officeVerbs take up, hold or keep an office named by a following "as"
// phrase; a particle ("step in", "take over", "sworn in") may stand
// between the verb and "as".
var officeVerbs = map[string]bool{
	"serve": true, "serves": true, "served": true, "serving": true,
	"step": true, "steps": true, "stepped": true, "stepping": true,
	"take": true, "takes": true, "took": true, "taken": true, "taking": true,
	"act": true, "acts": true, "acted": true,
	"remain": true, "remains": true, "remained": true,
	"continue": true, "continues": true, "continued": true,
	"named": true, "appointed": true, "elected": true, "re-elected": true, "reelected": true,
	"chosen": true, "installed": true, "sworn": true, "confirmed": true, "nominated": true,
	"reappointed": true, "inaugurated": true, "resigned": true, "retired": true, "quit": true,
}

// officeParticles may stand between an office verb and "as".
var officeParticles = map[string]bool{"in": true, "over": true, "down": true, "on": true, "office": true}

// officeAuxiliaries may stand between the name and the office verb: "X
// will step in", "X has been named", "X was later sworn in".
var officeAuxiliaries = map[string]bool{
	"will": true, "would": true, "shall": true, "has": true, "have": true, "had": true, "was": true,
	"is": true, "were": true, "be": true, "been": true, "to": true, "also": true, "then": true, "now": true,
	"later": true, "formally": true, "officially": true, "just": true, "previously": true, "once": true,
}

// newOfficeModifiers qualify an office taken up: "as the new president",
// "as caretaker Prime Minister".
var newOfficeModifiers = map[string]bool{"new": true, "interim": true, "caretaker": true, "next": true, "first": true, "permanent": true, "temporary": true}

// predicateRole reads the office an "as" phrase after an office verb
// states for the person whose name ends at toks[last] (see the file
// comment): a title ("as Prime Minister", "as the new Interior
// Minister") or a role noun with its modifiers ("as campaign manager").
// The verb must follow the name across auxiliaries only, so that the name
// is its subject.
func (a *article) predicateRole(toks []token, last int) office {
	j := last + 1
	for n := 0; j < len(toks) && n < 3 && officeAuxiliaries[toks[j].norm]; n++ {
		j++
	}
	if j >= len(toks) || !officeVerbs[toks[j].norm] {
		return office{}
	}
	j++
	if j < len(toks) && officeParticles[toks[j].norm] {
		j++
	}
	if j+1 >= len(toks) || toks[j].norm != "as" {
		return office{}
	}
	k := j + 1
	if roleDeterminers[toks[k].norm] && !toks[k].upper || toks[k].norm == "the" {
		k++
	}
	if k >= len(toks) {
		return office{}
	}
	if _, r, ok := a.titleLead(toks, k); ok && r.title != "" {
		return r
	}
	if _, r, ok := a.titleLead(toks, k+1); ok && r.title != "" && (roleModifiers[toks[k].norm] || newOfficeModifiers[toks[k].norm]) {
		return r // "as interim President", "as the new president"
	}
	for h := k; h < len(toks) && h <= k+3; h++ {
		if isRoleNoun(toks, h) && !toks[h].upper {
			if h+1 < len(toks) && isRoleNoun(toks, h+1) {
				continue // "as campaign manager": the last noun heads it
			}
			return office{title: strings.Join(strings.Fields(span(a.doc.Body, toks, k, h)), " ")}
		}
		if !roleModifiers[toks[h].norm] || toks[h].upper {
			break
		}
	}
	return office{}
}
