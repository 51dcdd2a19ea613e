package loader

import (
	"slices"

	"github.com/geokg/geokg/graph"
)

// This file reads acts of protest that a crowd aims at a state without
// saying "protest": burning a state's flags or a leader's effigy, storming
// or besieging its embassy, shouting slogans against it, and activists of
// a named group boarding or blocking a state's or firm's ship or site.
// ANNOTATION.md makes unnamed citizens who protest stand for their
// country: the crowd's nationality, else the country of the place the act
// happens in (an embassy's host, not its owner). Who acts decides the
// type: a crowd protests, while gunmen or a bomber who attack an embassy
// commit an assault, which these frames leave to event.go.

// desecrationVerbs destroy or dishonour a symbol: "burned American flags",
// "trampled on an effigy of the president".
var desecrationVerbs = map[string]bool{
	"burn": true, "burned": true, "burnt": true, "burning": true, "torched": true, "torching": true,
	"trample": true, "trampled": true, "trampling": true, "stomped": true, "stomping": true, "stamped": true, "stamping": true,
	"desecrated": true, "desecrating": true, "defaced": true, "defacing": true, "tore": true, "tearing": true,
	"ripped": true, "ripping": true, "hanged": true, "hung": true,
}

// symbolNouns are the flags, effigies and portraits that stand for a
// state or leader.
var symbolNouns = map[string]bool{
	"flag": true, "flags": true, "effigy": true, "effigies": true, "portrait": true, "portraits": true,
	"picture": true, "pictures": true, "poster": true, "posters": true, "photograph": true, "photographs": true,
}

// embassyActVerbs are what a crowd does to an embassy: "stormed the US
// embassy", "pelted the Danish embassy with stones".
var embassyActVerbs = map[string]bool{
	"storm": true, "stormed": true, "storming": true, "besiege": true, "besieged": true, "besieging": true,
	"attack": true, "attacked": true, "attacking": true, "picket": true, "pelt": true, "surround": true, "ransack": true,
	"picketed": true, "picketing": true, "pelted": true, "pelting": true, "stoned": true, "stoning": true,
	"surrounded": true, "surrounding": true, "ransacked": true, "ransacking": true, "torched": true, "torching": true,
	"burned": true, "burnt": true, "burning": true, "invaded": true, "occupied": true, "occupying": true,
	"blockaded": true, "blockading": true, "overran": true, "vandalised": true, "vandalized": true,
}

// gatheringWords bring a crowd to a place, as verbs or as the protest it
// holds there: "gathered outside the British embassy", "staged a sit-in
// in front of the Japanese embassy".
var gatheringWords = map[string]bool{
	"gathered": true, "gathering": true, "assembled": true, "converged": true, "massed": true, "marched": true,
	"protested": true, "protesting": true, "demonstrated": true, "demonstrating": true, "rallied": true,
	"vigil": true, "picket": true, "protest": true, "protests": true, "demonstration": true,
	"demonstrations": true, "rally": true, "rallies": true,
}

// embassyNouns name a state's mission abroad.
var embassyNouns = map[string]bool{"embassy": true, "embassies": true, "consulate": true, "consulates": true, "legation": true}

// sloganVerbs voice slogans: "shouted slogans against America".
var sloganVerbs = map[string]bool{
	"shouted": true, "shouting": true, "chanted": true, "chanting": true, "raised": true, "raising": true, "yelled": true, "yelling": true,
}

// sloganNouns are what a crowd shouts.
var sloganNouns = map[string]bool{"slogans": true, "slogan": true, "chants": true}

// obstructionVerbs board, block or occupy a site: "boarded a Russian oil
// platform", "chained themselves to a Japanese whaling ship".
var obstructionVerbs = map[string]bool{
	"boarded": true, "boarding": true, "blocked": true, "blocking": true, "blockaded": true, "blockading": true,
	"occupied": true, "occupying": true, "chained": true, "chaining": true, "scaled": true, "scaling": true,
	"climbed": true, "climbing": true, "invaded": true,
}

// siteNouns are the ships, platforms and premises that activists board or
// block.
var siteNouns = map[string]bool{
	"ship": true, "ships": true, "vessel": true, "vessels": true, "tanker": true, "tankers": true, "whaler": true, "whalers": true,
	"platform": true, "platforms": true, "rig": true, "rigs": true, "plant": true, "plants": true, "facility": true, "facilities": true,
	"embassy": true, "consulate": true, "headquarters": true, "offices": true, "office": true, "building": true, "factory": true,
	"house": true, "residence": true, "roof": true, "mine": true, "terminal": true, "pipeline": true, "reactor": true, "base": true, "port": true, "freighter": true, "trawler": true,
}

// activistNouns are members of a named group acting for it: "Greenpeace
// activists".
var activistNouns = map[string]bool{
	"activists": true, "protesters": true, "protestors": true, "campaigners": true, "members": true, "demonstrators": true,
}

// maxObjectSpan bounds the words from a verb to the head of its object:
// "burned an effigy", "boarded a Russian oil platform".
const maxObjectSpan = 5

// protestActs reads the protest acts of this file in one sentence.
func (a *article) protestActs(s sentence, v *sentenceView) []*candidate {
	var out []*candidate
	for t, tok := range v.toks {
		if !tok.is(classProtestActWord) {
			continue
		}
		var c *candidate
		switch {
		case desecrationVerbs[tok.norm] || tok.norm == "set" || tok.norm == "setting":
			c = a.desecration(v, t)
		case sloganVerbs[tok.norm]:
			c = a.slogans(v, t)
		}
		if c == nil && (embassyActVerbs[tok.norm] || breakInVerbs[tok.norm] || throwVerbs[tok.norm] || tok.norm == "set" || tok.norm == "setting") {
			c = a.embassyAct(v, t)
		}
		if c == nil && (gatheringWords[tok.norm] || tok.norm == "sit" && tok.hyphen) {
			c = a.embassyGathering(v, t)
		}
		if c == nil && obstructionVerbs[tok.norm] {
			c = a.obstruction(v, t)
		}
		if c == nil && embassyNouns[tok.norm] {
			c = a.embassyActPassive(v, t)
		}
		if c != nil {
			c.sent = s
			out = append(out, c)
		}
	}
	return out
}

// actObjectStart returns where the object of the verb at t begins: after
// "on" ("trampled on"), after "fire to" ("set fire to"), or right after
// the verb; -1 for "set" without "fire to".
func actObjectStart(toks []token, t int) int {
	w := toks[t].norm
	if w == "set" || w == "setting" {
		if t+2 < len(toks) && toks[t+1].norm == "fire" && (toks[t+2].norm == "to" || toks[t+2].norm == "on") {
			return t + 3
		}
		return -1
	}
	if throwVerbs[w] {
		for k := t + 1; k < len(toks) && k <= t+maxObjectSpan; k++ {
			if toks[k].norm == "at" {
				return k + 1 // "threw stones at the US embassy"
			}
			if toks[k].punct || clauseBreak(toks[k]) {
				break
			}
		}
		return -1
	}
	if breakInVerbs[w] {
		if t+1 < len(toks) && toks[t+1].norm == "into" {
			return t + 2
		}
		if t+3 < len(toks) && toks[t+1].norm == "their" && toks[t+2].norm == "way" && toks[t+3].norm == "into" {
			return t + 4 // "forced their way into"
		}
		return -1
	}
	if t+1 < len(toks) && (toks[t+1].norm == "on" || toks[t+1].norm == "down" || toks[t+1].norm == "up" || toks[t+1].norm == "into") {
		return t + 2
	}
	return t + 1
}

// objectOwners finds, from start, a noun phrase headed by a noun of heads
// within maxObjectSpan words and returns the parties it belongs to: the
// countries, bodies or people named before the head ("American and
// Israeli flags", "Israel's embassy", "a Russian oil platform") or after
// "of" ("an effigy of President Bush", "the embassy of Denmark"). kinds
// says which kinds may own it.
func (v *sentenceView) objectOwners(start int, heads map[string]bool, kinds ...graph.EntityKind) []*graph.Entity {
	toks := v.toks
	if start < 0 {
		return nil
	}
	var owners []*graph.Entity
	head := -1
	for k := start; k < len(toks) && k < start+maxObjectSpan; k++ {
		if heads[toks[k].norm] && v.at[k] < 0 {
			head = k
			break
		}
		if (toks[k].punct && !toks[k].hyphen) || clauseBreak(toks[k]) {
			return nil
		}
		if (toks[k].norm == "and" || toks[k].norm == "or") && k > start && v.at[k-1] < 0 {
			owners = owners[:0] // "Chinese goods and Japanese flags": the goods' owner is not the flags'
		}
		if n := v.at[k]; n >= 0 && (k == v.ms[n].first) && slices.Contains(kinds, v.ms[n].ent.Kind) && !v.ms[n].place {
			owners = append(owners, v.ms[n].ent)
		}
	}
	if head < 0 {
		return nil
	}
	if head+1 < len(toks) && toks[head+1].norm == "of" {
		owners = append(owners, v.ofParties(head+1, kinds)...)
	}
	return owners
}

// ofParties returns the parties "of" at p governs, passing over titles
// and the nationality of a leader: "of President Bush", "of Danish Prime
// Minister Anders Fogh Rasmussen", "of the United States and Israel".
func (v *sentenceView) ofParties(p int, kinds []graph.EntityKind) []*graph.Entity {
	toks := v.toks
	var out []*graph.Entity
	for k := p + 1; k < len(toks) && k <= p+maxObjectSpan+1; k++ {
		if n := v.at[k]; n >= 0 {
			m := v.ms[n]
			if m.modifier {
				k = m.last
				continue // "Danish" in "of Danish Prime Minister Anders Fogh Rasmussen"
			}
			if m.place || !slices.Contains(kinds, m.ent.Kind) {
				break
			}
			out = append(out, m.ent)
			if k = m.last + 1; k >= len(toks) || toks[k].norm != "and" {
				break
			}
			continue
		}
		if w := toks[k].norm; w != "the" && !isTitleWord(w) && titles[w] == "" {
			break
		}
	}
	return out
}

// crowdCandidate builds the protest of an unnamed crowd that is the
// subject of the word at t against targets, or nil where no crowd acts
// there or it protests its own state.
func (a *article) crowdCandidate(v *sentenceView, t int, mode, rule string, targets []*graph.Entity) *candidate {
	if len(targets) == 0 {
		return nil
	}
	c := &candidate{typ: graph.Protest, mode: mode, rule: rule, trigger: t, confidence: 0.55}
	actor := a.crowdActor(v, t, c)
	if actor == nil {
		actor = v.demonymCrowd(t)
	}
	if (actor == nil || slices.Contains(targets, actor)) && a.crowdSubject(v, t) {
		// "11 people died in Benghazi, Libya, when protesters set fire
		// to", "burned tyres outside the US embassy in Manila": not the
		// embassy's owner but the place it stands in.
		actor = a.soleVenue(v)
	}
	if actor == nil {
		return nil
	}
	targets = slices.DeleteFunc(slices.Clone(targets), func(e *graph.Entity) bool { return a.sameSide(actor, e) || a.countryOf(e) == actor })
	c.status = frameStatus(v.toks, t, true)
	if t > 1 && v.toks[t-1].norm == "to" && attemptVerbs[v.toks[t-2].norm] {
		c.status = graph.Reported // "attempted to storm the embassy": the attempt is the protest
	}
	if !a.setParties(c, []*graph.Entity{actor}, targets) {
		return nil
	}
	return c
}

// crowdSubject reports a crowd noun in the clause before t, as
// crowdActor looks for it: "about 1,000 protesters surrounded and set
// fire to".
func (a *article) crowdSubject(v *sentenceView, t int) bool {
	for k := t - 1; k >= 0 && k >= t-maxArgGap; k-- {
		u := v.toks[k]
		if clauseBreak(u) || (u.punct && u.text != "-") || relativePronouns[u.norm] || u.norm == "that" {
			return false
		}
		if crowdNouns[u.norm] {
			return true
		}
		if n := v.at[k]; n >= 0 && !v.ms[n].place && !v.locative(n) {
			return false
		}
	}
	return false
}

// soleVenue returns the one country that the places named in the
// sentence lie in, or nil where there are none or several.
func (a *article) soleVenue(v *sentenceView) *graph.Entity {
	var venue *graph.Entity
	for n, m := range v.ms {
		if !m.place && !v.locative(n) || m.last+1 < len(v.toks) && embassyNouns[v.toks[m.last+1].norm] {
			continue // "at the US embassy": the embassy's owner, not a place
		}
		c := a.countryOf(m.ent)
		if c == nil || (venue != nil && venue != c) {
			return nil
		}
		venue = c
	}
	return venue
}

// crowdStorms reports a crowd storming or occupying something at t:
// "protesters stormed the parliament", "Greenpeace activists occupied a
// platform". A crowd that storms or occupies a building protests; it
// makes no armed assault or seizure, as gunmen or troops would.
func (a *article) crowdStorms(v *sentenceView, t int) bool {
	switch v.toks[t].norm {
	case "storm", "storms", "stormed", "storming", "occupy", "occupies", "occupied", "occupying":
		return a.crowdSubject(v, t)
	}
	return false
}

// antiModifier reports a country named in an "anti-" word: "anti-American
// demonstrators" are against the United States, not American.
func antiModifier(toks []token, m mention) bool {
	f := m.first
	return f > 0 && toks[f-1].hyphen && toks[f-1].norm == "anti"
}

// demonymCrowd returns the country of a people named as the subject right
// before t: "Iranians burned", "angry Pakistanis torched". nil otherwise.
func (v *sentenceView) demonymCrowd(t int) *graph.Entity {
	if t < 1 {
		return nil
	}
	n := v.at[t-1]
	if n < 0 {
		return nil
	}
	m := v.ms[n]
	if m.form != formDemonym || m.ent.Kind != graph.Country || !pluralWord(v.toks[m.last].norm) {
		return nil
	}
	return m.ent
}

// pluralWord reports a demonym in the plural: "Iranians", "Danes".
func pluralWord(w string) bool { return len(w) > 3 && w[len(w)-1] == 's' }

// desecration reads "protesters burned American flags", "set fire to an
// effigy of President Bush", "trampled on Israeli flags".
func (a *article) desecration(v *sentenceView, t int) *candidate {
	owners := v.objectOwners(actObjectStart(v.toks, t), symbolNouns, graph.Country, graph.Person, graph.Organization)
	return a.crowdCandidate(v, t, "demonstrate", "verb:protest-desecrate", owners)
}

// slogans reads "shouted slogans against America", "chanted anti-American
// slogans" and `chanting "Death to America"`.
func (a *article) slogans(v *sentenceView, t int) *candidate {
	toks := v.toks
	var targets []*graph.Entity
	for k := t + 1; k < len(toks) && k <= t+4; k++ {
		if sloganNouns[toks[k].norm] {
			if k+1 < len(toks) && toks[k+1].norm == "against" {
				if n := v.partyAfter(k + 1); n >= 0 {
					targets = append(targets, v.ms[n].ent)
				}
			} else if e := v.protestedParty(k); e != nil {
				targets = append(targets, e)
			}
			break
		}
		if toks[k].norm == "death" && k+2 < len(toks) && toks[k+1].norm == "to" {
			if n := v.at[k+2]; n >= 0 && (v.ms[n].ent.Kind == graph.Country || v.ms[n].ent.Kind == graph.Person) {
				targets = append(targets, v.ms[n].ent)
			}
			break
		}
		if toks[k].punct && !isQuoteMark(toks[k]) || clauseBreak(toks[k]) {
			break
		}
	}
	return a.crowdCandidate(v, t, "demonstrate", "verb:protest-slogans", targets)
}

// embassyAct reads "protesters stormed the US embassy in Baghdad",
// "crowds pelted the Danish embassy with stones", "set fire to the
// Norwegian embassy".
func (a *article) embassyAct(v *sentenceView, t int) *candidate {
	owners := v.objectOwners(actObjectStart(v.toks, t), embassyNouns, graph.Country)
	return a.crowdCandidate(v, t, "demonstrate", "verb:protest-embassy", owners)
}

// attemptVerbs try an act: a crowd that "tried to storm" an embassy has
// protested there, whether or not it got in.
var attemptVerbs = map[string]bool{"attempted": true, "tried": true, "attempting": true, "trying": true, "sought": true}

// throwVerbs throw things at a building: "hurled stones at the Danish
// embassy".
var throwVerbs = map[string]bool{"threw": true, "throwing": true, "hurled": true, "hurling": true, "lobbed": true, "throw": true, "hurl": true}

// breakInVerbs force a way into a building: "broke into the US embassy".
var breakInVerbs = map[string]bool{"broke": true, "broken": true, "breaking": true, "forced": true, "burst": true, "pushed": true, "fought": true}

// venuePrepositions put a crowd at an embassy: "outside", "in front of".
var venuePrepositions = map[string]bool{"outside": true, "at": true, "near": true, "to": true, "before": true}

// embassyGathering reads a crowd gathered at an embassy: "gathered outside
// the British embassy", "staged a sit-in in front of the Japanese
// embassy", "marched to the US embassy".
func (a *article) embassyGathering(v *sentenceView, t int) *candidate {
	toks := v.toks
	p := t + 1
	if toks[t].norm == "sit" && p+1 < len(toks) && toks[t].hyphen && toks[p].norm == "in" {
		p++ // "sit-in" comes as "sit" "in"
	}
	if p+2 < len(toks) && toks[p].norm == "in" && toks[p+1].norm == "front" && toks[p+2].norm == "of" {
		p += 3
	} else if p < len(toks) && venuePrepositions[toks[p].norm] {
		p++
	} else {
		return nil
	}
	owners := v.objectOwners(p, embassyNouns, graph.Country)
	return a.crowdCandidate(v, t, "demonstrate", "verb:protest-embassy-venue", owners)
}

// embassyActPassive reads "the Danish embassy in Damascus was stormed by
// protesters": the embassy at e is the subject, a crowd the agent. The
// crowd's nationality or the place the act happens in gives the actor.
func (a *article) embassyActPassive(v *sentenceView, e int) *candidate {
	toks := v.toks
	k := e + 1
	if k+1 < len(toks) && (toks[k].norm == "in" || toks[k].norm == "at") && v.at[k+1] >= 0 {
		k = v.ms[v.at[k+1]].last + 1 // "the US embassy in Baghdad was stormed"
	}
	for k < len(toks) && (beForms[toks[k].norm] || toks[k].norm == "has" || toks[k].norm == "have" || toks[k].norm == "had") {
		k++
	}
	if k == e+1 || k+2 >= len(toks) || !embassyActVerbs[toks[k].norm] || toks[k+1].norm != "by" {
		return nil
	}
	t := k
	crowd := -1
	for j := k + 2; j < len(toks) && j <= k+5; j++ {
		if crowdNouns[toks[j].norm] || activistNouns[toks[j].norm] {
			crowd = j
			break
		}
		if toks[j].punct || (v.at[j] < 0 && !agentFillers[toks[j].norm] && !countWords[toks[j].norm] && !toks[j].digit) {
			return nil // "by gunmen", "by a suicide bomber": no crowd
		}
	}
	if crowd < 0 {
		return nil
	}
	owners := v.ownersBefore(e)
	if len(owners) == 0 {
		return nil
	}
	c := &candidate{typ: graph.Protest, mode: "demonstrate", rule: "verb:protest-embassy-passive", trigger: t, confidence: 0.55}
	var actor *graph.Entity
	for j := k + 2; j <= crowd+3 && j < len(toks); j++ {
		if n := v.at[j]; n >= 0 && v.ms[n].ent.Kind == graph.Country {
			actor = v.ms[n].ent // "by Iranian students"
			break
		}
	}
	if actor == nil {
		actor = a.soleVenue(v) // "the Danish embassy in Damascus": the place, not the owner
	}
	if actor == nil {
		return nil
	}
	owners = slices.DeleteFunc(owners, func(o *graph.Entity) bool { return a.sameSide(actor, o) })
	c.status = frameStatus(toks, t, true)
	if !a.setParties(c, []*graph.Entity{actor}, owners) {
		return nil
	}
	return c
}

// ownersBefore returns the countries named right before the head noun at
// e: "the US embassy", "the Danish and Norwegian embassies".
func (v *sentenceView) ownersBefore(e int) []*graph.Entity {
	var owners []*graph.Entity
	for k := e - 1; k >= 0 && k >= e-maxObjectSpan; k-- {
		if n := v.at[k]; n >= 0 {
			if v.ms[n].ent.Kind != graph.Country || v.ms[n].place {
				break
			}
			owners = append(owners, v.ms[n].ent)
			k = v.ms[n].first
			continue
		}
		if v.toks[k].norm != "and" {
			break
		}
	}
	return owners
}

// activistGroup returns the group whose activists end at s: "Greenpeace
// activists", "members of Greenpeace", "activists from Greenpeace";
// nil where no group is named so.
func (v *sentenceView) activistGroup(s int) *graph.Entity {
	toks := v.toks
	if s < 1 {
		return nil
	}
	if activistNouns[toks[s].norm] {
		if n := v.at[s-1]; n >= 0 && v.ms[n].ent.Kind == graph.Organization && !v.ms[n].place {
			return v.ms[n].ent
		}
		return nil
	}
	n := v.at[s]
	if n < 0 || v.ms[n].ent.Kind != graph.Organization || v.ms[n].place {
		return nil
	}
	if f := v.ms[n].first; f >= 2 && (toks[f-1].norm == "of" || toks[f-1].norm == "from") && activistNouns[toks[f-2].norm] {
		return v.ms[n].ent
	}
	return nil
}

// agentFillers may stand between "by" and the crowd of a passive: "by
// several hundred angry protesters".
var agentFillers = map[string]bool{"the": true, "a": true, "an": true, "of": true, "angry": true, "several": true, "some": true, "many": true, "about": true}

// obstruction reads activists of a named group boarding, blocking or
// chaining themselves to a state's or firm's ship or site: "Greenpeace
// activists boarded a Russian oil platform". The group acts; the state or
// firm that owns the site is the target.
func (a *article) obstruction(v *sentenceView, t int) *candidate {
	toks := v.toks
	s := t - 1
	for s > 0 && auxiliaries[toks[s].norm] {
		s-- // "Greenpeace activists have scaled"
	}
	group := v.activistGroup(s)
	if group == nil {
		return nil
	}
	start := actObjectStart(toks, t)
	if start+1 < len(toks) && (toks[start].norm == "themselves" || toks[start].norm == "aboard") {
		start++ // "chained themselves to"
	}
	if start < len(toks) && (toks[start].norm == "to" || toks[start].norm == "onto" || toks[start].norm == "on") {
		start++
	}
	owners := v.objectOwners(start, siteNouns, graph.Country, graph.Organization)
	owners = slices.DeleteFunc(owners, func(o *graph.Entity) bool { return o == group })
	if len(owners) == 0 {
		return nil
	}
	c := &candidate{typ: graph.Protest, mode: "obstruct", rule: "verb:protest-obstruct", trigger: t, confidence: 0.55}
	c.status = frameStatus(toks, t, true)
	if !a.setParties(c, []*graph.Entity{group}, owners) {
		return nil
	}
	return c
}

// protestActWords are the words protestActs starts a frame at.
func protestActWords() []string {
	return keysOf([]string{"set", "setting", "sit"}, desecrationVerbs, sloganVerbs, embassyActVerbs, breakInVerbs,
		throwVerbs, gatheringWords, obstructionVerbs, embassyNouns)
}
