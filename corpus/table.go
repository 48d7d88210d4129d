package corpus

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
)

// Merged table cells, one rule for every reader.
//
// A table's cells are laid out by grid column, so that each cell stays
// under its column's header even where cells are merged. A cell that spans
// columns (HTML's colspan, Word's gridSpan, no side of a cell drawn between
// two columns of a PDF) fills each of them with its text; a cell that
// spans rows (HTML's rowspan, Word's vMerge, no rule drawn between two
// rows of a PDF) fills its column in the rows below. A reader marks each
// grid cell that is part of another's merged cell, and fillMerged fills
// the marked cells; the HTML and Word readers, which meet the cells one by
// one, build their rows with a tableGrid, and write a cell spanning
// columns once in the row's text where the header does not name the
// columns apart (addGridRow).

// mergeMark says of which merged cell a grid cell is part: 0 for a cell of
// its own.
type mergeMark uint8

// The marks, which may be combined.
const (
	// mergedDown: the cell of the row above goes on into this one.
	mergedDown mergeMark = 1 << iota
	// mergedRight: the cell of the column before spans this one.
	mergedRight
)

// fillMerged fills the empty cells of a row that are parts of merged
// cells, as marks says by column: a cell merged down takes the text of the
// cell above it, in above (the row above, nil when there is none), and,
// where above has none, a cell spanned takes the text of the cell before
// it, itself filled first. A cell that holds text keeps it.
func fillMerged(cells, above []string, marks []mergeMark) {
	for k := range min(len(cells), len(marks)) {
		switch m := marks[k]; {
		case cells[k] != "":
		case m&mergedDown != 0 && k < len(above):
			cells[k] = above[k]
		case m&mergedRight != 0 && k > 0:
			cells[k] = cells[k-1]
		}
	}
}

// tableGrid builds the rows of a table from its cells, met one by one in
// reading order, filling merged cells (see fillMerged). The zero value is
// an empty table.
type tableGrid struct {
	// above holds, by column, the cell of the last row that reached the
	// column.
	above []string
	// down holds, by column, how many rows below the row being read a
	// cell above spans yet (rowspan).
	down  []int
	cells []string
	marks []mergeMark
	// spanned holds, by column, whether each cell of the row endRow last
	// returned is part of the merged cell before it (see endRow);
	// aboveSpanned the same of the cell in above.
	spanned, aboveSpanned []bool
}

// add adds a cell to the row being read: its text, in the next column and
// the cols-1 columns after it. It spans the rows-1 rows below it (both
// cols and rows are at least 1); down says it goes on from the cell above
// instead, and its own text is not read. The cells of rows above that span
// down into the next column are added first.
func (g *tableGrid) add(text string, cols, rows int, down bool) {
	g.carry()
	for i := range max(cols, 1) {
		k := len(g.cells)
		cell, m := text, mergeMark(0)
		if down {
			cell, m = "", mergedDown
		}
		if i > 0 {
			cell, m = "", m|mergedRight
		}
		g.cells = append(g.cells, cell)
		g.marks = append(g.marks, m)
		if rows > 1 {
			for len(g.down) <= k {
				g.down = append(g.down, 0)
			}
			g.down[k] = rows - 1
		}
	}
}

// carry adds the cells of rows above that span down into the next
// columns of the row being read.
func (g *tableGrid) carry() {
	for k := len(g.cells); k < len(g.down) && g.down[k] > 0; k++ {
		g.cells = append(g.cells, "")
		g.marks = append(g.marks, mergedDown)
		g.down[k]--
	}
}

// endRow ends the row being read, the cells of rows above that span down
// into it added, and returns its cells, merged cells filled. The next cell
// added starts a new row. It sets g.spanned: a cell is part of the merged
// cell before it when it is filled from that cell (a colspan, a gridSpan),
// or from the cell above that was itself part of the merged cell before
// it (a cell spanning rows and columns), its text the same.
func (g *tableGrid) endRow() []string {
	g.carry()
	cells := g.cells
	fillMerged(cells, g.above, g.marks)
	g.spanned = make([]bool, len(cells))
	for k := 1; k < len(cells); k++ {
		switch m := g.marks[k]; {
		case cells[k] == "" || cells[k] != cells[k-1]:
		case m&mergedDown != 0 && k < len(g.above):
			g.spanned[k] = k < len(g.aboveSpanned) && g.aboveSpanned[k]
		case m&mergedRight != 0:
			g.spanned[k] = true
		}
	}
	for len(g.above) < len(cells) {
		g.above = append(g.above, "")
		g.aboveSpanned = append(g.aboveSpanned, false)
	}
	copy(g.above, cells)
	copy(g.aboveSpanned, g.spanned)
	g.cells, g.marks = nil, nil
	return cells
}

// joinedSpans returns, by column, whether a cell is part of the merged
// cell before it in a header of two rows joined by column ("Longest loan"
// over "Staff" and "Visitors"): it is when it is in both rows, a and b
// (tableGrid.spanned of each).
func joinedSpans(a, b []bool) []bool {
	spans := make([]bool, min(len(a), len(b)))
	for k := range spans {
		spans[k] = a[k] && b[k]
	}
	return spans
}

// addGridRow adds a table row as addRow does, but writes a merged cell
// that spans columns once: a cell that spanned says is part of the merged
// cell before it is left out of the row's text unless the header names
// its column, apart from the one before ("3 days" under "Longest loan
// Staff" and "Longest loan Visitors" is each column's; a column past the
// header's cells, or under an empty one, is named by none). A key and its
// value set in a form's table ("Instructor:" beside a cell spanning three
// columns) read "Instructor:; Hayley Boyce", not the name three times.
// The row's cells keep each column's text, for the header's columns.
func (bs *blocks) addGridRow(cells, header []string, spanned []bool) {
	for i, c := range cells {
		cells[i] = normSpace(c)
	}
	shown := cells
	if len(spanned) > 0 {
		shown = slices.Clone(cells)
	}
	for k := 1; k < min(len(shown), len(spanned)); k++ {
		if h := at(header, k); spanned[k] && (h == "" || h == at(header, k-1)) {
			shown[k] = ""
		}
	}
	if text := rowText(shown); text != "" {
		*bs = append(*bs, block{text: text, kind: KindRow, cells: cells, header: header})
	}
}

// maxCaptionWords is the most words a line without a table label ("Table
// 1:") may have to be read as the caption of the table right below it: a
// title ("Key figures for 2025", "Opening hours"), not a paragraph that
// happens to come before a table.
const maxCaptionWords = 12

// captionTables gives the rows of each table of blocks their caption
// (Block.Caption): a paragraph right above or right below the table that
// opens with a table label ("Table 1:", "Table 2.3.", "Table A –"), as
// LaTeX, Word and LibreOffice number captions, or a short line right
// above it that is no sentence (a Markdown title line, an HTML <caption>,
// a bold line over a Word table). A label is left out of the caption; the
// caption's own block stays as it is.
//
// Rows whose reader already gave them a caption (Block.Caption, from an
// HTML <caption>) keep it. A line on another page than the table's row
// next to it captions nothing (samePage).
func captionTables(bs []Block) {
	captionRuns(len(bs),
		func(i int) bool { return bs[i].Kind == KindRow && bs[i].Caption == "" },
		func(i int, above bool) string {
			if !samePage(bs, i, above) {
				return ""
			}
			if above && i+1 < len(bs) && rowShaped(bs[i].Text, bs[i+1].Cells) {
				return ""
			}
			return tableCaption(bs[i], above)
		},
		func(i int, caption string) { bs[i].Caption = caption })
}

// samePage reports whether block i stands on the page of the table row
// next to it, below it when above, else above it: a caption is set on
// its table's page, where the last line of the page before (the version
// line of nDPI's cover over its credits table atop page 2) is none.
// Blocks of formats without pages are all on page 0.
func samePage(bs []Block, i int, above bool) bool {
	j := i - 1
	if above {
		j = i + 1
	}
	return j < 0 || j >= len(bs) || bs[i].Page == bs[j].Page
}

// captionRuns gives each run of uncaptioned table rows among n blocks the
// caption of the block right above it, or else of the block right below
// it: caption(i, above) is the caption block i gives the table next to it,
// "" when it gives none, and set(i, c) gives row i caption c. The blocks
// of a format's reader (markStyledCaptions) and a document's blocks
// (captionTables) are read the same way.
func captionRuns(n int, uncaptioned func(i int) bool, caption func(i int, above bool) string, set func(i int, c string)) {
	for i := 0; i < n; {
		if !uncaptioned(i) {
			i++
			continue
		}
		j := i
		for j < n && uncaptioned(j) {
			j++
		}
		c := ""
		if i > 0 {
			c = caption(i-1, true)
		}
		if c == "" && j < n {
			c = caption(j, false)
		}
		for k := i; k < j; k++ {
			set(k, c)
		}
		i = j
	}
}

// rowShaped reports whether line s is shaped like a table row of the
// given cells: its words are as many as the cells' words, and a number
// stands wherever the row has one, at two places or more (valgrind's
// cg_annotate line "446,587 1 1 … concord.c:add_existing" over the rows
// it was not read among). Such a line is a row its reader left out of
// the table, not the table's caption.
func rowShaped(s string, cells []string) bool {
	var row []string
	for _, c := range cells {
		row = append(row, strings.Fields(c)...)
	}
	words := strings.Fields(s)
	if len(words) != len(row) {
		return false
	}
	numbers := 0
	for k, w := range row {
		if numberWord(w) != numberWord(words[k]) {
			return false
		}
		if numberWord(w) {
			numbers++
		}
	}
	return numbers >= 2
}

// numberWord reports whether w is a number as a table's cell writes
// one: digits, with the commas and points that group and part them
// ("14,057", "3.5").
func numberWord(w string) bool {
	return numberWordRE.MatchString(w)
}

// numberWordRE matches a number a table's cell holds (numberWord).
var numberWordRE = regexp.MustCompile(`^[-+]?\d[\d,.]*%?$`)

// tableCaption returns the caption b gives the table next to it (above it
// when above), without its label, or "" when b is no caption.
func tableCaption(b Block, above bool) string {
	if b.Kind != KindParagraph {
		return ""
	}
	if rest, ok := cutTableLabel(b.Text); ok {
		return rest
	}
	if above && !endsSentence(b.Text) && !captionBreakRE.MatchString(b.Text) && len(strings.Fields(b.Text)) <= maxCaptionWords {
		return strings.TrimRight(b.Text, ": ")
	}
	return ""
}

// captionBreakRE matches a sentence's end inside a paragraph (a word of
// three letters or more, a full stop, question or exclamation mark, a
// space and a capital), which no title line holds: a paragraph of
// sentences whose last one is cut short ("Formal or informal mechanisms?
// How often? E.g., Speedbacks: …" in a Word template's cell) is no
// table's caption. An abbreviation of two letters ("vs. Baseline") is
// not taken for an end.
var captionBreakRE = regexp.MustCompile(`\p{Ll}{3}[.!?]["'”’)]?\s+\p{Lu}`)

// markStyledCaptions gives the rows of each table of bs the caption of
// the paragraph right above it, or else right below it, that its reader
// knows as a caption by its style (block.captionStyle), whatever its
// length or shape; but not one that opens with the label of something
// else, "Figure 3:" (otherLabel). Rows that have a caption keep it.
func markStyledCaptions(bs blocks) {
	captionRuns(len(bs),
		func(i int) bool { return bs[i].kind == KindRow && bs[i].caption == "" },
		func(i int, _ bool) string {
			if !bs[i].captionStyle || otherLabel(bs[i].text) {
				return ""
			}
			return captionText(bs[i : i+1])
		},
		func(i int, caption string) { bs[i].caption = caption })
}

// otherLabel reports whether s opens with the label of something other
// than a table: a word other than "Table" and a number ("Figure 3:",
// "Illustration 2 –", "Abbildung 1."), as a figure's caption does.
func otherLabel(s string) bool {
	label, _, ok := labelNumber(s)
	if !ok || label == "Table" {
		return false
	}
	for _, r := range label {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return unicode.IsUpper([]rune(label)[0])
}

// labelNumber splits the label and number s opens with, as a caption
// opens ("Figure 3:" gives "Figure" and "3:"): its first word, and its
// second when that starts with a digit; ok is false otherwise.
func labelNumber(s string) (label, number string, ok bool) {
	f := strings.Fields(s)
	if len(f) < 2 || f[1][0] < '0' || f[1][0] > '9' {
		return "", "", false
	}
	return f[0], f[1], true
}

// wordCaptionLabels are the labels Word's Insert Caption dialog offers
// (its caption field writes the label, a space and the number a SEQ
// field counts: "Figure 4", "Table 2", "Equation 1").
var wordCaptionLabels = []string{"Figure", "Table", "Equation"}

// captionLabel reports whether s opens with the label and number of a
// caption as Word's caption field writes them ("Figure 4: Illustration
// of the audit method", "Table 2.1 – Fees", "Figure  1:" with the two
// spaces a converted file keeps): one of wordCaptionLabels, then a
// number, bare or followed by its separator (a colon, stop or dash).
// Such a paragraph is the caption of the figure or table beside it,
// whatever its formatting, never the heading of what follows.
func captionLabel(s string) bool {
	label, num, ok := labelNumber(s)
	if !ok || !slices.Contains(wordCaptionLabels, label) {
		return false
	}
	return strings.Trim(strings.TrimRight(num, ":.-–—"), "0123456789.-") == ""
}

// captionText returns the caption that the blocks read from a caption
// element give their table: their text, without a table label ("Table
// 1:") or a colon at its end; "" when they hold a table row (a table in
// the caption is no title).
func captionText(bs []block) string {
	var texts []string
	for _, b := range bs {
		if b.kind == KindRow {
			return ""
		}
		texts = append(texts, b.text)
	}
	t := strings.Join(texts, " ")
	if rest, ok := cutTableLabel(t); ok {
		t = rest
	}
	return strings.TrimRight(t, ": ")
}

// cutTableLabel returns s without the table label it opens with, "Table"
// and a number or letter of at most a few characters followed by a colon,
// full stop or dash ("Table 1: ", "Table 2.3. ", "Table A – "), and true;
// or s and false when it opens with none or nothing follows the label.
func cutTableLabel(s string) (string, bool) {
	rest, ok := strings.CutPrefix(s, "Table ")
	if !ok {
		return s, false
	}
	n := 0
	for n < len(rest) && n < 6 && (rest[n] >= '0' && rest[n] <= '9' || rest[n] >= 'A' && rest[n] <= 'Z' || rest[n] == '.') {
		n++
	}
	if n == 0 {
		return s, false
	}
	label, after := strings.TrimRight(rest[:n], "."), strings.TrimLeft(rest[n:], " ")
	if label == "" || !strings.ContainsAny(label, "0123456789") && len(label) > 1 {
		return s, false
	}
	switch {
	case strings.HasPrefix(after, ":"):
		after = after[1:]
	case strings.HasPrefix(after, "–"), strings.HasPrefix(after, "—"):
		after = after[len("–"):]
	case strings.HasPrefix(after, "-"):
		after = after[1:]
	case strings.HasSuffix(rest[:n], "."):
	default:
		return s, false
	}
	after = strings.TrimSpace(after)
	if after == "" {
		return s, false
	}
	return after, true
}
