package loader

import (
	"strconv"
	"strings"

	"github.com/geokg/geokg/graph"
)

// An event noun governed by "anniversary of" names an act of years before;
// the sentence's date cue dates the commemoration ("Today thousands marked
// the second anniversary of the US-led war on Iraq"). An ordinal counts the
// years back from the commemoration's date ("the 60th anniversary of the
// bombing of Hiroshima", on August 6, 2005: August 6, 1945); with none, the
// act has no date from the cue.

// anniversaryWindow is how many words may stand between "of" and the event
// noun: "the anniversary of the US-led war", "of the 1994 Rwandan genocide".
const anniversaryWindow = 5

// commemoratedYears reports whether the event noun at t is the object of
// "anniversary of", where that "anniversary" stands, and the years its
// ordinal counts back (0 when none): "the second anniversary", "the 60th
// anniversary", "the one-year anniversary".
func commemoratedYears(toks []token, t int) (years, at int, ok bool) {
	for k := t - 1; k >= 1 && k >= t-anniversaryWindow; k-- {
		w := toks[k]
		if w.punct || endsNounPhrase(w) {
			return 0, 0, false
		}
		if w.norm != "of" {
			continue
		}
		at = k - 1
		if n := toks[at].norm; n != "anniversary" && n != "anniversaries" {
			return 0, 0, false
		}
		if at >= 1 {
			years = ordinalValue(toks[at-1].norm)
		}
		if at >= 2 && years == 0 && toks[at-1].norm == "year" {
			years = unitCounts[toks[at-2].norm] // "the one year anniversary"
			if n, err := strconv.Atoi(toks[at-2].norm); err == nil && n > 0 && n < 1000 {
				years = n
			}
		}
		return years, at, true
	}
	return 0, 0, false
}

// endsNounPhrase reports a verb or relative word: an "of" before it
// belongs to another phrase than the event noun's.
func endsNounPhrase(t token) bool {
	return auxiliaries[t.norm] || beForms[t.norm] || t.norm == "that" || t.norm == "which" || t.norm == "who"
}

// ordinalWords are the ordinals written out that count anniversaries.
var ordinalWords = map[string]int{"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
	"eleventh": 11, "twelfth": 12, "fifteenth": 15, "twentieth": 20, "twenty-fifth": 25, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "hundredth": 100}

// ordinalValue reads "second" or "60th"; 0 when w is no ordinal.
func ordinalValue(w string) int {
	if n, ok := ordinalWords[w]; ok {
		return n
	}
	for _, suffix := range []string{"st", "nd", "rd", "th"} {
		if digits, ok := strings.CutSuffix(w, suffix); ok {
			if n, err := strconv.Atoi(digits); err == nil && n > 0 && n < 1000 {
				return n
			}
		}
	}
	return 0
}

// commemoratedDate moves the date a cue before "anniversary" gave the
// event noun c back to the act commemorated: the years an ordinal counts,
// or no date at all. A cue after "anniversary" is the act's own ("the
// anniversary of the 2005 riots").
func commemoratedDate(toks []token, c *candidate, cue dateCue, cued bool) {
	if !c.noun || !cued || c.date == "" {
		return
	}
	years, at, ok := commemoratedYears(toks, c.trigger)
	if !ok || cue.last >= at {
		return
	}
	year, err := strconv.Atoi(c.date[:min(4, len(c.date))])
	if years == 0 || err != nil {
		c.date, c.precision = "", ""
		return
	}
	c.date = strconv.Itoa(year-years) + c.date[4:]
	if strings.HasSuffix(c.date, "-02-29") {
		c.date, c.precision = c.date[:7], graph.Month // no leap day that year, perhaps
	}
}
