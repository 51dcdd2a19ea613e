package loader

import (
	"slices"
	"time"

	"github.com/geokg/geokg/graph"
)

// Dates a story tells from its own last date rather than from publication:
// "Russia attacked on March 10. The next day, Ukraine struck back", "two
// days later", "later that day", "the following week". The anchor is the
// last day-precise date the article gave an event in an earlier sentence;
// with none, such a cue dates nothing rather than guess.

// anchoredCueAt reads an anchored date expression starting at toks[i]:
//
//   - "the next/following day (morning, evening)": one day on;
//   - "the previous/preceding day", "the day before," (at a clause's end): one day back;
//   - "later/earlier that day", "that same day", "the same day": the anchor's day;
//   - "N days (a day) later/earlier": N days on or back;
//   - "the next/following week", "N weeks (a week) later": seven days a week on,
//     at month precision, as "next week" is.
func anchoredCueAt(toks []token, i int) (dateCue, bool) {
	at := func(k int) string {
		if k < len(toks) {
			return toks[k].norm
		}
		return ""
	}
	day := func(w string) bool {
		return w == "day" || w == "morning" || w == "evening" || w == "night" || w == "afternoon"
	}
	anchored := func(last, days int, unit graph.Precision) (dateCue, bool) {
		return dateCue{first: i, last: last, kind: cueAnchored, offset: days, unit: unit}, true
	}
	switch w := at(i); {
	case w == "the" && (at(i+1) == "next" || at(i+1) == "following") && day(at(i+2)):
		return anchored(i+2, 1, graph.Day)
	case w == "the" && (at(i+1) == "next" || at(i+1) == "following") && at(i+2) == "week":
		return anchored(i+2, 7, graph.Month)
	case w == "the" && (at(i+1) == "previous" || at(i+1) == "preceding") && day(at(i+2)):
		return anchored(i+2, -1, graph.Day)
	case w == "the" && at(i+1) == "day" && at(i+2) == "before" && (i+3 >= len(toks) || toks[i+3].punct):
		return anchored(i+2, -1, graph.Day)
	case (w == "later" || w == "earlier") && at(i+1) == "that" && day(at(i+2)):
		return anchored(i+2, 0, graph.Day)
	case (w == "that" || w == "the") && at(i+1) == "same" && at(i+2) == "day" && !clauseLinks[at(i+3)]:
		return anchored(i+2, 0, graph.Day) // not "the same day that X confirmed": that clause's day
	}
	n, ok := unitCounts[at(i)]
	if !ok {
		if n, ok = number(toks[i]); !ok || len(toks[i].norm) > 2 {
			return dateCue{}, false
		}
	}
	sign := 0
	switch at(i + 2) {
	case "later", "after":
		sign = 1
	case "earlier", "before":
		sign = -1
	}
	if sign == 0 || (at(i+2) == "after" || at(i+2) == "before") && i+3 < len(toks) && !toks[i+3].punct {
		return dateCue{}, false // "two days after the attack": after the attack, not the story's last date
	}
	switch at(i + 1) {
	case "day", "days":
		return anchored(i+2, sign*n, graph.Day)
	case "week", "weeks":
		return anchored(i+2, sign*7*n, graph.Month)
	}
	return dateCue{}, false
}

// clauseLinks open a clause that gives "the same day" its own date.
var clauseLinks = map[string]bool{"that": true, "as": true, "when": true, "on": true}

// anchoredDate resolves an anchored cue against the anchor day.
func anchoredDate(c dateCue, anchor time.Time) (string, graph.Precision) {
	return graph.FormatDate(anchor.AddDate(0, 0, c.offset), c.unit), c.unit
}

// sentenceAnchor returns the day an earlier cue of the same sentence
// fixes, for an anchored cue after it ("attended on November 12, and the
// following day he ..."), else the article's anchor.
func (a *article) sentenceAnchor(cues []dateCue, c dateCue) (time.Time, bool) {
	for k := len(cues) - 1; k >= 0; k-- {
		p := cues[k]
		if p.last >= c.first || p.kind == cueAnchored {
			continue
		}
		if d, prec, ok := p.resolve(a.pub, a.hasPub, 0); ok && prec == graph.Day {
			if t, err := time.Parse(time.DateOnly, d); err == nil {
				return t, true
			}
		}
		break
	}
	if !a.hasAnchor {
		return a.storyDay(c) // datecues.go: "two weeks earlier" before any day
	}
	return a.anchor, a.hasAnchor
}

// noteAnchor makes the day-precise date of the last of found, in text
// order, the anchor of the sentences that follow.
func (a *article) noteAnchor(found []*candidate) {
	last := -1
	for _, c := range found {
		if c.precision != graph.Day || c.trigger < last {
			continue
		}
		if t, err := time.Parse(time.DateOnly, c.date); err == nil {
			a.anchor, a.hasAnchor, last = t, true, c.trigger
		}
	}
}

// noteCueAnchor makes the day a sentence opens with the anchor when none
// of its events, found since index n of a.found, took a day-precise date:
// "Speaking Wednesday in Washington, Rice said ... Her comments were
// preceded earlier that day by Bush, who also called for" counts from
// the Wednesday though no event of the first sentence is read. A date
// opening a sentence sets the time the story has reached; one further on
// may be background ("was confirmed as leader on 24th June after"), and
// "today" may be a speaker's ("the discussion we had today"): both are
// left alone.
func (a *article) noteCueAnchor(toks []token, n int) {
	for _, c := range a.found[n:] {
		if c.precision == graph.Day {
			return
		}
	}
	if !slices.ContainsFunc(toks[:min(len(toks), maxOpeningWords+1)], calendarWord) {
		return // no day opens it: spare reading the sentence's cues again
	}
	cues := a.sentenceCues(toks)
	if len(cues) == 0 || cues[0].first > maxOpeningWords || cues[0].kind == cueAnchored || cues[0].kind == cueRelative {
		return // "today", "yesterday": the publication's frame, which storyDay gives
	}
	for _, t := range toks[:cues[0].first] {
		if !openingWords[t.norm] {
			return // a quotation ("And Monday we"), a heading, a clause before it
		}
	}
	d, prec, ok := cues[0].resolve(a.pub, a.hasPub, 0)
	if !ok || prec != graph.Day {
		return
	}
	if t, err := time.Parse(time.DateOnly, d); err == nil {
		a.anchor, a.hasAnchor = t, true
	}
}

// openingWords may come before a date opening a sentence, at most
// maxOpeningWords of them: "On Monday", "Speaking Wednesday", "Late on
// Friday".
const maxOpeningWords = 2

var openingWords = map[string]bool{"on": true, "speaking": true, "late": true, "early": true, "by": true}
