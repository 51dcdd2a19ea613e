package loader

import (
	"slices"
	"strings"

	"github.com/geokg/geokg/graph"
)

// A party's claim that another did harm is an accusation: in "Syria
// claimed that Israeli jets had violated its airspace" Syria accuses
// Israel, and in "Pakistan said India had shelled its villages" Pakistan
// does. The clause's own event (the incursion, the shelling) is read as
// any other and keeps its status; this file adds the accusation, by the
// speaker of the act's doer, when the extractor read a hostile act in
// the clause (an attack, coercion, a threat, forces sent against
// someone) and
//   - a verb of claiming or complaining governs the clause ("claimed",
//     "insisted", "maintained", "asserted", "contended", "argued",
//     "complained", "alleged"), or
//   - a verb of saying does and the speaker is the side the act harmed:
//     the act's target, or the owner "its" or "their" stands for right
//     after the act ("had shelled its villages"). A neutral report by a
//     third party ("US officials said Israel had struck Hezbollah") is
//     no accusation.
// The complaint frames of criticism.go and statements.go read the
// clause's subject whatever the act; this one reads the act the clause
// states, so that a subject named by a demonym ("Israeli jets") or a
// passive by-phrase counts.

// claimedHarmRule names the accusations this file reads.
const claimedHarmRule = "verb:claimed-harm"

// claimingVerbs put a clause in the speaker's mouth as a claim of fact,
// which accuses when the clause tells of a hostile act.
var claimingVerbs = map[string]bool{
	"claim": true, "claims": true, "claimed": true, "claiming": true, "insist": true, "insists": true,
	"insisted": true, "insisting": true, "maintain": true, "maintains": true, "maintained": true,
	"maintaining": true, "assert": true, "asserts": true, "asserted": true, "asserting": true, "contend": true,
	"contends": true, "contended": true, "contending": true, "argue": true, "argues": true, "argued": true,
	"arguing": true, "charge": true, "charges": true, "charged": true, "charging": true,
}

// claimedHarmReach bounds the words between the governing verb and the
// act's trigger: "claimed that United States security forces have been
// sending".
const claimedHarmReach = 12

// claimedHarms reads, for each hostile act found in sentence s, the
// claim or report that governs its clause, and returns the accusations
// that follow: the speaker accuses the act's doer. earlier are the
// frames already read in the sentence; an accusation they state
// ("alleged that Israel had killed", read by criticism.go) is not read
// twice.
func (a *article) claimedHarms(s sentence, v *sentenceView, acts, earlier []*candidate) []*candidate {
	var out []*candidate
	for _, c := range acts {
		if !harmfulAct(c) || c.status == graph.Denied || len(c.actors) == 0 {
			continue
		}
		k, opener, noun := v.governingClaim(c.trigger)
		if k < 0 || !v.namedInClause(c.actors[0], opener, c.trigger) || hedgedClaim(v.toks, opener, c.trigger) {
			continue
		}
		var speaker *graph.Entity
		if noun {
			speaker = a.claimAuthor(v, k)
		} else {
			speaker = a.speakerOf(v, k, false)
		}
		if speaker == nil || speaker.Kind == graph.Location || v.speakersNationality(k, c.actors[0]) ||
			slices.ContainsFunc(c.actors, func(e *graph.Entity) bool { return a.sameSide(speaker, e) }) {
			continue
		}
		harmed := slices.ContainsFunc(c.targets, func(e *graph.Entity) bool { return a.sameSide(speaker, e) })
		if owner := a.harmedOwner(v, c, speaker); owner != nil {
			harmed = true
			if len(c.targets) == 0 {
				c.targets = []*graph.Entity{owner} // "had shelled its villages": the speaker's
			}
		}
		if c.typ == graph.Mobilize && len(c.targets) == 0 {
			continue // "claimed that Y had sent troops": against no one named
		}
		claimed := noun || claimingVerbs[v.toks[k].norm] || complaintThatVerbs[v.toks[k].norm]
		if !claimed && !harmed {
			continue // a report by a third party
		}
		if !claimed && c.status == graph.Planned {
			continue // "said Y plans to strike its": a plan reported, nothing yet done
		}
		acc := &candidate{typ: graph.Accuse, rule: claimedHarmRule, trigger: k, sent: s, confidence: 0.55}
		if !a.setParties(acc, []*graph.Entity{speaker}, c.actors) {
			continue
		}
		if accusationAmong(slices.Concat(earlier, out), acc) {
			continue
		}
		if i := slices.IndexFunc(acts, func(f *candidate) bool { return f.typ == graph.Accuse && f.trigger == k && len(f.targets) == 0 }); i >= 0 {
			acts[i].targets = acc.targets // "allegations by X that Y had shelled": the noun's accusation names Y
			continue
		}
		acc.status = graph.Reported // a claim noun's claim was made
		if !noun {
			acc.status = frameStatus(v.toks, k, true) // "may claim that"
		}
		out = append(out, acc)
	}
	return out
}

// harmfulAct reports an event that harms or menaces its target: an
// attack, coercion, a threat, or forces sent.
func harmfulAct(c *candidate) bool {
	switch c.typ {
	case graph.Assault, graph.Coerce, graph.Threaten, graph.Mobilize:
		return true
	}
	return false
}

// governingClaim returns the verb of claiming, complaining or saying
// whose complement clause holds the trigger at t, the clause's first
// word, and whether the head is a claim noun; -1 where none governs. The
// clause opens with "that" after the verb ("told reporters that", "argued
// that X and that Y"), after a claim noun ("a claim was made by X that"),
// or right after a verb of saying or claiming ("said India had shelled",
// "claims Colombia invaded"). A clause break, a quotation mark, a
// subordinate clause's opener or another word's "that" in between ends
// the search.
func (v *sentenceView) governingClaim(t int) (verb, opener int, noun bool) {
	toks := v.toks
	opener = -1
	for k := t - 1; k >= 1 && k >= t-claimedHarmReach; k-- {
		u := toks[k]
		if clauseBreak(u) || isQuoteMark(u) || claimClauseEnds[u.norm] {
			return -1, -1, false
		}
		if v.at[k] >= 0 {
			continue
		}
		if u.norm == "that" {
			if claimingHead(toks, k-1) {
				return k - 1, k + 1, false
			}
			if toks[k-1].norm == "and" || toks[k-1].norm == "but" {
				opener = k + 1 // "argued that X is illegal and that Y invaded": the verb's second clause
				continue
			}
			if j := toldThat(v, k); j >= 0 {
				return j, k + 1, false // "told reporters that", "told the BBC that"
			}
			if n := claimNounBefore(toks, k); n >= 0 {
				return n, k + 1, true // "a claim was made by X in June that Y"
			}
			return -1, -1, false // "the village that", "warned that"
		}
		if claimingHead(toks, k) && (toks[k].is(classSpeech) || bareClaim(v, k)) {
			if opener < 0 {
				opener = k + 1
			}
			return k, opener, false
		}
	}
	return -1, -1, false
}

// toldThat returns the "told" whose hearer stands right before the
// "that" at k ("told reporters that", "told the BBC that", "told
// parliament on Monday that" is left out), or -1.
func toldThat(v *sentenceView, k int) int {
	toks := v.toks
	j := k - 2
	if n := v.at[k-1]; n >= 0 {
		j = v.ms[n].first - 1
	}
	if j >= 1 && toks[j].norm == "the" {
		j--
	}
	if j < 1 || toks[j].norm != "told" || toks[k-1].punct || beForms[toks[j-1].norm] {
		return -1
	}
	return j
}

// claimNounReach bounds the words between a claim noun and its "that":
// "a previous claim was made by former weapons inspector X in June 2005
// that".
const claimNounReach = 14

// claimNounBefore returns the claim noun ("claim", "allegation",
// "charge") whose content clause opens with the "that" at k, or -1. Only
// a name, a by-phrase, a date or the verb that makes the claim may stand
// between; another verb or a clause break ends the search.
func claimNounBefore(toks []token, k int) int {
	for j := k - 1; j >= 0 && j >= k-claimNounReach; j-- {
		u := toks[j]
		if claimNouns[u.norm] {
			return j
		}
		if clauseBreak(u) || isQuoteMark(u) || u.norm == "that" || claimClauseEnds[u.norm] || speechAt(toks, j) {
			return -1
		}
	}
	return -1
}

// claimAuthor returns the party that made the claim named by the noun at
// k: its possessor ("Syria's claim that") or the party after "by" ("a
// claim was made by X", "allegations by X that"), or nil.
func (a *article) claimAuthor(v *sentenceView, k int) *graph.Entity {
	toks := v.toks
	if k > 0 {
		if n := v.at[k-1]; n >= 0 && toks[k-1].poss && usable(v.ms[n]) && v.ms[n].ent.Kind != graph.Location {
			return v.ms[n].ent
		}
	}
	for j := k + 1; j+1 < len(toks) && j <= k+4; j++ {
		if toks[j].norm != "by" {
			continue
		}
		first := -1
		for i := j + 1; i < len(toks) && i <= j+7 && !toks[i].punct; i++ {
			n := v.at[i]
			if n < 0 {
				continue
			}
			if v.ms[n].ent.Kind == graph.Person && usable(v.ms[n]) {
				return v.ms[n].ent // "by former United Nations weapons inspector Scott Ritter"
			}
			if first < 0 {
				first = n
			}
			i = v.ms[n].last
		}
		if first < 0 || v.ms[first].ent.Kind == graph.Location || !usable(v.ms[first]) {
			return nil
		}
		return v.ms[first].ent
	}
	return nil
}

// bareClaim reports a verb of claiming at k whose clause follows with no
// "that": "Chavez claims Colombia invaded". The clause must open with a
// party, and the verb must not take an object in its other sense
// ("maintained troops", "charged three men").
func bareClaim(v *sentenceView, k int) bool {
	w := v.toks[k].norm
	if !claimingVerbs[w] || strings.HasPrefix(w, "maintain") || strings.HasPrefix(w, "charg") {
		return false
	}
	j := k + 1
	if j < len(v.toks) && v.toks[j].norm == "the" {
		j++
	}
	return j < len(v.toks) && v.at[j] >= 0
}

// hedgedClaim reports a word between the clause's opener and the trigger
// at t that makes the act only possible: "said that al-Qaeda was likely
// not capable of carrying out an attack", "claimed that Y could strike".
func hedgedClaim(toks []token, opener, t int) bool {
	for k := opener; k < t; k++ {
		switch toks[k].norm {
		case "would", "could", "may", "might", "will", "can", "likely", "possibly", "capable", "able", "not", "never":
			return true
		}
	}
	return false
}

// claimClauseEnds open a clause of their own between a verb and a
// trigger: a condition ("said it would respond if India attacked"), a
// time ("said, after India attacked, that"), a reason or a relative.
var claimClauseEnds = map[string]bool{
	"if": true, "whether": true, "unless": true, "after": true, "before": true, "when": true, "while": true,
	"because": true, "since": true, "although": true, "though": true, "until": true, "who": true, "which": true,
}

// claimingHead reports a verb at k that can govern a claimed clause: a
// verb of claiming or complaining, or one of saying other than "told",
// not itself passive ("was claimed that").
func claimingHead(toks []token, k int) bool {
	if k < 0 || toks[k].upper && k > 0 {
		return false
	}
	w := toks[k].norm
	if !claimingVerbs[w] && !complaintThatVerbs[w] && !(speechAt(toks, k) && w != "told") {
		return false
	}
	return k == 0 || !beForms[toks[k-1].norm]
}

// namedInClause reports whether the party e is named in the clause from
// opener up to the trigger at t or just after it: an act whose doer the
// extractor carried from elsewhere is not the claim's.
func (v *sentenceView) namedInClause(e *graph.Entity, opener, t int) bool {
	for _, m := range v.ms {
		if m.ent == e && m.first >= opener && m.first <= t+statusWindow {
			return true
		}
	}
	return false
}

// harmedOwner returns the speaker's side where the act at c.trigger falls
// on what "its", "their" or "our" owns right after it ("had shelled its
// villages", "violated its airspace"): in the speaker's clause about
// another party, the owner harmed is the speaker. The doer's own means
// ("sent its troops", "its own villages") name no one harmed; nor does a
// person speaker with no state.
func (a *article) harmedOwner(v *sentenceView, c *candidate, speaker *graph.Entity) *graph.Entity {
	toks := v.toks
	k := c.trigger + 1
	if k < len(toks) && (toks[k].norm == "on" || toks[k].norm == "into" || toks[k].norm == "against") {
		k++ // "fired on its positions", "sent troops into its territory"
	}
	if k+1 >= len(toks) || c.noun {
		return nil
	}
	switch toks[k].norm {
	case "its", "their", "our":
	default:
		return nil
	}
	if head := toks[k+1].norm; head == "own" || forceAgents[head] || forceHeads[head] {
		return nil
	}
	owner := speaker
	if speaker.Kind == graph.Person {
		if owner = a.stateOf(speaker); owner == nil {
			return nil
		}
	}
	return owner
}

// accusationAmong reports an accusation in found by one of c's actors of
// one of c's targets.
func accusationAmong(found []*candidate, c *candidate) bool {
	for _, f := range found {
		if f.typ != graph.Accuse {
			continue
		}
		if slices.ContainsFunc(f.actors, func(e *graph.Entity) bool { return slices.Contains(c.actors, e) }) &&
			slices.ContainsFunc(f.targets, func(e *graph.Entity) bool { return slices.Contains(c.targets, e) }) {
			return true
		}
	}
	return false
}
