package loader

import (
	"slices"
	"strings"

	"github.com/geokg/geokg/graph"
)

// Clause structure: which mention is a verb's subject when coordination,
// appositions, fronted adverbials or a shared passive stand between them.

// coordinators join two verb phrases that share one subject: "met X and
// visited Y", "criticised X but praised Y".
// "Or" is left out: it joins alternatives ("accept or reject"), not acts.
var coordinators = map[string]bool{"and": true, "but": true, "yet": true}

// sharesSubject reports whether toks[j] is a coordinator right before a
// verb (or its auxiliaries), after the sentence's previous verb trigger:
// the verb then shares that trigger's subject, v.lastActor.
func (v *sentenceView) sharesSubject(j int) bool {
	return v.continues(j) && v.lastActor != nil && !exceptive(v.toks, j)
}

// exceptive reports "but to" at j: "had no choice but to withdraw" names
// what the subject of another verb must do, not a second act.
func exceptive(toks []token, j int) bool {
	return toks[j].norm == "but" && j+1 < len(toks) && toks[j+1].norm == "to"
}

// continues reports whether toks[j] is a coordinator after the sentence's
// previous verb trigger, whatever that trigger's subject.
func (v *sentenceView) continues(j int) bool {
	return j >= 0 && j > v.lastTrigger && v.lastTrigger >= 0 && coordinators[v.toks[j].norm]
}

// irregularParticiples are past participles not ending in -ed that may
// open a coordinated passive: "was shot and killed by".
var irregularParticiples = map[string]bool{"set": true, "shot": true, "hit": true, "taken": true, "beaten": true, "caught": true, "seen": true, "thrown": true, "driven": true}

// objectStart reports a determiner or name at k that opens a verb's
// object: "condemned the attack", "freed Smith".
func objectStart(toks []token, k int) bool {
	return k < len(toks) && (objectDeterminers[toks[k].norm] || (toks[k].upper && !toks[k].punct))
}

// continuesPassive reports a bare participle at t coordinated with the
// sentence's previous verb trigger, a passive with an agent: "were
// captured by US forces and later freed". It shares that passive's agent
// (v.lastAgent) and subject (v.lastActor). A participle with an object
// ("and condemned Israel") is active; one with its own auxiliary or its
// own "by" ("and was criticised by B") is read as a passive of its own.
func (v *sentenceView) continuesPassive(t int) bool {
	toks := v.toks
	j := t - 1
	for j >= 0 && (auxiliaries[toks[j].norm] || strings.HasSuffix(toks[j].norm, "ly")) && toks[j].norm != "to" && !beForms[toks[j].norm] {
		j--
	}
	if !v.sharesSubject(j) || v.lastAgent == nil || t-v.lastTrigger > maxArgGap {
		return false
	}
	if !strings.HasSuffix(toks[t].norm, "ed") && !pastForms[toks[t].norm] {
		return false
	}
	if v.directObject(t) >= 0 || objectStart(toks, t+1) {
		return false
	}
	return !slices.ContainsFunc(toks[t+1:min(t+7, len(toks))], func(u token) bool { return u.norm == "by" })
}

// commaSubject returns the usable mention that ends right before one of
// the commas up to j and opens its clause, alone or as the last of a
// list ("Russia, China and Iran,"), scanning the commas from j leftwards
// and stopping at a clause opener ("as", "that"), or -1. A mention inside
// a phrase ("the leader of Hamas,") is no subject.
func (v *sentenceView) commaSubject(j int) int {
	for p := j; p >= 1 && p >= j-maxArgGap*2; p-- {
		if clauseBreak(v.toks[p]) || clauseOpeners[v.toks[p].norm] {
			return -1
		}
		if v.toks[p].text != "," {
			continue
		}
		n := v.at[p-1]
		if n < 0 || !usable(v.ms[n]) || v.locative(n) {
			continue
		}
		if g := v.coordinated(n); v.opensClause(g[0]) {
			return n // "Russia, China and Iran, which ..., condemned": expand adds the rest
		}
	}
	return -1
}

// opensClause reports whether mention n stands at the start of its clause:
// after the sentence's start or a comma, perhaps after "the", and not as
// the second name of a place or a list ("Amman, Jordan", "Carter, Clinton").
func (v *sentenceView) opensClause(n int) bool {
	f := v.ms[n].first
	if f > 0 && v.toks[f-1].norm == "the" {
		f--
	}
	if f == 0 {
		return true
	}
	if v.toks[f-1].text != "," {
		return false
	}
	if f < 2 {
		return true
	}
	if v.at[f-2] >= 0 {
		p := v.ms[v.at[f-2]]
		return !p.place && p.ent.Kind != v.ms[n].ent.Kind
	}
	// "Jimmy Carter, Bill Clinton": a name the gazetteer missed; "On
	// Monday, Russia" and "The President, X" open a clause.
	u := v.toks[f-2]
	_, month := months[u.norm]
	return !u.upper || isTitleWord(u.norm) || titles[u.norm] != "" || timeAdverbs[u.norm] || month || u.digit
}

// clauseOpeners open a clause whose subject is not the main verb's: a
// name before "as X, the leader, handed" is no subject of "handed".
var clauseOpeners = map[string]bool{
	"as": true, "while": true, "when": true, "after": true, "before": true, "because": true, "since": true,
	"although": true, "though": true, "that": true, "if": true, "until": true, "whereas": true, "where": true,
}

// adjunctPrepositions open a time or occasion adjunct of a clause's verb:
// "signed the deal after a meeting".
var adjunctPrepositions = map[string]bool{"after": true, "following": true, "during": true, "at": true, "before": true}

// adjunctPair returns the two parties of a meeting noun at t that stands
// in an adjunct of the sentence's previous verb trigger whose subject is
// a pair: "X and Y signed the deal after a meeting" — X met Y. Nil when
// the subject is one party or no such adjunct holds the noun.
func (v *sentenceView) adjunctPair(t int) (*graph.Entity, *graph.Entity) {
	if v.lastTrigger < 0 || v.lastActor == nil || v.lastAgent != nil {
		return nil, nil
	}
	opened := false
	for k := t - 1; k > v.lastTrigger && k >= t-3; k-- {
		if adjunctPrepositions[v.toks[k].norm] {
			opened = true
			break
		}
		if !objectDeterminers[v.toks[k].norm] && !v.toks[k].digit && v.toks[k].norm != "two" {
			return nil, nil // "a two-hour meeting": only determiners and numbers between
		}
	}
	j := v.lastTrigger - 1
	for j >= 0 && auxiliaries[v.toks[j].norm] {
		j--
	}
	if !opened || j < 0 || v.at[j] < 0 {
		return nil, nil
	}
	x, y, ok := andPair(v, v.at[j])
	if !ok || x != v.lastActor {
		return nil, nil
	}
	return x, y
}

// relativeBefore reports a relative pronoun in the comma-delimited
// interruption that ends at the comma j: "Cuba, which has long been
// supported by Venezuela, condemned" — a passive there is the relative
// clause's own, not the main clause's.
func relativeBefore(toks []token, j int) bool {
	for k := j - 1; k >= 0 && k >= j-maxArgGap; k-- {
		if toks[k].text == "," || clauseBreak(toks[k]) {
			return false
		}
		if relativePronouns[toks[k].norm] {
			return true
		}
	}
	return false
}

// headBefore returns the mention that names the noun ending right before
// the comma at k, or -1: the noun a participle after the comma qualifies
// ("Canada, strongly supported by Australia,"). A common noun names the
// state its demonym gives ("a British aid worker, kidnapped by X,"), and
// no party without one ("a proposed deal, negotiated by X").
func (v *sentenceView) headBefore(k int) int {
	if k < 1 {
		return -1
	}
	if n := v.at[k-1]; n >= 0 && usable(v.ms[n]) && !v.locative(n) {
		return n
	}
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if n := v.at[j]; n >= 0 {
			if m := v.ms[n]; m.ent.Kind == graph.Country && j < k-1 {
				return n
			}
			return -1
		}
		if t := v.toks[j]; t.upper || t.punct {
			return -1
		}
	}
	return -1
}

// subjectlessPrepositions introduce a name that is no clause's subject:
// "sanctions against Palestine", "the government of Uganda".
var subjectlessPrepositions = map[string]bool{
	"of": true, "by": true, "to": true, "with": true, "from": true, "for": true, "against": true, "on": true, "in": true,
	"at": true, "into": true, "over": true, "between": true, "among": true, "about": true, "toward": true, "towards": true,
	"near": true, "inside": true, "across": true, "through": true, "under": true, "than": true, "like": true,
	"aboard": true, "during": true, "despite": true, "amid": true, "outside": true, "within": true, "without": true,
	"around": true, "behind": true, "upon": true, "via": true, "including": true, "regarding": true, "as": true,
}

// clauseSubject returns the subject of the clause that a coordinator at j
// continues when the clause's first verb is no trigger ("Johnson called
// for an end to sanctions against Palestine and blamed Israel"): the
// first usable mention after the clause's start — the sentence's start,
// a clause opener or a verb of saying — that no preposition introduces
// and that is no modifier, or -1.
func (v *sentenceView) clauseSubject(j int) int {
	start := 0
	for k := j - 1; k >= 0; k-- {
		if j-k > maxArgGap*2 {
			return -1
		}
		if clauseBreak(v.toks[k]) || clauseOpeners[v.toks[k].norm] || speechAt(v.toks, k) && v.at[k] < 0 {
			start = k + 1 // a verb of saying; "the United States" is a name, not "states"
			break
		}
	}
	for k := start; k < j; k++ {
		n := v.at[k]
		if n < 0 {
			continue
		}
		m := v.ms[n]
		k = m.last
		f := m.first
		if f > 0 && v.toks[f-1].norm == "the" {
			f--
		}
		if f > 0 && subjectlessPrepositions[v.toks[f-1].norm] {
			continue
		}
		if usable(m) && !v.locative(n) {
			return n
		}
	}
	return -1
}
