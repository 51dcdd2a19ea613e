package loader

import (
	"slices"

	"github.com/geokg/geokg/graph"
)

// Material aid told by frames the lexicon's "supply ... to X" does not
// read: the recipient as the verb's object ("supplied Iran with jets",
// "gave Egypt a loan"), training of another state's forces ("trained
// Ukrainian soldiers"), and loans or bailouts approved or disbursed
// ("approved a $2 billion loan to Egypt"). Offers and pledges stay
// AGREE (ANNOTATION.md): these frames read aid given or approved.

// withGoodsVerbs take the recipient as object and the goods after "with":
// "supplied Iran with fighter jets", "armed the rebels with rifles".
var withGoodsVerbs = map[string]bool{
	"supply": true, "supplies": true, "supplied": true, "supplying": true,
	"provide": true, "provides": true, "provided": true, "providing": true,
	"arm": true, "armed": true, "arming": true, "rearm": true, "rearmed": true, "re-armed": true,
	"equip": true, "equips": true, "equipped": true, "equipping": true,
	"furnish": true, "furnishes": true, "furnished": true, "furnishing": true,
	"resupply": true, "resupplies": true, "resupplied": true, "resupplying": true,
}

// armingVerbs give military aid whatever the goods are called.
var armingVerbs = map[string]bool{
	"arm": true, "armed": true, "arming": true, "rearm": true, "rearmed": true, "re-armed": true,
	"equip": true, "equips": true, "equipped": true, "equipping": true,
}

// givingVerbs take the recipient and then the goods as two objects:
// "gave Egypt a $2 billion loan", "sent Pakistan food aid".
var givingVerbs = map[string]bool{
	"give": true, "gives": true, "gave": true, "giving": true,
	"grant": true, "grants": true, "granted": true, "granting": true,
	"send": true, "sends": true, "sent": true, "sending": true,
	"lend": true, "lends": true, "lent": true, "lending": true,
}

// lendingVerbs lend money, whatever it is called: "lent Belarus $2 billion".
var lendingVerbs = map[string]bool{"lend": true, "lends": true, "lent": true, "lending": true}

// currencyWords name sums of money (the tokens drop "$").
var currencyWords = map[string]bool{"dollars": true, "euros": true, "yen": true, "pounds": true, "yuan": true, "rubles": true, "roubles": true}

// approvingVerbs approve or pay out money lent or granted: "approved a
// loan to Egypt", "disbursed a grant to". "Approved a law" names no money.
var approvingVerbs = map[string]bool{
	"approve": true, "approves": true, "approved": true, "approving": true,
	"disburse": true, "disburses": true, "disbursed": true, "disbursing": true,
	"award": true, "awards": true, "awarded": true, "awarding": true,
	"lend": true, "lends": true, "lent": true, "lending": true,
	"airlift": true, "airlifts": true, "airlifted": true, "airlifting": true,
}

// financeNouns name money lent or given to a state.
var financeNouns = map[string]bool{
	"loan": true, "loans": true, "bailout": true, "bailouts": true, "bail-out": true, "grant": true, "grants": true,
	"credit": true, "credits": true, "package": true, "supplies": true, "aid": true, "assistance": true,
}

// trainingVerbs and the forces a state trains for another.
var trainingVerbs = map[string]bool{"train": true, "trains": true, "trained": true, "training": true}

// trainedForces name a state's forces, which another state trains as
// military aid. Fighters and militants are no state's forces.
var trainedForces = map[string]bool{
	"soldiers": true, "troops": true, "forces": true, "police": true, "policemen": true, "pilots": true, "army": true,
	"officers": true, "recruits": true, "military": true, "commandos": true, "personnel": true, "cadets": true,
	"servicemen": true, "navy": true, "guards": true, "gendarmes": true, "sailors": true, "marines": true,
}

// forceModifiers stand between a demonym and its forces: "Afghan
// national security forces", "Iraqi army officers".
var forceModifiers = map[string]bool{
	"security": true, "national": true, "army": true, "military": true, "police": true, "special": true, "border": true,
	"armed": true, "government": true, "elite": true, "local": true, "new": true, "air": true, "naval": true, "coast": true,
	"defence": true, "defense": true, "counter-terrorism": true, "counterterrorism": true, "riot": true, "federal": true,
}

// aidGoods are the words that make goods aid, with the mode each gives.
var aidGoods = modeMap(militaryWords, "military", humanitarianWords, "humanitarian", []string{"emergency", "supplies", "tents", "blankets", "water", "vaccines"}, "humanitarian",
	economicWords, "economic", []string{"bailout", "bailouts", "bail-out", "package", "assistance", "aid"}, "economic")

// aidFrames reads the frames above in a sentence.
func (a *article) aidFrames(s sentence, v *sentenceView) []*candidate {
	var out []*candidate
	for t, tok := range v.toks {
		if !tok.is(classAidWord) {
			continue
		}
		if tok.punct || v.at[t] >= 0 || (t > firstWord(v.toks) && tok.upper) {
			continue
		}
		var recipient *graph.Entity
		var mode, rule string
		switch w := tok.norm; {
		case withGoodsVerbs[w] || givingVerbs[w]:
			recipient, mode, rule = v.recipientObject(t)
		case trainingVerbs[w]:
			if n, _ := v.forcesAt(t + 1); n >= 0 {
				recipient, mode, rule = v.ms[n].ent, "military", "verb:train-forces"
			} else if n := v.forcesBefore(t); n >= 0 {
				recipient, mode, rule = v.ms[n].ent, "military", "verb:train-forces-passive"
			}
		}
		if recipient == nil && approvingVerbs[tok.norm] {
			recipient, mode, rule = v.approvedRecipient(t)
		}
		if recipient != nil && offered(v.toks, t) {
			continue // "offered to train": an offer, read as AGREE
		}
		if recipient == nil {
			if tok.norm == "training" {
				out = append(out, a.trainingOf(s, v, t)...)
			}
			continue
		}
		donor, _ := a.verbArguments(v, t, &eventRule{typ: graph.Aid}, &candidate{})
		if donor == nil || donor.Kind == graph.Location {
			continue
		}
		c := &candidate{typ: graph.Aid, mode: mode, rule: rule, confidence: 0.7, sent: s, trigger: t}
		if !a.setParties(c, []*graph.Entity{donor}, []*graph.Entity{recipient}) {
			continue
		}
		c.status = fatedStatus(v.toks, t, false, frameStatus(v.toks, t, true))
		c.location = v.eventLocation(t, c)
		out = append(out, c)
	}
	return out
}

// recipientObject reads the recipient a verb at t takes as its object,
// with the goods after "with" or as a second object: "supplied Iran with
// jets", "gave Egypt a $2 billion loan". It returns the recipient, the
// mode the goods give and the rule's name, or nil.
func (v *sentenceView) recipientObject(t int) (*graph.Entity, string, string) {
	k := t + 1
	if k < len(v.toks) && (v.toks[k].norm == "the" || v.toks[k].norm == "its") {
		k++
	}
	n, last := v.forcesAt(k)
	if n < 0 {
		if k >= len(v.toks) || v.at[k] < 0 || !usable(v.ms[v.at[k]]) || v.ms[v.at[k]].ent.Kind == graph.Location || v.toks[v.ms[v.at[k]].last].poss {
			return nil, "", ""
		}
		n, last = v.at[k], v.ms[v.at[k]].last
	}
	recipient := v.ms[n].ent
	k = last + 1
	if withGoodsVerbs[v.toks[t].norm] {
		if k >= len(v.toks) || v.toks[k].norm != "with" {
			return nil, "", ""
		}
		mode, ok := goodsMode(v.toks, k+1, 4)
		if armingVerbs[v.toks[t].norm] {
			mode, ok = "military", true
		}
		if !ok {
			return nil, "", "" // "provided Iran with evidence": no goods
		}
		return recipient, mode, "verb:supply-with"
	}
	// A second object: determiners, figures and adjectives, then the
	// goods: "a $2 billion loan", "$1 billion in military aid". A
	// preposition other than "in" ends it ("gave Japan until April to
	// show a stimulus package", "a taste of its own medicine").
	for j := k; j < len(v.toks) && j <= k+6; j++ {
		u := v.toks[j]
		if lendingVerbs[v.toks[t].norm] && (currencyWords[u.norm] || u.norm == "million" || u.norm == "billion") {
			return recipient, "economic", "verb:give-recipient" // "lent Belarus $2 billion"
		}
		if _, ok := aidGoods[u.norm]; ok && !goodsAdjectives[u.norm] {
			if j+1 < len(v.toks) && tradeHeads[v.toks[j+1].norm] {
				return nil, "", "" // "giving London its biggest arms export order": a purchase
			}
			mode, _ := goodsMode(v.toks, k, j-k+1)
			return recipient, mode, "verb:give-recipient"
		}
		if clauseBreak(u) || u.punct || v.at[j] >= 0 || triggerWord(u.norm) || (u.norm != "in" && objectEnders[u.norm]) {
			break
		}
	}
	return nil, "", ""
}

// goodsAdjectives qualify goods rather than name them: "financial
// institutions", "military role" are no goods.
var goodsAdjectives = map[string]bool{
	"military": true, "financial": true, "economic": true, "humanitarian": true, "medical": true, "emergency": true, "relief": true,
	"anti-missile": true, "anti-aircraft": true, "anti-tank": true, "budget": true,
}

// tradeHeads make goods words modifiers of a deal: "an arms export
// order", "a weapons contract", "a loan guarantee".
var tradeHeads = map[string]bool{
	"guarantee": true, "guarantees": true,
	"export": true, "exports": true, "order": true, "orders": true, "deal": true, "deals": true, "contract": true, "contracts": true,
	"sale": true, "sales": true, "purchase": true, "purchases": true, "market": true, "industry": true, "trade": true,
}

// objectEnders end a verb's second object.
var objectEnders = map[string]bool{
	"of": true, "to": true, "until": true, "for": true, "on": true, "with": true, "that": true, "by": true, "at": true,
	"from": true, "as": true, "in": true, "into": true, "over": true, "about": true, "against": true,
}

// offerVerbs make what follows an offer or a promise, which is AGREE
// (ANNOTATION.md), not aid given: "offered to train", "pledged to supply".
var offerVerbs = map[string]bool{
	"offer": true, "offers": true, "offered": true, "offering": true, "pledge": true, "pledges": true, "pledged": true,
	"pledging": true, "promise": true, "promises": true, "promised": true, "promising": true, "vowed": true, "vows": true,
}

// offered reports a verb at t that is the complement of an offer:
// "offered to train", "has offered to help train".
func offered(toks []token, t int) bool {
	k := t - 1
	if k >= 0 && (toks[k].norm == "help" || toks[k].norm == "also") {
		k--
	}
	return k >= 1 && toks[k].norm == "to" && offerVerbs[toks[k-1].norm]
}

// goodsMode returns the mode the goods words within n tokens from k
// give: military before humanitarian before economic, since "military
// aid" is military whatever "aid" alone would be. Aid of no stated kind
// gives "" (CAMEO 070); ok reports any goods word at all.
func goodsMode(toks []token, k, n int) (mode string, ok bool) {
	found := ""
	for j := k; j < len(toks) && j < k+n; j++ {
		if clauseBreak(toks[j]) {
			break
		}
		if j+1 < len(toks) && tradeHeads[toks[j+1].norm] {
			continue // "a loan guarantee", "an arms deal": the goods qualify another noun
		}
		if toks[j].norm == "aid" || toks[j].norm == "assistance" {
			ok = true
			continue
		}
		switch aidGoods[toks[j].norm] {
		case "military":
			return "military", true
		case "humanitarian":
			found = "humanitarian"
		case "economic":
			if found == "" {
				found = "economic"
			}
		}
	}
	return found, ok || found != ""
}

// forcesAt reads a state's forces starting at k: "Ukrainian soldiers",
// "the Afghan national police", "Iraq's security forces". It returns the
// state's mention and the last token of the phrase, or -1.
func (v *sentenceView) forcesAt(k int) (int, int) {
	if k < len(v.toks) && v.toks[k].norm == "the" {
		k++
	}
	if k >= len(v.toks) || v.at[k] < 0 {
		return -1, -1
	}
	n := v.at[k]
	if v.ms[n].ent.Kind != graph.Country || v.ms[n].first != k {
		return -1, -1
	}
	j := v.ms[n].last + 1
	for m := 0; m < 2 && j < len(v.toks) && forceModifiers[v.toks[j].norm] && !(trainedForces[v.toks[j].norm] && (j+1 >= len(v.toks) || !trainedForces[v.toks[j+1].norm] && !forceModifiers[v.toks[j+1].norm])); m++ {
		j++ // "Afghan national security forces"; "Iraqi army" ends at the army
	}
	if j >= len(v.toks) || !trainedForces[v.toks[j].norm] {
		return -1, -1
	}
	return n, j
}

// forcesBefore reads a state's forces as the subject of a passive
// training verb at t: "Iraqi soldiers trained by the US", "the Afghan
// police were trained by Germany". The trainer must follow "by"; it
// returns the state's mention, or -1.
func (v *sentenceView) forcesBefore(t int) int {
	if t+2 >= len(v.toks) || v.toks[t+1].norm != "by" || v.toks[t].norm != "trained" {
		return -1
	}
	j := t - 1
	if j >= 0 && beForms[v.toks[j].norm] {
		j--
	}
	if j < 0 || !trainedForces[v.toks[j].norm] {
		return -1
	}
	for j--; j >= 0 && forceModifiers[v.toks[j].norm] && v.at[j] < 0; j-- {
	}
	if j < 0 || v.at[j] < 0 {
		return -1
	}
	n := v.at[j]
	if v.ms[n].ent.Kind != graph.Country || v.ms[n].last != j {
		return -1
	}
	return n
}

// approvedRecipient reads money approved or paid out to a state:
// "approved a $2 billion loan to Egypt", "disbursed a grant for",
// "airlifted relief supplies to". The goods must stand within six words
// of the verb and the recipient after "to" or "for".
func (v *sentenceView) approvedRecipient(t int) (*graph.Entity, string, string) {
	airlift := v.toks[t].norm[:3] == "air"
	for j := t + 1; j < len(v.toks) && j <= t+7; j++ {
		u := v.toks[j]
		if clauseBreak(u) || v.at[j] >= 0 || reductionWords[u.norm] {
			return nil, "", "" // "approved cuts in technical aid to Iran": a sanction
		}
		if !financeNouns[u.norm] && !(airlift && aidGoods[u.norm] != "") {
			continue
		}
		if u.norm == "package" && (j == t+1 || aidGoods[v.toks[j-1].norm] == "" && v.toks[j-1].norm != "rescue") {
			continue // "a legislative package": no money named
		}
		if u.norm == "supplies" && !airlift {
			continue
		}
		n := v.afterPrep(j, []string{"to", "for"})
		if n < 0 || v.ms[n].first > j+4 || v.ms[n].ent.Kind == graph.Location || v.ms[n].ent.Kind == graph.Person {
			return nil, "", ""
		}
		mode, _ := goodsMode(v.toks, t+1, j-t)
		if mode == "" || mode == "humanitarian" && !airlift && !slices.ContainsFunc(v.toks[t+1:j+1], func(u token) bool { return u.norm == "relief" || u.norm == "humanitarian" || u.norm == "emergency" }) {
			mode = "economic"
		}
		if airlift && mode == "economic" {
			mode = "humanitarian"
		}
		return v.ms[n].ent, mode, "verb:approve-aid"
	}
	return nil, "", ""
}

// reductionWords cut what is approved: "approved cuts in aid".
var reductionWords = map[string]bool{
	"cut": true, "cuts": true, "reduction": true, "reductions": true, "suspension": true, "freeze": true, "halt": true,
	"end": true, "withdrawal": true, "cancellation": true,
}

// trainingOf reads the noun: "the training of Afghan police by Germany",
// "Germany's training of Iraqi troops".
func (a *article) trainingOf(s sentence, v *sentenceView, t int) []*candidate {
	if t+1 >= len(v.toks) || v.toks[t+1].norm != "of" {
		return nil
	}
	n, last := v.forcesAt(t + 2)
	if n < 0 {
		return nil
	}
	var trainer *graph.Entity
	if last+2 < len(v.toks) && v.toks[last+1].norm == "by" && v.at[last+2] >= 0 && usable(v.ms[v.at[last+2]]) {
		trainer = v.ms[v.at[last+2]].ent
	} else if t > 0 && v.toks[t-1].poss && v.at[t-1] >= 0 {
		trainer = v.ms[v.at[t-1]].ent
	}
	if trainer == nil || trainer.Kind == graph.Location {
		return nil
	}
	c := &candidate{typ: graph.Aid, mode: "military", rule: "noun:train-forces", confidence: 0.7, sent: s, trigger: t, noun: true}
	if !a.setParties(c, []*graph.Entity{trainer}, []*graph.Entity{v.ms[n].ent}) {
		return nil
	}
	c.status = frameStatus(v.toks, t, false)
	c.location = v.eventLocation(t, c)
	return []*candidate{c}
}

// aidFramedAt reports an aid frame read at trigger t, whose reading
// replaces the lexicon's (which misses the recipient).
func aidFramedAt(found []*candidate, t int) bool {
	return slices.ContainsFunc(found, func(c *candidate) bool { return c.typ == graph.Aid && c.trigger == t && !c.noun })
}

// aidWords are the words aidFrames starts a frame at.
func aidWords() []string {
	return keysOf(nil, withGoodsVerbs, givingVerbs, trainingVerbs, approvingVerbs, sumGivingVerbs)
}
