package loader

import (
	"slices"
	"strings"

	"github.com/geokg/geokg/graph"
)

// This file reads resignations, which annotators code as CONCEDE of the
// one who gives up office, with the body left (or the party handed the
// resignation) as target where the sentence names one and none otherwise:
//   - phrasal verbs of leaving office: "stepped down as prime minister",
//     "will stand down from office" (resignationLexicon);
//   - the noun owned by the resigner under a verb of handing it over:
//     "announced his resignation", "tendered her resignation to the
//     king" (resignationFrames).
//
// Accepting a resignation is the accepter's AGREE with the resigner, read
// in verbalacts.go.

// resignationLexicon holds the phrasal verbs of leaving office. "down"
// must follow at once: "stood firm", "stepped up pressure" are no
// resignation.
var resignationLexicon = []lexEntry{
	// "quit his post", "quit as army chief", "quit politics": "quit
	// smoking", "quit the race" and "quit the union" leave no office.
	{verbs: "quit quits quitting", rule: eventRule{name: "step-down", typ: graph.Concede, need: []string{"post", "office", "as", "cabinet", "politics", "presidency", "premiership", "parliament"}, window: 3, preps: []string{"from", "as"}, optionalTarget: true}},
	{verbs: "step steps stepped stepping stand stands stood standing", rule: eventRule{name: "step-down", typ: graph.Concede, need: []string{"down"}, window: 1, preps: []string{"from", "as"}, optionalTarget: true}},
}

// concessionFirst holds the concessions of an election lost, which stand
// without a target ("Jorge Quiroga conceded defeat") unlike the broad
// "concede" of the main lexicon, which they are tried before.
var concessionFirst = []lexEntry{
	{verbs: "concede concedes conceded conceding admit admits admitted admitting", rule: eventRule{name: "concede-defeat", typ: graph.Concede, need: []string{"defeat", "election", "elections", "race"}, window: 2, direct: true, preps: []string{"to"}, optionalTarget: true}},
}

// resignationVerbRules name the lexicon rules whose verb says one gave up
// office or an election: "resigned", "stepped down", "conceded defeat".
var resignationVerbRules = map[string]bool{"resign": true, "step-down": true, "concede-defeat": true}

// baseResignationForms are the bare forms, which right after a named
// subject make a command ("Bush resign!"), not a report.
var baseResignationForms = map[string]bool{"resign": true, "step": true, "stand": true}

// keptResignation reports whether the verb of leaving office at t, read
// by the lexicon as c, stands as the resignation of its subject. Otherwise
// (false) the verb names no resignation, or the resigner is misread:
//   - "forces will stand down", "the UDA stood down its units": a phrasal
//     verb of leaving office (or of conceding defeat) has a person for
//     subject; a group standing down lays down arms;
//   - "campaign aide X resigned", "resigned from the Thompson campaign":
//     a post on a campaign is no office;
//   - "Bush step down!": a bare form right after a name is a crowd's
//     demand;
//   - "urged X to accept the decision and step down", "was advised by X to
//     resign": only asked of the subject, a request another rule reads.
//
// A person read as the body left ("step down as PM as Mr Beazley
// retains") is no target: one resigns an office, not a person (one
// concedes defeat to a person, though).
func keptResignation(v *sentenceView, t int, rule *eventRule, c *candidate) bool {
	if !resignationVerbRules[rule.name] {
		return true
	}
	if rule.name != "resign" && c.actors[0].Kind != graph.Person {
		return false
	}
	if t > 0 && v.at[t-1] >= 0 && baseResignationForms[v.toks[t].norm] {
		return false // "Bush step down!": a crowd's demand, not a finite verb
	}
	if rule.name != "concede-defeat" && campaignPost(v.toks, t) {
		return false
	}
	if askedToResign(v.toks, t) {
		return false
	}
	if rule.name != "concede-defeat" {
		c.targets = slices.DeleteFunc(c.targets, func(e *graph.Entity) bool { return e.Kind == graph.Person })
	}
	return true
}

// campaignPost reports a resignation at t from a post on an election
// campaign: "campaign" right before the resigner's name ("campaign aide
// Mike Henry resigned") or closing the body left ("resigned from the
// Thompson campaign").
func campaignPost(toks []token, t int) bool {
	for k := max(0, t-5); k < len(toks) && k <= t+5; k++ {
		if toks[k].norm == "campaign" && k != t {
			return true
		}
		if k > t && clauseBreak(toks[k]) {
			break
		}
	}
	return false
}

// askedToResign reports an infinitive at t asked of its subject where the
// lexicon's reading of requests misses it: coordinated after another
// infinitive ("urged X to accept the decision and step down") or governed
// by a verb of advice ("has been advised by X to resign").
func askedToResign(toks []token, t int) bool {
	to := -1
	for k := t - 1; k >= 0 && k >= t-maxArgGap; k-- {
		if clauseBreak(toks[k]) || toks[k].text == "." {
			break
		}
		if toks[k].norm == "to" {
			to = k
			break
		}
	}
	if to < 0 {
		return false
	}
	if to < t-3 {
		// Only a coordinated infinitive may stand this far from its "to".
		if t == 0 || (toks[t-1].norm != "and" && toks[t-1].norm != "or") {
			return false
		}
		for k := to - 1; k >= 0 && k >= to-maxArgGap; k-- {
			if requestGovernors[toks[k].norm] {
				return true // "urged X to accept the decision to sack him and step down"
			}
			if clauseBreak(toks[k]) || toks[k].text == "." {
				break
			}
		}
	}
	for k := to - 1; k >= 0 && k >= to-6; k-- {
		if resignationAdvisers[toks[k].norm] {
			return true
		}
		if clauseBreak(toks[k]) {
			break
		}
	}
	return false
}

// resignationAdvisers govern an infinitive that is only recommended: "advised him
// to resign", "was urged by X to step down".
var resignationAdvisers = map[string]bool{
	"advise": true, "advises": true, "advised": true, "advising": true, "urged": true, "asked": true,
	"recommend": true, "recommends": true, "recommended": true, "counselled": true, "counseled": true,
}

// handedResignations are the nouns of a resignation handed over.
var handedResignations = map[string]bool{"resignation": true, "resignations": true}

// resignationHandovers are the verbs that make a resignation owned by
// their subject happen: "announced his resignation", "tendered her
// resignation to the king".
var resignationHandovers = map[string]bool{
	"announce": true, "announces": true, "announced": true, "announcing": true,
	"tender": true, "tenders": true, "tendered": true, "tendering": true,
	"submit": true, "submits": true, "submitted": true, "submitting": true,
	"offer": true, "offers": true, "offered": true, "offering": true,
	"declare": true, "declares": true, "declared": true, "declaring": true,
	"present": true, "presents": true, "presented": true, "presenting": true,
	"send": true, "sends": true, "sent": true, "sending": true,
	"confirm": true, "confirms": true, "confirmed": true, "confirming": true,
}

// handInVerbs hand in what follows "in": "handed in his resignation",
// "put in her resignation".
var handInVerbs = map[string]bool{"hand": true, "hands": true, "handed": true, "handing": true, "put": true, "puts": true, "putting": true}

// resignationFrames reads "X announced his resignation" and "X tendered
// his resignation to Y": CONCEDE of the pronoun's owner, a person named
// before it, with the party the resignation went to as target. Where a
// body left is named ("announced her resignation from the Senate") the
// noun rule of the lexicon reads it.
func (a *article) resignationFrames(s sentence, v *sentenceView) []*candidate {
	var out []*candidate
	toks := v.toks
	for t := 1; t < len(toks); t++ {
		if !toks[t].is(classFrameOpener) || !handedResignations[toks[t].norm] {
			continue
		}
		if c := a.acceptedResignationRef(s, v, t); c != nil {
			out = append(out, c)
			continue
		}
		pron := t - 1
		for pron > 0 && t-pron <= 3 && !personalPronoun(toks[pron].norm) && v.at[pron] < 0 && !toks[pron].upper && (!toks[pron].punct || toks[pron].hyphen) {
			pron-- // "submitted his long-expected resignation"
		}
		if pron < 1 || !personalPronoun(toks[pron].norm) {
			continue
		}
		verb := pron - 1
		if toks[verb].norm == "in" && verb > 0 && handInVerbs[toks[verb-1].norm] {
			verb-- // "handed in his resignation"
		} else if !resignationHandovers[toks[verb].norm] {
			continue
		}
		if t+1 < len(toks) && resignationModifiees[toks[t+1].norm] {
			continue // "announce his resignation plans": only the plans are spoken of
		}
		if unwilledHandover(toks, verb) {
			continue // "has no plans to hand in his resignation"
		}
		n := v.pronounOwner(pron)
		if n < 0 || v.ms[n].ent.Kind != graph.Person {
			continue
		}
		resigner := v.ms[n].ent
		if left := v.afterPrep(t, resignRule.preps); left >= 0 && v.ms[left].ent != resigner {
			continue // "announced her resignation from the Senate": the lexicon's
		}
		c := &candidate{typ: graph.Concede, rule: "noun:resign-handed", sent: s, trigger: t, confidence: frameConfidence, noun: true}
		if to := v.afterPrep(t, []string{"to"}); to >= 0 && v.ms[to].ent != resigner && v.ms[to].ent.Kind != graph.Location {
			if !a.setParties(c, []*graph.Entity{resigner}, []*graph.Entity{v.ms[to].ent}) {
				continue
			}
		} else {
			c.actors, c.optionalTarget = a.withStates([]*graph.Entity{resigner}, nil), true
		}
		c.status = clauseStatus(toks, verb, make([]bool, len(toks)), true)
		c.status = supposedStatus(toks, verb, false, hedgedStatus(toks, verb, c.status))
		out = append(out, c)
	}
	return out
}

// personalPronoun reports "his" or "her", which stand for a person.
func personalPronoun(w string) bool { return w == "his" || w == "her" }

// resignationModifiees are nouns that "resignation" only qualifies.
var resignationModifiees = map[string]bool{"plan": true, "plans": true, "rumours": true, "rumors": true, "speculation": true, "demands": true, "calls": true}

// unwilledHandover reports a handover verb at verb that is negated or
// refused in its clause: "has no plans to hand in his resignation",
// "refused to tender his resignation", "did not offer his resignation".
func unwilledHandover(toks []token, verb int) bool {
	for k := verb - 1; k >= 0 && k >= verb-6; k-- {
		w := toks[k].norm
		if negations[w] || w == "refused" || w == "refuses" || w == "refuse" || w == "declined" || w == "declines" || w == "rejected" {
			return true
		}
		if clauseBreak(toks[k]) || toks[k].text == "," {
			break
		}
	}
	return false
}

// acceptedResignationRef reads the acceptance of a resignation the noun
// at t only refers to: "the king accepted his resignation", "the
// resignation was accepted by the king". The accepter agrees with the
// resigner (AGREE), who is the person "his" or "her" stands for, or else
// the one the article reported resigning shortly before. "Accepted the
// resignation of X" and "X's resignation was accepted" name the resigner
// and are verbalacts.go's and the lexicon's.
func (a *article) acceptedResignationRef(s sentence, v *sentenceView, t int) *candidate {
	toks := v.toks
	det := t - 1
	if toks[det].norm != "his" && toks[det].norm != "her" && toks[det].norm != "the" {
		return nil
	}
	if t+1 < len(toks) && toks[t+1].norm == "of" {
		return nil
	}
	verb, passive := -1, false
	switch {
	case det > 0 && acceptanceVerbs[toks[det-1].norm] && toks[det-1].norm != "received":
		verb = det - 1 // "the king accepted his resignation"
	default:
		// "his resignation was accepted by the king", "has been accepted".
		for k := t + 1; k < len(toks) && k <= t+3; k++ {
			if acceptanceVerbs[toks[k].norm] && toks[k].norm != "received" && beForms[toks[k-1].norm] {
				verb, passive = k, true
				break
			}
			if !beForms[toks[k].norm] && toks[k].norm != "has" && toks[k].norm != "had" && !strings.HasSuffix(toks[k].norm, "ly") {
				break
			}
		}
	}
	if verb < 0 {
		return nil
	}
	c := &candidate{typ: graph.Agree, rule: "verb:accept-resignation-ref", sent: s, trigger: verb, confidence: frameConfidence}
	var accepter *graph.Entity
	if passive {
		if n := v.afterPrep(verb, []string{"by"}); n >= 0 && v.ms[n].first <= verb+6 {
			accepter = v.ms[n].ent
		}
	} else {
		accepter, _ = a.verbArguments(v, verb, &eventRule{typ: graph.Agree}, c)
	}
	if accepter == nil || accepter.Kind == graph.Location {
		return nil
	}
	var resigner *graph.Entity
	if det := toks[t-1].norm; det == "his" || det == "her" {
		if n := v.pronounOwner(t - 1); n >= 0 && v.ms[n].ent.Kind == graph.Person && v.ms[n].ent != accepter {
			resigner = v.ms[n].ent
		}
	}
	if resigner == nil {
		resigner = a.recentResigner(s)
	}
	if resigner == nil || accepter == resigner {
		return nil
	}
	if !a.setParties(c, []*graph.Entity{accepter}, []*graph.Entity{resigner}) {
		return nil
	}
	c.status = frameStatus(toks, verb, true)
	return c
}

// resignerReach is how many sentences back a resignation the article
// reported may be what a bare "the resignation" refers to.
const resignerReach = 3

// recentResigner returns the person the article reported resigning in the
// last few sentences before s (or earlier in it), or nil.
func (a *article) recentResigner(s sentence) *graph.Entity {
	for i := len(a.found) - 1; i >= 0; i-- {
		c := a.found[i]
		if s.index-c.sent.index > resignerReach {
			break
		}
		if c.typ == graph.Concede && len(c.actors) > 0 && c.actors[0].Kind == graph.Person && resignationRuleName(c.rule) {
			return c.actors[0]
		}
	}
	return nil
}

// resignationRuleName reports a claim rule that reads a resignation.
func resignationRuleName(rule string) bool {
	return strings.Contains(rule, ":resign") || strings.Contains(rule, ":step-down")
}

// resignRule is the lexicon's rule of "resign" and "resignation".
var resignRule = lexiconRule("resign")
