package loader

import (
	"slices"

	"github.com/geokg/geokg/graph"
)

// Military presence: troops a state keeps in another state, stated as a
// standing state of affairs rather than as a movement ("the presence of
// US forces in Iraq", "Britain has 7,000 troops in Iraq", "Canadian
// troops are serving in Afghanistan"). PLOVER codes the deployment as
// MOBILIZE whether it is told as a move or as a presence; troops serving
// a mission are military aid (see missionAid).

// presenceLexicon holds the noun that names a presence. Its entries go
// before the general lexicon, like conflictLexicon's.
var presenceLexicon = []lexEntry{
	// "the presence of US forces in Iraq", "the Syrian presence in
	// Lebanon", "expand its presence in Afghanistan": the owner of the
	// forces acts, the state they stand in is the target.
	{nouns: "presence", rule: eventRule{name: "presence", typ: graph.Mobilize, mode: "troops", preps: []string{"in"}}},
	// "the withdrawals of Italian troops from Iraq", "the drawdown of US
	// forces from Iraq": the other spellings of a withdrawal, read as the
	// general lexicon reads "withdrawal" and "pullout".
	{nouns: "pullouts withdrawals drawdown", rule: eventRule{name: "withdraw", typ: graph.Retreat, mode: "withdraw", preps: []string{"from"}}},
}

// presenceHeld checks the clause the presence noun at t needs: it names
// where the forces are, is not the object of a verb that judges it
// ("opposed the presence of Syrian troops" states the opposing), and is
// no witness's ("signed in the presence of the President").
func presenceHeld(toks []token, r *eventRule, t int) bool {
	if r.name != "presence" {
		return true
	}
	k := t - 1
	if k >= 0 && objectDeterminers[toks[k].norm] {
		k--
	}
	if k >= 0 && k < t-1 && judgesPresence(toks[k]) {
		return false
	}
	if t >= 2 && toks[t-1].norm == "the" && toks[t-2].norm == "in" {
		return false
	}
	for k := t + 1; k < len(toks) && k <= t+8; k++ {
		if toks[k].norm == "in" {
			return true
		}
		if toks[k].punct {
			return false
		}
	}
	return false
}

// judgesPresence reports a verb that speaks of a presence rather than
// reporting it: "opposed the presence", "demanded an end to". Its own
// event (an accusation, a demand) is the one the sentence states.
func judgesPresence(tok token) bool {
	tr := triggers[tok.norm]
	if tr == nil || !tr.verb {
		return false
	}
	for _, r := range tr.rules {
		switch r.typ {
		case graph.Accuse, graph.Reject, graph.Request, graph.Protest, graph.Support, graph.Threaten:
			return true
		}
	}
	return false
}

// garrisonNouns are the armed men a state keeps abroad.
var garrisonNouns = map[string]bool{"troops": true, "soldiers": true, "forces": true, "marines": true, "commandos": true, "peacekeepers": true}

// garrisonModifiers stand between the owner and the garrison noun:
// "US combat troops", "British special forces".
var garrisonModifiers = map[string]bool{
	"combat": true, "special": true, "ground": true, "elite": true, "regular": true, "army": true, "military": true,
	"naval": true, "coalition": true, "un": true, "u.n.": true, "peacekeeping": true, "armed": true,
}

// garrisonVerbs state that troops are somewhere: "troops serving in
// Afghanistan", "forces remained in Lebanon".
var garrisonVerbs = map[string]bool{
	"operating": true, "serving": true, "based": true, "stationed": true, "deployed": true, "present": true, "positioned": true,
	"garrisoned": true, "remain": true, "remains": true, "remained": true, "remaining": true, "stay": true, "stays": true, "stayed": true,
}

// leaveVerbs take troops out of the state they name: "Russian troops
// began leaving Georgia".
var leaveVerbs = map[string]bool{"leave": true, "leaves": true, "left": true, "leaving": true, "quit": true, "quits": true}

// leaveLeads stand between troops and their leaving: "troops to begin
// leaving", "may be able to leave".
var leaveLeads = map[string]bool{"begin": true, "began": true, "begun": true, "begins": true, "start": true, "started": true, "starts": true, "able": true}

// holdVerbs make their subject the owner of a counted garrison: "Britain
// has around 7,000 troops in Iraq", "France keeps 900 soldiers in Chad".
var holdVerbs = map[string]bool{
	"has": true, "have": true, "had": true, "keeps": true, "keep": true, "kept": true, "maintains": true, "maintain": true, "maintained": true,
}

// approximators stand before a count: "about 900 troops".
var approximators = map[string]bool{
	"about": true, "around": true, "some": true, "nearly": true, "almost": true, "over": true, "approximately": true,
	"roughly": true, "more": true, "than": true, "fewer": true, "less": true, "up": true, "to": true, "just": true, "only": true,
	"still": true, "currently": true, "now": true, "already": true,
}

// garrisonCounts spell out the size of a garrison: "has two battalions".
var garrisonCounts = map[string]bool{
	"two": true, "three": true, "four": true, "five": true, "six": true, "seven": true, "eight": true, "nine": true, "ten": true,
	"hundred": true, "hundreds": true, "thousand": true, "thousands": true, "dozens": true,
}

// garrisonRule is the rule presence frames report under; missionAid reads
// its mode.
var garrisonRule = eventRule{name: "garrison", typ: graph.Mobilize, mode: "troops"}

// presenceFrames finds troops stated to be in a state: a garrison noun
// whose owner stands before it and whose presence a verb asserts ("US
// combat troops are now operating in Iran", "Britain has 7,000 troops in
// Iraq", "peacekeepers from Ghana serving in Liberia"). A bare "US troops
// in Iraq" is only named, not stated, and is left alone.
func (a *article) presenceFrames(s sentence, v *sentenceView) []*candidate {
	var out []*candidate
	toks := v.toks
	for t, tok := range toks {
		if tok.is(classPostNoun) {
			if c := a.heldPost(s, v, t); c != nil {
				out = append(out, c)
			}
			continue
		}
		if !tok.is(classGarrisonNoun) || v.at[t] >= 0 || t == 0 {
			continue
		}
		owners, how := v.garrisonOwners(t)
		p := t + 1
		if len(owners) == 0 && p+1 < len(toks) && toks[p].norm == "from" {
			if n := v.next(p); n >= 0 && v.ms[n].first == p+1 && stateLike(v.ms[n].ent) {
				owners, how, p = []*graph.Entity{v.ms[n].ent}, "-from", v.ms[n].last+1 // "peacekeepers from Ghana"
			}
		}
		verb := -1
		if h := heldCount(toks, t); h >= 0 {
			if n := v.prev(h); n >= 0 && stateLike(v.ms[n].ent) && len(owners) == 0 && holdVerbs[toks[h].norm] {
				owners, how, verb = []*graph.Entity{v.ms[n].ent}, "-held", h // "Britain has 7,000 troops"
			} else if len(owners) > 0 && h > 0 && toks[h].norm == "are" && toks[h-1].norm == "there" {
				how, verb = how+"-there", h // "there are 2,500 Canadian troops in"
			}
		}
		if len(owners) == 0 {
			continue
		}
		leaving := false
		if verb < 0 {
			for p < len(toks) && p <= t+6 && (beForms[toks[p].norm] || auxiliaries[toks[p].norm] || approximators[toks[p].norm] || leaveLeads[toks[p].norm] || quoteMark(toks[p])) {
				p++ // "are now", "have been", `are "now operating`, "to begin"
			}
			if copularPresence(toks, t, p) {
				verb, how = p-1, how+"-be" // forceacts.go: "Syrian troops have been in Lebanon"
			} else if p >= len(toks) || !garrisonVerbs[toks[p].norm] && !leaveVerbs[toks[p].norm] {
				continue
			} else {
				verb, how, leaving = p, how+"-"+toks[p].norm, leaveVerbs[toks[p].norm]
				if !leaving {
					p++
				}
			}
		}
		if !leaving && (p >= len(toks) || toks[p].norm != "in") {
			continue
		}
		state := a.presenceState(v, p) // the state after "in", or the one left
		if state == nil || slices.Contains(owners, state) {
			continue // "Iraqi troops in Iraq": at home
		}
		c := &candidate{typ: graph.Mobilize, mode: "troops", rule: "verb:garrison" + how, confidence: 0.6, sent: s, trigger: verb}
		c.actors, c.targets = owners, []*graph.Entity{state}
		switch {
		case leaving:
			c.typ, c.mode = graph.Retreat, "withdraw" // "Russian troops began leaving Georgia"
		case tok.norm == "peacekeepers":
			c.typ, c.mode, c.rule = graph.Aid, "military", c.rule+"-mission"
		default:
			missionAid(toks, t, &garrisonRule, c) // "troops serving with the UN force in Lebanon"
		}
		c.status = frameStatus(toks, verb, true)
		c.location = v.eventLocation(verb, c)
		out = append(out, c)
	}
	return out
}

// stateLike reports an entity that can own troops: a state or a body
// such as NATO or the African Union.
func stateLike(e *graph.Entity) bool {
	return e.Kind == graph.Country || e.Kind == graph.Organization
}

// garrisonOwners returns the states named right before the garrison noun
// at t, through modifiers ("US combat troops", "Britain's troops",
// "Burundi and Uganda troops"), and how they were found.
func (v *sentenceView) garrisonOwners(t int) ([]*graph.Entity, string) {
	k := t - 1
	for k >= 0 && k >= t-3 && garrisonModifiers[v.toks[k].norm] && v.at[k] < 0 {
		k--
	}
	k = skipTroopCount(v.toks, k) // forceacts.go: "Romania's 860 troops"
	if k < 0 {
		return nil, ""
	}
	if w := v.toks[k].norm; w == "its" || w == "their" {
		if n := v.prev(k); n >= 0 && stateLike(v.ms[n].ent) {
			return []*graph.Entity{v.ms[n].ent}, "-pronoun" // "Syria agreed to have its forces leave Lebanon"
		}
		return nil, ""
	}
	n := v.at[k]
	if n < 0 || !stateLike(v.ms[n].ent) || v.ms[n].last != k {
		return nil, ""
	}
	owners := []*graph.Entity{v.ms[n].ent}
	if f := v.ms[n].first; f >= 2 && v.toks[f-1].norm == "and" {
		if m := v.at[f-2]; m >= 0 && stateLike(v.ms[m].ent) && v.ms[m].ent != owners[0] {
			owners = append([]*graph.Entity{v.ms[m].ent}, owners...) // "Burundi and Uganda troops"
		}
	}
	return owners, "-attributive"
}

// heldCount returns the verb that holds the counted garrison whose noun
// is at t ("has about 900 troops", "there are 2,500 Canadian troops"),
// or -1. The count comes right before the noun or before its owner and
// modifiers.
func heldCount(toks []token, t int) int {
	k := t - 1
	for k >= 0 && k >= t-4 && !toks[k].digit && !garrisonCounts[toks[k].norm] {
		k--
	}
	if k < 0 || k < t-4 {
		return -1
	}
	for k >= 0 && (toks[k].digit || garrisonCounts[toks[k].norm] || toks[k].text == ",") {
		k-- // "7,000" is read as 7 , 000
	}
	for k >= 0 && approximators[toks[k].norm] {
		k--
	}
	if k >= 0 && (holdVerbs[toks[k].norm] || toks[k].norm == "are") {
		return k
	}
	return -1
}

// presenceState returns the state named after the word at p ("in", or
// the verb of leaving), through
// determiners and compass words ("in southern Iraq"); a city gives its
// country.
func (a *article) presenceState(v *sentenceView, p int) *graph.Entity {
	j := p + 1
	for j < len(v.toks) && j <= p+3 && (nounDeterminers[v.toks[j].norm] || compassWords[v.toks[j].norm]) {
		j++
	}
	if j >= len(v.toks) {
		return nil
	}
	n := v.at[j]
	if n < 0 || v.ms[n].first != j {
		return nil
	}
	switch e := v.ms[n].ent; e.Kind {
	case graph.Country:
		return e
	case graph.Location:
		return a.countryOf(e)
	}
	return nil
}

// placeLeft reads the place a withdrawal leaves, after "from" or "out of"
// within window words of the verb at t ("pulled out of the Gaza Strip",
// "withdrew its troops from Kherson"), and returns it with the state it
// lies in, when that state is not the actor's own: troops leaving a city
// of their own state ("withdrew from Kyiv" said of Ukraine) leave no one.
func (a *article) placeLeft(v *sentenceView, t, window int, actor *graph.Entity) (place, state *graph.Entity) {
	toks := v.toks
	if window == 0 {
		window = maxArgGap
	}
	for p := t + 1; p < len(toks) && p <= t+window+2; p++ {
		if clauseBreak(toks[p]) || toks[p].text == "," {
			return nil, nil
		}
		if toks[p].norm != "from" && !(toks[p].norm == "of" && toks[p-1].norm == "out") {
			continue
		}
		j := p + 1
		for j < len(toks) && j <= p+3 && (nounDeterminers[toks[j].norm] || compassWords[toks[j].norm]) {
			j++
		}
		if j >= len(toks) || v.at[j] < 0 || v.ms[v.at[j]].first != j || !v.ms[v.at[j]].place {
			return nil, nil
		}
		place = v.ms[v.at[j]].ent
		state = a.countryOf(place)
		if state == nil || state == actor || a.stateOf(actor) == state {
			return nil, nil
		}
		return place, state
	}
	return nil, nil
}

// postNouns are what a state keeps in another: "has a military base in
// Djibouti", "has maintained a peacekeeping mission in Liberia".
var postNouns = map[string]bool{"base": true, "bases": true, "mission": true, "garrison": true}

// postVerbs keep or set up a post abroad.
var postVerbs = map[string]bool{
	"has": true, "have": true, "had": true, "keeps": true, "keep": true, "kept": true, "maintains": true, "maintain": true,
	"maintained": true, "operates": true, "operate": true, "operated": true, "establish": true, "establishes": true,
	"established": true, "set": true, "sets": true,
}

// postModifiers stand between the verb and the post: "a large military
// base", "its peacekeeping mission", "set up a naval base".
var postModifiers = map[string]bool{
	"a": true, "an": true, "the": true, "its": true, "their": true, "up": true, "military": true, "naval": true, "air": true,
	"army": true, "peacekeeping": true, "peace-keeping": true, "training": true, "large": true, "small": true, "new": true,
	"permanent": true, "combat": true, "stabilization": true, "stabilisation": true, "security": true,
}

// heldPost reads a post that its owner keeps in a state, the noun at t:
// "France maintains a military base in Djibouti" (MOBILIZE), "the UN has
// maintained a peacekeeping mission in Liberia" (military aid, see
// missionAid). The owner is the subject of the verb.
func (a *article) heldPost(s sentence, v *sentenceView, t int) *candidate {
	toks := v.toks
	if t+1 >= len(toks) || toks[t+1].norm != "in" {
		return nil
	}
	k := t - 1
	for k >= 0 && k >= t-4 && postModifiers[toks[k].norm] {
		k--
	}
	if k < 1 || k == t-1 || !postVerbs[toks[k].norm] || toks[k].norm == "set" && toks[k+1].norm != "up" {
		return nil
	}
	n := v.prev(k)
	if n < 0 || !stateLike(v.ms[n].ent) || k-v.ms[n].last > 4 {
		return nil
	}
	state := a.presenceState(v, t+1)
	if state == nil || state == v.ms[n].ent {
		return nil
	}
	c := &candidate{typ: graph.Mobilize, mode: "troops", rule: "verb:garrison-post", confidence: 0.55, sent: s, trigger: k}
	c.actors, c.targets = []*graph.Entity{v.ms[n].ent}, []*graph.Entity{state}
	missionAid(toks, k, &garrisonRule, c) // "a peacekeeping mission in Liberia"
	c.status = frameStatus(toks, k, true)
	c.location = v.eventLocation(k, c)
	return c
}
