package loader

import (
	"slices"

	"github.com/geokg/geokg/graph"
)

// Agreements named by their parties: "the agreement between India and the
// United States", "a deal was struck between Nepal and the manufacturer",
// "the ceasefire agreed between Sharon and Abbas". The noun names the deal
// and the "between" phrase its parties; no verb need state it. The first
// party is the actor, the others its targets, as in a meeting of equals.
// A deal signed is SUPPORT (a formal agreement signed, CAMEO 057); any
// other is AGREE.

// agreementNouns name a deal between parties. A truce or ceasefire
// between two sides is left to the rules of de-escalation (RETREAT).
var agreementNouns = map[string]bool{
	"agreement": true, "agreements": true, "deal": true, "deals": true, "accord": true, "accords": true,
	"treaty": true, "treaties": true, "pact": true, "pacts": true, "memorandum": true,
}

// agreementPredicates may stand between an agreement noun (or "agreed")
// and the "between" naming its parties: "the deal struck between", "an
// agreement was reached last week between".
var agreementPredicates = map[string]bool{
	"reached": true, "struck": true, "signed": true, "concluded": true, "sealed": true, "brokered": true,
	"agreed": true, "made": true, "was": true, "were": true, "is": true, "are": true, "has": true, "have": true,
	"had": true, "been": true, "recently": true, "earlier": true, "finally": true, "formally": true, "last": true,
	"this": true, "week": true, "month": true, "year": true, "on": true, "in": true, "yesterday": true, "today": true,
}

// hopedAgreementCues before the noun make the agreement one hoped for or
// weighed, not one made: "hopes for a peace deal between", "would lead to
// a peace agreement between", "a possible deal between".
var hopedAgreementCues = map[string]bool{
	"hope": true, "hopes": true, "hoped": true, "hoping": true, "seek": true, "seeks": true, "seeking": true, "sought": true,
	"toward": true, "towards": true, "lead": true, "future": true, "possible": true, "potential": true, "proposed": true,
	"draft": true, "any": true, "new": true, "push": true, "pushing": true, "secure": true, "reach": true, "achieve": true,
	"negotiate": true, "negotiating": true, "negotiations": true, "talks": true, "quest": true, "help": true,
	"if": true, "whether": true, "without": true, "no": true, "broker": true, "brokering": true, "call": true,
	"calls": true, "called": true, "calling": true, "urge": true, "urges": true, "urged": true, "urging": true,
	"demand": true, "demands": true, "demanded": true, "wants": true, "want": true, "obtain": true, "obtaining": true,
}

// agreementRule is the rule agreement frames report under.
var agreementRule = eventRule{name: "agreement-between", typ: graph.Agree, pair: true}

// agreementFrames finds deals named with their parties in a "between"
// phrase.
func (a *article) agreementFrames(s sentence, v *sentenceView) []*candidate {
	var out []*candidate
	toks := v.toks
	for t, tok := range toks {
		if !tok.is(classAgreementNoun) && tok.norm != "agreed" || v.at[t] >= 0 {
			continue // "the Good Friday Agreement": a name, whose parties are not stated
		}
		b, signed := agreementBetween(toks, t)
		if b < 0 || hopedAgreement(toks, t) {
			continue
		}
		parties, how := v.betweenParties(b)
		if len(parties) < 2 {
			if x, y, collective := a.betweenCollective(toks, b, &agreementRule); x != nil && y != nil && x != y {
				parties, how = []*graph.Entity{x, y}, collective
			}
		}
		if len(parties) < 2 {
			continue
		}
		c := &candidate{typ: graph.Agree, rule: "noun:agreement-between" + how, confidence: 0.6, sent: s, trigger: t, noun: tok.norm != "agreed", pair: true}
		if signed {
			c.typ, c.mode = graph.Support, "sign"
		}
		c.actors, c.targets = parties[:1], parties[1:]
		c.status = frameStatus(toks, t, !c.noun)
		c.location = v.eventLocation(t, c)
		out = append(out, c)
	}
	return out
}

// agreementBetween returns the "between" that names the parties of the
// agreement noun or "agreed" at t, or -1, and whether a "signed" comes
// between them ("the accord signed between"). Only predicates of the deal
// itself may come between: "the deal on the border between" names the
// border's sides.
func agreementBetween(toks []token, t int) (b int, signed bool) {
	for k := t + 1; k < len(toks) && k <= t+5; k++ {
		w := toks[k].norm
		switch {
		case w == "between":
			if toks[t].norm == "agreed" && k == t+1 && t > 0 && !beForms[toks[t-1].norm] {
				return -1, false // "they agreed between themselves": the subject's own
			}
			return k, signed
		case w == "signed":
			signed = true
		case agreementPredicates[w] || toks[k].digit || dateWord(toks[k]):
		default:
			return -1, false
		}
	}
	return -1, false
}

// hopedAgreement reports an agreement hoped for, weighed or sought, or
// one only spoken of as a condition, by a cue a few words before the noun.
func hopedAgreement(toks []token, t int) bool {
	for k := t - 1; k >= 0 && k >= t-4; k-- {
		if hopedAgreementCues[toks[k].norm] {
			return true
		}
		if clauseBreak(toks[k]) || toks[k].text == "," {
			break
		}
	}
	return false
}

// betweenParties returns the parties a "between" at b names: the name
// right after it (perhaps after "the"), and those coordinated with it by
// commas and "and" ("between Australia, New Zealand and Portugal"), with
// how the rule name marks a list of more than two.
func (v *sentenceView) betweenParties(b int) ([]*graph.Entity, string) {
	toks := v.toks
	var parties []*graph.Entity
	k := b + 1
	for len(parties) < 8 {
		n, end := v.bodySideAt(k) // betweensides.go: "the Sudanese government"
		if n < 0 {
			n = v.partyNamedAt(k)
		}
		if n < 0 {
			break
		}
		m := v.ms[n]
		end = max(end, m.last)
		if !usable(m) && end == m.last {
			if m.place && m.ent.Kind == graph.Country {
				// "between India and the United States": a country named
				// after "between" is a party, not where the deal is.
			} else {
				break
			}
		}
		if !slices.Contains(parties, m.ent) {
			parties = append(parties, m.ent)
		}
		k = end + 1
		if k < len(toks) && toks[k].text == "," {
			k++
		}
		if k < len(toks) && toks[k].norm == "and" {
			k++
		} else if k >= len(toks) || toks[k-1].text != "," {
			break
		}
	}
	if len(parties) > 2 {
		return parties, "-list"
	}
	return parties, ""
}

// mentionAfter returns the mention that begins right after the word at t,
// or after its "the" ("warned the United States", "denied Russia's
// claims"), or -1.
func (v *sentenceView) mentionAfter(t int) int {
	k := t + 1
	if k < len(v.toks) && v.toks[k].norm == "the" {
		k++
	}
	if k >= len(v.toks) || v.at[k] < 0 || v.ms[v.at[k]].first != k {
		return -1
	}
	return v.at[k]
}

// partyNamedAt returns the mention of a party whose phrase starts at k, or
// -1: a name, perhaps after "the" and a title with its state and a comma
// ("the Italian Prime Minister, Silvio Berlusconi").
func (v *sentenceView) partyNamedAt(k int) int {
	toks := v.toks
	for j := k; j < len(toks) && j <= k+6; j++ {
		if n := v.at[j]; n >= 0 {
			if m := v.ms[n]; m.modifier {
				j = m.last
				continue // "Italian" in "the Italian Prime Minister"
			}
			return n
		}
		if w := toks[j].norm; !(j == k && w == "the" || isTitleWord(w) || w == "," && j > k && isTitleWord(toks[j-1].norm)) {
			return -1
		}
	}
	return -1
}

// Telephone calls told by a noun inside the clause: "Medvedev stated his
// position in a phone call with Angela Merkel", "Bush told Mr Berlusconi
// during a telephone call that ...", "the Amir received a telephone call
// Tuesday from King Abdullah". (A call that opens the sentence, "In a
// telephone conversation with X, Y said", is read with the meeting nouns.)

// callNouns follow "telephone" or "phone" to name a call.
var callNouns = map[string]bool{"call": true, "calls": true, "conversation": true, "conversations": true}

// callTakingVerbs take a call as their object: the caller is the one the
// call comes "from".
var callTakingVerbs = map[string]bool{"received": true, "receives": true, "receive": true, "got": true, "took": true}

// toldVerbs take the other party of a call as their object: "told X
// during a telephone call".
var toldVerbs = map[string]bool{
	"told": true, "tells": true, "assured": true, "assures": true, "informed": true, "informs": true, "warned": true,
	"warns": true, "urged": true, "urges": true, "asked": true, "asks": true,
}

// phoneCallFrames finds calls stated by "telephone call" or "phone
// conversation" inside a clause whose subject is one party.
func (a *article) phoneCallFrames(s sentence, v *sentenceView) []*candidate {
	var out []*candidate
	toks := v.toks
	for t := 0; t+1 < len(toks); t++ {
		if toks[t].norm != "telephone" && toks[t].norm != "phone" || !callNouns[toks[t+1].norm] {
			continue
		}
		caller, callee, how := a.callParties(v, t)
		if caller == nil || callee == nil || caller == callee {
			continue
		}
		c := &candidate{typ: graph.Consult, mode: "phone", rule: "noun:phone-call" + how, confidence: 0.6, sent: s, trigger: t + 1, noun: true}
		c.actors, c.targets = []*graph.Entity{caller}, []*graph.Entity{callee}
		// The call's own clause, before it, says whether it happened: what
		// was said in it ("that there would be") is another matter.
		c.status = frameStatus(toks, t, true)
		out = append(out, c)
	}
	return out
}

// callParties reads the two parties of the call whose noun starts at t.
func (a *article) callParties(v *sentenceView, t int) (caller, callee *graph.Entity, how string) {
	toks := v.toks
	d := t - 1 // the determiner or preposition before the noun
	if d >= 0 && (objectDeterminers[toks[d].norm] || toks[d].norm == "live") {
		d--
	}
	if d < 1 {
		return nil, nil, "" // an opening adjunct, or no clause before the call
	}
	after := t + 2
	for after < len(toks) && (dateWord(toks[after]) || timeAdverbs[toks[after].norm] ||
		toks[after].norm == "on" && after+1 < len(toks) && dateWord(toks[after+1])) {
		after++ // "a telephone call Tuesday from", "a call on Monday from"
	}
	switch {
	case callTakingVerbs[toks[d].norm]:
		// "the Amir received a telephone call from King Abdullah".
		if after >= len(toks) || toks[after].norm != "from" {
			return nil, nil, ""
		}
		from := v.partyNamedAt(after + 1)
		subject := a.clauseSubject(v, d)
		if from < 0 || subject == nil {
			return nil, nil, ""
		}
		return v.ms[from].ent, subject, "-from"
	case toks[d].norm == "in" || toks[d].norm == "during" || toks[d].norm == "by" || toks[d].norm == "over":
		subject := a.clauseSubject(v, d)
		if subject == nil {
			return nil, nil, ""
		}
		if after < len(toks) && toks[after].norm == "with" {
			// "stated his position in a phone call with Angela Merkel".
			if n := v.titledParty(after + 1); n >= 0 {
				return subject, v.ms[n].ent, "-with"
			}
			return nil, nil, ""
		}
		// "Bush told Mr Berlusconi during a telephone call": the object
		// of a verb of telling right after the subject.
		if n := v.toldObject(d); n >= 0 {
			return subject, v.ms[n].ent, "-told"
		}
	}
	return nil, nil, ""
}

// clauseSubject returns the subject of a clause whose predicate runs up
// to d: the sentence's first name when the sentence opens with it (after
// titles), or the person "he" or "she" opening the sentence stands for.
func (a *article) clauseSubject(v *sentenceView, d int) *graph.Entity {
	toks := v.toks
	f := firstWord(toks)
	if f < 0 || f >= d {
		return nil
	}
	if toks[f].norm == "he" || toks[f].norm == "she" {
		return a.personBefore(v, f)
	}
	n := v.partyNamedAt(f)
	if n < 0 || v.ms[n].last >= d || !usable(v.ms[n]) {
		return nil
	}
	for k := v.ms[n].last + 1; k < d; k++ {
		if clauseBreak(toks[k]) || toks[k].text == "," || relativePronouns[toks[k].norm] || toks[k].norm == "that" {
			return nil // "X said that Y ... in a call": the call is the inner clause's
		}
	}
	return v.ms[n].ent
}

// toldObject returns the person or state a verb of telling takes as its
// object right before the call's preposition at d ("told Mr Berlusconi
// during"), or -1.
func (v *sentenceView) toldObject(d int) int {
	n := v.prev(d)
	if n < 0 || v.ms[n].last != d-1 {
		return -1
	}
	k := v.ms[n].first - 1
	for k >= 0 && (isTitleWord(v.toks[k].norm) || v.toks[k].norm == "the") {
		k--
	}
	if k < 0 || !toldVerbs[v.toks[k].norm] {
		return -1
	}
	return n
}

// titledParty returns the first usable name within a few words of k, over
// the title that may come before it ("the President of the United
// States, George W. Bush", "Federal Chancellor of Germany Angela
// Merkel"), or -1.
func (v *sentenceView) titledParty(k int) int {
	for j := k; j < len(v.toks) && j <= k+8; j++ {
		if n := v.at[j]; n >= 0 && usable(v.ms[n]) {
			return n
		}
		if clauseBreak(v.toks[j]) || v.toks[j].norm == "and" || v.toks[j].norm == "that" || v.toks[j].norm == "to" || speechVerbs[v.toks[j].norm] {
			return -1
		}
	}
	return -1
}
