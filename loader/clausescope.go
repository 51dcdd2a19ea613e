package loader

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// Status and date fixes from a third audit, on the events most likely to
// be scored: confident events whose evidence names both parties. Each
// names a construction whose cue belongs to some other phrase or clause
// than the event's trigger.
//
// A cue inside a phrase that puts something ahead of the event ("Ahead of
// the G8 summit next week, Putin accused the US", "before his visit to
// Japan on Friday") dates what the phrase names; the event comes before
// it, on a day the sentence does not give (anteriorPhraseCue). Read as the
// event's own cue, "next week" also made the accusation planned.
//
// A cue after ", and" and a clause with its own subject and verb dates
// that clause: "China has complained about Japan's textbooks, and
// protests took place in China last month" (coordinateClauseCue).
//
// A negation inside a condition does not deny that the act happened: "they
// would kill the hostages if Romania did not withdraw its troops" supposes
// the withdrawal, which the guide calls speculated (suppositionNotDenial).
//
// An act in the infinitive after a passive verb of hearsay or belief is
// speculated, as "is said to have" and "is believed to have" already are:
// "Solana is thought to have offered help", "Iran is reported to have
// sent troops" (hearsayInfinitive).

// anteriorOpeners open a phrase that names something the event precedes:
// "ahead of", "prior to", "in advance of", "in the run-up to" (tokenized
// "run up to") and "before". The value is the word that must follow, ""
// for none.
var anteriorOpeners = map[string]string{"ahead": "of", "prior": "to", "advance": "of", "up": "to", "before": ""}

// dayParts may stand between "before" and a cue of the same day: "before
// dawn on Friday" happened on Friday.
var dayParts = map[string]bool{
	"dawn": true, "daybreak": true, "sunrise": true, "noon": true, "midday": true, "dusk": true, "sunset": true,
	"midnight": true, "nightfall": true, "the": true, "on": true,
}

// anteriorPhraseReach bounds the look back from a cue for the opener of
// the phrase it stands in.
const anteriorPhraseReach = 8

// anteriorPhraseCue reports whether the cue stands in a phrase that puts
// something ahead of the event triggered at t: "Ahead of the G8 summit
// next week, Putin accused the US" and "accused the US before his visit
// to Japan on Friday" date the summit and the visit. A trigger inside the
// phrase ("ahead of the summit next week" read for the summit) keeps it.
func anteriorPhraseCue(toks []token, t int, cue dateCue) bool {
	for k := cue.first - 1; k >= 0 && k >= cue.first-anteriorPhraseReach; k-- {
		if k == t || toks[k].punct {
			return false
		}
		next, ok := anteriorOpeners[toks[k].norm]
		if !ok || next != "" && (k+1 >= cue.first || toks[k+1].norm != next) || toks[k].norm == "up" && (k == 0 || toks[k-1].norm != "run") {
			continue
		}
		if toks[k].norm == "before" {
			return !partOfDay(toks[k+1 : cue.first])
		}
		return true
	}
	return false
}

// partOfDay reports words between "before" and a cue that name only a time
// of that day, or none: "before dawn on Friday", "before Friday".
func partOfDay(words []token) bool {
	for _, w := range words {
		if !dayParts[w.norm] {
			return false
		}
	}
	return len(words) > 0
}

// cueClauseConjunctions join, after a comma, a clause with its own subject.
var cueClauseConjunctions = map[string]bool{"and": true, "but": true, "while": true, "whereas": true}

// clauseSubjectReach bounds the subject of a coordinated clause, so that
// the last item of a list ("backed by the United States, Britain, and
// France calling for ...") is not read as one.
const clauseSubjectReach = 6

// coordinateClauseCue reports whether a cue after the trigger t stands in
// a later clause joined by ", and" (or "but", "while") or a semicolon with
// a subject of its own: "has complained about Japan, and protests took
// place in China last month". A verb right after the conjunction shares
// the trigger's subject ("attacked Peru, and withdrew on Monday") and
// keeps the cue.
func coordinateClauseCue(toks []token, t int, cue dateCue) bool {
	if cue.first <= t {
		return false
	}
	for k := t + 1; k+2 < cue.first; k++ {
		start := -1
		switch {
		case toks[k].text == ";":
			start = k + 1
		case toks[k].text == "," && cueClauseConjunctions[toks[k+1].norm]:
			start = k + 2
		}
		if start < 0 || finiteVerbAt(toks, start) || pastReportVerb(toks[start]) || toks[start].punct {
			continue
		}
		for j := start + 1; j < cue.first && j <= start+clauseSubjectReach; j++ {
			if (finiteVerbAt(toks, j) || pastReportVerb(toks[j])) && !strings.HasSuffix(toks[j].norm, "ing") {
				return true // not "and France calling for": a participle
			}
		}
	}
	return false
}

// suppositionNotDenial turns a denial inside a condition into a
// supposition: "would kill the hostages if Romania did not withdraw its
// troops" neither reports nor denies the withdrawal. "As if" and "even
// if" are no conditions.
func suppositionNotDenial(toks []token, t int, status graph.Status) graph.Status {
	if status != graph.Denied {
		return status
	}
	for k := t - 1; k >= 0 && k >= t-conditionalReach; k-- {
		tk := toks[k]
		if clauseBreak(tk) || tk.punct {
			return status
		}
		if tk.norm == "if" || tk.norm == "unless" {
			if k > 0 && (toks[k-1].norm == "as" || toks[k-1].norm == "even") {
				return status
			}
			return graph.Speculated
		}
	}
	return status
}

// hearsayParticiples, after a form of "be" and before "to", make the
// infinitive that follows hearsay or belief: "is thought to have
// offered", "was reported to have sent". "Said" and "believed" are read
// elsewhere (hedgedStatus, claimCue).
var hearsayParticiples = map[string]bool{
	"thought": true, "reported": true, "understood": true, "presumed": true, "feared": true, "assumed": true,
	"reputed": true, "rumoured": true, "rumored": true, "alleged": true, "suspected": true,
}

// hearsayInfinitive returns graph.Speculated for a verb trigger at t in
// the infinitive after a passive verb of hearsay: "Solana is thought to
// have offered help".
func hearsayInfinitive(toks []token, t int, noun bool, status graph.Status) graph.Status {
	if noun || status == graph.Denied || status == graph.Speculated {
		return status
	}
	k := t - 1
	for k >= 0 && (toks[k].norm == "have" || toks[k].norm == "been" || toks[k].norm == "be") {
		k--
	}
	if k < 2 || toks[k].norm != "to" || !hearsayParticiples[toks[k-1].norm] || !beForms[toks[k-2].norm] {
		return status
	}
	return graph.Speculated
}

// conjunctModals open a first conjunct whose status a second verb joined
// to it by "and" or "or" shares: "could attack Bolivia and occupy Ecuador",
// "agreed to withdraw its troops and release the prisoners", "did not
// attack Bolivia or occupy Ecuador".
var conjunctModals = map[string]bool{
	"will": true, "would": true, "shall": true, "could": true, "can": true, "may": true, "might": true, "to": true, "not": true, "never": true,
}

// conjunctReach bounds the look back from the conjunction for the first
// conjunct's verb.
const conjunctReach = 10

// coordinatedVerbStatus returns, for a verb trigger at t joined by "and"
// or "or" to an earlier verb that a modal, a negation or "to" governs, the
// status of that earlier verb: the second verb shares its auxiliary ("will
// attack Bolivia and occupy Ecuador"). The clause scan stops at the first
// verb, which is a trigger of its own, so it never reaches the modal. A
// past form after a base form ("did not attack Bolivia but occupied
// Ecuador") is a clause of its own and keeps its status.
func coordinatedVerbStatus(toks []token, t int, noun bool, status graph.Status) graph.Status {
	if noun || status != graph.Reported || t < 3 || !baseVerbForm(toks[t]) {
		return status
	}
	k := t - 1
	if toks[k].norm == "to" {
		k-- // "to withdraw from the treaty and to ban inspectors"
	}
	if toks[k].norm != "and" && toks[k].norm != "or" {
		return status
	}
	for j := k - 1; j >= 1 && j >= k-conjunctReach; j-- {
		tk := toks[j]
		if tk.punct || clauseBreak(tk) || relativeOpeners[tk.norm] || tk.norm == "that" {
			return status
		}
		if conjunctModals[toks[j-1].norm] && !tk.upper && !tk.digit && !determiners[tk.norm] && !pastVerbForm(tk) {
			if toks[j-1].norm == "to" && entailedCausedAct(toks, j-1) {
				return status // "the crisis caused Iceland to nationalise its banks and request a loan": done acts
			}
			if s := clauseStatus(toks, j, make([]bool, len(toks)), true); s != graph.Reported && s != "" {
				return s
			}
			return status
		}
		if finiteVerbAt(toks, j) {
			return status // "attacked Bolivia and occupy": the first verb has no modal
		}
	}
	return status
}

// pastVerbForm reports a past form: "attacked", "sent", "found"
// (irregularPasts: pronouns.go).
func pastVerbForm(t token) bool {
	return !t.upper && (edForm(t.norm) || pastForms[t.norm] || irregularPasts[t.norm])
}

// baseVerbForm reports a verb in its base form, the form that shares the
// first conjunct's modal: not "attacked", "accuses" or "attacking", which
// carry a tense of their own or head a gerund.
func baseVerbForm(t token) bool {
	w := t.norm
	switch {
	case t.upper || t.punct || pastVerbForm(t) || strings.HasSuffix(w, "ing"):
		return false
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		return false
	}
	return true
}

// relativePastPerfectCue reports whether a cue before the trigger t dates
// a main clause whose noun a relative clause in the past perfect
// describes: "On Monday, Chile condemned the militias that had attacked
// Peru", "advanced on August 7 to aid the rebels who had been battling
// Georgian troops". The act lies before the cue's day, on a day the
// sentence does not give. A "that" after a verb opens its object, not a
// relative clause (earlierThanSaying reads "said that ... had").
func relativePastPerfectCue(toks []token, t int, noun bool, cue dateCue) bool {
	if noun || cue.last >= t {
		return false
	}
	h := t - 1
	for h > cue.last && (toks[h].norm == "been" || toks[h].norm == "already" || toks[h].norm == "also" || toks[h].norm == "recently") {
		h--
	}
	if h <= cue.last+1 || toks[h].norm != "had" {
		return false
	}
	for r := h - 1; r > cue.last && r >= h-4; r-- {
		if toks[r].punct {
			return false
		}
		if !relativeOpeners[toks[r].norm] && toks[r].norm != "that" {
			continue
		}
		p := toks[r-1]
		if p.punct && p.text != "," {
			return false
		}
		return toks[r].norm != "that" || !p.punct && !finiteVerbAt(toks, r-1) && !pastReportVerb(p) && !sayingVerbs[p.norm] && !announceVerbs[p.norm]
	}
	return false
}

// finiteAuxiliaries are auxiliaries that can only open a predicate, so a
// name right before them is a subject: "... and Mexico has condemned".
var finiteAuxiliaries = map[string]bool{
	"has": true, "have": true, "had": true, "was": true, "were": true, "is": true, "are": true, "will": true,
	"would": true, "did": true, "does": true, "could": true, "should": true, "may": true, "might": true, "can": true,
}

// finiteVerbAt reports a word at k that reads as the verb of a clause: an
// auxiliary, a verb of saying, or an event verb that is no noun ("oppose")
// or has a past form ("condemned"). Verbs that are also nouns in their
// bare form ("support", "attack") are left out: "China and Russia
// support" and "China and Russia support for" look alike.
func finiteVerbAt(toks []token, k int) bool {
	if k >= len(toks) || toks[k].punct {
		return false
	}
	w := toks[k].norm
	if finiteAuxiliaries[w] || speechVerbs[w] || pastForms[w] {
		return true
	}
	tr := triggers[w]
	return tr != nil && tr.verb && (!tr.noun || strings.HasSuffix(w, "ed"))
}

// objectSlotBefore reports a list whose first name, starting at first,
// follows a verb as its object, past a determiner: "criticised (the)
// India ...".
func objectSlotBefore(toks []token, first int) bool {
	k := first - 1
	if k >= 0 && objectDeterminers[toks[k].norm] {
		k--
	}
	if k < 0 || toks[k].punct {
		return false
	}
	w := toks[k].norm
	return verbTrigger(w) || pastForms[w]
}

// splitCoordinatedClauses cuts the list of mentions lo..hi that spans two
// coordinated clauses, object of the first and subject of the second:
// "Pakistan opposes India, and Mexico and Argentina oppose Brazil",
// "Bush criticised Iran and Putin condemned Israel". A list that follows
// a verb and is followed by one cannot be one phrase; it is cut at its
// first ", and" (the clause joint), else at its last "and", and the part
// holding mention n is returned.
func (v *sentenceView) splitCoordinatedClauses(lo, hi, n int) (int, int) {
	// afterOfComplement skips "of France" in "the president of France was".
	if lo == hi || !objectSlotBefore(v.toks, v.ms[lo].first) || !finiteVerbAt(v.toks, v.afterOfComplement(hi)) {
		return lo, hi
	}
	cut := -1 // the last mention of the first clause
	for k := lo; k < hi; k++ {
		gap := v.toks[v.ms[k].last+1 : v.ms[k+1].first]
		comma, and := false, false
		for _, u := range gap {
			comma = comma || u.text == ","
			and = and || u.norm == "and"
		}
		if comma && and {
			cut = k
			break
		}
		if and {
			cut = k
		}
	}
	if cut < 0 {
		return lo, hi
	}
	if n <= cut {
		return lo, cut
	}
	return cut + 1, hi
}

// insideSubjectRelative reports a mention n that stands inside a subject
// relative clause on an unnamed noun ("a journalist who had criticised
// the Russian government", "men who carried badges of the Defence
// Ministry"), with the passive verb at t after the clause: what the
// passive tells was done to that noun, not to n. A passive inside the
// clause ("in which the agent X was killed", "a video which shows X being
// killed") is left alone.
func (v *sentenceView) insideSubjectRelative(n, t int) bool {
	toks := v.toks
	for k := v.ms[n].last + 1; k < t; k++ {
		if toks[k].norm == "being" {
			return false
		}
	}
	first := v.ms[n].first
	for j := first - 1; j >= 1 && first-j <= maxArgGap; j-- {
		u := toks[j]
		if clauseBreak(u) || u.punct {
			return false
		}
		if v.at[j] >= 0 {
			continue
		}
		if u.norm == "who" || u.norm == "which" || u.norm == "whom" {
			p, next := toks[j-1], toks[j+1]
			return v.at[j-1] < 0 && !p.punct && !p.upper && !prepositions[p.norm] && v.at[j+1] < 0 && !objectDeterminers[next.norm]
		}
	}
	return false
}

// lastPersonFor returns the person an earlier sentence last named, as the
// referent of a pronoun subject at j, or nil where the pronoun's own
// clause goes on to name that person: a pronoun cannot stand for a name
// in the rest of its clause ("He said he had thanked Clark", "he then
// attacked McCain's plans": not Clark, not McCain). The clause is taken to
// end at punctuation, a coordinator or a relative pronoun, past which a
// name may again be the pronoun's referent ("He traveled to Serbia, ...
// who Fischer defeated").
func (a *article) lastPersonFor(v *sentenceView, j int) *graph.Entity {
	p := a.lastPerson
	if p == nil {
		return nil
	}
	for k := j + 1; k < len(v.toks); k++ {
		u := v.toks[k]
		if u.punct || coordinators[u.norm] || relativePronouns[u.norm] {
			break
		}
		if n := v.at[k]; n >= 0 && v.ms[n].ent == p {
			return nil
		}
	}
	return p
}

// afterOfComplement returns the index of the word after mention n and
// the "of" phrase that completes it: after "the president of France" in
// "visit Tbilisi, and the president of France was to visit Moscow",
// where the title and the country are two mentions.
func (v *sentenceView) afterOfComplement(n int) int {
	k := v.ms[n].last + 1
	if k+1 < len(v.toks) && v.toks[k].norm == "of" {
		j := k + 1
		if objectDeterminers[v.toks[j].norm] && j+1 < len(v.toks) {
			j++
		}
		if m := v.at[j]; m >= 0 && v.ms[m].first == j {
			return v.ms[m].last + 1
		}
	}
	return k
}
