package loader

import (
	"slices"
	"strings"
	"sync"

	"github.com/geokg/geokg/graph"
)

// References to an armed group that news names once in full and then by
// a part of its name or by what it is: "the Liberation Tigers of Tamil
// Eelam" … "the Tigers"; "the Islamic Courts Union" … "the Islamists",
// "Islamist fighters"; "Hezbollah" … "the militant group's positions".
// groupReferences and qualifiedGroupReferences read "the rebels" and "the
// Islamist militia"; armedDescriptionReferences reads "militants ambushed";
// these are the forms they leave.

// armedGroupMemory is what the article has said of armed groups so far.
type armedGroupMemory struct {
	// named are the armed groups named, the latest last.
	named []*graph.Entity
	// last is the armed group the last sentence naming any named alone,
	// in sentence lastAt; nil when that sentence named several.
	last   *graph.Entity
	lastAt int
	// lastOrg is the organisation last named, armed or not.
	lastOrg *graph.Entity
	// crowd is set when a sentence since last has named a crowd ("100
	// protesters"), which "the group" may as well stand for.
	crowd bool
	// armed caches armedByName for each organisation the article names.
	armed map[*graph.Entity]bool
	// described holds the stems of the words of creed or people the
	// article described each group with ("Shiite"): describedparties.go.
	described map[*graph.Entity][]string
}

// bandNouns add to crowdNouns the plural nouns of people a later "the
// group" may stand for: "About 100 protesters chanted. The group held
// signs"; "Five gunmen seized the ship. The group demanded".
var bandNouns = map[string]bool{
	"men": true, "women": true, "gunmen": true, "hostages": true, "tourists": true, "pilgrims": true,
	"delegates": true, "prisoners": true, "soldiers": true, "journalists": true,
}

// namesBand reports a crowd or band noun among toks.
func namesBand(toks []token) bool {
	words := crowdBandNouns()
	return slices.ContainsFunc(toks, func(t token) bool { return words[t.norm] })
}

// crowdBandNouns joins crowdNouns and bandNouns, so that namesBand, run on
// most sentences, looks a token up once instead of twice.
var crowdBandNouns = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, l := range []map[string]bool{crowdNouns, bandNouns} {
		for w, in := range l {
			if in {
				m[w] = true
			}
		}
	}
	return m
})

// armedGroupReferences gives the references of this file at tokens no
// earlier reference rule has resolved.
func (a *article) armedGroupReferences(toks []token, ms []mention, taken []bool) []mention {
	if len(a.groups.named) == 0 {
		return nil
	}
	out := a.nameWordReferences(toks, taken)
	out = append(out, a.creedReferences(toks, ms, taken)...)
	out = append(out, a.groupDescriptionReferences(toks, ms, taken)...)
	return out
}

// noteArmedNamed records the armed groups a sentence names: those
// notePeople found armed, and the organisations whose name says they bear
// arms (see armedByName).
func (a *article) noteArmedNamed(toks []token, armed []*graph.Entity, ms []mention) {
	for _, m := range ms {
		if m.ent.Kind != graph.Organization || m.form == formRef || m.modifier {
			continue
		}
		a.groups.lastOrg = m.ent
		if a.armedByName(m.ent) && !slices.Contains(armed, m.ent) {
			armed = append(armed, m.ent)
		}
	}
	a.noteGroupDescriptions(toks, armed, ms) // describedparties.go
	for _, e := range armed {
		a.groups.named = slices.DeleteFunc(a.groups.named, func(n *graph.Entity) bool { return n == e })
		a.groups.named = append(a.groups.named, e)
	}
	switch len(armed) {
	case 0:
		a.groups.crowd = a.groups.crowd || namesBand(toks)
	case 1:
		a.groups.last, a.groups.lastAt, a.groups.crowd = armed[0], a.cur, false
	default:
		a.groups.last = nil
	}
}

// armedNameWords are the words that make an organisation's name an armed
// group's: "Al-Aqsa Martyrs' Brigades", "Lord's Resistance Army", "Liberation
// Tigers of Tamil Eelam".
var armedNameWords = map[string]bool{
	"army": true, "brigade": true, "brigades": true, "tigers": true, "militia": true, "mujahideen": true, "mujahedeen": true,
}

// armedByName reports an organisation whose name says it bears arms: a
// word of armedNameWords, or a "Liberation Front" ("Moro Islamic Liberation
// Front"). A state's own army ("United States Army") is its state's.
func (a *article) armedByName(e *graph.Entity) bool {
	armed, ok := a.groups.armed[e]
	if !ok {
		armed = !a.x.gaz.stateOrgans[e.ID] && armedName(nameKey(e.Name))
		if a.groups.armed == nil {
			a.groups.armed = map[*graph.Entity]bool{}
		}
		a.groups.armed[e] = armed
	}
	return armed
}

// armedName reports a name key holding a word of armedNameWords or both
// "liberation" and "front".
func armedName(key string) bool {
	words := strings.Fields(key)
	for _, w := range words {
		if armedNameWords[w] {
			return true
		}
	}
	return slices.Contains(words, "liberation") && slices.Contains(words, "front")
}

// nameWordReferences resolves a capitalised word of an armed group's name
// standing alone after "the" ("the Tigers" for the Liberation Tigers of
// Tamil Eelam, "the Courts" for the Islamic Courts Union, "the Brigades",
// "the Front") to that group. The word must be a plural or a body's head
// word, not the name's first, and fit no other organisation the article
// has named: "the Union" after the Islamic Courts Union and the African
// Union is either. "the Tigers of the north" or "the Tigers Tamil" say
// something else.
func (a *article) nameWordReferences(toks []token, taken []bool) []mention {
	var out []mention
	for i := 1; i < len(toks); i++ {
		t := toks[i]
		if toks[i-1].norm != "the" || !t.upper || t.caps || t.punct || t.digit || t.hyphen || taken[i] || len(t.norm) < 4 {
			continue
		}
		if t.norm == "army" {
			continue // "the Army" is as often a state's
		}
		if !strings.HasSuffix(t.norm, "s") && !t.is(classOrgHead) {
			continue
		}
		if toks[i-1].hyphen || !groupPhraseEnds(toks, i) {
			continue
		}
		var found *graph.Entity
		unique := true
		for _, e := range a.entities {
			if e.Kind != graph.Organization || !hasInnerWord(e, t.norm) {
				continue
			}
			if found != nil && found != e {
				unique = false
			}
			found = e
		}
		if found == nil || !unique || !slices.Contains(a.groups.named, found) {
			continue
		}
		out = append(out, mention{first: i, last: i, ent: found, form: formRef})
	}
	return out
}

// hasInnerWord reports whether w is a word, other than the first, of e's
// name or of one of its aliases: "tigers" of "Liberation Tigers of Tamil
// Eelam", "courts" of "Islamic Courts Union".
func hasInnerWord(e *graph.Entity, w string) bool {
	for _, form := range append([]string{e.Name}, e.Aliases...) {
		words := strings.Fields(nameKey(form))
		if len(words) > 1 && slices.Contains(words[1:], w) {
			return true
		}
	}
	return false
}

// creedStems map the nouns and adjectives of a creed to the stem a group
// named for it carries: "the Islamists" and "Islamist fighters" for a
// group whose name says "Islamic", "the Maoists" for a "Maoist" party.
var creedStems = map[string]string{
	"islamists": "islam", "islamist": "islam", "islamic": "islam",
	"maoists": "maoist", "maoist": "maoist",
	"separatists": "separatist", "separatist": "separatist", // describedparties.go: "the separatist group ETA"
}

// creedFollowers are the nouns a creed adjective may qualify and still
// stand for one group: "Islamist fighters", "the Islamic militia".
var creedFollowers = map[string]bool{
	"fighters": true, "militia": true, "militias": true, "militants": true, "rebels": true, "insurgents": true,
	"guerrillas": true, "forces": true, "group": true, "movement": true, "troops": true,
}

// creedReferences resolves "the Islamists" (or "the Maoists") and a creed
// adjective before an armed noun, with or without "the" ("Islamist
// fighters", "the Islamic movement"), to the one armed group the article
// has named whose name carries that creed. A creed no named group carries
// ("Islamist militants fighting Indian rule" in an article naming none) is
// left alone, as is one two groups carry.
func (a *article) creedReferences(toks []token, ms []mention, taken []bool) []mention {
	var out []mention
	for i := 0; i < len(toks); i++ {
		stem := creedStems[toks[i].norm]
		if stem == "" || taken[i] || toks[i].hyphen || i > 0 && (toks[i-1].hyphen || toks[i-1].poss || taken[i-1]) {
			continue
		}
		last := i
		if strings.HasSuffix(toks[i].norm, "s") {
			if !bareGroupNoun(toks, i, i, taken) {
				continue // "the Islamists", not "Islamists in Somalia say"
			}
		} else {
			if i+1 >= len(toks) || !creedFollowers[toks[i+1].norm] || taken[i+1] || toks[i+1].hyphen {
				continue
			}
			last = i + 1
			if !groupPhraseEnds(toks, last) {
				continue // "Islamist militants of the Abu Sayyaf", "the Islamic movement Hamas"
			}
			if i > 0 && (toks[i-1].upper && !toks[i-1].punct && i-1 > 0 || newGroupWords[toks[i-1].norm]) {
				continue // "Somali Islamist fighters", "an Islamist group": another
			}
		}
		if e := a.creedGroup(stem, ms); e != nil {
			out = append(out, mention{first: i, last: last, ent: e, form: formRef})
		}
	}
	return out
}

// newGroupWords before a creed adjective introduce a group not yet named:
// "an Islamist group", "other Islamist militias".
var newGroupWords = map[string]bool{
	"a": true, "an": true, "another": true, "other": true, "some": true, "rival": true, "several": true, "many": true,
}

// creedGroup returns the one armed group named so far, or in the sentence,
// whose name or an alias has a word beginning with stem, or nil.
func (a *article) creedGroup(stem string, ms []mention) *graph.Entity {
	var found *graph.Entity
	consider := func(e *graph.Entity) bool {
		if slices.Contains(a.groups.described[e], stem) {
			if found != nil && found != e {
				return false
			}
			found = e
		}
		for _, form := range append([]string{e.Name}, e.Aliases...) {
			for _, w := range strings.Fields(nameKey(form)) {
				if strings.HasPrefix(w, stem) {
					if found != nil && found != e {
						return false
					}
					found = e
				}
			}
		}
		return true
	}
	for _, e := range a.groups.named {
		if !consider(e) {
			return nil
		}
	}
	for _, m := range ms {
		if m.ent.Kind == graph.Organization && m.form != formRef && !consider(m.ent) {
			return nil
		}
	}
	return found
}

// groupDescriptors are the words that make "the group" (or "the
// movement", "the organisation") an armed one: "the militant group", "the
// rebel movement", "the armed organisation".
var groupDescriptors = map[string]bool{
	"militant": true, "rebel": true, "armed": true, "guerrilla": true, "guerilla": true, "insurgent": true,
	"separatist": true, "terrorist": true, "militia": true, "extremist": true, "jihadist": true,
}

// groupDescriptionNouns are the nouns that stand for a group already
// named: "the group", "the militant group", "the rebel movement".
var groupDescriptionNouns = map[string]bool{
	"group": true, "movement": true, "organisation": true, "organization": true, "faction": true,
}

// newGroupFollowers after a group noun make it a group being introduced or
// picked out ("the rebel group in Uganda", "the group calling itself", "the
// movement against testing"), not one named before.
var newGroupFollowers = map[string]bool{
	"in": true, "that": true, "which": true, "who": true, "called": true, "calling": true, "known": true,
	"named": true, "against": true, "for": true, "from": true, "based": true, "led": true,
}

// groupDescriptionReach is how many sentences back the armed group a
// description stands for may have been named: a description names the
// group the passage is about, not one named paragraphs before.
const groupDescriptionReach = 3

// groupDescriptionReferences resolves "the militant group" (or "the rebel
// movement", "the armed organisation", "the militant group's") and, where
// no other organisation could be meant, the bare "the group" (or "the
// movement", "the organisation") to an armed group: the one the sentence
// names before it, when it names one, else the one the article last named
// alone within groupDescriptionReach sentences. The bare noun further
// needs that group to be the organisation the article named last, and the
// sentence to name no other. A description followed by a name ("the
// militant group Hamas") is that name's apposition; one qualified ("the
// rebel group in Darfur", "the rebel movement of the south") is another.
func (a *article) groupDescriptionReferences(toks []token, ms []mention, taken []bool) []mention {
	var out []mention
	for j := 1; j < len(toks); j++ {
		if !groupDescriptionNouns[toks[j].norm] || toks[j].upper {
			continue
		}
		i := j
		if groupDescriptors[toks[j-1].norm] && !toks[j-1].upper {
			i = j - 1
		}
		if !bareGroupNoun(toks, i, j, taken) || j+1 < len(toks) && (newGroupFollowers[toks[j+1].norm] || toks[j+1].text == ",") {
			continue
		}
		e, ok := a.sentenceArmed(toks, ms, i)
		if !ok {
			continue
		}
		if i == j && !a.onlyOrganisation(ms, e) {
			continue
		}
		if e == nil {
			if a.groups.last == nil || a.cur-a.groups.lastAt > groupDescriptionReach || i == j && (a.groups.lastOrg != a.groups.last || a.groups.crowd || namesBand(toks[:j])) {
				continue
			}
			e = a.groups.last
		}
		out = append(out, mention{first: i, last: j, ent: e, form: formRef})
	}
	return out
}

// onlyOrganisation reports whether the sentence names no organisation but
// e (which may be nil): "the group" in a sentence naming Fatah may be
// Fatah.
func (a *article) onlyOrganisation(ms []mention, e *graph.Entity) bool {
	for _, m := range ms {
		if m.ent.Kind == graph.Organization && m.ent != e {
			return false
		}
	}
	return true
}

// sentenceArmed returns the one armed group the sentence names before
// token i, nil with ok when it names none anywhere; ok is false when it
// names several, or one only after i.
func (a *article) sentenceArmed(toks []token, ms []mention, i int) (e *graph.Entity, ok bool) {
	for _, m := range ms {
		if !a.isArmedGroup(toks, m) {
			continue
		}
		if m.first > i || e != nil && e != m.ent {
			return nil, false
		}
		e = m.ent
	}
	return e, true
}

// bareGroupNoun is bareNoun, except that the phrase may stand before the
// "of" of a charge: "accused the Tigers of breaking the truce".
func bareGroupNoun(toks []token, i, j int, taken []bool) bool {
	if !groupPhraseEnds(toks, j) || i < 1 || toks[i-1].norm != "the" || slices.Contains(taken[i:j+1], true) {
		return false
	}
	for k := i + 1; k <= j; k++ {
		if toks[k].upper || toks[k].punct || toks[k].hyphen && k < j {
			return false
		}
	}
	return true
}

// groupPhraseEnds reports whether a group's name or description ends at
// toks[j]: no hyphen joins it on, and no capitalised word or "of"
// qualifies it ("the Tigers Tamil", "the rebel group of the south"), but
// for the "of" of a charge ("the Tigers of breaking").
func groupPhraseEnds(toks []token, j int) bool {
	if toks[j].hyphen {
		return false
	}
	if j+1 >= len(toks) {
		return true
	}
	n := toks[j+1]
	if n.norm == "of" {
		return j+2 < len(toks) && strings.HasSuffix(toks[j+2].norm, "ing") && !toks[j+2].upper
	}
	return !n.hyphen && (!n.upper || n.punct)
}
