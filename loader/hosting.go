package loader

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// This file reads visits seen from the host's side and the purpose of a
// journey. "Putin received Hu Jintao at the Kremlin" and "Merkel welcomed
// Putin to Berlin" state a visit as "hosted" does: the guest is the
// visitor, the host the target. "Lavrov arrived in Beijing for talks with
// Wang Yi" states a meeting of the traveller beside the visit; "Abe
// accepted Putin's invitation to visit Moscow" makes Abe the visitor; and a
// visit to a capital happens in that city.

// hostingVerbs take a guest as their object: "received the Chinese
// president", "welcomed Putin to Berlin", "greeted Mr Abe at the airport".
// The value says whether the verb names a host's reception on its own
// (received), or only with a place or a visit after the guest (welcomed,
// greeted: one also welcomes a person's words or election).
var hostingVerbs = map[string]bool{
	"received": true, "receives": true, "receive": true,
	"welcomed": false, "welcomes": false, "welcome": false, "welcoming": false,
	"greeted": false, "greets": false, "greet": false,
}

// guestTitles are the lower-case words that may stand between a hosting
// verb and its guest's name: "received the visiting Chinese president".
var guestTitles = map[string]bool{
	"the": true, "visiting": true, "his": true, "her": true, "their": true, "counterpart": true, "president": true,
	"prime": true, "minister": true, "foreign": true, "deputy": true, "vice": true, "king": true, "queen": true,
	"premier": true, "chancellor": true, "leader": true, "secretary": true, "general": true, "of": true, ",": true,
	"emir": true, "prince": true, "crown": true, "envoy": true, "special": true, "state": true, "defence": true, "defense": true,
	"mr": true, "mrs": true, "ms": true, "dr": true, "sheikh": true, "sultan": true, "pope": true,
}

// guestCues may follow the guest of a verb that names a reception only
// with a place or visit: "welcomed X to Berlin", "greeted X at the
// airport", "welcomed X on his first visit", "welcomed X for a state visit".
var guestCues = map[string]bool{"to": true, "in": true, "at": true, "on": true, "for": true}

// receptionEnds may follow the guest of "received": a place, a date, a
// clause boundary; not a noun that makes the name a modifier ("received
// Hu Jintao's letter" is left out by the possessive).
var receptionEnds = map[string]bool{"at": true, "in": true, "on": true, "for": true, "and": true, "who": true,
	"today": true, "yesterday": true, "monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true, "this": true, "last": true, "during": true}

// guestAt returns the mention of the person a hosting verb at t receives,
// or -1: a named person as the verb's object, after title words only, and
// with the cue the verb needs after the name.
func (v *sentenceView) guestAt(t int) int {
	toks := v.toks
	own, ok := hostingVerbs[toks[t].norm]
	if !ok || t == 0 {
		return -1
	}
	for k := t + 1; k < len(toks) && k <= t+8; k++ {
		if n := v.at[k]; n >= 0 {
			m := v.ms[n]
			if m.ent.Kind == graph.Country && (m.modifier || k > t+1 && toks[k-1].norm == "of") {
				k = m.last // "the Chinese president", "the president of Tajikistan, X"
				continue
			}
			if m.ent.Kind != graph.Person || toks[m.last].poss || m.last+1 < len(toks) && toks[m.last+1].norm == "'s" {
				return -1 // "received a letter from", "welcomed Putin's visit"
			}
			if m.last+1 >= len(toks) {
				return -1
			}
			next := toks[m.last+1]
			switch {
			case own && (next.punct || receptionEnds[next.norm]):
				return n
			case !own && guestCues[next.norm] && m.last+2 < len(toks) && hostingPlace(toks[m.last+2]):
				return n
			}
			return -1
		}
		if !guestTitles[toks[k].norm] && !toks[k].upper {
			return -1 // "received a phone call", "welcomed the decision"
		}
	}
	return -1
}

// hostingPlace reports a word that opens where or why a guest is welcomed:
// a name ("to Berlin"), "the" ("at the airport", "to the White House") or
// a visit ("on his first visit", "for a state visit").
func hostingPlace(u token) bool {
	return u.upper || u.norm == "the" || u.norm == "his" || u.norm == "her" || u.norm == "their" || u.norm == "a" || u.norm == "an"
}

// welcomedGuest reports "welcomed X to Berlin": the praise rule's verb
// names a reception, which receivedGuests reads as a visit.
func welcomedGuest(v *sentenceView, t int) bool {
	return v.guestAt(t) >= 0
}

// receivedGuests reads "Putin received Hu Jintao at the Kremlin" and
// "Merkel welcomed Putin to Berlin" as a visit of the guest to the host
// (and the host's state), as "hosted" is read.
func (a *article) receivedGuests(s sentence, v *sentenceView) []*candidate {
	var out []*candidate
	for t := range v.toks {
		if _, ok := hostingVerbs[v.toks[t].norm]; !ok || v.at[t] >= 0 {
			continue
		}
		g := v.guestAt(t)
		if g < 0 {
			continue
		}
		host, _ := a.verbArguments(v, t, &eventRule{typ: graph.Consult}, &candidate{})
		guest := v.ms[g].ent
		if host == nil || host == guest || host.Kind == graph.Location {
			continue
		}
		c := &candidate{typ: graph.Consult, mode: "visit", rule: "verb:receive-guest", confidence: 0.7, sent: s, trigger: t}
		if !a.setParties(c, []*graph.Entity{guest}, []*graph.Entity{host}) {
			continue
		}
		c.status = frameStatus(v.toks, t, true)
		c.location = v.eventLocation(t, c)
		if c.location == nil {
			c.location = a.welcomedTo(v, v.ms[g].last+1) // "welcomed Putin to Berlin"
		}
		out = append(out, c)
	}
	return out
}

// welcomedTo returns the city named after "to" at k, which follows a
// guest: "welcomed Putin to Berlin" happens in Berlin. A capital stands
// there for the city, not its state.
func (a *article) welcomedTo(v *sentenceView, k int) *graph.Entity {
	if k+1 >= len(v.toks) || v.toks[k].norm != "to" || v.at[k+1] < 0 {
		return nil
	}
	m := v.ms[v.at[k+1]]
	switch {
	case m.ent.Kind == graph.Location:
		return m.ent
	case m.ent.Kind == graph.Country && m.form == formCapital && !v.toks[m.last].poss:
		return a.capitalPlace(v, m)
	}
	return nil
}

// journeyTraveller returns who travelled to a place for the talks named
// at t: "Lavrov arrived in Beijing on Monday for talks with Wang Yi",
// "will travel to Moscow for a summit with", "visited Seoul for
// consultations with". Its claims end in "-present", like the presence
// rule's ("X is in Vienna for talks with Y"): the talks need a party
// after "with" or a body seated in the city. Nil when there is none.
func (a *article) journeyTraveller(v *sentenceView, t int) *graph.Entity {
	traveller, _ := a.journeyFor(v, t)
	return traveller
}

// journeyFor returns the traveller journeyTraveller reads and the index
// of the journey's verb, or nil and -1.
func (a *article) journeyFor(v *sentenceView, t int) (*graph.Entity, int) {
	toks := v.toks
	k := t - 1
	if k >= 0 && v.at[k] < 0 && !toks[k].punct && toks[k].norm != "for" && !objectDeterminers[toks[k].norm] {
		k-- // "for further talks", "for high-level consultations"
	}
	if k >= 0 && (toks[k].norm == "a" || toks[k].norm == "an") {
		k--
	}
	if k < 3 || toks[k].norm != "for" {
		return nil, -1
	}
	// The destination: the mention before "for", past time adverbials.
	k--
	for k >= 0 && v.at[k] < 0 && journeyFillers[toks[k].norm] && t-k <= 8 {
		k--
	}
	if k < 0 || v.at[k] < 0 {
		return nil, -1
	}
	destination := v.ms[v.at[k]]
	if destination.ent.Kind != graph.Location && destination.ent.Kind != graph.Country {
		return nil, -1
	}
	j := destination.first - 1
	if j >= 0 && toks[j].norm == "the" {
		j--
	}
	if j >= 0 && (toks[j].norm == "to" || toks[j].norm == "in") {
		j--
	}
	if j < 1 || !journeyVerbs[toks[j].norm] {
		return nil, -1
	}
	for p := j - 1; p >= 0 && p >= j-3; p-- {
		if negations[toks[p].norm] || gerundPrepositions[toks[p].norm] || gerundClauseOpeners[toks[p].norm] {
			return nil, -1 // "did not travel to Iraq for talks"
		}
		if v.at[p] >= 0 || toks[p].punct {
			break
		}
	}
	var traveller *graph.Entity
	if journeyDet[toks[j-1].norm] {
		traveller = v.visitOwner(j) // "X, on a visit to Seoul for talks with"
	} else {
		traveller, _ = a.verbArguments(v, j, &eventRule{typ: graph.Consult}, &candidate{})
	}
	if traveller == nil || traveller == destination.ent || traveller.Kind == graph.Location || traveller == a.stateOf(destination.ent) {
		return nil, -1
	}
	return traveller, j
}

// invitationVerbs take an invitation whose invitee is their subject:
// "Abe accepted Putin's invitation to visit Moscow".
var invitationVerbs = map[string]bool{"accepted": true, "accepts": true, "accept": true, "accepting": true, "received": true, "receives": true, "took": true, "takes": true}

// invitedVisitor makes the invitee the visitor of a visit an invitation
// asks for: in "Abe accepted Putin's invitation to visit Moscow" the
// subject rules take the invitation's owner, Putin, as the visitor. It
// reports whether it changed c.
func (a *article) invitedVisitor(v *sentenceView, t int, c *candidate) bool {
	toks := v.toks
	if t < 4 || toks[t-1].norm != "to" || (toks[t-2].norm != "invitation" && toks[t-2].norm != "invitations") {
		return false
	}
	// Back over the invitation's owner and determiner to the verb.
	k := t - 3
	for k >= 0 && t-k <= 8 && !invitationVerbs[toks[k].norm] {
		if v.at[k] < 0 && !objectDeterminers[toks[k].norm] && !guestTitles[toks[k].norm] && !toks[k].upper {
			return false
		}
		k--
	}
	if k < 1 || !invitationVerbs[toks[k].norm] {
		return false
	}
	invitee, _ := a.verbArguments(v, k, &eventRule{typ: graph.Agree}, &candidate{})
	if invitee == nil || invitee.Kind == graph.Location {
		return false
	}
	host, place := a.visitDestination(v, t)
	if host == nil || host == invitee || host == a.stateOf(invitee) {
		return false
	}
	if !a.setParties(c, []*graph.Entity{invitee}, []*graph.Entity{host}) {
		return false
	}
	c.rule += "-invitee"
	if place != nil {
		c.location = place
	}
	return true
}

// visitDestination returns the host state and the city of the place a
// visit verb at t names as its object or after "to": "visit Moscow" gives
// Russia and Moscow, "travel to Japan" Japan alone.
func (a *article) visitDestination(v *sentenceView, t int) (host, place *graph.Entity) {
	k := v.pastOrigin(t + 1) // locations.go: "flew from Ankara to Brussels"
	if k < len(v.toks) && v.toks[k].norm == "to" {
		k++
	}
	if k < len(v.toks) && v.toks[k].norm == "the" {
		k++
	}
	if k >= len(v.toks) || v.at[k] < 0 {
		return nil, nil
	}
	m := v.ms[v.at[k]]
	if m.first != k {
		return nil, nil
	}
	switch {
	case m.ent.Kind == graph.Country && m.form == formCapital && !v.toks[m.last].poss:
		return m.ent, a.capitalPlace(v, m)
	case m.ent.Kind == graph.Country && !m.modifier:
		return m.ent, nil
	case m.ent.Kind == graph.Location && m.ent.Country != "":
		if e, ok := a.entities[m.ent.Country]; ok {
			return e, m.ent
		}
		if e := a.x.gaz.byCountry(m.ent.Country); e != nil {
			return a.entity(e), m.ent
		}
	}
	return nil, nil
}

// capitalPlace returns the city a capital mention names, as the article's
// place entity: "visit Pyongyang" happens in Pyongyang, though the
// capital stands for its state as the visit's target.
func (a *article) capitalPlace(v *sentenceView, m mention) *graph.Entity {
	words := make([]string, 0, m.last-m.first+1)
	for k := m.first; k <= m.last; k++ {
		words = append(words, v.toks[k].text)
	}
	name := cleanName(strings.Join(words, " "))
	return a.entity(&graph.Entity{ID: graph.EntityID(graph.Location, name), Name: name, Kind: graph.Location, Country: m.ent.ID})
}

// hostingArguments adjusts the candidate the rules read at t, once its
// status is known: talks that are a journey's purpose take the journey's
// status, the invitee of an invitation to visit is the visitor, and a
// visit to a capital happens in that city.
func (a *article) hostingArguments(v *sentenceView, t int, r *eventRule, noun bool, c *candidate) {
	if c != nil && noun && strings.HasSuffix(c.rule, "-journey-present") {
		// The talks are the journey's purpose: they happen as the journey
		// does. "will travel to Moscow for talks" plans them; "arrived in
		// Beijing for talks" reports them, as ANNOTATION.md's reported
		// covers what "is happening" and the arrival starts the visit.
		if _, j := a.journeyFor(v, t); j >= 0 {
			c.status = frameStatus(v.toks, j, true)
		}
		return
	}
	if c != nil && c.typ == graph.Assault && !noun && c.location == nil && len(c.targets) > 0 {
		if k := t + 1; k < len(v.toks) && v.at[k] >= 0 {
			if m := v.ms[v.at[k]]; m.first == k && m.ent == c.targets[0] && m.ent.Kind == graph.Country && m.form == formCapital && !v.toks[m.last].poss {
				c.location = a.capitalPlace(v, m) // "warplanes struck Beirut": the capital is hit, and its state
			}
		}
	}
	if c == nil || r.mode != "visit" {
		return
	}
	if !noun && a.invitedVisitor(v, t, c) {
		return
	}
	if c.location != nil || len(c.targets) == 0 {
		return
	}
	if host, place := a.visitDestination(v, t); place != nil && host == c.targets[0] {
		c.location = place // "will visit Pyongyang next month"
	}
}

// journeyAndTalks reports a visit c and the talks o its sentence names as
// the journey's purpose ("arrived in Beijing for talks with Wang Yi",
// "flew to Beijing to meet Xi"): two events, the visit to the state and
// the meeting with the person, which absorbSubsets must not merge though
// the visit's parties are a subset of the meeting's.
func journeyAndTalks(c, o *candidate) bool {
	return c.mode == "visit" && o.mode != "visit" && c.sent.index == o.sent.index &&
		(strings.HasSuffix(o.rule, "-present") || strings.HasSuffix(o.rule, "-journey-purpose"))
}
