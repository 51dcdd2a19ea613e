package loader

import (
	"slices"
	"strings"

	"github.com/geokg/geokg/graph"
)

// This file reads the parties a request is put to when the sentence names
// them only by reference to what the article said before: the holder of
// people whose release is asked for ("Iran seized 15 British sailors ...
// The United States called for the immediate release of the sailors"),
// from the article's earlier arrests, seizures and abductions; and the two
// parties of "both sides" ("Clashes killed 90. The UN appealed to both
// sides to halt the clashes"). It also reads releases that name only the
// people freed (see releasedCaptives).

// requestedParties returns the target, and the targets when there are
// two, of the request verb at t: those verbArguments found, else the
// holder of the people whose release it asks for (see releaseHolder), else
// the two parties "both sides" or "the two countries" stand for ("The UN
// appealed to both sides to halt the clashes").
func (a *article) requestedParties(v *sentenceView, t int, r *eventRule, c *candidate, actor, target *graph.Entity, noun bool, targets []*graph.Entity) (*graph.Entity, []*graph.Entity) {
	if r.typ != graph.Request || noun || targets != nil {
		return target, targets
	}
	if e, held := a.releaseHolder(v, t, actor); e != nil && (target == nil || slices.Contains(held, target)) {
		c.rule += "-holder" // "demanded the return of Juan Ortega": of his holder
		return e, nil
	}
	if target != nil {
		return target, targets
	}
	if x, y := a.askedPair(v, t, actor); x != nil {
		c.rule += "-both-sides"
		return x, []*graph.Entity{x, y}
	}
	return nil, nil
}

// askedPairNouns are the collectives a request may be put to that stand
// for two parties named before: "urged both sides", "called on the two
// countries".
var askedPairNouns = map[string]bool{"sides": true, "parties": true, "countries": true, "nations": true, "governments": true}

// askedPair returns the two parties the object of the request verb at t
// stands for when it is "both sides", "the two nations" or the like: the
// parties of the article's last fight (the usual reason to ask both to
// stop), else the two countries last named together (see
// collectiveParties). Neither may be on the asker's side.
func (a *article) askedPair(v *sentenceView, t int, actor *graph.Entity) (x, y *graph.Entity) {
	toks := v.toks
	k := t + 1
	if k < len(toks) && (toks[k].norm == "on" || toks[k].norm == "upon" || toks[k].norm == "to") {
		k++
	}
	switch {
	case k+1 < len(toks) && toks[k].norm == "both":
		k++
	case k+2 < len(toks) && toks[k].norm == "the" && toks[k+1].norm == "two":
		k += 2
	case k+1 < len(toks) && toks[k].norm == "the" && stateCollectives[toks[k+1].norm]:
		k++ // "the nations": collectiveParties holds it to an article of two countries
	default:
		return nil, nil
	}
	if !askedPairNouns[toks[k].norm] || k+1 < len(toks) && (toks[k+1].norm == "of" || toks[k+1].upper && !toks[k+1].punct) {
		return nil, nil // "both sides of the border", "the countries Iran and Syria"
	}
	x, y, _ = a.collectiveParties(toks, k, graph.Assault)
	if x == nil || y == nil || x == y || a.sameSide(x, actor) || a.sameSide(y, actor) {
		return nil, nil
	}
	return x, y
}

// releaseNouns name, as the object of a request, the freeing of people
// held: "called for the release of the sailors", "demanded their return".
var releaseNouns = map[string]bool{"release": true, "return": true, "freedom": true, "freeing": true}

// releaseOwners may stand before a releaseNoun in the request's object.
var releaseOwners = map[string]bool{"the": true, "their": true, "his": true, "her": true, "its": true}

// releaseReach is how many tokens past the request verb its object may
// name the release ("called for the immediate and unconditional release").
const releaseReach = 7

// releaseHolder returns the party a request for the release of people
// held is put to, when the sentence does not name it: "Iran seized 15
// British sailors ... The United States called for the immediate release of
// the sailors" (of Iran). The holder is the agent after the noun ("the
// release by Hezbollah of"), else the one who took the people the object
// names (the actor of an earlier arrest, seizure or abduction of them),
// else, when the object names none, the one who took anyone in the
// article's latest such event. The holder must not be on the asker's side:
// a state asks another to free its people.
func (a *article) releaseHolder(v *sentenceView, t int, actor *graph.Entity) (holder *graph.Entity, held []*graph.Entity) {
	toks := v.toks
	r, from := -1, t+1
	if from < len(toks) && (toks[from].norm == "for" || toks[from].norm == "on" || toks[from].norm == "upon" || toks[from].norm == "that") {
		from++ // "called for the release", "demanded that the hostages be freed"
	}
	named := false
	for k := from; k < len(toks) && k <= from+releaseReach; k++ {
		u := toks[k]
		if u.norm == "be" && k > from && k+1 < len(toks) && toks[k+1].is(classReleasedForm) {
			// "called for them to be released", "demanded that the
			// British sailors be freed": the people are named before.
			for _, m := range v.ms {
				if m.first >= from && m.last < k && m.ent.Kind != graph.Location {
					held = append(held, m.ent)
				}
			}
			r = k + 1
			break
		}
		if u.punct && u.text != "-" || clauseWords[u.norm] && u.norm != "to" {
			break
		}
		if v.at[k] >= 0 {
			named = true // a party named before a release noun is whom the request is put to
			continue
		}
		if !named && releaseNouns[u.norm] && k > from && (releaseOwners[toks[k-1].norm] || isModifierRun(toks, from, k)) {
			r = k
			break
		}
	}
	if r < 0 {
		return nil, nil
	}
	if r+2 < len(toks) && toks[r+1].norm == "by" {
		if n := v.at[r+2]; n >= 0 && usable(v.ms[n]) && !a.sameSide(v.ms[n].ent, actor) {
			return v.ms[n].ent, nil // "the release by Hezbollah of two soldiers"
		}
		return nil, nil
	}
	// the people or state the object names: "of Ms Gibbons", "of the British sailors"
	if r+1 < len(toks) && toks[r+1].norm == "of" && len(held) == 0 {
		for k := r + 2; k < len(toks) && k <= r+7 && !toks[k].punct; k++ {
			if n := v.at[k]; n >= 0 {
				held = append(held, v.ms[n].ent)
				k = v.ms[n].last
			}
		}
	}
	for i := len(a.found) - 1; i >= 0; i-- {
		c := a.found[i]
		if !detention(c) || a.sameSide(c.actors[0], actor) {
			continue
		}
		if len(held) > 0 && !slices.ContainsFunc(c.targets, func(e *graph.Entity) bool { return slices.Contains(held, e) }) {
			continue
		}
		return c.actors[0], held
	}
	return nil, nil
}

// isModifierRun reports whether toks[from:to] is a determiner and
// adjectives before a noun ("the immediate and unconditional"): lower-case
// words that name no party.
func isModifierRun(toks []token, from, to int) bool {
	if from >= to || !releaseOwners[toks[from].norm] {
		return false
	}
	for k := from + 1; k < to; k++ {
		if toks[k].upper || toks[k].punct && toks[k].text != "," {
			return false
		}
	}
	return true
}

// detention reports an event that takes people into custody: an arrest,
// a detention, a seizure or an abduction, with its actor and target.
func detention(c *candidate) bool {
	if len(c.actors) == 0 || len(c.targets) == 0 || c.status == graph.Denied {
		return false
	}
	switch {
	case c.typ == graph.Coerce && c.mode == "arrest":
		return true
	case c.typ == graph.Assault && c.mode == "abduct":
		return true
	case c.typ == graph.Coerce && strings.Contains(c.rule, ":seize"):
		return true
	}
	return false
}

// This part reads the release itself when the passive names only the
// people freed: "Zimbabwean police arrested Tsvangirai on Monday. He was
// released without charge on Tuesday" (Zimbabwe releases Tsvangirai). The
// one who frees is the agent after "by", else the state of the detention
// named after "from" ("freed from Syrian detention"), else whoever took
// those people in an earlier arrest, seizure or abduction the article
// states.

// releasedForms are the past participles of setting people free.
var releasedForms = map[string]bool{"released": true, "freed": true}

// releaseAdverbs may stand between the auxiliary and the participle: "was
// later released".
var releaseAdverbs = map[string]bool{
	"later": true, "subsequently": true, "finally": true, "eventually": true, "also": true, "reportedly": true,
	"quickly": true, "recently": true, "since": true, "all": true, "then": true, "only": true,
}

// heldNouns head a description of people held: "the sailors were freed",
// "the hostages have been released".
var heldNouns = map[string]bool{
	"sailors": true, "marines": true, "hostages": true, "captives": true, "prisoners": true, "detainees": true,
	"men": true, "women": true, "journalists": true, "soldiers": true, "servicemen": true, "activists": true,
	"workers": true, "crew": true, "personnel": true, "fishermen": true, "tourists": true, "nationals": true, "citizens": true, "hostage": true, "captive": true, "prisoner": true, "detainee": true,
}

// heldCounts stand alone for people held: "Two were released", "All
// were freed".
var heldCounts = map[string]bool{
	"two": true, "three": true, "four": true, "five": true, "six": true, "several": true, "all": true, "both": true,
	"others": true, "some": true,
}

// hospitalWords after a release make it a discharge, not freedom: "released
// from hospital".
var hospitalWords = map[string]bool{"hospital": true, "hospitals": true, "clinic": true, "treatment": true}

// releasedCaptives reads "X was released" and "X, who was freed in 2004"
// as RETREAT/release by the holder of X, where the sentence names no one
// who freed them but the article or the phrase after the verb does.
func (a *article) releasedCaptives(s sentence, v *sentenceView) []*candidate {
	var out []*candidate
	toks := v.toks
	for t, tok := range toks {
		if !tok.is(classReleasedForm) || v.at[t] >= 0 || publicationReleased(toks, t) {
			continue
		}
		j := t - 1
		for j >= 0 && releaseAdverbs[toks[j].norm] {
			j--
		}
		if j < 1 || (toks[j].norm != "was" && toks[j].norm != "were" && toks[j].norm != "been") {
			continue // "will be released", "to be freed": not done; "Iran released": the verb rule's
		}
		if toks[j].norm == "been" {
			j--
			if j < 1 || (toks[j].norm != "has" && toks[j].norm != "have" && toks[j].norm != "had") {
				continue // "could have been", "might been"
			}
		}
		j--
		if relativePronouns[toks[j].norm] && j >= 2 && toks[j-1].text == "," {
			j -= 2 // "Anwar, who was released from prison in 2004"
		}
		if slices.ContainsFunc(toks[t+1:min(len(toks), t+5)], func(u token) bool { return hospitalWords[u.norm] }) {
			continue
		}
		held, described := a.releasedSubject(v, j)
		if held == nil && !described {
			continue
		}
		holder := a.releasingParty(v, t)
		var victim *graph.Entity
		if holder == nil && t+1 < len(toks) && toks[t+1].norm == "from" && !slices.ContainsFunc(toks[t+2:min(len(toks), t+6)], func(u token) bool { return placesOfCustody[u.norm] }) {
			continue // "released from the ministry": let go from a post, not freed
		}
		if holder == nil {
			holder, victim = a.heldBy(held)
		}
		if held == nil {
			held = victim
		}
		if holder == nil || held == nil || holder == held || a.stateOf(held) == holder || a.stateOf(holder) == held {
			continue
		}
		c := &candidate{typ: graph.Retreat, mode: "release", rule: "verb:release-held", confidence: 0.5, sent: s, trigger: t,
			actors: []*graph.Entity{holder}, targets: []*graph.Entity{held}, status: graph.Reported}
		out = append(out, c)
	}
	return out
}

// releasedSubject returns the party named as the subject ending at token
// j of a passive release: a person or group named there, the person "he"
// or "she" stands for; described reports a description of people held
// ("the sailors", "the 15 British sailors") whose holder and state the
// article's detentions give.
func (a *article) releasedSubject(v *sentenceView, j int) (held *graph.Entity, described bool) {
	toks := v.toks
	if j < 0 {
		return nil, false
	}
	if toks[j].text == "," {
		if n, ok := v.relativeAntecedent(j); ok && n >= 0 {
			j = v.ms[n].last // "Maher Arar, who lives in Toronto, was released"
		}
	}
	if n := v.at[j]; n >= 0 {
		m := v.ms[n]
		if !usable(m) || m.ent.Kind == graph.Location || toks[m.last].poss {
			return nil, false
		}
		return m.ent, false
	}
	switch {
	case toks[j].norm == "he" || toks[j].norm == "she":
		if p := a.personBefore(v, j); p != nil {
			return p, false
		}
		return nil, false
	case heldNouns[toks[j].norm], heldCounts[toks[j].norm] && (j == 0 || v.at[j-1] < 0):
		return nil, true // "the sailors", "Two were released"
	}
	return nil, false
}

// releasingParty returns who freed the people, when the phrase after the
// participle at t says: the agent after "by" ("released by her captors"
// names none), or the state whose detention or prison they leave ("freed
// from Syrian detention", "released from a prison in Yemen").
func (a *article) releasingParty(v *sentenceView, t int) *graph.Entity {
	toks := v.toks
	if t+1 >= len(toks) {
		return nil
	}
	switch toks[t+1].norm {
	case "by":
		for k := t + 2; k < len(toks) && k <= t+5; k++ {
			if n := v.at[k]; n >= 0 {
				m := v.ms[n]
				if m.ent.Kind == graph.Location {
					return nil
				}
				return m.ent
			}
		}
	case "from":
		custody := false
		var state *graph.Entity
		for k := t + 2; k < len(toks) && k <= t+7 && !toks[k].punct; k++ {
			if placesOfCustody[toks[k].norm] {
				custody = true
			}
			if n := v.at[k]; n >= 0 && state == nil {
				state = a.countryOf(v.ms[n].ent)
			}
		}
		if custody && state != nil {
			return state
		}
	}
	return nil
}

// placesOfCustody name where people are held: "freed from Syrian detention".
var placesOfCustody = map[string]bool{
	"prison": true, "jail": true, "detention": true, "custody": true, "detainment": true, "captivity": true,
}

// heldBy returns the holder of the people held, from the article's latest
// detention of them (of anyone, when held is nil) before this sentence or
// in it, and the people that detention took.
func (a *article) heldBy(held *graph.Entity) (holder, victim *graph.Entity) {
	for i := len(a.found) - 1; i >= 0; i-- {
		c := a.found[i]
		if !detention(c) {
			continue
		}
		if held != nil && !slices.Contains(c.targets, held) {
			continue
		}
		if held == nil && a.cur-c.sent.index > heldReach {
			return nil, nil
		}
		return c.actors[0], c.targets[0]
	}
	return nil, nil
}

// heldReach is how many sentences back a description ("the sailors") may
// find the detention it refers to.
const heldReach = 6

// passivePronounSubject returns the subject of a passive whose auxiliary
// is at k when the sentence opens with "he" or "she", after an opening
// phrase that names no party at most: the last person named ("Verhofstadt resigned. On
// December 28, he was asked by King Albert II to form a government").
// A subject found by name is kept.
func (a *article) passivePronounSubject(v *sentenceView, k int, subject *graph.Entity, c *candidate) *graph.Entity {
	toks := v.toks
	if subject != nil || k < 1 || !beForms[toks[k].norm] && toks[k].norm != "been" {
		return subject
	}
	j := k - 1
	if toks[k].norm == "been" && (toks[j].norm == "has" || toks[j].norm == "had") {
		j--
	}
	if j < 0 || toks[j].norm != "he" && toks[j].norm != "she" || j > 0 && toks[j-1].text != "," {
		return subject // "when he was asked", "; he was killed by": a clause inside another, whose "he" is less sure
	}
	if slices.ContainsFunc(v.ms, func(m mention) bool { return m.first < j && usable(m) }) {
		return subject // "X said that, if elected, he ...": a party before the pronoun may be its antecedent or not
	}
	p := a.personBefore(v, j)
	if p == nil {
		return subject
	}
	c.rule += "-pronoun"
	return p
}
