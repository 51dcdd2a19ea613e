package loader

import (
	"slices"
	"strings"

	"github.com/geokg/geokg/graph"
)

// Verbal cooperation and conflict stated in frames the plain lexicon does
// not reach: trials a state holds, opposition to another's act, charges
// laid in a that-clause, wishes that another act, harsh words for someone.

// actNouns name what a party did or does: opposing it criticises the doer
// (ACCUSE), where opposing a proposal or an accord turns it down (REJECT).
var actNouns = []string{
	"visit", "visits", "trip", "presence", "involvement", "interference", "intervention", "invasion", "occupation",
	"actions", "conduct", "behaviour", "behavior", "handling", "deployment", "incursion", "remarks", "comments",
	"participation", "policies",
}

// harshAdjectives make "words for X" criticism: "had sharp words for X".
var harshAdjectives = []string{"harsh", "sharp", "strong", "tough", "stern", "angry", "bitter", "scathing", "critical", "blunt"}

// verbalLexicon holds the entries of this file's frames. It is searched
// before the main lexicon, whose broader readings of the same forms
// ("opposed" as REJECT) apply when these needs are not met.
var verbalLexicon = []lexEntry{
	{verbs: "oppose opposes opposed opposing", rule: eventRule{name: "oppose-act", typ: graph.Accuse, need: actNouns, window: 7, direct: true}},
}

// verbalArguments corrects the parties of "oppose-act" in the passive:
// "X's visit to China was opposed by Y" — Y accuses X, not the place
// visited, which the generic passive takes for the subject.
func (a *article) verbalArguments(v *sentenceView, t int, r *eventRule, c *candidate) {
	if r.name != "oppose-act" || !strings.Contains(c.rule, "-passive") {
		return
	}
	target := v.actDoerBefore(t)
	if target == nil || slices.Contains(c.actors, target) || a.sameSide(c.actors[0], target) {
		c.targets = nil // the passive's subject is an act of no named party
		return
	}
	c.targets = a.withStates([]*graph.Entity{target}, c.actors)
	c.confidence = 0.6
}

// actDoerBefore finds, before the passive verb at t, an act noun and the
// party owning it: "Lien's visit to China was strongly opposed".
func (v *sentenceView) actDoerBefore(t int) *graph.Entity {
	for k := t - 1; k >= 1 && k >= t-10; k-- {
		if clauseBreak(v.toks[k]) {
			return nil
		}
		if !slices.Contains(actNouns, v.toks[k].norm) {
			continue
		}
		if n := v.at[k-1]; n >= 0 && v.toks[v.ms[n].last].poss && usable(v.ms[n]) && v.ms[n].ent.Kind != graph.Location {
			return v.ms[n].ent
		}
		return nil
	}
	return nil
}

// clauseSubjectAfter returns the mention opening the clause that starts at
// k ("that Syria had lied", "that the Iranian government"), or -1.
func (v *sentenceView) clauseSubjectAfter(k int) int {
	for j := k; j < len(v.toks) && j <= k+3; j++ {
		if n := v.at[j]; n >= 0 {
			if usable(v.ms[n]) && v.ms[n].ent.Kind != graph.Location {
				return n
			}
			return -1
		}
		if !objectDeterminers[v.toks[j].norm] && !isTitleWord(v.toks[j].norm) && v.toks[j].norm != "that" {
			return -1
		}
	}
	return -1
}

// trialNouns are what one faces or stands when a state tries one.
var trialNouns = map[string]bool{"trial": true, "charges": true, "prosecution": true}

// facingVerbs take a trial as object with the accused as subject.
var facingVerbs = map[string]bool{"face": true, "faces": true, "faced": true, "facing": true, "stand": true, "stands": true, "stood": true, "standing": true}

// placingVerbs put someone on trial or under investigation.
var placingVerbs = map[string]bool{"put": true, "puts": true, "putting": true, "placed": true, "place": true, "places": true, "placing": true}

// trialRule stands for the verbs of the trial frames when their subject
// is read with verbArguments.
var trialRule = eventRule{name: "trial", typ: graph.Accuse, mode: "trial"}

// verbalFrames reads the frames that need more structure than a trigger
// and its needs:
//   - "X will face trial in Senegal", "X stood trial in Peru": the state
//     tries (accuses) X; with no state named, no one is said to accuse;
//   - "Peru put X on trial", "X was put under investigation in Italy";
//   - "Peru wants Chile to withdraw": a wish that another act is a request;
//   - "Peru objected to Chile's plan", "Peru charged that Chile lied",
//     "Garcia had sharp words for Chile": criticism.
func (a *article) verbalFrames(s sentence, v *sentenceView) []*candidate {
	var out []*candidate
	toks := v.toks
	for t, tok := range toks {
		if v.at[t] >= 0 {
			continue
		}
		var c *candidate
		switch {
		case tok.is(classFacingVerb):
			c = a.faceTrial(v, t)
		case tok.is(classPlacingVerb):
			c = a.putOnTrial(v, t)
		case tok.norm == "want" || tok.norm == "wants" || tok.norm == "wanted":
			c = a.wantsTo(v, t)
		case tok.is(classObjectingVerb):
			c = a.objectsTo(v, t)
		case tok.is(classChargingVerb):
			c = a.chargesThat(v, t)
		case tok.norm == "words":
			c = a.harshWords(v, t)
		}
		if c == nil {
			continue
		}
		c.sent, c.trigger = s, t
		c.actors = a.withStates(c.actors, c.targets)
		c.targets = a.withStates(c.targets, c.actors)
		c.targets = slices.DeleteFunc(c.targets, func(e *graph.Entity) bool {
			return slices.Contains(c.actors, e) || (c.typ == graph.Request && a.sameSide(c.actors[0], e))
		}) // a state may try its own former leader, not ask itself
		if len(c.targets) == 0 {
			continue
		}
		c.status = frameStatus(toks, t, true)
		out = append(out, c)
	}
	return out
}

// faceTrial reads "X will face trial in Senegal": Senegal accuses X.
func (a *article) faceTrial(v *sentenceView, t int) *candidate {
	toks := v.toks
	k := t + 1
	if k < len(toks) && toks[k].norm == "a" {
		k++
	}
	if k >= len(toks) || !trialNouns[toks[k].norm] || (t > 0 && toks[t-1].norm == "to") {
		return nil // "extradited to face trial": who is tried is the extradition's object
	}
	state := a.trialVenue(v, k+1) // accusedtrials.go: "in Senegal", "in Dakar", "at the Special Court"
	if state == nil {
		return nil
	}
	c := &candidate{typ: graph.Accuse, mode: "trial", rule: "verb:face-trial", confidence: 0.6}
	accused, _ := a.verbArguments(v, t, &trialRule, c)
	if accused == nil || accused.Kind == graph.Country || accused.Kind == graph.Location || strings.Contains(c.rule, "-pronoun") {
		return nil // "He will face trial": the last person named is too often someone else
	}
	c.actors, c.targets = []*graph.Entity{state}, []*graph.Entity{accused}
	return c
}

// putOnTrial reads "Peru put X on trial" and "X was put under
// investigation in Italy".
func (a *article) putOnTrial(v *sentenceView, t int) *candidate {
	toks := v.toks
	mode := func(k int) string {
		if k+1 >= len(toks) {
			return ""
		}
		switch {
		case toks[k].norm == "on" && toks[k+1].norm == "trial":
			return "trial"
		case toks[k].norm == "under" && toks[k+1].norm == "investigation":
			return "investigate"
		}
		return ""
	}
	c := &candidate{typ: graph.Accuse, rule: "verb:put-on-trial", confidence: 0.6}
	if c.mode = mode(t + 1); c.mode != "" {
		// Passive: the subject is tried, the state is where.
		if t == 0 || !beForms[toks[t-1].norm] {
			return nil
		}
		state := v.trialState(t + 3)
		accused := a.subjectBefore(v, t-1)
		if state == nil || accused == nil {
			return nil
		}
		c.actors, c.targets = []*graph.Entity{state}, []*graph.Entity{accused}
		return c
	}
	n := v.directObject(t)
	if n < 0 {
		return nil
	}
	if c.mode = mode(v.ms[n].last + 1); c.mode == "" {
		return nil
	}
	actor, _ := a.verbArguments(v, t, &trialRule, c)
	if actor == nil {
		return nil
	}
	c.actors, c.targets = []*graph.Entity{actor}, []*graph.Entity{v.ms[n].ent}
	return c
}

// subjectBefore returns the party named right before the auxiliaries
// ending at j ("A US citizen, X, has been"), a pronoun resolved to the last
// person named.
func (a *article) subjectBefore(v *sentenceView, j int) *graph.Entity {
	for j >= 0 && (auxiliaries[v.toks[j].norm] || beForms[v.toks[j].norm]) {
		j--
	}
	if j < 0 {
		return nil
	}
	if w := v.toks[j].norm; w == "he" || w == "she" {
		return a.personBefore(v, j)
	}
	if n := v.at[j]; n >= 0 && usable(v.ms[n]) && v.ms[n].ent.Kind != graph.Location {
		return v.ms[n].ent
	}
	return nil
}

// trialState returns the state named by "in X" at k, where a trial is
// held: the country itself, or the country of a city in it.
func (v *sentenceView) trialState(k int) *graph.Entity {
	if k+1 >= len(v.toks) || v.toks[k].norm != "in" {
		return nil
	}
	n := v.at[k+1]
	if n < 0 || v.ms[n].first != k+1 || v.ms[n].modifier {
		return nil
	}
	if e := v.ms[n].ent; e.Kind == graph.Country {
		return e
	}
	return nil
}

// unwishedVerbs after "want X to" state no request of X: "want X to be
// freed" asks it of someone else, "want X to have" is a hope.
var unwishedVerbs = map[string]bool{"be": true, "have": true, "know": true, "see": true, "hear": true, "understand": true, "become": true, "remain": true, "stay": true, "win": true, "succeed": true, "get": true}

// wantsTo reads "Peru wants Chile to withdraw": a request of Chile.
func (a *article) wantsTo(v *sentenceView, t int) *candidate {
	toks := v.toks
	n := v.next(t)
	if n < 0 || v.ms[n].first != t+1 || !usable(v.ms[n]) || v.ms[n].ent.Kind == graph.Location {
		return nil
	}
	k := v.ms[n].last + 1
	if k+1 >= len(toks) || toks[k].norm != "to" || unwishedVerbs[toks[k+1].norm] || toks[k+1].punct || toks[k+1].upper {
		return nil
	}
	c := &candidate{typ: graph.Request, rule: "verb:want-to", confidence: 0.6}
	actor, _ := a.verbArguments(v, t, &wishRule, c)
	if actor == nil {
		return nil
	}
	c.actors, c.targets = []*graph.Entity{actor}, []*graph.Entity{v.ms[n].ent}
	return c
}

// wishRule stands for "want" when its subject is read with verbArguments.
var wishRule = eventRule{name: "want-to", typ: graph.Request}

// objectingVerbs object to something; they are kept out of the lexicon,
// where "object" as a noun would count as a trigger word.
var objectingVerbs = map[string]bool{"object": true, "objects": true, "objected": true, "objecting": true}

// chargingVerbs charge that something is so.
var chargingVerbs = map[string]bool{"charges": true, "charged": true}

// criticismRule stands for the verbs of the criticism frames when their
// subject is read with verbArguments.
var criticismRule = eventRule{name: "criticise", typ: graph.Accuse}

// criticism builds an ACCUSE of the party at mention n by the subject of
// the verb at t, or nil when no subject is named.
func (a *article) criticism(v *sentenceView, t, n int, rule string) *candidate {
	if n < 0 || !usable(v.ms[n]) || v.ms[n].ent.Kind == graph.Location {
		return nil
	}
	c := &candidate{typ: graph.Accuse, mode: "disapprove", rule: rule, confidence: 0.6}
	actor, _ := a.verbArguments(v, t, &criticismRule, c)
	if actor == nil || actor == v.ms[n].ent || a.sameSide(actor, v.ms[n].ent) {
		return nil // "the EC Commission charged that EC producers": its own side
	}
	c.actors, c.targets = []*graph.Entity{actor}, []*graph.Entity{v.ms[n].ent}
	return c
}

// objectsTo reads "Peru objected to Chile's plan": Peru criticises Chile.
func (a *article) objectsTo(v *sentenceView, t int) *candidate {
	if t+1 >= len(v.toks) || v.toks[t+1].norm != "to" {
		return nil
	}
	return a.criticism(v, t, v.afterPrep(t, []string{"to"}), "verb:object-to")
}

// chargesThat reads "Peru charged that Chile had lied": the subject of the
// charged clause is accused. "was charged that" is no charge of the
// subject's making.
func (a *article) chargesThat(v *sentenceView, t int) *candidate {
	toks := v.toks
	if t+2 >= len(toks) || toks[t+1].norm != "that" || (t > 0 && (beForms[toks[t-1].norm] || objectDeterminers[toks[t-1].norm])) {
		return nil
	}
	n := v.clauseSubjectAfter(t + 2)
	if n >= 0 && v.ms[n].last+2 < len(toks) && beForms[toks[v.ms[n].last+1].norm] && strings.HasSuffix(toks[v.ms[n].last+2].norm, "ed") {
		return nil // "charged that Zuma was fired": the clause's subject suffered the act
	}
	return a.criticism(v, t, n, "verb:charge-that")
}

// harshWords reads "Garcia had sharp words for Chile": the one who had
// them criticises the one they were for.
func (a *article) harshWords(v *sentenceView, t int) *candidate {
	toks := v.toks
	if t < 2 || t+2 >= len(toks) || !slices.Contains(harshAdjectives, toks[t-1].norm) || toks[t+1].norm != "for" {
		return nil
	}
	verb := t - 2
	if toks[verb].norm == "some" || toks[verb].norm == "very" {
		verb--
	}
	if verb < 1 || !wordsVerbs[toks[verb].norm] {
		return nil
	}
	return a.criticism(v, verb, v.directObject(t+1), "noun:harsh-words")
}

// wordsVerbs have words for someone: "had harsh words for".
var wordsVerbs = map[string]bool{"had": true, "has": true, "have": true, "having": true, "reserved": true, "saved": true, "used": true}
