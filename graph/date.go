package graph

import (
	"fmt"
	"time"
)

// dateLayouts maps each Precision to the ISO 8601 layout of a date cut to it.
var dateLayouts = map[Precision]string{Day: "2006-01-02", Month: "2006-01", Year: "2006"}

// DateRange returns the first and last day that date, cut to precision,
// covers: "2023-10" at month precision is 2023-10-01 to 2023-10-31. It fails
// when date does not have the form its precision asks for.
func DateRange(date string, precision Precision) (first, last time.Time, err error) {
	layout, ok := dateLayouts[precision]
	if !ok {
		return first, last, fmt.Errorf("date %q: unknown precision %q", date, precision)
	}
	first, err = time.Parse(layout, date)
	if err != nil {
		return first, last, fmt.Errorf("date %q is not a %s date (want %s)", date, precision, layout)
	}
	switch precision {
	case Day:
		last = first
	case Month:
		last = first.AddDate(0, 1, -1)
	case Year:
		last = first.AddDate(1, 0, -1)
	}
	return first, last, nil
}

// FormatDate cuts t to precision: FormatDate(t, Month) is "2023-10".
func FormatDate(t time.Time, precision Precision) string {
	return t.Format(dateLayouts[precision])
}
