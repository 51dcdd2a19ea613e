package loader

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// The arms trade between states told by frames the lexicon's "sell
// <arms> to X" does not read (ANNOTATION.md codes a sale COOPERATE, arms
// given as help AID, a block of sales SANCTION):
//
//   - weapons named by type designators and system names the arms words
//     lack: "sold F-16s to Pakistan", "bought 100,000 AK-47s from Russia",
//     "Patriot anti-missile systems";
//   - buying verbs the lexicon lacks, the seller after "from": "acquired
//     Sukhoi jets from Russia", "procured", "ordered 24 fighter jets from";
//   - the trade as a noun whose seller is the subject or "by" agent of the
//     verb that announces, approves or signs it: "Washington announced a
//     $20 billion arms package for Saudi Arabia", "the sale of Patriot
//     systems to Kuwait was announced by Rice", "the US sale of F-16s to
//     Pakistan"; a deal or contract "with" X has X as the other side;
//   - the trade halted or blocked: "halted arms deliveries to Turkey" is
//     SANCTION of the blocker against the buyer.
//
// Firms' sales ("Boeing sold 747s to Qantas") and civilian aircraft are
// no state's arms trade: the weapons must be arms and a party a state.

// armsTradeRule stands for the frames' verbs when their subject is read
// with verbArguments.
var armsTradeRule = eventRule{name: "arms-trade", typ: graph.Cooperate, mode: "military"}

// sellingVerbs take the buyer after "to": "sold F-16s to Pakistan".
var sellingVerbs = map[string]bool{
	"sell": true, "sells": true, "sold": true, "selling": true,
}

// buyingVerbs take the seller after "from": "bought AK-47s from Russia".
var buyingVerbs = map[string]bool{
	"buy": true, "buys": true, "bought": true, "buying": true,
	"purchase": true, "purchases": true, "purchased": true, "purchasing": true,
	"acquire": true, "acquires": true, "acquired": true, "acquiring": true,
	"procure": true, "procures": true, "procured": true, "procuring": true,
	"order": true, "orders": true, "ordered": true, "ordering": true,
}

// armsTradeNouns name a sale of arms between two parties.
var armsTradeNouns = map[string]bool{
	"sale": true, "sales": true, "purchase": true, "purchases": true, "deal": true, "deals": true,
	"package": true, "contract": true, "contracts": true, "order": true, "orders": true,
	"exports": true, "export": true,
}

// armsFlowNouns name arms moving to a buyer, which a blocking verb halts:
// "halted arms deliveries to Turkey", "blocked the sale of jets to".
var armsFlowNouns = map[string]bool{
	"sale": true, "sales": true, "deliveries": true, "delivery": true, "shipments": true, "shipment": true,
	"exports": true, "transfers": true, "supplies": true, "supply": true, "deal": true, "contract": true,
}

// announcingVerbs put a sale forward that is still to happen: "announced
// a $20 billion arms package", "approved the sale of F-16s".
var announcingVerbs = map[string]bool{
	"announce": true, "announces": true, "announced": true, "announcing": true,
	"approve": true, "approves": true, "approved": true, "approving": true,
	"authorize": true, "authorizes": true, "authorized": true, "authorise": true, "authorises": true, "authorised": true,
	"notify": true, "notified": true, "propose": true, "proposes": true, "proposed": true,
	"unveil": true, "unveils": true, "unveiled": true, "clear": true, "clears": true, "cleared": true,
}

// concludingVerbs make the sale: "signed an arms deal with Russia".
var concludingVerbs = map[string]bool{
	"sign": true, "signs": true, "signed": true, "signing": true,
	"conclude": true, "concludes": true, "concluded": true, "seal": true, "sealed": true, "seals": true,
	"clinch": true, "clinched": true, "finalize": true, "finalized": true, "finalise": true, "finalised": true,
	"complete": true, "completed": true, "win": true, "won": true,
}

// blockingVerbs stop a sale or the deliveries: SANCTION of the blocker.
var blockingVerbs = map[string]bool{
	"block": true, "blocks": true, "blocked": true, "blocking": true,
	"halt": true, "halts": true, "halted": true, "halting": true,
	"suspend": true, "suspends": true, "suspended": true, "suspending": true,
	"freeze": true, "freezes": true, "froze": true, "frozen": true,
	"stop": true, "stops": true, "stopped": true, "stopping": true,
	"ban": true, "bans": true, "banned": true, "banning": true,
	"veto": true, "vetoes": true, "vetoed": true, "vetoing": true,
	"cancel": true, "cancels": true, "cancelled": true, "canceled": true,
	"prohibit": true, "prohibits": true, "prohibited": true, "embargo": true, "embargoed": true,
}

// weaponNames are arms named by system rather than kind: "Patriot
// systems", "Sukhoi jets", "Stinger missiles".
var weaponNames = map[string]bool{
	"patriot": true, "patriots": true, "stinger": true, "stingers": true, "tomahawk": true, "tomahawks": true,
	"hellfire": true, "javelin": true, "javelins": true, "apache": true, "apaches": true, "sukhoi": true, "sukhois": true,
	"mirage": true, "mirages": true, "rafale": true, "rafales": true, "eurofighter": true, "eurofighters": true, "gripen": true,
	"gripens": true, "scud": true, "scuds": true, "kalashnikov": true, "kalashnikovs": true, "abrams": true, "leopard": true,
	"exocet": true, "exocets": true, "harpoon": true, "harpoons": true, "awacs": true, "fighter": true, "fighters": true,
	"gunships": true, "gunship": true, "torpedoes": true, "destroyers": true, "corvettes": true, "guns": true, "pistols": true,
	"explosives": true, "interceptors": true, "armaments": true, "armament": true,
}

// weaponDesignators begin the type designators of weapons, joined by a
// hyphen to a number: F-16, AK-47, S-300, Su-30, MiG-29, T-72, AH-64.
// Airliners' designators (A320, MD-80, Tu-154, 747) are left out.
var weaponDesignators = map[string]bool{
	"f": true, "fa": true, "ak": true, "s": true, "su": true, "mig": true, "t": true, "ah": true, "uh": true,
	"ch": true, "mi": true, "ka": true, "b": true, "m": true, "j": true, "jf": true, "sa": true, "ss": true,
}

// civilianTradeWords make a sale of aircraft or ships a civilian one:
// "sold jets to the national airline".
var civilianTradeWords = map[string]bool{
	"airline": true, "airlines": true, "airways": true, "airliner": true, "airliners": true, "passenger": true,
	"commercial": true, "civilian": true, "civil": true, "cargo": true, "wheat": true, "grain": true, "oil": true,
	"boeing": true, "airbus": true, "embraer": true, "bombardier": true, "fokker": true, "jetliner": true, "jetliners": true, "jumbo": true,
}

// weaponAt reports a word at k that names arms: an arms word of the
// lexicon, a system's name or a type designator.
func weaponAt(toks []token, k int) bool {
	w := toks[k].norm
	if w == "military" {
		return false // "military" qualifies; it names no goods
	}
	if isMilitaryWord(w) || weaponNames[w] {
		return true
	}
	return weaponDesignators[w] && toks[k].hyphen && k+1 < len(toks) && toks[k+1].digit
}

// isMilitaryWord reports a word of the lexicon's militaryWords.
func isMilitaryWord(w string) bool {
	for _, m := range militaryWords {
		if m == w {
			return true
		}
	}
	return false
}

// weaponsWithin reports arms named within n words from k, before any
// clause break, mention or trigger of another event.
func (v *sentenceView) weaponsWithin(k, n int) bool {
	for j := k; j < len(v.toks) && j < k+n; j++ {
		if n := v.at[j]; n >= 0 && !weaponAt(v.toks, j) {
			if v.ms[n].form != formDemonym {
				return false
			}
			j = v.ms[n].last // "of more American arms"
			continue
		}
		if clauseBreak(v.toks[j]) {
			return false
		}
		if weaponAt(v.toks, j) {
			return true
		}
	}
	return false
}

// civilianTrade reports a civilian word anywhere in the sentence, or a
// firm named in wire copy's angle brackets ("<AVMD.PA> has suspended
// deliveries of its Mirage jets"): a firm's trade, not a state's.
func (a *article) civilianTrade(toks []token) bool {
	for _, t := range toks {
		if civilianTradeWords[t.norm] || inAngleBrackets(a.doc.Body, t) {
			return true
		}
	}
	return false
}

// armsTradeFrames reads the frames above in a sentence.
func (a *article) armsTradeFrames(s sentence, v *sentenceView) []*candidate {
	var out []*candidate
	civilian := false
	checked := false
	for t, tok := range v.toks {
		if tok.punct || v.at[t] >= 0 || !tok.gates(gateArmsTrade) {
			continue
		}
		if !checked {
			civilian, checked = a.civilianTrade(v.toks), true
		}
		if civilian {
			return nil
		}
		var c *candidate
		if (sellingVerbs[tok.norm] || buyingVerbs[tok.norm]) && !nounContext(v, t) {
			c = a.armsTradeVerb(v, t)
		}
		if c == nil && (armsTradeNouns[tok.norm] || armsFlowNouns[tok.norm]) {
			c = a.armsTradeNoun(v, t)
		}
		if c != nil {
			c.sent = s
			c.location = v.eventLocation(t, c)
			out = append(out, c)
		}
	}
	return out
}

// armsTradeVerb reads "X sold <arms> to Y" and "X bought <arms> from Y"
// where the lexicon does not know the verb or the arms.
func (a *article) armsTradeVerb(v *sentenceView, t int) *candidate {
	toks := v.toks
	prep := "to"
	if buyingVerbs[toks[t].norm] {
		prep = "from"
	}
	// The arms are the verb's object and the preposition follows them:
	// "ordered 24 fighter jets from Russia", not "ordered its missiles
	// withdrawn from Cuba".
	last := -1
	for j := t + 1; j < len(toks) && j <= t+6 && toks[j].norm != prep; j++ {
		if weaponAt(toks, j) {
			last = j
		}
	}
	if last < 0 || last+3 >= len(toks) {
		return nil
	}
	p := last + 1
	if toks[p].hyphen || toks[p].digit {
		p++ // "S-300", "F-16 jets": the designator's number
	}
	if toks[p].norm != prep {
		return nil
	}
	n := v.afterPrep(p-1, []string{prep})
	if n < 0 || v.ms[n].first > p+4 {
		return nil
	}
	other := v.buyerAt(n)
	c := &candidate{typ: graph.Cooperate, mode: "military", rule: "verb:arms-trade-frame", confidence: 0.7, trigger: t}
	party, _ := a.verbArguments(v, t, &armsTradeRule, c)
	if !a.stateTrade(party, other) {
		return nil
	}
	if !a.setParties(c, []*graph.Entity{party}, []*graph.Entity{other}) {
		return nil
	}
	c.status = fatedStatus(toks, t, false, frameStatus(toks, t, true))
	return c
}

// buyerAt returns the party the mention n names as the other side of a
// trade: a demonym only where it qualifies the state's forces or
// government ("to the Israeli army"), not a group it places ("to
// Nicaraguan Contra rebels").
func (v *sentenceView) buyerAt(n int) *graph.Entity {
	m := v.ms[n]
	if m.form == formDemonym {
		k := m.last + 1
		if k >= len(v.toks) || !trainedForces[v.toks[k].norm] && !demonymStateNouns[v.toks[k].norm] {
			return nil
		}
	}
	return m.ent
}

// demonymStateNouns follow a demonym that stands for its state.
var demonymStateNouns = map[string]bool{"government": true, "regime": true, "authorities": true, "administration": true, "air": true, "defence": true, "defense": true}

// stateTrade reports two parties of an arms trade between states: both
// named, neither a place nor a firm, one of them a country.
func (a *article) stateTrade(x, y *graph.Entity) bool {
	if x == nil || y == nil || x == y || x.Kind == graph.Location || y.Kind == graph.Location || a.isFirm(x) || a.isFirm(y) {
		return false
	}
	return x.Kind == graph.Country || y.Kind == graph.Country
}

// armsTradeNoun reads a trade noun at t whose arms stand before it ("arms
// sales", "a weapons deal", "F-16 sale") or after "of" ("the sale of
// Patriot systems"). The other side follows "to", "for" or "with" (or
// "from" for a purchase); the party is the noun's owner, or the subject
// or "by" agent of the verb that announces, signs or blocks it.
func (a *article) armsTradeNoun(v *sentenceView, t int) *candidate {
	toks := v.toks
	start := t // first token of the noun phrase, before its modifiers
	armed := false
	for k := t - 1; k >= 0 && k >= t-4; k-- {
		if weaponAt(toks, k) || toks[k].norm == "military" {
			armed = armed || weaponAt(toks, k)
			start = k
			continue
		}
		if toks[k].digit && k+1 < len(toks) && toks[k+1].digit || toks[k].hyphen {
			start = k
			continue
		}
		break
	}
	ofArms := t+1 < len(toks) && toks[t+1].norm == "of" && v.weaponsWithin(t+2, 5)
	purchase := toks[t].norm == "purchase" || toks[t].norm == "purchases" || toks[t].norm == "order" || toks[t].norm == "orders"
	preps := []string{"to", "for", "with"}
	if purchase {
		preps = []string{"from"}
	}
	n := v.afterPrep(t, preps)
	if n < 0 || v.ms[n].first > t+12 {
		return nil
	}
	afterArms := !armed && !ofArms && (toks[t].norm == "deal" || toks[t].norm == "contract" || toks[t].norm == "package") &&
		v.ms[n].last+1 < len(toks) && (toks[v.ms[n].last+1].norm == "for" || toks[v.ms[n].last+1].norm == "to") && v.weaponsWithin(v.ms[n].last+2, 5)
	if !armed && !ofArms && !afterArms {
		return nil // "a contract with India for six Scorpene submarines" has its arms after the party
	}
	other := v.buyerAt(n)
	c := &candidate{typ: graph.Cooperate, mode: "military", confidence: 0.6, trigger: t, noun: true}
	banned := false
	if b := banBefore(toks, start); b >= 0 && armsFlowNouns[toks[t].norm] {
		start, banned = b, true // "the EU ban on arms sales to China"
	}
	party, verb := a.tradeOwner(v, start, v.ms[n].last)
	if party == nil && ofArms {
		party = v.armsMaker(t + 2) // "the sale of American arms to"
	}
	if party == nil {
		return nil
	}
	flow := armsFlowNouns[toks[t].norm]
	switch {
	case banned && verb >= 0 && !blockingVerbs[toks[verb].norm] && !announcingVerbs[toks[verb].norm]:
		return nil
	case banned:
		c.typ, c.mode, c.rule = graph.Sanction, "", "noun:arms-trade-banned"
	case verb >= 0 && blockingVerbs[toks[verb].norm]:
		if !flow || purchase {
			return nil
		}
		c.typ, c.mode, c.rule = graph.Sanction, "", "noun:arms-trade-blocked"
	case !armsTradeNouns[toks[t].norm]:
		return nil // "arms deliveries to X" are the lexicon's supply
	case verb >= 0:
		c.rule = "noun:arms-trade-governed"
	default:
		c.rule = "noun:arms-trade-owner"
	}
	if !a.stateTrade(party, other) {
		return nil
	}
	if !a.setParties(c, []*graph.Entity{party}, []*graph.Entity{other}) {
		return nil
	}
	switch {
	case verb >= 0 && announcingVerbs[toks[verb].norm] && !approvingVerbs[toks[verb].norm] && !pastApproval(toks[verb].norm):
		c.status = graph.Planned
		if negatedVerb(toks, verb) {
			c.status = graph.Denied
		}
	case verb >= 0 && (blockingVerbs[toks[verb].norm] || negatedVerb(toks, verb)):
		c.status = fatedStatus(toks, verb, false, frameStatus(toks, verb, true))
	default:
		c.status = fatedStatus(toks, t, true, frameStatus(toks, t, false))
	}
	return c
}

// banNouns stop a trade named after them: "the EU ban on arms sales".
var banNouns = map[string]bool{
	"ban": true, "embargo": true, "freeze": true, "moratorium": true, "halt": true, "suspension": true,
}

// banBefore returns the index of a ban noun that governs the trade
// phrase starting at start ("ban on arms sales", "the suspension of arms
// deliveries"), or -1.
func banBefore(toks []token, start int) int {
	k := start - 1
	if k < 1 || toks[k].norm != "on" && toks[k].norm != "of" && toks[k].norm != "to" {
		return -1
	}
	if banNouns[toks[k-1].norm] {
		return k - 1
	}
	return -1
}

// pastApproval reports a verb of approval in the past tense: "approved a
// 1985 arms sale to Iran" tells of a sale made.
func pastApproval(w string) bool {
	switch w {
	case "authorized", "authorised", "cleared":
		return true
	}
	return false
}

// armsMaker returns the state a demonym or name before the arms at k
// makes them the seller of: "of more American arms", "of US weapons".
func (v *sentenceView) armsMaker(k int) *graph.Entity {
	for j := k; j < len(v.toks) && j < k+4; j++ {
		if n := v.at[j]; n >= 0 {
			m := v.ms[n]
			if m.ent.Kind == graph.Country && m.last+1 < len(v.toks) && weaponAt(v.toks, m.last+1) && !v.toks[m.last].poss {
				return m.ent
			}
			return nil
		}
		if v.toks[j].punct {
			return nil
		}
	}
	return nil
}

// governingVerb reports a verb that announces, makes or blocks a trade.
func governingVerb(w string) bool {
	return announcingVerbs[w] || concludingVerbs[w] || blockingVerbs[w]
}

// tradeOwner returns the party that makes the trade whose noun phrase
// begins at start and ends at last, and the index of the verb that governs
// it (or -1): the owner before the phrase ("Venezuela's", "Russian", "the
// US"), the subject of a verb before it ("Washington announced a $20
// billion arms package"), or the "by" agent of a passive verb after it
// ("the sale ... was announced by X").
func (a *article) tradeOwner(v *sentenceView, start, last int) (*graph.Entity, int) {
	toks := v.toks
	k := start - 1
	for k >= 0 && (toks[k].digit || toks[k].norm == "billion" || toks[k].norm == "million" || toks[k].norm == "$" || toks[k].hyphen && v.at[k] < 0) {
		k-- // "a $20 billion", "a 10-year"
	}
	if k >= 0 && v.at[k] >= 0 {
		m := v.ms[v.at[k]]
		if m.ent.Kind != graph.Location && (toks[m.last].poss || m.form == formDemonym || m.ent.Kind == graph.Country || m.ent.Kind == graph.Organization) {
			return m.ent, -1 // "Venezuela's purchase", "the US sale", "Russian arms sales"
		}
		return nil, -1
	}
	for k >= 0 && objectDeterminers[toks[k].norm] {
		k--
	}
	if k >= 0 && governingVerb(toks[k].norm) {
		if k > 0 && beForms[toks[k-1].norm] {
			return nil, -1
		}
		party, _ := a.verbArguments(v, k, &armsTradeRule, &candidate{})
		return party, k
	}
	// A passive verb after the phrase: "was announced by X".
	for j := last + 1; j < len(toks) && j <= last+8; j++ {
		if clauseBreak(toks[j]) || toks[j].norm == "that" || toks[j].norm == "which" {
			break
		}
		p := j + 1
		if !beForms[toks[j].norm] {
			if !governingVerb(toks[j].norm) || !strings.HasSuffix(toks[j].norm, "ed") || j+1 >= len(toks) || toks[j+1].norm != "by" {
				continue
			}
			p = j // a reduced relative: "a $20 billion arms package for Saudi Arabia announced by X"
		}
		if p < len(toks) && toks[p].norm == "being" {
			p++
		}
		if p+2 < len(toks) && governingVerb(toks[p].norm) && toks[p+1].norm == "by" {
			// "by US Secretary of State X": past a modifier and titles.
			for q := p + 2; q < len(toks) && q <= p+7; q++ {
				if n := v.at[q]; n >= 0 {
					if usable(v.ms[n]) {
						return v.ms[n].ent, p
					}
					q = v.ms[n].last
					continue
				}
				if toks[q].punct {
					break
				}
			}
		}
		break
	}
	return nil, -1
}
