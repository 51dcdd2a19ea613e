package loader

import (
	"time"

	"github.com/geokg/geokg/graph"
)

// A date that states no year and falls a few weeks after publication
// names something coming, even in a sentence told in the past: in
// "Japan warned it may retaliate if the U.S. imposes its planned
// sanctions on April 17" (published April 11) or "has petitioned the
// commission to postpone the upcoming April 2 election" (published March
// 23) the day is the sanctions' or the election's. Read backwards for the
// past verb, the cue lands almost a year before publication, a date the
// warning or the petition never had; it dates the coming act, not the
// reported one. ("Last April" says the past itself and is left alone.)

// comingCueReach bounds how far after publication a yearless cue may fall
// and still be read as coming: about a quarter of a year.
const comingCueReach = 92 * 24 * time.Hour

// comingCue reports whether the yearless cue ("April 17", "in July") lies
// within comingCueReach after publication while the event c is told in
// the past, so that resolving it backwards would date c a year early.
func (a *article) comingCue(toks []token, c *candidate, cue dateCue) bool {
	if !a.hasPub || cue.kind != cueMonthDay && (cue.kind != cueMonth || cue.offset != 0) {
		return false
	}
	if eventTense(toks, c.trigger, c.noun, c.status) >= 0 {
		return false // a present or future event reads the cue forward anyway
	}
	date, prec, ok := cue.resolve(a.pub, a.hasPub, 1)
	if !ok {
		return false
	}
	first, _, err := graph.DateRange(date, prec)
	return err == nil && first.After(a.pub) && first.Sub(a.pub) <= comingCueReach
}
