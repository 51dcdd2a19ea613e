package loader

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// A deadline one party sets for another is a request: the setter asks the
// other to act by then. Besides "X gave Y until Friday to withdraw"
// (requests.go), the noun "deadline" names both parties: "X set a
// deadline of August 31 for Y to suspend", "X's deadline for Y to
// release", "the Israeli deadline for Y to". A deadline no party sets
// ("the deadline for applications", "a deadline for Y to respond was
// set") gives nothing.
//
// The deadline dates the act asked for, not the asking (deadlineCue): the
// request is made when it is told, and "until August 31" or "a deadline
// of August 31" is when the other party is to act.

// deadlineNouns name a deadline set for a party.
var deadlineNouns = map[string]bool{"deadline": true, "deadlines": true}

// deadlineSettingVerbs set a deadline: "X set a deadline for Y to".
var deadlineSettingVerbs = map[string]bool{
	"set": true, "sets": true, "setting": true, "imposed": true, "impose": true, "imposes": true, "imposing": true,
	"gave": true, "give": true, "gives": true, "given": true, "giving": true, "issued": true, "issue": true,
	"issues": true, "fixed": true, "extended": true, "extend": true, "extends": true, "announced": true,
	"reiterated": true, "renewed": true,
}

// deadlineExpiryVerbs tell a deadline running out, at a time that is
// not the setting's: "the deadline expired on Sunday".
var deadlineExpiryVerbs = map[string]bool{
	"expired": true, "expires": true, "expire": true, "expiring": true, "passed": true, "passes": true, "lapsed": true,
	"lapses": true, "ran": true, "runs": true, "ends": true, "ended": true, "falls": true, "fell": true,
}

// deadlineSetterRule stands for the verb that sets a deadline when its
// subject is read with verbArguments.
var deadlineSetterRule = eventRule{name: "deadline-set", typ: graph.Request, direct: true}

// deadlineRequests reads the frames of this file.
func (a *article) deadlineRequests(s sentence, v *sentenceView) []*candidate {
	var out []*candidate
	for t, tok := range v.toks {
		if v.at[t] >= 0 {
			continue
		}
		var c *candidate
		verb := t // the word whose clause says whether the deadline was set
		if tok.gates(gateDeadline) {
			c, verb = a.setDeadline(v, t)
		}
		if c == nil {
			continue
		}
		if !a.settleFrame(v, s, c, verb, verb == t) { // requests.go
			continue
		}
		c.status = fatedStatus(v.toks, verb, false, c.status) // "denied that X had set a deadline"
		out = append(out, c)
	}
	return out
}

// deadlineParty returns the mention index of the party whose last token
// is at j, or before a group noun there ("the Hamas government"), when it
// can be held to a deadline; else -1.
func deadlineParty(v *sentenceView, j int) int {
	if j >= 1 && v.at[j] < 0 && groupNouns[v.toks[j].norm] {
		j--
	}
	if j < 0 || v.at[j] < 0 {
		return -1
	}
	n := v.at[j]
	if !usable(v.ms[n]) || v.ms[n].ent.Kind == graph.Location {
		return -1
	}
	return n
}

// setDeadline reads the noun "deadline" at t followed by "for Y to": its
// setter is the owner before it ("X's deadline", "the Israeli deadline")
// or the subject of the verb that sets it ("X set a deadline of August 31
// for Y to"). It returns the verb that sets it too, or t.
func (a *article) setDeadline(v *sentenceView, t int) (*candidate, int) {
	toks := v.toks
	target := -1
	for k := t + 1; k+1 < len(toks) && k <= t+8; k++ {
		if clauseBreak(toks[k]) {
			return nil, t
		}
		if toks[k].norm != "for" {
			continue
		}
		if k+1 < len(toks) && toks[k+1].norm == "the" {
			k++
		}
		if k+1 >= len(toks) || v.at[k+1] < 0 {
			return nil, t
		}
		last := v.ms[v.at[k+1]].last
		if last+1 < len(toks) && groupNouns[toks[last+1].norm] {
			last++
		}
		if last+1 < len(toks) && toks[last+1].norm == "to" {
			target = deadlineParty(v, last)
		}
		break
	}
	if target < 0 {
		return nil, t
	}
	c := &candidate{typ: graph.Request, rule: "deadline-set", confidence: 0.5, targets: []*graph.Entity{v.ms[target].ent}}
	if setter := a.deadlineOwner(v, t); setter != nil {
		c.actors = []*graph.Entity{setter}
		return c, t
	}
	for k := t - 1; k >= 0 && k >= t-4; k-- {
		if deadlineSettingVerbs[toks[k].norm] {
			actor, _ := a.verbArguments(v, k, &deadlineSetterRule, c)
			if actor == nil {
				return nil, t
			}
			c.actors = []*graph.Entity{actor}
			return c, k
		}
		if v.at[k] >= 0 || toks[k].punct {
			return nil, t
		}
	}
	return nil, t
}

// deadlineOwner returns the party that owns the deadline noun at t:
// "Israel's deadline", "the Security Council's 30-day deadline", "the
// Israeli deadline". Else nil.
func (a *article) deadlineOwner(v *sentenceView, t int) *graph.Entity {
	j := t - 1
	if j >= 0 && v.at[j] < 0 && (v.toks[j].digit || deadlineSpans[v.toks[j].norm] || hyphenedSpan(v.toks[j].norm)) {
		j-- // "the council's 30-day deadline"
	}
	if j < 0 || v.at[j] < 0 {
		return nil
	}
	m := v.ms[v.at[j]]
	if m.place || m.ent.Kind == graph.Location {
		return nil
	}
	if v.toks[m.last].poss || m.modifier || m.form == formDemonym {
		return m.ent
	}
	return nil
}

// hyphenedSpan reports a span written as one word: "30-day", "72-hour".
func hyphenedSpan(w string) bool {
	i := strings.LastIndexByte(w, '-')
	return i > 0 && deadlineSpans[w[i+1:]]
}

// deadlineCue reports a cue that dates the deadline after a trigger that
// sets one, not the setting: "gave Iran until August 31 to suspend", "set
// a deadline of November 24 for", "X's deadline for Y expired on Sunday".
func deadlineCue(toks []token, t int, cue dateCue) bool {
	w := toks[t].norm
	if !deadlineVerbs[w] && !deadlineNouns[w] && !deadlineSettingVerbs[w] || cue.first <= t {
		return false
	}
	if deadlineNouns[w] {
		for k := t + 1; k < cue.first; k++ {
			if deadlineExpiryVerbs[toks[k].norm] {
				return true
			}
		}
	}
	for k := cue.first - 1; k > t && k >= cue.first-4; k-- {
		if clauseBreak(toks[k]) {
			return false
		}
		if deadlineVerbs[w] && (toks[k].norm == "until" || toks[k].norm == "till") ||
			toks[k].norm == "of" && deadlineNouns[toks[k-1].norm] {
			return true
		}
	}
	return false
}
