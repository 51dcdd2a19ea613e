package loader

import (
	"slices"
	"strings"

	"github.com/geokg/geokg/graph"
)

// Two-sided fighting named by a noun with both its parties: "the war
// between Ethiopia and Eritrea", "fighting between Ethiopian troops and
// the Islamic Courts", "Israel and Hezbollah continued their attacks".
// ANNOTATION.md makes a two-sided clash one event with both parties as
// actors and as targets. A noun of war with no parties named ("the war on
// terror", "the conflict in Darfur") states no event here.

// pairsLexicon holds this file's noun triggers. Its entries go before the
// general lexicon, like conflictLexicon's.
var pairsLexicon = []lexEntry{
	// "the war between Ethiopia and Eritrea": read only with both parties
	// named in a "between" phrase (see hostilityParties).
	{nouns: "war wars conflict battle battles hostilities confrontation confrontations gunfight gunfights", rule: eventRule{name: "hostilities", typ: graph.Assault, mode: "clash", pair: true}},
	// "relations between Iran and Egypt were severed": a passive too far
	// from its subject's noun for the active rules (see tiesBetween).
	{verbs: "severed cut broken suspended", rule: eventRule{name: "cut-ties-passive", typ: graph.Sanction, mode: "break", pair: true}},
	{verbs: "established restored normalized normalised resumed", rule: eventRule{name: "establish-ties-passive", typ: graph.Support, pair: true}},
	// "Israel's occupation of south Lebanon": the possessor or the
	// demonym before it holds the land; "of" names whose it is.
	{nouns: "occupation", rule: eventRule{name: "occupation", typ: graph.Coerce, mode: "occupy", preps: []string{"of"}}},
}

// fightingNouns are the nouns of fighting whose parties a "between" phrase
// or a coordinated subject may name: the "hostilities" rule's and the
// "clash" rule's, and attacks, which the two sides of a war make on each
// other.
var fightingNouns = map[string]bool{
	"war": true, "wars": true, "conflict": true, "battle": true, "battles": true, "hostilities": true, "confrontation": true,
	"confrontations": true, "gunfight": true, "gunfights": true, "fighting": true, "clash": true, "clashes": true,
	"firefight": true, "firefights": true, "gunbattle": true, "gunbattles": true, "skirmish": true, "skirmishes": true,
	"attacks": true,
}

// outbreakWords may stand between a noun of fighting and its "between"
// phrase: "fighting broke out between", "clashes erupted again between".
var outbreakWords = map[string]bool{
	"broke": true, "break": true, "breaks": true, "out": true, "erupted": true, "erupts": true, "flared": true, "flare": true,
	"up": true, "raged": true, "rages": true, "continued": true, "continues": true, "resumed": true, "intensified": true,
	"escalated": true, "again": true, "also": true, "has": true, "have": true, "had": true, "on": true,
}

// sideNouns name the people or bodies through which a state or group
// fights or governs: "Ethiopian troops", "the Turkish government", "rebels
// of the SLA".
var sideNouns = map[string]bool{
	"troops": true, "forces": true, "soldiers": true, "army": true, "military": true, "government": true, "police": true,
	"militants": true, "rebels": true, "fighters": true, "guerrillas": true, "militia": true, "militias": true, "navy": true,
	"authorities": true, "regime": true, "security": true, "gunmen": true, "insurgents": true, "separatists": true,
	"islamists": true, "units": true, "warplanes": true, "administration": true, "policemen": true, "paratroopers": true,
	"guards": true, "commandos": true, "marines": true,
}

// betweenAfter returns the index of "between" among the few words after
// the fighting noun at t, past words of its outbreak ("clashes broke out
// between"), or -1.
func betweenAfter(toks []token, t int) int {
	for k := t + 1; k < len(toks) && k <= t+5; k++ {
		if toks[k].norm == "between" {
			return k
		}
		if !outbreakWords[toks[k].norm] {
			return -1
		}
	}
	return -1
}

// hostilityParties returns the two sides of the fighting named by the
// noun at t when a "between" phrase right after it (or after a verb of
// its outbreak) names both: "the battle between the Turkish government
// and the PKK". Each side is a name, or a demonym before a noun for armed
// men or a government ("Ethiopian troops"), or such a noun followed by
// "of" and a name ("rebels of the SLA"). Either side left unnamed ("the
// war between the two countries", "government troops") reads nothing.
func (a *article) hostilityParties(v *sentenceView, t int) (x, y *graph.Entity) {
	toks := v.toks
	b := betweenAfter(toks, t)
	if b < 0 {
		return nil, nil
	}
	x, end := v.fightingParty(b + 1)
	if x == nil || end+1 >= len(toks) || toks[end+1].norm != "and" {
		return nil, nil
	}
	y, end2 := v.fightingParty(end + 2)
	if y == nil || y == x {
		return nil, nil
	}
	if contestNouns[toks[t].norm] && !a.violentContest(v, t, b, end2) {
		return nil, nil // "the battle between Obama and Clinton", "the conflict between the US and Iran"
	}
	return x, y
}

// contestNouns are nouns of fighting also used of contests without force:
// a political battle, a conflict of interests or claims.
var contestNouns = map[string]bool{"conflict": true, "battle": true, "battles": true, "confrontation": true, "confrontations": true, "war": true, "wars": true}

// violentModifiers make a contest noun one of force: "the border conflict",
// "an armed confrontation".
var violentModifiers = map[string]bool{
	"armed": true, "border": true, "military": true, "bloody": true, "violent": true, "deadly": true, "fierce": true,
	"heavy": true, "civil": true, "guerrilla": true, "gun": true, "pitched": true, "vicious": true, "intense": true,
}

// rivalryModifiers make a war one of rivalry without force: "a trade war",
// "a subsidy war", "a bidding war", "a legal battle".
var rivalryModifiers = map[string]bool{
	"trade": true, "price": true, "propaganda": true, "proxy": true, "legal": true, "subsidy": true, "tariff": true,
	"currency": true, "fare": true, "bidding": true, "takeover": true, "turf": true, "pricing": true, "patent": true,
	"tax": true, "media": true, "ratings": true, "advertising": true,
}

// violentContest reports whether the contest noun at t, whose "between"
// phrase at b ends at end, is one of force: "war" unless it is a war of
// words or of trade, the others with a violent modifier right before them
// or a side named by its armed men ("Israeli troops") or an armed group.
func (a *article) violentContest(v *sentenceView, t, b, end int) bool {
	toks := v.toks
	if k := t - 1; k >= 0 && (rivalryModifiers[toks[k].norm] || toks[k].norm == "of" && k >= 1 && toks[k-1].norm == "tug") {
		return false // "a farm subsidy war between the US and the EC", "a tug of war between"
	}
	if toks[t].norm == "war" || toks[t].norm == "wars" {
		return true
	}
	for k := t - 1; k >= 0 && k >= t-2; k-- {
		if violentModifiers[toks[k].norm] {
			return true
		}
	}
	for k := b + 1; k <= end; k++ {
		if n := v.at[k]; n >= 0 && a.x.gaz.armed[v.ms[n].ent.ID] {
			return true // "the battle between the army and Hamas"
		}
		if sideNouns[toks[k].norm] && toks[k].norm != "government" && toks[k].norm != "authorities" && toks[k].norm != "administration" && toks[k].norm != "regime" {
			return true
		}
	}
	return false
}

// hypotheticalCues before a noun of fighting make it feared, risked or
// averted rather than fought: "risk provoking direct confrontation", "in
// the event of an open confrontation", "to prevent a war".
var hypotheticalCues = map[string]bool{
	"risk": true, "risks": true, "risking": true, "provoke": true, "provoking": true, "prevent": true, "preventing": true,
	"avoid": true, "avoiding": true, "avert": true, "averting": true, "event": true, "possible": true, "potential": true,
	"possibility": true, "fear": true, "fears": true, "feared": true, "threat": true, "threatened": true, "spark": true,
	"sparking": true, "trigger": true, "triggering": true, "lead": true, "new": true, "future": true, "another": true,
}

// hypothetical reports a hypothetical cue within four words before the
// noun at t, in its clause.
func hypothetical(toks []token, t int) bool {
	for k := t - 1; k >= 0 && k >= t-4; k-- {
		if clauseBreak(toks[k]) || toks[k].text == "," {
			return false
		}
		if hypotheticalCues[toks[k].norm] {
			return true
		}
	}
	return false
}

// fightingParty reads one side of a fight from k: the entity and the
// index of the side's last token, or nil.
func (v *sentenceView) fightingParty(k int) (*graph.Entity, int) {
	toks := v.toks
	for k < len(toks) && (toks[k].norm == "the" || toks[k].norm == "a") {
		k++
	}
	if k >= len(toks) {
		return nil, -1
	}
	if n := v.at[k]; n >= 0 {
		m := v.ms[n]
		if m.first != k || m.place {
			return nil, -1
		}
		if m.ent.Kind == graph.Person {
			return nil, -1 // "clashes between Kabila and Bemba supporters": their followers fight
		}
		if m.last+1 < len(toks) && sideNouns[toks[m.last+1].norm] && m.form != formRef {
			return m.ent, m.last + 1 // "Ethiopian troops", "Turkish government"
		}
		if m.form == formDemonym || m.form == formRef || m.modifier {
			return nil, -1 // "Somali civilians": people, not a side; "the government": too unsure whose
		}
		return m.ent, m.last
	}
	if sideNouns[toks[k].norm] && k+1 < len(toks) && toks[k+1].norm == "of" {
		// "rebels of the SLA", "forces of the Transitional Government"
		j := k + 2
		if j < len(toks) && toks[j].norm == "the" {
			j++
		}
		if j < len(toks) {
			if n := v.at[j]; n >= 0 && v.ms[n].first == j && usable(v.ms[n]) {
				return v.ms[n].ent, v.ms[n].last
			}
		}
	}
	return nil, -1
}

// fightingVerbs carry fighting a coordinated subject does to each other:
// "Israel and Hezbollah continued their attacks".
var fightingVerbs = map[string]bool{
	"continued": true, "continue": true, "continues": true, "continuing": true, "resumed": true, "resume": true,
	"intensified": true, "intensify": true, "escalated": true, "escalate": true, "stepped": true, "renewed": true,
	"waged": true, "wage": true, "fought": true, "fight": true, "exchanged": true,
}

// mutualFighting returns the two parties of a coordinated subject that
// carries on fighting named by "their" and the noun at t: "Israel and
// Hezbollah continued their attacks", "Ethiopia and Eritrea fought a
// border war". The subject must be "X and Y" right before the verb,
// perhaps over auxiliaries.
func (v *sentenceView) mutualFighting(t int) (x, y *graph.Entity) {
	toks := v.toks
	k := t - 1
	for k >= 0 && k >= t-4 && !fightingVerbs[toks[k].norm] {
		w := toks[k].norm
		if toks[k].punct || v.at[k] >= 0 || triggerWord(w) {
			return nil, nil
		}
		k--
	}
	if k < 1 || !fightingVerbs[toks[k].norm] {
		return nil, nil
	}
	their := false
	for j := k + 1; j < t; j++ {
		their = their || toks[j].norm == "their" || toks[j].norm == "a" && toks[k].norm == "fought"
	}
	if !their {
		return nil, nil
	}
	j := k - 1
	for j >= 0 && (auxiliaries[toks[j].norm] || toks[j].norm == "up") {
		j--
	}
	if j < 0 {
		return nil, nil
	}
	n := v.at[j]
	if n < 0 || !usable(v.ms[n]) {
		return nil, nil
	}
	x, y, ok := andPair(v, n)
	if !ok {
		return nil, nil
	}
	return x, y
}

// twoSided reads the noun at t as fighting between two named sides, in a
// "between" phrase or as a coordinated subject's "their" fighting, and
// fills c with both sides as actors and as targets. It reports whether it
// did.
func (a *article) twoSided(v *sentenceView, t int, c *candidate) bool {
	if !fightingNouns[v.toks[t].norm] || hypothetical(v.toks, t) {
		return false
	}
	x, y := a.hostilityParties(v, t)
	how := "-between-sides"
	if x == nil {
		x, y = v.hyphenSides(t)
		how = "-pair"
	}
	if x == nil {
		x, y = v.mutualFighting(t)
		how = "-mutual"
	}
	if x == nil {
		return false
	}
	c.typ, c.mode = graph.Assault, "clash"
	c.rule, c.confidence = "noun:hostilities"+how, 0.7
	c.actors = []*graph.Entity{x, y}
	c.targets = []*graph.Entity{x, y}
	return true
}

// occupation reads "Israel's occupation of south Lebanon", "the Soviet
// occupation of Afghanistan": the possessor or demonym holds the land, the
// "of" phrase names whose land it is, a place standing for the state it
// lies in. A noun without both ("the occupation", "the Israeli occupation
// ended") states nothing here, nor does a state occupying its own land.
func (a *article) occupation(v *sentenceView, t int, r *eventRule, c *candidate) *candidate {
	actor, _ := a.nounArguments(v, t, r, c)
	if actor == nil || !strings.HasSuffix(c.rule, "-possessive") && !strings.HasSuffix(c.rule, "-attributive") {
		return nil
	}
	toks := v.toks
	k := t + 1
	if k >= len(toks) || toks[k].norm != "of" {
		return nil
	}
	k++
	for k < len(toks) && (toks[k].norm == "the" || compassAdjectives[toks[k].norm]) {
		k++ // "of south Lebanon", "of the northern West Bank"
	}
	if k >= len(toks) || v.at[k] < 0 {
		return nil
	}
	m := v.ms[v.at[k]]
	target := m.ent
	if m.place || target.Kind == graph.Location {
		target = nil
		if host, ok := a.entities[m.ent.Country]; ok {
			target = host
		} else if e := a.x.gaz.byCountry(m.ent.Country); e != nil {
			target = a.entity(e)
		}
	}
	if target == nil || target == actor || target.ID == actor.Country || a.stateOf(actor) == target {
		return nil
	}
	c.actors, c.targets = a.withStates([]*graph.Entity{actor}, nil), []*graph.Entity{target}
	return c
}

// compassAdjectives may qualify the land occupied: "of south Lebanon".
var compassAdjectives = map[string]bool{
	"south": true, "north": true, "east": true, "west": true, "southern": true, "northern": true, "eastern": true, "western": true,
	"central": true, "parts": true, "part": true,
}

// ofObjectTypes are the event types whose nominalisation takes its object
// in an "of" phrase: "Britain's expulsion of four Russian diplomats", "the
// Chinese arrest of two Japanese journalists". The rules excepted below
// take in "of" what the actor moves or gives ("the withdrawal of troops",
// "the sale of arms") or, with ofAgent, the actor itself.
var ofObjectTypes = map[graph.EventType]bool{
	graph.Coerce: true, graph.Assault: true, graph.Sanction: true, graph.Support: true, graph.Accuse: true,
}

// ofObject returns the object of the noun at t named in an "of" phrase
// right after it, for a noun whose actor a possessive or a demonym before
// it names: the first mention within four words (a demonym before a noun
// for people counts: "of two Russian diplomats" is Russia), or nil.
func (v *sentenceView) ofObject(t int, r *eventRule, c *candidate) *graph.Entity {
	if r.ofAgent || !ofObjectTypes[r.typ] || slices.Contains(r.preps, "of") || r.name == "sign" ||
		!strings.HasSuffix(c.rule, "-possessive") && !strings.HasSuffix(c.rule, "-attributive") {
		return nil
	}
	toks := v.toks
	k := t + 1
	if k >= len(toks) || toks[k].norm != "of" {
		return nil
	}
	for j := k + 1; j < len(toks) && j <= k+4; j++ {
		if n := v.at[j]; n >= 0 {
			if usable(v.ms[n]) && !v.ms[n].place {
				return v.ms[n].ent
			}
			return nil
		}
		if toks[j].punct || clauseWords[toks[j].norm] || prepositions[toks[j].norm] {
			return nil
		}
	}
	return nil
}

// arrestPlace reads the arrest or detention named at t whose agent is the
// state it happens in: "the arrest of two journalists in Iran", "her
// detention in Egypt". The person held is the "of" phrase's first name
// or the possessive pronoun's referent; the state is a country named by
// "in" right after. It returns nil, nil when the phrase does not read so.
func (a *article) arrestPlace(v *sentenceView, t int) (actor, target *graph.Entity) {
	toks := v.toks
	k := t + 1
	if t > 0 && v.at[t-1] >= 0 && toks[t-1].poss {
		target = v.ms[v.at[t-1]].ent // "Kazemi's detention"
	} else if t > 0 && (toks[t-1].norm == "her" || toks[t-1].norm == "his") {
		target = a.personBefore(v, t) // "her arrest"
	} else if k < len(toks) && toks[k].norm == "of" {
		for j := k + 1; j < len(toks) && j <= k+6; j++ {
			if n := v.at[j]; n >= 0 {
				if usable(v.ms[n]) {
					target, k = v.ms[n].ent, v.ms[n].last+1
				}
				break
			}
			if toks[j].punct || clauseWords[toks[j].norm] || prepositions[toks[j].norm] {
				break
			}
		}
		if target == nil {
			return nil, nil
		}
		for j := k; j < len(toks) && j < k+3 && toks[j].norm != "in" && !toks[j].punct && !toks[j].upper && !prepositions[toks[j].norm] && !clauseWords[toks[j].norm]; j++ {
			k = j + 1 // "of two British sailors in": the rest of the noun phrase
		}
	}
	if target == nil || k+1 >= len(toks) || toks[k].norm != "in" {
		return nil, nil
	}
	n := v.at[k+1]
	if n < 0 || v.ms[n].first != k+1 || v.ms[n].ent.Kind != graph.Country || v.ms[n].ent == target {
		return nil, nil
	}
	return v.ms[n].ent, target
}

// hyphenSides returns the two sides of the fighting noun at t named by a
// hyphenated pair right before it: "the Iran-Iraq war", "Israeli-Palestinian
// clashes". A contest noun other than "war" needs a violent modifier
// before the pair: "the Israeli-Palestinian conflict" is a topic of
// diplomacy as often as fighting.
func (v *sentenceView) hyphenSides(t int) (x, y *graph.Entity) {
	if t < 1 || v.at[t-1] < 1 {
		return nil, nil
	}
	n2 := v.at[t-1]
	m1, m2 := v.ms[n2-1], v.ms[n2]
	if m1.last+1 != m2.first || !v.toks[m1.last].hyphen || m1.ent == m2.ent || m2.last != t-1 {
		return nil, nil
	}
	for _, m := range []mention{m1, m2} {
		if m.ent.Kind == graph.Person || m.ent.Kind == graph.Location || m.place {
			return nil, nil
		}
	}
	if w := v.toks[t].norm; contestNouns[w] && w != "war" && w != "wars" {
		violent := false
		for k := m1.first - 1; k >= 0 && k >= m1.first-2; k-- {
			violent = violent || violentModifiers[v.toks[k].norm]
		}
		if !violent {
			return nil, nil
		}
	}
	return m1.ent, m2.ent
}

// ledActor returns the leader of a force or campaign named by a "-led"
// compound before the noun at t: "the U.S.-led invasion of Iraq", "NATO-led
// strikes". A compound only backing the act ("US-backed") names no doer.
func (v *sentenceView) ledActor(t int) *graph.Entity {
	for k := t - 1; k >= 1 && k >= t-3; k-- {
		if v.toks[k].norm == "led" {
			if n := v.at[k-1]; n >= 0 && v.toks[k-1].hyphen && !v.ms[n].place && v.ms[n].ent.Kind != graph.Location {
				return v.ms[n].ent
			}
			return nil
		}
		if v.toks[k].punct || v.at[k] >= 0 {
			return nil
		}
	}
	return nil
}

// forcesOf returns the state whose forces a movement noun at t moves, named
// in its "of" phrase: "the withdrawal of 3,000 US troops from Afghanistan",
// "the deployment of Australian soldiers to East Timor". The forces are the
// state's own, so the state is the actor; the destination or origin after
// the phrase, found as for any noun, is the target. Only movement nouns
// read so: "the arrest of US soldiers" names whom the arrest befalls.
func (v *sentenceView) forcesOf(t int, r *eventRule) *graph.Entity {
	if r.typ != graph.Retreat && r.typ != graph.Mobilize || t+1 >= len(v.toks) || v.toks[t+1].norm != "of" {
		return nil
	}
	for k := t + 2; k < len(v.toks) && k <= t+6; k++ {
		if n := v.at[k]; n >= 0 {
			m := v.ms[n]
			if m.place || m.ent.Kind == graph.Person || m.ent.Kind == graph.Location || m.last+1 >= len(v.toks) {
				return nil
			}
			if _, ok := forceModes[v.toks[m.last+1].norm]; ok {
				return m.ent // "US troops", "Syrian forces"
			}
			return nil
		}
		u := v.toks[k]
		if u.text == "," && k+1 < len(v.toks) && v.toks[k-1].digit && v.toks[k+1].digit {
			continue // "3,000"
		}
		if u.punct || u.upper || prepositions[u.norm] || clauseWords[u.norm] {
			return nil
		}
	}
	return nil
}

// relationNounsOfTies name the ties two states establish or cut.
var relationNounsOfTies = map[string]bool{"relations": true, "ties": true, "contacts": true, "relationship": true}

// tiesBetween returns the "between" that names both sides of the ties
// the verb or noun at t makes or cuts, or -1: "diplomatic relations
// between Iran and Egypt were severed" (a passive whose subject names
// them), "the restoration of ties between Cuba and Spain".
func tiesBetween(toks []token, t int, noun bool) int {
	if noun {
		k := t + 1
		if k >= len(toks) || toks[k].norm != "of" {
			return -1
		}
		k++
		if k < len(toks) && (toks[k].norm == "diplomatic" || toks[k].norm == "bilateral" || toks[k].norm == "full") {
			k++
		}
		if k+1 < len(toks) && relationNounsOfTies[toks[k].norm] && toks[k+1].norm == "between" {
			return k + 1
		}
		return -1
	}
	k, passive := t-1, false
	for k >= 0 && k >= t-4 && (auxiliaries[toks[k].norm] || beForms[toks[k].norm] || strings.HasSuffix(toks[k].norm, "ly")) {
		passive = passive || beForms[toks[k].norm] || toks[k].norm == "been"
		k--
	}
	if !passive {
		return -1
	}
	for j := k; j >= 1 && j >= k-10; j-- {
		if clauseBreak(toks[j]) || toks[j].text == "," {
			return -1
		}
		if toks[j].norm == "between" {
			if relationNounsOfTies[toks[j-1].norm] {
				return j
			}
			return -1
		}
	}
	return -1
}

// tiesSides reads ties made or cut between two sides that a "between"
// phrase names (see tiesBetween). Both sides act, on each other
// (ANNOTATION.md: ties cut by both sides are one event with both parties
// as actors and as targets). It fills c and reports whether it did.
func (v *sentenceView) tiesSides(t int, noun bool, c *candidate) bool {
	toks := v.toks
	b := tiesBetween(toks, t, noun)
	if b < 0 {
		return false
	}
	x, end := v.fightingParty(b + 1)
	if x == nil || end+1 >= len(toks) || toks[end+1].norm != "and" {
		return false
	}
	y, _ := v.fightingParty(end + 2)
	if y == nil || y == x {
		return false
	}
	c.rule, c.confidence = c.rule+"-between-sides", 0.7
	c.actors = []*graph.Entity{x, y}
	c.targets = []*graph.Entity{x, y}
	return true
}
