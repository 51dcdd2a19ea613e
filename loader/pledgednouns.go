package loader

import (
	"slices"
	"strings"

	"github.com/geokg/geokg/graph"
)

// Offers, pledges and loans told by nouns: the giver as a possessive
// ("Japan's offer of aid to Indonesia"), an attributive state ("a
// Chinese loan to Pakistan", "the US pledge") or after "from"/"by" ("a
// loan from China"), the recipient after "to" or "for": a state, a
// people in a state ("to tsunami victims in Indonesia") or a region,
// whose state receives it. An offer or a pledge is AGREE whatever becomes
// of it (ANNOTATION.md); a loan, grant or donation given is AID. The verb
// reading the lexicon would give a commitment noun ("the European offer"
// read as "offered" by the sentence's subject) is dropped, and so is the
// aid an offer only names ("an offer of aid" gives none yet).

// commitmentNouns commit their giver: AGREE.
var commitmentNouns = map[string]bool{
	"offer": true, "offers": true, "pledge": true, "pledges": true, "promise": true, "promises": true,
}

// givingNouns name money lent or given: AID, economic.
var givingNouns = map[string]bool{
	"loan": true, "loans": true, "grant": true, "grants": true, "credit": true, "credits": true,
	"donation": true, "donations": true, "contribution": true, "contributions": true,
	"bailout": true, "bailouts": true,
}

// pledgeModifiers stand between a giver and its noun: "Japan's generous
// offer", "a $500 million Chinese loan", "the EU's new aid pledge".
var pledgeModifiers = map[string]bool{
	"new": true, "latest": true, "earlier": true, "initial": true, "previous": true, "original": true, "formal": true,
	"final": true, "revised": true, "generous": true, "conditional": true, "fresh": true, "further": true, "additional": true,
	"million": true, "billion": true, "soft": true, "concessional": true, "interest-free": true, "low-interest": true,
	"long-term": true, "short-term": true, "bilateral": true, "direct": true, "cash": true, "financial": true,
}

// pledgeHeads make the noun before them a modifier of another noun: "aid
// workers", "a loan agreement", "the offer price".
var pledgeHeads = map[string]bool{
	"agreement": true, "agreements": true, "deal": true, "talks": true, "negotiations": true, "guarantee": true,
	"guarantees": true, "facility": true, "facilities": true, "rating": true, "card": true, "cards": true,
	"programme": true, "program": true, "scheme": true, "price": true, "period": true, "application": true,
	"portfolio": true, "repayments": true, "repayment": true, "default": true, "defaults": true, "terms": true,
	"request": true, "requests": true, "conference": true, "drive": true,
}

// responseVerbs take an offer as object, their subject the one offered:
// "Iran rejected the EU offer", "Syria accepted Russia's offer".
var responseVerbs = map[string]bool{
	"accept": true, "accepts": true, "accepted": true, "accepting": true, "reject": true, "rejects": true,
	"rejected": true, "rejecting": true, "refuse": true, "refuses": true, "refused": true, "welcome": true,
	"welcomes": true, "welcomed": true, "declined": true, "declines": true, "rebuffed": true, "spurned": true,
	"turned": true, "considering": true, "considered": true,
}

// recipientPeople are the people of a state that aid is given to: "to
// tsunami victims in Indonesia", "for refugees in Darfur".
var recipientPeople = map[string]bool{
	"victims": true, "people": true, "refugees": true, "survivors": true, "civilians": true, "population": true,
	"residents": true, "families": true, "children": true, "farmers": true, "displaced": true, "government": true,
}

// pledgedNouns reads the offers, pledges and gifts named by nouns in a
// sentence.
func (a *article) pledgedNouns(s sentence, v *sentenceView) []*candidate {
	var out []*candidate
	for t, tok := range v.toks {
		if !tok.gates(gatePledged) || tok.punct || tok.upper || v.at[t] >= 0 {
			continue
		}
		commit, give := commitmentNouns[tok.norm], givingNouns[tok.norm]
		if t+1 < len(v.toks) && (pledgeHeads[v.toks[t+1].norm] || v.toks[t+1].hyphen || v.toks[t].hyphen) {
			continue // "aid workers", "a loan agreement"
		}
		giver, how := a.pledgeGiver(v, t)
		if giver == nil || giver.Kind == graph.Location || firmName(giver) || give && giver.Kind == graph.Person {
			continue
		}
		recipients, place := a.pledgeRecipient(v, t, commit)
		if len(recipients) == 0 && commit {
			// The one who accepts or rejects an offer is the one offered
			// it, before the parties of the act it promises: "Hamas
			// turned down Abbas's offer to release Shalit".
			if e := offeredSubject(v, t); e != nil {
				recipients = []*graph.Entity{e}
			} else {
				recipients = offeredActParties(v, t)
			}
		}
		if len(recipients) == 0 || give && recipients[0].Kind != graph.Country {
			continue
		}
		c := &candidate{typ: graph.Agree, rule: "noun:pledge-" + how, confidence: 0.6, sent: s, trigger: t, noun: true}
		if give {
			c.typ, c.mode, c.rule = graph.Aid, "economic", "noun:give-"+how
		}
		if !a.setParties(c, []*graph.Entity{giver}, recipients) || commercialOnly(c) {
			continue
		}
		c.status = frameStatus(v.toks, t, false)
		if c.status == graph.Planned {
			c.status = graph.Reported // "Japan's pledge to Indonesia will fund": the pledge is made
		}
		c.location = place
		if place == nil {
			c.location = v.eventLocation(t, c)
		}
		out = append(out, c)
	}
	return out
}

// pledgeGiver reads who gives or offers the noun at t: a possessive
// before it ("Japan's offer", "the EU's new loan"), an attributive state
// ("a Chinese loan", "the US pledge") or "from"/"by" after it ("a loan
// from China"). It returns the giver and how it was named.
func (a *article) pledgeGiver(v *sentenceView, t int) (*graph.Entity, string) {
	toks := v.toks
	for k := t - 1; k >= 0 && k >= t-4; k-- {
		if n := v.at[k]; n >= 0 {
			m := v.ms[n]
			if toks[m.last].poss && m.last == k {
				return m.ent, "possessive"
			}
			if !usable(m) || m.last != k || m.ent.Kind != graph.Country && m.ent.Kind != graph.Organization {
				break
			}
			if m.form == formDemonym || m.first > 0 && nounDeterminers[toks[m.first-1].norm] {
				return m.ent, "attributive" // "a Chinese loan", "the US pledge"
			}
			break
		}
		if u := toks[k]; u.punct || u.upper && !u.digit || !(u.digit || pledgeModifiers[u.norm] || currencyWords[u.norm] || aidGoods[u.norm] != "") {
			break
		}
	}
	for k := t + 1; k < len(toks) && k <= t+6; k++ {
		w := toks[k].norm
		if w == "from" || w == "by" {
			if k+1 < len(toks) && toks[k+1].norm == "the" {
				k++
			}
			if k+1 < len(toks) {
				if n := v.at[k+1]; n >= 0 && usable(v.ms[n]) {
					return v.ms[n].ent, w
				}
			}
			return nil, ""
		}
		if !pledgedGoodsWord(toks[k]) && !ofPhrase(toks, t, k) {
			return nil, ""
		}
	}
	return nil, ""
}

// pledgedGoodsWord reports a word of what an offer holds or how much a
// loan is, before its giver or recipient: "of $350 million in aid", "of
// food and medicine", "worth 2 billion yen".
func pledgedGoodsWord(u token) bool {
	if u.punct || u.upper && !u.digit {
		return false
	}
	switch u.norm {
	case "of", "in", "worth", "and", "a", "an", "the", "up", "more", "than", "about", "some", "nearly", "over":
		return true
	}
	return u.digit || currencyWords[u.norm] || pledgeModifiers[u.norm] || aidGoods[u.norm] != ""
}

// pledgeRecipient reads to whom the noun at t is given or offered, after
// "to" or "for" past what is given: a state or, for an offer, a party
// ("an offer to Hamas"); a people in a place ("to tsunami victims in
// Indonesia"); a region, whose state receives it and which is returned as
// the place ("aid to Darfur").
func (a *article) pledgeRecipient(v *sentenceView, t int, commit bool) (recipients []*graph.Entity, place *graph.Entity) {
	toks := v.toks
	k := t + 1
	for k < len(toks) && k <= t+8 && toks[k].norm != "to" && toks[k].norm != "for" {
		if toks[k].norm == "from" || toks[k].norm == "by" {
			k++
			if k < len(toks) && toks[k].norm == "the" {
				k++
			}
			if k >= len(toks) || v.at[k] < 0 {
				return nil, nil
			}
			k = v.ms[v.at[k]].last + 1 // "a loan from China to Pakistan"
			continue
		}
		if !pledgedGoodsWord(toks[k]) && !(commit && ofPhrase(toks, t, k)) {
			return nil, nil
		}
		k++
	}
	if k+1 >= len(toks) || k > t+8 {
		return nil, nil
	}
	j := k + 1
	if toks[j].norm == "the" {
		j++
	}
	if j >= len(toks) {
		return nil, nil
	}
	if n := v.at[j]; n >= 0 && v.ms[n].first == j {
		switch e := v.ms[n].ent; e.Kind {
		case graph.Country:
			return []*graph.Entity{e}, nil
		case graph.Location:
			if host := a.countryOf(e); host != nil {
				return []*graph.Entity{host}, e
			}
		case graph.Organization, graph.Person:
			if commit && !v.ms[n].modifier {
				return []*graph.Entity{e}, nil
			}
		}
		return nil, nil
	}
	// "to tsunami victims in Indonesia", "for the people of Haiti".
	for p := j; p < len(toks) && p <= j+3; p++ {
		if recipientPeople[toks[p].norm] {
			if p+2 < len(toks) && (toks[p+1].norm == "in" || toks[p+1].norm == "of") {
				if e := a.presenceState(v, p+1); e != nil {
					return []*graph.Entity{e}, a.placeAfter(v, p+1)
				}
			}
			return nil, nil
		}
		if toks[p].punct || toks[p].upper || v.at[p] >= 0 {
			break
		}
	}
	return nil, nil
}

// offeredActParties reads the parties of the act an offer at t promises,
// its infinitive right after the noun: "an offer to mediate between
// Israel and Hamas", "a pledge to help Haiti". A second party joined by
// "and" is offered it too.
func offeredActParties(v *sentenceView, t int) []*graph.Entity {
	toks := v.toks
	k := t + 1
	if k+1 < len(toks) && toks[k].norm == "by" && v.at[k+1] >= 0 {
		k = v.ms[v.at[k+1]].last + 1 // "a pledge by Israel to release prisoners"
	}
	if k+1 >= len(toks) || toks[k].norm != "to" || toks[k+1].upper || toks[k+1].punct || nounDeterminers[toks[k+1].norm] {
		return nil
	}
	n := v.next(k + 1)
	if n < 0 || v.ms[n].first > k+5 || v.ms[n].ent.Kind == graph.Location {
		return nil
	}
	for p := k + 1; p < v.ms[n].first; p++ {
		if toks[p].punct || commitmentNouns[toks[p].norm] {
			return nil
		}
	}
	if last := v.ms[n].last; last+2 < len(toks) && toks[last+1].norm == "and" {
		if n2 := v.at[last+2]; n2 >= 0 && usable(v.ms[n2]) {
			return []*graph.Entity{v.ms[n].ent, v.ms[n2].ent} // "between Israel and Hamas": both are offered it
		}
	}
	return []*graph.Entity{v.ms[n].ent}
}

// placeAfter returns the place named after the word at p ("in Aceh"),
// or nil.
func (a *article) placeAfter(v *sentenceView, p int) *graph.Entity {
	for j := p + 1; j < len(v.toks) && j <= p+3; j++ {
		if n := v.at[j]; n >= 0 {
			if e := v.ms[n].ent; e.Kind == graph.Location {
				return e
			}
			return nil
		}
	}
	return nil
}

// offeredSubject returns the subject of the verb that takes the offer at
// t as its object, the one offered: "Iran rejected the EU offer",
// "Syria has accepted Russia's offer". The subject must stand right
// before the verb or its auxiliary.
func offeredSubject(v *sentenceView, t int) *graph.Entity {
	k := t - 1
	for words := 0; k >= 0 && words < 6 && !responseVerbs[v.toks[k].norm]; words++ {
		if v.toks[k].punct || v.toks[k].norm == "to" || v.toks[k].norm == "of" {
			return nil
		}
		if n := v.at[k]; n >= 0 {
			k = v.ms[n].first // a name counts as one word
		}
		k--
	}
	if k < 1 || !responseVerbs[v.toks[k].norm] {
		return nil
	}
	if v.toks[k].norm == "turned" && (k+1 >= len(v.toks) || v.toks[k+1].norm != "down") {
		return nil // "Hamas turned down Abbas's offer"
	}
	j := k - 1
	if j >= 1 && auxiliaries[v.toks[j].norm] {
		j--
	}
	if j < 0 || v.at[j] < 0 || !usable(v.ms[v.at[j]]) || v.ms[v.at[j]].last != j {
		return nil
	}
	return v.ms[v.at[j]].ent
}

// pledgedNounCovers reports a lexicon reading at t that a commitment noun
// overrides: the verb reading of "offer" used as a noun ("Iran rejected
// the European offer" is no offer by Iran), and aid that an offer or a
// pledge only names ("the offer of aid from Japan": promised, not given).
func pledgedNounCovers(v *sentenceView, found []*candidate, t int, rule string, noun bool, c *candidate) bool {
	toks := v.toks
	if rule == "promise" && !noun && commitmentNouns[toks[t].norm] {
		if slices.ContainsFunc(found, func(p *candidate) bool { return p.trigger == t && strings.HasPrefix(p.rule, "noun:pledge-") }) {
			return true
		}
		// "a U.S. offer had been made": the name before the noun made the
		// offer, as the verb reading has it; the verb's own subject did not
		// ("Peru rejected the European offer").
		return commitmentNounAt(v, t) && !(v.at[t-1] >= 0 && len(c.actors) > 0 && v.ms[v.at[t-1]].ent == c.actors[0])
	}
	if rule != "aid" {
		return false
	}
	for k := t - 1; k >= 1 && k >= t-6; k-- {
		if toks[k].norm == "of" && commitmentNouns[toks[k-1].norm] {
			return true
		}
		if !pledgedGoodsWord(toks[k]) {
			return false
		}
	}
	return false
}

// commitmentNounAt reports an offer, pledge or promise at t used as a
// noun: after a determiner, a possessive or a name with a determiner
// before it, past modifiers ("the European offer", "Japan's new pledge",
// "the US pledge"). "The US offers" may be a verb: a plural stands only
// after a determiner or a possessive.
func commitmentNounAt(v *sentenceView, t int) bool {
	toks := v.toks
	plural := strings.HasSuffix(toks[t].norm, "s")
	for k := t - 1; k >= 0 && k >= t-5; k-- {
		u := toks[k]
		if nounDeterminers[u.norm] || u.poss {
			return true
		}
		if _, ok := possessivePronouns[u.norm]; ok && u.norm != "her" {
			return true
		}
		if n := v.at[k]; n >= 0 {
			if plural {
				return false
			}
			k = v.ms[n].first
			return k > 0 && nounDeterminers[toks[k-1].norm] && v.ms[n].ent.Kind != graph.Person
		}
		if u.punct || !(u.upper || u.digit || pledgeModifiers[u.norm] || currencyWords[u.norm] || aidGoods[u.norm] != "") {
			return false
		}
	}
	return false
}

// ofPhrase reports a plain word at k inside the "of" phrase that says what
// the offer at t holds: "Russia's offer of cheap gas to Ukraine".
func ofPhrase(toks []token, t, k int) bool {
	u := toks[k]
	return k > t+1 && toks[t+1].norm == "of" && !u.punct && !u.upper && !triggerWord(u.norm)
}

// placeAidWords name aid sent to a place: food, relief, medicine.
var placeAidWords = map[string]bool{
	"aid": true, "assistance": true, "relief": true, "food": true, "medicine": true, "medicines": true,
	"humanitarian": true, "medical": true, "supplies": true, "shipments": true, "donations": true,
}

// aidedPlaceState reads aid sent to a place that is not a state, "to" or
// "for" after the verb or noun at t ("delivered food aid to Darfur"): the
// state the place lies in receives it and the place is where it goes.
// The actor's own state receives nothing from it.
func (a *article) aidedPlaceState(v *sentenceView, t int, c *candidate, actor *graph.Entity) *graph.Entity {
	toks := v.toks
	for k := t + 1; k+1 < len(toks) && k <= t+8; k++ {
		if toks[k].punct || v.at[k] >= 0 {
			return nil
		}
		if toks[k].norm != "to" && toks[k].norm != "for" {
			continue
		}
		if !slices.ContainsFunc(toks[t:k], func(u token) bool { return placeAidWords[u.norm] }) {
			return nil // "send military experts to Darfur", "deliver nuclear fuel to Bushehr": no aid named
		}
		j := k + 1
		if toks[j].norm == "the" && j+1 < len(toks) {
			j++
		}
		n := v.at[j]
		if n < 0 || v.ms[n].first != j || v.ms[n].ent.Kind != graph.Location {
			return nil
		}
		host := a.countryOf(v.ms[n].ent)
		if host == nil || host == actor || a.stateOf(actor) == host {
			return nil
		}
		c.location = v.ms[n].ent
		c.rule += "-place-host"
		return host
	}
	return nil
}
