package loader

import (
	"slices"
	"strings"

	"github.com/geokg/geokg/graph"
)

// Meetings named by nouns whose parties stand apart from them, and the
// states two halves of a country name share.

// compassHalves are the first words of the names of states that share
// the rest of their name ("North Korea", "South Korea").
var compassHalves = map[string]bool{"north": true, "south": true, "east": true, "west": true}

// ellipticalState reads the first half of "South and North Korea", "East
// and West Germany": a compass word coordinated with a state's name that
// begins with another compass word names the state the first word and the
// rest of that name make, where the gazetteer knows it as a country.
func (a *article) ellipticalState(toks []token, i int) (candidateMention, bool) {
	if i+3 >= len(toks) || !toks[i].upper || !compassHalves[toks[i].norm] || toks[i+1].norm != "and" ||
		!compassHalves[toks[i+2].norm] || toks[i+2].norm == toks[i].norm {
		return candidateMention{}, false
	}
	g := a.x.gaz
	p, end, ok := g.match(toks, i+2)
	if !ok || end == i+2 || p.entity.Kind != graph.Country {
		return candidateMention{}, false
	}
	words := []string{toks[i].norm}
	for k := i + 3; k <= end; k++ {
		words = append(words, toks[k].norm)
	}
	for _, q := range g.phrases[strings.Join(words, " ")] {
		if q.entity.Kind == graph.Country && q.entity.ID != p.entity.ID {
			return candidateMention{first: i, last: i, rank: 3, ent: q.entity, form: formName, surface: q.entity.Name}, true
		}
	}
	return candidateMention{}, false
}

// schedulingWords may stand between a meeting noun and the "between"
// phrase that names its parties: the predicate that schedules or places
// it ("talks are scheduled for Monday in Geneva between X and Y").
var schedulingWords = map[string]bool{
	"scheduled": true, "set": true, "planned": true, "due": true, "expected": true, "held": true, "to": true,
	"take": true, "place": true, "taking": true, "took": true, "begin": true, "began": true, "resume": true, "resumed": true,
	"for": true, "on": true, "in": true, "at": true, "and": true, "the": true, "this": true, "next": true, "last": true,
	"week": true, "month": true, "later": true, "today": true, "tomorrow": true, "yesterday": true, "weekend": true,
	"morning": true, "afternoon": true, "evening": true, "also": true, "again": true, ",": true,
}

// meetingBetween returns the index of the "between" that names the
// parties of the meeting noun at t, or -1: right after it ("talks between
// X and Y"), or after a predicate that only schedules or places the
// meeting, its dates and its places ("meetings are scheduled for Monday
// and Tuesday in Kaesong, North Korea, between ..."). Any other word ends
// the search: a "between" after another noun ("the border between") is
// that noun's.
func (v *sentenceView) meetingBetween(t int) int {
	toks := v.toks
	for k := t + 1; k < len(toks) && k <= t+maxArgGap; k++ {
		w := toks[k].norm
		switch {
		case w == "between":
			return k
		case schedulingWords[w] || toks[k].text == "," || auxiliaries[w] || beForms[w] || toks[k].digit || dateWord(toks[k]):
		case v.at[k] >= 0 && v.ms[v.at[k]].place:
		case toks[k].upper && v.at[k] < 0 && (toks[k-1].norm == "in" || toks[k-1].norm == "at" || toks[k-1].upper && v.at[k-1] < 0):
			// "in Kaesong": a place the gazetteer does not know
		case v.at[k] >= 0 && v.ms[v.at[k]].ent.Kind == graph.Country && v.ms[v.at[k]].first > 0 && toks[v.ms[v.at[k]].first-1].text == ",":
			// "in Kaesong, North Korea,": the country of the place named
		default:
			return -1
		}
	}
	return -1
}

// dateWord reports a weekday or a capitalised month name.
func dateWord(t token) bool {
	_, weekday := weekdays[t.norm]
	_, month := months[t.norm]
	return weekday || month && t.upper
}

// leadingPair returns the two countries an article is about so far: the
// two named in the most sentences, each in at least two, when every other
// country is named in fewer sentences than both. "The two countries" and
// "bilateral talks" stand for them when no two countries were named
// together; the more often named comes first (on a tie, the one whose ID
// sorts first, so that map order never decides).
func (a *article) leadingPair() (x, y *graph.Entity) {
	type count struct {
		e *graph.Entity
		n int
	}
	var top [3]count // the three most named, most first
	for id, n := range a.countryCount {
		e := a.entities[id]
		if e == nil {
			continue
		}
		c := count{e, n}
		for i := range top {
			if top[i].e == nil || c.n > top[i].n || c.n == top[i].n && c.e.ID < top[i].e.ID {
				top[i], c = c, top[i]
				if c.e == nil {
					break
				}
			}
		}
	}
	if top[1].n < 2 || top[2].n >= top[1].n {
		return nil, nil
	}
	return top[0].e, top[1].e
}

// bilateralParties returns the two states of a "bilateral" meeting noun
// at t that names its parties nowhere else ("the bilateral discussions
// scheduled for next week"): the two countries the sentence names, when
// it names exactly two, else the two the article is about (leadingPair).
func (a *article) bilateralParties(v *sentenceView, t int) (x, y *graph.Entity) {
	if t == 0 || v.toks[t-1].norm != "bilateral" {
		return nil, nil
	}
	var states []*graph.Entity
	for _, m := range v.ms {
		if m.ent.Kind == graph.Country && !m.place && !slices.Contains(states, m.ent) {
			states = append(states, m.ent)
		}
	}
	switch {
	case len(states) == 2:
		return states[0], states[1]
	case len(states) > 2:
		return nil, nil
	}
	return a.leadingPair()
}

// mutualActs are the rules for acts that two states can only do together
// and to each other: where a collective ("the two countries", "both
// sides") does them, both are actors and both targets, as for ties cut by
// both sides (ANNOTATION.md).
var mutualActs = map[string]bool{"establish-ties": true, "sign": true}

// talkNouns name the talks one walks out of or boycotts.
var talkNouns = map[string]bool{"talks": true, "negotiations": true, "meeting": true, "meetings": true, "summit": true, "conference": true, "discussions": true, "consultations": true}

// talksParties returns the other parties of the talks that the walkout or
// boycott at t leaves: those the talks noun after it names in a "between"
// or "with" phrase, perhaps in brackets ("walked out of six-party talks
// (between both Koreas, the United States, China, Russia and Japan)"),
// without the actor.
func (v *sentenceView) talksParties(t int, actor *graph.Entity) []*graph.Entity {
	toks := v.toks
	for k := t + 1; k < len(toks) && k <= t+8; k++ {
		if !talkNouns[toks[k].norm] {
			if clauseBreak(toks[k]) {
				return nil
			}
			continue
		}
		j := k + 1
		if j < len(toks) && toks[j].text == "(" {
			j++
		}
		if j >= len(toks) || toks[j].norm != "between" && toks[j].norm != "with" {
			return nil
		}
		n := v.next(j)
		if n < 0 || v.ms[n].first-j > 6 {
			return nil
		}
		var out []*graph.Entity
		for _, i := range v.coordinated(n) {
			if e := v.ms[i].ent; e != actor && !slices.Contains(out, e) {
				out = append(out, e)
			}
		}
		return out
	}
	return nil
}

// meetingsLexicon holds the triggers of this file's material cooperation.
// Its entries go before the general lexicon, like conflictLexicon's.
var meetingsLexicon = []lexEntry{
	// "the French contingent in UNIFIL will be increased to 2,000": troops
	// a state gives a multinational force (see contingentArguments).
	{nouns: "contingent contingents complement", rule: eventRule{name: "contingent", typ: graph.Aid, mode: "military", preps: []string{"in", "to", "with"}}},
	// "Italy boycotted a meeting of its G-7 partners", "North Korea has
	// boycotted the talks": contact suspended (the targets as for a walkout).
	{verbs: "boycott boycotts boycotted boycotting", rule: eventRule{name: "boycott-talks", typ: graph.Sanction, mode: "boycott",
		need: []string{"talks", "negotiations", "meeting", "meetings", "summit", "conference", "discussions", "consultations", "session"}, window: 4, preps: []string{"with", "of"}}},
}

// gappedMeeting reads the second half of a gapped meeting sentence, "X
// met A on Thursday, B and C on Friday": the verb is left out before the
// second objects and their own date, which make a meeting of their own
// with the same actor. It returns that meeting, or nil. c is the meeting
// the verb states; the first object must be followed at once by its date,
// and the second group by its date and the end of the sentence or clause.
func (a *article) gappedMeeting(v *sentenceView, c *candidate, cues []dateCue) *candidate {
	toks := v.toks
	if c.noun || c.typ != graph.Consult || len(c.targets) == 0 {
		return nil
	}
	n1 := v.next(c.trigger)
	if n1 < 0 || v.ms[n1].ent != c.targets[0] {
		return nil
	}
	cueAfter := func(k int) (dateCue, bool) { // a cue starting at k, or after "on"/"in" at k
		for _, q := range cues {
			if q.first == k || q.first == k+1 && (toks[k].norm == "on" || toks[k].norm == "in") {
				return q, true
			}
		}
		return dateCue{}, false
	}
	first, ok := cueAfter(v.ms[n1].last + 1)
	if !ok || first.last+1 >= len(toks) || toks[first.last+1].text != "," {
		return nil
	}
	n2 := v.next(first.last + 1)
	if n2 < 0 || v.ms[n2].first-first.last > 5 {
		return nil
	}
	group := v.coordinated(n2)
	if n := group[len(group)-1] + 1; n < len(v.ms) {
		if x, _, ok := andPair(v, n); ok && x == v.ms[group[len(group)-1]].ent {
			group = append(group, n) // "Wu Bangguo and Premier Wen Jiabao": a title after "and"
		}
	}
	last := v.ms[group[len(group)-1]].last
	second, ok := cueAfter(last + 1)
	if !ok || second.last+1 < len(toks) && !toks[second.last+1].punct {
		return nil
	}
	date, precision, ok := second.resolve(a.pub, a.hasPub, tense(toks[c.trigger], false, c.status))
	if !ok || date == c.date {
		return nil
	}
	var targets []*graph.Entity
	for _, n := range group {
		if e := v.ms[n].ent; !slices.Contains(c.actors, e) {
			targets = append(targets, e)
		}
	}
	if len(targets) == 0 {
		return nil
	}
	g := *c
	g.targets = a.withStates(targets, c.actors)
	g.date, g.precision = date, precision
	g.rule = c.rule + "-gapped"
	return &g
}
