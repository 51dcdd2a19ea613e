package loader

import (
	"slices"

	"github.com/geokg/geokg/graph"
)

// Where events happen. The lexical triggers read the place of their event
// from the trigger's clause (eventLocation); the frames that find events by
// other routes (protest acts, clashes, presence, evaluations) do not, and a
// statement's place is often named only in the phrase that opens the
// sentence. placeUnlocated fills these in:
//
//   - an opening phrase that says where ("In Athens, protesters marched",
//     "In a speech in Abu Dhabi, Bush accused Iran", "Speaking in Beijing,
//     Hu criticised Japan") places every event of the sentence's main
//     clause;
//   - an event that happens at a site (a meeting, a protest, an attack, an
//     arrest, a deployment) takes the place phrase of its trigger's clause,
//     as the lexical triggers do: "threw stones at the Danish embassy in
//     Tehran", "were killed in a battle with Taliban forces in Kandahar".
//
// A statement (an accusation, a request, a refusal) takes no place from
// its own clause: there the place is what the statement is about ("the
// attacks on its citizens in Darfur", "the war in Lebanon"). A place
// before the trigger that does not open the sentence describes the subject
// ("the chargé d'affaires in Washington denied", "Brigades in Egypt
// claimed"), not where the event happens.

// sitedTypes are the event types that happen at a site, so that a place
// phrase of their clause is where.
var sitedTypes = map[graph.EventType]bool{graph.Consult: true, graph.Protest: true, graph.Assault: true,
	graph.Coerce: true, graph.Mobilize: true, graph.Retreat: true}

// placeOpeners begin an opening phrase that can say where the main clause
// happens: "In Tokyo,", "At the summit in Havana,", "During talks in
// Moscow,", "Speaking in Beijing,", "On Friday in Chicago,".
var placeOpeners = map[string]bool{"in": true, "at": true, "during": true, "speaking": true, "addressing": true, "on": true}

// placeUnlocated sets the location of each event found in the sentence
// that has none.
func (a *article) placeUnlocated(v *sentenceView, found []*candidate) {
	spoken, speaker, _ := a.speechPlace(v)
	for _, c := range found {
		if c.location != nil || c.trigger < 0 || c.trigger >= len(v.toks) {
			continue
		}
		if spoken != nil && speakerEvent(c, speaker) && !partyOf(c, spoken) && !sitedTypes[c.typ] {
			// "'We demand that the US cancel the sale,' Yang told reporters in
			// Beijing"; not a visit or an attack he speaks of ("said in
			// Honolulu before he flew to Singapore").
			c.location = spoken
			continue
		}
		if p := v.openingPlace(c); p != nil {
			c.location = p
			continue
		}
		if !sitedTypes[c.typ] {
			continue
		}
		if p := v.eventLocation(c.trigger, c); p != nil && !v.subjectPlace(p, c.trigger) {
			c.location = p
		} else if p := v.stationedAgentPlace(c); p != nil {
			c.location = p
		}
	}
}

// openingPlace returns the place named in the phrase that opens the
// sentence and ends at its first comma, when the event's trigger is in the
// main clause after it, or nil. An event of a sited type must not sit in a
// reported or subordinate clause ("In Geneva, Rice said that Iran attacked
// Israel": the attack is not in Geneva); a statement's place is where it
// is made, whatever it reports, when its maker is the main clause's
// subject ("In Abu Dhabi, Bush said that he considered Iran a threat").
func (v *sentenceView) openingPlace(c *candidate) *graph.Entity {
	toks := v.toks
	if len(toks) == 0 || !placeOpeners[toks[0].norm] {
		return nil
	}
	comma := slices.IndexFunc(toks, func(t token) bool { return t.text == "," || clauseBreak(t) })
	if comma < 0 || toks[comma].text != "," || comma >= c.trigger || c.noun {
		return nil // a noun's event may be another party's: "In New York, Bolton welcomed Khartoum's willingness"
	}
	subject := false // the event's actor is named in the main clause before any subordinate one
	for k := comma + 1; k < c.trigger; k++ {
		if clauseBreak(toks[k]) || placeClauseWords[toks[k].norm] && (sitedTypes[c.typ] || !subject) {
			return nil // "In Geneva, Rice said that Iran rejected the offer": Iran did not reject it in Geneva
		}
		if placeClauseWords[toks[k].norm] {
			break // "In Abu Dhabi, Bush said that he considered Iran a threat": Bush spoke there
		}
		if n := v.at[k]; n >= 0 && slices.Contains(c.actors, v.ms[n].ent) {
			if toks[v.ms[n].last].poss {
				return nil // "In New York, Bolton welcomed Khartoum's willingness": Khartoum's act is not in New York
			}
			subject = true
		}
	}
	for k := 1; k < comma; k++ {
		n := v.at[k]
		if n < 0 || v.ms[n].first != k || !v.ms[n].place || !v.wherePlace(k, false) || v.describedPlace(k) {
			continue
		}
		if e := v.ms[n].ent; !partyOf(c, e) {
			return e
		}
		return nil
	}
	return nil
}

// subjectPlace reports whether the place p is named before the trigger at
// t, inside the subject it describes ("The Syrian chargé d'affaires in
// Washington denied"), rather than after it.
func (v *sentenceView) subjectPlace(p *graph.Entity, t int) bool {
	for k := t + 1; k < len(v.toks) && k <= t+placeGap; k++ {
		if n := v.at[k]; n >= 0 && v.ms[n].ent == p {
			return false
		}
	}
	return true
}

// describedPlace reports a place phrase at k that follows a name and so
// says where that name's bearer is ("the Embassy of Venezuela in Madrid",
// "the US embassy in Tehran"), not where the sentence's event happens.
func (v *sentenceView) describedPlace(k int) bool {
	p := placeBefore(v.toks, k)
	if p < 1 {
		return false
	}
	n := v.at[p-1]
	return n >= 0 && !v.ms[n].place
}

// Sentences that only say where an earlier event happened: "The main
// demonstration took place in Karachi", "The meeting was held at the
// Kremlin", "The attack occurred near Qana". The noun refers back to the
// article's latest event of its kind, which takes the place when it has
// none.

// occasionTypes map the nouns of such a sentence's subject to the type of
// the event they refer back to.
var occasionTypes = map[string]graph.EventType{
	"meeting": graph.Consult, "meetings": graph.Consult, "talks": graph.Consult, "summit": graph.Consult,
	"conference": graph.Consult, "negotiations": graph.Consult, "visit": graph.Consult, "consultations": graph.Consult,
	"demonstration": graph.Protest, "demonstrations": graph.Protest, "protest": graph.Protest, "protests": graph.Protest,
	"rally": graph.Protest, "rallies": graph.Protest, "march": graph.Protest,
	"attack": graph.Assault, "attacks": graph.Assault, "bombing": graph.Assault, "bombings": graph.Assault,
	"raid": graph.Assault, "raids": graph.Assault, "blast": graph.Assault, "explosion": graph.Assault,
	"clashes": graph.Assault, "shelling": graph.Assault, "ambush": graph.Assault,
	"strike": graph.Assault, "strikes": graph.Assault, "airstrike": graph.Assault, "airstrikes": graph.Assault,
	"fighting": graph.Assault,
	"arrest":   graph.Coerce, "arrests": graph.Coerce, "detention": graph.Coerce,
}

// happenedVerbs say that the subject's event happened: "took place",
// "was held", "occurred".
var happenedVerbs = map[string]bool{"held": true, "staged": true, "occurred": true, "occurs": true, "happened": true,
	"took": true, "takes": true, "take": true}

// occasionReach bounds how far back, in characters of the body, the event a
// sentence refers back to may be stated: the story's current paragraphs.
const occasionReach = 800

// placeEarlierEvents gives the places a sentence states for events told
// before it: "The main demonstration took place in Karachi", "The UN
// leader made his comments in Beirut".
func (a *article) placeEarlierEvents(s sentence, v *sentenceView) {
	a.placeOccasion(s, v)
	if place, speaker, ownWords := a.speechPlace(v); place != nil && !ownWords {
		for i := len(a.found) - 1; i >= 0 && s.start-a.found[i].sent.end <= occasionReach; i-- {
			if c := a.found[i]; c.location == nil && !sitedTypes[c.typ] && speakerEvent(c, speaker) && !partyOf(c, place) {
				c.location = place
			}
		}
	}
}

// placeOccasion reads a clause "the <noun> took place in <place>" and gives the place to the article's latest event of the noun's
// kind, when that event has no place yet.
func (a *article) placeOccasion(s sentence, v *sentenceView) {
	typ, at, ok := v.occasionClause() // eventplaces.go: "and that the strike took place in"
	if !ok {
		return
	}
	place := v.ms[v.at[at]].ent
	var latest *candidate // the latest such event; its other readings in its sentence merge with it
	for i := len(a.found) - 1; i >= 0; i-- {
		c := a.found[i]
		if s.start-c.sent.end > occasionReach || latest != nil && c.sent.index != latest.sent.index {
			return
		}
		if c.typ != typ || len(c.actors) == 0 || latest != nil && c.actors[0] != latest.actors[0] {
			continue // "killed five people": no event of its own
		}
		latest = c
		if c.location == nil && !partyOf(c, place) {
			c.location = place
		}
	}
}

// Where a statement is made. A verb of saying followed by a place phrase
// ("told reporters in Beijing", "said at a news conference in Seoul", "was
// speaking in Kuwait", "made his comments in Beirut") says where the
// speaker's statements happen: the events of the sentence that the speaker
// makes, and, when the sentence reports no words of its own ("The UN
// leader made his comments in Beirut"), the speaker's statements just
// before it.

// audienceWords may stand between a verb of saying and its place:
// "told reporters in", "said at a news conference in".
var audienceWords = map[string]bool{"reporters": true, "journalists": true, "the": true, "a": true, "press": true,
	"news": true, "conference": true, "media": true, "briefing": true, "to": true, "today": true, "his": true, "her": true}

// speechPlace finds a verb of saying with a place phrase after it and
// returns the place, the speaker and whether the sentence carries the
// words spoken (a quotation or a "that" clause); place is nil when there
// is none.
func (a *article) speechPlace(v *sentenceView) (place, speaker *graph.Entity, ownWords bool) {
	toks := v.toks
	for k := 0; k < len(toks); k++ {
		if toks[k].text == "\"" || toks[k].text == "“" || toks[k].text == "”" || toks[k].norm == "that" {
			ownWords = true
		}
		verb := k
		switch {
		case v.at[k] >= 0:
			continue
		case speechAt(toks, k), toks[k].norm == "speaking" || toks[k].norm == "spoke":
		case toks[k].is(classRemarkNoun) && k >= 2 && (toks[k-2].norm == "made" || toks[k-1].norm == "made"):
			verb = k - 1
			if toks[verb].norm != "made" {
				verb = k - 2
			}
		default:
			continue
		}
		p := a.placeAfterSpeech(v, k)
		if p == nil {
			continue
		}
		speaker = a.speakerOf(v, verb, verb > 0 && toks[verb-1].punct)
		if speaker == nil && (toks[0].norm == "the" || toks[0].norm == "he" || toks[0].norm == "she") {
			speaker = a.speaker // "The UN leader made his comments in Beirut": the last speaker
		}
		if speaker == nil {
			return nil, nil, false
		}
		for j := k + 1; j < len(toks); j++ {
			if toks[j].text == "\"" || toks[j].text == "“" || toks[j].text == "”" || toks[j].norm == "that" || toks[j].text == ":" {
				ownWords = true
			}
		}
		return p, speaker, ownWords
	}
	return nil, nil, false
}

// placeAfterSpeech returns the place of a place phrase that follows the
// speech word at k across its audience ("told reporters in Beijing", "said
// at a press conference in Ottawa"), or nil.
func (a *article) placeAfterSpeech(v *sentenceView, k int) *graph.Entity {
	toks := v.toks
	for j := k + 1; j < len(toks) && j <= k+8; j++ {
		u := toks[j]
		if n := v.at[j]; n >= 0 && v.ms[n].first == j {
			p := placeBefore(toks, j)
			if v.ms[n].place && p > k && wherePrepositions[toks[p].norm] {
				return v.ms[n].ent
			}
			return nil
		}
		if u.punct || !(audienceWords[u.norm] || wherePrepositions[u.norm] || placeLead[u.norm]) {
			return nil
		}
	}
	return nil
}

// speakerEvent reports whether the speaker makes the event.
func speakerEvent(c *candidate, speaker *graph.Entity) bool {
	return slices.Contains(c.actors, speaker)
}

// partyOf reports whether e is one of the event's actors or targets, which
// are never where it happens.
func partyOf(c *candidate, e *graph.Entity) bool {
	return slices.Contains(c.actors, e) || slices.Contains(c.targets, e)
}

// journeyAdverbs may stand between a verb of travel and its destination:
// "flew back to Tokyo", "went on to Seoul".
var journeyAdverbs = map[string]bool{"back": true, "on": true, "onward": true, "directly": true, "straight": true}

// pastOrigin returns the index after the origin of a journey that opens at
// k ("flew from Ankara to Brussels", "flew back to Tokyo"), so that the
// destination, not the origin, is where the visit happens; k itself when
// no origin or adverb stands there.
func (v *sentenceView) pastOrigin(k int) int {
	toks := v.toks
	for k < len(toks) && journeyAdverbs[toks[k].norm] && k+1 < len(toks) && toks[k+1].norm == "to" {
		return k + 1
	}
	if k+1 >= len(toks) || toks[k].norm != "from" {
		return k
	}
	n := v.at[k+1]
	if n < 0 || v.ms[n].first != k+1 || v.ms[n].last+1 >= len(toks) || toks[v.ms[n].last+1].norm != "to" {
		return k
	}
	return v.ms[n].last + 1
}

// stationedAgents are the forces that act where they are stationed: "police
// in Lahore arrested", "were arrested by German police in Oberschloedorn".
// Elsewhere a place after them only situates them (placedPeople).
var stationedAgents = map[string]bool{"police": true, "policemen": true, "troops": true, "forces": true,
	"soldiers": true, "officers": true}

// stationedAgentPlace returns the place of "<agents> in <place>" in the
// clause of an event that happens at a site, just before its trigger
// ("Police in Lahore arrested 50 protesters") or in its agent phrase after
// it ("were arrested by German police in Oberschloedorn"), or nil: the
// agents act where they are.
func (v *sentenceView) stationedAgentPlace(c *candidate) *graph.Entity {
	toks := v.toks
	for _, dir := range []int{-1, 1} {
		for k := c.trigger + dir; k >= 2 && k < len(toks) && (k-c.trigger)*dir <= maxArgGap; k += dir {
			if toks[k].punct || placeClauseWords[toks[k].norm] {
				break
			}
			n := v.at[k]
			if n < 0 || !v.ms[n].place {
				continue
			}
			f := v.ms[n].first
			if f >= 2 && toks[f-1].norm == "in" && stationedAgents[toks[f-2].norm] && !partyOf(c, v.ms[n].ent) {
				return v.ms[n].ent
			}
			break
		}
	}
	return nil
}
