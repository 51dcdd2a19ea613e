package loader

import (
	"maps"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/geokg/geokg/graph"
)

// cueKind says what a date expression fixes and what it leaves to the
// publication date.
type cueKind uint8

const (
	cueFull     cueKind = iota // "13 September 2023", "2023-09-13"
	cueMonthDay                // "September 13": the year comes from publication
	cueMonthYr                 // "September 2023"
	cueMonth                   // "in September"
	cueYear                    // "in 2022"
	cueRelative                // "yesterday", "next month", "last year"
	cueWeekday                 // "on Tuesday", "next Friday"
	cueAnchored                // "the next day", "two days later": from the story's last date (sequence.go)
)

// dateCue is a date expression in a sentence.
type dateCue struct {
	// first and last are the token indexes it spans.
	first, last int
	// kind says which of the fields below are set.
	kind cueKind
	// year, month and day are the parts the text states.
	year, month, day int
	// weekday is the day named by a weekday cue.
	weekday time.Weekday
	// offset counts units from publication: -1 last, 0 this, +1 next.
	offset int
	// unit is the precision of a relative cue: day, month or year.
	unit graph.Precision
	// week marks "last week" and the like: 7 days a unit, month precision
	// (see weekMonth). weekend narrows it to Saturday and Sunday (and marks "the weekend", a
	// weekday cue for the Saturday dated by its month); rolling
	// marks "the past week", the seven days up to publication rather than
	// the calendar week before.
	week, weekend, rolling bool
	// story marks an anchored cue that counts from the story's present,
	// not from a day named before ("earlier in the day", "two weeks
	// earlier"): with no day named yet it counts from publication.
	story bool
}

var months = map[string]time.Month{
	"january": time.January, "february": time.February, "march": time.March, "april": time.April, "may": time.May,
	"june": time.June, "july": time.July, "august": time.August, "september": time.September, "october": time.October,
	"november": time.November, "december": time.December, "jan": time.January, "feb": time.February, "mar": time.March,
	"apr": time.April, "jun": time.June, "jul": time.July, "aug": time.August, "sep": time.September, "sept": time.September,
	"oct": time.October, "nov": time.November, "dec": time.December,
}

// weekendPrepositions put "the weekend" in time: "over the weekend".
var weekendPrepositions = map[string]bool{"over": true, "at": true, "on": true, "during": true}

var weekdays = map[string]time.Weekday{
	"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
	"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday,
}

// relativeWords give the offset of "last week", "next month", "this year".
var relativeWords = map[string]int{"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "this": 0, "current": 0}

// monthLeads make a bare month name a date: "in September", "early May".
var monthLeads = map[string]bool{"in": true, "early": true, "late": true, "mid": true, "since": true, "during": true, "until": true, "by": true, "of": true, "through": true, "last": true, "next": true, "this": true}

// number reads the leading digits of a token ("13", "13th").
func number(t token) (int, bool) {
	if !t.digit {
		return 0, false
	}
	end := 0
	for end < len(t.norm) && end < 5 && t.norm[end] >= '0' && t.norm[end] <= '9' {
		end++
	}
	n, err := strconv.Atoi(t.norm[:end])
	return n, err == nil && end < 5
}

func year(t token) (int, bool) {
	n, ok := number(t)
	return n, ok && len(t.norm) == 4 && n >= 1900 && n <= 2100
}

func day(t token) (int, bool) {
	n, ok := number(t)
	return n, ok && n >= 1 && n <= 31 && len(t.norm) <= 4
}

// skipDot steps over the period of an abbreviation ("Sept. 13").
func skipDot(toks []token, i int) int {
	if i < len(toks) && toks[i].text == "." {
		return i + 1
	}
	return i
}

// findDateCues finds the date expressions of a sentence.
func findDateCues(toks []token) []dateCue {
	var cues []dateCue
	for i := 0; i < len(toks); i++ {
		// Every cue opens with a digit or a word of dateCueOpeners, which
		// the token's class answers without dateCueAt's dozen lookups: the
		// quiet-sentence count asks for the cues of nearly every sentence.
		if !toks[i].digit && !toks[i].is(classDateOpener) {
			continue
		}
		if c, ok := dateCueAt(toks, i); ok {
			if i == 0 || toks[i-1].norm != "since" || sinceWhenCue(toks, c) { // sincewhen.go: "since 2001, when X was ousted"
				cues = append(cues, c) // "since September 2005" starts a span; it dates no event
			}
			i = c.last
		}
	}
	return cues
}

// dateCueOpeners are the words other than numbers that dateCueAt (and the
// readers it calls) can open a cue with; tokenize gives them
// classDateOpener. A reader that opens a cue with a new word must add it
// here, or findDateCues never asks at that word.
func dateCueOpeners() []string {
	words := []string{
		"today", "tonight", "yesterday", "tomorrow", // dateCueAt
		"the", "that", "later", "earlier", // anchoredCueAt, dayPartCueAt, "the weekend"
		"end", "beginning", "start", // periodEdgeCueAt
	}
	for _, l := range [][]string{
		slices.Collect(maps.Keys(relativeWords)),
		slices.Collect(maps.Keys(weekdays)),
		slices.Collect(maps.Keys(months)),     // also monthRangeCueAt, dayRangeCueAt
		slices.Collect(maps.Keys(unitCounts)), // agoCueAt, anchoredCueAt
	} {
		words = append(words, l...)
	}
	return words
}

func dateCueAt(toks []token, i int) (dateCue, bool) {
	t := toks[i]
	n := t.norm
	at := func(k int) token {
		if k < len(toks) {
			return toks[k]
		}
		return token{}
	}
	// ISO 8601: 2023-09-13.
	if y, ok := year(t); ok && t.hyphen && at(i+1).hyphen {
		if m, ok := number(at(i + 1)); ok && m >= 1 && m <= 12 {
			if d, ok := day(at(i + 2)); ok {
				return dateCue{first: i, last: i + 2, kind: cueFull, year: y, month: m, day: d}, true
			}
		}
	}
	switch n {
	case "today", "tonight":
		return dateCue{first: i, last: i, kind: cueRelative, unit: graph.Day}, true
	case "yesterday":
		return dateCue{first: i, last: i, kind: cueRelative, unit: graph.Day, offset: -1}, true
	case "tomorrow":
		return dateCue{first: i, last: i, kind: cueRelative, unit: graph.Day, offset: 1}, true
	}
	if n == "the" && at(i+1).norm == "weekend" && i > 0 && weekendPrepositions[toks[i-1].norm] {
		// "met over the weekend": the weekend just past, or the coming
		// one when the tense says so; dated, as a weekend is, by its
		// Saturday's month.
		return dateCue{first: i, last: i + 1, kind: cueWeekday, weekday: time.Saturday, offset: 2, weekend: true}, true
	}
	if c, ok := agoCueAt(toks, i); ok {
		return c, true
	}
	if c, ok := anchoredCueAt(toks, i); ok {
		return countedBack(toks, c), true // datecues.go
	}
	if c, ok := dayPartCueAt(toks, i); ok { // datecues.go
		return c, true
	}
	if c, ok := periodEdgeCueAt(toks, i); ok {
		return c, true
	}
	if off, ok := relativeWords[n]; ok {
		switch u := at(i + 1).norm; u {
		case "week", "weekend":
			return dateCue{first: i, last: i + 1, kind: cueRelative, unit: graph.Month, offset: off, week: true,
				weekend: u == "weekend", rolling: n == "past" || n == "coming"}, true
		case "month":
			return dateCue{first: i, last: i + 1, kind: cueRelative, unit: graph.Month, offset: off}, true
		case "year":
			return dateCue{first: i, last: i + 1, kind: cueRelative, unit: graph.Year, offset: off}, true
		case "morning", "afternoon", "evening", "night":
			if n == "this" {
				return dateCue{first: i, last: i + 1, kind: cueRelative, unit: graph.Day}, true
			}
			if n == "last" {
				return dateCue{first: i, last: i + 1, kind: cueRelative, unit: graph.Day, offset: -1}, true
			}
		}
		if wd, ok := weekdays[at(i+1).norm]; ok {
			return dateCue{first: i, last: i + 1, kind: cueWeekday, weekday: wd, offset: off}, true
		}
	}
	if wd, ok := weekdays[n]; ok && t.upper {
		return dateCue{first: i, last: i, kind: cueWeekday, weekday: wd, offset: 2}, true // 2: tense decides
	}
	if c, ok := monthRangeCueAt(toks, i); ok {
		return c, true
	}
	if c, ok := dayRangeCueAt(toks, i); ok {
		return c, true // dayranges.go: "April 9-12"
	}
	if m, ok := months[n]; ok && t.upper {
		j := skipDot(toks, i+1)
		if d, ok := day(at(j)); ok && !at(j).hyphen {
			k := j + 1
			if at(k).text == "," {
				k++
			}
			if y, ok := year(at(k)); ok {
				return dateCue{first: i, last: k, kind: cueFull, year: y, month: int(m), day: d}, true
			}
			return dateCue{first: i, last: j, kind: cueMonthDay, month: int(m), day: d}, true
		}
		if y, ok := year(at(j)); ok {
			return dateCue{first: i, last: j, kind: cueMonthYr, year: y, month: int(m)}, true
		}
		if y, ok := year(at(j + 1)); ok && (at(j).norm == "of" || at(j).text == ",") {
			return dateCue{first: i, last: j + 1, kind: cueMonthYr, year: y, month: int(m)}, true // "in April of 2007", "in October, 2002"
		}
		long := len(n) > 3 && n != "sept"
		if i > 0 && monthLeads[toks[i-1].norm] && (long || j > i+1) && n != "may" || (n == "may" && i > 0 && toks[i-1].norm == "in") {
			return dateCue{first: i, last: i, kind: cueMonth, month: int(m), offset: relativeWords[toks[i-1].norm]}, true // "last August" is past whatever the tense
		}
	}
	if d, ok := day(t); ok {
		mi := i + 1 // the month's token
		if at(mi).norm == "of" && len(n) > 2 && n[len(n)-2] > '9' {
			mi++ // "the 22nd of July"
		}
		if m, ok := months[at(mi).norm]; ok && at(mi).upper {
			j := skipDot(toks, mi+1)
			if at(j).text == "," {
				j++
			}
			if y, ok := year(at(j)); ok {
				return dateCue{first: i, last: j, kind: cueFull, year: y, month: int(m), day: d}, true
			}
			return dateCue{first: i, last: skipDot(toks, mi+1) - 1, kind: cueMonthDay, month: int(m), day: d}, true
		}
	}
	if y, ok := year(t); ok && i > 0 && !t.hyphen {
		switch toks[i-1].norm {
		case "in", "during", "early", "late", "mid", "since", "until", "by", "of":
			return dateCue{first: i, last: i, kind: cueYear, year: y}, true
		}
	}
	return yearAttributeCueAt(toks, i) // yearattributes.go: "a 1994 agreement"
}

// resolve turns a cue into an ISO date and precision. Cues that need the
// publication date resolve to nothing without one. dir is the tense: +1
// for an event ahead (planned), which picks the next "September 13" or
// "Tuesday"; -1 for one past, which picks the last; 0 when the text does
// not say, which picks the nearest date and the last weekday.
func (c dateCue) resolve(pub time.Time, hasPub bool, dir int) (string, graph.Precision, bool) {
	date, precision, ok := c.resolveAny(pub, hasPub, dir)
	// Arithmetic on an odd publication date can leave ISO 8601's four-digit
	// years ("Apr" against a date in year 0 is in year -1): that is no date.
	if !ok {
		return "", "", false
	}
	if _, _, err := graph.DateRange(date, precision); err != nil {
		return "", "", false
	}
	return date, precision, true
}

// resolveAny is resolve without the check that the date is one ISO 8601
// can write.
func (c dateCue) resolveAny(pub time.Time, hasPub bool, dir int) (string, graph.Precision, bool) {
	future := dir > 0
	valid := func(y, m, d int) (time.Time, bool) {
		t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
		return t, t.Year() == y && int(t.Month()) == m && t.Day() == d
	}
	switch c.kind {
	case cueFull:
		if t, ok := valid(c.year, c.month, c.day); ok {
			return graph.FormatDate(t, graph.Day), graph.Day, true
		}
		return "", "", false
	case cueMonthYr:
		return graph.FormatDate(time.Date(c.year, time.Month(c.month), 1, 0, 0, 0, 0, time.UTC), graph.Month), graph.Month, true
	case cueYear:
		return strconv.Itoa(c.year), graph.Year, true
	}
	if !hasPub {
		return "", "", false
	}
	switch c.kind {
	case cueMonthDay:
		y := pub.Year()
		t, ok := valid(y, c.month, c.day)
		if !ok {
			if t, ok = valid(y-1, c.month, c.day); !ok {
				return "", "", false
			}
		}
		switch {
		case dir > 0 && t.Before(pub):
			t = t.AddDate(1, 0, 0)
		case dir < 0 && t.After(pub):
			t = t.AddDate(-1, 0, 0)
		case dir == 0 && t.Sub(pub) > 183*24*time.Hour:
			t = t.AddDate(-1, 0, 0)
		case dir == 0 && pub.Sub(t) > 183*24*time.Hour:
			t = t.AddDate(1, 0, 0)
		}
		return graph.FormatDate(t, graph.Day), graph.Day, true
	case cueMonth:
		if c.offset != 0 {
			dir = c.offset
		}
		y := pub.Year()
		switch d := c.month - int(pub.Month()); {
		case dir > 0 && d < 0, dir == 0 && d < -6:
			y++
		case dir < 0 && d > 0, dir == 0 && d > 6:
			y--
		}
		return graph.FormatDate(time.Date(y, time.Month(c.month), 1, 0, 0, 0, 0, time.UTC), graph.Month), graph.Month, true
	case cueRelative:
		switch {
		case c.unit == graph.Day:
			return graph.FormatDate(pub.AddDate(0, 0, c.offset), graph.Day), graph.Day, true
		case c.week:
			return graph.FormatDate(c.weekMonth(pub), graph.Month), graph.Month, true
		case c.unit == graph.Month:
			return graph.FormatDate(time.Date(pub.Year(), pub.Month()+time.Month(c.offset), 1, 0, 0, 0, 0, time.UTC), graph.Month), graph.Month, true
		case c.month != 0: // "the end of the year"
			return graph.FormatDate(time.Date(pub.Year()+c.offset, time.Month(c.month), 1, 0, 0, 0, 0, time.UTC), graph.Month), graph.Month, true
		default:
			return strconv.Itoa(pub.Year() + c.offset), graph.Year, true
		}
	case cueWeekday:
		dir := c.offset
		if dir == 2 || dir == 0 {
			dir = -1
			if future {
				dir = 1
			}
		}
		t := pub
		if dir < 0 {
			// The last such day on or before publication ("on Tuesday"),
			// strictly before it for "last Tuesday".
			if c.offset == -1 {
				t = t.AddDate(0, 0, -1)
			}
			for t.Weekday() != c.weekday {
				t = t.AddDate(0, 0, -1)
			}
		} else {
			t = t.AddDate(0, 0, 1)
			for t.Weekday() != c.weekday {
				t = t.AddDate(0, 0, 1)
			}
		}
		if c.weekend {
			return graph.FormatDate(t, graph.Month), graph.Month, true
		}
		return graph.FormatDate(t, graph.Day), graph.Day, true
	}
	return "", "", false
}

// nearestCues gives each trigger (token positions, ascending) the date cue
// nearest to it among the cues nearer to it than to any other trigger:
// "the summit ... a visit next month" dates the visit, not the summit.
func nearestCues(toks []token, cues []dateCue, triggers []int) map[int]dateCue {
	out := map[int]dateCue{}
	best := map[int]int{}
	for _, c := range cues {
		i, _ := slices.BinarySearch(triggers, c.first)
		t, d := -1, 1<<30
		for _, j := range []int{i - 1, i} {
			if j >= 0 && j < len(triggers) {
				if dj := clauseDistance(toks, c, triggers[j]); dj < d {
					t, d = triggers[j], dj
				}
			}
		}
		if t < 0 {
			continue
		}
		if b, ok := best[t]; !ok || d < b {
			best[t], out[t] = d, c
		}
	}
	return out
}

// focusAdverbs may open a sentence before its date cue: "Only one month
// ago, ...", "Just last week, ...".
var focusAdverbs = map[string]bool{"only": true, "just": true, "even": true, "barely": true}

// openingCue returns the date cue that opens a sentence ("On 17 November,
// ...", "Yesterday, ..."): it dates every event the sentence states.
func openingCue(toks []token, cues []dateCue) (dateCue, bool) {
	if len(cues) == 0 {
		return dateCue{}, false
	}
	c := cues[0]
	if frontedPhraseCue(toks, c) {
		return c, true // datecues.go: "Outside the Hotel Timor today, ..."
	}
	for k := 0; k < c.first; k++ {
		if n := toks[k].norm; n != "on" && n != "in" && n != "last" && n != "early" && n != "late" && !focusAdverbs[n] && !toks[k].punct {
			return dateCue{}, false
		}
	}
	if c.last+1 < len(toks) && toks[c.last+1].text != "," {
		return dateCue{}, false
	}
	return c, true
}

// commaCost is what a comma between a date cue and a trigger adds to
// their distance: a cue is more likely its own clause's ("Lavrov, who
// arrived on Monday, met Wang Yi on Tuesday": Monday is the arrival's).
const commaCost = 4

// clauseDistance is distance, plus commaCost for each comma between the
// cue and the trigger.
func clauseDistance(toks []token, c dateCue, t int) int {
	d := distance(c, t)
	from, to := t+1, c.first
	if t > c.last {
		from, to = c.last+1, t
	}
	for k := from; k < to && k < len(toks); k++ {
		if toks[k].text == "," {
			d += commaCost
		}
	}
	return d
}

func distance(c dateCue, t int) int {
	switch {
	case t < c.first:
		return c.first - t
	case t > c.last:
		return t - c.last
	}
	return 0
}

// pastForms are irregular past tenses of triggers; regular ones end in -ed.
var pastForms = map[string]bool{"met": true, "sent": true, "sold": true, "gave": true, "flew": true, "struck": true, "broke": true, "withdrew": true, "held": true, "cut": true, "freed": true}

// edForm reports a word in -ed long enough not to be "red", "bed" or
// "shed": the regular past tense and past participle.
func edForm(w string) bool { return strings.HasSuffix(w, "ed") && len(w) > 4 }

// tense returns +1 for a planned event, -1 for a verb in the past tense,
// and 0 when the words do not say.
func tense(tok token, noun bool, status graph.Status) int {
	switch {
	case status == graph.Planned:
		return 1
	case noun:
		return 0
	case strings.HasSuffix(tok.norm, "ed") || pastForms[tok.norm]:
		return -1
	}
	return 0
}

// future reports whether a date lies wholly after publication.
func (a *article) future(date string, prec graph.Precision) bool {
	if !a.hasPub || date == "" {
		return false
	}
	first, _, err := graph.DateRange(date, prec)
	return err == nil && first.After(a.pub)
}

// past reports whether a date ends before publication.
func (a *article) past(date string, prec graph.Precision) bool {
	if !a.hasPub || date == "" {
		return false
	}
	_, last, err := graph.DateRange(date, prec)
	return err == nil && last.Before(a.pub)
}
