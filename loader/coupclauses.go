package loader

import (
	"github.com/geokg/geokg/graph"
)

// Coups told around the noun. News seldom says "the army overthrew X"
// (force.go's overthrow reads that); it names the coup and hangs the
// parties on it: "X was ousted in a military coup", "X seized power in a
// 1999 coup", "X staged a coup against Y", "the coup that removed X",
// "a coup against X". A coup is ASSAULT, mode coup (ANNOTATION.md), by
// its leader where one is named, else by the ousted ruler's state (its
// armed forces), against the ruler or government it removes. A bare "the
// coup" re-mentioned names no party and is left alone, so one coup
// yields one reading per construction; business "coups" ("a political
// coup for Uribe") take none of these frames.

// coupRemovals are the participles and past tenses of removing a ruler.
var coupRemovals = map[string]bool{
	"ousted": true, "deposed": true, "overthrown": true, "overthrew": true, "toppled": true,
	"removed": true, "unseated": true,
}

// coupPrepositions put a coup as the means or occasion of what comes
// before: "ousted in a coup", "came to power after a coup".
var coupPrepositions = map[string]bool{"in": true, "by": true, "through": true, "during": true, "after": true, "following": true, "via": true}

// coupSeizures take power: "seized power", "took control".
var coupSeizures = map[string]bool{
	"seized": true, "seize": true, "seizes": true, "seizing": true, "took": true, "take": true, "takes": true,
	"taken": true, "taking": true, "grabbed": true, "assumed": true,
}

// coupRises come to power: "came to power in a coup".
var coupRises = map[string]bool{"came": true, "come": true, "comes": true, "coming": true, "rose": true, "swept": true}

// coupOffices are the offices one becomes by a coup: "became prime
// minister in a coup".
var coupOffices = map[string]bool{
	"president": true, "prime": true, "minister": true, "premier": true, "ruler": true, "leader": true,
	"dictator": true, "head": true, "chief": true, "interim": true, "acting": true, "military": true,
}

// coupBecoming take an office: "became", "was installed as".
var coupBecoming = map[string]bool{"became": true, "become": true, "becomes": true, "becoming": true}

// coupStagings make a coup: "staged a coup", "led the 2000 coup".
var coupStagings = map[string]bool{
	"staged": true, "stage": true, "stages": true, "staging": true, "led": true, "leads": true, "leading": true,
	"launched": true, "launch": true, "launching": true, "mounted": true, "mount": true, "mounting": true,
	"orchestrated": true, "engineered": true, "masterminded": true, "attempted": true, "attempting": true,
	"executed": true, "out": true,
}

// coupHeadDeterminers open the noun phrase of the coup.
var coupHeadDeterminers = map[string]bool{"a": true, "an": true, "the": true, "his": true, "its": true, "their": true, "her": true}

// coupPlots make a coup only planned or suspected: "was organizing a coup
// against X", "plotting a coup against X". Whether it came about the
// sentence does not say, and the plotter is not the state.
var coupPlots = map[string]bool{
	"organizing": true, "organising": true, "organized": true, "organised": true, "plotting": true, "plotted": true,
	"plot": true, "plots": true, "planning": true, "planned": true, "plan": true, "plans": true, "preparing": true,
	"prepared": true, "prepare": true, "conspiring": true,
}

// coupModifierStops end the words before "coup" that describe it: past
// them lies another phrase.
var coupModifierStops = map[string]bool{"of": true, "and": true, "or": true, "to": true, "that": true, "which": true, "who": true, "for": true, "against": true, "with": true, "on": true, "at": true}

// coupClauses reads the coups named by their noun.
func (a *article) coupClauses(s sentence, v *sentenceView) []*candidate {
	var out []*candidate
	toks := v.toks
	for k, tok := range toks {
		if tok.norm != "coup" && tok.norm != "putsch" || tok.hyphen || k >= 1 && toks[k-1].hyphen {
			continue // "coup-appointed", "anti-coup", "post-coup": no coup told
		}
		j := k - 1
		for j >= 0 && j >= k-6 && !toks[j].punct && !coupModifierStops[toks[j].norm] && !coupPrepositions[toks[j].norm] && !coupStagings[toks[j].norm] {
			if coupHeadDeterminers[toks[j].norm] {
				j-- // the word before the noun phrase governs it: "organizing a coup"
				break
			}
			j-- // "a bloodless military", "last year's", "a 1992", "the September"
		}
		var c *candidate
		tried := false // a frame before the noun that refused the coup ("warned X against carrying out a coup")
		switch {
		case j >= 0 && coupPrepositions[toks[j].norm]:
			c = a.coupByMeans(v, j, k)
		case j >= 1 && coupStagings[toks[j].norm] && !nounDeterminers[toks[j-1].norm]:
			c, tried = a.stagedCoup(v, j, k)
		}
		if c == nil && !tried {
			c = a.coupLeaderNamed(v, j, k)
		}
		if c == nil && !tried && !(j >= 0 && coupPlots[toks[j].norm]) {
			c = a.coupAgainst(v, k) // "following a coup against X", "the Chilean armed forces led a coup which deposed X"
		}
		if c == nil {
			continue
		}
		c.typ, c.mode, c.sent, c.trigger, c.noun, c.confidence = graph.Assault, "coup", s, k, true, 0.55
		c.location = v.eventLocation(k, c)
		out = append(out, c)
	}
	return out
}

// coupByMeans reads "X was ousted in a coup" and "X seized power in a
// coup", the preposition at p.
func (a *article) coupByMeans(v *sentenceView, p, k int) *candidate {
	toks := v.toks
	q := p - 1
	if q >= 1 && toks[q].norm == "power" && toks[q-1].norm == "from" || q >= 1 && toks[q].norm == "office" && toks[q-1].norm == "from" {
		q -= 2 // "removed from power in a coup"
	}
	if q >= 3 && toks[q].norm == "ago" {
		q -= 3 // "deposed 17 months ago in a coup"
	}
	if q >= 1 && coupRemovals[toks[q].norm] && beForms[toks[q-1].norm] {
		return a.coupOusting(v, k, a.coupPatient(v, q-1), "noun:coup-ousted", frameStatus(toks, q, true))
	}
	if q < 0 {
		return nil
	}
	if n := v.at[q]; n >= 0 && v.ms[n].last == q && v.ms[n].first >= 2 && (toks[v.ms[n].first-1].norm == "in" || toks[v.ms[n].first-1].norm == "of") {
		if e := v.ms[n].ent; e.Kind == graph.Country || e.Kind == graph.Location {
			q = v.ms[n].first - 2 // "came to power in Guinea-Bissau during a coup", "seized control of Anjouan in a coup"
		}
	}
	verb := -1
	if q >= 1 && coupOffices[toks[q].norm] {
		for i := q - 1; i >= 0 && i >= q-3; i-- {
			if coupBecoming[toks[i].norm] {
				verb = i // "X became prime minister in a 2006 coup"
				break
			}
			if !coupOffices[toks[i].norm] {
				break
			}
		}
	}
	switch {
	case verb >= 0:
	case q < 1 || toks[q].norm != "power" && toks[q].norm != "control":
		return nil
	case coupSeizures[toks[q-1].norm]:
		verb = q - 1
	case q >= 2 && toks[q-1].norm == "to" && coupRises[toks[q-2].norm]:
		verb = q - 2
	}
	if verb < 1 || accusedAction(toks, verb) || requestedAction(toks, verb) {
		return nil
	}
	actor := a.coupSubject(v, verb-1)
	if actor == nil || actor.Kind == graph.Location || actor.Kind == graph.Country {
		return nil
	}
	if target := a.coupTargetAfter(v, k); target != nil && target != actor {
		return &candidate{rule: "noun:coup-seized-power", actors: []*graph.Entity{actor}, targets: []*graph.Entity{target}, status: frameStatus(toks, verb, true)}
	}
	return a.ownStateCoup(v, actor, &candidate{rule: "noun:coup-seized-power", status: frameStatus(toks, verb, true)})
}

// stagedCoup reads "X staged a coup (against Y)", the verb at j. refused
// reports a frame that tells no coup made (an accusation, a warning, a
// threat), which no other reading of the noun may override.
func (a *article) stagedCoup(v *sentenceView, j, k int) (c *candidate, refused bool) {
	toks := v.toks
	verb := j
	if toks[j].norm == "out" {
		if j < 1 || toks[j-1].norm != "carried" && toks[j-1].norm != "carry" && toks[j-1].norm != "carrying" && toks[j-1].norm != "carries" {
			return nil, false
		}
		verb = j - 1
	}
	if verb < 1 || toks[verb-1].norm == "against" || toks[verb-1].norm == "of" || toks[verb-1].norm == "to" && !(verb >= 2 && (toks[verb-2].norm == "attempted" || toks[verb-2].norm == "tried")) {
		return nil, true // "warned X against carrying out a coup", "accused X of attempting a coup", "threatened to stage a coup"
	}
	if accusedAction(toks, verb) || requestedAction(toks, verb) {
		return nil, true
	}
	s := verb - 1
	if toks[s].norm == "to" {
		s -= 2 // "X attempted to stage a coup": the subject of the attempt
	}
	if s < 0 {
		return nil, false
	}
	actor := a.coupSubject(v, s)
	if actor == nil || actor.Kind == graph.Location {
		return nil, false
	}
	c = &candidate{rule: "noun:coup-staged", status: frameStatus(toks, verb, true)}
	target := a.coupTargetAfter(v, k)
	if target == nil || target == actor {
		return a.ownStateCoup(v, actor, c), false
	}
	c.actors, c.targets = []*graph.Entity{actor}, []*graph.Entity{target}
	if st := a.coupState(v, actor); st != nil && st != target && actor.Kind == graph.Person {
		c.actors = append(c.actors, st)
	}
	return c, false
}

// ownStateCoup fills c with a coup its leader made in his own state with
// no ruler named: "X seized power in a coup". The project gives no edge
// from a state's people to that state (selfloops.go), so the leader and
// the state whose armed forces he led stand as actors, with no target.
func (a *article) ownStateCoup(v *sentenceView, actor *graph.Entity, c *candidate) *candidate {
	if actor.Kind == graph.Country {
		return nil
	}
	c.actors, c.optionalTarget = []*graph.Entity{actor}, true
	if st := a.coupState(v, actor); st != nil {
		c.actors = append(c.actors, st)
	}
	return c
}

// coupLeaderNouns name who led a coup: "the leader of last year's coup",
// "coup leader X".
var coupLeaderNouns = map[string]bool{"leader": true, "mastermind": true, "architect": true}

// coupLeaderNamed reads a coup's leader named beside the noun: "X, the
// leader of last year's coup", "the leader of the coup in Thailand,
// General X", "coup leader X". The leader and his state made the coup;
// the ruler it removed the phrase leaves unsaid. j is where the words
// before the noun at k stop.
func (a *article) coupLeaderNamed(v *sentenceView, j, k int) *candidate {
	toks := v.toks
	var leader *graph.Entity
	switch {
	case j >= 1 && toks[j].norm == "of" && coupLeaderNouns[toks[j-1].norm]:
		h := j - 2
		if h >= 0 && coupHeadDeterminers[toks[h].norm] {
			h--
		}
		if h >= 1 && toks[h].text == "," {
			if n := v.at[h-1]; n >= 0 && v.ms[n].ent.Kind == graph.Person {
				leader = v.ms[n].ent // "Sonthi, the leader of last year's coup"
			}
		}
		if leader == nil && (h < 0 || !coupPlots[toks[h].norm]) {
			leader = coupAppositionAfter(v, k) // "Earlier today, the leader of the coup in Thailand, General Sonthi, said"
		}
	case k+2 < len(toks) && coupLeaderNouns[toks[k+1].norm]:
		if n := v.at[k+2]; n >= 0 && v.ms[n].ent.Kind == graph.Person {
			leader = v.ms[n].ent // "coup leader Frank Bainimarama"
		}
	}
	if leader == nil {
		return nil
	}
	return a.ownStateCoup(v, leader, &candidate{rule: "noun:coup-leader", status: graph.Reported})
}

// coupAppositionAfter returns the person named in apposition after the
// coup noun at k: the first comma within a few words, then the name,
// then a comma or the verb ("in Thailand, General Sonthi, said").
func coupAppositionAfter(v *sentenceView, k int) *graph.Entity {
	toks := v.toks
	for i := k + 1; i < len(toks) && i <= k+6; i++ {
		if toks[i].text != "," {
			if toks[i].punct || clauseWords[toks[i].norm] {
				return nil
			}
			continue
		}
		for m := i + 1; m < len(toks) && m <= i+3; m++ {
			if n := v.at[m]; n >= 0 {
				if v.ms[n].ent.Kind == graph.Person {
					return v.ms[n].ent
				}
				return nil
			}
		}
		return nil
	}
	return nil
}

// coupAgainst reads "a coup against X" and "the coup that ousted X": the
// coup's leader if named ("led by Y"), else X's state, removes X.
func (a *article) coupAgainst(v *sentenceView, k int) *candidate {
	return a.coupOusting(v, k, a.coupTargetAfter(v, k), "noun:coup-against", coupNounStatus(v.toks, k))
}

// coupOusting is the coup at k that removed target, a ruler or a
// government: its leader if the sentence names one, and target's state.
// A place or a country is no ruler to remove; nil when no actor is known.
func (a *article) coupOusting(v *sentenceView, k int, target *graph.Entity, rule string, status graph.Status) *candidate {
	if target == nil || target.Kind == graph.Country || target.Kind == graph.Location {
		return nil
	}
	actors := a.coupLeader(v, k)
	if st := a.coupState(v, target); st != nil {
		actors = append(actors, st)
	}
	if len(actors) == 0 {
		return nil
	}
	return &candidate{rule: rule, actors: actors, targets: []*graph.Entity{target}, status: status}
}

// coupHedges before a coup's noun make it feared, rumoured or averted,
// not carried out: "rumours of a coup against X", "to prevent a coup
// against X", "a possible coup". A failed or foiled coup was attempted,
// and is told as it is.
var coupHedges = map[string]bool{
	"rumours": true, "rumors": true, "rumour": true, "rumor": true, "fears": true, "fear": true, "feared": true,
	"fearing": true, "threat": true, "threats": true, "threatened": true, "risk": true, "possible": true,
	"possibility": true, "potential": true, "prevent": true, "avert": true, "speculation": true, "talk": true,
	"imminent": true, "alleged": true, "suspected": true, "plot": true, "plotting": true, "planned": true,
	"planning": true, "organizing": true, "organising": true, "warned": true, "against": true, "allegations": true,
}

// coupNounStatus is the status of a coup named by the noun at k: denied
// after "no", speculated after a hedge (coupHedges) among the few words
// before it, else reported.
func coupNounStatus(toks []token, k int) graph.Status {
	for i := k - 1; i >= 0 && i >= k-5; i-- {
		w := toks[i].norm
		if w == "no" || w == "not" || w == "never" {
			return graph.Denied
		}
		if coupHedges[w] {
			return graph.Speculated
		}
		if toks[i].punct || clauseWords[w] {
			break
		}
	}
	return graph.Reported
}

// coupTargetAfter returns whom the coup at k is against: "coup against
// (then President) X", "coup that ousted X", "coup d'etat which deposed
// the president X". Else nil.
func (a *article) coupTargetAfter(v *sentenceView, k int) *graph.Entity {
	toks := v.toks
	i := k + 1
	if i < len(toks) && (toks[i].norm == "detat" || toks[i].norm == "d" || toks[i].norm == "de") {
		for i < len(toks) && i <= k+3 && !toks[i].punct && toks[i].norm != "against" && toks[i].norm != "that" && toks[i].norm != "which" {
			i++
		}
	}
	if i < len(toks) && toks[i].text == "," {
		i++
	}
	if i >= len(toks) {
		return nil
	}
	switch {
	case toks[i].norm == "against":
		i++
	case (toks[i].norm == "that" || toks[i].norm == "which") && i+1 < len(toks) && coupRemovals[toks[i+1].norm]:
		i += 2
	default:
		return nil
	}
	for j := i; j < len(toks) && j <= i+8; j++ {
		if toks[j].punct || clauseWords[toks[j].norm] {
			return nil
		}
		if n := v.at[j]; n >= 0 {
			if m := v.ms[n]; usable(m) && m.ent.Kind == graph.Person || usable(m) && m.ent.Kind == graph.Organization {
				return m.ent
			}
		}
	}
	return nil
}

// coupLeader returns the leader named right after the coup at k: "a coup
// led by Colonel X".
func (a *article) coupLeader(v *sentenceView, k int) []*graph.Entity {
	toks := v.toks
	for j := k + 1; j < len(toks) && j <= k+4; j++ {
		if toks[j].punct {
			return nil
		}
		if toks[j].norm == "led" && j+1 < len(toks) && toks[j+1].norm == "by" {
			for i := j + 2; i < len(toks) && i <= j+5; i++ {
				if n := v.at[i]; n >= 0 && v.ms[n].ent.Kind == graph.Person {
					return []*graph.Entity{v.ms[n].ent}
				}
				if toks[i].punct {
					return nil
				}
			}
			return nil
		}
	}
	return nil
}

// coupPatient returns the subject of the passive whose auxiliaries end at
// j: whom custodyPatient finds, or, after "since being" or "after being",
// the person the sentence is about ("Since being ousted in a coup, X has
// lived in exile"; "X returned after being deposed in a coup").
func (a *article) coupPatient(v *sentenceView, j int) *graph.Entity {
	toks := v.toks
	if toks[j].norm != "being" {
		i := j
		for i >= 0 && (auxiliaries[toks[i].norm] || beForms[toks[i].norm]) {
			i--
		}
		if i >= 1 && toks[i].norm == "who" {
			return coupRelativeHead(v, i) // "X, the ex-prime minister who was ousted in a coup"
		}
		if e := a.custodyPatient(v, j); e != nil {
			return e
		}
		return coupGovernmentHead(v, i)
	}
	if j < 1 || toks[j-1].norm != "since" && toks[j-1].norm != "after" {
		return nil
	}
	var found *graph.Entity
	for _, m := range v.ms {
		if m.ent.Kind == graph.Person && usable(m) {
			if found != nil && found != m.ent {
				return nil // two people: whose ousting is unclear
			}
			found = m.ent
		}
	}
	return found
}

// coupRelativeHead returns the person a "who" clause at w follows, right
// before it or before the apposition it ends: "Thaksin, the ex-premier
// who". Else nil.
func coupRelativeHead(v *sentenceView, w int) *graph.Entity {
	for i := w - 1; i >= 0 && i >= w-7; i-- {
		if n := v.at[i]; n >= 0 {
			if v.ms[n].ent.Kind == graph.Person && (i == w-1 || i+1 < len(v.toks) && v.toks[i+1].text == ",") {
				return v.ms[n].ent
			}
			if i != w-1 && v.ms[n].ent.Kind == graph.Person {
				return nil
			}
		}
		if v.toks[i].punct && v.toks[i].text != "," || clauseWords[v.toks[i].norm] {
			return nil
		}
	}
	return nil
}

// coupGovernments are what a coup overthrows in a ruler's stead.
var coupGovernments = map[string]bool{"government": true, "regime": true, "administration": true, "cabinet": true}

// coupGovernmentHead returns the ruler whose government is the passive's
// subject ending at i: "the government of X was overthrown", "X, whose
// newly elected government was overthrown". Else nil.
func coupGovernmentHead(v *sentenceView, i int) *graph.Entity {
	toks := v.toks
	if i < 0 {
		return nil
	}
	if n := v.at[i]; n >= 0 {
		m := v.ms[n]
		if m.ent.Kind == graph.Person && m.last == i && m.first >= 2 && toks[m.first-1].norm == "of" && coupGovernments[toks[m.first-2].norm] {
			return m.ent
		}
		return nil
	}
	if !coupGovernments[toks[i].norm] {
		return nil
	}
	for w := i - 1; w >= 1 && w >= i-4; w-- {
		if toks[w].norm == "whose" {
			h := w - 1
			if toks[h].text == "," {
				h--
			}
			if n := v.at[max(h, 0)]; h >= 0 && n >= 0 && v.ms[n].ent.Kind == graph.Person {
				return v.ms[n].ent
			}
			return nil
		}
		if toks[w].punct {
			return nil
		}
	}
	return nil
}

// coupSubject returns who does the verb whose auxiliaries end at j: the
// subject before them, or the name a "who" clause follows ("Bozize, who
// seized power").
func (a *article) coupSubject(v *sentenceView, j int) *graph.Entity {
	toks := v.toks
	for j >= 0 && (auxiliaries[toks[j].norm] || beForms[toks[j].norm]) {
		j--
	}
	if j >= 2 && toks[j].norm == "who" && toks[j-1].text == "," {
		if n := v.at[j-2]; n >= 0 && v.ms[n].ent.Kind == graph.Person {
			return v.ms[n].ent
		}
		return nil
	}
	if j < 0 {
		return nil
	}
	if e := a.subjectBefore(v, j); e != nil {
		return e
	}
	if toks[j].text == "," {
		return a.custodyPatient(v, j) // "Musharraf, a former army general, seized power"
	}
	return nil
}

// coupState returns the state a party belongs to: the state its office is
// of, the country the article gives it, else the one country the sentence
// names ("Haiti's peacekeepers came after a coup against X"), else the
// story's dominant state.
func (a *article) coupState(v *sentenceView, e *graph.Entity) *graph.Entity {
	if e.Kind == graph.Country {
		return e
	}
	if st := a.stateOf(e); st != nil && st.Kind == graph.Country {
		return st
	}
	if st := a.citizenOf(e); st != nil { // followerprotests.go
		return st
	}
	var named *graph.Entity
	for _, m := range v.ms {
		if st := m.ent; st.Kind == graph.Country && !m.place {
			if named != nil && named != st {
				return a.dominantCountry() // two states: which one the coup was in, the sentence does not say
			}
			named = st
		}
	}
	if named != nil {
		return named
	}
	return a.dominantCountry()
}
