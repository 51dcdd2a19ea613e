package loader

import (
	"time"

	"github.com/geokg/geokg/graph"
)

// Relative dates coarser than a day: weeks, "three years ago", "the end of
// the year" and spans of months. The annotators give such dates at the
// precision of the smallest calendar unit that holds them.

// weekMonth returns the month a week-long cue falls in. "last week",
// "this week" and "next week" are calendar weeks, Monday to Sunday,
// counted from the week of publication; a week that straddles two months
// belongs, as in ISO 8601, to the month of its Thursday, the one that holds
// most of its days ("last week" in an article of Tuesday 2006-02-07 is
// 30 January to 5 February: February). A weekend is the Saturday and Sunday
// of its calendar week, dated by the Saturday. "the past week" and "the
// coming week" are the seven days before or after publication, dated by
// their middle day.
func (c dateCue) weekMonth(pub time.Time) time.Time {
	if c.rolling && !c.weekend {
		return pub.AddDate(0, 0, 4*c.offset)
	}
	monday := pub.AddDate(0, 0, -((int(pub.Weekday()) + 6) % 7))
	start := monday.AddDate(0, 0, 7*c.offset)
	if c.weekend {
		return start.AddDate(0, 0, 5)
	}
	return start.AddDate(0, 0, 3)
}

// unitCounts are the spelled-out counts of "three years ago".
var unitCounts = map[string]int{"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}

// agoCueAt reads "three days ago", "a week ago", "two years ago": a count
// of calendar units back from publication.
func agoCueAt(toks []token, i int) (dateCue, bool) {
	if i+2 >= len(toks) || toks[i+2].norm != "ago" {
		return dateCue{}, false
	}
	n, ok := unitCounts[toks[i].norm]
	if !ok {
		if n, ok = number(toks[i]); !ok || len(toks[i].norm) > 2 {
			return dateCue{}, false
		}
	}
	c := dateCue{first: i, last: i + 2, kind: cueRelative, offset: -n}
	switch toks[i+1].norm {
	case "day", "days":
		c.unit = graph.Day
	case "week", "weeks":
		c.unit, c.week = graph.Month, true
	case "month", "months":
		c.unit = graph.Month
	case "year", "years":
		c.unit = graph.Year
	default:
		return dateCue{}, false
	}
	return c, true
}

// periodEdgeCueAt reads "the end of the year", "the beginning of next
// year", "the end of 2006" and "the end of the month": the end of a year is
// its December, the beginning its January; the end or beginning of a month
// is that month.
func periodEdgeCueAt(toks []token, i int) (dateCue, bool) {
	var month int
	switch toks[i].norm {
	case "end":
		month = 12
	case "beginning", "start":
		month = 1
	default:
		return dateCue{}, false
	}
	j := i + 1
	if j >= len(toks) || toks[j].norm != "of" {
		return dateCue{}, false
	}
	j++
	if j >= len(toks) {
		return dateCue{}, false
	}
	if y, ok := year(toks[j]); ok && !toks[j].hyphen {
		return dateCue{first: i, last: j, kind: cueMonthYr, year: y, month: month}, true
	}
	offset := 0
	switch toks[j].norm {
	case "the", "this":
	case "last":
		offset = -1
	case "next":
		offset = 1
	default:
		return dateCue{}, false
	}
	j++
	if j >= len(toks) || toks[j].hyphen {
		return dateCue{}, false // "the end of the year-long siege"
	}
	switch toks[j].norm {
	case "year":
		return dateCue{first: i, last: j, kind: cueRelative, unit: graph.Year, offset: offset, month: month}, true
	case "month":
		return dateCue{first: i, last: j, kind: cueRelative, unit: graph.Month, offset: offset}, true
	}
	return dateCue{}, false
}

// monthRangeCueAt reads a span of months in one year, "March-June 2003",
// "between March and June 2003": no single month holds it, so it dates its
// events by the year.
func monthRangeCueAt(toks []token, i int) (dateCue, bool) {
	first, ok := months[toks[i].norm]
	if !ok || !toks[i].upper || i+2 >= len(toks) {
		return dateCue{}, false
	}
	j := i + 1
	if !toks[i].hyphen {
		switch toks[j].norm {
		case "to", "and", "through", "until", "-", "–":
			j++
		default:
			return dateCue{}, false
		}
	}
	if j+1 >= len(toks) {
		return dateCue{}, false
	}
	last, ok := months[toks[j].norm]
	if !ok || !toks[j].upper || last < first {
		return dateCue{}, false
	}
	y, ok := year(toks[j+1])
	if !ok {
		return dateCue{}, false
	}
	return dateCue{first: i, last: j + 1, kind: cueYear, year: y}, true
}
