package corpus

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// textBlocks splits plain text into blocks: each non-blank line is a block,
// except that a line continues the paragraph above when that one does not
// end a sentence and the line starts with a lowercase letter, or its first
// word would not have fitted on the line above (text wrapped at a fixed
// width: "run for the council by" / "Greenway Environmental Services.",
// "open from Friday to Sunday" / "10:00 to 15:00, selling ..."). List
// markers ("•", "-", "1.") are removed and the line becomes a list item;
// so do the lines under a line that ends with a colon ("Opening hours:"),
// until a blank line. A short line in capitals after a blank line, below
// the first line, is marked as the label of a section ("SUMMARY", "WHAT
// HAPPENED"; see capsHeading), which is no byline; a short numbered one
// directly over its paragraph ("1. Release 3.3") is the section's heading
// (numberedLabels). The questions of a FAQ are headings too, each over
// its answer (faqQuestions): a paragraph after "Q:" over one after "A:",
// and a question or a numbered entry over an answer indented under it.
func textBlocks(text string) blocks {
	var (
		out  blocks
		cont []string // lines continuing the last block
		last string   // the last line read into that block
		// lastWidth is last's width as written: its runes with its
		// indentation and the spaces inside it, as wrapWidth counts a
		// line's.
		lastWidth int
		// lastIndent is last's indentation as written (indentOf).
		lastIndent int
		// numbered, afterBlank and overText say, by block, whether it
		// was a numbered list item, followed a blank line, and had a
		// paragraph line directly under it (numberedLabels).
		numbered, afterBlank, overText []bool
	)
	join := func() {
		if len(cont) > 0 {
			b := &out[len(out)-1]
			b.text += " " + strings.Join(cont, " ")
			cont = cont[:0]
		}
	}
	open := false  // whether the last block may take a continuation line
	blank := false // whether a blank line came since the last block
	// listed is true under a line that ends with a colon ("Opening
	// hours:"), until a blank line: the lines there are its list's
	// items, as a list's in Markdown are ("April to September: every day
	// 8:00 to 18:00").
	listed := false
	width := wrapWidth(text)
	lines := slices.Collect(strings.Lines(text))
	questions := faqQuestions(lines)
	// In a FAQ, one whose questions ask (a question mark, a "Q:"), its
	// numbered entries written as statements are questions too ("I
	// found a bug in zlib."): headings that state no answer.
	faq := false
	for start, end := range questions {
		faq = faq || faqLabel(strings.TrimSpace(lines[start]), 'Q') > 0 || strings.HasSuffix(strings.TrimSpace(lines[end]), "?")
	}
	// optHead is the index of the heading of an option list's term whose
	// description is being read, and optIndent the term's indentation:
	// the description ends at the first line indented no deeper.
	optHead, optIndent := -1, 0
	for i := 0; i < len(lines); i++ {
		if optHead >= 0 && strings.TrimSpace(lines[i]) != "" && indentOf(lines[i]) <= optIndent {
			join()
			out[optHead].holds = len(out) - optHead
			optHead = -1
		}
		if end, ok := questions[i]; ok && OptionTerm(lines[i]) {
			// An option list's term: a heading one level below the
			// section it stands in, over its description alone.
			join()
			text := normSpace(strings.TrimRight(lines[i], "\n"))
			out = append(out, block{text: text, kind: KindHeading})
			numbered, afterBlank, overText = append(numbered, false), append(afterBlank, true), append(overText, false)
			last, open, blank, listed = text, false, false, false
			optHead, optIndent = len(out)-1, indentOf(lines[i])
			i = end
			continue
		}
		if end, ok := questions[i]; ok {
			// A FAQ's question, read whole as one heading: its lines
			// joined, its "Q:" or number dropped as a list's marker is.
			join()
			q := make([]string, 0, end-i+1)
			for _, l := range lines[i : end+1] {
				q = append(q, normSpace(strings.TrimRight(l, "\n")))
			}
			text := strings.Join(q, " ")
			if n := faqLabel(text, 'Q'); n > 0 {
				text = strings.TrimSpace(text[n:])
			} else if n := bulletMarker(text); n > 0 {
				text = strings.TrimSpace(text[n:])
			}
			out = append(out, block{text: text, kind: KindHeading, level: 1, asks: faq})
			numbered, afterBlank, overText = append(numbered, false), append(afterBlank, true), append(overText, false)
			last, open, blank, listed = text, false, false, false
			i = end
			continue
		}
		line := normSpace(strings.TrimRight(lines[i], "\n"))
		if line == "" {
			open, blank, listed = false, true, false
			continue
		}
		if n := faqLabel(line, 'A'); n > 0 && len(out) > 0 && out[len(out)-1].kind == KindHeading && blank {
			// The "A:" before a FAQ's answer is its label, not its text.
			line = strings.TrimSpace(line[n:])
		}
		kind := KindParagraph
		num := false
		if n := bulletMarker(line); n > 0 {
			num = line[0] >= '0' && line[0] <= '9'
			line = strings.TrimSpace(line[n:])
			kind = KindItem
			if line == "" {
				continue
			}
		}
		if open && kind == KindParagraph && continues(last, lastWidth, line, width, indentOf(lines[i]) == lastIndent) {
			cont = append(cont, line)
			last, lastWidth, lastIndent = line, lineRunes(lines[i]), indentOf(lines[i])
			listed = listed || out[len(out)-1].kind == KindParagraph && strings.HasSuffix(line, ":")
			continue
		}
		join()
		if listed && kind == KindParagraph {
			kind = KindItem
		}
		caps := kind == KindParagraph && blank && len(out) > 0 && capsHeading(line)
		if len(out) > 0 && !blank && kind == KindParagraph {
			overText[len(out)-1] = true
		}
		out = append(out, block{text: line, kind: kind, capsLabel: caps})
		numbered, afterBlank, overText = append(numbered, num), append(afterBlank, blank), append(overText, false)
		last, lastWidth, lastIndent, open, blank = line, lineRunes(lines[i]), indentOf(lines[i]), true, false
		listed = listed || kind == KindParagraph && strings.HasSuffix(line, ":")
	}
	join()
	if optHead >= 0 {
		out[optHead].holds = len(out) - optHead
	}
	numberedLabels(out, numbered, afterBlank, overText)
	return out
}

// numberedLabels makes headings of the numbered labels of a plain text's
// sections ("1. Release 3.3", "2. TSC elections" of minutes): a list item
// marked with a number, after a blank line, of at most maxCapsHeading
// words and no sentence or label punctuation at its end, directly over a
// paragraph line.
func numberedLabels(out blocks, numbered, afterBlank, overText []bool) {
	for i := range out {
		b := &out[i]
		if b.kind != KindItem || !numbered[i] || !afterBlank[i] || !overText[i] {
			continue
		}
		if len(strings.Fields(b.text)) > maxCapsHeading || endsSentence(b.text) || strings.ContainsAny(b.text[len(b.text)-1:], ":;,") {
			continue
		}
		b.kind, b.level, b.numLabel = KindHeading, 1, true
	}
}

// maxCapsHeading is the most words a line in capitals may have to be
// read as a heading: a section's name, not a shouted sentence.
const maxCapsHeading = 8

// capsHeading reports whether line reads as the heading of a plain-text
// file's section: at most maxCapsHeading words, letters and no lowercase
// one, two capitals at least, and no sentence or label punctuation at
// its end ("SUMMARY", "WHAT HAPPENED", "CUSTOMER DATA"; not "NOTE:" or
// "DO NOT ENTER.").
func capsHeading(line string) bool {
	if len(strings.Fields(line)) > maxCapsHeading || endsSentence(line) {
		return false
	}
	switch line[len(line)-1] {
	case ':', ';', ',':
		return false
	}
	return inCapitals(line)
}

// ManualNames returns the commands a manual page's title names: the
// words before " - " of a title written as a manual page's NAME line,
// "gzip, gunzip, zcat - compress or expand files", each a lower-case
// word parted from the next by a comma. Any other title names none
// ("Trade talks - Reuters"). Such a title marks the document a manual
// page (lastCapsSection), and the index reads the names as words of
// code (qa's codeSet).
func ManualNames(title string) []string {
	head, _, ok := strings.Cut(title, " - ")
	if !ok {
		return nil
	}
	names := strings.Split(head, ",")
	for i, w := range names {
		w = strings.TrimSpace(w)
		if first, _ := utf8.DecodeRuneInString(w); !unicode.IsLower(first) || strings.IndexFunc(w, unicode.IsSpace) >= 0 {
			return nil
		}
		names[i] = w
	}
	return names
}

// inCapitals reports whether s is written in capitals: no lowercase
// letter, and two capitals at least (a label, a shouted heading).
func inCapitals(s string) bool {
	upper := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			upper++
		}
	}
	return upper >= 2
}

// continues reports whether next looks like the wrapped rest of prev, the
// line above it: prev is long and does not end a sentence, and next starts
// in lowercase or, in text wrapped at width runes (0 when it is not, see
// wrapWidth), next's first word would not have fitted on prev's line,
// prevWidth runes as written (its indentation and double spaces counted,
// as wrapWidth counts them: zlib's FAQ indents its answers four spaces
// and puts two after a stop, "... passed by reference" / "("as any"),
// ..."). A
// first word that is a number counts with the word after it, as writers
// and editors keep a number with its unit or month on one line ("From
// Monday" / "1 June 2026 bookings ...", "6 miles"). In wrapped text, a
// line that comes within wrapMargin of the width and is indented as
// next is (sameIndent) is continued by next whatever its first word:
// an editor that fills a paragraph breaks a line near the width, so a
// full line of the paragraph's indentation that ends no sentence is cut
// in it, however loosely it was filled (XZ Utils' FAQ: "XZ Utils are
// the successor to" / "LZMA Utils.", 67 runes of a 75-rune width).
func continues(prev string, prevWidth int, next string, width int, sameIndent bool) bool {
	if utf8.RuneCountInString(prev) < 30 || endsSentence(prev) {
		return false
	}
	switch prev[len(prev)-1] {
	case ':', ';':
		return false
	}
	if startsLower(next) || width > 0 && sameIndent && prevWidth >= width-wrapMargin {
		return true
	}
	first, rest, _ := strings.Cut(next, " ")
	if first != "" && first[0] >= '0' && first[0] <= '9' && rest != "" {
		unit, _, _ := strings.Cut(rest, " ")
		first += " " + unit
	}
	return width > 0 && prevWidth+1+utf8.RuneCountInString(first) > width
}

// The widths at which plain text is wrapped by hand or by an editor, and
// how many of its lines come near its longest one (wrapMargin runes short
// of it at most) when it is: a file whose longest line is within the
// widths and has at least wrapFull such lines, that one included, is read
// as wrapped (wrapWidth).
const (
	minWrapWidth = 60
	maxWrapWidth = 100
	wrapMargin   = 12
	wrapFull     = 4
)

// wrapWidth returns the width text's lines were wrapped at: the length in
// runes of its longest line when that is between minWrapWidth and
// maxWrapWidth and wrapFull lines come within wrapMargin of it, else 0. A
// text with longer lines is not wrapped, and one with a single long line
// (a title, a menu above short lines) gives no width to judge by.
func wrapWidth(text string) int {
	width := 0
	for line := range strings.Lines(text) {
		width = max(width, lineRunes(line))
	}
	if width < minWrapWidth || width > maxWrapWidth {
		return 0
	}
	full := 0
	for line := range strings.Lines(text) {
		if lineRunes(line) >= width-wrapMargin {
			full++
		}
	}
	if full < wrapFull {
		return 0
	}
	return width
}

// lineRunes is the length in runes of line without the white space at its
// end.
func lineRunes(line string) int {
	return utf8.RuneCountInString(strings.TrimRight(line, " \t\r\n"))
}

// maxFAQQuestion is the most words a FAQ's question may have, and
// maxFAQLines the most lines, to be read as the heading over an indented
// answer (faqQuestions): a question, not a paragraph of the answer.
const (
	maxFAQQuestion = 40
	maxFAQLines    = 3
)

// faqQuestions finds the questions of a plain-text FAQ among lines (the
// text's lines, each with its line break) and returns, for the first line
// of each, the index of its last line. A question is a paragraph (lines
// between blank ones) followed by its answer, another paragraph, and is
// either labelled "Q:" over an answer labelled "A:" (XZ Utils' FAQ), or
// indented less than its answer, whose lines are indented under it, and
// ends with a question mark or is numbered as a list item (" 4.
// compress() returns Z_BUF_ERROR." over zlib's answer, "Why do long
// usernames get printed as numbers?" over procps's tab-indented one), at
// most maxFAQLines lines and maxFAQQuestion words, and not a lead-in
// ending with a colon over an indented command. The term of an option
// list, a line of options (optionHeadRE) over its description indented
// under it, is read the same way: the heading of its description.
func faqQuestions(lines []string) map[int]int {
	type para struct{ start, end int }
	var paras []para
	for i := 0; i < len(lines); i++ {
		if strings.TrimSpace(lines[i]) == "" {
			continue
		}
		j := i
		for j+1 < len(lines) && strings.TrimSpace(lines[j+1]) != "" {
			j++
		}
		paras = append(paras, para{i, j})
		i = j
	}
	var out map[int]int
	for _, p := range paras {
		// An option list's term on its own line, its description
		// indented under it with no blank line between ("-c, --check"
		// over "Check the file and exit."), as a manual page's text
		// lays out its options.
		if p.end > p.start && OptionTerm(lines[p.start]) && indentOf(lines[p.start]) < indentOf(lines[p.start+1]) {
			if out == nil {
				out = make(map[int]int)
			}
			out[p.start] = p.start
		}
	}
	for k := 0; k+1 < len(paras); k++ {
		p, next := paras[k], paras[k+1]
		first := strings.TrimSpace(lines[p.start])
		if _, ok := out[p.start]; ok {
			continue
		}
		labelled := faqLabel(first, 'Q') > 0 && faqLabel(strings.TrimSpace(lines[next.start]), 'A') > 0
		if !labelled {
			if p.end-p.start+1 > maxFAQLines || indentOf(lines[p.start]) >= indentOf(lines[next.start]) {
				continue
			}
			if p.end == p.start && optionHeadRE.MatchString(first) {
				// An option list's term over its indented description
				// ("-c, --check" over "Check the file and exit."), as a
				// manual page's text lays out its options.
				if out == nil {
					out = make(map[int]int)
				}
				out[p.start] = p.end
				continue
			}
			var words int
			for _, l := range lines[p.start : p.end+1] {
				words += len(strings.Fields(l))
			}
			last := strings.TrimSpace(lines[p.end])
			numbered := first[0] >= '0' && first[0] <= '9' && bulletMarker(first) > 0
			if words > maxFAQQuestion || strings.HasSuffix(last, ":") || !strings.HasSuffix(last, "?") && !numbered {
				continue
			}
		}
		if out == nil {
			out = make(map[int]int)
		}
		out[p.start] = p.end
	}
	return out
}

// faqLabel returns the length of the FAQ label that opens s ("Q:" when
// letter is 'Q', "A:" for 'A') with the space after it, or 0 when s does
// not open with it.
func faqLabel(s string, letter byte) int {
	if len(s) < 3 || s[0] != letter || s[1] != ':' || s[2] != ' ' && s[2] != '\t' {
		return 0
	}
	return 3
}

// indentOf is the width of line's leading white space, a tab taking it
// to the next multiple of eight columns.
func indentOf(line string) int {
	w := 0
	for _, r := range line {
		switch r {
		case ' ':
			w++
		case '\t':
			w += 8 - w%8
		default:
			return w
		}
	}
	return w
}
