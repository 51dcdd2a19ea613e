package loader

import (
	"slices"
	"strings"

	"github.com/geokg/geokg/graph"
)

// This file reads criticism stated without a verb of accusing:
//   - a complaint or allegation whose clause names the party at fault:
//     "X complained that Y had broken the truce", "X alleged that the Y
//     army used excessive force", "X protested that Y ignored the deal" —
//     X accuses Y;
//   - a verdict passed on what a party owns or did, by a naming verb: "X
//     described Y's missile programme as a grave threat", "X called the
//     policy of Y a blunder", and fronted, "Calling Y's plan a disaster, X
//     said ..." — X accuses Y;
//   - criticism echoed: "X echoed the criticism of Y", "X echoed Z's
//     criticism" — X accuses whom the criticism echoed was about: Y, or
//     the party the article's last accusation named.

// complaintThatVerbs state a grievance in a "that" clause whose subject is
// the party at fault. "charged that" is read in verbal.go.
var complaintThatVerbs = map[string]bool{
	"complain": true, "complains": true, "complained": true, "complaining": true, "allege": true, "alleges": true,
	"alleged": true, "alleging": true, "protest": true, "protests": true, "protested": true, "protesting": true,
	"lament": true, "laments": true, "lamented": true, "lamenting": true,
}

// verdicts join disapprovalWords and pejoratives as what a naming verb
// calls a thing it condemns: "called the plan a blunder". They stay out
// of disapprovalWords, where the fallback reading of statements would
// take "in great danger" or "goes wrong" for a verdict on a party.
var verdicts = []string{
	"blunder", "blunders", "disaster", "disastrous", "catastrophe", "catastrophic", "scheming", "scheme", "libel",
	"libellous", "obstacle", "misguided", "unreasonable", "rude", "ridiculous", "nonsense", "foolish", "stupid",
	"shameless", "appalling", "despicable", "cowardly", "cynical", "scandal", "scandalous", "betrayal", "travesty",
	"disgraceful", "abhorrent", "unlawful", "flawed", "misleading", "dishonest", "deceitful", "undemocratic",
	"repressive", "brutal", "inhumane", "cruel", "atrocity", "outrage", "wrong", "misuse", "folly", "danger",
	"unacceptably", "unfair", "arbitrary", "hostility", "deception", "bluff", "extortion", "coercion",
}

// isVerdict reports a word that condemns what it is said of.
func isVerdict(w string) bool {
	return slices.Contains(verdicts, w) || slices.Contains(disapprovalWords, w) || slices.Contains(pejoratives, w)
}

// sufferedNouns name what befell a party: a verdict on "Y's arrest"
// condemns whoever arrested Y, not Y.
var sufferedNouns = map[string]bool{
	"arrest": true, "arrests": true, "detention": true, "imprisonment": true, "incarceration": true, "treatment": true,
	"killing": true, "death": true, "murder": true, "assassination": true, "execution": true, "expulsion": true,
	"ouster": true, "dismissal": true, "removal": true, "sentence": true, "sentencing": true, "conviction": true,
	"trial": true, "abduction": true, "kidnapping": true, "exclusion": true, "isolation": true, "suffering": true,
	"plight": true, "condition": true, "defeat": true, "loss": true, "invasion": true, "occupation": true,
	"bombing": true, "persecution": true, "prosecution": true, "extradition": true, "deportation": true,
	"disappearance": true, "capture": true, "injury": true, "injuries": true, "torture": true, "beating": true,
	"shooting": true, "rape": true, "fate": true, "release": true, "firing": true, "sacking": true,
}

// maxOwnedSpan bounds the words between a party's possessive and the head
// of what it owns: "Iran's growing nuclear missile programme".
const maxOwnedSpan = 4

// criticisms reads the frames of this file in the sentence.
func (a *article) criticisms(s sentence, v *sentenceView) []*candidate {
	var out []*candidate
	toks := v.toks
	for t, tok := range toks {
		if v.at[t] >= 0 || !tok.punct && !tok.is(classFrameOpener) && !tok.is(classNamingVerb) && !tok.is(classSpeech) && tok.norm != "saying" {
			continue
		}
		var c *candidate
		switch {
		case complaintThatVerbs[tok.norm]:
			if c = a.chargesThat(v, t); c != nil {
				c.rule = "verb:complain-that"
			}
		case namingVerbs[tok.norm] != "":
			c = a.ownedVerdict(v, t)
		case speechAt(toks, t) && tok.norm != "told":
			c = a.saidOwnedVerdict(v, t)
		case isQuoteMark(tok) && !v.quoted(t):
			c = a.quotedOwnedVerdict(v, t)
		case tok.norm == "echoed" || tok.norm == "echoes" || tok.norm == "echoing" || tok.norm == "echo":
			c = a.echoedCriticism(v, t)
		}
		if c == nil || conditioned(toks, c.trigger) || placedActor(v, c) {
			continue
		}
		if !a.framed(c, s) {
			continue
		}
		c.status = graph.Reported // a verdict spoken is spoken
		if c.rule == "verb:complain-that" || c.rule == "verb:owned-verdict" {
			c.status = frameStatus(toks, c.trigger, true) // "will complain that", "may describe"
		}
		out = append(out, c)
	}
	return out
}

// ownedVerdict reads a naming verb at t whose object is what a party owns
// or did and whose complement condemns it: "described Y's missile
// programme as a grave threat", "called the policy of Y a blunder",
// "labelled the Y government's plan a disaster". The party is accused by
// the verb's subject, or, where the verb opens the sentence as a
// participle ("Calling Y's plan a disaster, X said"), by the party the
// main clause opens with. A passive or negated verb names no verdict.
func (a *article) ownedVerdict(v *sentenceView, t int) *candidate {
	toks := v.toks
	if (t > 0 && (beForms[toks[t-1].norm] || negatedVerb(toks, t))) || t+2 >= len(toks) {
		return nil
	}
	if prepositions[toks[t+1].norm] || toks[t+1].norm == "for" {
		return nil // "called on Y to", "called for talks"
	}
	owner, end := v.ownedObject(t + 1)
	if owner == nil || end >= len(toks) {
		return nil
	}
	k, ok := pastAs(toks, t, end)
	if !ok {
		return nil
	}
	verdict := verdictWithin(v, k, 6)
	if verdict < 0 {
		return nil
	}
	c := &candidate{typ: graph.Accuse, mode: "disapprove", rule: "verb:owned-verdict", trigger: t}
	var actor *graph.Entity
	if t == 0 && strings.HasSuffix(toks[t].norm, "ing") {
		actor = v.mainClauseSubject(verdict)
	} else {
		actor, _ = a.verbArguments(v, t, &namingRule, c)
	}
	if actor == nil || actor == owner {
		return nil
	}
	c.actors, c.targets = []*graph.Entity{actor}, []*graph.Entity{owner}
	return c
}

// saidOwnedVerdict reads "X said (that) Y's N was a disaster": X accuses
// Y.
func (a *article) saidOwnedVerdict(v *sentenceView, t int) *candidate {
	st := t + 1
	if st < len(v.toks) && v.toks[st].norm == "that" {
		st++
	}
	owner, verdict := v.ownedJudged(st)
	if owner == nil {
		return nil
	}
	speaker := a.speakerOf(v, t, false)
	if speaker == nil {
		return nil
	}
	return &candidate{typ: graph.Accuse, mode: "disapprove", rule: "verb:said-owned-verdict", trigger: verdict,
		actors: []*graph.Entity{speaker}, targets: []*graph.Entity{owner}}
}

// quotedOwnedVerdict reads `"Y's record is appalling," X said`.
func (a *article) quotedOwnedVerdict(v *sentenceView, t int) *candidate {
	owner, verdict := v.ownedJudged(t + 1)
	if owner == nil {
		return nil
	}
	speaker := a.quoteSpeaker(v, t+1)
	if speaker == nil {
		return nil
	}
	return &candidate{typ: graph.Accuse, mode: "disapprove", rule: "verb:quoted-owned-verdict", trigger: verdict,
		actors: []*graph.Entity{speaker}, targets: []*graph.Entity{owner}}
}

// ownedJudged reads, at st, a clause whose subject is a party's thing and
// whose predicate condemns it: "Y's plan was a blunder", "the Y
// government's record has been disastrous". It returns the party and the
// condemning word, or nil.
func (v *sentenceView) ownedJudged(st int) (*graph.Entity, int) {
	owner, end := v.ownedObject(st)
	if owner == nil || end >= len(v.toks) {
		return nil, -1
	}
	toks := v.toks
	k := end
	if prepositions[toks[k].norm] {
		for i := k + 1; i < len(toks) && i <= k+4; i++ {
			if copulas[toks[i].norm] || copulaAuxiliaries[toks[i].norm] {
				k = i // "Y's record on human rights is appalling"
				break
			}
			if v.at[i] >= 0 || toks[i].punct || isQuoteMark(toks[i]) {
				return nil, -1
			}
		}
	}
	if k+1 < len(toks) && copulaAuxiliaries[toks[k].norm] && (toks[k+1].norm == "be" || toks[k+1].norm == "been") {
		k++
	} else if !copulas[toks[k].norm] {
		return nil, -1
	}
	verdict := verdictWithin(v, k+1, 6)
	if verdict < 0 || verdict == k+1 && strings.HasSuffix(toks[verdict].norm, "ed") {
		return nil, -1
	}
	return owner, verdict
}

// ownedObject reads, at k, a noun phrase naming a party's thing: "Y's
// (adjectives) N", "the Y government's N", "the N of Y" for an authored
// act, "the N by Y". It returns the party and the index after the phrase,
// or nil where the phrase names no owner, names a place or names what
// befell the party.
func (v *sentenceView) ownedObject(k int) (*graph.Entity, int) {
	toks := v.toks
	if k < len(toks) && (toks[k].norm == "the" || toks[k].norm == "a" || toks[k].norm == "an") {
		k++
	}
	for i := 0; i < 3 && k < len(toks) && v.at[k] < 0 && (isTitleWord(toks[k].norm) || titles[toks[k].norm] != ""); i++ {
		k++ // "Mr Brough's claims"
	}
	if k >= len(toks) {
		return nil, -1
	}
	if n := v.at[k]; n >= 0 {
		m := v.ms[n]
		if m.first != k || m.ent.Kind == graph.Location || m.place {
			return nil, -1
		}
		j := m.last + 1
		if !toks[m.last].poss {
			if j < len(toks) && (toks[j].norm == "government" || toks[j].norm == "regime") && toks[j].poss {
				j++ // "the Belgian government's plan"
			} else {
				return nil, -1 // "called Y a liar": name-calling, read in judge.go
			}
		}
		head := -1
		for i := j; i < len(toks) && i < j+maxOwnedSpan && !endsOwnedPhrase(v, i, j); i++ {
			head = i
		}
		if head < 0 || sufferedNouns[toks[head].norm] {
			return nil, -1
		}
		return m.ent, head + 1
	}
	// "the policy of Y", "the remarks by Y".
	head := k
	if head+2 >= len(toks) || toks[head].punct || toks[head].upper {
		return nil, -1
	}
	by := toks[head+1].norm == "by"
	if !by && (toks[head+1].norm != "of" || !authoredActs[toks[head].norm]) {
		return nil, -1
	}
	o := head + 2
	if toks[o].norm == "the" && o+1 < len(toks) {
		o++
	}
	n := v.at[o]
	if n < 0 || v.ms[n].first != o || !usable(v.ms[n]) || v.ms[n].ent.Kind == graph.Location {
		return nil, -1
	}
	return v.ms[n].ent, v.ms[n].last + 1
}

// endsOwnedPhrase reports the word at i, after the owner that ends at j,
// as past the owned thing's head: a name, punctuation, "as", an article
// or a verdict opening the complement ("called Y's plan a blunder",
// "called Y's plan dangerous"), a verb or a preposition. The end of the
// sentence ends it too.
func endsOwnedPhrase(v *sentenceView, i, j int) bool {
	if i >= len(v.toks) {
		return true
	}
	u := v.toks[i]
	return v.at[i] >= 0 || u.punct || isQuoteMark(u) || (u.upper && i > j) || u.norm == "as" || u.norm == "a" || u.norm == "an" ||
		u.norm == "the" || isVerdict(u.norm) || copulas[u.norm] || copulaAuxiliaries[u.norm] || prepositions[u.norm] ||
		predicateStops[u.norm] || u.norm == "and" || u.norm == "or"
}

// verdictWithin returns the index of a condemning word among the n words
// from k, before any negation, name or clause boundary ("a grave
// threat", `a "strategic blunder"`), or -1.
func verdictWithin(v *sentenceView, k, n int) int {
	toks := v.toks
	for i := k; i < len(toks) && i < k+n; i++ {
		u := toks[i]
		if negations[u.norm] || v.at[i] >= 0 || clauseBreak(u) || (u.punct && !isQuoteMark(u) && u.text != "-") {
			return -1
		}
		if isVerdict(u.norm) {
			return i
		}
	}
	return -1
}

// mainClauseSubject returns the party that opens the main clause after a
// fronted participial phrase ending after k: "Calling Y's plan a
// disaster, X said" gives X. Nil where none stands right after the
// phrase's comma.
func (v *sentenceView) mainClauseSubject(k int) *graph.Entity {
	toks := v.toks
	for i := k + 1; i < len(toks) && i <= k+8; i++ {
		if toks[i].text != "," {
			if clauseBreak(toks[i]) {
				return nil
			}
			continue
		}
		j := i + 1
		if j < len(toks) && toks[j].norm == "the" {
			j++
		}
		if j < len(toks) {
			if n := v.at[j]; n >= 0 && v.ms[n].first == j && v.ms[n].ent.Kind != graph.Location && (usable(v.ms[n]) || v.ms[n].modifier) {
				return v.ms[n].ent
			}
		}
		return nil
	}
	return nil
}

// echoedNouns are criticism one party echoes from another.
var echoedNouns = map[string]bool{
	"criticism": true, "criticisms": true, "condemnation": true, "charge": true, "charges": true, "accusation": true,
	"accusations": true, "allegation": true, "allegations": true, "complaint": true, "complaints": true,
	"objections": true, "condemnations": true,
}

// echoRule stands for "echoed" when its subject is read with
// verbArguments.
var echoRule = eventRule{name: "echo-criticism", typ: graph.Accuse}

// echoedCriticism reads "X echoed (Z's) criticism of Y" (X accuses Y) and
// "X echoed the Association's criticism" (X accuses whom the article's
// last accusation accused).
func (a *article) echoedCriticism(v *sentenceView, t int) *candidate {
	toks := v.toks
	if t > 0 && beForms[toks[t-1].norm] || negatedVerb(toks, t) {
		return nil
	}
	noun := -1
	for k := t + 1; k < len(toks) && k <= t+6; k++ {
		if echoedNouns[toks[k].norm] {
			noun = k
			break
		}
		if clauseBreak(toks[k]) || toks[k].punct && !toks[k].poss {
			return nil
		}
	}
	if noun < 0 {
		return nil
	}
	return a.criticismOf(v, t, noun, "verb:echo-criticism")
}

// criticismOf builds the accusation by the subject of the verb at t
// whose criticism noun stands at noun: of the party after "of",
// "against" or "about" ("criticism of Y"), else of the party the
// article's last accusation before this sentence accused.
func (a *article) criticismOf(v *sentenceView, t, noun int, rule string) *candidate {
	toks := v.toks
	var target *graph.Entity
	if aimedAfter(toks, noun) {
		o := noun + 2
		if o < len(toks) && toks[o].norm == "the" {
			o++
		}
		o = governedState(toks, o)
		if o >= len(toks) {
			return nil
		}
		n := v.at[o]
		if n < 0 || v.ms[n].first != o || v.ms[n].ent.Kind == graph.Location || !(usable(v.ms[n]) || v.ms[n].modifier) {
			return nil
		}
		target = v.ms[n].ent
	} else {
		target = a.lastAccused()
	}
	if target == nil {
		return nil
	}
	c := &candidate{typ: graph.Accuse, mode: "disapprove", rule: rule, trigger: t}
	actor, _ := a.verbArguments(v, t, &echoRule, c)
	if actor == nil || actor == target {
		return nil
	}
	c.actors, c.targets = []*graph.Entity{actor}, []*graph.Entity{target}
	return c
}

// lastAccused returns the first target of the last accusation found in
// the article's earlier sentences, or nil.
func (a *article) lastAccused() *graph.Entity {
	for i := len(a.found) - 1; i >= 0; i-- {
		c := a.found[i]
		if c.typ == graph.Accuse && len(c.targets) > 0 && c.sent.index < a.cur {
			return c.targets[0]
		}
	}
	return nil
}

// conditioned reports a condition opening the clause of the verb at t:
// "If Y labels Z's army a terrorist group, ..." states no verdict.
func conditioned(toks []token, t int) bool {
	for k := t - 1; k >= 0; k-- {
		switch {
		case toks[k].norm == "if" || toks[k].norm == "unless" || toks[k].norm == "whether":
			return true
		case clauseBreak(toks[k]):
			return false
		}
	}
	return false
}

// placedActor reports an actor read from a place beside the speaker
// ("Sheikh X in Lebanon echoed the criticism"): the last mention of
// the actor before the verb follows a preposition.
func placedActor(v *sentenceView, c *candidate) bool {
	for n := len(v.ms) - 1; n >= 0; n-- {
		m := v.ms[n]
		if m.last >= c.trigger || m.ent != c.actors[0] {
			continue
		}
		return m.first > 0 && prepositions[v.toks[m.first-1].norm]
	}
	return false
}

// frameOpeners are the words that open a frame of criticism.go,
// endorsements.go or resignations.go: complaints and echoes,
// congratulations, confidence votes and judged steps, and resignations
// handed in. Naming verbs, verbs of saying and quotation marks open
// criticism's other frames; its scan tests those classes apart.
func frameOpeners() []string {
	words := []string{"echo", "echoes", "echoed", "echoing", "confidence"}
	return keysOf(words, complaintThatVerbs, congratulationSendingVerbs, approvalHeads, handedResignations)
}
