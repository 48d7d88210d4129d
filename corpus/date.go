package corpus

import (
	"regexp"
	"strings"
)

// Dates as news pages write them: "September 14, 2025", "Sept. 15, 2025",
// "14 September 2025", "September 2025", "2025-09-14", "14.09.2025".
const (
	monthPattern = `(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?`
	dayPattern   = `\d{1,2}(?:st|nd|rd|th)?`
	yearPattern  = `(?:19|20)\d\d`
	// placePattern is up to four capitalised words: "Madrid", "New York".
	placePattern = `\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}`
	datePattern  = `(?:` + monthPattern + `\s+` + dayPattern + `,?\s+` + yearPattern +
		`|` + dayPattern + `\s+(?:of\s+)?` + monthPattern + `,?\s+` + yearPattern +
		`|` + monthPattern + `,?\s+` + yearPattern +
		`|` + yearPattern + `-\d\d-\d\d` +
		`|\d{1,2}[./]\d{1,2}[./]` + yearPattern + `)`
)

var (
	// dateRE finds a date in a short line.
	dateRE = regexp.MustCompile(`(?i)\b` + datePattern + `\b`)
	// datelineRE matches the dateline that opens a news story:
	// "Madrid, September 2025 — Senior officials …".
	datelineRE = regexp.MustCompile(`^` + placePattern + `(?:,\s*` + placePattern + `)?,\s+(` + datePattern + `)\s*(?:—|–|--?|:)\s`)
	// timeRE finds a time of day with an optional zone: "10:30 BST".
	timeRE = regexp.MustCompile(`(?i)\b\d{1,2}[:.]\d\d(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?(?:\s*\(?[A-Z]{2,5}(?:[+-]\d{1,2})?\)?)?`)
)

// dateWords are the words a date line may hold besides the date: labels,
// weekdays and time zones.
var dateWords = map[string]bool{
	"published": true, "posted": true, "updated": true, "last": true, "modified": true,
	"on": true, "date": true, "dated": true, "first": true, "issued": true, "released": true,
	"at": true, "am": true, "pm": true, "gmt": true, "utc": true, "bst": true, "cet": true,
	"cest": true, "est": true, "edt": true, "pst": true, "pdt": true, "et": true, "pt": true,
	"ist": true, "jst": true, "hkt": true, "sgt": true, "aest": true, "by": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "mon": true, "tue": true, "tues": true, "wed": true,
	"thu": true, "thurs": true, "fri": true, "sat": true, "sun": true,
}

// dateLinePunct are the marks around the words of a date line that
// dateLine trims to read a word bare ("Reuters |", "(released").
const dateLinePunct = "|•·,:;-–—()[]"

// dateLine reads a short line holding a date: a date alone ("September 14,
// 2025"), a labelled one ("Published Sept. 15, 2025"), or a byline
// ("Gulan Media September 14, 2025 News", publisher "Gulan Media"). It
// returns the date as written, the publisher if the line names one, and
// whether the date is labelled as an update.
func dateLine(s string) (date, publisher string, updated, ok bool) {
	if len(s) > 160 || !hasDigit(s) {
		return "", "", false, false
	}
	loc := dateRE.FindStringIndex(s)
	if loc == nil {
		return "", "", false, false
	}
	date = s[loc[0]:loc[1]]
	before := timeRE.ReplaceAllString(s[:loc[0]], " ")
	after := timeRE.ReplaceAllString(s[loc[1]:], " ")
	updated = strings.Contains(strings.ToLower(before), "updated")
	var name []string
	fields := strings.Fields(before)
	for i, w := range fields {
		bare := strings.Trim(w, dateLinePunct)
		switch {
		case bare == "":
		case dateWords[strings.ToLower(strings.TrimSuffix(bare, "."))]:
		case i+1 < len(fields) && bare == w && isUpper(firstLetter(w)) && labelWord(fields[i+1]):
			// The first word of a label ("Review date:", "Issue
			// date"), not a name: a name is set off from the label
			// after it ("Jane Doe, updated …", "Reuters | Published …",
			// "Cartwheel 4.3 (released …").
		default:
			name = append(name, w)
		}
	}
	publisher = strings.Trim(strings.Join(name, " "), " |•·,:;-–—")
	if publisher != "" && !nameLike(publisher, 6) {
		return "", "", false, false
	}
	if publisher != "" && connectors[strings.Trim(name[len(name)-1], dateLinePunct)] {
		// A name does not end in "from" or "of": "Rates from 1
		// January 2026" is a phrase, not a byline.
		return "", "", false, false
	}
	// After the date only a few capitalised words may follow, a section
	// label such as "News".
	rest := 0
	for _, w := range strings.Fields(after) {
		bare := strings.Trim(w, dateLinePunct)
		if bare == "" || dateWords[strings.ToLower(bare)] {
			continue
		}
		if startsLower(bare) {
			return "", "", false, false
		}
		rest++
	}
	if rest > 3 {
		return "", "", false, false
	}
	return date, publisher, updated, true
}

// labelWord reports whether w is a lowercase label word of a date line
// ("date", "published", "updated"), which the word before it opens
// ("Review date: …"); the prepositions that set off a name ("by", "on",
// "at") and times of day ("am", "pm") are not labels.
func labelWord(w string) bool {
	if !startsLower(w) {
		return false
	}
	w = strings.TrimRight(w, dateLinePunct)
	switch w {
	case "by", "on", "at", "am", "pm":
		return false
	}
	return dateWords[w]
}

// dateline returns the date of a dateline opening paragraph p, or "".
func dateline(p string) string {
	if !hasDigit(p) {
		return ""
	}
	m := datelineRE.FindStringSubmatch(p)
	if m == nil {
		return ""
	}
	return m[1]
}

// connectors are the lowercase words a name may contain: "Dharvi Vaid with
// Reuters and AP", "Bank of Spain".
var connectors = map[string]bool{
	"with": true, "and": true, "&": true, "of": true, "the": true, "for": true, "de": true,
	"del": true, "la": true, "le": true, "van": true, "von": true, "der": true, "da": true,
	"di": true, "du": true, "bin": true, "al": true, "y": true, "in": true, "at": true,
	"via": true, "from": true,
}

// nameLike reports whether s looks like a name or a list of names: at most
// maxWords words, each capitalised (or a connector such as "and"), the
// first capitalised, and no sentence punctuation at the end.
func nameLike(s string, maxWords int) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > maxWords || endsSentence(s) && !strings.HasSuffix(s, ".") {
		return false
	}
	for i, w := range words {
		w = strings.Trim(w, ",;()\"'“”")
		if w == "" {
			return false
		}
		if connectors[w] && i > 0 {
			continue
		}
		r := firstLetter(w)
		if r == 0 || !isUpper(r) {
			return false
		}
	}
	return true
}

func hasDigit(s string) bool {
	return strings.ContainsAny(s, "0123456789")
}
