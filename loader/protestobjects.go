package loader

import (
	"github.com/geokg/geokg/graph"
)

// This file reads whom a protest is aimed at when the sentence names what
// is protested rather than a party, and protests that are told without
// the word "protest" as their verb. ANNOTATION.md makes the target of a
// protest the party behind what it is against: the owner of the act or
// policy ("in protest at the Israeli attack", "after the US air strikes",
// "to protest Australia's involvement") is the target, not the place or
// the thing. Frames:
//
//   - deedOwner: a state named as the modifier of a deed noun ("the
//     Israeli attack", "the US air strikes") owns the deed, for
//     grievanceTarget (sentences.go).
//   - protestOutbreaks: "protests broke out across Pakistan after the US
//     air strikes": the protests of the venue's people against the owner
//     of what they followed or were over.
//   - disruptions: "Greenpeace tried to disrupt Japan's whaling fleet": a
//     group obstructing another party's activity protests (obstruct).
//   - protestBoycott: a party, a group or an audience that boycotts a
//     speech, a show or a visit protests (boycott); a state's boycott of
//     talks or of a state stays the lexicon's SANCTION.
//   - reactionInfinitive: a noun inside the object of "to protest" or "to
//     condemn" is an act that happened, whatever the main clause says
//     ("will not attend to protest the invasion": the invasion is real).

// grievedDeedNouns are acts and policies a state's name may modify as
// their doer: "the Israeli attack", "the US air strikes", "the Chinese
// crackdown". Wars are left out: "the Iraq war" names where it is fought.
var grievedDeedNouns = map[string]bool{
	"attack": true, "attacks": true, "strike": true, "strikes": true, "airstrike": true, "airstrikes": true,
	"raid": true, "raids": true, "bombing": true, "bombings": true, "shelling": true, "offensive": true,
	"invasion": true, "occupation": true, "incursion": true, "intervention": true, "blockade": true,
	"crackdown": true, "decision": true, "involvement": true, "policy": true, "policies": true,
	"deployment": true, "presence": true, "killing": true, "killings": true, "executions": true, "execution": true,
	"tests": true, "test": true, "sanctions": true, "embargo": true, "actions": true, "action": true,
}

// deedOwner reports whether the mention m names the doer of a deed noun
// right after it, perhaps past one modifier: "the Israeli attack", "the US
// air strikes", "Russian military intervention". Places are not doers
// ("the Gaza blockade" is Israel's), so only states and bodies count.
func (v *sentenceView) deedOwner(m mention) bool {
	if m.place || m.ent.Kind == graph.Location || m.ent.Kind == graph.Person || v.toks[m.last].poss {
		return false
	}
	for k := m.last + 1; k < len(v.toks) && k <= m.last+2; k++ {
		u := v.toks[k]
		if grievedDeedNouns[u.norm] {
			return true
		}
		if u.punct || u.upper || v.at[k] >= 0 || clauseWords[u.norm] {
			return false
		}
	}
	return false
}

// outbreakVerbs say that protests happened: "protests erupted", "broke
// out", "spread", "swept the country".
var outbreakVerbs = map[string]bool{
	"erupted": true, "broke": true, "flared": true, "spread": true, "swept": true, "raged": true,
	"continued": true, "took": true, "held": true, "staged": true, "erupt": true, "spreading": true,
}

// outbreakGrievances introduce what protests are over or follow.
var outbreakGrievances = map[string]bool{"against": true, "over": true, "after": true, "following": true, "at": true}

// protestOutbreaks reads protests that broke out in a country over what a
// party did: "Protests broke out across Pakistan after the US air
// strikes", "Demonstrations erupted in Jordan over Israel's offensive".
// The protesters are unnamed, so the venue's country acts; the party
// behind the grievance is the target.
func (a *article) protestOutbreaks(s sentence, v *sentenceView) []*candidate {
	var out []*candidate
	toks := v.toks
	for t, tok := range toks {
		if !tok.is(classCrowdProtestNoun) || v.at[t] >= 0 {
			continue
		}
		verb := -1
		for k := t + 1; k < len(toks) && k <= t+3; k++ {
			if outbreakVerbs[toks[k].norm] {
				verb = k
				break
			}
			if !auxiliaries[toks[k].norm] && !beForms[toks[k].norm] && toks[k].norm != "also" && toks[k].norm != "have" {
				break
			}
		}
		if verb < 0 || (toks[verb].norm == "broke" || toks[verb].norm == "took") && (verb+1 >= len(toks) || toks[verb+1].norm != "out" && toks[verb+1].norm != "place") {
			continue
		}
		venue, target := -1, -1
		for k := verb + 1; k+1 < len(toks) && k <= verb+maxVenueGap; k++ {
			u := toks[k]
			if u.punct && u.text != "," || clauseBreak(u) || relativePronouns[u.norm] || u.norm == "when" || u.norm == "while" {
				break
			}
			if venue < 0 && (protestVenuePrepositions[u.norm] || k == verb+1 && u.norm != "out") {
				j := k + 1
				if k == verb+1 && !protestVenuePrepositions[u.norm] {
					j = k // "swept Pakistan"
				}
				if n := v.at[j]; n >= 0 && (v.ms[n].ent.Kind == graph.Country || v.ms[n].ent.Kind == graph.Location) && !v.ms[n].modifier {
					venue = n
					k = v.ms[n].last
					continue
				}
			}
			if outbreakGrievances[u.norm] {
				target = v.grievedParty(k)
				break
			}
		}
		if venue < 0 || target < 0 {
			continue
		}
		actor, against := a.countryOf(v.ms[venue].ent), v.ms[target].ent
		if actor == nil || a.sameSide(actor, against) || a.countryOf(against) == actor {
			continue // "protests across Georgia against the government": no second party
		}
		c := &candidate{typ: graph.Protest, mode: "demonstrate", rule: "noun:protest-outbreak", trigger: t, noun: true, sent: s, confidence: 0.55}
		c.status = frameStatus(toks, verb, true)
		if !a.setParties(c, []*graph.Entity{actor}, []*graph.Entity{against}) {
			continue
		}
		out = append(out, c)
	}
	return out
}

// grievedParty returns the party behind what the preposition at p
// governs: a party named at its head ("against Israel"), the owner of a
// deed ("over Israel's offensive", "after the US air strikes"), or -1.
func (v *sentenceView) grievedParty(p int) int {
	toks := v.toks
	for k := p + 1; k < len(toks) && k <= p+4; k++ {
		if n := v.at[k]; n >= 0 {
			m := v.ms[n]
			switch {
			case toks[m.last].poss && usable(m) && m.ent.Kind != graph.Location:
				return n // "over Israel's offensive"
			case v.deedOwner(m):
				return n // "after the US air strikes"
			case m.form == formDemonym && m.last+1 < len(toks) && groupNouns[toks[m.last+1].norm]:
				return n // "against the Israeli government"
			case usable(m) && m.ent.Kind != graph.Location && p+1 == k && toks[p].norm == "against":
				return n // "against Israel"
			}
			return -1
		}
		if w := toks[k].norm; w != "the" && w != "a" && !isTitleWord(w) {
			return -1
		}
	}
	return -1
}

// disruptionVerbs hinder another party's activity: "disrupt the whaling
// fleet", "interfere with the hunt".
var disruptionVerbs = map[string]bool{
	"disrupt": true, "disrupted": true, "disrupting": true, "disrupts": true,
	"obstruct": true, "obstructed": true, "obstructing": true, "hamper": true, "hampered": true, "hampering": true,
	"harass": true, "harassed": true, "harassing": true, "interfere": true, "interfered": true, "interfering": true,
	"intercept": true, "intercepted": true, "intercepting": true, "chase": true, "chased": true, "chasing": true,
}

// hinderedActivities are the fleets, hunts and works a group disrupts: civil
// activity, not an army's, whose disruption by activists is protest.
var hinderedActivities = map[string]bool{
	"fleet": true, "fleets": true, "whalers": true, "whaler": true, "whaling": true, "hunt": true, "hunts": true,
	"ship": true, "ships": true, "vessel": true, "vessels": true, "shipment": true, "shipments": true,
	"drilling": true, "logging": true, "construction": true, "tests": true, "test": true, "trawlers": true,
}

// disruptions reads a named group hindering a state's or firm's activity:
// "Greenpeace attempted to disrupt Japan's whaling fleet", "Sea Shepherd
// activists chased the Japanese whalers". The group protests (obstruct);
// the owner of the activity is the target. Armed groups are read by
// conflict.go, whose verbs ("attacked", "ambushed") these are not.
func (a *article) disruptions(s sentence, v *sentenceView) []*candidate {
	var out []*candidate
	toks := v.toks
	for t, tok := range toks {
		if !disruptionVerbs[tok.norm] {
			continue
		}
		group := v.disruptingGroup(t)
		if group == nil {
			continue
		}
		start := t + 1
		if start < len(toks) && toks[start].norm == "with" {
			start++ // "interfere with"
		}
		owners := v.objectOwners(start, hinderedActivities, graph.Country, graph.Organization)
		if len(owners) == 0 {
			continue
		}
		c := &candidate{typ: graph.Protest, mode: "obstruct", rule: "verb:protest-disrupt", trigger: t, sent: s, confidence: 0.55}
		c.status = frameStatus(toks, t, true)
		if t > 1 && toks[t-1].norm == "to" && attemptVerbs[toks[t-2].norm] {
			c.status = graph.Reported // "attempted to disrupt": the attempt is the protest
		}
		var targets []*graph.Entity
		for _, o := range owners {
			if o != group && !a.sameSide(group, o) {
				targets = append(targets, o)
			}
		}
		if !a.setParties(c, []*graph.Entity{group}, targets) {
			continue
		}
		out = append(out, c)
	}
	return out
}

// disruptingGroup returns the organisation that is the subject of the
// verb at t, past auxiliaries and an attempt ("Greenpeace has attempted
// to disrupt", "Greenpeace activists chased"), or nil.
func (v *sentenceView) disruptingGroup(t int) *graph.Entity {
	toks := v.toks
	s := t - 1
	if s > 0 && toks[s].norm == "to" && attemptVerbs[toks[s-1].norm] {
		s -= 2
	}
	for s > 0 && (auxiliaries[toks[s].norm] || toks[s].norm == "has" || toks[s].norm == "have" || toks[s].norm == "had") {
		s--
	}
	if s < 0 {
		return nil
	}
	if g := v.activistGroup(s); g != nil {
		return g
	}
	n := v.at[s]
	if n < 0 || !usable(v.ms[n]) || v.ms[n].ent.Kind != graph.Organization || v.ms[n].ent.Country != "" {
		return nil // a state's body ("the Japanese coast guard") enforces, it does not protest
	}
	return v.ms[n].ent
}

// boycottedSpectacles are the speeches, shows and visits a party or an
// audience stays away from in protest.
var boycottedSpectacles = map[string]bool{
	"speech": true, "speeches": true, "address": true, "show": true, "shows": true, "concert": true, "concerts": true,
	"performance": true, "performances": true, "visit": true, "lecture": true, "screening": true, "premiere": true,
	"parade": true, "inauguration": true, "reception": true, "banquet": true, "dinner": true, "ceremony": true,
}

// boycottingAudiences are an unnamed public that boycotts a show: "the Dutch
// audience", "German fans".
var boycottingAudiences = map[string]bool{"audience": true, "audiences": true, "public": true, "fans": true, "spectators": true, "viewers": true}

// protestBoycott retypes the lexicon's boycott at t as a protest when a
// party, a group or an audience boycotts a speech, a show or a visit: "the
// Labour Party boycotted the speech by the prime minister", "the Dutch
// audience boycotted the show". A state that boycotts talks, a state or
// its goods imposes a sanction and is left so.
func protestBoycott(v *sentenceView, t int, r *eventRule, noun bool, c *candidate) {
	if r.name != "boycott" || noun || c.typ != graph.Sanction || len(c.actors) == 0 {
		return
	}
	toks := v.toks
	object := false
	for k := t + 1; k < len(toks) && k <= t+maxObjectSpan; k++ {
		if boycottedSpectacles[toks[k].norm] && v.at[k] < 0 {
			object = true
			break
		}
		if toks[k].punct || clauseBreak(toks[k]) {
			break
		}
	}
	if !object {
		return
	}
	audience := false
	for k := t - 1; k >= 0 && k >= t-3; k-- {
		if boycottingAudiences[toks[k].norm] {
			audience = true
			break
		}
	}
	if c.actors[0].Kind == graph.Country && !audience {
		return // "Cuba boycotted the ceremony": a state's boycott
	}
	c.typ, c.mode, c.rule = graph.Protest, "boycott", c.rule+"-protest"
}

// reactionVerbs react to an act that happened: the act they take as
// object is real whatever the clause around them says.
var reactionVerbs = map[string]bool{
	"protest": true, "condemn": true, "denounce": true, "mourn": true, "mark": true, "commemorate": true,
}

// reactionInfinitive reports an infinitive of a reaction verb between the
// status cue at k and the noun at t: in "will not attend to protest the
// invasion" the negation says what the attendees do, not that the
// invasion is denied.
func reactionInfinitive(toks []token, k, t int) bool {
	for j := k + 1; j+1 < t; j++ {
		if toks[j].norm == "to" && reactionVerbs[toks[j+1].norm] {
			return true
		}
	}
	return false
}

// stayAwayVerbs stay away from an occasion: "stayed away", "skipped",
// "walked out"; "attend" only under a negation ("will not attend").
var stayAwayVerbs = map[string]bool{
	"stayed": true, "stay": true, "staying": true, "skipped": true, "skip": true, "skipping": true,
	"walked": true, "walk": true, "walking": true, "attend": true, "attended": true, "attending": true, "attendance": true,
}

// absenceParticles complete an absence verb: "stayed away", "walked out".
var absenceParticles = map[string]string{"stayed": "away", "stay": "away", "staying": "away", "walked": "out", "walk": "out", "walking": "out"}

// absenceProtests reads staying away from an occasion to protest what a
// party did: "six members will not attend to protest Australia's
// involvement in the war", "the delegates walked out to protest the
// Chinese crackdown". The absence is a boycott, a protest (PROTEST/
// boycott) by those who stay away against the owner of what they protest.
// It is planned when the absence is ("will not attend"), else reported.
func (a *article) absenceProtests(s sentence, v *sentenceView) []*candidate {
	var out []*candidate
	toks := v.toks
	for t, tok := range toks {
		if tok.norm != "protest" || t < 2 || toks[t-1].norm != "to" {
			continue
		}
		verb := absenceBefore(toks, t-1)
		if verb < 0 {
			continue
		}
		p := t
		if t+1 < len(toks) && outbreakGrievances[toks[t+1].norm] {
			p = t + 1 // "to protest against"
		}
		n := v.grievedParty(p)
		actor := v.absentParty(verb)
		if n < 0 || actor == nil || a.sameSide(actor, v.ms[n].ent) {
			continue
		}
		c := &candidate{typ: graph.Protest, mode: "boycott", rule: "verb:protest-absence", trigger: verb, sent: s, confidence: 0.55}
		c.status = graph.Reported
		for k := verb - 1; k >= 0 && k >= verb-4; k-- {
			if statusCues[toks[k].norm] == graph.Planned {
				c.status = graph.Planned // "will not attend"
				break
			}
		}
		if !a.setParties(c, []*graph.Entity{actor}, []*graph.Entity{v.ms[n].ent}) {
			continue
		}
		out = append(out, c)
	}
	return out
}

// absenceBefore returns the absence verb whose purpose the infinitive
// "to" at to states, within purposeReach words of the same clause, or -1:
// "will not attend to protest", "stayed away from the ceremony to
// protest". "attend" and "attendance" count only when negated.
func absenceBefore(toks []token, to int) int {
	for k := to - 1; k >= 0 && k >= to-purposeReach; k-- {
		u := toks[k]
		if u.punct || clauseBreak(u) || u.norm == "to" && k+1 < to && !determiners[toks[k+1].norm] {
			return -1
		}
		if !stayAwayVerbs[u.norm] {
			continue
		}
		if part, ok := absenceParticles[u.norm]; ok {
			if k+1 < len(toks) && toks[k+1].norm == part {
				return k
			}
			continue
		}
		if u.norm == "skipped" || u.norm == "skip" || u.norm == "skipping" {
			return k
		}
		for j := k - 1; j >= 0 && j >= k-3; j-- {
			if negations[toks[j].norm] {
				return k // "will not attend", "will not be in attendance"
			}
		}
		return -1
	}
	return -1
}

// absentParty returns the party that is the subject of the absence verb
// at verb: the nearest party named before it in its clause ("members of
// the Dail will not attend"), or nil.
func (v *sentenceView) absentParty(verb int) *graph.Entity {
	for k := verb - 1; k >= 0 && k >= verb-maxArgGap; k-- {
		u := v.toks[k]
		if clauseBreak(u) || u.punct || relativePronouns[u.norm] {
			return nil
		}
		if n := v.at[k]; n >= 0 {
			if m := v.ms[n]; usable(m) && !v.locative(n) && m.ent.Kind != graph.Location {
				return m.ent
			}
		}
	}
	return nil
}

// stayedAwayToProtest reports the infinitive "to protest" at t stating
// the purpose of an absence, which absenceProtests reads as a boycott,
// not as the formal protest of the lexicon's protest-to.
func stayedAwayToProtest(toks []token, t int) bool {
	return t >= 2 && toks[t-1].norm == "to" && absenceBefore(toks, t-1) >= 0
}

// protestVerbForms are the forms of the verbs that are a protest
// themselves: "marched", "rallied", "demonstrated".
var protestVerbForms = map[string]bool{
	"marched": true, "marching": true, "rallied": true, "rallying": true, "demonstrated": true, "demonstrating": true,
	"protested": true, "protesting": true,
}

// protestedToProtest reports the infinitive "to protest" at t stating the
// purpose of a protest verb of its clause: in "15,000 people marched to
// protest against the US presence" the march is the protest (the
// lexicon's PROTEST), and the infinitive is no formal protest (ACCUSE).
func protestedToProtest(toks []token, t int) bool {
	return protestVerbBefore(toks, t) >= 0
}

// protestVerbBefore returns the protest verb whose purpose the infinitive
// "to protest" at t states ("marched to protest"), or -1.
func protestVerbBefore(toks []token, t int) int {
	if t < 2 || toks[t-1].norm != "to" {
		return -1
	}
	for k := t - 2; k >= 0 && k >= t-1-purposeReach; k-- {
		if toks[k].punct || clauseBreak(toks[k]) {
			return -1
		}
		if protestVerbForms[toks[k].norm] {
			return k
		}
	}
	return -1
}

// protestedToProtestStatus is the status of the infinitive protest at t
// that a protest verb before it serves: the verb's ("marched to protest"
// happened), with ok false where no such verb governs it.
func protestedToProtestStatus(toks []token, t int) (graph.Status, bool) {
	k := protestVerbBefore(toks, t)
	if k < 0 {
		return "", false
	}
	return frameStatus(toks, k, true), true
}
