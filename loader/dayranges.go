package loader

// A span of days within a month written with a hyphen, "April 9-12" or
// "9-12 April 2005", holds no single day: as other spans, it dates its
// events by the smallest calendar unit that holds it, the month ("visited
// India April 9-12" is April). Read as a day, the first or last number
// would name one day of several.

// dayRangeCueAt reads "April 9-12", "April 9-12, 2005", "9-12 April" and
// "9-12 April 2005" starting at i.
func dayRangeCueAt(toks []token, i int) (dateCue, bool) {
	at := func(k int) token {
		if k < len(toks) {
			return toks[k]
		}
		return token{}
	}
	span := func(k int) (int, bool) { // the two days from k; the index of the second
		d1, ok1 := day(at(k))
		if !ok1 {
			return 0, false
		}
		next := k + 1
		if !at(k).hyphen {
			if w := at(next).text; w != "-" && w != "–" {
				return 0, false
			}
			next++
		}
		d2, ok2 := day(at(next))
		return next, ok2 && d2 > d1
	}
	withYear := func(c dateCue, k int) dateCue {
		if at(k).text == "," {
			k++
		}
		if y, ok := year(at(k)); ok {
			c.kind, c.year, c.last = cueMonthYr, y, k
		}
		return c
	}
	if m, ok := months[toks[i].norm]; ok && toks[i].upper {
		if last, ok := span(skipDot(toks, i+1)); ok {
			return withYear(dateCue{first: i, last: last, kind: cueMonth, month: int(m)}, last+1), true
		}
		return dateCue{}, false
	}
	if last, ok := span(i); ok {
		if m, ok := months[at(last+1).norm]; ok && at(last+1).upper {
			return withYear(dateCue{first: i, last: last + 1, kind: cueMonth, month: int(m)}, last+2), true
		}
	}
	return dateCue{}, false
}
