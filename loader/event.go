package loader

import (
	"slices"
	"strings"

	"github.com/geokg/geokg/graph"
)

// eventRule is one way a word signals an event: the PLOVER type and mode it
// gives and how its actor and target are found around it.
type eventRule struct {
	// name names the rule in claims ("visit" gives "verb:visit").
	name string
	// typ and mode are the PLOVER type and default mode.
	typ  graph.EventType
	mode string
	// need, when set, lists words of which one must stand within window
	// tokens of the trigger ("sign" needs "agreement", "supply" needs "arms").
	need   []string
	window int
	// modes refine the mode by a word near the trigger ("food" aid is humanitarian).
	modes map[string]string
	// preps introduce the target after the trigger ("to", "with", "on").
	preps []string
	// direct: a verb's object right after it is its target ("visited Moscow").
	direct bool
	// ofAgent: "the visit of X" names the actor; otherwise "of" names the target.
	ofAgent bool
	// pair: a meeting of equals, "X and Y met", "summit between X and Y".
	pair bool
	// reverse: the subject receives rather than does ("X hosted Y").
	reverse bool
	// optionalTarget: the event stands without a target (protests, ceasefires).
	optionalTarget bool
	// skipAfter lists objects that cancel the trigger ("released a statement").
	skipAfter []string
	// verbForms holds the rule's verb forms, filled from the lexicon.
	verbForms map[string]bool
}

// lexEntry ties word forms to a rule; noun forms name the event, verb forms
// state it. A form may be both ("visit"): context decides.
type lexEntry struct {
	// verbs and nouns list word forms, space-separated.
	verbs, nouns string
	// rule is what the forms signal.
	rule eventRule
}

var (
	militaryWords     = []string{"weapons", "weapon", "arms", "ammunition", "munitions", "missiles", "missile", "tanks", "artillery", "shells", "drones", "rockets", "jets", "helicopters", "military", "weaponry", "warplanes", "howitzers"}
	humanitarianWords = []string{"food", "humanitarian", "medicine", "medicines", "medical", "relief", "grain", "fuel", "aid"}
	economicWords     = []string{"money", "loan", "loans", "funds", "funding", "financial", "economic", "credit", "budget"}
	diplomatWords     = []string{"diplomat", "diplomats", "ambassador", "envoy", "attache", "embassy", "staff"}
	troopWords        = []string{"troops", "soldiers", "forces", "warships", "battalions", "units", "peacekeepers"}
	agreementWords    = []string{"agreement", "agreements", "treaty", "accord", "accords", "deal", "pact", "memorandum", "protocol", "convention", "contract", "declaration", "charter", "communique"}
)

func modeMap(pairs ...any) map[string]string {
	m := map[string]string{}
	for i := 0; i+1 < len(pairs); i += 2 {
		for _, w := range pairs[i].([]string) {
			m[w] = pairs[i+1].(string)
		}
	}
	return m
}

// lexicon lists the triggers. Order matters where forms repeat: the first
// rule whose needs are met wins.
var lexicon = []lexEntry{
	{verbs: "visit visits visited visiting", nouns: "visit visits", rule: eventRule{name: "visit", typ: graph.Consult, mode: "visit", direct: true, preps: []string{"to"}, ofAgent: true}},
	{nouns: "trip trips journey tour", rule: eventRule{name: "trip", typ: graph.Consult, mode: "visit", preps: []string{"to"}, ofAgent: true}},
	{verbs: "travel travels travelled traveled travelling traveling fly flies flew", rule: eventRule{name: "travel", typ: graph.Consult, mode: "visit", preps: []string{"to"}}},
	{verbs: "arrive arrives arrived arriving", rule: eventRule{name: "arrive", typ: graph.Consult, mode: "visit", preps: []string{"in"}}},
	{verbs: "host hosts hosted hosting", rule: eventRule{name: "host", typ: graph.Consult, mode: "visit", direct: true, reverse: true}},
	{verbs: "phoned telephoned", rule: eventRule{name: "phone", typ: graph.Consult, mode: "phone", direct: true, preps: []string{"with"}, pair: true}},
	{nouns: "call calls conversation conversations", rule: eventRule{name: "phone", typ: graph.Consult, mode: "phone", need: []string{"phone", "telephone"}, window: 2, preps: []string{"with", "to"}, pair: true}},
	{verbs: "meet meets met", nouns: "meeting meetings summit summits talks encounter", rule: eventRule{name: "meet", typ: graph.Consult, mode: "meet", direct: true, preps: []string{"with"}, ofAgent: true, pair: true}},
	{verbs: "speak speaks spoke talk talked", rule: eventRule{name: "speak-with", typ: graph.Consult, mode: "meet", need: []string{"with"}, window: 1, preps: []string{"with"}, pair: true}},
	{verbs: "negotiate negotiates negotiated negotiating", nouns: "negotiations negotiation", rule: eventRule{name: "negotiate", typ: graph.Consult, mode: "negotiate", preps: []string{"with"}, pair: true}},
	{verbs: "invite invites invited inviting", nouns: "invitation invitations", rule: eventRule{name: "invite", typ: graph.Request, mode: "invite", direct: true, preps: []string{"to"}}},
	{verbs: "sign signs signed signing", nouns: "signing", rule: eventRule{name: "sign", typ: graph.Support, mode: "sign", need: agreementWords, window: 8, preps: []string{"with"}, pair: true}},
	{verbs: "reached reach reaches", rule: eventRule{name: "reach-agreement", typ: graph.Agree, need: append([]string{"consensus", "understanding"}, agreementWords...), window: 4, preps: []string{"with"}, pair: true}},
	{verbs: "agree agrees agreed agreeing", rule: eventRule{name: "agree", typ: graph.Agree, preps: []string{"with"}, pair: true}},
	{verbs: "promise promises promised pledge pledges pledged offer offers offered vow vows vowed", rule: eventRule{name: "promise", typ: graph.Agree, direct: true, preps: []string{"to"}}},
	{verbs: "supply supplies supplied supplying provide provides provided providing deliver delivers delivered delivering send sends sent sending sell sells sold selling give gives gave giving donate donates donated ship ships shipped transfer transfers transferred transferring", nouns: "supply supplies delivery deliveries transfer transfers shipment shipments sale sales",
		rule: eventRule{name: "supply", typ: graph.Aid, need: append(append(append([]string{}, militaryWords...), humanitarianWords...), economicWords...), window: 4,
			modes: modeMap(militaryWords, "military", humanitarianWords, "humanitarian", economicWords, "economic"), preps: []string{"to", "for"}}},
	{nouns: "aid assistance", rule: eventRule{name: "aid", typ: graph.Aid, modes: modeMap(militaryWords, "military", []string{"food", "humanitarian", "medical", "relief", "emergency"}, "humanitarian", economicWords, "economic"), window: 2, preps: []string{"to", "for"}}},
	{verbs: "sanction sanctioned sanctioning", nouns: "sanctions sanction embargo", rule: eventRule{name: "sanction", typ: graph.Sanction, direct: true, preps: []string{"on", "against"}, modes: map[string]string{"embargo": "embargo"}, window: 0}},
	{verbs: "impose imposes imposed imposing", rule: eventRule{name: "impose-sanctions", typ: graph.Sanction, need: []string{"sanctions", "embargo", "ban", "tariffs"}, window: 4, preps: []string{"on", "against"}}},
	{verbs: "expel expels expelled expelling", nouns: "expulsion", rule: eventRule{name: "expel-diplomats", typ: graph.Sanction, mode: "expel", need: diplomatWords, window: 6, direct: true, preps: []string{"from"}}},
	{verbs: "expel expels expelled expelling", nouns: "expulsion", rule: eventRule{name: "expel", typ: graph.Coerce, mode: "expel", direct: true}},
	{verbs: "suspend suspends suspended suspending", rule: eventRule{name: "suspend-ties", typ: graph.Sanction, mode: "suspend", need: []string{"ties", "relations", "talks", "cooperation", "aid", "assistance", "payments", "membership"}, window: 6, preps: []string{"with", "to", "for"}}},
	{verbs: "cut cuts severed sever severs broke", rule: eventRule{name: "cut-ties", typ: graph.Sanction, mode: "break", need: []string{"ties", "relations"}, window: 4, preps: []string{"with"}, pair: true}},
	{verbs: "boycott boycotts boycotted boycotting", nouns: "boycott", rule: eventRule{name: "boycott", typ: graph.Sanction, direct: true}},
	{verbs: "accuse accuses accused accusing blame blames blamed blaming fault faults faulted faulting", nouns: "accusation accusations", rule: eventRule{name: "accuse", typ: graph.Accuse, direct: true, preps: []string{"against"}}},
	{verbs: "condemn condemns condemned condemning criticise criticises criticised criticising criticize criticizes criticized criticizing denounce denounces denounced denouncing", nouns: "condemnation criticism", rule: eventRule{name: "condemn", typ: graph.Accuse, mode: "disapprove", direct: true, preps: []string{"of"}}},
	{verbs: "reject rejects rejected rejecting dismiss dismisses dismissed refuse refuses refused oppose opposes opposed", nouns: "rejection", rule: eventRule{name: "reject", typ: graph.Reject, direct: true, skipAfter: []string{"reports", "report", "claims", "allegations"}}},
	{verbs: "veto vetoes vetoed vetoing", nouns: "veto", rule: eventRule{name: "veto", typ: graph.Reject, mode: "veto", direct: true}},
	{verbs: "threaten threatens threatened threatening", nouns: "threat threats ultimatum", rule: eventRule{name: "threaten", typ: graph.Threaten, direct: true, preps: []string{"against", "to"}}},
	{verbs: "warn warns warned warning", rule: eventRule{name: "warn", typ: graph.Threaten, need: []string{"against"}, window: 5, direct: true}},
	{verbs: "attack attacks attacked attacking invade invades invaded invading raid raids raided", nouns: "attack attacks invasion raid raids offensive assault", rule: eventRule{name: "attack", typ: graph.Assault, direct: true, preps: []string{"on", "against"}}},
	{verbs: "bomb bombs bombed bombing", nouns: "bombing bombings bombardment", rule: eventRule{name: "bomb", typ: graph.Assault, mode: "bombing", direct: true, preps: []string{"on", "of"}}},
	{verbs: "shell shells shelled shelling", nouns: "shelling", rule: eventRule{name: "shell", typ: graph.Assault, mode: "shelling", direct: true, preps: []string{"of", "on"}}},
	{verbs: "strike struck", nouns: "strike strikes airstrike airstrikes", rule: eventRule{name: "strike", typ: graph.Assault, mode: "strike", need: []string{"air", "missile", "missiles", "drone", "drones", "rocket", "military", "airstrike", "airstrikes", "on", "against", "targeted"}, window: 2, direct: true, preps: []string{"on", "against"}}},
	{verbs: "clash clashes clashed clashing", nouns: "clash clashes fighting", rule: eventRule{name: "clash", typ: graph.Assault, mode: "clash", preps: []string{"with"}, pair: true}},
	{verbs: "protest protests protested", rule: eventRule{name: "protest-to", typ: graph.Accuse, mode: "protest", need: []string{"to"}, window: 3, preps: []string{"to"}}},
	{nouns: "complaint complaints protest", rule: eventRule{name: "complaint", typ: graph.Accuse, mode: "protest", need: []string{"lodged", "lodge", "lodges", "filed", "formal", "official"}, window: 3, preps: []string{"with", "against", "to"}}},
	{verbs: "protest protests protested protesting demonstrate demonstrated demonstrating rally rallied", nouns: "protest protests demonstration demonstrations rally rallies", rule: eventRule{name: "protest", typ: graph.Protest, need: []string{"against", "outside", "over", "in", "at", "near", "demanding", "across"}, window: 3, preps: []string{"against", "outside"}}},
	{verbs: "deploy deploys deployed deploying mobilize mobilizes mobilized mobilise mobilises mobilised massed", nouns: "deployment mobilization mobilisation buildup build-up", rule: eventRule{name: "deploy", typ: graph.Mobilize, mode: "troops", preps: []string{"to", "in", "near", "along", "against", "into"}, optionalTarget: true}},
	{verbs: "blockade blockades blockaded blockading", nouns: "blockade siege", rule: eventRule{name: "blockade", typ: graph.Coerce, mode: "blockade", direct: true, preps: []string{"of", "on", "against"}}},
	{verbs: "send sends sent sending move moves moved moving", rule: eventRule{name: "send-troops", typ: graph.Mobilize, mode: "troops", need: troopWords, window: 4, preps: []string{"to", "into", "against"}}},
	{verbs: "arrest arrests arrested arresting detain detains detained detaining", nouns: "arrest arrests detention", rule: eventRule{name: "arrest", typ: graph.Coerce, mode: "arrest", direct: true}},
	{verbs: "seize seizes seized seizing", nouns: "seizure", rule: eventRule{name: "seize", typ: graph.Coerce, mode: "seize", direct: true}},
	{verbs: "release releases released releasing free frees freed", rule: eventRule{name: "release", typ: graph.Retreat, mode: "release", direct: true, skipAfter: []string{"statement", "report", "video", "figures", "data", "details", "results", "list", "photos", "images", "footage", "document", "documents"}}},
	{verbs: "withdraw withdraws withdrew withdrawn withdrawing", nouns: "withdrawal pullout", rule: eventRule{name: "withdraw", typ: graph.Retreat, mode: "withdraw", preps: []string{"from"}}},
	{nouns: "ceasefire truce armistice", rule: eventRule{name: "ceasefire", typ: graph.Retreat, mode: "ceasefire", preps: []string{"with"}, pair: true}},
	{verbs: "apologise apologises apologised apologize apologizes apologized", nouns: "apology apologies", rule: eventRule{name: "apologize", typ: graph.Concede, mode: "apologize", preps: []string{"to"}}},
	{verbs: "cooperate cooperates cooperated cooperating collaborate collaborates collaborated", nouns: "cooperation collaboration", rule: eventRule{name: "cooperate", typ: graph.Cooperate, preps: []string{"with"}, pair: true,
		modes: map[string]string{"military": "military", "defence": "military", "defense": "military", "economic": "economic", "trade": "economic", "intelligence": "intelligence", "judicial": "judicial"}, window: 2}},
	{verbs: "support supports supported backs backed endorse endorses endorsed", rule: eventRule{name: "support", typ: graph.Support, direct: true}},
	{verbs: "praise praises praised welcome welcomes welcomed", rule: eventRule{name: "praise", typ: graph.Support, mode: "praise", direct: true}},
	{verbs: "recognise recognises recognised recognize recognizes recognized", nouns: "recognition", rule: eventRule{name: "recognize", typ: graph.Support, mode: "recognize", direct: true}},
	{verbs: "urge urges urged urging request requested requesting appeal appealed ask asks asked asking", nouns: "request requests appeal appeals", rule: eventRule{name: "request", typ: graph.Request, direct: true, preps: []string{"to", "on"}}},
	{verbs: "demand demands demanded demanding", nouns: "demand demands", rule: eventRule{name: "demand", typ: graph.Request, mode: "demand", direct: true, preps: []string{"of", "from"}}},
	{verbs: "call calls called calling", rule: eventRule{name: "call-on", typ: graph.Request, need: []string{"on", "upon"}, window: 1, preps: []string{"on", "upon"}}},
}

// trigger is a lexicon hit: the form's rules and whether it may be a noun
// or a verb.
type trigger struct {
	// rules are the rules the form may signal, in lexicon order.
	rules []*eventRule
	// verb and noun say whether the form is a verb form, a noun form or both.
	verb, noun bool
}

// triggers indexes the lexicon by folded word form.
var triggers = func() map[string]*trigger {
	m := map[string]*trigger{}
	for i := range lexicon {
		e := &lexicon[i]
		e.rule.verbForms = map[string]bool{}
		for _, f := range strings.Fields(e.verbs) {
			e.rule.verbForms[f] = true
			t := m[f]
			if t == nil {
				t = &trigger{}
				m[f] = t
			}
			if !slices.Contains(t.rules, &e.rule) {
				t.rules = append(t.rules, &e.rule)
			}
			t.verb = true
		}
		for _, f := range strings.Fields(e.nouns) {
			t := m[f]
			if t == nil {
				t = &trigger{}
				m[f] = t
			}
			if !slices.Contains(t.rules, &e.rule) {
				t.rules = append(t.rules, &e.rule)
			}
			t.noun = true
		}
	}
	return m
}()

// candidate is one statement of an event by one sentence, before merging.
type candidate struct {
	// typ and mode are the PLOVER type and mode the rule gives.
	typ  graph.EventType
	mode string
	// actors and targets are the article's entities taking part.
	actors, targets []*graph.Entity
	// location is where it happens, or nil.
	location *graph.Entity
	// date and precision come from the sentence's date cue, if any.
	date      string
	precision graph.Precision
	// status is "" when the sentence does not say; merge fills it in.
	status graph.Status
	// confidence is the rule's confidence in [0,1].
	confidence float64
	// rule names the rule that fired ("noun:visit-by").
	rule string
	// sent is the sentence stating the event.
	sent sentence
	// trigger is the index of the trigger token in the sentence.
	trigger int
	// noun is set when the trigger is a nominalisation.
	noun bool
	// pair marks a meeting of equals, which may be stated either way round.
	pair bool
	// optionalTarget lets the event stand without a target.
	optionalTarget bool
}

// sentenceView bundles what rules look at in one sentence.
type sentenceView struct {
	// toks are the sentence's tokens.
	toks []token
	// ms are its mentions, in text order.
	ms []mention
	// at maps a token index to the mention covering it, or -1.
	at []int
	// lastActor is the actor of the sentence's previous verb trigger, the
	// subject of a coordinated verb ("met X and visited Y").
	lastActor *graph.Entity
}

func newView(toks []token, ms []mention) *sentenceView {
	v := &sentenceView{toks: toks, ms: ms, at: make([]int, len(toks))}
	for i := range v.at {
		v.at[i] = -1
	}
	for n, m := range ms {
		for k := m.first; k <= m.last && k < len(toks); k++ {
			v.at[k] = n
		}
	}
	return v
}

// usable reports whether a mention can be an actor or target.
func usable(m mention) bool { return !m.modifier && !m.place }

// maxArgGap bounds how far rules look for arguments, keeping work linear
// in sentence length however long a sentence is.
const maxArgGap = 15

// prev returns the nearest usable mention ending before t, within the
// clause, or -1. A country named as a location ("in Israel") is where the
// subject is, not the subject.
func (v *sentenceView) prev(t int) int {
	for k := t - 1; k >= 0 && k >= t-maxArgGap; k-- {
		if n := v.at[k]; n >= 0 && usable(v.ms[n]) && !v.locative(n) {
			return n
		}
		if clauseBreak(v.toks[k]) {
			return -1
		}
	}
	return -1
}

// locative reports a mention right after "in", "at" or the like.
func (v *sentenceView) locative(n int) bool {
	f := v.ms[n].first
	return f > 0 && (v.toks[f-1].norm == "in" || v.toks[f-1].norm == "at" || v.toks[f-1].norm == "inside" || v.toks[f-1].norm == "near")
}

// next returns the first usable mention starting after t within the
// clause, or -1.
func (v *sentenceView) next(t int) int {
	for k := t + 1; k < len(v.toks) && k <= t+maxArgGap; k++ {
		if n := v.at[k]; n >= 0 && usable(v.ms[n]) {
			return n
		}
		if clauseBreak(v.toks[k]) {
			return -1
		}
	}
	return -1
}

// afterPrep returns the first usable mention introduced by one of preps
// within the clause after t, allowing determiners, titles and modifiers
// between the preposition and the mention.
func (v *sentenceView) afterPrep(t int, preps []string) int {
	tried := false
	for k := t + 1; k < len(v.toks) && k <= t+maxArgGap; k++ {
		if clauseBreak(v.toks[k]) {
			return -1
		}
		if !slices.Contains(preps, v.toks[k].norm) {
			continue
		}
		if tried {
			return -1 // only the first such preposition introduces the target
		}
		tried = true
		for j := k + 1; j < len(v.toks) && j <= k+6; j++ {
			if n := v.at[j]; n >= 0 {
				if usable(v.ms[n]) {
					return n
				}
				j = v.ms[n].last
				continue
			}
			u := v.toks[j]
			if u.norm == "the" || u.norm == "a" || u.norm == "an" || titles[u.norm] != "" || isTitleWord(u.norm) || u.text == "," || u.norm == "to" || u.norm == "of" {
				continue
			}
			if !u.punct && !u.upper && j-k <= 2 && !triggerWord(u.norm) {
				continue // "on northern Israel"
			}
			break
		}
	}
	return -1
}

func clauseBreak(t token) bool {
	return t.punct && (t.text == ";" || t.text == ":" || t.text == "(" || t.text == ")" || t.text == "—")
}

// beForms and auxiliaries sit between a subject and its verb.
var auxiliaries = map[string]bool{
	"has": true, "have": true, "had": true, "was": true, "were": true, "is": true, "are": true, "be": true, "been": true,
	"will": true, "would": true, "shall": true, "should": true, "can": true, "could": true, "may": true, "might": true,
	"did": true, "does": true, "do": true, "also": true, "then": true, "later": true, "reportedly": true, "allegedly": true,
	"not": true, "never": true, "already": true, "recently": true, "subsequently": true, "to": true, "set": true, "due": true,
	"expected": true, "scheduled": true, "planning": true, "plans": true, "planned": true, "going": true, "finally": true,
	"publicly": true, "officially": true, "formally": true, "strongly": true, "once": true, "again": true, "jointly": true,
}

var beForms = map[string]bool{"was": true, "were": true, "is": true, "are": true, "be": true, "been": true, "being": true, "got": true, "get": true}

// nounContext reports whether a form that may be noun or verb reads as a
// noun here: after a determiner, possessive or modifier, or before "by",
// "of", "between".
func nounContext(v *sentenceView, t int) bool {
	if t+1 < len(v.toks) {
		switch v.toks[t+1].norm {
		case "by", "of", "between", "is", "was", "will", "would", "has", "had", "came", "comes", "took", "takes", "follows", "followed", "heightens":
			return true
		}
	}
	if t == 0 {
		return false
	}
	p := v.toks[t-1]
	if p.poss {
		return true
	}
	if n := v.at[t-1]; n >= 0 && v.ms[n].form == formDemonym {
		return true
	}
	switch p.norm {
	case "air", "missile", "drone", "rocket", "phone", "telephone", "food", "military", "peace", "border", "trade",
		"nuclear", "bilateral", "joint", "naval", "artillery", "diplomatic", "economic", "humanitarian":
		return true
	case "the", "a", "an", "his", "her", "their", "its", "our", "this", "that", "these", "those", "upcoming", "forthcoming",
		"impending", "planned", "approaching", "proposed", "recent", "first", "official", "state", "supposed", "possible",
		"historic", "landmark", "last", "next", "latest", "any", "such", "two-day", "day", "week", "surprise", "further":
		return true
	}
	return false
}

// events finds the events a sentence states and adds them to the article.
func (a *article) events(s sentence, toks []token, ms []mention) {
	v := newView(toks, ms)
	type hit struct {
		t    int        // trigger token
		rule *eventRule // first rule whose needs are met
		noun bool       // read as a nominalisation
	}
	var hits []hit
	for t, tok := range toks {
		if tok.punct || tok.hyphen || (t > 0 && toks[t-1].hyphen) || v.at[t] >= 0 {
			continue // compounds ("agreed-upon") and names are not triggers
		}
		tr := triggers[tok.norm]
		if tr == nil {
			continue
		}
		noun := tr.noun && (!tr.verb || nounContext(v, t))
		if !noun && t > firstWord(toks) && tok.upper {
			continue // "Visiting Fellow": a capitalised verb form is part of a name
		}
		if !noun && strings.HasSuffix(tok.norm, "ing") && t > 0 && adjectivalBefore[toks[t-1].norm] {
			continue // "two visiting lawmakers": a participle used as an adjective
		}
		for _, r := range tr.rules {
			if r.matches(toks, t) {
				hits = append(hits, hit{t: t, rule: r, noun: noun || !r.verbForms[tok.norm]})
				break
			}
		}
	}
	if len(hits) == 0 {
		return
	}
	isTrigger := make([]bool, len(toks))
	for _, h := range hits {
		isTrigger[h.t] = true
	}
	var found []*candidate
	for _, h := range hits {
		if !h.noun && requestedAction(toks, h.t) {
			continue // "urged Hezbollah to release": only the request happened
		}
		c := a.arguments(v, h.t, h.rule, h.noun)
		if c == nil {
			continue
		}
		if !h.noun {
			v.lastActor = c.actors[0]
			if h.rule.reverse && len(c.targets) > 0 {
				v.lastActor = c.targets[0]
			}
		}
		c.sent = s
		c.trigger = h.t
		c.noun = h.noun
		c.typ, c.pair, c.optionalTarget = h.rule.typ, h.rule.pair, h.rule.optionalTarget
		c.mode = h.rule.modeAt(toks, h.t)
		c.status = clauseStatus(toks, h.t, isTrigger, !h.noun)
		if c.location == nil && c.typ == graph.Consult {
			c.location = v.place(h.t)
		}
		found = append(found, c)
		a.found = append(a.found, c)
	}
	// Dates go to the events found, so that a word that named no event
	// ("the African Union Summit") does not take a date from one that did.
	positions := make([]int, len(found))
	for i, c := range found {
		positions[i] = c.trigger
	}
	dates := nearestCues(findDateCues(toks), positions)
	for _, c := range found {
		if cue, ok := dates[c.trigger]; ok {
			c.date, c.precision, _ = cue.resolve(a.pub, a.hasPub, tense(toks[c.trigger], c.noun, c.status))
		}
		switch {
		case c.status != "" && c.status != graph.Reported:
		case a.future(c.date, c.precision):
			c.status = graph.Planned // "visits Pyongyang next month"
		case c.status == "" && a.past(c.date, c.precision):
			c.status = graph.Reported // "the leaders' September 13 meeting"
		}
	}
}

// adjectivalBefore are words after which an -ing form is an adjective.
var adjectivalBefore = map[string]bool{"the": true, "a": true, "an": true, "two": true, "three": true, "several": true, "some": true, "many": true, "his": true, "her": true, "their": true, "its": true, "our": true}

// requestGovernors make the infinitive after them a requested action,
// not an event: "urged X to release", "called on X to withdraw".
var requestGovernors = map[string]bool{
	"urge": true, "urges": true, "urged": true, "urging": true, "ask": true, "asks": true, "asked": true, "asking": true,
	"called": true, "calls": true, "calling": true, "call": true, "demand": true, "demanded": true, "demands": true,
	"want": true, "wants": true, "wanted": true, "requested": true, "request": true, "pressed": true, "pressing": true,
	"pressure": true, "pressured": true, "appealed": true, "told": true, "ordered": true, "expect": true, "expects": true,
	"required": true, "requires": true, "require": true, "forced": true, "persuade": true, "persuaded": true,
	"convince": true, "convinced": true, "encouraged": true, "encourage": true,
}

// requestedAction reports whether the verb at t is an infinitive governed
// by a verb of asking within the few words before it.
func requestedAction(toks []token, t int) bool {
	k := infinitiveTo(toks, t)
	if k < 0 {
		return false
	}
	reach := 6
	if k > 0 && (toks[k-1].norm == "and" || toks[k-1].norm == "or") {
		reach = maxArgGap // "urges X to withdraw ... and to cooperate"
	}
	for j := k - 1; j >= 0 && j >= k-reach; j-- {
		if requestGovernors[toks[j].norm] {
			return true
		}
		if clauseBreak(toks[j]) {
			break
		}
	}
	return false
}

// matches checks a rule's needs and cancelling objects around toks[t].
func (r *eventRule) matches(toks []token, t int) bool {
	for k := t + 1; k < len(toks) && k <= t+3; k++ {
		if slices.Contains(r.skipAfter, toks[k].norm) {
			return false
		}
	}
	if len(r.need) == 0 {
		return true
	}
	for k := max(0, t-r.window); k < len(toks) && k <= t+r.window; k++ {
		if k != t && slices.Contains(r.need, toks[k].norm) {
			return true
		}
	}
	return false
}

// modeAt refines the rule's mode by the words near the trigger.
func (r *eventRule) modeAt(toks []token, t int) string {
	if len(r.modes) == 0 {
		return r.mode
	}
	w := max(r.window, 2)
	if m, ok := r.modes[toks[t].norm]; ok {
		return m
	}
	for d := 1; d <= w; d++ {
		for _, k := range []int{t - d, t + d} {
			if k >= 0 && k < len(toks) {
				if m, ok := r.modes[toks[k].norm]; ok {
					return m
				}
			}
		}
	}
	return r.mode
}

// place returns a place named after "in"/"at" near the trigger.
func (v *sentenceView) place(t int) *graph.Entity {
	for k := t + 1; k < len(v.toks) && k <= t+maxArgGap; k++ {
		if n := v.at[k]; n >= 0 && v.ms[n].place {
			return v.ms[n].ent
		}
	}
	return nil
}

// pronounSubjects stand for the last person named: "He met", "the minister said".
var pronounSubjects = map[string]bool{"he": true, "she": true, "minister": true, "president": true, "premier": true, "chancellor": true, "leader": true, "secretary": true}

// collectiveSubjects stand for the parties of the last meeting: "the two
// leaders met", "their meeting".
var collectiveSubjects = map[string]bool{"their": true, "they": true, "leaders": true, "sides": true, "presidents": true, "ministers": true, "both": true, "counterparts": true}

// arguments finds actor and target for a trigger at t, or nil when the
// sentence does not name an actor.
func (a *article) arguments(v *sentenceView, t int, r *eventRule, noun bool) *candidate {
	c := &candidate{confidence: 0.75}
	var actor, target *graph.Entity
	kind := "verb:"
	if noun {
		kind = "noun:"
		c.confidence = 0.65
	}
	c.rule = kind + r.name
	ent := func(n int) *graph.Entity {
		if n < 0 {
			return nil
		}
		return v.ms[n].ent
	}
	toks := v.toks
	if noun {
		actor, target = a.nounArguments(v, t, r, c)
	} else {
		actor, target = a.verbArguments(v, t, r, c)
	}
	if actor == nil && noun && r.typ == graph.Request {
		// "an invitation extended by Kim": handled in nounArguments; nothing else.
		return nil
	}
	if actor == nil {
		actor, target = a.exchange(v, t, r, c)
	}
	if actor == nil && r.pair {
		// "their meeting", "the two leaders met": the parties of the last meeting.
		for k := t - 1; k >= 0 && k >= t-4; k-- {
			if collectiveSubjects[toks[k].norm] {
				if last := a.lastPair(r.typ); last != nil {
					actor, target = last.actors[0], first(last.targets)
					c.rule += "-anaphor"
					c.confidence = 0.5
				}
				break
			}
		}
	}
	if actor == nil {
		return nil
	}
	if target == nil && r.preps != nil && !strings.HasSuffix(c.rule, "-exchange") {
		target = ent(v.afterPrep(t, r.preps))
	}
	if target == nil && !r.optionalTarget && r.name != "invite" {
		// Without a target the statement can only join an event named
		// elsewhere in the article (see merge); mark it as weaker.
		c.confidence -= 0.05
	}
	if target == nil && r.typ == graph.Request && r.mode == "invite" {
		target = otherParty(v, actor, t)
		if target != nil {
			c.rule += "-other-party"
			c.confidence = 0.5
		}
	}
	if target != nil && target.ID == actor.ID {
		target = nil
	}
	if target != nil && target.Kind == graph.Location && r.mode == "visit" {
		c.location = target
		if host, ok := a.entities[target.Country]; ok {
			target = host
		} else if e := a.x.gaz.byCountry(target.Country); e != nil {
			target = a.entity(e)
		} else {
			target = nil
		}
	}
	if r.reverse && target != nil {
		actor, target = target, actor
	}
	c.actors = []*graph.Entity{actor}
	if target != nil {
		c.targets = []*graph.Entity{target}
	} else {
		c.confidence -= 0.15
	}
	return c
}

func first(es []*graph.Entity) *graph.Entity {
	if len(es) == 0 {
		return nil
	}
	return es[0]
}

// exchangeCues introduce the counterpart of a barter: what goes the other
// way from the last transfer named ("in exchange for food aid").
var exchangeCues = map[string]bool{"exchange": true, "return": true}

// exchange reads "X supplies Y ... in exchange for food aid": the aid goes
// from the last transfer's target to its actor.
func (a *article) exchange(v *sentenceView, t int, r *eventRule, c *candidate) (actor, target *graph.Entity) {
	if r.typ != graph.Aid {
		return nil, nil
	}
	for k := t - 1; k >= 1 && k >= t-8; k-- {
		if clauseBreak(v.toks[k]) {
			return nil, nil
		}
		if v.toks[k].norm == "for" && exchangeCues[v.toks[k-1].norm] {
			for i := len(a.found) - 1; i >= 0; i-- {
				if o := a.found[i]; o.typ == graph.Aid && len(o.targets) > 0 && o.sent.index < a.cur {
					c.rule, c.confidence = c.rule+"-exchange", 0.5
					return o.targets[0], o.actors[0]
				}
			}
			return nil, nil
		}
	}
	return nil, nil
}

// lastPair returns the most recent event of type typ with an actor and a target.
func (a *article) lastPair(typ graph.EventType) *candidate {
	for i := len(a.found) - 1; i >= 0; i-- {
		if c := a.found[i]; c.typ == typ && c.pair && len(c.targets) > 0 {
			return c
		}
	}
	return nil
}

// otherParty finds the counterpart of an actor in a sentence that names it
// only by context ("an invitation extended by Kim during their meeting"):
// the nearest other mention of the actor's kind, else of any kind.
func otherParty(v *sentenceView, actor *graph.Entity, t int) *graph.Entity {
	best, bestD := -1, 1<<30
	for pass := 0; pass < 2 && best < 0; pass++ {
		for n, m := range v.ms {
			if !usable(m) || m.ent.ID == actor.ID || (pass == 0 && m.ent.Kind != actor.Kind) {
				continue
			}
			d := m.first - t
			if d < 0 {
				d = t - m.last
			}
			if d < bestD {
				best, bestD = n, d
			}
		}
	}
	if best < 0 {
		return nil
	}
	return v.ms[best].ent
}

// nounArguments reads the arguments of a nominalisation: "X-Y summit",
// "summit between X and Y", "visit by X to Y", "X's visit to Y".
func (a *article) nounArguments(v *sentenceView, t int, r *eventRule, c *candidate) (actor, target *graph.Entity) {
	toks := v.toks
	ent := func(n int) *graph.Entity {
		if n < 0 {
			return nil
		}
		return v.ms[n].ent
	}
	// "Kim-Putin summit", "North Korea-Russia talks", "Kim Jong-un – Vladimir Putin summit".
	if r.pair && t > 0 {
		if n2 := v.at[t-1]; n2 > 0 {
			m2, m1 := v.ms[n2], v.ms[n2-1]
			gap := m2.first - m1.last
			joined := (gap == 1 && toks[m1.last].hyphen) || (gap == 2 && (toks[m1.last+1].text == "–" || toks[m1.last+1].text == "—" || toks[m1.last+1].text == "-" || toks[m1.last+1].norm == "and"))
			if joined && usable(m1) && m1.ent.ID != m2.ent.ID {
				c.rule, c.confidence = "noun:"+r.name+"-pair", 0.8
				return m1.ent, m2.ent
			}
		}
	}
	// "summit between X and Y".
	if t+1 < len(toks) && toks[t+1].norm == "between" {
		if n1 := v.next(t + 1); n1 >= 0 {
			n2 := -1
			if v.ms[n1].last+1 < len(toks) && toks[v.ms[n1].last+1].norm == "and" {
				n2 = v.next(v.ms[n1].last + 1)
			}
			c.rule, c.confidence = "noun:"+r.name+"-between", 0.8
			return ent(n1), ent(n2)
		}
	}
	// "visit by X", "invitation extended by X", "the visit of X".
	for k := t + 1; k < len(toks) && k <= t+3; k++ {
		w := toks[k].norm
		if w == "by" || (w == "from" && !slices.Contains(r.preps, "from")) || (w == "of" && r.ofAgent && k == t+1) {
			if n := v.next(k); n >= 0 && v.ms[n].first-k <= 8 {
				actor = ent(n)
				c.rule, c.confidence = "noun:"+r.name+"-"+w, 0.8
				if r.preps != nil {
					target = ent(v.afterPrep(v.ms[n].last, r.preps))
				}
				return actor, target
			}
			break
		}
		if toks[k].punct || toks[k].upper {
			break
		}
	}
	// "X's upcoming visit", "Putin's supposed North Korean trip".
	for k := t - 1; k >= 0 && k >= t-5; k-- {
		if n := v.at[k]; n >= 0 {
			m := v.ms[n]
			if toks[m.last].poss && m.ent.Kind != graph.Location {
				actor = m.ent
				c.rule, c.confidence = "noun:"+r.name+"-possessive", 0.8
				if m.last+1 < t {
					// A demonym between owner and noun is the destination or target.
					if n2 := v.at[t-1]; n2 >= 0 && n2 != n && v.ms[n2].ent.Kind == graph.Country {
						target = ent(n2)
					}
				}
				return actor, target
			}
			if m.form == formDemonym && m.last == t-1 {
				k = m.first
				continue
			}
			break
		}
		tk := toks[k]
		if tk.punct || tk.upper || tk.norm == "of" || tk.norm == "by" {
			break
		}
		if tk.norm == "his" || tk.norm == "her" {
			return nil, nil // "his visit": too unsure who
		}
	}
	// "U.S. sanctions on Iran", "the Russian invasion", "an Israeli air
	// strike": an attributive actor, perhaps before a bare modifier.
	for k := t - 1; k >= 0 && k >= t-3; k-- {
		if n := v.at[k]; n >= 0 {
			if usable(v.ms[n]) {
				c.rule = "noun:" + r.name + "-attributive"
				return ent(n), nil
			}
			break
		}
		if toks[k].punct || toks[k].upper || toks[k].norm == "and" || triggerWord(toks[k].norm) || supportVerbs[toks[k].norm] || notNames[toks[k].norm] {
			break
		}
	}
	// "X held talks with Y", "X imposed sanctions": a support verb's subject.
	sv := -1
	for k := t - 1; k >= 0 && k >= t-4; k-- {
		if supportVerbs[toks[k].norm] {
			if k+1 < t && (strings.HasSuffix(toks[k+1].norm, "ed") || toks[k+1].norm == "been") {
				break // "have promised new sanctions": an auxiliary, not "have talks"
			}
			sv = k
			break
		}
		if toks[k].punct || v.at[k] >= 0 || strings.HasSuffix(toks[k].norm, "ed") {
			break
		}
	}
	if sv < 0 {
		return nil, nil
	}
	if sv > 0 && toks[sv-1].norm == "and" && v.lastActor != nil {
		c.rule = "noun:" + r.name + "-coordinated" // "met X and offered an apology"
		return v.lastActor, nil
	}
	if n := v.prev(sv); n >= 0 && sv-v.ms[n].last <= 8 {
		for k := v.ms[n].last + 1; k < t; k++ {
			if collectiveSubjects[toks[k].norm] {
				return nil, nil
			}
		}
		actor = ent(n)
		if r.pair {
			if x, y, ok := andPair(v, n); ok {
				return x, y
			}
		}
		c.confidence = 0.55
		c.rule = "noun:" + r.name + "-subject"
		return actor, nil
	}
	return nil, nil
}

func triggerWord(w string) bool { return triggers[w] != nil }

// supportVerbs carry a nominalised event: "held talks", "imposed sanctions".
var supportVerbs = map[string]bool{
	"held": true, "hold": true, "holds": true, "holding": true, "had": true, "have": true, "has": true, "conducted": true,
	"launched": true, "launch": true, "launches": true, "made": true, "make": true, "makes": true, "paid": true, "pay": true,
	"pays": true, "imposed": true, "impose": true, "imposes": true, "extended": true, "issued": true, "announced": true,
	"began": true, "begin": true, "begins": true, "started": true, "opened": true, "staged": true, "declared": true,
	"offered": true, "expressed": true, "ordered": true, "reached": true, "signed": true, "carried": true, "mounted": true,
	"lodged": true, "filed": true, "sent": true, "delivered": true, "accepted": true, "received": true, "resumed": true,
	"attended": true, "continued": true, "completed": true, "wrapped": true, "concluded": true,
}

// andPair reads "X and Y" ending at mention n as a pair of equals.
func andPair(v *sentenceView, n int) (*graph.Entity, *graph.Entity, bool) {
	if n == 0 {
		return nil, nil, false
	}
	m := v.ms[n]
	// Step back over modifiers of the second party: "X and CPC leader Y".
	k := n - 1
	for k >= 0 && !usable(v.ms[k]) && v.ms[k].last > m.first-6 {
		k--
	}
	if k < 0 {
		return nil, nil, false
	}
	m0 := v.ms[k]
	if m0.last+1 >= m.first || v.toks[m0.last+1].norm != "and" || !usable(m0) || m0.ent.ID == m.ent.ID {
		return nil, nil, false
	}
	for j := m0.last + 2; j < m.first; j++ {
		u := v.toks[j]
		if v.at[j] < 0 && !u.upper && !isTitleWord(u.norm) && titles[u.norm] == "" && u.norm != "the" {
			return nil, nil, false
		}
	}
	return m0.ent, m.ent, true
}

// verbArguments reads a verb's subject and object, in active or passive voice.
func (a *article) verbArguments(v *sentenceView, t int, r *eventRule, c *candidate) (actor, target *graph.Entity) {
	toks := v.toks
	ent := func(n int) *graph.Entity {
		if n < 0 {
			return nil
		}
		return v.ms[n].ent
	}
	// Passive: "was invited by X", "were attacked by X".
	k := t - 1
	for k >= 0 && (strings.HasSuffix(toks[k].norm, "ly") || toks[k].norm == "also" || toks[k].norm == "not" || toks[k].norm == "been" || toks[k].norm == "being") {
		if toks[k].norm == "been" || toks[k].norm == "being" {
			break
		}
		k--
	}
	if k >= 0 && beForms[toks[k].norm] {
		for j := t + 1; j < len(toks) && j <= t+3; j++ {
			if toks[j].norm == "by" {
				if n := v.next(j); n >= 0 {
					c.rule += "-passive"
					return ent(n), ent(v.prev(t))
				}
			}
		}
		if strings.HasSuffix(toks[t].norm, "ed") || toks[t].norm == "met" || toks[t].norm == "sent" || toks[t].norm == "struck" {
			return nil, nil // agentless passive: no actor stated
		}
	}
	if t > 0 && toks[t-1].poss {
		return nil, nil // "Russia's demonstrated interest": a participle, not a verb
	}
	// Subject: a pronoun or bare title right before the verb is the last
	// person named; else the nearest mention before the verb.
	j := t - 1
	for j >= 0 && auxiliaries[toks[j].norm] {
		j--
	}
	switch {
	case j >= 0 && v.at[j] >= 0 && usable(v.ms[v.at[j]]):
		actor = ent(v.at[j])
		if r.pair {
			if x, y, ok := andPair(v, v.at[j]); ok {
				if n := v.next(t); n < 0 || !r.direct {
					return x, y
				}
				actor = x
			}
		}
	case j >= 0 && pronounSubjects[toks[j].norm] && (toks[j].norm == "he" || toks[j].norm == "she" || (j > 0 && toks[j-1].norm == "the")):
		actor = a.personBefore(v, j)
		c.rule += "-pronoun"
		c.confidence = 0.5
	case j >= 0 && collectiveSubjects[toks[j].norm]:
		return nil, nil // resolved by the caller for pairs
	case j >= 0 && toks[j].norm == "and" && v.lastActor != nil:
		actor = v.lastActor // "He met X and visited Y": the first verb's subject
		c.rule += "-coordinated"
	case j >= 0 && toks[j].text == ",":
		// "Lien Chan, chairman of the KMT, met Hu": the subject opens the
		// clause; "He reiterated ..., urging X": so does a pronoun.
		if p := firstWord(toks); p >= 0 && p < j && (toks[p].norm == "he" || toks[p].norm == "she") {
			actor = a.personBefore(v, p)
			c.rule += "-pronoun"
		} else {
			actor = ent(v.subject(j))
		}
		c.confidence = 0.6
	default:
		if n := v.prev(t); n >= 0 && t-v.ms[n].last <= 10 {
			actor = ent(n)
			c.confidence = 0.6
		}
	}
	if actor == nil {
		return nil, nil
	}
	if r.direct {
		if n := v.next(t); n >= 0 && v.ms[n].first-t <= 4 {
			target = ent(n)
		}
	}
	return actor, target
}

// firstWord returns the index of the sentence's first word, or -1.
func firstWord(toks []token) int {
	for i, t := range toks {
		if !t.punct {
			return i
		}
	}
	return -1
}

// subject returns the first usable mention of the sentence before the
// first comma, when that comma comes at or before j: the subject of a
// clause interrupted by an apposition.
func (v *sentenceView) subject(j int) int {
	for k := 0; k < j && k <= maxArgGap*2; k++ {
		if n := v.at[k]; n >= 0 && usable(v.ms[n]) {
			return n
		}
		if v.toks[k].text == "," || clauseBreak(v.toks[k]) {
			return -1
		}
	}
	return -1
}

// personBefore returns the person named last before token j: in this
// sentence, else in earlier ones.
func (a *article) personBefore(v *sentenceView, j int) *graph.Entity {
	for n := len(v.ms) - 1; n >= 0; n-- {
		if v.ms[n].last < j && v.ms[n].ent.Kind == graph.Person {
			return v.ms[n].ent
		}
	}
	return a.lastPerson
}
