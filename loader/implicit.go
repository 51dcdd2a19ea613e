package loader

import (
	"slices"
	"strings"

	"github.com/geokg/geokg/graph"
)

// States acting through unnamed agents. News states acts of custody
// without naming who did them: "Dubois was arrested in Nigeria", "two
// Tunisian citizens were expelled from Italy", "her arrest in Iran".
// Only a state's authorities arrest, jail, sentence or deport people, so
// the country where it happens is the doer (ANNOTATION.md: where a
// country acts through an unnamed official, the country is the actor).
// Acts of force stay actorless when agentless (see victims.go): anyone
// may kill or kidnap, so "was killed in Iraq" names no doer.

// implicitLexicon holds acts of custody the main lexicon lacks: courts
// sentence and states deport, "a Nigerian court sentenced X", "Chad
// deported two French nationals".
var implicitLexicon = []lexEntry{
	{verbs: "sentenced", rule: eventRule{name: "sentence", typ: graph.Coerce, mode: "arrest", direct: true}},
	{verbs: "deport deports deported deporting", nouns: "deportation deportations", rule: eventRule{name: "deport", typ: graph.Coerce, mode: "expel", direct: true, preps: []string{"of"}}},
}

// custodyParticiples are the passive participles of acts of custody only
// a state's authorities do, with the mode each states.
var custodyParticiples = map[string]string{
	"arrested": "arrest", "detained": "arrest", "jailed": "arrest", "imprisoned": "arrest", "sentenced": "arrest", "held": "arrest",
	"deported": "expel", "expelled": "expel", "banned": "ban", "outlawed": "ban",
}

// custodyNouns name acts of custody: "his arrest in Iran".
var custodyNouns = map[string]string{
	"arrest": "arrest", "detention": "arrest", "imprisonment": "arrest", "jailing": "arrest",
	"deportation": "expel", "expulsion": "expel",
}

// custodyPlaceEnds end the stretch after a custody verb that can say
// where it happened: what follows them is the charge, the time or another
// clause ("arrested for fighting in Iraq", "convicted of spying in Iran").
var custodyPlaceEnds = map[string]bool{
	"for": true, "after": true, "while": true, "when": true, "because": true, "of": true, "over": true, "with": true,
	"who": true, "which": true, "that": true, "and": true, "but": true, "as": true, "before": true, "during": true,
	"by": true, "to": true, "where": true, "following": true, "since": true, "until": true, "on": true,
}

// custodyDemonymPlaces follow a nationality in a phrase that says whose
// custody someone is in: "in a Syrian court", "in Iranian waters".
var custodyDemonymPlaces = map[string]bool{
	"court": true, "courts": true, "custody": true, "prison": true, "prisons": true, "jail": true, "jails": true, "waters": true,
	"territory": true,
}

// custodyState returns the state in which the act of custody at t took
// place, named after it by "in" (or "from", for a deportation): "in
// Nigeria", "at his home in Lagos", "in a Syrian court", "from Italy".
// Else nil.
func (a *article) custodyState(v *sentenceView, t int, mode string) *graph.Entity {
	toks := v.toks
	for k := t + 1; k < len(toks) && k <= t+maxArgGap; k++ {
		u := toks[k]
		if u.norm == "to" && toks[t].norm == "sentenced" {
			continue // "sentenced to death in Nigeria": the penalty, then the place
		}
		if u.punct || u.text == "." || custodyPlaceEnds[u.norm] || (v.at[k] < 0 && (strings.HasSuffix(u.norm, "ed") || triggers[u.norm] != nil)) {
			return nil // "his arrest last November inspired rallies in Washington": another verb's place
		}
		if !(u.norm == "in" || u.norm == "at" || (u.norm == "from" && mode == "expel")) || k+1 >= len(toks) {
			continue
		}
		j := k + 1
		for j < len(toks) && j <= k+3 && (nounDeterminers[toks[j].norm] || toks[j].norm == "his" || toks[j].norm == "her" || toks[j].norm == "their") {
			j++
		}
		if j >= len(toks) {
			return nil
		}
		n := v.at[j]
		if n < 0 || v.ms[n].first != j {
			continue
		}
		m := v.ms[n]
		switch {
		case m.ent.Kind == graph.Country && m.form == formDemonym:
			if m.last+1 < len(toks) && custodyDemonymPlaces[toks[m.last+1].norm] {
				return m.ent // "in a Syrian court"
			}
			return nil
		case m.ent.Kind == graph.Country && !m.modifier:
			return m.ent
		case m.ent.Kind == graph.Location && u.norm != "from":
			return a.countryOf(m.ent) // "in Lagos": the city's country
		}
		return nil
	}
	return nil
}

// custodyAdverbs may stand between a passive's auxiliaries and its
// participle, or among the auxiliaries: "have since been", "was later".
var custodyAdverbs = map[string]bool{"since": true, "briefly": true, "illegally": true, "secretly": true, "wrongly": true, "eventually": true, "previously": true}

// custodyPatient returns whom an act of custody befell, the subject of
// the passive whose auxiliaries end at j: a person or body named
// ("Dubois was arrested", "Dubois, a French engineer, was arrested", "he
// was arrested" for the last person named), or the country of people
// known only by their nationality ("two British journalists were
// arrested"). Else nil.
func (a *article) custodyPatient(v *sentenceView, j int) *graph.Entity {
	toks := v.toks
	for j >= 0 && (auxiliaries[toks[j].norm] || beForms[toks[j].norm] || custodyAdverbs[toks[j].norm]) {
		j--
	}
	if j < 0 {
		return nil
	}
	if w := toks[j].norm; w == "he" || w == "she" {
		return a.personBefore(v, j)
	}
	if toks[j].norm == "who" && j >= 2 && toks[j-1].text == "," {
		j -= 2 // "Dubois, who was arrested in Nigeria": the name the clause follows
		if n := v.at[j]; n >= 0 && v.ms[n].ent.Kind == graph.Person {
			return v.ms[n].ent
		}
	}
	if toks[j].text == "," {
		if n := v.at[j-1]; j > 0 && n >= 0 && v.ms[n].ent.Kind == graph.Person {
			return v.ms[n].ent // "A French engineer, Dubois, was"
		}
		// "Dubois, a French engineer, was", "Bemba, one of Congo's former
		// vice presidents, has been": the name the apposition follows.
		for k := j - 1; k >= 1 && k >= j-12; k-- {
			if toks[k].text == "," {
				if n := v.at[k-1]; n >= 0 && v.ms[n].ent.Kind == graph.Person {
					return v.ms[n].ent
				}
				return nil
			}
			if toks[k].punct || clauseWords[toks[k].norm] || v.at[k] >= 0 && v.ms[v.at[k]].ent.Kind == graph.Person {
				return nil
			}
		}
		return nil
	}
	if n := v.at[j]; n >= 0 {
		m := v.ms[n]
		if f := m.first; m.ent.Kind == graph.Country && f >= 2 && toks[f-1].norm == "of" && v.at[f-2] >= 0 && v.ms[v.at[f-2]].ent.Kind == graph.Person {
			return v.ms[v.at[f-2]].ent // "General Pinochet of Chile was arrested in London"
		}
		if m.first > 0 && subjectPhrasePrepositions[toks[m.first-1].norm] {
			return nil // "a funeral for Dubois was held in Paris": the name is not the subject
		}
		if m.ent.Kind == graph.Person || (m.ent.Kind == graph.Organization && usable(m)) {
			return m.ent
		}
		if m.ent.Kind == graph.Country && m.form == formDemonym && m.last == j && (j+1 >= len(toks) || !toks[j+1].upper) {
			return m.ent // "20 Afghans have been arrested": people by their nationality
		}
		if m.ent.Kind == graph.Country && m.form == formName {
			// "citizens of Canada", "three women from Canada and Britain":
			// the last of the countries the people are from.
			f := m.first
			for f >= 2 && (toks[f-1].norm == "and" || toks[f-1].text == ",") && v.at[f-2] >= 0 && v.ms[v.at[f-2]].ent.Kind == graph.Country {
				f = v.ms[v.at[f-2]].first
			}
			if f >= 1 && toks[f-1].norm == "the" {
				f-- // "from the United States"
			}
			if f >= 2 && (toks[f-1].norm == "of" || toks[f-1].norm == "from") && peopleNouns[toks[f-2].norm] {
				return m.ent
			}
		}
		return nil
	}
	// A common noun: the nationality among its modifiers, "two British
	// journalists", "Nine French nationals", "United Kingdom diplomatic
	// staff".
	if !peopleNouns[toks[j].norm] {
		return nil
	}
	for k := j - 1; k >= 0 && k >= j-4; k-- {
		if n := v.at[k]; n >= 0 {
			if m := v.ms[n]; m.ent.Kind == graph.Country && m.last == k && !v.locative(n) {
				return m.ent
			}
			return nil
		}
		if toks[k].punct {
			return nil
		}
	}
	return nil
}

// subjectPhrasePrepositions before a name make it the object of a
// phrase inside the subject, not the subject.
var subjectPhrasePrepositions = map[string]bool{
	"of": true, "for": true, "to": true, "with": true, "about": true, "against": true, "on": true, "in": true, "at": true,
	"honour": true, "honor": true,
}

// peopleNouns name people, or their craft, held for the state they are
// from: "two British journalists", "Japanese tourists".
var peopleNouns = map[string]bool{
	"man": true, "men": true, "woman": true, "women": true, "people": true, "citizen": true, "citizens": true,
	"national": true, "nationals": true, "journalist": true, "journalists": true, "reporter": true, "reporters": true,
	"tourist": true, "tourists": true, "soldier": true, "soldiers": true, "sailor": true, "sailors": true,
	"marines": true, "diplomat": true, "diplomats": true, "activist": true, "activists": true, "workers": true,
	"worker": true, "engineer": true, "engineers": true, "businessman": true, "businessmen": true, "students": true,
	"student": true, "fishermen": true, "crew": true, "pilot": true, "pilots": true, "hikers": true, "aid": true,
	"missionaries": true, "missionary": true, "teacher": true, "teachers": true, "officials": true, "official": true,
	"trawler": true, "ship": true, "vessel": true, "boat": true, "tanker": true, "plane": true, "aircraft": true,
	"nurses": true, "doctors": true, "doctor": true, "priest": true, "priests": true, "staff": true, "contractors": true,
}

// implicitFrames finds acts of custody stated without their doer, whose
// state the sentence names as where they happened: the passive "X was
// arrested in Nigeria" and the noun "X's arrest in Iran", "his detention
// in Iran", "the arrest of X in Iran".
func (a *article) implicitFrames(s sentence, v *sentenceView) []*candidate {
	var out []*candidate
	toks := v.toks
	for t, tok := range toks {
		if v.at[t] >= 0 || tok.hyphen {
			continue
		}
		var state, patient *graph.Entity
		var mode, rule string
		if m, ok := custodyParticiples[tok.norm]; ok && t > 0 {
			j := t - 1
			for j > 0 && (strings.HasSuffix(toks[j].norm, "ly") || custodyAdverbs[toks[j].norm]) && !beForms[toks[j].norm] {
				j-- // "were later deported", "was secretly detained"
			}
			if !beForms[toks[j].norm] || agentNamed(toks, t) {
				continue // active, or "arrested by police": the verb rules read it
			}
			mode, rule = m, "verb:custody-in-state"
			if state = a.custodyState(v, t, mode); state == nil {
				state = v.sayerState(j) // "Chad said nine French nationals were arrested"
			}
			if state == nil {
				if state = a.storyCustodyState(v, t, j); state != nil {
					rule = "verb:custody-in-story"
				}
			}
			if state != nil {
				patient = a.custodyPatient(v, j)
			}
			if rule == "verb:custody-in-story" && !storyCustodyPatient(v, j, patient) {
				continue
			}
			if m == "ban" && patient != nil && patient.Kind != graph.Organization {
				patient = nil // people are banned from races and offices; a body banned is outlawed
			}
			if tok.norm == "held" && patient != nil && patient.Kind == graph.Organization {
				patient = nil // "the summit was held in Japan": meetings are held too; people only
			}
		} else if m, ok := custodyNouns[tok.norm]; ok && t > 0 {
			mode, rule = m, "noun:custody-in-state"
			if t+2 < len(toks) && toks[t+1].norm == "of" {
				// "the arrest of Dubois in Nigeria": the place follows the arrested.
				if n := v.at[t+2]; n >= 0 && v.ms[n].ent.Kind == graph.Person && v.ms[n].first == t+2 {
					if state = a.custodyState(v, v.ms[n].last, mode); state != nil {
						patient = v.ms[n].ent
					}
				}
			} else if k := timeAdjunct(toks, t+1); k >= len(toks) || toks[k].norm != "in" && toks[k].norm != "at" {
				continue // the place must follow the noun: "her arrest (last year) in Iran"
			} else if state = a.custodyState(v, t, mode); state == nil {
				continue
			}
			switch p := toks[t-1]; {
			case p.norm == "his" || p.norm == "her":
				patient = a.personBefore(v, t-1) // "her arrest in Iran"
			case p.poss && v.at[t-1] >= 0 && v.ms[v.at[t-1]].ent.Kind == graph.Person:
				patient = v.ms[v.at[t-1]].ent // "Dubois's arrest in Nigeria"
			}
		}
		if state == nil || patient == nil || patient == state {
			continue
		}
		c := &candidate{typ: graph.Coerce, mode: mode, rule: rule, confidence: 0.55, sent: s, trigger: t, noun: strings.HasPrefix(rule, "noun:")}
		c.actors = []*graph.Entity{state}
		c.targets = a.withStates([]*graph.Entity{patient}, c.actors)
		c.targets = slices.DeleteFunc(c.targets, func(e *graph.Entity) bool { return e == state })
		if len(c.targets) == 0 {
			continue // "two Nigerian men were arrested in Lagos": no foreign party
		}
		c.status = frameStatus(toks, t, !c.noun)
		c.location = v.eventLocation(t, c)
		out = append(out, c)
	}
	return out
}

// agentNamed reports "by" after the participle at t within its clause:
// the passive names its doer.
func agentNamed(toks []token, t int) bool {
	for k := t + 1; k < len(toks) && k <= t+maxArgGap; k++ {
		if clauseBreak(toks[k]) || toks[k].text == "." || toks[k].text == "," {
			return false
		}
		if toks[k].norm == "by" {
			return true
		}
	}
	return false
}

// stateBodyNouns name bodies through which a state acts: "Kenyan police",
// "the Chadian authorities", "security forces".
var stateBodyNouns = map[string]bool{
	"police": true, "authorities": true, "government": true, "officials": true, "military": true, "army": true,
	"navy": true, "forces": true, "troops": true, "soldiers": true, "court": true, "courts": true, "judge": true,
	"prosecutors": true, "ministry": true, "guards": true, "coastguard": true, "guard": true, "officers": true,
	"junta": true,
}

// stateBodyWords may stand between a nationality and a body's noun:
// "Kenyan security forces", "Iranian border guards".
var stateBodyWords = map[string]bool{
	"security": true, "border": true, "coast": true, "military": true, "government": true, "federal": true, "state": true,
	"interior": true, "foreign": true, "justice": true, "defence": true, "defense": true, "police": true, "naval": true,
	"senior": true, "top": true, "local": true, "riot": true, "special": true, "high": true, "supreme": true, "army": true,
}

// stateBody returns the state whose unnamed body the phrase ending at i
// names: "Kenyan police", "Kenya's security forces", "police in Kenya",
// "the authorities of Kenya" is read by the passive rules. Else nil.
func stateBody(v *sentenceView, i int) *graph.Entity {
	toks := v.toks
	if i < 0 {
		return nil
	}
	if n := v.at[i]; n >= 0 {
		// "police in Kenya": the body named by where it sits.
		m := v.ms[n]
		if m.ent.Kind == graph.Country && m.form == formName && !m.modifier && m.first >= 2 && toks[m.first-1].norm == "in" && institutionNouns[toks[m.first-2].norm] {
			return m.ent
		}
		return nil
	}
	if !stateBodyNouns[toks[i].norm] {
		return nil
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if n := v.at[k]; n >= 0 {
			if m := v.ms[n]; m.ent.Kind == graph.Country && m.last == k {
				return m.ent
			}
			return nil
		}
		if toks[k].punct || !stateBodyWords[toks[k].norm] {
			return nil
		}
	}
	return nil
}

// sayerState returns the state that reports an act of custody of its
// own: "Chad said (that) nine French nationals were arrested", "Kenyan
// police say 20 Somalis have been detained". The passive's auxiliaries
// end at j; the clause of saying opens at most a few words before its
// subject. A state announces its own arrests; whoever else reports an
// arrest (a group, a newspaper) is not taken for its doer. Else nil.
func (v *sentenceView) sayerState(j int) *graph.Entity {
	toks := v.toks
	for j >= 0 && (auxiliaries[toks[j].norm] || beForms[toks[j].norm] || custodyAdverbs[toks[j].norm]) {
		j--
	}
	for k := j; k >= 1 && k >= j-6; k-- {
		u := toks[k]
		if u.punct || clauseWords[u.norm] && u.norm != "that" {
			return nil
		}
		if !(speechVerbs[u.norm] || reportingVerbs[u.norm]) {
			continue
		}
		i := skipTimeAdverbs(toks, k-1)
		for i >= 0 && auxiliaries[toks[i].norm] {
			i--
		}
		if i < 0 {
			return nil
		}
		if e := stateBody(v, i); e != nil {
			return e
		}
		if n := v.at[i]; n >= 0 && v.ms[n].ent.Kind == graph.Country && v.ms[n].form == formName && usable(v.ms[n]) && !v.locative(n) {
			return v.ms[n].ent
		}
		return nil
	}
	return nil
}

// bareBodyNouns name a state's bodies of law and order, which act only
// in their own state: "police", "the authorities".
var bareBodyNouns = map[string]bool{
	"police": true, "policemen": true, "authorities": true, "prosecutors": true, "court": true, "judge": true,
}

// bodyInPlace returns the state whose unnamed police or authorities are
// the subject of the act of custody at t, named by where the act takes
// place: "Police arrested two Britons in Nairobi", "authorities detained
// him at Lagos airport". Nothing may name whose body it is ("Kenyan
// police": the verb rules read that), and troops, which act abroad, are
// not such bodies. Else nil.
func (a *article) bodyInPlace(v *sentenceView, t int, mode string) *graph.Entity {
	toks := v.toks
	j := skipTimeAdverbs(toks, t-1)
	for j >= 0 && auxiliaries[toks[j].norm] {
		j--
	}
	if j >= 2 && v.at[j] >= 0 {
		// "The police in Nairobi arrested": the body named by the city it sits in.
		m := v.ms[v.at[j]]
		if f := m.first; m.last == j && f >= 2 && toks[f-1].norm == "in" && bareBodyNouns[toks[f-2].norm] && (f == 2 || nounDeterminers[toks[f-3].norm] || toks[f-3].punct) {
			return a.countryOf(m.ent)
		}
		return nil
	}
	if j < 0 || !bareBodyNouns[toks[j].norm] {
		return nil
	}
	if k := j - 1; k >= 0 && !(toks[k].norm == "the" || toks[k].norm == "local" || toks[k].text == ",") {
		return nil // "Kenyan police", "the city's police", "military police"
	}
	return a.custodyState(v, t, mode)
}
