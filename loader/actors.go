package loader

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// Who did it: rules that keep a name from being read as an event's actor
// or target when the sentence gives it another role. The extractor falls
// back on the nearest name before a verb; these rules say when that name
// cannot be the verb's subject, and the event is then dropped rather than
// given a guessed party.

// obliquePrepositions make the name after them a complement, not a
// clause's subject: "the chief of staff to Dick Cheney, Libby resigned",
// "solidly with the president and ready to".
var obliquePrepositions = map[string]bool{
	"of": true, "to": true, "for": true, "with": true, "from": true, "about": true, "against": true, "during": true,
	"under": true, "by": true, "on": true, "into": true, "toward": true, "towards": true, "over": true, "than": true,
	"like": true, "among": true, "between": true, "via": true, "upon": true, "behind": true,
}

// ownerHeads are nouns through which the state or body named after "of"
// or "for" acts: "the government of Sudan", "a spokesman for Hamas",
// "thousands of Nigerians".
var ownerHeads = map[string]bool{
	"government": true, "governments": true, "ministry": true, "ministries": true, "army": true, "military": true,
	"forces": true, "troops": true, "police": true, "people": true, "citizens": true, "officials": true, "official": true,
	"authorities": true, "administration": true, "regime": true, "delegation": true, "delegations": true, "embassy": true,
	"members": true, "member": true, "representatives": true, "representative": true, "envoys": true, "leaders": true,
	"thousands": true, "hundreds": true, "dozens": true, "millions": true, "tens": true, "scores": true, "group": true,
	"supporters": true, "parliament": true, "cabinet": true, "office": true, "navy": true, "head": true, "heads": true,
	"spokesperson": true, "spokespeople": true, "secretary-general": true, "behalf": true, "state": true,
	"country": true, "nation": true, "part": true, "wing": true,
}

// obliqueMention reports whether mention n is the object of a preposition
// and ends its noun phrase ("to Vice President Dick Cheney, Libby
// resigned", "with the president and ready to"), and so is not the
// subject of a verb after it. A name that goes on into a longer phrase
// ("reports of Russian helicopters setting fire", "Putin's visit") still
// heads what acts; so does a state or body after "of" or "for" and a
// title, a name or an owner noun ("the President of Iran", "Queen
// Elizabeth II of the United Kingdom", "a spokesman for Hamas").
func (v *sentenceView) obliqueMention(n int) bool {
	m := v.ms[n]
	end := m.last + 1
	for end < len(v.toks) && !v.toks[m.last].poss && (isTitleWord(v.toks[end].norm) || titles[v.toks[end].norm] != "") {
		end++ // "with the Nigerian president and": the title ends the name's phrase
	}
	if v.toks[end-1].poss || v.detachedPossessive(end) || !v.phraseEnds(end) || v.antecedent(end) {
		return false
	}
	if g := v.coordinated(n); len(g) > 1 {
		m = v.ms[g[0]] // "in countries such as Egypt and Syria": the list's first name
	}
	k := m.first - 1
	for k >= 0 {
		u := v.toks[k]
		if p := v.at[k]; p >= 0 && v.ms[p].modifier {
			k = v.ms[p].first - 1
			continue
		}
		if u.norm == "the" || u.norm == "a" || u.norm == "an" || isTitleWord(u.norm) || titles[u.norm] != "" {
			k-- // determiners and titles of the same name
			continue
		}
		break
	}
	if k >= 1 && v.toks[k].norm == "as" && v.toks[k-1].norm == "such" {
		return true
	}
	if k < 0 || !obliquePrepositions[v.toks[k].norm] {
		return false
	}
	if p := v.toks[k].norm; (p == "of" || p == "for") && k > 0 {
		h := v.toks[k-1]
		if h.upper || v.at[k-1] >= 0 || isTitleWord(h.norm) || titles[h.norm] != "" || ownerHeads[h.norm] || groupNouns[h.norm] || personPlurals[h.norm] {
			return false
		}
	}
	return true
}

// detachedPossessive reports a possessive written apart from its noun, as
// wiki markup leaves it: "Putin 's visit".
func (v *sentenceView) detachedPossessive(k int) bool {
	return k+1 < len(v.toks) && (v.toks[k].text == "'" || v.toks[k].text == "’") && v.toks[k+1].norm == "s"
}

// antecedent reports a relative clause opening at k ("by Israel, which has
// long accused"): the name before it is that clause's subject.
func (v *sentenceView) antecedent(k int) bool {
	if k < len(v.toks) && v.toks[k].text == "," {
		k++
	}
	return k < len(v.toks) && (relativePronouns[v.toks[k].norm] || v.toks[k].norm == "that")
}

// phraseEnds reports whether a noun phrase ends before token k: at
// punctuation, a conjunction, a preposition or a relative word.
func (v *sentenceView) phraseEnds(k int) bool {
	if k >= len(v.toks) {
		return true
	}
	u := v.toks[k]
	return u.punct || coordinators[u.norm] || obliquePrepositions[u.norm] || clauseWords[u.norm] || relativePronouns[u.norm] || locativePrepositions[u.norm]
}

// subjectPronouns stand for a subject named before; the nearest name is
// how they are resolved, whatever its role.
var subjectPronouns = map[string]bool{
	"it": true, "they": true, "he": true, "she": true, "we": true, "i": true, "who": true, "which": true, "that": true,
	"him": true, "her": true, "them": true, "its": true, "their": true, "his": true,
}

// objectVerbs are verbs of force that always take an object when active:
// a form of one with no object after it is a passive participle, and the
// noun before it is whom it befell ("three journalists kidnapped last
// month in Iraq", "soldiers killed for helping the army").
var objectVerbs = map[string]bool{
	"killed": true, "kidnapped": true, "abducted": true, "arrested": true, "detained": true, "captured": true,
	"wounded": true, "injured": true, "executed": true, "jailed": true, "imprisoned": true, "tortured": true,
	"murdered": true, "assassinated": true, "deported": true, "expelled": true, "extradited": true, "shot": true,
	"seized": true, "hanged": true, "beheaded": true, "massacred": true, "slaughtered": true, "sentenced": true,
}

// timeAdjunct returns the index after a time phrase starting at k ("last
// month", "earlier", "on Sunday", "in 2006", "two days ago"), or k.
func timeAdjunct(toks []token, k int) int {
	for k < len(toks) {
		w := toks[k].norm
		switch {
		case w == "earlier" || w == "later" || w == "recently" || w == "yesterday" || w == "today" || w == "ago" || timeAdverbs[w] || months[w] != 0 || toks[k].digit:
			k++
		case (w == "last" || w == "this" || w == "next") && k+1 < len(toks):
			k += 2 // "last month", "this week"
		case (w == "on" || w == "in") && k+1 < len(toks) && (timeAdverbs[toks[k+1].norm] || months[toks[k+1].norm] != 0 || toks[k+1].digit):
			k += 2
		default:
			return k
		}
	}
	return k
}

// agentFollows reports "by" right after the participle at t or after a
// time phrase: "kidnapped earlier by militants", "killed on Sunday by".
func agentFollows(toks []token, t int) bool {
	k := timeAdjunct(toks, t+1)
	return k < len(toks) && toks[k].norm == "by"
}

// objectlessParticiple reports a verb of force at t that follows a common
// noun and has no object and no agent after it: "three Romanian
// journalists kidnapped last month in Iraq". Whoever is named with the
// noun is the victim; the sentence does not say who acted.
func objectlessParticiple(v *sentenceView, t int) bool {
	toks := v.toks
	if !objectVerbs[toks[t].norm] || t == 0 {
		return false
	}
	p := toks[t-1]
	if p.punct || p.upper || v.at[t-1] >= 0 || auxiliaries[p.norm] || beForms[p.norm] || subjectPronouns[p.norm] ||
		coordinators[p.norm] || strings.HasSuffix(p.norm, "ly") || p.norm == "who" || p.norm == "which" {
		return false
	}
	k := timeAdjunct(toks, t+1)
	if k >= len(toks) {
		return true
	}
	u := toks[k]
	if u.norm == "by" {
		return false // "kidnapped earlier by militants": the agent is named
	}
	if countedObject(toks, k) {
		return false // "troops killed at least 20 Palestinians": a count opens the object (event.go)
	}
	return u.punct || locativePrepositions[u.norm] || participleAdjuncts[u.norm] || u.norm == "for" || u.norm == "and" || u.norm == "as"
}

// passiveSubject returns the mention a passive verb at t was done to: the
// nearest name before it, which must lie in the same stretch of words as a
// reduced participle ("British sailors and marines seized by Iran", not
// "backing for Iraq, today rejected charges that vessels seized by"), and
// before a full passive must not be the object of a preposition
// ("tortured in countries such as Egypt after being captured by"); or -1.
// k is the word before the participle.
func (v *sentenceView) passiveSubject(t, k int, reduced bool) int {
	n := v.prev(t)
	if n < 0 || v.toks[k].text == "," {
		return n
	}
	if !reduced {
		if v.obliqueMention(n) || v.thingSubject(k) || v.insideSubjectRelative(n, t) { // clausescope.go
			return -1
		}
		if s := v.interruptedSubject(n, t); s >= 0 {
			return s
		}
		return n
	}
	for _, u := range v.toks[v.ms[n].last+1 : t] {
		if u.punct || u.norm == "that" || relativePronouns[u.norm] {
			return -1
		}
	}
	return n
}

// interruptedSubject returns the name right before an interruption set
// off by commas around mention n, when the passive verb at t follows the
// closing comma: in "Raúl Reyes, a spokesman of the FARC, has been killed
// by", Reyes, not the FARC the apposition names. Else -1.
func (v *sentenceView) interruptedSubject(n, t int) int {
	closing := -1
	for j := v.ms[n].last + 1; j < t; j++ {
		if v.toks[j].text == "," {
			closing = j
			break
		}
	}
	if closing < 0 {
		return -1
	}
	for j := v.ms[n].first - 1; j >= 1 && j >= v.ms[n].first-12; j-- {
		u := v.toks[j]
		if u.text == "," {
			if s := v.at[j-1]; s >= 0 && s != n && usable(v.ms[s]) && !v.locative(s) {
				return s
			}
			return -1
		}
		if clauseBreak(u) || u.punct || v.at[j] >= 0 && v.at[j] != n {
			return -1
		}
	}
	return -1
}

// whWords open a clause; a name after one is that clause's subject, not
// the object of the verb before it.
var whWords = map[string]bool{
	"what": true, "which": true, "who": true, "whom": true, "whose": true, "where": true, "when": true, "why": true,
	"how": true, "whether": true,
}

// performingVerbs, passive after an event noun, have the event's own doer
// as their agent: "the truce was signed by X", "the protests were
// organised by X".
var performingVerbs = map[string]bool{
	"signed": true, "organized": true, "organised": true, "staged": true, "held": true, "led": true, "brokered": true,
	"launched": true, "carried": true, "conducted": true, "made": true, "declared": true, "announced": true, "called": true,
	"mounted": true, "planned": true, "arranged": true, "hosted": true,
}

// otherAgent reports an auxiliary at k that starts a passive verb whose
// agent is not the doer of the event noun before it: "the resignation was
// accepted by", "was preceded by".
func otherAgent(toks []token, k int) bool {
	if !auxiliaries[toks[k].norm] && !beForms[toks[k].norm] {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+3; j++ {
		if auxiliaries[toks[j].norm] || beForms[toks[j].norm] {
			continue
		}
		return !performingVerbs[toks[j].norm]
	}
	return true
}

// unknownName reports a name the article does not know ending at j, right
// before the verb: a capitalised word run after a comma ("the chief of
// staff to Dick Cheney, Libby resigned") or a body's name joined by "for"
// or "against" after a state's name ("the Syrian Observatory for Human
// Rights demands"). The
// subject is someone the extractor cannot name, so the nearest known name
// before it is not the subject.
func (v *sentenceView) unknownName(j int) bool {
	if j <= 0 || v.at[j] >= 0 {
		return false
	}
	joined := false
	k := j
	for ; k > 0 && v.at[k] < 0; k-- {
		u := v.toks[k]
		if isTitleWord(u.norm) || titles[u.norm] != "" || timeAdverbs[u.norm] || months[u.norm] != 0 {
			return false
		}
		if (u.norm == "for" || u.norm == "against") && k < j && bodyNouns[v.toks[k-1].norm] && v.toks[k-1].upper {
			joined = true
			continue
		}
		if !u.upper || u.punct || u.digit {
			break
		}
	}
	if k == j {
		return false
	}
	if n := v.at[k]; joined && n >= 0 {
		return v.ms[n].ent.Kind == graph.Country // "the Syrian Observatory for": a state names an unknown body
	}
	return v.toks[k].text == ","
}

// bodyNouns end the first part of a body's name joined by "for" or
// "against": "Observatory for Human Rights", "Committee Against Torture".
var bodyNouns = map[string]bool{
	"observatory": true, "committee": true, "centre": true, "center": true, "council": true, "institute": true,
	"foundation": true, "coalition": true, "campaign": true, "movement": true, "front": true, "alliance": true,
	"organisation": true, "organization": true, "society": true, "league": true, "association": true,
	"commission": true, "fund": true, "network": true, "union": true, "party": true,
}

// lyNouns end in "-ly" but are no adverbs.
var lyNouns = map[string]bool{
	"ally": true, "rally": true, "supply": true, "assembly": true, "family": true, "monopoly": true, "anomaly": true,
	"reply": true, "italy": true, "july": true, "only": true, "early": true, "daily": true, "weekly": true,
	"newly": true, // "newly freed Felix Kulov": an adjective's adverb, no verb's
}

// skipMannerAdverb steps back over a manner adverb before a verb at j+1
// ("Murtha, who had served in Vietnam, angrily denounced"), so that the
// subject search sees the comma or name before it; else it returns j.
func skipMannerAdverb(toks []token, j int) int {
	if j < 1 {
		return j
	}
	u := toks[j]
	if u.upper || u.punct || len(u.norm) < 5 || !strings.HasSuffix(u.norm, "ly") || lyNouns[u.norm] {
		return j
	}
	return j - 1
}

// patientNouns name what befalls the one whose name is their possessor:
// "Suu Kyi's house arrest", "Hariri's assassination", "Taylor's
// extradition". With an "of" after them the possessor is the doer
// ("Saddam's killing of Kurds"), as with any other event noun.
var patientNouns = map[string]bool{
	"arrest": true, "arrests": true, "detention": true, "imprisonment": true, "jailing": true, "expulsion": true,
	"deportation": true, "extradition": true, "trial": true, "prosecution": true, "indictment": true,
	"assassination": true, "killing": true, "kidnapping": true, "abduction": true, "torture": true,
}

// patientPossessor reports a person named as the possessor of a patient
// noun at t with no "of" after it: the person it befalls, not its doer.
func patientPossessor(toks []token, t int, owner graph.EntityKind) bool {
	if owner != graph.Person || !patientNouns[toks[t].norm] {
		return false
	}
	return t+1 >= len(toks) || toks[t+1].norm != "of"
}

// governingSubject returns the subject of the verb that takes, as object,
// the noun phrase opening at first: "Myanmar extended Suu Kyi's
// detention". Only auxiliaries and one verb may stand between, and the
// subject must open its clause (no preposition before it); or -1.
func (v *sentenceView) governingSubject(first int) int {
	k := first - 1
	if k >= 0 && (v.toks[k].norm == "the" || v.toks[k].norm == "a") {
		k--
	}
	if k < 0 || v.toks[k].punct || v.toks[k].upper || v.at[k] >= 0 || prepositions[v.toks[k].norm] || obliquePrepositions[v.toks[k].norm] ||
		!(strings.HasSuffix(v.toks[k].norm, "ed") || strings.HasSuffix(v.toks[k].norm, "s") || pastForms[v.toks[k].norm]) {
		return -1 // the verb: "extended", "ordered", "prolongs"
	}
	k = skipMannerAdverb(v.toks, k-1)
	for k >= 0 && auxiliaries[v.toks[k].norm] {
		k--
	}
	if k < 0 {
		return -1
	}
	n := v.at[k]
	if n < 0 && k > 0 && groupNouns[v.toks[k].norm] && v.at[k-1] >= 0 && v.ms[v.at[k-1]].form == formDemonym {
		n = v.at[k-1] // "the Burmese government extended"
	}
	if n < 0 || !usable(v.ms[n]) && v.ms[n].form != formDemonym || v.toks[v.ms[n].last].poss || v.locative(n) {
		return -1
	}
	f := v.ms[n].first
	if f > 0 && v.toks[f-1].norm == "the" {
		f--
	}
	if f > 0 && subjectlessPrepositions[v.toks[f-1].norm] {
		return -1
	}
	return n
}

// relativeAntecedent reads a relative clause that the comma at j closes
// (", who had served as a Marine Corps officer in Vietnam,"): it returns
// the usable mention right before the clause's opening comma, or -1 when
// that is no known name, and true; false when no relative clause ends at j.
func (v *sentenceView) relativeAntecedent(j int) (int, bool) {
	if j < 1 || v.toks[j].text != "," {
		return -1, false
	}
	for k := j - 1; k >= 1 && k >= j-maxArgGap*2; k-- {
		u := v.toks[k]
		if clauseBreak(u) || u.text == "." {
			return -1, false
		}
		if !relativePronouns[u.norm] || u.norm == "that" {
			if u.text == "," {
				return -1, false
			}
			continue
		}
		if v.toks[k-1].text != "," || k < 2 {
			return -1, false
		}
		if n := v.at[k-2]; n >= 0 && usable(v.ms[n]) {
			return n, true
		}
		return -1, true
	}
	return -1, false
}

// threatCondition reports an act of force at t stated in an "if" or
// "unless" clause that follows a consequence in "would" or "will":
// "Israel would suffer a painful response if it attacks", "the group
// would target Tel Aviv if Israel attacked Beirut". The act is the
// condition of a threat, supposed and not done.
func threatCondition(toks []token, t int) bool {
	k := t - 1
	for ; k >= 0 && k >= t-conditionalReach; k-- {
		if clauseBreak(toks[k]) || toks[k].text == "," || toks[k].text == "." {
			return false
		}
		if conditionals[toks[k].norm] {
			break
		}
	}
	if k < 1 || !conditionals[toks[k].norm] {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-maxArgGap; j-- {
		if clauseBreak(toks[j]) {
			return false
		}
		if futureModals[toks[j].norm] {
			return true
		}
	}
	return false
}

// ownedPatientForms are verb forms that, after an owner, are nouns of what
// befell the owner: "his capture", "their release", "her kidnap".
var ownedPatientForms = map[string]bool{"capture": true, "release": true, "kidnap": true, "murder": true, "rescue": true}

// ownedPatientNoun reports a verb form at t read as such a noun: after a
// possessive pronoun, with no "of" naming another patient after it
// ("its capture of two soldiers" keeps its doer).
func ownedPatientNoun(toks []token, t int) bool {
	if t < 1 || !ownedPatientForms[toks[t].norm] {
		return false
	}
	switch toks[t-1].norm {
	case "his", "her", "their", "its":
	default:
		return false
	}
	return t+1 >= len(toks) || toks[t+1].norm != "of"
}

// threatOfCondition turns the act of force at t in a threat's condition
// (see threatCondition) into the threat: the first party the sentence
// names before the condition, other than the act's doer, threatens that
// doer ("Iran responded, saying that Israel would suffer a painful
// response if it attacks": Iran threatens Israel), or rather the subject
// of a verb of saying before it ("Nasrallah said"). It reports false when
// no such party is named.
func threatOfCondition(v *sentenceView, t int, c *candidate) bool {
	if len(c.actors) == 0 {
		return false
	}
	doer := c.actors[0]
	cond := t - 1
	for cond >= 0 && !conditionals[v.toks[cond].norm] {
		cond--
	}
	threaten := func(e *graph.Entity) bool {
		c.typ, c.mode, c.status = graph.Threaten, "", graph.Reported
		c.actors, c.targets = []*graph.Entity{e}, []*graph.Entity{doer}
		c.rule += "-threat-condition"
		return true
	}
	for k := cond - 1; k > 0; k-- {
		if speechAt(v.toks, k) && v.at[k] < 0 {
			if n := v.prev(k); n >= 0 && v.ms[n].ent != doer {
				return threaten(v.ms[n].ent) // "Nasrallah said the group would": the sayer
			}
			break
		}
	}
	for _, m := range v.ms {
		if m.last >= cond {
			break
		}
		if !usable(m) || m.ent == doer || m.ent.Kind == graph.Location {
			continue
		}
		if n := v.at[m.first]; n >= 0 && v.locative(n) {
			continue
		}
		return threaten(m.ent)
	}
	return false
}
