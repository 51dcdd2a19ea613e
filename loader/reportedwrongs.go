package loader

import (
	"slices"
	"strings"

	"github.com/geokg/geokg/graph"
)

// A wrong that a source reports a party did is the source's accusation of
// that party, whatever verb reports it and however the party is named:
//
//	"Amnesty International said Israeli forces had committed war crimes"
//	"A Newsweek report stated that U.S. interrogators desecrated the Koran"
//	"The inquiry concluded that the Saudi government had tortured detainees"
//	"The envoy said Iran was in violation of United Nations resolutions"
//	"The paper corroborated claims that the U.S. is involved in acts of violence"
//	"U.S. officials say that Iran supports terrorists in Iraq"
//	"Witnesses said prisoners were abused by Egyptian police"
//
// statements.go reads the plain form (a named party right after "said",
// a verb of breach); this file reads the family around it:
//   - the verbs that report a finding ("reported", "found", "revealed")
//     and those that confirm a claim ("corroborated claims that"), and a
//     report named by its author ("a Newsweek report stated");
//   - a party named by the group that acts for it ("Israeli forces", "U.S.
//     officials", "the Saudi government", "Iran's security forces");
//   - predicates whose verb is a wrong in itself ("tortured", "desecrated",
//     "covered up"), a state of breach ("in violation of"), a part in a
//     wrong ("involved in", "complicit in", "guilty of") and backing for
//     those who do wrong ("supports terrorists", "armed insurgents");
//   - the passive, whose by-phrase names the party ("were abused by
//     Egyptian police").
//
// The guards are statements.go's: a negated verb of saying or predicate
// accuses no one, the speaker's own side is not accused, and a modal of
// possibility makes the wrong speculated. A neutral act of force ("said
// Israeli jets struck") is no wrong here: claimedharm.go reads when
// telling one is an accusation.

// disclosureVerbs report what a source found or disclosed, as verbs of saying
// report what it said: "Newsweek reported that", "the inquiry found that".
var disclosureVerbs = map[string]bool{
	"reported": true, "reports": true, "found": true, "finds": true, "concludes": true, "revealed": true,
	"reveals": true, "showed": true, "shows": true, "disclosed": true, "discloses": true, "documented": true,
	"documents": true, "wrote": true, "writes": true,
}

// claimTakingVerbs take a claim as their object and make it their
// subject's own: "corroborated claims that", "repeated allegations that".
var claimTakingVerbs = map[string]bool{
	"corroborated": true, "corroborates": true, "confirmed": true, "confirms": true, "repeated": true,
	"repeats": true, "echoed": true, "echoes": true, "backed": true, "backs": true, "supported": true,
	"supports": true, "made": true, "makes": true, "renewed": true, "levelled": true, "leveled": true,
}

// reportedClaimNouns are the claims a confirming verb takes: "claims
// that", "reports that".
var reportedClaimNouns = map[string]bool{
	"claim": true, "claims": true, "allegation": true, "allegations": true, "accusation": true,
	"accusations": true, "charge": true, "charges": true, "reports": true, "report": true, "suspicions": true,
}

// authoredTexts are texts that report for their author: "a Newsweek report
// stated", "an Amnesty study found".
var authoredTexts = map[string]bool{
	"report": true, "study": true, "article": true, "investigation": true, "inquiry": true, "statement": true,
	"survey": true, "memo": true, "document": true, "documents": true, "dossier": true, "editorial": true,
}

// partyGroupNouns name the people or bodies through which a party acts:
// "Israeli forces", "U.S. officials", "the Saudi government".
var partyGroupNouns = map[string]bool{
	"forces": true, "troops": true, "soldiers": true, "officials": true, "authorities": true, "government": true,
	"police": true, "army": true, "military": true, "interrogators": true, "guards": true, "agents": true,
	"regime": true, "administration": true, "leaders": true, "leadership": true, "officers": true,
	"personnel": true, "militia": true, "militias": true, "navy": true, "jailers": true, "diplomats": true,
	"intelligence": true, "services": true, "agencies": true, "jets": true, "warplanes": true,
}

// partyGroupModifiers may come between a party's name and its group:
// "Iranian security forces", "U.S. military interrogators".
var partyGroupModifiers = map[string]bool{
	"security": true, "military": true, "intelligence": true, "special": true, "border": true, "secret": true,
	"government": true, "prison": true, "naval": true, "armed": true, "police": true, "state": true,
}

// wrongdoingVerbs are wrongs in themselves, whatever their object:
// "tortured detainees", "desecrated the Koran", "deceived the public",
// "embezzled the funds", "orchestrated the attacks", "incited violence".
var wrongdoingVerbs = map[string]bool{
	"tortured": true, "tortures": true, "torturing": true, "abused": true, "abuses": true, "abusing": true,
	"mistreated": true, "mistreats": true, "mistreating": true, "desecrated": true, "desecrating": true,
	"defiled": true, "defiling": true, "massacred": true, "persecuted": true, "persecutes": true,
	"persecuting": true, "deceived": true, "deceiving": true, "misled": true, "misleading": true,
	"rigged": true, "rigging": true, "falsified": true, "fabricated": true, "spied": true, "spying": true,
	"stole": true, "stolen": true, "stealing": true, "embezzled": true, "embezzling": true, "looted": true,
	"looting": true, "bribed": true, "bribing": true, "orchestrated": true, "orchestrating": true,
	"masterminded": true, "masterminding": true, "instigated": true, "instigating": true, "incited": true,
	"inciting": true, "sabotaged": true, "sabotaging": true,
}

// coveringVerbs are wrongs with the particle "up": "covered up the
// killings".
var coveringVerbs = map[string]bool{"covered": true, "covering": true, "covers": true}

// partInWrong are the predicates that give a party a part in a wrong named
// after their preposition: "involved in acts of violence", "guilty of war
// crimes", "complicit in torture".
var partInWrong = map[string]string{
	"involved": "in", "complicit": "in", "implicated": "in", "guilty": "of", "culpable": "for",
	"perpetrated": "", "perpetrating": "", "carried": "out", "carrying": "out",
}

// breachStates follow "in" in a state of breach: "in violation of",
// "in breach of", "in contravention of".
var breachStates = map[string]bool{"violation": true, "breach": true, "contravention": true, "defiance": true}

// backingVerbs give help whose receivers, when they do wrong, make the
// help a wrong: "supports terrorists", "armed insurgents".
var backingVerbs = map[string]bool{
	"supports": true, "supported": true, "supporting": true, "support": true, "backs": true, "backed": true,
	"backing": true, "arms": true, "armed": true, "arming": true, "finances": true, "financed": true,
	"financing": true, "funds": true, "funded": true, "funding": true, "harbours": true, "harboured": true,
	"harbouring": true, "harbors": true, "harbored": true, "harboring": true, "sponsors": true,
	"sponsored": true, "sponsoring": true, "trains": true, "trained": true, "training": true, "aids": true,
	"aided": true, "aiding": true, "shelters": true, "sheltered": true, "sheltering": true,
}

// wrongdoers are those whose backing is a wrong: "terrorists",
// "insurgents", "terrorism".
var wrongdoers = map[string]bool{
	"terrorists": true, "terrorism": true, "terror": true, "terrorist": true, "insurgents": true,
	"insurgency": true, "militants": true, "extremists": true, "extremism": true, "jihadists": true,
	"militias": true,
}

// reportedWrongRule names the accusations this file reads.
const reportedWrongRule = "verb:reported-wrong"

// withClaimedHarms adds to evaluations the accusations claimedHarms reads
// from the hostile acts found, and drops those of this file that one of
// them states: where a party claims another harmed it ("Syria claimed
// that Israeli jets had violated its airspace") the accusation is read
// from the act, with the act's own status.
func (a *article) withClaimedHarms(s sentence, v *sentenceView, found, evaluations []*candidate) []*candidate {
	isWrong := func(c *candidate) bool { return strings.HasPrefix(c.rule, reportedWrongRule) }
	harms := a.claimedHarms(s, v, found, slices.DeleteFunc(slices.Clone(evaluations), isWrong))
	evaluations = slices.DeleteFunc(evaluations, func(c *candidate) bool { return isWrong(c) && accusationAmong(harms, c) })
	return append(evaluations, harms...)
}

// reportedWrongs reads the frames of this file in the sentence.
func (a *article) reportedWrongs(s sentence, v *sentenceView) []*candidate {
	var out []*candidate
	toks := v.toks
	for j, tok := range toks {
		if !(speechAt(toks, j) || tok.is(classAllegationVerb) || tok.gates(gateReportedWrong|gateVerdictSpeech)) || v.at[j] >= 0 || unsaid(toks, j) {
			continue
		}
		if j > 0 && beForms[toks[j-1].norm] {
			continue // "was reported", "were found": no source named
		}
		st := reportedClause(v, j)
		if st < 0 {
			continue
		}
		party, trigger := v.reportedWrong(st)
		if party == nil || trigger < 0 {
			continue
		}
		var speaker *graph.Entity
		if speechParticiples[tok.norm] {
			if j > 0 && toks[j-1].text == "," {
				speaker = a.participleSpeaker(v, j-1) // "X criticised the report, saying Y had lied"
			}
		} else if speaker = a.speakerOf(v, j, false); speaker == nil {
			speaker = documentAuthor(v, j)
		}
		if speaker == nil || speaker.Kind == graph.Location || a.sameSide(speaker, party) || v.speakersNationality(j, party) {
			continue
		}
		c := &candidate{typ: graph.Accuse, rule: reportedWrongRule, confidence: 0.55, trigger: trigger, sent: s,
			status: hedgedWrong(toks, st, trigger)}
		if conditioned(toks, j) {
			c.status = graph.Speculated // "if the inquiry finds that X tortured"
		}
		if !a.setParties(c, []*graph.Entity{speaker}, []*graph.Entity{party}) {
			continue
		}
		out = append(out, c)
	}
	if c := a.frontedWrong(s, v); c != nil {
		out = append(out, c)
	}
	return out
}

// frontedWrong reads a wrong told first and its source after it, or the
// source first in "according to": "Syrian troops tortured detainees,
// Amnesty said", `"Israeli forces have committed war crimes," said the
// group's director, Irene Khan`, "According to Human Rights Watch, the
// Sudanese government armed the militias", "..., according to Amnesty".
func (a *article) frontedWrong(s sentence, v *sentenceView) *candidate {
	toks := v.toks
	st := firstWord(toks)
	if st < 0 {
		return nil
	}
	if isQuoteMark(toks[st]) {
		st++
	}
	var speaker *graph.Entity
	if st < len(toks) && toks[st].norm == "according" {
		n := accordingSource(v, st)
		if n < 0 || v.ms[n].last+2 >= len(toks) || toks[v.ms[n].last+1].text != "," {
			return nil
		}
		speaker, st = v.ms[n].ent, v.ms[n].last+2
	}
	party, trigger := v.reportedWrong(st)
	if party == nil || trigger < 0 {
		return nil
	}
	if speaker == nil {
		speaker = a.trailingSource(v, trigger)
	}
	if speaker == nil || speaker.Kind == graph.Location || a.sameSide(speaker, party) {
		return nil
	}
	c := &candidate{typ: graph.Accuse, rule: reportedWrongRule + "-fronted", confidence: 0.55, trigger: trigger, sent: s,
		status: hedgedWrong(toks, st, trigger)}
	if !a.setParties(c, []*graph.Entity{speaker}, []*graph.Entity{party}) {
		return nil
	}
	return c
}

// trailingSource returns who tells the clause before it by a verb of
// saying or "according to" after a comma that ends it: "..., Amnesty
// said", `...," said Irene Khan`, "..., according to the UN". Only a
// speaker's name or description may stand between the comma and the
// verb: in "..., and the UN said it was concerned" the UN tells another
// clause.
func (a *article) trailingSource(v *sentenceView, t int) *graph.Entity {
	toks := v.toks
	comma := -1
	for k := t + 1; k < len(toks); k++ {
		if toks[k].text == "," {
			comma = k
		}
		if comma < 0 {
			continue
		}
		if toks[k].norm == "according" && k == comma+1 {
			if n := accordingSource(v, k); n >= 0 {
				return v.ms[n].ent
			}
			return nil
		}
		if k > comma && (clauseBreak(toks[k]) || toks[k].norm == "and" || toks[k].norm == "but" || k > comma+7) {
			return nil
		}
		if k > comma && speechAt(toks, k) && v.at[k] < 0 {
			if unsaid(toks, k) {
				return nil
			}
			return a.speakerOf(v, k, true)
		}
	}
	return nil
}

// reportedWrong reads, at st, a reported clause that states a wrong done
// by a party: its subject names the party (reportedParty) and its
// predicate the wrong (reportedWrongAt), or its subject is the party's
// share in a wrong (ownedWrong), or it is passive and its by-phrase names
// the party (passiveWrong). It returns the party and the wrong's index,
// or nil and -1.
func (v *sentenceView) reportedWrong(st int) (*graph.Entity, int) {
	if party, pred := v.reportedParty(st); party != nil {
		if t := reportedWrongAt(v, pred); t >= 0 {
			return party, t
		}
	}
	if party, t := v.ownedWrong(st); party != nil {
		return party, t
	}
	return v.passiveWrong(st)
}

// reportedClause returns where the clause reported by the verb at j
// begins, past "that", a time or setting ("said on Monday that", "said
// in a statement that") and, after a confirming verb, the claim it takes
// ("corroborated claims that"); -1 where the verb reports no clause:
// "told" reports one only after its addressee and "that".
func reportedClause(v *sentenceView, j int) int {
	toks := v.toks
	k := j + 1
	if claimTakingVerbs[toks[j].norm] {
		if k < len(toks) && (toks[k].norm == "the" || toks[k].norm == "earlier" || toks[k].norm == "previous") {
			k++
		}
		if k+1 >= len(toks) || !reportedClaimNouns[toks[k].norm] || toks[k+1].norm != "that" {
			return -1
		}
		return k + 2
	}
	if toks[j].norm == "told" {
		for i := k; i < len(toks) && i <= j+5; i++ {
			if toks[i].norm == "that" {
				return i + 1
			}
			if toks[i].punct || clauseBreak(toks[i]) {
				return -1
			}
		}
		return -1
	}
	k = pastSpeechSetting(v, pastSpeechTime(toks, k))
	if k < len(toks) && toks[k].norm == "that" {
		k++
	}
	if k >= len(toks) {
		return -1
	}
	return k
}

// reportedParty reads, at k, the subject of a reported clause that names a
// party: the party itself ("Iran", "the United States"), or a group that
// acts for it, named by its name, demonym or possessive ("Israeli forces",
// "the U.S. military interrogators", "Iran's security forces"). It returns
// the party and where its predicate begins, or nil.
func (v *sentenceView) reportedParty(k int) (*graph.Entity, int) {
	toks := v.toks
	if k < len(toks) && toks[k].norm == "the" && v.at[k] < 0 {
		k++
	}
	if k >= len(toks) || v.at[k] < 0 {
		return nil, -1
	}
	m := v.ms[v.at[k]]
	if m.first != k || m.place || m.ent.Kind == graph.Location {
		return nil, -1
	}
	if end := partyGroupEnd(toks, m.last+1); end > m.last+1 {
		return m.ent, end // "Israeli forces", "Iran's security forces"
	}
	if m.modifier || toks[m.last].poss {
		return nil, -1 // "Israeli settlers", "Iran's nuclear programme"
	}
	return m.ent, m.last + 1
}

// partyGroupEnd returns the index after a group acting for a party that
// opens at k ("forces", "security forces", "military interrogators"), or
// k where none does.
func partyGroupEnd(toks []token, k int) int {
	end := k
	for i := k; i < len(toks) && i < k+3 && !toks[i].upper; i++ {
		w := toks[i].norm
		if partyGroupNouns[w] {
			end = i + 1
			continue
		}
		if !partyGroupModifiers[w] {
			break
		}
	}
	return end
}

// reportedWrongAt returns the index of the word that states a wrong in
// the predicate starting at k, or -1: what accusedWrong reads, a verb
// that is a wrong in itself ("tortured", "covered up"), a state of breach
// ("was in violation of"), a part in a wrong ("involved in acts of
// violence", "guilty of war crimes") or backing for wrongdoers ("supports
// terrorists"). A negation cancels it.
func reportedWrongAt(v *sentenceView, k int) int {
	toks := v.toks
	if t := accusedWrong(toks, k); t >= 0 {
		return t
	}
	for k < len(toks) && (auxiliaries[toks[k].norm] || beForms[toks[k].norm] || strings.HasSuffix(toks[k].norm, "ly") && v.at[k] < 0) {
		if negations[toks[k].norm] {
			return -1
		}
		k++
	}
	if k+1 >= len(toks) || negations[toks[k].norm] {
		return -1
	}
	w, next := toks[k].norm, toks[k+1].norm
	passive := k > 0 && beForms[toks[k-1].norm] && !strings.HasSuffix(w, "ing") // "is harbouring" is active
	switch {
	case passive && (wrongdoingVerbs[w] || coveringVerbs[w] || backingVerbs[w]):
		return -1 // "Iranian diplomats were mistreated": the party suffered it
	case wrongdoingVerbs[w]:
		return k
	case coveringVerbs[w] && next == "up":
		return k
	case w == "in" && breachStates[next] && k+2 < len(toks) && toks[k+2].norm == "of":
		return k + 1
	case backingVerbs[w]:
		if backedWrongdoers(v, k) {
			return k
		}
	case (next == "and" || next == "or") && k+2 < len(toks) && wrongdoingVerbs[toks[k+2].norm] && !passive:
		return k + 2 // "beat and tortured prisoners"
	}
	if prep, ok := partInWrong[w]; ok && (prep == "" || next == prep) {
		for i := k + 1; i < len(toks) && i <= k+6; i++ {
			if wrongs[toks[i].norm] {
				return k
			}
			if toks[i].punct && !isQuoteMark(toks[i]) {
				break
			}
		}
	}
	return -1
}

// backedWrongdoers reports whether the object of the verb of backing at t
// is a group of wrongdoers no name stands for: "supports terrorists",
// "armed Shiite militants", "financing terrorism", "trained the
// insurgents in Iraq". A named object ("backs Hezbollah fighters") is a
// party of its own.
func backedWrongdoers(v *sentenceView, t int) bool {
	toks := v.toks
	for k := t + 1; k < len(toks) && k <= t+3; k++ {
		if toks[k].punct || v.at[k] >= 0 && !v.ms[v.at[k]].modifier {
			return false
		}
		if wrongdoers[toks[k].norm] {
			return true
		}
		if toks[k].norm == "and" || toks[k].norm == "or" || prepositions[toks[k].norm] {
			return false
		}
	}
	return false
}

// passiveWrong reads, at k, a reported clause in the passive whose
// by-phrase names the party that did the wrong: "detainees were tortured
// by U.S. guards", "the Koran was desecrated by American soldiers", "war
// crimes were committed by Israeli forces". It
// returns the party and the wrong's index, or nil and -1.
func (v *sentenceView) passiveWrong(k int) (*graph.Entity, int) {
	toks := v.toks
	for i := k; i < len(toks) && i <= k+6; i++ {
		if toks[i].punct || clauseBreak(toks[i]) {
			return nil, -1
		}
		if !beForms[toks[i].norm] {
			continue
		}
		t := i + 1
		for t < len(toks) && (beForms[toks[t].norm] || strings.HasSuffix(toks[t].norm, "ly") && v.at[t] < 0) {
			t++
		}
		by := t + 1
		switch {
		case t+1 < len(toks) && coveringVerbs[toks[t].norm] && toks[t+1].norm == "up":
			by++ // "were covered up by"
		case t < len(toks) && (toks[t].norm == "committed" || toks[t].norm == "perpetrated"):
			if !wrongBetween(toks, k, i) {
				return nil, -1 // "the offences were committed by": no wrong named
			}
		case t >= len(toks) || !wrongdoingVerbs[toks[t].norm]:
			return nil, -1
		}
		if by+1 >= len(toks) || toks[by].norm != "by" || negatedVerb(toks, t) {
			return nil, -1
		}
		party, _ := v.reportedParty(by + 1)
		if party == nil || !v.partyGroupNamed(by+1) && party.Kind == graph.Person {
			return nil, -1 // "abused by Smith": a person, not a party's act
		}
		return party, t
	}
	return nil, -1
}

// wrongBetween reports a word of wrongs from k up to end: "war crimes
// were committed by".
func wrongBetween(toks []token, k, end int) bool {
	for ; k < end; k++ {
		if wrongs[toks[k].norm] {
			return true
		}
	}
	return false
}

// partyGroupNamed reports whether the by-phrase at k names a party's
// group ("U.S. guards") rather than the party alone.
func (v *sentenceView) partyGroupNamed(k int) bool {
	toks := v.toks
	if k < len(toks) && toks[k].norm == "the" && v.at[k] < 0 {
		k++
	}
	if k >= len(toks) || v.at[k] < 0 {
		return false
	}
	m := v.ms[v.at[k]]
	return partyGroupEnd(toks, m.last+1) > m.last+1
}

// wrongfulParts name a party's share in what it is said to do: "Iran's
// involvement in terrorist acts", "Syria's support for militants".
var wrongfulParts = map[string]bool{
	"involvement": true, "role": true, "complicity": true, "participation": true, "support": true,
	"backing": true, "sponsorship": true, "financing": true, "funding": true, "arming": true,
}

// ownedWrong reads, at k, a reported clause whose subject is a party's
// share in a wrong: "Iran's growing involvement in terrorist acts",
// "Syria's support for the insurgents". It returns the party and the
// share's index, or nil and -1.
func (v *sentenceView) ownedWrong(k int) (*graph.Entity, int) {
	toks := v.toks
	if k < len(toks) && toks[k].norm == "the" && v.at[k] < 0 {
		k++
	}
	if k >= len(toks) || v.at[k] < 0 {
		return nil, -1
	}
	m := v.ms[v.at[k]]
	if m.first != k || !toks[m.last].poss || !usable(m) || m.ent.Kind == graph.Location {
		return nil, -1
	}
	t := m.last + 1
	if t < len(toks) && !wrongfulParts[toks[t].norm] && !toks[t].punct && !toks[t].upper && v.at[t] < 0 {
		t++ // "Iran's growing involvement"
	}
	if t >= len(toks) || !wrongfulParts[toks[t].norm] {
		return nil, -1
	}
	for i := t + 1; i < len(toks) && i <= t+5; i++ {
		if toks[i].punct || v.at[i] >= 0 && !v.ms[v.at[i]].modifier {
			break // "Syria's support for Hezbollah": a party of its own
		}
		if wrongdoers[toks[i].norm] || wrongs[toks[i].norm] && toks[t].norm != "support" && toks[t].norm != "backing" {
			return m.ent, t
		}
	}
	return nil, -1
}

// documentAuthor returns who wrote the text that reports with the verb at
// j, named before its noun: "a Newsweek report stated", "an Amnesty
// International study found", "the UN's report concluded". Nil otherwise.
func documentAuthor(v *sentenceView, j int) *graph.Entity {
	toks := v.toks
	d := j - 1
	if d < 1 || !authoredTexts[toks[d].norm] {
		return nil
	}
	n := v.at[d-1]
	if n < 0 || v.ms[n].ent.Kind == graph.Location || v.ms[n].ent.Kind == graph.Person {
		return nil
	}
	return v.ms[n].ent
}
