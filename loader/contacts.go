package loader

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// This file holds the diplomatic-contacts theme: contacts that no verb of
// meeting or visiting states.
//
//   - An emissary sent to a state is the sender's visit: "Japan dispatched
//     a special envoy to Seoul", "Japan's envoy arrived in Seoul" (CONSULT
//     visit, the capital as location).
//   - A party briefed, informed or told is consulted: "Lavrov briefed his
//     Chinese counterpart" (CONSULT, CAMEO 040). Only states, their
//     officials and international bodies count: "told reporters", "told
//     the BBC", "told parliament" name an audience.
//   - A letter or message from one party to another is a contact: "In a
//     letter to Kim Jong-un, Trump proposed", and the praise
//     a message carries is the sender's ("sent a message to Xi
//     congratulating him").
//   - A stop or a tour is a visit: "a stop in Cairo", "a tour of Egypt and
//     Jordan".
//   - A summit attended is no event of its body, one skipped no meeting.
//     The gold does not code attendance ("who are attending the NAM
//     summit in Havana" has no event), so the attendee is not made an
//     actor either.

// emissarySendVerbs send an emissary.
var emissarySendVerbs = map[string]bool{"sent": true, "send": true, "sends": true, "sending": true, "dispatched": true, "dispatch": true,
	"dispatches": true, "dispatching": true, "despatched": true}

// emissaryNouns are who a state sends to talk for it.
var emissaryNouns = map[string]bool{"envoy": true, "envoys": true, "emissary": true, "emissaries": true, "delegation": true,
	"delegations": true, "negotiator": true, "negotiators": true, "minister": true, "diplomat": true, "diplomats": true,
	"mediator": true, "representative": true, "representatives": true, "secretary": true}

// arrivalVerbs take an emissary to a place: "arrived in Seoul", "flew to
// Beijing".
var arrivalVerbs = map[string]string{"arrived": "in", "arrives": "in", "travelled": "to", "traveled": "to", "travels": "to",
	"flew": "to", "flies": "to", "went": "to", "visited": "", "visits": ""}

// tellingVerbs state that a party was told something.
var tellingVerbs = map[string]bool{"briefed": true, "briefs": true, "informed": true, "informs": true, "told": true, "tells": true}

// contactLetterNouns are messages one party addresses to another.
var contactLetterNouns = map[string]bool{"letter": true, "letters": true, "message": true, "messages": true}

// letterVerbs send or write a letter: "sent a message to Xi".
var letterVerbs = map[string]bool{"sent": true, "send": true, "sends": true, "wrote": true, "write": true, "writes": true,
	"delivered": true, "addressed": true, "handed": true, "dispatched": true}

// contactFrames reads the contacts this file's comment lists.
func (a *article) contactFrames(s sentence, v *sentenceView) []*candidate {
	var out []*candidate
	for t := range v.toks {
		if !v.toks[t].is(classContactWord) {
			continue
		}
		if v.at[t] >= 0 {
			continue
		}
		var c *candidate
		switch w := v.toks[t].norm; {
		case emissarySendVerbs[w]:
			c = a.sentEmissary(v, t)
		case emissaryNouns[w]:
			c = a.arrivedEmissary(v, t)
		case tellingVerbs[w]:
			c = a.toldParty(v, t)
		case contactLetterNouns[w]:
			c = a.letterTo(v, t)
		case w == "tour" || w == "stop" || w == "stopover":
			c = a.tourStop(v, t)
		}
		if c != nil {
			c.sent, c.trigger = s, t
			out = append(out, c)
		}
	}
	return out
}

// destination returns the state named at k as a journey's end, and the
// city when a capital names it; -1 when k names none.
func (a *article) destination(v *sentenceView, k int) (state, city *graph.Entity) {
	if k < len(v.toks) && v.toks[k].norm == "the" {
		k++
	}
	if k >= len(v.toks) || v.at[k] < 0 {
		return nil, nil
	}
	m := v.ms[v.at[k]]
	if m.first != k || v.toks[m.last].poss {
		return nil, nil
	}
	if m.ent.Kind == graph.Location && m.form == formCapital {
		// "arrived in Seoul": a capital named as the place of arrival.
		if state := a.x.gaz.countryByID[m.ent.Country]; state != nil {
			return a.entity(state), m.ent
		}
		return nil, nil
	}
	if m.ent.Kind != graph.Country {
		return nil, nil
	}
	switch m.form {
	case formName:
		return m.ent, nil
	case formCapital:
		return m.ent, a.capitalPlace(v, m)
	}
	return nil, nil
}

// visitBy makes the visit of actors to state.
func (a *article) visitBy(v *sentenceView, t int, rule string, actors []*graph.Entity, state, city *graph.Entity, verb bool) *candidate {
	c := &candidate{typ: graph.Consult, mode: "visit", rule: rule, confidence: 0.6, noun: !verb}
	if !a.setParties(c, actors, []*graph.Entity{state}) {
		return nil
	}
	c.status = frameStatus(v.toks, t, true)
	c.location = city
	return c
}

// sentEmissary reads "X sent/dispatched an envoy to Y" (also "sent Foreign
// Minister Z to Y", where Z acts with X).
func (a *article) sentEmissary(v *sentenceView, t int) *candidate {
	toks := v.toks
	if t > 0 && beForms[toks[t-1].norm] {
		return nil // "an envoy was sent to": no sender named here
	}
	emissary := false
	var person *graph.Entity
	for k := t + 1; k < len(toks) && k <= t+7; k++ {
		u := toks[k]
		if u.punct || u.norm == "." {
			return nil
		}
		if n := v.at[k]; n >= 0 {
			if m := v.ms[n]; m.ent.Kind == graph.Person {
				person, emissary = m.ent, true
			}
			k = v.ms[n].last
			continue
		}
		if emissaryNouns[u.norm] {
			emissary = true
			continue
		}
		if u.norm != "to" {
			continue
		}
		if !emissary {
			return nil // "sent troops to", "sent a letter to": not an emissary
		}
		state, city := a.destination(v, k+1)
		if state == nil {
			return nil
		}
		sender, _ := a.verbArguments(v, t, &eventRule{typ: graph.Consult}, &candidate{})
		if sender == nil || sender.Kind == graph.Location || sender == state {
			return nil
		}
		actors := []*graph.Entity{sender}
		if person != nil && person != sender {
			actors = append(actors, person)
		}
		return a.visitBy(v, t, contactRule("send-envoy"), actors, state, city, true)
	}
	return nil
}

// contactRule names a claim of this file.
func contactRule(name string) string { return "contact:" + name }

// arrivedEmissary reads "Japan's envoy arrived in Seoul", "a Chinese
// delegation visited Pyongyang": the owner of the emissary visits.
func (a *article) arrivedEmissary(v *sentenceView, t int) *candidate {
	toks := v.toks
	k := t - 1
	if k >= 0 && v.at[k] < 0 && !toks[k].punct && !toks[k].upper {
		k-- // "Japan's special envoy"
	}
	if k < 0 || v.at[k] < 0 {
		return nil
	}
	owner := v.ms[v.at[k]]
	if owner.ent.Kind != graph.Country || !toks[owner.last].poss && owner.form != formDemonym {
		return nil
	}
	j := t + 1
	for j < len(toks) && (strings.HasSuffix(toks[j].norm, "ly") || toks[j].norm == "has" || toks[j].norm == "had" || toks[j].norm == "also") {
		j++
	}
	if j >= len(toks) {
		return nil
	}
	prep, ok := arrivalVerbs[toks[j].norm]
	if !ok {
		return nil
	}
	if prep != "" {
		if j+1 >= len(toks) || toks[j+1].norm != prep {
			return nil
		}
		j++
	}
	state, city := a.destination(v, j+1)
	if state == nil || state == owner.ent {
		return nil
	}
	return a.visitBy(v, j, contactRule("envoy-arrived"), []*graph.Entity{owner.ent}, state, city, true)
}

// contactParty reports whether e can be consulted or written to: a state,
// a person holding an office, or a body that is not the press or a
// state's own organ (a parliament told is an audience).
func (a *article) contactParty(e *graph.Entity) bool {
	switch e.Kind {
	case graph.Country:
		return true
	case graph.Person:
		return e.Country != "" || len(e.Roles) > 0
	case graph.Organization:
		return e.Country == "" && !a.x.gaz.press[e.ID]
	}
	return false
}

// toldParty reads "X briefed/informed/told Y" with Y a party, or "his
// Chinese counterpart" (Y the demonym's state). "told Y to act" is a
// request, read elsewhere.
func (a *article) toldParty(v *sentenceView, t int) *candidate {
	toks := v.toks
	if t > 0 && (beForms[toks[t-1].norm] || toks[t-1].norm == "well") {
		return nil // "was told by", "well informed"
	}
	k := t + 1
	var target *graph.Entity
	if k+2 < len(toks) && (toks[k].norm == "his" || toks[k].norm == "her" || toks[k].norm == "their") && v.at[k+1] >= 0 {
		m := v.ms[v.at[k+1]]
		if m.form == formDemonym && m.ent.Kind == graph.Country && m.last+1 < len(toks) &&
			(toks[m.last+1].norm == "counterpart" || toks[m.last+1].norm == "counterparts") {
			target, k = m.ent, m.last+2
		}
	}
	if target == nil {
		n := v.partyNamedAt(k)
		if n < 0 || v.ms[n].first > k+3 {
			return nil
		}
		m := v.ms[n]
		if !usable(m) || v.toks[m.last].poss || !a.toldAudience(v, m, toks[t].norm) {
			return nil
		}
		target, k = m.ent, m.last+1
	}
	for j := k; j < len(toks) && j <= k+4 && toks[j].norm != "that"; j++ {
		if toks[j].norm == "to" {
			return nil // "told Iran on Friday to stop": a request
		}
	}
	speaker, _ := a.verbArguments(v, t, &eventRule{typ: graph.Consult}, &candidate{})
	if speaker == nil || speaker.Kind == graph.Location || !a.contactParty(speaker) || !foreignParties(speaker, target) {
		return nil // an aide telling his minister, a leader his legislature: no contact between parties
	}
	c := &candidate{typ: graph.Consult, rule: contactRule("told"), confidence: 0.5}
	if !a.setParties(c, []*graph.Entity{speaker}, []*graph.Entity{target}) {
		return nil
	}
	c.status = frameStatus(toks, t, true)
	return c
}

// audienceNouns after a state's name make it the modifier of an audience
// ("told Israel Radio", "told Czech television", "told the Canadian Press").
var audienceNouns = map[string]bool{"radio": true, "television": true, "tv": true, "press": true, "media": true, "news": true,
	"newspaper": true, "forces": true, "officials": true, "reporters": true, "journalists": true, "station": true, "agency": true}

// toldAudience reports whether the mention m, the object of a verb of
// telling w, is a party consulted rather than an audience: a state named
// as such, or an office holder; a body only when briefed or informed
// ("informed the IAEA"), since what one "told" a council, a parliament
// or a network ("told the ABC", "told the Senate") is a statement.
func (a *article) toldAudience(v *sentenceView, m mention, w string) bool {
	if k := m.last + 1; k < len(v.toks) && (v.toks[k].upper || audienceNouns[v.toks[k].norm]) {
		return false
	}
	switch e := m.ent; e.Kind {
	case graph.Country:
		return m.form == formName || m.form == formCapital
	case graph.Person:
		return len(e.Roles) > 0
	case graph.Organization:
		return w != "told" && w != "tells" && a.contactParty(e)
	}
	return false
}

// stateOf returns the ID of the state e is or acts for: "" for a body
// of no state ("the IAEA").
func stateOf(e *graph.Entity) string {
	if e.Kind == graph.Country {
		return e.ID
	}
	return e.Country
}

// foreignParties reports whether what x tells y passes between parties:
// a state or its official and another state, an official of another or an
// international body. People of no known state may be anyone's aides.
func foreignParties(x, y *graph.Entity) bool {
	sx, sy := stateOf(x), stateOf(y)
	if x == y || sx != "" && sx == sy {
		return false
	}
	international := func(e *graph.Entity, s string) bool { return e.Kind == graph.Organization && s == "" }
	return (sx != "" || international(x, sx)) && (sy != "" || international(y, sy))
}

// letterTo reads a letter or message addressed to a party: "a letter from X
// to Y", "X's letter to Y", "X sent a message to Y", "In a letter to Y, X
// proposed". An open
// letter is a public statement, not a contact.
func (a *article) letterTo(v *sentenceView, t int) *candidate {
	sender, recipient := a.letterParties(v, t)
	if sender == nil || recipient == nil {
		return nil
	}
	c := &candidate{typ: graph.Consult, rule: contactRule("letter"), confidence: 0.5, noun: true}
	if !a.setParties(c, []*graph.Entity{sender}, []*graph.Entity{recipient}) {
		return nil
	}
	c.status = frameStatus(v.toks, t, true)
	return c
}

// letterParties returns the sender and recipient of the letter named at t.
func (a *article) letterParties(v *sentenceView, t int) (sender, recipient *graph.Entity) {
	toks := v.toks
	if t > 0 && (toks[t-1].norm == "open" || toks[t-1].norm == "protest") {
		return nil, nil
	}
	k := t + 1
	if k+1 < len(toks) && toks[k].norm == "from" {
		n := v.partyNamedAt(k + 1)
		if n < 0 || !a.contactParty(v.ms[n].ent) {
			return nil, nil
		}
		sender, k = v.ms[n].ent, v.ms[n].last+1
		if k >= len(toks) || toks[k].norm != "to" {
			return nil, nil
		}
		if n := v.partyNamedAt(k + 1); n >= 0 && foreignParties(sender, v.ms[n].ent) {
			return sender, v.ms[n].ent
		}
		return nil, nil
	}
	if k >= len(toks) || toks[k].norm != "to" {
		return nil, nil
	}
	n := v.partyNamedAt(k + 1)
	if n < 0 || toks[v.ms[n].last].poss || !a.contactParty(v.ms[n].ent) {
		return nil, nil
	}
	recipient = v.ms[n].ent
	if sender != nil {
		return sender, recipient
	}
	d := t - 1
	if d >= 0 && objectDeterminers[toks[d].norm] {
		d--
	}
	switch {
	case t > 0 && toks[t-1].poss && v.at[t-1] >= 0 && usable(v.ms[v.at[t-1]]):
		sender = v.ms[v.at[t-1]].ent // "Ahmadinejad's letter to Bush"
	case d >= 0 && letterVerbs[toks[d].norm]:
		if d > 0 && beForms[toks[d-1].norm] {
			return nil, nil // "a letter was sent to": passive, no sender here
		}
		sender, _ = a.verbArguments(v, d, &eventRule{typ: graph.Consult}, &candidate{})
	case d == 0 && toks[d].norm == "in" || d == 1 && toks[d].norm == "in" && toks[0].punct:
		// "In a letter to Y, X proposed": the clause's subject wrote it.
		last := v.ms[n].last + 1
		if last < len(toks) && toks[last].norm == "," {
			if s := v.partyNamedAt(last + 1); s >= 0 {
				sender = v.ms[s].ent
			}
		}
	}
	if sender == nil || !a.contactParty(sender) || !foreignParties(sender, recipient) {
		return nil, nil // "in a letter to Rumsfeld, Boxer": a senator writing to her own government
	}
	return sender, recipient
}

// messageSender returns the sender of the message whose recipient's
// mention ends right before t: "sent a message to Xi Jinping
// congratulating him" congratulates from the sender. Nil when no message
// to a party precedes t.
func (a *article) messageSender(v *sentenceView, t int) (sender, recipient *graph.Entity) {
	if t < 3 || v.at[t-1] < 0 {
		return nil, nil
	}
	m := v.ms[v.at[t-1]]
	if m.first < 2 || v.toks[m.first-1].norm != "to" || !contactLetterNouns[v.toks[m.first-2].norm] {
		return nil, nil
	}
	return a.letterParties(v, m.first-2)
}

// messageParticiple gives the praise or thanks that a message carries to
// its sender: "Putin sent a message to Xi Jinping congratulating him" is
// Putin's praise of Xi, not Xi's.
func (a *article) messageParticiple(v *sentenceView, t int, noun bool, c *candidate) {
	if noun || !strings.HasSuffix(v.toks[t].norm, "ing") {
		return
	}
	sender, recipient := a.messageSender(v, t)
	if sender == nil {
		return
	}
	actors := c.actors
	if a.setParties(c, []*graph.Entity{sender}, []*graph.Entity{recipient}) {
		c.rule += "-message"
	} else {
		c.actors = actors
	}
}

// tourStop reads a person's "tour of X and Y" and "a stop in Cairo" as
// visits: the traveller is the owner ("Rice's tour") or the clause's
// subject ("Blinken wrapped up his tour").
func (a *article) tourStop(v *sentenceView, t int) *candidate {
	toks := v.toks
	if t == 0 || t+2 >= len(toks) {
		return nil
	}
	p := toks[t-1].norm
	if !(objectDeterminers[p] || p == "brief" || p == "final" || p == "last" || p == "first" || p == "regional" || strings.HasSuffix(p, "-day") || strings.HasSuffix(p, "-nation") || toks[t-1].poss) {
		return nil // "to stop in", "will stop": a verb
	}
	prep := "in"
	if toks[t].norm == "tour" {
		prep = "of"
	}
	if toks[t+1].norm != prep {
		return nil
	}
	var states []*graph.Entity
	var city *graph.Entity
	for k := t + 2; k < len(toks); {
		state, c := a.destination(v, k)
		if state == nil {
			break
		}
		states = append(states, state)
		if city == nil {
			city = c
		}
		k = v.ms[v.at[k]].last + 1
		if k < len(toks) && toks[k].norm == "the" {
			k++
		}
		if k+1 < len(toks) && (toks[k].norm == "," || toks[k].norm == "and") && prep == "of" {
			k++
			if toks[k].norm == "and" {
				k++
			}
			continue
		}
		break
	}
	if len(states) == 0 {
		return nil
	}
	if len(states) > 1 {
		city = nil
	}
	var traveller *graph.Entity
	if n := v.at[t-1]; n >= 0 && toks[t-1].poss {
		traveller = v.ms[n].ent
	} else if n := v.prev(t); n >= 0 && t-v.ms[n].last <= 2 && toks[v.ms[n].last].poss {
		traveller = v.ms[n].ent // "Rice's Middle East tour"
	} else {
		traveller = a.clauseSubject(v, t)
	}
	if traveller == nil || traveller.Kind != graph.Person {
		return nil
	}
	return a.visitBy(v, t, contactRule(toks[t].norm), []*graph.Entity{traveller}, states[0], city, false).withTargets(a, states)
}

// withTargets widens a visit to every state of a tour.
func (c *candidate) withTargets(a *article, states []*graph.Entity) *candidate {
	if c == nil || len(states) < 2 {
		return c
	}
	if !a.setParties(c, c.actors[:1], states) {
		return nil
	}
	return c
}

// absenceVerbs keep their subject away from a meeting.
var absenceVerbs = map[string]bool{"skipped": true, "skip": true, "skips": true, "skipping": true, "missed": true, "miss": true,
	"misses": true, "boycotted": true, "boycott": true, "boycotts": true, "boycotting": true, "snubbed": true, "snub": true,
	"snubs": true, "shunned": true, "shun": true, "shuns": true}

// attendVerbs take their subject to a meeting.
var attendVerbs = map[string]bool{"attend": true, "attends": true, "attended": true, "attending": true}

// unheldMeeting reports a meeting named at t that the sentence does not
// state as one: a summit skipped or boycotted ("Xi skipped the G20
// summit") is no meeting, and a body's summit that someone attends ("Modi
// will attend the G20 summit") is no act of the body's.
func unheldMeeting(toks []token, t int, noun bool, c *candidate) bool {
	if !noun || c.typ != graph.Consult {
		return false
	}
	for k := t - 1; k >= 0 && k >= t-6; k-- {
		w := toks[k].norm
		switch {
		case absenceVerbs[w]:
			return true
		case attendVerbs[w]:
			return len(c.targets) == 0 && strings.HasSuffix(c.rule, "-attributive")
		case toks[k].punct || w == "and" || w == "with" || triggerWord(w):
			return false
		}
	}
	return false
}

// contactWords are the words contactFrames starts a frame at.
func contactWords() []string {
	return keysOf([]string{"tour", "stop", "stopover"}, emissarySendVerbs, emissaryNouns, tellingVerbs, contactLetterNouns)
}
