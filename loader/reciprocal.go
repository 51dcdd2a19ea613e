package loader

import (
	"slices"
	"strings"

	"github.com/geokg/geokg/graph"
)

// Two-sided acts of a coordinated subject: "India and Pakistan exchanged
// fire", "Indian and Chinese troops clashed", "Armenia and Azerbaijan
// accused each other", "the two rivals traded accusations". Each side
// does the act to the other, so ANNOTATION.md makes it one event with
// both parties as actors and as targets. "X and Y signed a ceasefire" is
// a formal agreement signed (SUPPORT, CAMEO 057), the first party the
// actor and the other its target, like "X and Y signed a treaty".

// reciprocalLexicon holds this file's triggers. Its entries go before the
// general lexicon, like conflictLexicon's.
var reciprocalLexicon = []lexEntry{
	// "exchanged fire", "traded artillery fire", "exchanged gunfire with".
	{verbs: "exchange exchanges exchanged exchanging traded", rule: eventRule{name: "exchange-fire", typ: graph.Assault, mode: "clash", need: exchangedFire, window: 2, preps: []string{"with"}, pair: true}},
	// "X and Y fought in the valley": read only with a coordinated subject
	// and no object (the "fight" rule of force.go wants a party fought).
	{verbs: "fight fought battled", rule: eventRule{name: "fight-each-other", typ: graph.Assault, mode: "clash", pair: true}},
	{verbs: "skirmish skirmished skirmishing", rule: eventRule{name: "clash", typ: graph.Assault, mode: "clash", preps: []string{"with"}, pair: true}},
}

// exchangedFire are the objects that make an exchange one of fire.
var exchangedFire = []string{"fire", "gunfire", "gun-fire", "shots", "salvoes", "salvos", "volleys"}

// signingWords make a truce one signed.
var signingWords = []string{"sign", "signs", "signed", "signing", "ratify", "ratifies", "ratified", "ratifying"}

// signedMode gives a truce signed (retyped SUPPORT by reciprocal) the mode
// of a formal agreement signed, in place of its rule's "ceasefire".
func signedMode(c *candidate) {
	if c.typ == graph.Support && c.mode == "ceasefire" {
		c.mode = "sign"
	}
}

// signedTruce reports whether the truce noun at t was signed, and the
// index of the signing verb when it comes before ("signed a permanent
// ceasefire"), or -1 when it comes after ("the truce was signed by X").
func signedTruce(toks []token, t int) (k int, signed bool) {
	for k := t - 1; k >= 0 && k >= t-3; k-- {
		if slices.Contains(signingWords, toks[k].norm) {
			return k, true
		}
		if toks[k].punct {
			break
		}
	}
	for k := t + 1; k < len(toks) && k <= t+4; k++ {
		switch w := toks[k].norm; {
		case slices.Contains(signingWords, w):
			return -1, true
		case w != "agreement" && w != "accord" && w != "deal" && !beForms[w] && !auxiliaries[w]:
			return -1, false
		}
	}
	return -1, false
}

// tradedWords carry a noun of words each side aims at the other:
// "traded accusations", "exchanged threats".
var tradedWords = map[string]bool{
	"traded": true, "trade": true, "trading": true, "trades": true,
	"exchanged": true, "exchange": true, "exchanging": true, "exchanges": true,
}

// reciprocalFighting are the rules of fighting whose coordinated subject
// may fight itself: "X and Y clashed", "X and Y fought each other", "X
// and Y exchanged fire".
var reciprocalFighting = map[string]bool{"clash": true, "fight": true, "fight-each-other": true, "fire": true, "exchange-fire": true}

// inherentlyMutual are those of reciprocalFighting whose coordinated subject
// always fights itself; with the others the parties may fight side by
// side, so only "each other" makes them fight one another.
var inherentlyMutual = map[string]bool{"clash": true, "exchange-fire": true}

// intransitiveFighting are verbs of fighting with no passive: "troops
// clashed in the valley" is no participle qualifying "troops", as
// "prisoners detained in Israel" is.
var intransitiveFighting = map[string]bool{"clashed": true, "skirmished": true, "battled": true}

// reciprocalModifiers may stand between a verb of fighting and the end of
// the clause, naming where, when or how: "clashed in the valley",
// "fought fiercely overnight". Anything else after the verb (an object,
// "over the budget") makes it no fight between the subject's parties.
var reciprocalModifiers = map[string]bool{
	"in": true, "near": true, "along": true, "across": true, "at": true, "on": true, "inside": true, "around": true,
	"outside": true, "during": true, "overnight": true, "again": true, "late": true, "early": true, "yesterday": true,
	"today": true, "heavily": true, "fiercely": true, "briefly": true, "sporadically": true, "repeatedly": true,
	"intermittently": true, "when": true, "after": true, "before": true, "as": true, "killing": true, "leaving": true,
	"last": true, "this": true, "for": true, "throughout": true, "from": true, "and": true, "but": true,
}

// coordinationOpeners may stand right before a coordinated subject, opening its
// clause: "when X and Y clashed", "both X and Y".
var coordinationOpeners = map[string]bool{
	"both": true, "when": true, "after": true, "while": true, "as": true, "since": true, "that": true, "where": true,
	"but": true, "because": true, "though": true, "although": true, "before": true, "until": true, "then": true,
}

// reciprocal reads the trigger at t as an act a coordinated subject does
// to itself, or a truce it signed, and fills c. It reports whether it
// decided the trigger: with c filled, or with nil where the trigger states
// no event ("X and Y clashed over the budget", "exchanged artillery fire",
// whose exchange the exchange-fire rule reads).
func (a *article) reciprocal(v *sentenceView, t int, r *eventRule, noun bool, c *candidate) (*candidate, bool) {
	toks := v.toks
	both := func(x, y *graph.Entity, how string) (*candidate, bool) {
		c.actors, c.targets = []*graph.Entity{x, y}, []*graph.Entity{x, y}
		c.rule += how
		c.confidence = 0.65
		return c, true
	}
	if r.typ == graph.Assault && fightingNouns[toks[t].norm] && !hypothetical(toks, t) {
		x, y := v.demonymSides(t) // "fighting between Armenian and Azerbaijani forces"
		how := "-between-demonyms"
		if x == nil && !noun {
			x, y = a.hostilityParties(v, t) // "Clashes erupted between X and Y": a noun read as a verb
			how = "-between-sides"
		}
		if x == nil && noun {
			x, y = v.countedWars(t) // "X and Y have fought three wars"
			how = "-counted"
		}
		if x != nil {
			return both(x, y, how)
		}
	}
	switch {
	case r.name == "ceasefire" && noun:
		k, signed := signedTruce(toks, t)
		if !signed {
			return nil, false // "declared a truce": RETREAT
		}
		if k >= 0 {
			if x, y, _ := v.coordinatedSubject(k, false); x != nil {
				c.typ, c.actors, c.targets = graph.Support, []*graph.Entity{x}, []*graph.Entity{y}
				c.rule += "-signed-coordinated"
				return c, true // "X and Y signed a ceasefire": the first named signs with the other
			}
		}
		// "X signed a ceasefire with Y": a formal agreement signed with
		// someone; with no one named, the truce alone (RETREAT).
		signedRule := *r
		signedRule.name = "ceasefire-signed"
		rc := a.arguments(v, t, &signedRule, noun)
		if rc != nil && len(rc.targets) > 0 {
			rc.typ = graph.Support
		}
		return rc, true
	case !noun && r.name == "clash" && quarrel(toks, t):
		return nil, true // "Britain and Japan clashed today over trade", "clashed with X over an allegation": words, not force
	case !noun && reciprocalFighting[r.name]:
		if r.name == "fire" && t >= 2 && (tradedWords[toks[t-1].norm] || tradedWords[toks[t-2].norm]) {
			return nil, true // "exchanged artillery fire": the exchange is the event
		}
		end := t + 1
		if r.name == "exchange-fire" {
			for k := t + 1; k < len(toks) && k <= t+3; k++ {
				if slices.Contains(exchangedFire, toks[k].norm) {
					end = k + 1 // past "artillery fire"
					break
				}
			}
		}
		x, y, sides := v.coordinatedSubject(t, true)
		if x == nil {
			return nil, r.name == "fight-each-other"
		}
		if !reciprocalClause(toks, end) || !inherentlyMutual[r.name] && !eachOtherAfter(toks, end) {
			// "X and Y fought the Taliban", "British and Dutch troops
			// fought in Helmand": allies fight together, against another.
			return nil, r.name == "fight-each-other"
		}
		if !sides && !a.armedSide(x) && !a.armedSide(y) && r.name == "clash" {
			return nil, true // "Labour and the Conservatives clashed": only states or armed men fight
		}
		return both(x, y, "-reciprocal")
	case !noun && !r.pair && !equalsMeet[r.typ] && eachOther(toks, t+1):
		if x, y, _ := v.coordinatedSubject(t, false); x != nil {
			return both(x, y, "-each-other") // "Armenia and Azerbaijan accused each other"
		}
	case noun && t >= 1 && (tradedWords[toks[t-1].norm] || t >= 2 && tradedWords[toks[t-2].norm] && !toks[t-1].punct):
		k := t - 1
		if !tradedWords[toks[k].norm] {
			k--
		}
		if x, y, _ := v.coordinatedSubject(k, false); x != nil {
			return both(x, y, "-traded") // "Armenia and Azerbaijan traded accusations"
		}
	}
	return nil, false
}

// quarrel reports a clash "over" or "about" an issue later in the clause
// of the verb at t: "clashed over the budget", "clashed with X over an
// allegation". A span of time ("over the weekend", "over the past week")
// or ground ("over the border") is no issue.
func quarrel(toks []token, t int) bool {
	for k := t + 1; k+1 < len(toks) && k <= t+10; k++ {
		if toks[k].punct || clauseBreak(toks[k]) || relativePronouns[toks[k].norm] {
			return false
		}
		if toks[k].norm != "over" && toks[k].norm != "about" {
			continue
		}
		n := toks[k+1]
		if n.norm == "the" && k+2 < len(toks) {
			n = toks[k+2]
		}
		return !n.digit && !spanWords[n.norm] && !timeAdverbs[n.norm] && months[n.norm] == 0
	}
	return false
}

// spanWords after "over" make it a span of time or ground.
var spanWords = map[string]bool{
	"weekend": true, "past": true, "last": true, "next": true, "recent": true, "several": true, "night": true, "border": true,
	"years": true, "months": true, "weeks": true, "days": true, "few": true, "course": true, "period": true, "area": true,
}

// equalsMeet are the types of a meeting of equals, whose first party
// ANNOTATION.md makes the actor and the others its targets, "each other"
// or not.
var equalsMeet = map[graph.EventType]bool{graph.Consult: true, graph.Agree: true, graph.Cooperate: true}

// eachOther reports "each other" or "one another" at k.
func eachOther(toks []token, k int) bool {
	return k+1 < len(toks) && (toks[k].norm == "each" && toks[k+1].norm == "other" || toks[k].norm == "one" && toks[k+1].norm == "another")
}

// eachOtherAfter reports "each other", "one another" or "against" or
// "with" either at k.
func eachOtherAfter(toks []token, k int) bool {
	if k < len(toks) && (toks[k].norm == "against" || toks[k].norm == "with") {
		k++
	}
	return eachOther(toks, k)
}

// reciprocalClause reports whether the words from k on leave a verb of
// fighting without an object of its own: the clause ends, or goes on with
// where, when or how, or with "each other".
func reciprocalClause(toks []token, k int) bool {
	if k >= len(toks) || toks[k].punct || eachOther(toks, k) || toks[k].text == "." {
		return true
	}
	if toks[k].norm == "with" {
		return eachOther(toks, k+1)
	}
	return reciprocalModifiers[toks[k].norm]
}

// armedSide reports a party that fights in its own name: a state or an
// armed group.
func (a *article) armedSide(e *graph.Entity) bool {
	return e.Kind == graph.Country || a.x.gaz.armed[e.ID]
}

// coordinatedSubject returns the two parties of a subject "X and Y" right
// before the verb at t (perhaps over auxiliaries and adverbs), and whether
// a side was named by its armed men or government ("Indian and Chinese
// troops", "Sri Lanka's government and the Tamil Tigers"). With armed set,
// a person on either side reads nothing ("Kabila and Bemba clashed": their
// followers fought). The subject must open its clause, so that the last
// two of a list ("Russia, China and India signed") read nothing.
func (v *sentenceView) coordinatedSubject(t int, armed bool) (x, y *graph.Entity, sides bool) {
	toks := v.toks
	k := t - 1
	for k >= 0 && k >= t-4 && (auxiliaries[toks[k].norm] || strings.HasSuffix(toks[k].norm, "ly") && v.at[k] < 0 || toks[k].norm == "again") {
		k--
	}
	y, yFirst, ySide := v.side(k)
	if y == nil || yFirst < 2 || toks[yFirst-1].norm != "and" {
		return nil, nil, false
	}
	x, xFirst, xSide := v.side(yFirst - 2)
	if x == nil {
		// "Indian and Chinese troops": a bare demonym shares the other's noun.
		n := v.owner(yFirst - 2)
		if n < 0 || !ySide || v.ms[n].form != formDemonym && v.toks[yFirst-2].norm != "n" {
			return nil, nil, false
		}
		x, xFirst, xSide = v.ms[n].ent, v.ms[n].first, true
	}
	if x == y || armed && (x.Kind == graph.Person || y.Kind == graph.Person) {
		return nil, nil, false
	}
	j := xFirst - 1
	if j >= 0 && (toks[j].norm == "the" || toks[j].norm == "both") {
		j--
	}
	if j >= 0 && !coordinationOpeners[toks[j].norm] && !(toks[j].punct && toks[j].text != "," && toks[j].text != "(") {
		if toks[j].text != "," || j > 0 && v.at[j-1] >= 0 {
			return nil, nil, false // "Russia, China and India": a list of three; "with X and Y"
		}
	}
	return x, y, xSide || ySide
}

// side reads one party of a coordinated subject ending at k: the entity,
// the index of its first token, and whether it was named by a noun for its
// armed men or government ("Indian troops", "Sri Lanka's government").
func (v *sentenceView) side(k int) (*graph.Entity, int, bool) {
	toks := v.toks
	if k < 0 {
		return nil, -1, false
	}
	if sideNouns[toks[k].norm] && v.at[k] < 0 { // "the Lord's Resistance Army" is a name
		j := k - 1
		if j > 0 && sideModifiers[toks[j].norm] && v.at[j] < 0 {
			j-- // "South Korean border guards", "Sudanese government troops"
		}
		if n := v.owner(j); n >= 0 && !v.ms[n].place && v.ms[n].ent.Kind != graph.Person && v.ms[n].form != formRef {
			first := v.ms[n].first
			if first > 0 && toks[first-1].norm == "the" {
				first--
			}
			return v.ms[n].ent, first, true
		}
		return nil, -1, false
	}
	n := v.at[k]
	if n < 0 || v.ms[n].last != k || !usable(v.ms[n]) || v.ms[n].form == formDemonym || v.ms[n].form == formRef {
		return nil, -1, false
	}
	first := v.ms[n].first
	if first > 0 && toks[first-1].norm == "the" {
		first--
	}
	return v.ms[n].ent, first, false
}

// owner returns the mention ending at k, or at k-1 when k is the stray "n"
// the corpus leaves of a linked demonym ("South Korea n"), or -1.
func (v *sentenceView) owner(k int) int {
	if k > 0 && v.toks[k].norm == "n" && v.at[k] < 0 {
		k--
	}
	if k < 0 {
		return -1
	}
	if n := v.at[k]; n >= 0 && v.ms[n].last == k {
		return n
	}
	return -1
}

// sideModifiers may stand between a side's demonym and its noun for armed
// men or government.
var sideModifiers = map[string]bool{"border": true, "government": true, "army": true, "security": true, "military": true, "special": true, "naval": true}

// countedWars returns the two parties of a coordinated subject that
// fought the counted wars at t: "India and Pakistan have fought three
// wars", "the two... waged several wars" (the coordinated "their" or "a"
// war is mutualFighting's).
func (v *sentenceView) countedWars(t int) (x, y *graph.Entity) {
	toks := v.toks
	k := t - 1
	if k < 1 || !toks[k].digit && !warCounts[toks[k].norm] {
		return nil, nil
	}
	k--
	if toks[k].norm != "fought" && toks[k].norm != "waged" {
		return nil, nil
	}
	x, y, _ = v.coordinatedSubject(k, true)
	return x, y
}

// warCounts count wars: "fought three wars".
var warCounts = map[string]bool{"two": true, "three": true, "four": true, "five": true, "several": true, "many": true, "multiple": true, "numerous": true}

// demonymSides returns the two sides of the fighting noun at t that a
// "between" phrase names by coordinated demonyms sharing one noun for
// armed men: "fighting broke out between Armenian and Azerbaijani forces",
// "clashes between Israeli and Palestinian troops".
func (v *sentenceView) demonymSides(t int) (x, y *graph.Entity) {
	toks := v.toks
	b := betweenAfter(toks, t)
	if b < 0 {
		return nil, nil
	}
	k := b + 1
	if k < len(toks) && toks[k].norm == "the" {
		k++
	}
	n := v.at[min(k, len(toks)-1)]
	if k >= len(toks) || n < 0 || v.ms[n].form != formDemonym || v.ms[n].first != k {
		return nil, nil
	}
	m := v.ms[n]
	if m.last+2 >= len(toks) || toks[m.last+1].norm != "and" {
		return nil, nil
	}
	y, _, sides := v.side(min(m.last+3, len(toks)-1))
	n2 := v.at[m.last+2]
	if !sides || n2 < 0 || v.ms[n2].first != m.last+2 || v.ms[n2].last != m.last+2 || y == m.ent {
		return nil, nil
	}
	return m.ent, y
}
