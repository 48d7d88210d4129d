package corpus

import (
	"strconv"
	"strings"
	"time"
)

// ParseDate reads a date as documents write it ("September 14, 2025",
// "Sept. 15, 2025", "14 September 2025", "September 2025", "2025-09-14",
// "14.09.2025", "2025") and reports whether it could. A date without a day
// is taken as the first of its month, one without a month as 1 January, so
// that dates compare by what they say.
func ParseDate(s string) (time.Time, bool) {
	m := dateRE.FindString(s)
	if m == "" {
		if y, ok := yearOnly(strings.TrimSpace(s)); ok {
			return time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), true
		}
		return time.Time{}, false
	}
	m = strings.NewReplacer(",", " ", ".", " ", "/", " ", "-", " ").Replace(m)
	fields := strings.Fields(m)
	if len(fields) == 3 && len(fields[0]) == 4 {
		// "2025-09-14": year, month, day.
		fields[0], fields[2] = fields[2], fields[0]
	}
	var day, month, year int
	for _, f := range fields {
		f = strings.ToLower(f)
		switch n, err := strconv.Atoi(strings.TrimRight(f, "stndrh")); {
		case f == "of":
		case err == nil && len(f) == 4 && n >= 1900:
			year = n
		case err == nil && day == 0 && n >= 1 && n <= 31:
			day = n
		case err == nil && month == 0 && n >= 1 && n <= 12:
			month = n
		case err != nil && month == 0:
			month = monthNumber(f)
		}
	}
	if year == 0 {
		return time.Time{}, false
	}
	// "2025-09-14" and "14.09.2025" give the month as a number: the first
	// number read was taken as the day.
	if month == 0 {
		month, day = day, 1
	}
	if month < 1 || month > 12 {
		return time.Time{}, false
	}
	day = max(day, 1)
	return time.Date(year, time.Month(month), day, 0, 0, 0, 0, time.UTC), true
}

// yearOnly reads a bare year ("2024").
func yearOnly(s string) (int, bool) {
	if len(s) != 4 {
		return 0, false
	}
	y, err := strconv.Atoi(s)
	return y, err == nil && y >= 1900 && y < 2200
}

// monthNumber is the number of a month's name or abbreviation, or 0.
func monthNumber(w string) int {
	for i, name := range []string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"} {
		if strings.HasPrefix(w, name) {
			return i + 1
		}
	}
	return 0
}
