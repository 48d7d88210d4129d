package qa

import (
	"math/bits"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// Days a question names. A news article dates what it reports by weekday
// against its own date ("Lake Tessaly stood at 28 percent of capacity on
// Wednesday" in an article of Thursday, July 9): asked "lake level july 8",
// the sentence that names that day, by its date or by a weekday that falls
// on it, is the answer, not another day's figure that holds the same words.

// askedDay returns the month and day of the month a question names ("july
// 8", "on 1 june", "oct 15th"), if it names one only; or, naming no day,
// the month it names after a preposition of time ("in july", "since may":
// [yearprepositions] of phrasewords.txt; "may" alone is a verb as often)
// with day 0.
func askedDay(q *Question) (time.Month, int, bool) {
	m, d, found := time.Month(0), 0, false
	for i := range q.toks {
		mi, di, ok := dayAt(q.toks, i)
		if !ok {
			continue
		}
		if found && (mi != m || di != d) {
			return 0, 0, false
		}
		m, d, found = mi, di, true
	}
	if found {
		return m, d, true
	}
	pw := phraseWords()
	for i := 1; i < len(q.toks); i++ {
		mi := monthOf(q.toks[i].text)
		if mi == 0 || !pw.yearPrepositions[q.toks[i-1].text] {
			continue
		}
		if found && mi != m {
			return 0, 0, false
		}
		m, found = mi, true
	}
	return m, 0, found
}

// dayAt reads a date of month and day whose month name is toks[i]: the
// day right after it ("July 8", "oct 15th") or right before it ("8 July").
func dayAt(toks []token, i int) (time.Month, int, bool) {
	m := monthOf(toks[i].text)
	if m == 0 {
		return 0, 0, false
	}
	if i+1 < len(toks) {
		if d := dayOfMonth(toks[i+1].text); d > 0 {
			return m, d, true
		}
	}
	if i > 0 {
		if d := dayOfMonth(toks[i-1].text); d > 0 {
			return m, d, true
		}
	}
	return 0, 0, false
}

// monthOf returns the month w names, in full or shortened to at least
// minMonthPrefix of its first letters ("oct", "sept"), or 0.
func monthOf(w string) time.Month {
	if len(w) < minMonthPrefix {
		return 0
	}
	for m := monthInitial[w[0]]; m != 0; m &= m - 1 {
		if i := bits.TrailingZeros16(m); strings.HasPrefix(monthNames[i], w) {
			return time.Month(i + 1)
		}
	}
	return 0
}

// monthNames and weekdayNames are Go's names of the months, January
// first, and of the weekdays, Sunday first, in lower case, made once so
// that a word is compared without lower-casing a name each time.
var (
	monthNames = func() (names [12]string) {
		for i := range names {
			names[i] = strings.ToLower(time.Month(i + 1).String())
		}
		return names
	}()
	// monthInitial has bit i set for the first byte of monthNames[i]:
	// monthOf compares a word only with the names that open with its
	// first letter (three at most: "j"), and a word that opens with
	// another, as most do, with none of them.
	monthInitial = func() (first [256]uint16) {
		for i, name := range monthNames {
			first[name[0]] |= 1 << i
		}
		return first
	}()
	weekdayNames = func() (names [7]string) {
		for i := range names {
			names[i] = strings.ToLower(time.Weekday(i).String())
		}
		return names
	}()
)

// dayOfMonth returns the day of the month w writes in figures ("8",
// "15th"), or 0. A word that does not end in a digit once its ordinal
// letters are cut is none, and is not parsed: strconv.Atoi's error would
// cost two allocations for every word beside a month's name ("in July").
func dayOfMonth(w string) int {
	w = strings.TrimRight(w, "stndrh")
	if w == "" || !isDigitByte(w[len(w)-1]) {
		return 0
	}
	d, err := strconv.Atoi(w)
	if err != nil || d < 1 || d > 31 {
		return 0
	}
	return d
}

// weekdayOf returns the weekday w names and true, or false.
func weekdayOf(w string) (time.Weekday, bool) {
	for d, name := range weekdayNames {
		if name == w {
			return time.Weekday(d), true
		}
	}
	return 0, false
}

// namesDay reports whether sentence s names month m, day d (for d 0, a
// day of the month, in a dated document only: an undated page's "closed
// on 25 December" is a rule for every year, not a report): by its date
// ("March 13"; a month alone capitalised and not opening the sentence,
// "in mid-May"), or by a weekday that, read against its document's date,
// falls on it. News writes a past day of the week by its weekday alone
// ("on Wednesday": the last one on or before the article's date) and a
// coming one with "next" ("next Friday"). A sentence that names no day
// reports its document's own ("The queue of ships has grown to 38
// vessels" in the article of that day). The words are read from the
// tokens sc remembers (tokensOf): preferAskedDay asks this of every
// candidate, and of the winner twice.
func (ix *Index) namesDay(sc *scratch, s int32, m time.Month, d int) bool {
	st := &ix.sents[s]
	day := ix.docDay[st.doc]
	if d == 0 && day == 0 {
		return false
	}
	if !slices.ContainsFunc(st.phrases, func(ph phrase) bool { return ph.kind == TypeDate }) {
		// No date typed at Build, so no month or weekday to read.
		return onDay(day, m, d)
	}
	if day == 0 && !mayNameMonth(st.text, m) {
		// Undated, the sentence names the day by a month's token only
		// (no weekday is read against a date), and it holds none of m's:
		// it is not tokenized.
		return false
	}
	dated := false
	toks := sc.tokensOf(ix, s)
	for i, t := range toks {
		if mi, di, ok := dayAt(toks, i); ok {
			if mi == m && (di == d || d == 0) {
				return true
			}
			dated = true
			continue
		}
		if d == 0 && i > 0 && t.cap && monthOf(t.text) == m {
			return true
		}
		wd, ok := weekdayOf(t.text)
		if !ok || day == 0 {
			continue
		}
		dated = true
		pub := time.Unix(int64(day)*86400, 0).UTC()
		back := (int(pub.Weekday()) - int(wd) + 7) % 7
		at := pub.AddDate(0, 0, -back)
		if i > 0 && toks[i-1].text == "next" {
			at = pub.AddDate(0, 0, 7-back) // a week on when it is today's weekday
		}
		if at.Month() == m && (at.Day() == d || d == 0) {
			return true
		}
	}
	return !dated && onDay(day, m, d)
}

// mayNameMonth reports whether a token of text (tokenize) may name month
// m (monthOf): false only when none can. Such a token opens with the first
// minMonthPrefix letters of m's name (p), and every token is one of:
//   - a word of text lowered, less the stops, commas and apostrophes
//     scanWord keeps inside it ("S.e.p." reads "sep", "o'clock"
//     "oclock"), or a piece of one (maxTokenBytes), with its letters
//     folded (foldAccents) when it holds a letter that is not ASCII;
//   - a spelling or a phrase of tokenwords.txt, whose input holds p
//     whenever its output does (TestRewritesKeepMonths);
//   - a number in digits, "percent" or "not", which hold no p.
//
// So mayNameMonth reads text ASCII-lowered with those stops, commas and
// apostrophes left out and any other byte that ends a word read as a
// space, and reports whether p is in it, through a window of the last
// minMonthPrefix bytes read; a letter or a mark that is not ASCII, which
// may fold to one of p's, makes it true at once. It lets namesDay pass
// over the undated sentences that name no month of the question's without
// tokenizing them.
func mayNameMonth(text string, m time.Month) bool {
	var want, win uint32
	for _, c := range []byte(monthNames[m-1][:minMonthPrefix]) {
		want = want<<8 | uint32(c)
	}
	const mask = 1<<(8*minMonthPrefix) - 1
	for i := 0; i < len(text); {
		c := monthBytes[text[i]]
		switch c {
		case monthDrop:
			i++
			continue
		case monthRune:
			r, w := utf8.DecodeRuneInString(text[i:])
			i += w
			switch {
			case isApostrophe(r):
				continue
			case isWordRune(r):
				return true
			}
			c = ' '
		default:
			i++
		}
		if win = (win<<8 | uint32(c)) & mask; win == want {
			return true
		}
	}
	return false
}

// monthBytes is what mayNameMonth reads a byte of text as: an ASCII letter
// or digit lowered, monthDrop for the stops, commas and apostrophes a word
// may hold, monthRune for a byte of a rune that is not ASCII, and a space
// for any other byte.
var monthBytes = func() (t [256]byte) {
	for c := range t {
		switch {
		case c == '.' || c == ',' || c == '\'':
			t[c] = monthDrop
		case c >= utf8.RuneSelf:
			t[c] = monthRune
		case 'A' <= c && c <= 'Z':
			t[c] = byte(c) + 'a' - 'A'
		case isWordByte(byte(c)):
			t[c] = byte(c)
		default:
			t[c] = ' '
		}
	}
	return t
}()

// The classes of monthBytes that are no byte of a word.
const (
	monthDrop = 1
	monthRune = 2
)

// onDay reports whether a document dated day (days since 1970; 0 for an
// undated one) is of month m and day d (any day of the month for d 0).
func onDay(day int32, m time.Month, d int) bool {
	if day == 0 {
		return false
	}
	pub := time.Unix(int64(day)*86400, 0).UTC()
	return pub.Month() == m && (pub.Day() == d || d == 0)
}

// preferAskedDay moves to the top of sc.top (sorted by model score) the
// best candidate that names the day the question asks about (askedDay,
// namesDay) when the winner does not, and the candidate holds at least
// outdatedShare of the winner's matched question weight: another day's
// figure of the same words is not the answer. It revises the winner, as
// preferNewer's candidate does. When the winner names the day, the
// candidates that do not are marked offDay: they do not answer for that
// day, and the winner's margin is not taken over them.
func (ix *Index) preferAskedDay(q *Question, sc *scratch) {
	if len(sc.top) < 2 {
		return
	}
	m, d, ok := askedDay(q)
	if !ok {
		return
	}
	w := sc.top[0]
	if !ix.namesDay(sc, w.sent, m, d) {
		for i, c := range sc.top[1:] {
			if c.mass < w.mass*outdatedShare || !ix.namesDay(sc, c.sent, m, d) {
				continue
			}
			sc.promote(i+1, true)
			break
		}
	}
	if ix.namesDay(sc, sc.top[0].sent, m, d) {
		for i := 1; i < len(sc.top); i++ {
			sc.top[i].offDay = !ix.namesDay(sc, sc.top[i].sent, m, d)
		}
	}
}
