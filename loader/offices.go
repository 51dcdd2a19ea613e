package loader

import (
	"regexp"
	"slices"
	"strings"

	"github.com/geokg/geokg/graph"
)

// This file resolves a state's office named without its holder ("the US
// Defense Secretary", "Russia's foreign minister", "the President of
// Venezuela") to the one person the gazetteer says held that office on
// the day the sentence speaks of.

// heldOffices maps the title a text uses, as titleAt reads it, to the
// gazetteer titles of the same office: a foreign minister is a "Foreign
// Secretary" in London and a "Secretary of State" in Washington. Only the
// offices the gazetteer lists holders for by date are here.
var heldOffices = func() map[string][]string {
	foreign := []string{"Foreign Minister", "Foreign Secretary", "Secretary of State", "External Affairs Minister"}
	defence := []string{"Defence Minister", "Defence Secretary", "Secretary of Defense"}
	head := []string{"Prime Minister", "Premier"}
	return map[string][]string{
		"President": {"President"}, "Prime Minister": head, "Premier": head, "Chancellor": {"Chancellor"},
		"Head of Government": {"Prime Minister", "Premier", "Chancellor"},
		"Head of State":      {"President", "King", "Queen", "Emir", "Supreme Leader"},
		"Foreign Minister":   foreign, "Foreign Secretary": foreign, "Secretary of State": foreign,
		"External Affairs Minister": foreign, "Foreign Affairs Minister": foreign,
		"Defence Minister": defence, "Defence Secretary": defence, "Secretary of Defense": defence,
	}
}()

// otherHolder are words before an office that make it name someone other
// than its holder on the day ("the former Russian president", "the new
// German chancellor", "the deputy foreign minister"), or no one.
var otherHolder = map[string]bool{
	"former": true, "ex": true, "then": true, "incoming": true, "new": true, "deputy": true, "vice": true,
	"acting": true, "interim": true, "late": true, "future": true, "next": true, "previous": true, "past": true,
	"last": true, "first": true, "assistant": true, "shadow": true, "junior": true, "would": true, "designate": true,
	"prospective": true, "erstwhile": true, "onetime": true, "one": true, "elected": true, "caretaker": true,
	"provisional": true, "transitional": true, "founding": true, "rival": true, "self": true, "once": true,
	"formerly": true,
}

// becoming are words after which an office is predicated of someone, not
// a reference: "was appointed foreign minister", "became the British prime
// minister", "as Russia's president".
var becoming = map[string]bool{
	"as": true, "become": true, "became": true, "becomes": true, "becoming": true, "elected": true, "appointed": true,
	"named": true, "sworn": true, "was": true, "is": true, "be": true, "been": true, "being": true, "remain": true,
	"remains": true, "remained": true, "nominated": true, "succeed": true, "succeeded": true, "replace": true,
	"replaced": true, "were": true, "are": true, "am": true, "i": true,
}

// adverbs may stand between a copula and the office: "was also the prime
// minister", "is now Russia's president".
var adverbs = map[string]bool{"also": true, "now": true, "still": true, "again": true, "currently": true, "already": true, "then": true, "once": true, "formerly": true, "previously": true}

// officeNouns name the office itself, not its holder: "the position of the
// US Secretary of State", "the Iraqi prime minister post".
var officeNouns = map[string]bool{
	"position": true, "post": true, "job": true, "seat": true, "race": true, "candidate": true, "candidacy": true,
	"nominee": true, "nomination": true, "election": true, "elections": true, "hopeful": true, "term": true,
	"title": true, "role": true, "office": true, "spot": true, "vacancy": true, "powers": true, "rank": true,
	"contender": true, "contenders": true, "ambitions": true, "bid": true, "run": true, "campaign": true,
}

// indexHolders lists the gazetteer's people by the states whose offices
// they held, for officeHolder.
func (g *gazetteer) indexHolders() {
	g.holders = map[string][]*graph.Entity{}
	for _, ps := range g.phrases {
		for _, p := range ps {
			e := p.entity
			if e.Kind != graph.Person || p.form != formName {
				continue
			}
			for _, r := range e.Roles {
				if g.countries[r.Of] && !slices.Contains(g.holders[r.Of], e) {
					g.holders[r.Of] = append(g.holders[r.Of], e)
				}
			}
		}
	}
	for _, es := range g.holders {
		slices.SortFunc(es, func(p, q *graph.Entity) int { return strings.Compare(p.ID, q.ID) })
	}
}

// officeHolder returns the one gazetteer person who held an office of
// state (one of titles) at some time in the months from to through (both
// "YYYY-MM"), or nil when nobody or several did.
func (g *gazetteer) officeHolder(state string, titles []string, from, through string) *graph.Entity {
	var found *graph.Entity
	for _, e := range g.holders[state] {
		for _, r := range e.Roles {
			if r.Of != state || !slices.Contains(titles, r.Title) || r.Since == "" {
				continue
			}
			since, until := monthOf(r.Since, "01"), monthOf(r.Until, "12")
			if since > through || (until != "" && until < from) {
				continue
			}
			if found != nil && found != e {
				return nil
			}
			found = e
		}
	}
	return found
}

// monthOf cuts a gazetteer date to "YYYY-MM"; a bare year takes month m.
func monthOf(date, m string) string {
	switch {
	case date == "":
		return ""
	case len(date) == 4:
		return date + "-" + m
	}
	return date[:min(len(date), 7)]
}

// officeHolderReferences resolves a state's office named without a name
// ("the US Defense Secretary said", "Russia's foreign minister", "the
// President of Venezuela") to the one gazetteer person who held it on the
// date the sentence gives, else at publication. Without a publication
// date, or where the gazetteer knows nobody or several, or where the
// article names another holder of the office, the phrase is left alone;
// so are former and deputy offices, plurals, and offices in apposition
// to a name or predicated of one.
func (a *article) officeHolderReferences(toks []token, ms []mention, taken []bool) []mention {
	if !a.hasPub {
		return nil
	}
	var out []mention
	var cues []dateCue
	cuesRead := false
	for i := 0; i < len(toks); i++ {
		if taken[i] || toks[i].punct {
			continue
		}
		end, title, ok := titleAt(toks, i)
		if !ok {
			continue // most words start no title: skip the lookup below
		}
		offices := heldOffices[title]
		if offices == nil || slices.Contains(taken[i:end+1], true) || (honorifics[toks[i].norm] && !toks[i].upper) {
			continue
		}
		state, lead, next := a.officeState(toks, ms, i, end)
		if state == "" || !a.referenceFrame(toks, ms, lead, next) {
			continue
		}
		if !cuesRead {
			cues, cuesRead = findDateCues(toks), true
		}
		from, through := a.referenceMonths(cues, i)
		p := a.x.gaz.officeHolder(state, offices, from, through)
		if p == nil || a.otherStatedHolder(p, state, offices) {
			continue
		}
		out = append(out, mention{first: i, last: end, ent: a.entity(p), form: formRef})
		i = end
	}
	return out
}

// officeState returns the state that owns the office whose title spans
// toks[i:end+1] — a country or demonym just before it ("Russia's", "the
// US") or "of [the] Country" just after — with the index where the
// phrase starts (its owner or its title) and the index just past it.
func (a *article) officeState(toks []token, ms []mention, i, end int) (state string, lead, next int) {
	next = end + 1
	for _, m := range ms {
		if m.last == i-1 && m.ent.Kind == graph.Country && !m.place && a.x.gaz.countries[m.ent.ID] {
			return m.ent.ID, m.first, next
		}
	}
	if next+1 < len(toks) && toks[next].norm == "of" && !toks[end].poss {
		k := next + 1
		if toks[k].norm == "the" && k+1 < len(toks) {
			k++
		}
		for _, m := range ms {
			if m.first == k && m.ent.Kind == graph.Country && !m.place && a.x.gaz.countries[m.ent.ID] && !toks[m.last].poss {
				return m.ent.ID, i, m.last + 1 // not "the president of Venezuela's airline association"
			}
		}
	}
	return "", 0, 0
}

// referenceFrame reports whether the office phrase toks[lead:next] refers
// to its holder: it opens with "the" or a possessive owner; no word before
// it makes the office another's ("the former", "the new") or predicates it
// ("became the", "was also the", "the position of the"); no name follows or
// precedes it in apposition ("the Russian president, Vladimir Putin",
// "Lavrov, Russia's foreign minister"); and no noun after it makes it the
// office's ("the prime minister post").
func (a *article) referenceFrame(toks []token, ms []mention, lead, next int) bool {
	for k := lead; k < next; k++ {
		if otherHolder[toks[k].norm] {
			return false
		}
	}
	possessed := slices.ContainsFunc(ms, func(m mention) bool { return m.first == lead && toks[m.last].poss })
	k := lead - 1
	if k >= 0 && toks[k].norm == "the" {
		k-- // "the U.K.'s Foreign Secretary"
	} else if !possessed {
		return false
	}
	for k >= 0 && (adverbs[toks[k].norm] || otherHolder[toks[k].norm] || toks[k].hyphen && !toks[k].upper) {
		if otherHolder[toks[k].norm] && !adverbs[toks[k].norm] {
			return false // "the then-president" is read above; "ex-" here
		}
		k--
	}
	if k >= 0 && (becoming[toks[k].norm] || otherHolder[toks[k].norm]) {
		return false
	}
	if k >= 1 && toks[k].norm == "of" && officeNouns[toks[k-1].norm] {
		return false // "the position of the US Secretary of State"
	}
	if k >= 1 && toks[k].text == "," {
		for _, m := range ms {
			if m.last == k-1 && m.ent.Kind == graph.Person {
				return false // "Lavrov, Russia's foreign minister"
			}
		}
	}
	if next >= len(toks) {
		return true
	}
	t := toks[next]
	if t.upper && !t.punct && !t.is(classNotName) && !t.digit {
		return false // "the Russian president Vladimir Putin"
	}
	if t.text == "," || t.text == "(" {
		n := next + 1
		if n < len(toks) && titles[toks[n].norm] == "" && n+1 < len(toks) && toks[n+1].text == "." {
			n += 2 // "Mr. Luiz Inácio Lula da Silva"
		} else if n < len(toks) && titles[toks[n].norm] != "" {
			n++ // "General Pervez Musharraf"
		}
		for _, m := range ms {
			if m.first >= next+1 && m.first <= n && m.ent.Kind == graph.Person {
				return false // "the President of Venezuela, Hugo Chávez"
			}
		}
	}
	if t.norm == "for" || t.hyphen || officeNouns[t.norm] && !toks[next-1].poss {
		return false // "Secretary of State for Defence", "president-elect", "the prime minister post"
	}
	return true
}

// referenceMonths returns the months ("YYYY-MM", first and last) the
// office is read at: those of the date cue nearest toks[i] when the
// sentence gives one, else the month of publication.
func (a *article) referenceMonths(cues []dateCue, i int) (from, through string) {
	best, d := -1, 1<<30
	for n, c := range cues {
		if dc := distance(c, i); dc < d {
			best, d = n, dc
		}
	}
	if best >= 0 {
		if date, prec, ok := cues[best].resolve(a.pub, a.hasPub, 0); ok {
			if prec == graph.Year {
				return date[:4] + "-01", date[:4] + "-12"
			}
			return date[:7], date[:7]
		}
	}
	m := a.pub.Format("2006-01")
	return m, m
}

// otherStatedHolder reports whether the article has named someone other
// than p as holding the office of state ("Venezuelan Foreign Minister X"
// where the gazetteer lists another): then the bare office may be either.
func (a *article) otherStatedHolder(p *graph.Entity, state string, offices []string) bool {
	for _, e := range a.stated {
		if e.ID == p.ID {
			continue
		}
		for _, r := range e.Roles {
			if r.Of == state && slices.Contains(offices, r.Title) {
				return true
			}
		}
	}
	return false
}

// eastAsianSurnames are the most common Chinese, Korean and Vietnamese
// surnames in their usual romanisations (pinyin, Wade-Giles, Cantonese and
// Hokkien spellings; Korean Revised and older forms; Vietnamese without
// diacritics). Names written surname first open with one of them. An, Do
// and Oh are left out: capitalised, they are most often English words.
var eastAsianSurnames = func() map[string]bool {
	m := map[string]bool{}
	for _, s := range strings.Fields(`
		wang li lee zhang chang cheung liu lau chen chan chin yang yeung huang wong zhao chao chiu wu ng zhou chou chow
		xu hsu tsui sun ma zhu chu hu guo kuo kwok he ho lin lam gao kao ko luo lo law zheng cheng liang leung xie hsieh
		song soong tang tong han feng fung deng teng cao tsao peng zeng tseng xiao hsiao siu tian dong tung pan yuan
		cai tsai choi jiang chiang yu du tu ye yeh wei su lu ding ting ren shen yao jin fu fok zhong chung qian dai tai
		tan lian lien qiao qin chin wen jia chia kong bai pai mao meng xiong hao shi shih yan yen cui fan yin lai kang
		gong fang lei xue hsueh lim teo goh ong koh yeo chua tay
		kim park pak choe jung jeong cho jo yoon yun jang lim im seo suh shin kwon hwang ahn jeon chun hong yoo
		ryu moon mun son bae baek paik heo huh nam noh roh ri rhee yi kwak sung cha woo min ban chae hyun
		nguyen tran le pham hoang huynh phan vu vo dang bui ngo duong ly truong dinh mai trinh luong ha dao doan
		phung vuong`) {
		m[s] = true
	}
	return m
}()

// romanisedSyllable matches one syllable of romanised Chinese, Korean or
// Vietnamese: an onset, one to three vowels and a nasal or stop coda.
// Western given names mostly fail it ("Howells", "Hamilton", "Beazley").
const romanisedSyllable = `(?:ch|sh|zh|ts|tz|sz|hs|ng|nh|ph|th|kh|tr|gi|qu|kw|gw|hw|kk|tt|pp|ss|jj|[bcdfghjklmnpqrstvwxyz])?[aeiouy]{1,3}(?:ng|nh|ch|[nmkptch])?`

var (
	// givenWord is a given name of one or two syllables written as one
	// word ("Bangguo", "Jiabao", "Chan").
	givenWord = regexp.MustCompile(`^(?:` + romanisedSyllable + `){1,2}$`)
	// givenSyllable is one part of a hyphenated or spaced given name
	// ("Tseng-chang", "Jong-il", "Tan Dung"); Korean syllables may end in l.
	givenSyllable = regexp.MustCompile(`^` + romanisedSyllable + `l?$`)
)

// surnameFirst reports whether a person's name is written surname first, as
// Chinese, Korean and Vietnamese names are ("Wu Bangguo", "Su Tseng-chang",
// "Nguyen Tan Dung"): a common surname of those languages, then a given
// name of romanised syllables, one word or hyphenated, or two one-syllable
// words.
func surnameFirst(name string) bool {
	words := strings.Fields(nameKey(strings.ReplaceAll(name, "-", " - ")))
	if len(words) < 2 || !eastAsianSurnames[words[0]] {
		return false
	}
	given := words[1:]
	switch {
	case len(given) == 1:
		// A consonant and a final y end English given names and surnames
		// ("Gandy", "Tony"), not romanised syllables.
		g := given[0]
		return givenWord.MatchString(g) && !(len(g) > 1 && g[len(g)-1] == 'y' && !strings.ContainsRune("aeiou", rune(g[len(g)-2])))
	case len(given) == 3 && given[1] == "-":
		return givenSyllable.MatchString(given[0]) && givenSyllable.MatchString(given[2])
	case len(given) == 2:
		return givenSyllable.MatchString(given[0]) && givenSyllable.MatchString(given[1]) && !strings.HasSuffix(given[0], "l") && !strings.HasSuffix(given[1], "l")
	}
	return false
}

// personShorts returns the short forms a person the gazetteer does not
// know goes by once named in full: the surname, which for names written
// surname first is the first word ("Wu" for "Wu Bangguo") and otherwise
// the last. So common a surname does not take the short form from another
// person named before: after "Kim Jong Il" and "Kim Yong-nam", "Kim" is
// still the first.
func (a *article) personShorts(e *graph.Entity) []string {
	words := strings.Fields(nameKey(e.Name))
	if len(words) == 0 {
		return nil
	}
	if surnameFirst(e.Name) {
		if other := a.shorts[words[0]]; other != nil && other != e {
			return nil
		}
		return words[:1]
	}
	return words[len(words)-1:]
}

// otherGivenName reports whether the short form of e ending at toks[j] is
// the surname of someone else, whose given name follows: "Kim In-seok"
// after "Kim Kyung Han", not "the Kim-Putin talks". Only names written
// surname first are read so.
func otherGivenName(toks []token, j int, e *graph.Entity) bool {
	n := j + 1
	if n >= len(toks) || toks[j].hyphen || !toks[n].upper || toks[n].punct || toks[n].digit || (toks[n].is(classNotName) && !toks[n].hyphen) || isTitleWord(toks[n].norm) || !surnameFirst(e.Name) {
		return false
	}
	return !slices.Contains(strings.Fields(nameKey(e.Name)), toks[n].norm) // "Mao Zedong" again
}

// leadingOffices are the offices "the Russian leader" may stand for: a
// state's head of state or of government.
var leadingOffices = []string{"President", "Prime Minister", "Premier", "Chancellor", "Supreme Leader", "King", "Queen", "Emir"}

// leaderReferences resolves "leader" after a state's demonym or possessive
// ("the Ukrainian leader", "Russia's leader") to the one person of that
// state the article has named so far who holds a leading office at
// publication: news calls a leader by his state once it has named him.
// "leader" is no title of its own, so unlike officeHolderReferences this
// never reaches for a gazetteer holder the article has not named.
func (a *article) leaderReferences(toks []token, ms []mention, taken []bool) []mention {
	var out []mention
	for _, m := range ms {
		i := m.last + 1
		if i >= len(toks) || taken[i] || toks[i].norm != "leader" || toks[i].upper || m.ent.Kind != graph.Country || m.place {
			continue
		}
		if !toks[m.last].poss && (m.form != formDemonym || m.first == 0 || toks[m.first-1].norm != "the") {
			continue // "a Japanese leader" is any of them
		}
		if i+1 < len(toks) && toks[i+1].upper && !toks[i+1].punct {
			continue // "the Ukrainian leader Volodymyr Zelensky": named, the title rules' case
		}
		var who *graph.Entity
		for _, p := range a.people {
			if p.Country != m.ent.ID || !a.holds(p, func(t string) bool { return slices.Contains(leadingOffices, t) }) {
				continue
			}
			if who != nil && who != p {
				who = nil
				break
			}
			who = p
		}
		if who != nil {
			out = append(out, mention{first: i, last: i, ent: who, form: formRef})
		}
	}
	return out
}
