package loader

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// This file reads the roles news copy states with lower-case common nouns
// for what a person does, beside the titles of extract.go and the ranks
// and affiliations of roles.go: a role noun with its modifiers right
// before the name ("Democratic congressman X", "a 23-year-old Italian
// demonstrator X", "PPP candidate X"), before it in apposition ("her main
// rival candidate, X", "one of the prosecutors in the case, X", "the
// bomber himself, X", "Representative from New York X") or after it ("X, a
// lawyer representing detainees,", "X, an Islamic cleric, told"); and a
// party named after the name ("X of the Awami League"). The role is the
// article's own wording.

// roleNouns are common nouns for an occupation, a political part or a
// part in the news that an article states as a person's role.
var roleNouns = map[string]bool{
	"congressman": true, "congresswoman": true, "senator": true, "lawmaker": true, "legislator": true,
	"parliamentarian": true, "politician": true, "candidate": true, "nominee": true, "challenger": true,
	"incumbent": true, "opponent": true, "rival": true, "prosecutor": true, "judge": true, "magistrate": true,
	"lawyer": true, "attorney": true, "barrister": true, "solicitor": true, "spokesman": true, "spokeswoman": true,
	"spokesperson": true, "activist": true, "campaigner": true, "advocate": true, "demonstrator": true,
	"protester": true, "protestor": true, "dissident": true, "commander": true, "analyst": true, "professor": true,
	"researcher": true, "scientist": true, "economist": true, "historian": true, "scholar": true, "expert": true,
	"journalist": true, "reporter": true, "correspondent": true, "photographer": true, "editor": true,
	"columnist": true, "commentator": true, "broadcaster": true, "blogger": true, "diplomat": true, "envoy": true,
	"negotiator": true, "mediator": true, "inspector": true, "investigator": true, "official": true,
	"strategist": true, "manager": true, "consultant": true, "adviser": true, "advisor": true, "aide": true,
	"businessman": true, "businesswoman": true, "entrepreneur": true, "tycoon": true, "banker": true,
	"singer": true, "actor": true, "actress": true, "writer": true, "author": true, "novelist": true, "poet": true,
	"artist": true, "musician": true, "filmmaker": true, "doctor": true, "surgeon": true, "physician": true,
	"soldier": true, "policeman": true, "policewoman": true, "pilot": true, "cleric": true, "imam": true,
	"priest": true, "rabbi": true, "monk": true, "detainee": true, "prisoner": true, "hostage": true,
	"bomber": true, "gunman": true, "hijacker": true, "defector": true, "laureate": true, "winner": true,
	"representative": true, "delegate": true, "leader": true,
}

// partyMemberNouns are capitalised nouns for a party's member that stand
// before a name as its role: "New York Democrat X".
var partyMemberNouns = map[string]bool{"democrat": true, "republican": true}

// Members of the US Congress and of state assemblies are titled like
// senators: "Congressman X", "Assemblyman X".
func init() {
	for key, title := range map[string]string{"congressman": "Congressman", "congresswoman": "Congresswoman", "assemblyman": "Assemblyman", "assemblywoman": "Assemblywoman"} {
		if _, ok := titles[key]; !ok {
			roleTitles[key] = title
			titlePrefixes[key] = true
		}
	}
}

// roleModifiers are the lower-case words that qualify a role noun before
// it: rank and standing ("former deputy", "main rival"), the field
// ("police", "campaign", "human rights", "weapons") or the person's fate
// ("indicted", "late").
var roleModifiers = map[string]bool{
	"former": true, "ex": true, "deputy": true, "chief": true, "senior": true, "top": true, "leading": true,
	"prominent": true, "veteran": true, "incumbent": true, "main": true, "rival": true, "fellow": true,
	"retired": true, "independent": true, "local": true, "opposition": true, "ruling": true, "young": true,
	"well-known": true, "renowned": true, "famous": true, "longtime": true, "acting": true, "assistant": true,
	"vice": true, "state": true, "federal": true, "regional": true, "provincial": true, "national": true,
	"central": true, "party": true, "police": true, "campaign": true, "rights": true, "human": true,
	"civil": true, "refugee": true, "weapons": true, "war": true, "peace": true, "army": true, "military": true,
	"government": true, "political": true, "student": true, "environmental": true, "nuclear": true,
	"election": true, "security": true, "intelligence": true, "terrorism": true, "suicide": true,
	"fascist": true, "late": true, "indicted": true, "alleged": true, "convicted": true, "jailed": true,
	"exiled": true, "opera": true, "operetta": true, "pop": true, "film": true, "news": true, "radio": true,
	"television": true, "defence": true, "defense": true,
	"conservative": true, "liberal": true, "democratic": true, "republican": true, "prize": true,
}

// roleDeterminers open a noun phrase that states a role.
var roleDeterminers = map[string]bool{"a": true, "an": true, "the": true, "another": true, "one": true, "his": true, "her": true, "their": true, "its": true}

// roleClosers may follow the noun of a role in apposition after a name:
// "X, a lawyer for", "X, an Islamic cleric, told", "X, a lawyer
// representing detainees".
var roleClosers = map[string]bool{
	"of": true, "for": true, "from": true, "at": true, "in": true, "with": true, "who": true, "whose": true,
	"representing": true, "based": true, "and": true, "on": true,
}

// politicalPartyHeads end the name of a party: "X of the Muttahida Qaumi Movement".
var politicalPartyHeads = map[string]bool{"party": true, "movement": true, "league": true, "front": true, "alliance": true}

// isRoleNoun reports a noun of a role at toks[h]: a lower-case role noun
// or title word, or a capitalised party member ("Democrat") or title
// ("Representative").
func isRoleNoun(toks []token, h int) bool {
	t := toks[h]
	if t.punct || t.digit || t.poss {
		return false
	}
	if !t.upper {
		return roleNouns[t.norm]
	}
	return partyMemberNouns[t.norm] || (roleNouns[t.norm] && (titles[t.norm] != "" || roleTitles[t.norm] != ""))
}

// nounRoleBefore reads a role stated before the name starting at
// toks[first]: "[modifiers] noun First Last", "[modifiers] noun [of|from
// Place], First Last", "one of the nouns [in the case], First Last" and
// "the noun himself, First Last". It returns the role in the article's
// words.
func (a *article) nounRoleBefore(toks []token, first, last int) (office, bool) {
	k := first - 1
	if k < 0 {
		return office{}, false
	}
	if r, ok := listedRole(toks, k); ok {
		return r, true
	}
	comma := toks[k].text == ","
	if comma && !closedApposition(toks, first, last) {
		return office{}, false // "according to an official, McCain has": a clause, not an apposition
	}
	if comma {
		k--
		if k >= 0 && (toks[k].norm == "himself" || toks[k].norm == "herself") {
			k--
		}
	}
	if k < 0 {
		return office{}, false
	}
	end := k // the last token of the role's text
	h := k   // the role noun
	if !isRoleNoun(toks, h) && !(comma && (pluralRoleNoun(toks, h) || titleNoun(toks, h))) {
		// "noun of|from|for|in X": a place after "from" or "of" ("Representative
		// from New York X"); after a comma, any short phrase ("one of the
		// prosecutors in the case, X").
		h = -1
		for p := k - 1; p >= 0 && p >= k-4; p-- {
			if toks[p].punct {
				break
			}
			if n := toks[p].norm; (n == "of" || n == "from" || (comma && (n == "for" || n == "in"))) && p > 0 && (isRoleNoun(toks, p-1) || comma && (pluralRoleNoun(toks, p-1) || titleNoun(toks, p-1))) {
				if comma || a.placeEndsAt(toks, p+1, k) {
					h = p - 1
				}
				break
			}
		}
		if h < 0 {
			return office{}, false
		}
	}
	if !comma && (adjectivalPersonNouns[toks[h].norm] || partyMemberNouns[toks[h].norm]) && !qualified(toks, h) {
		return office{}, false // "an official Sai Baba website", "the Republican South Carolina primary"
	}
	if pluralRoleNoun(toks, h) {
		// "one of the prosecutors, X": the role is one of the plural.
		if !comma || h < 3 || toks[h-1].norm != "the" || toks[h-2].norm != "of" || (toks[h-3].norm != "one" && toks[h-3].norm != "another") {
			return office{}, false
		}
		return office{title: strings.TrimSuffix(toks[h].norm, "s")}, true
	}
	start := a.roleModifiersBefore(toks, h)
	if a.crossesCells(toks, start, first) {
		return office{}, false
	}
	if toks[h].upper && start == h && !partyMemberNouns[toks[h].norm] && !comma && h > 0 && toks[h-1].upper && !toks[h-1].punct {
		return office{}, false
	}
	r := office{title: span(a.doc.Body, toks, start, end)}
	for k := start; k < h; k++ {
		if of, country, e, ok := a.ownerAt(toks, k); ok && e < h {
			r.country = country
			if titleNoun(toks, h) {
				r.of = of // "the Italian Minister of the Economy, X": an office of the state
			}
			break
		}
	}
	return r, true
}

// closedApposition reports a name at toks[first:last+1] that closes an
// apposition: a comma, bracket or the end follows, a relative "who" or
// "from", or, after a full name, a speech verb ("Leader of the expedition,
// X said").
func closedApposition(toks []token, first, last int) bool {
	n := last + 1
	return n >= len(toks) || toks[n].text == "," || toks[n].text == ")" || toks[n].text == "." || toks[n].norm == "who" || toks[n].norm == "from" ||
		last > first && toks[n].is(classSpeech)
}

// titleNoun reports a one-word title at toks[h] ("chief", "leader",
// "minister"): before a comma and a name it heads the name's role
// ("former deputy police chief of Genoa, X").
func titleNoun(toks []token, h int) bool {
	t := toks[h]
	if t.punct || t.poss || honorifics[t.norm] && !t.upper {
		return false // "Russia's petroleum king, X": a metaphor
	}
	return titles[t.norm] != "" || roleTitles[t.norm] != ""
}

// qualified reports a role noun at toks[h] that a modifier or an owner
// stands before ("Hamas official X", "senior official X", "Texas Republican
// X", "with Republican X"), or that opens a clause after a verb or
// preposition: such a noun heads its phrase. After a determiner it may
// qualify the name that follows ("an official Sai Baba website").
func qualified(toks []token, h int) bool {
	if h == 0 {
		return toks[h].upper && partyMemberNouns[toks[h].norm]
	}
	b := toks[h-1]
	if b.punct || roleDeterminers[b.norm] || b.norm == "the" {
		return false
	}
	return roleModifiers[b.norm] || b.upper && !b.is(classNotName) || partyMemberNouns[toks[h].norm] && !b.upper
}

// listedRole reads the role a plural role noun gives the names it lists,
// the name after toks[k] among them: "lawyers X and Y", "Doctors X and Y
// were sentenced". Each is one of the plural: the role is its singular.
func listedRole(toks []token, k int) (office, bool) {
	if toks[k].norm == "and" {
		j := k - 1
		for j >= 0 && j > k-6 && toks[j].upper && !toks[j].punct && !roleNouns[strings.TrimSuffix(toks[j].norm, "s")] && pluralRank(toks[j]) == "" {
			j--
		}
		if j == k-1 || j < 0 {
			return office{}, false
		}
		k = j
	}
	t := toks[k]
	if rank := pluralRank(t); rank != "" {
		return office{title: rank}, true // "Troopers X and Y" (statedroles.go)
	}
	if t.poss || !strings.HasSuffix(t.norm, "s") || !roleNouns[strings.TrimSuffix(t.norm, "s")] || t.upper && k > 0 {
		return office{}, false
	}
	return office{title: strings.TrimSuffix(t.norm, "s")}, true
}

// pluralRoleNoun reports a plural of a role noun ("prosecutors").
func pluralRoleNoun(toks []token, h int) bool {
	t := toks[h]
	return !t.upper && !t.poss && strings.HasSuffix(t.norm, "s") && roleNouns[strings.TrimSuffix(t.norm, "s")]
}

// placeEndsAt reports a country or place of the gazetteer spanning
// toks[i:end+1]: "from New York", "of Genoa".
func (a *article) placeEndsAt(toks []token, i, end int) bool {
	p, e, ok := a.x.gaz.match(toks, i)
	return ok && e == end && (p.entity.Kind == graph.Location || p.entity.Kind == graph.Country)
}

// roleModifiersBefore returns where the modifiers of the role noun at
// toks[h] start: lower-case roleModifiers, ages ("23-year-old"),
// hyphenated compounds ("anti-war") and capitalised words (demonyms,
// parties, places: "Democratic", "PPP", "New York"), at most six tokens.
func (a *article) roleModifiersBefore(toks []token, h int) int {
	start := h
	for k := h - 1; k >= 0 && k >= h-6; k-- {
		t := toks[k]
		switch {
		case t.norm == "old" && k >= 2 && toks[k-1].norm == "year" && toks[k-2].digit && toks[k-2].hyphen:
			start, k = k-2, k-2 // "23-year-old"
			continue
		case t.punct || t.poss || t.is(classNotName) || roleDeterminers[t.norm]:
		case t.hyphen && !t.upper:
			start = k // "anti-war"
			continue
		case !t.upper && roleModifiers[t.norm]:
			start = k
			continue
		case t.upper && !t.digit && !t.is(classSpeech) && !isTitleWord(t.norm) || t.caps:
			start = k
			continue
		}
		break
	}
	return start
}

// nounRoleAfter reads a role stated in apposition after a name ending at
// toks[last]: ", [a|an|the|another] [modifiers] noun" closed by
// punctuation, the end, a speech verb or roleClosers. Up to three
// modifiers of any kind may stand before the noun, but the phrase must not
// run into a name: a noun before a name is that name's.
func (a *article) nounRoleAfter(toks []token, last int) (office, bool) {
	if last+3 >= len(toks) || toks[last+1].text != "," || toks[last].poss {
		return office{}, false
	}
	j := last + 2
	det := roleDeterminers[toks[j].norm] && !toks[j].poss
	if det {
		j++
	}
	start := j
	for n := 0; j < len(toks) && n < 4; n++ {
		t := toks[j]
		if t.punct || t.poss && !det {
			return office{}, false
		}
		if (isRoleNoun(toks, j) || t.norm == "head" && j+1 < len(toks) && toks[j+1].norm == "of") && !t.upper {
			next := j + 1
			if next < len(toks) && isRoleNoun(toks, next) && !toks[next].upper {
				j++ // "a human rights lawyer", "a campaign manager"
				continue
			}
			if next < len(toks) && !toks[next].punct && !toks[next].is(classSpeech) && !roleClosers[toks[next].norm] {
				return office{}, false // "X, a rebel stronghold": the noun qualifies another
			}
			if !det && (n == 0 || next >= len(toks) || !relationalClosers[toks[next].norm]) {
				return office{}, false // "X, spokesman": a title, titleTail's; or a list
			}
			if a.crossesCells(toks, last, j) {
				return office{}, false
			}
			return office{title: span(a.doc.Body, toks, start, j)}, true
		}
		if t.poss {
			j++
			continue // "X, the party's leader"
		}
		if !det {
			if roleModifiers[t.norm] && !t.upper {
				j++ // "X, campaign manager for Y" (statedroles.go)
				continue
			}
			return office{}, false
		}
		j++
	}
	return office{}, false
}

// nounRole is the role a role noun states beside the person named at
// toks[first:last+1], before or after the name (see roles in extract.go).
func (a *article) nounRole(toks []token, first, last int) office {
	if r, ok := a.nounRoleBefore(toks, first, last); ok {
		return r
	}
	if r, ok := a.nounRoleAfter(toks, last); ok {
		return r
	}
	if r, ok := a.compoundRole(toks, first, last); ok {
		return r // statedroles.go
	}
	return office{}
}

// roleNounPerson finds a name that a role noun introduces and that no
// other rule reads: before it ("Democratic congressman X", "the bomber
// himself, X"), after it ("X, an Islamic cleric, told"), or a party after
// it ("X of the Muttahida Qaumi Movement").
func (a *article) roleNounPerson(toks []token, i int) (candidateMention, bool) {
	inRun := i > 0 && toks[i-1].upper && !toks[i-1].punct && !toks[i-1].caps && !toks[i-1].is(classNotName) && !isRoleNoun(toks, i-1) &&
		!roleNouns[strings.TrimSuffix(toks[i-1].norm, "s")] && pluralRank(toks[i-1]) == ""
	if inRun && !(i > 2 && toks[i-2].upper) {
		return candidateMention{}, false // inside a longer capitalised run
	}
	// Most capitalised words have no role noun, comma or "of" beside them:
	// test that before the name's other checks.
	before := i > 0 && (inRun || toks[i-1].text == "," || toks[i-1].norm == "and" || isRoleNoun(toks, i-1) || strings.HasSuffix(toks[i-1].norm, "s"))
	last, ok := a.nameRun(toks, i)
	if !ok || !before && (last+1 >= len(toks) || toks[last+1].text != "," && toks[last+1].norm != "of") {
		return candidateMention{}, false
	}
	if bodyWord(toks[last].norm) || documentWords[toks[last].norm] || nameEnds[toks[last].norm] || isRoleNoun(toks, i) || isTitleWord(toks[i].norm) || roleModifiers[toks[i].norm] ||
		toks[last].poss && last+1 < len(toks) && toks[last+1].upper || a.crossesCells(toks, i, last) {
		return candidateMention{}, false
	}
	var r office
	if inRun {
		// Only a place ends a capitalised run before a name:
		// "Representative from New York X".
		r, _ = a.nounRoleBefore(toks, i, last)
	} else {
		r = a.nounRole(toks, i, last)
	}
	if r.title == "" && (inRun || !a.partyAfter(toks, last)) {
		return candidateMention{}, false
	}
	if first, _ := a.peelRank(toks, i, last); first != i {
		return candidateMention{}, false // "Army Master Sergeant X": the name after the rank is another rule's
	}
	if p, e, ok := a.x.gaz.match(toks, i); ok && p.entity.Kind != graph.Person && e >= last {
		return candidateMention{}, false
	}
	return a.ruledPerson(toks, i, last, r), true
}

// partyAfter reports "of [the] Party" after a name ending at toks[last],
// where Party is a body whose name ends in a party's head.
func (a *article) partyAfter(toks []token, last int) bool {
	k := last + 2
	if k >= len(toks) || toks[last+1].norm != "of" || toks[last].poss {
		return false
	}
	if toks[k].norm == "the" {
		k++
	}
	if k >= len(toks) || !toks[k].upper {
		return false
	}
	if p, e, ok := a.x.gaz.match(toks, k); ok && p.entity.Kind == graph.Organization {
		return politicalPartyHeads[toks[e].norm]
	}
	if c, ok := a.organization(toks, k); ok {
		return politicalPartyHeads[toks[c.last].norm]
	}
	return false
}

// partyMember reports a personal name at toks[i:last+1] followed by "of
// [the] Party": the name is a member's, not part of the body's name.
func (a *article) partyMember(toks []token, i, last int) bool {
	if end, ok := a.nameRun(toks, i); !ok || end != last || bodyWord(toks[last].norm) {
		return false
	}
	return a.partyAfter(toks, last)
}

// crossesCells reports a wiki table's cell border ("||") between toks[i]
// and toks[j]: the words of a table row are no phrase.
func (a *article) crossesCells(toks []token, i, j int) bool {
	return strings.ContainsRune(a.doc.Body[toks[i].start:toks[j].end], '|')
}
