package corpus

// The layout of PDF text: from glyphs to blocks.
//
//  1. rows: glyphs on one baseline form a row, sorted left to right; a gap
//     wider than a fifth of the font size is a space between words (a space
//     glyph is one too, unless drawn over the text: drawnOver; so is a
//     change of slant at a capital opening a capitalised word, or of
//     weight after a bold label's colon: fontStarts), and
//     a gap wider than segmentGap ems cuts the row into segments (the
//     columns of a page or of a table); once the page's lines are in
//     reading order, a narrower gap is cut too where a segment of the
//     line above or below starts, if it is wider than half an em and
//     than twice the line's narrowest space (a table's cell whose text
//     nearly fills its column: splitAtColumns). Footnote marks (small raised
//     digits or signs after a word, or opening a footnote) leave the text.
//     A short rule on the baseline between glyphs is TeX's underscore; a
//     glyph its font does not name is a bullet before the row's text and
//     nothing elsewhere.
//  2. page chrome: the top and bottom rows of a page that repeat on other
//     pages (digits aside), that hold the page's number beside their text,
//     or that are a page number alone ("7", "Page 7 of 9", "- 7 -") are
//     running headers, footers and page numbers; they leave the text.
//  3. columns: when most rows of a page have segments on both sides of one
//     vertical gutter and few rows cross it, the page has two columns. Rows
//     that cross the gutter (a title, a figure across the page) are read
//     where they are; between them the left column is read before the
//     right.
//  4. paragraphs: the lines of a table of contents (titles and page
//     numbers that list the headings further on, or section numbers and
//     titles that lines further on repeat) leave the text. Lines
//     join into a paragraph until a wider vertical gap, an indented first
//     line, a change of font size or weight, a list marker, a line left of
//     a list item's text, a short line that ends a sentence, or a line
//     ended far short of the column before a capital (brokenShort), or a
//     centred line of a title page's fields over the next (centredFields);
//     a title or heading centred on two lines is one. A paragraph cut by
//     a column or page break goes on when its last line ends mid-sentence.
//     A word hyphenated at the end of a line is joined, unless the
//     document writes it with its hyphen
//     elsewhere, writes both its parts as words and never the whole
//     (compoundParts), or it is an option or holds another hyphen
//     (hyphenedWord); a hyphen before a capital is a compound's and stays,
//     but for a word in capitals the text writes whole and an identifier
//     in capitals (capsIdentifier).
//  5. kinds: a short paragraph in bold or in a larger size than the body is
//     a heading, its level given by its size among the headings; a
//     paragraph opening with a bullet or a number is a list item, unless
//     it is a heading numbered as text ("1. Pay" in bold over its
//     paragraph, "2. Turnaround" over "2.1 …"), which keeps its number;
//     rows of two or more aligned segments, two or more in a row, are a table,
//     unless they are numbered headings ("2 Methods"); its first row is
//     its header only when something sets it apart (weight, size, a rule
//     under it, its repetition on the next page, labels over numbers); a
//     table goes on past the footnotes at the foot of its page. A
//     footnote refers to the paragraph that holds its mark, and takes its
//     section.

import (
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Layout thresholds, in ems of the font size unless stated.
const (
	// wordGap is the smallest gap between glyphs that is a space: a gap
	// of a fifth of an em is one (groff sets man's italic "~/.manpath"
	// exactly that far after "of"), while kerning and italic corrections
	// stay under it (at most 0.1996 em in the test documents: man's
	// roman "[" before an italic "apropos").
	wordGap = 0.2
	// gapRounding is how far, in ems, a gap computed from a PDF's
	// coordinates in floating point may fall short of what the file
	// sets: a gap of wordGap, less this, is a space.
	gapRounding = 1e-6
	// kernSpace is the widest advance of a space character that is no
	// break between words: Ghostscript kerns a pair ("av e" of "Travel")
	// with a space its negative word spacing narrows to a few hundredths
	// of an em, where a space of justified text keeps at least a sixth.
	kernSpace = 0.1
	// termGap is the narrowest gap, in ems, after an option's bold term
	// that splitOptionTerms reads as the tab before the term's text on
	// its line: wider than a word space (a quarter of an em), narrower
	// than the half em groff leaves after a term as long as "--help"
	// whose text starts at the hanging indent.
	termGap = 0.45
	// termGapRatio is how much wider than every space between the words
	// after it that gap must be: a justified line's spaces widen to
	// two-thirds of an em, and the tab after a short term stands at two
	// ems and more.
	termGapRatio = 1.5
	// segmentGap is the smallest gap that cuts a row into segments.
	segmentGap = 0.9
	// spaceSlack is how far, in ems, the spaces of a justified line may
	// differ (justifiedSpaces): the rounding of the glyphs' places, a
	// hundredth of an em, with room to spare.
	spaceSlack = 0.05
	// minSpacedWords is the fewest words of a run that justifiedSpaces
	// reads as a justified line: three cells of a table's header may be
	// evenly spaced by chance ("Octal latin1 ascii" over columns of
	// codes in a manual page), four seldom are.
	minSpacedWords = 4
	// runningHeadGap is the narrowest space, in ems, between a running head's
	// page number and its text: wider than the quad or tab after a heading's
	// number.
	runningHeadGap = 4.0
	// cellGap is the narrowest gap, in ems, that splitAtColumns cuts a
	// segment at: the padding on the two sides of a cell's edge, which a
	// cell's text that nearly fills its column leaves narrower than
	// segmentGap, is wider than half an em; and the gap must also be
	// cellSpaceRatio times the narrowest space between the line's other
	// words, so that the even spaces of justified or monospaced prose
	// are never cut.
	cellGap = 0.5
	// cellSpaceRatio: see cellGap.
	cellSpaceRatio = 2.0
	// columnSlack is how far, in ems, left of a column's start a cell's text
	// may start and still be that column's: as far as the cells of two rows
	// may start apart and still line up (aligned), as a centred column's
	// wider cells start left of the first row's.
	columnSlack = 1.0
	// flushSlack is how far, in ems, the right edges of two first cells
	// may stand apart for rightFlushLabels to read them as labels set
	// flush right: as far as rounding moves text a typesetter aligned
	// on one edge (0 in a LaTeX table), under the ragged right edges of
	// a first column set flush left ("Email" over "Moorings," of a key
	// and value table, 0.2 ems apart).
	flushSlack = 0.1
	// rowTolerance is how far apart two baselines of one row may be
	// (superscripts, mixed fonts).
	rowTolerance = 0.45
	// chromeZone is the part of the page height, at the top and at the
	// bottom, where running headers and footers are looked for.
	chromeZone = 0.15
	// paragraphGap is the baseline distance, in multiples of the usual
	// line pitch, above which a new paragraph starts.
	paragraphGap = 1.45
	// sentenceGap is the baseline distance, in multiples of the usual
	// line pitch, above which a new paragraph starts after a line that
	// ends a sentence: wider than the spread of the leading within a
	// paragraph (gapPitchRatio), narrower than paragraphGap.
	sentenceGap = 1.25
	// smallSizeStep is the smallest change of font size, as a part of
	// the line above's, that starts a block (sizeBreak): when neither
	// line holds a word of the other's size (sharesSize).
	smallSizeStep = 0.05
	// sizeStep is the change of font size, as a part of the line
	// above's, that starts a block after a sentence's end whatever the
	// lines hold (sizeBreak), and within which numberGoesOn takes two
	// lines for one size.
	sizeStep = 0.1
	// minWrappedPitches is how many distances under full lines a
	// column needs for linePitch to take the pitch from them alone.
	minWrappedPitches = 3
	// blankLineSlack is how far, in pitches, a column's median distance
	// may be from a whole number of the pitch of its narrow distances
	// for blankLinePitch to read it as blank lines on a fixed grid: the
	// baselines of such text stand on its grid to within rounding
	// (BASICLU's verbatim blocks: 18.93 points against 9.47, 0.001 of
	// a pitch off).
	blankLineSlack = 0.05
	// gapPitchRatio is how much wider than the distance under a full
	// line the median distance of a column must be to be a gap between
	// paragraphs, not its pitch: wider than the spread of the leading
	// within a page's paragraphs and around a title's lines, narrower
	// than the gap of a blank line or of groff's paragraph spacing
	// (0.4 of a line and more).
	gapPitchRatio = 1.25
	// minFieldRun is the fewest entries of a field list in a run
	// (markFieldRuns) for each to end its line whatever its length
	// (fieldLines): two labelled lines in a row may be a sentence wrapped
	// before a word and a colon, three all but never are.
	minFieldRun = 3
	// forcedBreakRoom is how many ems more than the next line's first
	// word a line must leave free before its column's right edge for
	// brokenShort to read its end as a break its author made: wider
	// than the room an indented quote or a box narrower than the column
	// leaves at the end of its wrapped lines (8.7 ems in libtasn1's
	// notice of the GNU FDL, under 3 in a web page printed to PDF).
	forcedBreakRoom = 10.0
	// centredBreakRoom is how many ems more than the next line's first
	// word a centred line must be narrower than its column for
	// centredFields to read its end as a break its author made: a
	// centred line that wraps is full but for less than a word and its
	// space, while a title page's fields, one a line, leave room for
	// several words (8.2 ems beside "Document number: GOM-01").
	centredBreakRoom = 2.0
	// indentGap is the indent of a paragraph's first line.
	indentGap = 0.8
	// headingRatio is how much larger than the body text a heading is.
	headingRatio = 1.12
	// minLeaderRun is the fewest lines in a row, each a title, a leader
	// and a page number, that markContents drops as an index or table
	// of contents when their titles are not found again as lines (two
	// such lines may be a short price list; an index has many).
	minLeaderRun = 3
	// marginTagGap is the narrowest space, in ems, before a label in
	// brackets flush with a line's right edge that marks it a margin's
	// label (marginTag): wider than the spaces of a justified line,
	// narrower than the space Texinfo leaves before its "[Function]"
	// (1.5 ems at the least in libtasn1.pdf).
	marginTagGap = 1.0
	// maxHeadingWords is the longest heading.
	maxHeadingWords = 20
	// minFamilyTitleSize is the smallest size, as a part of the body's,
	// of a title that familyTitles finds by its font family: a sans-serif
	// title set a point smaller than a serif body of 12 points (Arial's
	// 11 among Times' 12) looks as large, its letters taller; captions
	// and notes are set two points and more below the body.
	minFamilyTitleSize = 0.9
	// maxFamilyTitleWords is the longest title that familyTitles finds
	// by its font family alone: a short title, as headingRatio's test
	// of size alone takes at most 8 words.
	maxFamilyTitleWords = 8
	// maxBoldHeadingWords is the longest heading set in bold in about
	// the body's size: a longer bold line is a sentence set in bold (a
	// form's "Use this form to enroll in Direct Deposit of your federal
	// payment from the General Services Administration").
	maxBoldHeadingWords = 15
	// slideLineGap is the widest distance, in ems of the lower line,
	// between the baselines of two centred lines that centredSentence
	// reads as one sentence broken by hand: a slide's text box sets its
	// lines twice their size apart and more (2.1 ems in a Google Slides
	// deck), under the gap of a blank line at a slide's sizes.
	slideLineGap = 2.5
	// minFigureLabels is the fewest lines of a run that markFigureLabels
	// reads as a figure's labels: callouts name several parts of a
	// picture (Olimex's board layout names sixteen), where a heading and
	// its first lines are fewer.
	minFigureLabels = 5
	// maxLabelWords is the most words of one segment of a figure's
	// label: a part's name and a word or two of what it does ("4 x
	// Opto-coupler inputs with connectors").
	maxLabelWords = 8
	// maxLabelSize is the largest size of a figure's label, as a part of
	// the body's: callouts are set about the body's size (Olimex's at 12
	// and 14 points over a 12-point body), a page's title larger.
	maxLabelSize = 1.25
	// minLabelPlaces is the fewest places, each an em apart, where the
	// lines of a figure's labels start and centre: callouts stand around
	// a picture, where a list's items start at one place and a title
	// page's lines centre on one.
	minLabelPlaces = 3
	// figureGap is the least distance, in ems of the line below, between
	// two labels of one figure that a picture stands between: callouts
	// above and below it (Olimex's 33 ems), wider than any blank line.
	figureGap = 8.0
	// minSharedRows is the fewest baselines two boxes set side by side
	// in two sizes share for sizeColumns to read them one after the
	// other: the IES deck's note and triples share three; a page's
	// footer set in two columns of two sizes (a bold address beside a
	// smaller trademark notice over two lines, OpenChain's NHS case
	// study) shares two, and its address is text where it stands.
	minSharedRows = 3
	// maxPersonWords is the most words of a line that nameLines reads
	// as one person's name: a given name, a middle name or initial and
	// a family name, or two of them with a particle ("Ludwig van
	// Beethoven").
	maxPersonWords = 4
)

// segment is a run of a row's words without a wide gap.
type segment struct {
	text   string
	x0, x1 float64
}

// word is a run of glyphs without a space.
type word struct {
	text   string
	x0, x1 float64
	y      float64 // its first glyph's baseline
	size   float64
	bold   bool
	family string // its first glyph's (glyph.family)
	// lead is the mark of the footnote the word opens ("1" of "¹Kieran"),
	// note the marks of the notes it refers to ("1" of "lab.¹").
	lead, note string
	// cuts are where the word's glyphs after the first start, to split
	// a word run across two cells of a table.
	cuts []wordCut
}

// wordCut is where a glyph starts in a word: its byte offset and its x.
type wordCut struct {
	at int
	x  float64
}

// row is the text on one baseline of a page (or, once columns are found,
// of one column).
type row struct {
	words  []word
	segs   []segment
	y      float64
	size   float64
	bold   bool
	family string // the font family of most of its text (glyph.family)
	page   int
	x0, x1 float64
	why    string // set when the row is page chrome
}

// newRow makes a row of words, sorted left to right: its segments, and
// the size and weight of most of its text.
func newRow(words []word, page int, y float64) row {
	r := row{words: words, page: page, y: y}
	spread := justifiedSpaces(words)
	r.segs = segmentWords(words, func(i int) bool {
		return words[i].x0-words[i-1].x1 > segmentGap*words[i].size && !spread[i]
	})
	sizes := map[float64]int{}
	families := map[string]int{}
	bold, chars := 0, 0
	for _, w := range words {
		n := utf8.RuneCountInString(w.text)
		sizes[w.size] += n
		families[w.family] += n
		chars += n
		if w.bold {
			bold += n
		}
	}
	r.size = modeSize(sizes)
	r.bold = bold*2 > chars
	r.family = modeFamily(families)
	if len(r.segs) > 0 {
		r.x0, r.x1 = r.segs[0].x0, r.segs[len(r.segs)-1].x1
	}
	return r
}

// justifiedSpaces marks the words i whose wide gap before them is a
// space of a justified line, not a gap between columns: a run of
// minSpacedWords words or more that each stand alone between gaps wider than
// segmentGap, the gaps equal to within spaceSlack ems, and the words
// read as prose (spacedProse). Word stretches a justified line's spaces
// evenly; in a narrow table cell they grow past an em (the right column
// of a process guide's requirement table: "Please", "provide", "a",
// "copy", "of", "any" two ems apart), and each word would be read as a
// cell of its own.
// The gaps between a table's columns differ with the cells' text.
func justifiedSpaces(words []word) map[int]bool {
	wide := func(i int) bool {
		return i > 0 && i < len(words) && words[i].x0-words[i-1].x1 > segmentGap*words[i].size
	}
	var spread map[int]bool
	for i := 0; i < len(words); {
		// A run starts at a word standing alone: a wide gap (or the
		// row's start) before it and one after it.
		if !(i == 0 || wide(i)) || !wide(i+1) {
			i++
			continue
		}
		gap := words[i+1].x0 - words[i].x1
		j := i + 1 // the run is words[i:j+1]
		for j+1 < len(words) && wide(j+1) && math.Abs(words[j+1].x0-words[j].x1-gap) <= spaceSlack*words[j].size {
			j++
		}
		if j+1 < len(words) && !wide(j+1) {
			j-- // the last word opens a segment of more words
		}
		if j-i+1 >= minSpacedWords && spacedProse(words[i:j+1]) {
			if spread == nil {
				spread = map[int]bool{}
			}
			for k := i + 1; k <= j; k++ {
				spread[k] = true
			}
		}
		i = max(j, i+1)
	}
	return spread
}

// spacedProse reports whether words evenly spaced read as a line of
// prose: each holds a letter, one at least opens in lower case (a
// function word: "the Linux Foundation's Open Compliance"), and they are
// not one word repeated. Cells of a table's row are evenly spaced only
// when the columns are as wide and the cells' text as long: figures,
// "Yes" under each of a row of names.
func spacedProse(words []word) bool {
	lower := false
	for _, w := range words {
		if !strings.ContainsFunc(w.text, unicode.IsLetter) {
			return false
		}
		lower = lower || startsLower(w.text)
	}
	return lower && slices.ContainsFunc(words, func(w word) bool { return w.text != words[0].text })
}

// segmentWords joins words, sorted left to right, into segments, cutting
// before each word i > 0 for which cut reports true.
func segmentWords(words []word, cut func(i int) bool) []segment {
	var (
		segs []segment
		seg  segment
	)
	for i, w := range words {
		if i > 0 && cut(i) {
			segs = append(segs, seg)
			seg = segment{}
		}
		if seg.text == "" {
			seg = segment{text: w.text, x0: w.x0, x1: w.x1}
		} else {
			seg.text += " " + w.text
			seg.x1 = math.Max(seg.x1, w.x1)
		}
	}
	if seg.text != "" {
		segs = append(segs, seg)
	}
	return segs
}

// text returns the row's segments joined with spaces.
func (r row) text() string {
	parts := make([]string, len(r.segs))
	for i, s := range r.segs {
		parts[i] = s.text
	}
	return strings.Join(parts, " ")
}

// line is a row, or the part of a row in one column, in reading order.
type line struct {
	row
	col   int     // 0 for the page or the left column, 1 for the right
	left  float64 // the left edge of its column's text
	right float64 // the right edge of its column's text
	pitch float64 // the usual distance between the column's baselines
	prevY float64 // the baseline of the line above in the column, or NaN
	// table is the table the line is part of, or nil. A line of a table
	// starts a row, goes on with the cells of the row above (the cells'
	// text wraps), or is the table's header again atop a new page.
	table    *table
	rowStart bool
	again    bool
	// spanned and merged mark, by column (bit k for column k), the cells
	// of a ruled table's line that are not cells of their own: spanned,
	// the cell of the column before spanning this one (no side of a cell
	// between them); merged, the cell of the row above merged down into
	// this row (no rule between them). See markMerged.
	spanned, merged uint64
	// hang is where the text of a tagged paragraph starts, right of its
	// tag on its first line ("−L" before "Follow symbolic links."), or
	// 0: its lines below hang from there (see taggedParagraphs).
	hang float64
	// term marks an option's term that splitOptionTerms cut from the
	// start of its line, and termText the rest of that line, the
	// term's text: each starts a block.
	term, termText bool
	// grouped marks a term that goes on the term above it, one of a
	// group of tags heading one text together (see tagGroup).
	grouped bool
	// field is the number of lines in the run of field list entries
	// the line is one of (markFieldRuns), or 0.
	field int
	// code marks a line of a display of code set one source line a
	// line (a shell session, a script; see markDisplays): a block of
	// its own, of kind KindCode.
	code bool
}

// layoutPages turns the glyphs of the pages into blocks. It calls check
// between steps, which stops the layout (by panicking with errStop) once
// the file has taken too long.
func layoutPages(pages []pdfPage, check func()) blocks {
	rowsOf := make([][]row, len(pages))
	for i, pg := range pages {
		check()
		rowsOf[i] = buildRows(pg)
	}
	slides := slideTitles(rowsOf)
	chrome := markChrome(pages, rowsOf, slides)
	var (
		lines []line
		cols  columns // the columns of the last page that had two
	)
	for i, pg := range pages {
		check()
		var ls []line
		ls, cols = readingOrder(pg, rowsOf[i], cols, check)
		lines = append(lines, ls...)
	}
	lines = braceDisplays(sizeColumns(lines))
	markFigureLabels(lines, pictured(pages))
	rules := make(map[int][]rule, len(pages))
	sides := make(map[int][]side, len(pages))
	for _, pg := range pages {
		rules[pg.number] = pg.rules
		sides[pg.number] = pg.sides
	}
	lines = centredCells(lines)
	markContents(lines)
	splitAtColumns(lines)
	lines = splitOptionTerms(lines)
	markPlainTerms(lines)
	markDisplays(lines)
	markTables(lines, rules, sides)
	markFieldRuns(lines)
	out := paragraphs(lines, hyphenated(lines))
	// The page chrome goes before the first block of its page, to be
	// listed where it stood.
	return markSlides(placeChrome(out, chrome), slides)
}

// centredCells joins a table's first cell, set midway down its row
// between the two lines of the row's wrapped cell (a reference's number
// centred beside its two lines), to the line above it, which it opens:
// read in order, the cell stood alone between the two lines, the line
// above a paragraph of its own and the number opening the line below
// ("December" ¶ "2 2014."). The cell is short (one segment of two words
// at most), it ends left of both lines, which start at the same x and
// stand no further apart than two ems, its baseline is within
// centreSlack ems of the middle of theirs, and a row of the table near it
// starts where the cell and the lines do (rowNear).
func centredCells(ls []line) []line {
	out := ls[:0:0]
	for i := 0; i < len(ls); i++ {
		if len(out) == 0 || i+1 == len(ls) {
			out = append(out, ls[i])
			continue
		}
		a, c, b := out[len(out)-1], ls[i], ls[i+1]
		size := c.size
		if a.page != c.page || b.page != c.page || a.col != c.col || b.col != c.col ||
			len(c.segs) != 1 || len(c.words) > 2 || len(a.segs) != 1 || len(b.segs) != 1 ||
			c.x1 >= a.x0 || c.x1 >= b.x0 || math.Abs(a.x0-b.x0) > columnSlack*size ||
			a.y-b.y > 2*size || math.Abs(c.y-(a.y+b.y)/2) > centreSlack*size || !rowNear(ls, i, c.x0, a.x0) {
			out = append(out, c)
			continue
		}
		joined := a
		joined.row = newRow(append(slices.Clone(c.words), a.words...), a.page, a.y)
		out[len(out)-1] = joined
		ls[i+1].prevY = a.y
	}
	return out
}

// rowNear reports whether a line of the same page and column within
// centreNear lines of line i is a row of the table that line i's cell
// would open: two segments or more, the first starting at x within
// columnSlack ems and the second at text, the other lines' x ("3" and
// "Open Web Application …" under "1" centred beside its two lines). A
// label beside the lines of a diagram lines up with no such row.
func rowNear(ls []line, i int, x, text float64) bool {
	for j := max(0, i-centreNear); j < min(len(ls), i+centreNear+1); j++ {
		l := ls[j]
		if j == i || l.page != ls[i].page || l.col != ls[i].col || len(l.segs) < 2 {
			continue
		}
		if slack := columnSlack * l.size; math.Abs(l.segs[0].x0-x) <= slack && math.Abs(l.segs[1].x0-text) <= slack {
			return true
		}
	}
	return false
}

// centreNear is how many lines above or below a centred cell
// (centredCells) rowNear looks for a row of its table: a row or two of
// three lines each.
const centreNear = 6

// centreSlack is how far, in ems, a cell centred down its row
// (centredCells) may stand from the middle of the two lines beside it.
const centreSlack = 0.25

// closingBrace maps the opening of a display in braces (braceDisplays)
// to its closing.
var closingBrace = map[string]string{"{": "}", "[": "]"}

// braceDisplays reads each display of a structure in braces (a JSON
// object, a block of code) as code (line.code), one line of it a line:
// a line that is an opening brace or bracket alone, down to the line on
// its page whose words in the display are the closing one alone, at the
// opening's x; the display's words on the lines between stand right of
// that x (up to half an em left of it) in the opening's size. A box set
// beside the text shares baselines with it ("Class instances" in 26.5
// points beside a JSON example's "}" in 6.5), so the lines are cut: the
// text's words, read first, stay lines of their own, and the display's
// lines follow them, where the opening stood when they hold nothing else.
func braceDisplays(ls []line) []line {
	var out []line
	for i := 0; i < len(ls); i++ {
		closing := closingBrace[strings.TrimSpace(ls[i].text())]
		if closing == "" || ls[i].why != "" || len(ls[i].words) != 1 {
			out = append(out, ls[i])
			continue
		}
		open := ls[i]
		inBox := func(w word) bool {
			return w.x0 >= open.x0-0.5*open.size && math.Abs(w.size-open.size) <= smallSizeStep*open.size
		}
		end := -1
		for j := i + 1; j < len(ls) && ls[j].page == open.page && ls[j].why == "" && end < 0; j++ {
			var box []word
			for _, w := range ls[j].words {
				if inBox(w) {
					box = append(box, w)
				}
			}
			switch {
			case len(box) == 0:
				j = len(ls)
			case len(box) == 1 && box[0].text == closing && math.Abs(box[0].x0-open.x0) < 0.5*open.size:
				end = j
			}
		}
		if end < 0 {
			out = append(out, ls[i])
			continue
		}
		var text, display []line
		for _, l := range ls[i : end+1] {
			var in, rest []word
			for _, w := range l.words {
				if inBox(w) {
					in = append(in, w)
				} else {
					rest = append(rest, w)
				}
			}
			if len(rest) > 0 {
				t := l
				t.row = newRow(rest, l.page, l.y)
				text = append(text, t)
			}
			d := l
			d.row, d.code = newRow(in, l.page, l.y), true
			display = append(display, d)
		}
		out = append(append(out, text...), display...)
		i = end
	}
	return out
}

// sizeColumns reads two boxes set side by side in two sizes, whose lines
// share some baselines and not others, one after the other: a note in
// 8.5 points beside RDF triples in 7 ("data:person_1 a ies:Person ." and
// "rdf:type. So, in essence," on one baseline, "allocated membership to
// two" alone on the next), or a sentence in 11.5 points beside triples
// in 6, which would otherwise interleave line by line. The boxes meet at
// a cut (sizeCut) that lines of a run cross with their words left of it
// in one size and right of it in another (minSharedRows such lines at
// the least); the run's other lines stand wholly on one side of it, one
// of them at least on each (a table whose columns differ in size has
// both on every row). The left box's lines are read first, then the
// right box's.
func sizeColumns(ls []line) []line {
	var out []line
	for i := 0; i < len(ls); i++ {
		cut, ok := sizeCut(ls[i])
		if !ok {
			out = append(out, ls[i])
			continue
		}
		side := func(l line) int { // 1 left of the cut, 2 right of it, 3 across it as the boxes meet
			left, right := false, false
			for _, w := range l.words {
				left, right = left || w.x1 <= cut, right || w.x1 > cut
			}
			switch {
			case l.page != ls[i].page || l.col != ls[i].col || l.why != "":
				return 0
			case left && right:
				if c, ok := sizeCut(l); ok && math.Abs(c-cut) < l.size {
					return 3
				}
				return 0
			case left:
				return 1
			}
			return 2
		}
		a, b := i, i+1
		for a > 0 && len(out) > 0 && (side(ls[a-1]) == 1 || side(ls[a-1]) == 2) {
			a--
		}
		for b < len(ls) && side(ls[b]) > 0 {
			b++
		}
		n := map[int]int{}
		for _, l := range ls[a:b] {
			n[side(l)]++
		}
		if n[1] == 0 || n[2] == 0 || n[3] < minSharedRows {
			out = append(out, ls[i])
			continue
		}
		out = out[:len(out)-(i-a)]
		var left, right []line
		for _, l := range ls[a:b] {
			var lw, rw []word
			for _, w := range l.words {
				if w.x1 <= cut {
					lw = append(lw, w)
				} else {
					rw = append(rw, w)
				}
			}
			left = appendPart(left, l, lw)
			right = appendPart(right, l, rw)
		}
		out = append(append(out, left...), right...)
		i = b - 1
	}
	return out
}

// appendPart appends to box the part of line l made of words ws, when it
// holds any, as a line of the box: the line above it is the box's last.
func appendPart(box []line, l line, ws []word) []line {
	if len(ws) == 0 {
		return box
	}
	p := l
	p.row = newRow(ws, l.page, l.y)
	p.prevY = math.NaN()
	if len(box) > 0 {
		p.prevY = box[len(box)-1].y
	}
	return append(box, p)
}

// sizeCut returns the x where line l's words change size across a gap
// between two of its segments, when those left of it are set in one
// size and those right of it in another, the two more than sizeStep
// apart (each side's words within smallSizeStep of each other).
func sizeCut(l line) (float64, bool) {
	for s := 1; s < len(l.segs); s++ {
		cut := l.segs[s].x0
		var left, right []float64
		for _, w := range l.words {
			if w.x1 <= cut {
				left = append(left, w.size)
			} else {
				right = append(right, w.size)
			}
		}
		even := func(sizes []float64) bool {
			return len(sizes) > 0 && slices.Max(sizes)-slices.Min(sizes) <= smallSizeStep*slices.Max(sizes)
		}
		if even(left) && even(right) && math.Abs(left[0]-right[0]) > sizeStep*math.Max(left[0], right[0]) {
			return cut, true
		}
	}
	return 0, false
}

// pictured returns the numbers of the pages that draw pictures.
func pictured(pages []pdfPage) map[int]bool {
	out := map[int]bool{}
	for _, pg := range pages {
		if pg.images {
			out[pg.number] = true
		}
	}
	return out
}

// markFigureLabels leaves out the labels of a figure (whyFigure):
// the callouts set around a picture that name its parts ("Reset button",
// "RST1", "UEXT1 ESP-PROG1"), which are no headings of the text though
// short and bold, and no sentences. On a page that draws pictures they
// are a run of minFigureLabels lines or more with no prose between them,
// each short (maxLabelWords a segment; a label may end as a sentence
// does, "The application is" over "moved to the data.") and about the
// body's size (maxLabelSize), that start and centre at minLabelPlaces
// places or more (a list's items and a title page's centred lines stand
// at one), with a picture's height between two of them (figureGap). The
// figure's caption ("Figure 0. Complete Schematic") ends the run, and
// so do three lines starting at one x, a table's rows or a list's items
// (a datasheet's pin table under its block diagram), which are text.
func markFigureLabels(ls []line, pictured map[int]bool) {
	body := bodySize(ls)
	label := func(k int) bool {
		l := ls[k]
		if l.why != "" || !pictured[l.page] || l.size > body*maxLabelSize || captionLabel(l.text()) || alignedRun(ls, k) {
			return false
		}
		for _, sg := range l.segs {
			if len(strings.Fields(sg.text)) > maxLabelWords {
				return false
			}
		}
		return true
	}
	for i := 0; i < len(ls); {
		j := i
		for j < len(ls) && label(j) && (j == i || ls[j].page == ls[i].page) {
			j++
		}
		if j-i >= minFigureLabels && labelsAround(ls[i:j]) {
			for k := i; k < j; k++ {
				ls[k].why = whyFigure
			}
		}
		i = max(j, i+1)
	}
}

// alignedRun reports whether line k is one of three lines or more in a
// row, on one page, that start at one x (within half an em).
func alignedRun(ls []line, k int) bool {
	at := func(a, b int) bool {
		return a >= 0 && b < len(ls) && ls[a].page == ls[b].page && math.Abs(ls[a].x0-ls[b].x0) < 0.5*ls[b].size
	}
	return at(k-2, k-1) && at(k-1, k) || at(k-1, k) && at(k, k+1) || at(k, k+1) && at(k+1, k+2)
}

// labelsAround reports whether the lines of a run, top to bottom, stand
// as a figure's labels do: starting and centred at minLabelPlaces places
// an em apart or more, with figureGap ems between two of them.
func labelsAround(ls []line) bool {
	places := func(at func(l line) float64) int {
		var xs []float64
		for _, l := range ls {
			if !slices.ContainsFunc(xs, func(x float64) bool { return math.Abs(x-at(l)) < l.size }) {
				xs = append(xs, at(l))
			}
		}
		return len(xs)
	}
	gap := false
	for k := 1; k < len(ls); k++ {
		gap = gap || ls[k-1].y-ls[k].y > figureGap*ls[k].size
	}
	return gap && places(func(l line) float64 { return l.x0 }) >= minLabelPlaces &&
		places(func(l line) float64 { return (l.x0 + l.x1) / 2 }) >= minLabelPlaces
}

// markSlides marks every block of a slide deck's pages (slideTitles) as
// a slide's: a deck's last frames (questions, contacts, resources, a
// licence) are its content, not the text's tail that dropByContext drops
// after a paper's or a report's last sentence.
func markSlides(bs blocks, slides bool) blocks {
	for i := range bs {
		bs[i].slide = slides
	}
	return bs
}

// dropInvisibleGlyphs drops the invisible characters (dropInvisible) of a
// row's glyphs in reading order, each glyph's text with the next glyph's
// first character after it: Google Docs draws a zero-width space on
// each side of every space, while a joiner between two pictures of an
// emoji's sequence, each a glyph of its own, stays. A glyph left with no
// text is passed over, as if never drawn.
func dropInvisibleGlyphs(gs []glyph) {
	for k := range gs {
		if !strings.ContainsFunc(gs[k].text, isInvisible) {
			continue
		}
		after := rune(0)
		if k+1 < len(gs) {
			after, _ = utf8.DecodeRuneInString(gs[k+1].text)
		}
		gs[k].text = dropInvisibleBefore(gs[k].text, after)
	}
}

// buildRows groups a page's glyphs into rows.
func buildRows(pg pdfPage) []row {
	gs := pg.glyphs
	byLine := func(a, b glyph) int {
		if a.y != b.y {
			if a.y > b.y {
				return -1
			}
			return 1
		}
		return cmpFloat(a.x0, b.x0)
	}
	slices.SortStableFunc(gs, byLine)
	if us := underscores(gs, pg.rules); len(us) > 0 {
		gs = append(gs, us...)
		slices.SortStableFunc(gs, byLine)
	}
	var rows []row
	for i := 0; i < len(gs); {
		j := i + 1
		for j < len(gs) && math.Abs(gs[j].y-gs[i].y) <= rowTolerance*math.Max(gs[i].size, gs[j].size) {
			j++
		}
		rows = append(rows, makeRow(gs[i:j], pg.number))
		i = j
	}
	// Rows read top to bottom; drop those with no text.
	out := rows[:0]
	for _, r := range rows {
		if len(r.segs) > 0 {
			out = append(out, r)
		}
	}
	return out
}

// underscores returns the underscores TeX draws as short rules (its
// "\_" in the OT1 encoding): a rule under an em long, on the baseline of
// a glyph it touches, in a gap between glyphs, is an underscore glyph of
// that glyph's size. gs are sorted top to bottom, then left to right.
func underscores(gs []glyph, rules []rule) []glyph {
	var out []glyph
	for _, r := range rules {
		// The glyphs whose baselines are near the rule: a window of gs.
		lo, _ := slices.BinarySearchFunc(gs, r.y+maxUnderscoreRise, func(g glyph, y float64) int { return cmpFloat(y, g.y) })
		var near *glyph
		gap := true
		for i := lo; i < len(gs) && gs[i].y >= r.y-maxUnderscoreRise; i++ {
			g := &gs[i]
			if up := r.y - g.y; up < -0.25*g.size || up > 0.15*g.size {
				continue
			}
			if g.x0 < r.x1-0.05*g.size && g.x1 > r.x0+0.05*g.size && strings.TrimSpace(g.text) != "" {
				gap = false // an underline, or a rule through text
				break
			}
			l := r.x1 - r.x0
			if (math.Abs(g.x1-r.x0) < 0.15*g.size || math.Abs(g.x0-r.x1) < 0.15*g.size) &&
				l >= 0.15*g.size && l <= 1.2*g.size && r.width <= 0.15*g.size {
				near = g
			}
		}
		if near != nil && gap {
			out = append(out, glyph{text: "_", x0: r.x0, x1: r.x1, y: near.y, size: near.size, bold: near.bold})
		}
	}
	return out
}

// maxUnderscoreRise bounds, in points, how far a rule drawn as an
// underscore is from the baseline of the glyphs beside it.
const maxUnderscoreRise = 12

// makeRow joins the glyphs of one baseline into words. A note mark (see
// noteMarks) leaves the text: one opening the row is remembered as the
// mark of the footnote the row starts, one after a word as a reference
// from that word. An exponent after a number is written after a caret
// ("10^6"), so that it does not read as more digits of the number.
func makeRow(gs []glyph, page int) row {
	slices.SortStableFunc(gs, func(a, b glyph) int { return cmpFloat(a.x0, b.x0) })
	dropInvisibleGlyphs(gs)
	marks, exps, base := noteMarks(gs)
	var (
		words []word
		b     strings.Builder
		cur   word
		bold  int
		n     int
		prev  *glyph
		lead  string // a footnote's own mark, for the next word
		// cuts holds the cuts of the row's words, from first, the
		// current word's.
		cuts  = make([]wordCut, 0, len(gs))
		first int
	)
	end := func() {
		if b.Len() > 0 {
			cur.text = b.String()
			cur.bold = bold*2 > n
			cur.cuts = cuts[first:len(cuts):len(cuts)]
			words = append(words, cur)
		}
		first = len(cuts)
		b.Reset()
		bold, n = 0, 0
	}
	for k := range gs {
		g := &gs[k]
		if g.text == "" {
			continue // all invisible (dropInvisibleGlyphs)
		}
		if prev != nil && g.text == prev.text && math.Abs(g.x0-prev.x0) < 0.1*g.size {
			continue // drawn twice (fake bold, shadow)
		}
		if strings.TrimSpace(g.text) == "" {
			if drawnOver(gs, k) {
				continue // a link's underline drawn as spaces over its text
			}
			if g.x1-g.x0 < kernSpace*g.size {
				continue // a kern written as a space (kernSpace)
			}
			end()
			prev = g
			continue
		}
		if isBackLink(g.text) {
			continue // a footnote's link back to its mark (pandoc's "↩︎")
		}
		if marks != nil && marks[k] {
			// The gap to the next glyph is measured from the mark, so
			// that "word¹," stays one word and "lab.¹ Anjali" two.
			switch {
			case b.Len() > 0:
				cur.note += g.text
			case len(words) == 0 && prev == nil || lead != "":
				lead += g.text
			default:
				words[len(words)-1].note += g.text
			}
			prev = g
			continue
		}
		// A space is measured in the smaller of the two sizes it
		// parts: Word sets the space after a run in that run's font,
		// and a run set larger after it would otherwise swallow it
		// ("created by" in 12 points, "The Commons" in 13.4).
		if prev != nil && g.x0-prev.x1 >= (spaceGap(*prev, *g)-gapRounding)*math.Min(g.size, prev.size) || b.Len() > 0 && fontStarts(gs, k, prev) {
			end()
		}
		if b.Len() == 0 {
			cur = word{x0: g.x0, x1: g.x1, y: g.y, size: math.Round(g.size*2) / 2, lead: lead, family: g.family}
			lead = ""
		} else {
			cuts = append(cuts, wordCut{at: b.Len(), x: g.x0})
		}
		if exps != nil && exps[k] && (k == 0 || !exps[k-1]) {
			b.WriteByte('^')
		}
		b.WriteString(strings.TrimSpace(g.text))
		cur.x1 = math.Max(cur.x1, g.x1)
		n++
		if g.bold {
			bold++
		}
		prev = g
	}
	end()
	return newRow(unknownGlyphs(words), page, base)
}

// spaceGap is the smallest gap, in ems, between glyphs prev and g that is
// a space: wordGap, or tjSpace after a TJ array's number that moved g
// right as a word space (glyph.spaced) where a word ends at prev (a
// letter, a digit or the stop, comma or bracket that ends a word) and
// one opens at g (a letter, a digit or an opening bracket or quote). TeX's leader dots, groff's
// ellipses ("[OPTION. . .]") and the gap after an option's "=" or
// before a bracket's word ("--arg-file= file", "[ man options]") are
// moved by such numbers too, and part no words.
func spaceGap(prev, g glyph) float64 {
	if g.spaced && wordEnds(prev.text) && wordOpens(g.text) {
		return tjSpace
	}
	return wordGap
}

// wordOpens reports whether a glyph's text opens with a letter, a digit
// or a mark that opens a word ("(", a quote).
func wordOpens(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune("('\"‘“", r)
}

// wordEnds reports whether a glyph's text ends with a letter, a digit or
// a mark that ends a word (".", ",", ";", ":", ")", "]", a quote).
func wordEnds(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune(".,;:)]'\"’”", r)
}

// fontStarts reports whether gs[k], touching the glyph before it
// (prev), starts a word by a change of font: a capital opening a
// capitalised word ("The" of "GNOMEThe"), set in italics after an
// upright letter or upright after an italic one, or set in the regular
// weight after a bold label's colon ("Avoid" of "Note:Avoid"). DocBook's
// bibliography sets an entry's label upright and the title of the work
// it cites in italics with no space between them ("GNOME" and "The
// GNOME desktop"), and its manual pages a note's bold label ("Note:")
// glued to the note's text; within one word a font changes slant or
// weight at no capital that opens a word, so a word whose letters change
// font there is two.
func fontStarts(gs []glyph, k int, prev *glyph) bool {
	g := &gs[k]
	// Most touching glyphs change neither slant nor weight: ask that
	// first, before any text is decoded.
	if prev == nil || k+1 >= len(gs) || g.slanted == prev.slanted && !(prev.bold && !g.bold) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(prev.text)
	r, _ := utf8.DecodeRuneInString(g.text)
	next, _ := utf8.DecodeRuneInString(gs[k+1].text)
	if !isUpper(r) || !unicode.IsLower(next) {
		return false
	}
	slant := g.slanted != prev.slanted && unicode.IsLetter(last) && gs[k+1].slanted == g.slanted
	label := prev.bold && !g.bold && last == ':' && !gs[k+1].bold
	return slant || label
}

// drawnOver reports whether the space gs[k] is drawn over the text, not
// between its words: the next glyph that is no space starts before the
// space's middle, or the glyph before it that is no space ends past it.
// LibreOffice draws a link's text and then spaces over it, whose
// underline marks the link ("Intl" with a space over its "l", "RegExp"
// over its "p"): read as breaks, they would split letters off the words.
// InDesign may draw a paragraph's first letter over a space set at the
// same place (the ISO 18974 one-pager's "When", the space a hair to the
// right of the "W" it sorts after: read as a break, "W hen"). A space
// between words ends where the next word starts, or nearly so (kerning),
// and starts where the word before it ends; the gap rule still splits
// words that stand apart.
func drawnOver(gs []glyph, k int) bool {
	g := gs[k]
	mid := (g.x0 + g.x1) / 2
	for j := k - 1; j >= 0; j-- {
		if strings.TrimSpace(gs[j].text) != "" {
			if gs[j].x1 > mid {
				return true
			}
			break
		}
	}
	for _, n := range gs[k+1:] {
		if strings.TrimSpace(n.text) != "" {
			return n.x0 < mid
		}
	}
	return false
}

// isBackLink reports whether a glyph is the arrow that links a footnote
// back to its mark ("↩", with or without a text variation selector), as
// pandoc writes footnotes in HTML.
func isBackLink(text string) bool {
	return strings.Trim(text, "\u21a9\ufe0e") == "" && strings.ContainsRune(text, '\u21a9')
}

// unknownGlyphs mends the glyphs a font does not name, which decode as C1
// control characters (TeX's bitmap fonts of the TS1 encoding draw the
// bullet of a list so, as "\u0088"): one standing alone before the text
// of a row is a list's bullet and reads "•"; elsewhere it leaves the text.
func unknownGlyphs(words []word) []word {
	unknown := func(r rune) bool { return r >= 0x80 && r <= 0x9f }
	if !slices.ContainsFunc(words, func(w word) bool { return strings.ContainsFunc(w.text, unknown) }) {
		return words
	}
	out := words[:0]
	for i, w := range words {
		if r, n := utf8.DecodeRuneInString(w.text); i == 0 && n == len(w.text) && unknown(r) && len(words) > 1 {
			w.text, w.cuts = "•", nil
		} else if strings.ContainsFunc(w.text, unknown) {
			w.text, w.cuts = strings.Map(func(r rune) rune {
				if unknown(r) {
					return -1
				}
				return r
			}, w.text), nil
		}
		if w.text != "" {
			out = append(out, w)
		}
	}
	return out
}

// noteMarks finds the note marks and the exponents of numbers among a
// row's glyphs, sorted left to right (each nil when there is none), and
// returns them with the row's baseline (that of its first glyph of the
// main size).
// A mark is a run of at most three digits or reference signs (* † ‡ § ¶),
// or a lowercase roman numeral (an endnote's),
// set smaller than the glyph it touches and raised above it, that opens
// the row before a word (a footnote's own mark) or follows a letter or a
// stop (a reference). One after a digit ("10⁶") or after a word of one or
// two letters ("m²", "km²") is an exponent and stays; after a digit, a run
// of digits is marked as the exponent of a number.
func noteMarks(gs []glyph) (marks, exps []bool, base float64) {
	type count struct {
		size float64
		n    int
	}
	var sizes []count // a row has few sizes
	for _, g := range gs {
		sz := math.Round(g.size*2) / 2
		k := slices.IndexFunc(sizes, func(c count) bool { return c.size == sz })
		if k < 0 {
			k = len(sizes)
			sizes = append(sizes, count{size: sz})
		}
		sizes[k].n++
	}
	main := sizes[0]
	for _, c := range sizes[1:] {
		if c.n > main.n || c.n == main.n && c.size > main.size {
			main = c
		}
	}
	base = gs[slices.IndexFunc(gs, func(g glyph) bool { return math.Round(g.size*2)/2 == main.size })].y
	sign := func(g glyph) bool { return g.text != "" && strings.Trim(g.text, "0123456789*†‡§¶ivx") == "" }
	for i := 0; i < len(gs); {
		if !sign(gs[i]) {
			i++
			continue
		}
		j := i + 1
		for j < len(gs) && sign(gs[j]) && gs[j].size == gs[i].size && gs[j].y == gs[i].y && touches(gs[j-1], gs[j]) {
			j++
		}
		place := raisedPlace(gs[:i], gs[i:j], gs[j:])
		var run strings.Builder
		for _, g := range gs[i:j] {
			run.WriteString(g.text)
		}
		if strings.Trim(run.String(), "ivx") == "" {
			// A small raised roman numeral is an endnote's mark
			// (LibreOffice numbers endnotes i, ii, iii); other raised
			// letters are not marks.
			if place != placeMark || !romanRE.MatchString(run.String()) {
				place = placeNone
			}
		} else if strings.ContainsAny(run.String(), "ivx") {
			place = placeNone
		}
		var set *[]bool
		switch {
		case place == placeMark && j-i <= 4:
			set = &marks
		case place == placeExponent:
			set = &exps
		}
		if set != nil {
			if *set == nil {
				*set = make([]bool, len(gs))
			}
			for k := i; k < j; k++ {
				(*set)[k] = true
			}
		}
		i = j
	}
	return marks, exps, base
}

// romanRE matches a lowercase roman numeral up to 39, an endnote's mark.
var romanRE = regexp.MustCompile(`^x{0,3}(?:ix|iv|v?i{0,3})$`)

// touches reports whether glyph b follows glyph a without a space.
func touches(a, b glyph) bool { return b.x0-a.x1 < wordGap*math.Max(a.size, b.size) }

// What a raised run of digits or signs is (raisedPlace).
const (
	placeNone     = iota
	placeMark     // a note mark
	placeExponent // the exponent of a number
)

// raisedPlace says whether a run of digits or signs stands where a note
// mark does (placeMark): smaller than the glyph it touches and raised
// above its baseline, at the start of the row before a word or a space
// and a word (a footnote's own mark), or after a letter or a stop that
// ends a word of three characters or more (a reference). Digits raised
// so after a digit are the exponent of a number (placeExponent); a sign
// there is neither.
func raisedPlace(before, mark, after []glyph) int {
	m := mark[0]
	raisedBy := func(g glyph) bool {
		up := m.y - g.y
		return strings.TrimSpace(g.text) != "" && m.size <= 0.85*g.size && up >= 0.2*g.size && up <= 0.8*g.size
	}
	if len(before) == 0 {
		// The note's own mark, before its first word or a space before
		// it ("¹ The policy applies", as Word and pandoc set notes).
		k := slices.IndexFunc(after, func(g glyph) bool { return strings.TrimSpace(g.text) != "" })
		if k >= 0 && (k == 0 && touches(mark[len(mark)-1], after[0]) || k > 0 && after[k].x0-mark[len(mark)-1].x1 < 0.6*after[k].size) && raisedBy(after[k]) {
			return placeMark
		}
		return placeNone
	}
	if prev := before[len(before)-1]; !touches(prev, m) || !raisedBy(prev) {
		return placeNone
	}
	var word []rune
	for i := len(before) - 1; i >= 0; i-- {
		t := strings.TrimSpace(before[i].text)
		if t == "" || i < len(before)-1 && !touches(before[i], before[i+1]) {
			break
		}
		word = append([]rune(t), word...)
	}
	last := word[len(word)-1]
	switch {
	case unicode.IsDigit(last):
		for _, g := range mark {
			if strings.Trim(g.text, "0123456789") != "" {
				return placeNone
			}
		}
		return placeExponent
	case unicode.IsLetter(last) && len(word) >= 3, !unicode.IsLetter(last) && unicode.IsPunct(last), shortName(word):
		return placeMark
	}
	return placeNone
}

// shortName reports whether word, two letters a capital opens ("Fu",
// "Li", "Xu"), is a name, which a raised digit after it marks with an
// affiliation or note ("Roger Fu³"), where the unit a digit raises is
// written in lowercase ("m²", "km²"; raisedPlace).
func shortName(word []rune) bool {
	return len(word) == 2 && unicode.IsUpper(word[0]) && unicode.IsLower(word[1])
}

// modeSize returns the size drawn most, by characters.
func modeSize(sizes map[float64]int) float64 {
	best, n := 0.0, -1
	for s, c := range sizes {
		if c > n || c == n && s > best {
			best, n = s, c
		}
	}
	return best
}

// modeFamily is the family of the most characters, the first by name
// of a tie.
func modeFamily(families map[string]int) string {
	best, most := "", 0
	for f, n := range families {
		if n > most || n == most && f < best {
			best, most = f, n
		}
	}
	return best
}

func cmpFloat(a, b float64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// pageNumberRE matches a page number standing alone: "7", "- 7 -",
// "Page 7", "Page 7 of 9", "7 / 9", "vii".
var pageNumberRE = regexp.MustCompile(`(?i)^(?:[-–—]\s*)?(?:page\s+)?(?:\d{1,4}|[ivxlc]{1,7})(?:\s*(?:of|/)\s*\d{1,4})?(?:\s*[-–—])?$`)

// chromeLine is a dropped header or footer line and where it was.
type chromeLine struct {
	text string
	why  string
	page int
}

// markChrome finds the running headers, footers and page numbers of the
// pages, marks their rows and returns them. slides says the pages are
// a slide deck's (slideTitles).
func markChrome(pages []pdfPage, rowsOf [][]row, slides bool) []chromeLine {
	type cand struct {
		page, idx int
		top       bool
		key       string
		// apart says the row is set apart from the text by a wide gap.
		apart bool
	}
	var cands []cand
	seen := map[string]map[int]bool{} // key → pages it is on
	// apartOn says, by key, whether the row is set apart from the text
	// on one of its pages at least: a running header or footer stands
	// off the text, a line of the text that happens to end two pages
	// ("der: buffer to hold …" of two functions) at the pitch of the
	// text above it.
	apartOn := map[string]bool{}
	for p, rows := range rowsOf {
		h := pages[p].top - pages[p].bottom
		// The top and bottom rows are candidates when they are near the
		// page's edge or set apart from the text by a wide gap; the
		// second ones only near the edge.
		apart := func(i, j int) bool {
			return j >= 0 && j < len(rows) && math.Abs(rows[i].y-rows[j].y) > 2*rows[i].size
		}
		for k := 0; k < 2 && k < len(rows); k++ {
			if r := rows[k]; r.y > pages[p].top-chromeZone*h || k == 0 && apart(0, 1) {
				cands = append(cands, cand{p, k, true, "t" + digitless(r.text()), apart(k, k+1)})
			}
			if j := len(rows) - 1 - k; j > k {
				if r := rows[j]; r.y < pages[p].bottom+chromeZone*h || k == 0 && apart(j, j-1) {
					cands = append(cands, cand{p, j, false, "b" + digitless(r.text()), apart(j, j-1)})
				}
			}
		}
	}
	for _, c := range cands {
		if seen[c.key] == nil {
			seen[c.key] = map[int]bool{}
		}
		seen[c.key][c.page] = true
		apartOn[c.key] = apartOn[c.key] || c.apart
	}
	// repeatSize is, by key, the largest size of the candidate's rows
	// after the first page: the running header's size.
	repeatSize := map[string]float64{}
	for _, c := range cands {
		if c.page > 0 {
			repeatSize[c.key] = max(repeatSize[c.key], rowsOf[c.page][c.idx].size)
		}
	}
	var out []chromeLine
	for _, c := range cands {
		r := &rowsOf[c.page][c.idx]
		if r.why != "" {
			continue
		}
		text := r.text()
		switch {
		case pageNumberRE.MatchString(text):
			r.why = whyPageNumber
		case slides && c.top && c.idx == 0 && titleRow(rowsOf[c.page], 0):
			// A slide's title, which the slides after it that go on
			// with its frame repeat.
			continue
		case c.page == 0 && c.idx == 0 && c.top && titleRow(rowsOf[0], repeatSize[c.key]):
			// The title atop the first page, which later pages
			// repeat smaller as their running header.
			continue
		case len(seen[c.key]) >= 2 && len(pages) >= 2 && apartOn[c.key]:
			r.why = whyRunning
		case holdsPageNumber(*r, pages[c.page].number) && len(r.segs) >= 2:
			r.why = whyRunning
		case len(pages) >= 2 && chapterHeader(*r, c.key[:1], seen, apartOn):
			r.why = whyRunning
		default:
			continue
		}
		out = append(out, chromeLine{text: text, why: r.why, page: r.page})
	}
	for _, c := range cands {
		r := &rowsOf[c.page][c.idx]
		if r.why == "" && stackedOnRunning(rowsOf[c.page], c.idx, c.top, len(seen[c.key]), len(pages)) {
			r.why = whyRunning
			out = append(out, chromeLine{text: r.text(), why: r.why, page: r.page})
		}
	}
	// placeChrome lists each page's lines where the page starts.
	slices.SortStableFunc(out, func(a, b chromeLine) int { return a.page - b.page })
	return out
}

// stackedOnRunning reports whether the row at i, the first or last of
// its page's rows (top says which), is a running header or footer
// stacked on another: the row next to it toward the text is one
// (markChrome's whyRunning), and the row's text repeats at the same edge
// on most of the pages (on seen of pages), as a security marking
// ("UNCLASSIFIED") is set right over the running header ("TLP:WHITE")
// that the gap to the text sets apart, with no gap of its own.
func stackedOnRunning(rows []row, i int, top bool, seen, pages int) bool {
	next := i + 1
	if !top {
		next = i - 1
	}
	if (top && i != 0) || (!top && i != len(rows)-1) || next < 0 || next >= len(rows) {
		return false
	}
	return rows[next].why == whyRunning && pages >= 3 && 2*seen > pages
}

// slideTitles reports whether the pages are slides, each with its title
// at its top: on most pages (slidePages) the first row is set alone in
// the page's largest size (titleRow), and those titles change from page
// to page, at least one in minSlideTitles of them new, where a running
// header, however large, repeats one text page after page. A Beamer
// deck's frame titles, which a frame's continuation slides repeat
// ("Introduction" over two slides, "About You" over three), are its
// headings then, not its running headers.
func slideTitles(rowsOf [][]row) bool {
	titled := 0
	texts := map[string]bool{}
	for _, rows := range rowsOf {
		if len(rows) > 0 && titleRow(rows, 0) {
			titled++
			texts[digitless(rows[0].text())] = true
		}
	}
	return titled >= 3 && float64(titled) >= slidePages*float64(len(rowsOf)) && float64(len(texts)) >= minSlideTitles*float64(titled)
}

// slidePages is the share of a deck's pages that open with a title
// (slideTitles), its title and closing slides aside; minSlideTitles the
// share of those titles that differ, a frame going on over two or three
// slides.
const (
	slidePages     = 0.6
	minSlideTitles = 0.4
)

// chapterHeader reports whether a row near a page's edge (side "t" or
// "b") is a running header of two parts set apart, one of them a running
// header of other pages alone (seen and apartOn by markChrome's keys):
// Word's header of the document's title at one margin and the chapter's
// name at the other (a StyleRef field: "Regexator – User Guide" and
// "Pattern Editor"), which repeats on its chapter's few pages only. A
// part with no word (hasLetterWord) is no such part: a page number, which
// a contents line ends in too, or a hex dump's bytes.
func chapterHeader(r row, side string, seen map[string]map[int]bool, apartOn map[string]bool) bool {
	if len(r.segs) < 2 {
		return false
	}
	return slices.ContainsFunc(r.segs, func(s segment) bool {
		k := side + digitless(s.text)
		return hasLetterWord(s.text) && len(seen[k]) >= 2 && apartOn[k]
	})
}

// hasLetterWord reports whether s holds a word of three letters or more:
// a title's or a chapter's name, no page number or bytes of a hex dump
// ("74 65 78 74 2f 78 2d 64", whose digitless keys repeat too).
func hasLetterWord(s string) bool {
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if utf8.RuneCountInString(w) >= 3 {
			return true
		}
	}
	return false
}

// titleRow reports whether the first row of a page's rows is its title:
// set alone (one segment, no page number beside it), in the page's
// largest size, larger than every other row of the page and than its
// repeats as a running header on later pages (repeat), as a title page
// sets the document's title (DocBook's "Shared MIME-info Database" over
// the author, which every later page repeats smaller at its top).
func titleRow(rows []row, repeat float64) bool {
	if len(rows) < 2 || len(rows[0].segs) != 1 {
		return false
	}
	size := rows[0].size
	if size <= repeat*(1+smallSizeStep) {
		return false
	}
	for _, r := range rows[1:] {
		if r.size >= size {
			return false
		}
	}
	return true
}

// digitless returns s with its runs of digits replaced by "#", so that
// "Page 3" and "Page 4" compare equal.
func digitless(s string) string {
	var b strings.Builder
	digits := false
	for _, r := range s {
		if unicode.IsDigit(r) {
			if !digits {
				b.WriteByte('#')
			}
			digits = true
			continue
		}
		digits = false
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// holdsPageNumber reports whether a row's first or last segment is the
// page's number, set apart from the rest of the row by a wide space, as a
// running head spreads over the width of the text: "5 APPENDIX … 2" on
// page 2, not the heading "1 Introduction" at the top of page 1, whose
// number a quad sets apart.
func holdsPageNumber(r row, page int) bool {
	n := itoa(page)
	last := len(r.segs) - 1
	wide := func(gap float64) bool { return gap > runningHeadGap*r.size }
	return last > 0 && (r.segs[0].text == n && wide(r.segs[1].x0-r.segs[0].x1) ||
		r.segs[last].text == n && wide(r.segs[last].x0-r.segs[last-1].x1))
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for ; n > 0; n /= 10 {
		b = append([]byte{byte('0' + n%10)}, b...)
	}
	return string(b)
}

// readingOrder returns the lines of a page's rows in reading order,
// splitting two columns when the page has them.
func readingOrder(pg pdfPage, rows []row, last columns, check func()) ([]line, columns) {
	var body []row
	for _, r := range rows {
		if r.why == "" {
			body = append(body, r)
		}
	}
	body = sideLabels(body)
	gutter, ok := findGutter(body, check)
	if !ok && last.right > 0 && last.fits(body) {
		// Too few rows to find the gutter by (the end of a section set
		// in two columns): the columns of the page before.
		gutter, ok = last.gutter, true
	}
	if !ok {
		if s, g, found := columnsBelow(body, check); found {
			return finishColumns(append(sideBoxes(body[:s]), splitColumns(pg, body[s:], g)...)), last
		}
		return finishColumns(sideBoxes(body)), last
	}
	out := splitColumns(pg, body, gutter)
	// The right column starts where most of its lines do.
	var xs []float64
	for _, l := range out {
		if l.col == 1 {
			xs = append(xs, l.x0)
		}
	}
	if len(xs) >= 2 {
		last = columns{gutter: gutter, right: median(xs)}
	}
	return finishColumns(out), last
}

// maxSideLabelWords bounds the words of a side label (sideLabels): a
// table's row heading ("Additional Guidance"), not a margin's paragraph.
const maxSideLabelWords = 4

// sideLabels moves the side labels of a page to the top of the paragraph
// they stand beside: a table whose rows are headed in a narrow column at
// the left ("Additional Guidance", "Prompts", "Evidence") centres each
// heading on its cell, so read by baseline the heading falls between
// two lines of the cell's paragraph and cuts its sentence in two. A side
// label is a short row (maxSideLabelWords words at most) that ends left
// of the body's left edge (where most of the page's rows start),
// standing between two rows that start at that edge and are one line
// apart (under paragraphGap ems); it and the labels under it go before
// the first row of the paragraph, found by going up while the rows stay
// that close. A label whose baseline is near enough a line's to share
// its row is split off it first (splitSideLabel) when it stands so.
func sideLabels(rows []row) []row {
	// Where text starts: a row's first word and any word after a gap
	// wider than sideLabelGap ems, so that a body line sharing its row
	// with a label counts where the body starts.
	starts := map[float64]int{}
	for _, r := range rows {
		for k, w := range r.words {
			if k == 0 || w.x0-r.words[k-1].x1 >= sideLabelGap*w.size {
				starts[math.Round(w.x0)]++
			}
		}
	}
	edge, most := 0.0, 0
	for x, n := range starts {
		if n > most || n == most && x < edge {
			edge, most = x, n
		}
	}
	atEdge := func(r row) bool { return math.Abs(r.x0-edge) <= 1 }
	label := func(r row) bool {
		return len(r.words) <= maxSideLabelWords && r.x1 <= edge-sideLabelGap*r.size
	}
	// A label is set in the size of the lines it stands between.
	sameParagraph := func(a, b row) bool {
		return a.page == b.page && a.size == b.size && a.y-b.y <= paragraphGap*a.size
	}
	split := make([][]row, len(rows))
	for i, r := range rows {
		split[i] = splitSideLabel(r, edge)
	}
	// body is row i, or its body when a label was split off it.
	body := func(i int) row {
		if p := split[i]; len(p) == 2 && label(p[0]) {
			return p[1]
		}
		return split[i][0]
	}
	var out []row
	for i, parts := range split {
		if len(parts) == 2 {
			// Only a label between two lines of a paragraph is split off.
			above, below := i-1, i
			if !label(parts[0]) {
				above, below = i, i+1
			}
			if above < 0 || below == len(rows) || !atEdge(body(above)) || !atEdge(body(below)) || !sameParagraph(body(above), body(below)) || parts[0].size != parts[1].size {
				parts = rows[i : i+1]
			}
		}
		out = append(out, parts...)
	}
	for i := 1; i < len(out); i++ {
		if !label(out[i]) || !atEdge(out[i-1]) {
			continue
		}
		j := i + 1 // the labels under this one, and the row after them
		for j < len(out) && label(out[j]) && out[j-1].y-out[j].y <= paragraphGap*out[j].size {
			j++
		}
		a := out[i-1]
		if j == len(out) || !atEdge(out[j]) || !sameParagraph(a, out[j]) || slices.ContainsFunc(out[i:j], func(l row) bool { return l.size != a.size }) {
			i = j - 1
			continue
		}
		top := i - 1
		for top > 0 && !label(out[top-1]) && sameParagraph(out[top-1], out[top]) {
			top--
		}
		labels := slices.Clone(out[i:j])
		copy(out[top+len(labels):j], slices.Clone(out[top:i]))
		copy(out[top:], labels)
		i = j - 1
	}
	return out
}

// splitSideLabel returns r as two rows when it begins with a side label
// drawn on a baseline of its own, near enough to a line of the body to
// share its row: a label of maxSideLabelWords words at most ending left
// of the body's left edge, the rest of the row starting at the edge, the
// two baselines sideLabelShift ems apart or more (a list's number or
// bullet shares its item's baseline). The label's row comes first when
// it stands higher.
func splitSideLabel(r row, edge float64) []row {
	k := slices.IndexFunc(r.words, func(w word) bool { return math.Abs(w.x0-edge) <= 1 })
	if k < 1 || k > maxSideLabelWords || r.words[k-1].x1 > edge-sideLabelGap*r.size ||
		math.Abs(r.words[0].y-r.words[k].y) < sideLabelShift*r.size {
		return []row{r}
	}
	label, rest := newRow(r.words[:k], r.page, r.words[0].y), newRow(r.words[k:], r.page, r.words[k].y)
	if label.y < rest.y {
		return []row{rest, label}
	}
	return []row{label, rest}
}

// sideLabelGap is how many ems of space at least part a side label from
// the body beside it (sideLabels): wider than a justified line's word
// space.
const sideLabelGap = 0.75

// sideLabelShift is how many ems the baseline of a side label sharing a
// row with the body stands from the body's (splitSideLabel): more than
// the rounding of one baseline's glyphs, less than rowTolerance.
const sideLabelShift = 0.1

// blockGap is how many ems of the larger of two rows the space between
// them must span for the rows below to be a block of their own, which
// may be set in columns when the page above is not (columnsBelow): a
// page's title and a table of key facts over a quote beside the body.
const blockGap = 3

// columnsBelow looks for a gutter in the rows below a wide vertical gap
// (blockGap) on a page where none was found in all its rows: a narrow
// column beside the body (a quote set beside a case study's text) under
// a title and a table that cross its gutter, too many of the page's
// rows for findGutter. It returns the index of the first row of the
// first such block that has a gutter, and the gutter's x.
func columnsBelow(rows []row, check func()) (int, float64, bool) {
	for s := 1; s < len(rows); s++ {
		a, b := rows[s-1], rows[s]
		if a.page != b.page || a.y-b.y <= blockGap*math.Max(a.size, b.size) {
			continue
		}
		if g, ok := findGutter(rows[s:], check); ok {
			return s, g, true
		}
	}
	return 0, 0, false
}

// splitColumns returns the lines of rows read in the two columns either
// side of gutter: each run of rows between two that cross the gutter
// (a band) column by column.
func splitColumns(pg pdfPage, rows []row, gutter float64) []line {
	var out []line
	// A band is the rows between two that cross the gutter. It is read
	// column by column when both columns have two rows or more in it
	// (a single row of two names is read as one line).
	var band []row
	flush := func() {
		var cols [2][]line
		for _, r := range band {
			var parts [2][]word
			for _, w := range r.words {
				c := 0
				if w.x0 >= gutter {
					c = 1
				}
				parts[c] = append(parts[c], w)
			}
			for c := range 2 {
				if len(parts[c]) > 0 {
					cols[c] = append(cols[c], line{row: newRow(parts[c], r.page, r.y), col: c})
				}
			}
		}
		if len(cols[0]) >= 2 && len(cols[1]) >= 2 && !pageNumberColumn(cols[1]) && !ruledAcross(band, gutter, pg.rules) && !cellsAcross(band, gutter) && !keyColumn(band, cols) {
			out = append(out, cols[0]...)
			out = append(out, cols[1]...)
		} else {
			for _, r := range band {
				out = append(out, line{row: r, col: 2})
			}
		}
		band = band[:0]
	}
	for _, r := range rows {
		if crossesAt(r, gutter) || r.x0 < gutter && r.x1 > gutter && gapAt(r, gutter) < segmentGap*r.size {
			// A word across the gutter, or only a space between words
			// there: a line across the page.
			flush()
			out = append(out, line{row: r, col: 2})
			continue
		}
		band = append(band, r)
	}
	flush()
	return out
}

// keyGap is how many ems short of the right column's left edge every
// line of the left one ends in a table of terms and their definitions
// (keyColumn): a column of text runs up to its gutter, a em or two wide.
const keyGap = 3

// keyColumn reports whether a band read as two columns (cols, the left
// one and the right one) is a borderless table of two columns instead,
// short terms and their definitions ("AWS  Amazon Web Services"): every
// row of the band has words on both sides of the gutter, and every line
// of the left column ends keyGap ems or more short of the right column,
// where the lines of a page's left column of text run up to its gutter.
func keyColumn(band []row, cols [2][]line) bool {
	if len(cols[0]) != len(band) || len(cols[1]) != len(band) {
		return false
	}
	right := cols[1][0].x0
	for _, l := range cols[1] {
		right = math.Min(right, l.x0)
	}
	for _, l := range cols[0] {
		if right-l.x1 < keyGap*l.size {
			return false
		}
	}
	return true
}

// pageNumberColumn reports whether the lines of a right column are each
// a bare page number: a table of contents whose titles are set flush
// left and their page numbers in a column of their own at the right
// margin, with no leader dots between (Word's contents with a plain
// right tab, macOS Quartz's). Read as two columns, the titles are glued
// into headings of their own and the numbers into one line of chrome;
// read row by row, each line is a title and its page number, which
// markContents knows.
func pageNumberColumn(ls []line) bool {
	for _, l := range ls {
		t := l.text()
		if len(l.words) != 1 || !isDigits(t) || len(t) > 4 {
			return false
		}
	}
	return true
}

// ruledAcross reports whether a rule drawn between two rows of a band
// crosses the gutter found in it: the band is a table whose cells'
// borders are drawn (Word's and LibreOffice's tables, a rule under each
// row), its rows read row by row, not its columns one after the other
// as columns of text, which no rule crosses between their lines ("Keys"
// over "Enter" and "F7" and "Description" over "Open item", Regexator's
// hotkeys).
func ruledAcross(band []row, gutter float64, rules []rule) bool {
	if len(band) < 2 {
		return false
	}
	top, bottom := band[0], band[len(band)-1]
	for _, r := range rules {
		if r.x0 < gutter && r.x1 > gutter && r.y < top.y && r.y > bottom.y+bottom.size {
			return true
		}
	}
	return false
}

// minAcrossCells is the fewest segments each row of a table must have
// for cellsAcross to read the rows whole: a cell left of the gutter and
// two right of it, or two and one, where a row of two columns of text
// has a line on each side, one segment each.
const minAcrossCells = 3

// cellsAcross reports whether the rows of a band that have words on both
// sides of the gutter are the rows of one table the gutter falls
// between two columns of: each holds minAcrossCells segments or more,
// as many as the first such row, each starting within columnSlack ems
// of the first row's (nDPI's "DNS  packets: 38  bytes: 5160  flows: 19"
// under "Detected protocols:", its rows read row by row, not as the
// names and packets of every row and then their bytes and flows).
// Two columns of text have one line on each side of the gutter, one
// segment each but for a line with a wide space in it.
func cellsAcross(band []row, gutter float64) bool {
	var first *row
	n := 0
	for i, r := range band {
		if r.x0 >= gutter || r.x1 <= gutter {
			continue
		}
		if len(r.segs) < minAcrossCells {
			return false
		}
		if first == nil {
			first = &band[i]
		} else if len(r.segs) != len(first.segs) || slices.ContainsFunc(r.segs, func(s segment) bool {
			k := slices.Index(r.segs, s)
			return math.Abs(s.x0-first.segs[k].x0) > columnSlack*r.size
		}) {
			return false
		}
		n++
	}
	return n >= 2
}

// Text boxes beside a paragraph (sideBoxes).
const (
	// minBoxRows is the fewest rows a box beside a paragraph spans.
	minBoxRows = 3
	// boxNear is how many rows above or below a box are looked at for
	// a line across the box's left edge.
	boxNear = 3
	// monoTolerance is how far, as a share of the first, the advances
	// of the words of a monospaced line may differ (monoAdvance):
	// rounding of the glyphs' places, where proportional words' mean
	// advances differ by a tenth and more ("ill" and "wow").
	monoTolerance = 0.03
	// monoSpaceRatio is how many characters' advances wide a gap in a
	// monospaced line must be to stand at a box's edge (boxEdge): more
	// than the one of a space, less than the two a verbatim text's
	// aligned columns leave.
	monoSpaceRatio = 1.5
)

// sideBoxes returns the lines of a page with one column, reading a text
// box set beside a paragraph (the paragraph's lines wrapped short of it)
// apart from the paragraph: after the paragraph's last line, not glued
// into its lines ("recorded in the Lost a key card? booking system"). A
// box is found as a run of rows that each have a word starting at the
// same x, the box's left edge, with the paragraph's words left of it
// ending at one place (justified up to the box), three or more of them,
// and a gap wider than a space but narrower than three ems before it, the
// rows ending at different places (the box's lines are set flush left),
// while a row near the run has a word across that x (the paragraph's
// lines below or above the box, or the text around it, are not cut
// there: the x is no column of a table), and the rows' text left of it
// is not cut into cells starting at the same places (cellsLeftOf).
func sideBoxes(rows []row) []line {
	out := make([]line, 0, len(rows))
	for i := 0; i < len(rows); {
		x, n := boxEdge(rows, i)
		if n < minBoxRows || !crossedNear(rows, i, i+n, x) || !ragged(rows[i:i+n]) || cellsLeftOf(rows[i:i+n], x) {
			out = append(out, line{row: rows[i]})
			i++
			continue
		}
		var box []line
		for _, r := range rows[i : i+n] {
			k := slices.IndexFunc(r.words, func(w word) bool { return math.Abs(w.x0-x) <= 1 })
			out = append(out, line{row: newRow(r.words[:k], r.page, r.y)})
			box = append(box, line{row: newRow(r.words[k:], r.page, r.y), col: 1})
		}
		// The paragraph goes on below the box until a wider gap.
		j := i + n
		for j < len(rows) && rows[j].size == rows[j-1].size && rows[j-1].y-rows[j].y <= paragraphGap*1.2*rows[j-1].size {
			out = append(out, line{row: rows[j]})
			j++
		}
		out = append(out, box...)
		i = j
	}
	return out
}

// cellsLeftOf reports whether every one of rows has a segment, after its
// first, starting left of x at the same place as the others': the rows
// are a table's, x the start of its last column (a table of fees whose
// right-aligned amounts end together short of the notes column), not a
// paragraph beside a box.
func cellsLeftOf(rows []row, x float64) bool {
	for _, sg := range rows[0].segs[1:] {
		if sg.x0 >= x {
			break
		}
		if !slices.ContainsFunc(rows[1:], func(r row) bool {
			return !slices.ContainsFunc(r.segs[1:], func(o segment) bool { return math.Abs(o.x0-sg.x0) <= 1 })
		}) {
			return true
		}
	}
	return false
}

// boxEdge returns the x of the left edge of a box beside a paragraph that
// rows from i on share, and how many rows share it (0 when none).
func boxEdge(rows []row, i int) (float64, int) {
	best, bestN := 0.0, 0
	for k := 3; k < len(rows[i].words); k++ {
		x := rows[i].words[k].x0
		right := rows[i].words[k-1].x1 // where the paragraph's words end
		if gap := x - right; gap < 0.5*rows[i].size || gap > 3*rows[i].size {
			continue // a space between words, or a table's columns
		}
		if adv, ok := monoAdvance(rows[i].words[:k+1]); ok && x-right < monoSpaceRatio*adv {
			continue // one character's space of a monospaced line
		}
		n := 1
		for j := i + 1; j < len(rows) && n < 50; j++ {
			r := rows[j]
			m := slices.IndexFunc(r.words, func(w word) bool { return math.Abs(w.x0-x) <= 1 })
			if m < 3 || math.Abs(r.words[m-1].x1-right) > 0.3*r.size || r.size != rows[i].size {
				break
			}
			n++
		}
		if n > bestN {
			best, bestN = x, n
		}
	}
	return best, bestN
}

// monoAdvance returns the advance of the characters of words set in a
// monospaced font, every word as wide as its characters times that
// advance (within monoTolerance), and whether they are: three words at
// least, so that a run of proportional words of one average width does
// not pass. A box's edge stands after a gap wider than one space
// (boxEdge), and the space of a monospaced font is a character's
// advance, half an em, as wide as a box's gap; the words of a verbatim
// text's lines meet the same character columns, so three lines whose
// words start at one column after equal runs of characters (BASICLU's
// "When this value is" over "attempts to keep L") are no box.
func monoAdvance(ws []word) (float64, bool) {
	if len(ws) < 3 {
		return 0, false
	}
	adv := 0.0
	for i, w := range ws {
		a := (w.x1 - w.x0) / float64(utf8.RuneCountInString(w.text))
		if i == 0 {
			adv = a
		} else if math.Abs(a-adv) > monoTolerance*adv {
			return 0, false
		}
	}
	return adv, adv > 0
}

// ragged reports whether the rows of a box beside a paragraph end at
// different places, as a box's lines set flush left do; lines of a
// justified paragraph whose spaces happen to line up end together.
func ragged(rows []row) bool {
	lo, hi := rows[0].x1, rows[0].x1
	for _, r := range rows[:len(rows)-1] { // the last may end a paragraph
		lo, hi = math.Min(lo, r.x1), math.Max(hi, r.x1)
	}
	return hi-lo > rows[0].size
}

// crossedNear reports whether a row within boxNear rows of rows[from:to]
// has a word across x.
func crossedNear(rows []row, from, to int, x float64) bool {
	for j := max(0, from-boxNear); j < min(len(rows), to+boxNear); j++ {
		if (j < from || j >= to) && crossesAt(rows[j], x) {
			return true
		}
	}
	return false
}

// columns are the two columns of a page: the x of the gutter between
// them and where the right column's lines start; right is 0 when none
// was found.
type columns struct {
	gutter, right float64
}

// fits reports whether the rows of a page are set in the columns c: two
// or more rows have a wide gap at the gutter and text to its right that
// starts where the right column does, and no row has text starting
// elsewhere right of the gutter without crossing it (a table's cells).
func (c columns) fits(rows []row) bool {
	n := 0
	for _, r := range rows {
		if crossesAt(r, c.gutter) || r.x1 <= c.gutter {
			continue
		}
		if r.x0 < c.gutter && gapAt(r, c.gutter) < segmentGap*r.size {
			continue // a line across the page
		}
		k := slices.IndexFunc(r.words, func(w word) bool { return w.x0 >= c.gutter })
		if k < 0 || math.Abs(r.words[k].x0-c.right) > r.size {
			return false
		}
		n++
	}
	return n >= 2
}

// crossesAt reports whether a word of r spans x.
func crossesAt(r row, x float64) bool {
	for _, w := range r.words {
		if w.x0 < x && w.x1 > x {
			return true
		}
	}
	return false
}

// findGutter looks for the vertical gap between two columns of text: an x
// near the middle of the text that few rows cross with a word while many
// rows have words on each side of it (on one row or on separate ones, as
// the lines of two columns need not share baselines).
func findGutter(rows []row, check func()) (float64, bool) {
	if len(rows) < 6 {
		return 0, false
	}
	lo, hi := rows[0].x0, rows[0].x1
	for _, r := range rows {
		lo, hi = math.Min(lo, r.x0), math.Max(hi, r.x1)
	}
	width := hi - lo
	n := len(rows)
	// Scan the middle of the text in steps of a point, or in 400 steps
	// when the text is wider than 1000 points.
	step := math.Max(1, 0.4*width/400)
	// The gutter is the middle of the widest run of x with the best score.
	bestScore, runStart, runLen, bestLen, best := 0, 0.0, 0, 0, 0.0
	for x := lo + 0.3*width; x <= lo+0.7*width; x += step {
		check()
		cross, left, right := 0, 0, 0
		for _, r := range rows {
			if crossesAt(r, x) {
				cross++
				continue
			}
			if r.x0 < x {
				left++
			}
			if r.x1 > x {
				right++
			}
		}
		if cross*5 > n || left*4 < n || right*4 < n {
			runLen = 0
			continue
		}
		// Rows with words on both sides of x but not across it are the
		// spaces of one-column text: a gutter has few of them.
		both := 0
		for _, r := range rows {
			if r.x0 < x && r.x1 > x && !crossesAt(r, x) && gapAt(r, x) < segmentGap*r.size {
				both++
			}
		}
		score := min(left, right) - 3*cross - 3*both
		switch {
		case score > bestScore:
			bestScore, runStart, runLen, bestLen, best = score, x, 1, 1, x
		case score == bestScore && score > 0:
			if runLen == 0 {
				runStart = x
			}
			runLen++
			if runLen > bestLen {
				bestLen, best = runLen, (runStart+x)/2
			}
		default:
			runLen = 0
		}
	}
	return best, bestScore > 0
}

// gapAt returns the width of the space between the words of r around x.
func gapAt(r row, x float64) float64 {
	for i := 1; i < len(r.words); i++ {
		if r.words[i-1].x1 <= x && r.words[i].x0 >= x {
			return r.words[i].x0 - r.words[i-1].x1
		}
	}
	return 0
}

// finishColumns fills in each line's column edges, its line pitch and the
// baseline above it in its column.
func finishColumns(ls []line) []line {
	type edges struct {
		left, right float64
		pitches     []float64
	}
	cols := map[int]*edges{}
	lastY := map[int]float64{}
	for i, l := range ls {
		e := cols[l.col]
		if e == nil {
			e = &edges{left: l.x0, right: l.x1}
			cols[l.col] = e
		}
		e.left, e.right = math.Min(e.left, l.x0), math.Max(e.right, l.x1)
		if y, ok := lastY[l.col]; ok {
			ls[i].prevY = y
			if d := y - l.y; d > 0 {
				e.pitches = append(e.pitches, d)
			}
		} else {
			ls[i].prevY = math.NaN()
		}
		lastY[l.col] = l.y
	}
	// The distances under lines that fill their column to its right
	// edge: such a line wraps, so the next one stands at the paragraph's
	// own pitch, never after a paragraph's gap.
	// They are kept by column and font size: a title's larger lines
	// stand farther apart.
	type colSize struct {
		col  int
		size float64
	}
	// The distances between any two lines of one size in a row are
	// kept too, for blankLinePitch.
	wrapped, sized := map[colSize][]float64{}, map[colSize][]float64{}
	for i := 1; i < len(ls); i++ {
		p, l := ls[i-1], ls[i]
		if p.col != l.col || p.page != l.page || p.size != l.size || math.IsNaN(l.prevY) || p.y <= l.y {
			continue
		}
		k := colSize{l.col, l.size}
		sized[k] = append(sized[k], p.y-l.y)
		if p.x1 > cols[l.col].right-p.size {
			wrapped[k] = append(wrapped[k], p.y-l.y)
		}
	}
	for i := range ls {
		e := cols[ls[i].col]
		ls[i].left, ls[i].right = e.left, e.right
		k := colSize{ls[i].col, ls[i].size}
		ls[i].pitch = linePitch(e.pitches, wrapped[k], sized[k])
		if ls[i].pitch == 0 {
			ls[i].pitch = 1.2 * ls[i].size
		}
	}
	return ls
}

// linePitch returns the usual distance between the baselines of a
// column's lines: the median of all its distances, unless that is more
// than gapPitchRatio times the median distance under its full lines of
// one font size (wrapped, the distances under lines that fill the column
// to the next line of their size, when there are minWrappedPitches of
// them): then the latter, for the lines of that size. A page
// of many short paragraphs (a manual page's options, each a line over a
// gap, and its lines of code) has more gaps between paragraphs than
// distances within them, and the median of all would take a paragraph's
// gap for the pitch, joining the paragraphs.
func linePitch(all, wrapped, sized []float64) float64 {
	m := median(all)
	if len(wrapped) >= minWrappedPitches {
		if w := median(wrapped); m > gapPitchRatio*w {
			return w
		}
		return m
	}
	if p := blankLinePitch(m, sized); p > 0 {
		return p
	}
	return m
}

// blankLinePitch returns the pitch of text set on a fixed grid of lines
// whose paragraphs a blank line parts (a verbatim block, typewritten or
// plain text: BASICLU's parameter texts in CMTT8, each item a blank
// line below the last), or 0. Such ragged lines seldom fill the column,
// so linePitch has too few wrapped distances, and where most items
// stand apart the median distance m is a blank line's. sized holds the
// distances between lines of one size in a row: when minWrappedPitches
// of them are narrower than m by gapPitchRatio, and m is a whole number
// (two or more) of their median within blankLineSlack of a pitch, that
// median is the pitch. A gap of any other width (a heading's space, a
// double-spaced body's lines over a footnote's) leaves m.
func blankLinePitch(m float64, sized []float64) float64 {
	var narrow []float64
	for _, d := range sized {
		if m > gapPitchRatio*d {
			narrow = append(narrow, d)
		}
	}
	if len(narrow) < minWrappedPitches {
		return 0
	}
	p := median(narrow)
	if r := m / p; r >= 2-blankLineSlack && math.Abs(r-math.Round(r)) < blankLineSlack {
		return p
	}
	return 0
}

// median returns the median of xs, or 0 when there are none.
func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	return s[len(s)/2]
}

// table is what the lines of one table share.
type table struct {
	cols  []float64 // where its columns start
	size  float64   // the size of its rows' text
	pitch float64   // the distance between its first two baselines
	first string    // the text of its first line
	// headed says the first row is the table's header (see
	// headerEvidence).
	headed bool
}

// markContents marks the lines of a table of contents: two or more lines
// in a row, each a title and a page number (with or without leader dots
// between them) whose title is the text of a line further on (the heading
// it lists), their page numbers in order; and the "Contents" line above
// them.
func markContents(ls []line) {
	last := map[string]int{} // a line's text → the last line with it
	for i, l := range ls {
		last[strings.ToLower(normSpace(l.text()))] = i
	}
	entry := func(i int) (page int, ok bool) {
		l := ls[i]
		n := len(l.segs)
		if n == 0 || l.table != nil {
			return 0, false
		}
		var num, title string
		switch m := leaderRE.FindStringSubmatch(l.text()); {
		case m != nil:
			// LibreOffice and Word draw the leader dots with the
			// text, with no gap wide enough to cut a segment.
			title, num = m[1], m[2]
		case n >= 2:
			num = l.segs[n-1].text
			title = l.text()
			title = strings.TrimRight(title[:len(title)-len(num)], leaderDots)
		default:
			return 0, false
		}
		if !isDigits(num) || len(num) > 4 {
			return 0, false
		}
		at, found := last[strings.ToLower(normSpace(title))]
		if !found || at <= i {
			return 0, false
		}
		page = 0
		for _, c := range num {
			page = page*10 + int(c-'0')
		}
		return page, true
	}
	for i := 0; i < len(ls); {
		j, prev := i, 0
		for j < len(ls) {
			p, ok := entry(j)
			if !ok || p < prev {
				break
			}
			prev = p
			j++
		}
		if j-i < 2 {
			i++
			continue
		}
		for k := i; k < j; k++ {
			ls[k].why = whyContents
		}
		if i > 0 && contentsHeading(ls[i-1].text()) {
			ls[i-1].why = whyContents
		}
		i = j
	}
	// Contents without page numbers, as a web page printed to PDF lists
	// its sections: a run of lines that each open with a section number
	// ("5.2.1. Running Cachegrind") and are the text of a line further
	// on, the heading they list.
	numbered := func(i, end int) bool {
		l := ls[i]
		if l.why != "" || l.table != nil || len(l.words) < 2 || !sectionNumberRE.MatchString(l.words[0].text) {
			return false
		}
		at, found := last[strings.ToLower(normSpace(l.text()))]
		return found && at > end
	}
	for i := 0; i < len(ls); {
		j := i
		for j < len(ls) && numbered(j, j) {
			j++
		}
		if j-i >= minLeaderRun && numberedRun(ls, i, j, numbered) {
			for k := i; k < j; k++ {
				ls[k].why = whyContents
			}
			if i > 0 && contentsHeading(ls[i-1].text()) {
				ls[i-1].why = whyContents
			}
		}
		i = max(j, i+1)
	}
	// An index, or contents whose titles are not lines of the text
	// again: a run of lines that are each a title, a leader and the
	// number of one of the document's pages ("asn1_read_value ::::: 13").
	pages := 0
	for _, l := range ls {
		pages = max(pages, l.page)
	}
	leadered := func(l line) bool {
		title, n := pageListed(l, leaderRE, pages)
		return n > 0 && strings.ContainsFunc(title, unicode.IsLetter)
	}
	for i := 0; i < len(ls); {
		j := i
		for j < len(ls) && ls[j].why == "" && leadered(ls[j]) {
			j++
		}
		if j-i >= minLeaderRun {
			for k := i; k < j; k++ {
				ls[k].why = whyContents
			}
		}
		i = max(j, i+1)
	}
	markPagedContents(ls, pages)
}

// pageEndRE matches a line that ends in a number after a word, with
// leader dots, spaces or nothing between them ("3.1 Live Capture Mode
// 8", "1.1 Download Source4", "Scope ..... 2"): the title's page.
var pageEndRE = regexp.MustCompile(`^(.*\p{L}\S*?)[ .:·…]*(\d{1,4})$`)

// markPagedContents marks the contents under a "Contents" line
// (contentsRE) that markContents finds no other way (their titles not
// lines of the text again, no leader dots): the run of lines right under
// it on its page, minLeaderRun or more, that each end in the number of
// one of the document's pages (pageEndRE), in order, the number glued to
// the title's last word or not ("1.1 Download Source4", as a guide's
// contents set them), or wrap a title onto the next such line ("2.2
// Compiling the demo pcapReader Source" over "Code 5"). A line of the
// run marked before stays so.
func markPagedContents(ls []line, pages int) {
	page := func(l line) int {
		if _, n := pageListed(l, pageEndRE, pages); n >= l.page {
			return n
		}
		return 0
	}
	for i, c := range ls {
		if !contentsRE.MatchString(normSpace(c.text())) {
			continue
		}
		j, prev, entries := i+1, 0, 0
		for j < len(ls) && ls[j].page == c.page && (ls[j].why == "" || ls[j].why == whyContents) {
			n, end := page(ls[j]), j+1
			if n == 0 && j+1 < len(ls) && ls[j+1].page == c.page {
				n, end = page(ls[j+1]), j+2
			}
			if n == 0 || n < prev {
				break
			}
			prev, j = n, end
			entries++
		}
		if entries < minLeaderRun {
			continue
		}
		for k := i; k < j; k++ {
			ls[k].why = whyContents
		}
	}
}

// pageListed reads line l, outside a table, as a title and a page number
// by re (leaderRE, pageEndRE: the title its first group, the number its
// second), and returns them when the number is one of the document's
// pages (1 to pages); else n is 0.
func pageListed(l line, re *regexp.Regexp, pages int) (title string, n int) {
	m := re.FindStringSubmatch(normSpace(l.text()))
	if m == nil || l.table != nil {
		return "", 0
	}
	n, err := strconv.Atoi(m[2])
	if err != nil || n < 1 || n > pages {
		return "", 0
	}
	return m[1], n
}

// numberedRun reports whether each line of ls[i:j] is listed again
// after the run's end, the headings coming after their contents.
func numberedRun(ls []line, i, j int, numbered func(i, end int) bool) bool {
	for k := i; k < j; k++ {
		if !numbered(k, j-1) {
			return false
		}
	}
	return true
}

// leaderDots are the characters of a leader between a title and its page
// number, and the spaces between them: TeX's dots may be read as colons
// when its font has no map to Unicode.
const leaderDots = " .:·…"

// leaderRE matches a line of a table of contents whose title and page
// number are joined by leader dots ("Scope . . . . 2", "Scope.....2",
// "Scope:::::2").
var leaderRE = regexp.MustCompile(`^(.*?)[ .:·…]*(?:[.:·] ?){4,}[ .:·…]*(\d{1,4})$`)

// markTables finds the tables: a table starts with two lines whose
// segments, two or more, start at the same places (the columns), and goes
// on with lines that start a row (segments at those places again) and
// lines whose words all sit in the columns, the cells' text wrapped onto
// more lines; a line that has no segment in the first column goes on with
// the row above. The first row repeated atop the next page is the header
// again. A line that has text only in some of the columns of the row's
// first line, each cell of it the wrapped text of a cell above (see
// wraps), goes on with that row, even in the first column. A numbered
// heading ("2 Methods", "2.1 Field sites": a section number, a wide space
// and a title, in bold or larger than the body) is not a row. rules and
// sides are the pages' horizontal and vertical rules by page number, by
// which a header row and merged cells are found: in a ruled table, a line
// starts a row when a rule runs above its cells, even with no text in the
// first column (the first column's cell merged down into it) or with text
// that would have wrapped.
func markTables(ls []line, rules map[int][]rule, sides map[int][]side) {
	body := bodySize(ls)
	bodyText := body // body is the name of a line index below
	aligned := func(a, b line) bool {
		if len(a.segs) < 2 || a.why != "" || b.why != "" || a.code || b.code || a.page != b.page || a.col != b.col ||
			isMarker(a.segs[0].text) || isMarker(b.segs[0].text) || numberedHeading(a, body) || numberedHeading(b, body) {
			return false
		}
		if justifiedProse(a, b) || runInHeading(a) || runInHeading(b) {
			return false
		}
		if len(a.segs) != len(b.segs) {
			// A row with a cell that spans two columns has fewer
			// segments, each starting where a column does.
			return len(b.segs) >= 2 && a.bold == b.bold && spannedRow(a, b)
		}
		// A column's cells line up on their left edges, or, when they
		// are short (numbers, a label over them), on their right edges;
		// the first column's on the left, or on the right when its
		// cells are single words, labels set flush right (a results
		// table's "true" over "estimated").
		short := func(s segment) bool { return strings.Count(s.text, " ") < 3 }
		for i := range a.segs {
			if math.Abs(a.segs[i].x0-b.segs[i].x0) > columnSlack*a.size &&
				(i == 0 && !rightFlushLabels(a.segs[0], b.segs[0], a.size) || !short(a.segs[i]) || !short(b.segs[i]) || !shortCellsAligned(a.segs[i], b.segs[i], a.size)) {
				return false
			}
		}
		return true
	}
	for i := 0; i+1 < len(ls); i++ {
		if i > 0 && goesOnProse(ls[i-1], ls[i]) {
			continue
		}
		t := &table{size: ls[i+1].size, pitch: ls[i].y - ls[i+1].y, first: ls[i].text()}
		for _, sg := range ls[i].segs {
			t.cols = append(t.cols, sg.x0)
		}
		right := ls[i].x1 // the right edge of the table's text
		// The first row's cells may wrap onto a few lines before the
		// second row.
		k := i + 1
		if len(ls[i].segs) >= 2 {
			for k < len(ls) && k-i <= maxWrapLines && (t.holds(ls[k-1], ls[k]) && t.wraps(ls[i], ls[k-1], ls[k], right, false) || t.wrapsBack(ls[k-1], ls[k], right)) {
				k++
			}
		}
		// Under rules drawn over each of its cells, the first row may
		// run onto more lines, and it may be the table's only row,
		// when rules are drawn under its cells too (a requirements
		// table's rows, each boxed, the first or only one wrapped onto
		// five lines).
		single := false
		if (k == len(ls) || !aligned(ls[i], ls[k])) && len(ls[i].segs) >= 2 && t.ruledRow(ls[i], ls[i], rules, false) {
			// Its lines go on to the next that starts a cell in the
			// first column or under a rule, the lines broken by hand
			// too.
			for k < len(ls) && t.holds(ls[k-1], ls[k]) && len(ls[k].segs) > 0 && t.column(ls[k].segs[0].x0) > 0 && !t.ruledAbove(ls[k-1], ls[k], rules) {
				k++
			}
			single = (k == len(ls) || !aligned(ls[i], ls[k])) && k-i >= 2 && t.ruledRow(ls[i], ls[k-1], rules, true)
		}
		if !single && (k == len(ls) || !aligned(ls[i], ls[k])) {
			continue
		}
		if !single && len(ls[k].segs) > len(t.cols) {
			t.cols = t.cols[:0]
			for _, sg := range ls[k].segs {
				t.cols = append(t.cols, sg.x0)
			}
		}
		ls[i].table, ls[i].rowStart = t, true
		for w := i + 1; w < k; w++ {
			ls[w].table = t
			right = math.Max(right, ls[w].x1)
		}
		// The last line that starts a row with segments in place, the
		// last line that starts a row, the last line of a row, the last
		// line.
		full, start, body, last := i, i, k-1, k-1
		from := k
		if single {
			from = len(ls)
		}
		for j := from; j < len(ls); j++ {
			l := ls[j]
			// Whether l is the first line of its page below a repeated header.
			top := math.IsNaN(l.prevY) || ls[j-1].again
			switch {
			case l.page == ls[last].page+1 && l.text() == t.first:
				ls[j].table, ls[j].again = t, true
			case aligned(ls[full], l):
				ls[j].table, ls[j].rowStart = t, !t.wraps(ls[start], ls[body], l, right, top)
				full = j
			case l.bold && !ls[last].bold && (numberedHeading(l, bodyText) || sectionNumberRE.MatchString(l.words[0].text) && len(l.words) > 1):
				// "2.2.1 Extensions" under the table ends it.
				j = len(ls)
				continue
			case t.holds(ls[last], l):
				ls[j].table, ls[j].rowStart = t, t.ruledAbove(ls[last], l, rules) || t.column(l.segs[0].x0) == 0 && !t.wraps(ls[start], ls[body], l, right, top)
			case t.wrapsBack(ls[last], l, right):
				ls[j].table, ls[j].rowStart = t, false
			case footOfPage(ls, j, t.size):
				// The page's footnotes under a table that goes on
				// atop the next page: the table goes on after them.
				continue
			default:
				j = len(ls)
				continue
			}
			if ls[j].rowStart {
				start = j
			}
			if !ls[j].again {
				body = j
			}
			last = j
			right = math.Max(right, l.x1)
		}
		first := i
		switch {
		case i > 0 && t.centredHeader(ls[i-1], ls[i], right):
			ls[i-1].table, ls[i-1].rowStart = t, true
			t.first, first = ls[i-1].text(), i-1
		default:
			// Bold lines above whose labels start at the columns are a
			// header of one or more rows, its cells spanning columns
			// ("Longest loan" over "Staff" and "Visitors").
			for j := i - 1; j >= 0 && i-j <= maxHeaderLines && !ls[i].bold && t.headerAbove(ls[j], ls[j+1]); j-- {
				first = j
			}
			if first < i {
				for j := first; j < i; j++ {
					ls[j].table, ls[j].rowStart = t, j == first
				}
				ls[i].rowStart = true
				t.first = ls[first].text()
			}
		}
		t.headed = t.headerEvidence(ls[first:last+1], rules)
		if !t.headed && taggedParagraphs(ls[first:last+1], t) {
			for j := first; j <= last; j++ {
				if ls[j].rowStart {
					ls[j].hang = ls[j].segs[1].x0
				}
				ls[j].table, ls[j].rowStart, ls[j].again = nil, false, false
			}
			i = last
			continue
		}
		t.markMerged(ls[first:last+1], rules, sides, right)
		i = last
	}
}

// rightFlushLabels reports whether two first cells of a table's rows are
// labels of one word each set flush right in their column, their right
// edges within flushSlack ems of each other ("true" over "estimated").
func rightFlushLabels(a, b segment, size float64) bool {
	return !strings.Contains(a.text, " ") && !strings.Contains(b.text, " ") && math.Abs(a.x1-b.x1) <= flushSlack*size
}

// shortCellsAligned reports whether two short cells of a column (a
// number, a word or two) line up on their right edges, as numbers are
// set, or on their middles, as a centred column's are (the values of
// nDPI's credits, "http://www.ntop.org/products/ndpi/" over
// "www.ntop.org" over "LGPLv3", centred under one another right of
// their labels), within columnSlack ems.
func shortCellsAligned(a, b segment, size float64) bool {
	return math.Abs(a.x1-b.x1) <= columnSlack*size || math.Abs((a.x0+a.x1)-(b.x0+b.x1))/2 <= columnSlack*size
}

// taggedParagraphs reports whether the lines ls of table t, which has no
// header, are paragraphs set with a hanging indent under a tag, as a
// manual page's options are ("−L" over "Follow symbolic links. When find
// examines …") and a description list can be: two columns, each row's
// tag one line of the first column, and the text of some row's second
// column a run of sentences, more than one, that wraps onto lines of its
// own. A table's cell holds a value or a sentence; text that goes on
// from sentence to sentence is prose, read as paragraphs.
func taggedParagraphs(ls []line, t *table) bool {
	if len(t.cols) != 2 {
		return false
	}
	prose := false
	var text string
	wraps := false
	end := func() {
		prose = prose || wraps && innerStopRE.MatchString(text)
		text, wraps = "", false
	}
	for _, l := range ls {
		switch {
		case l.rowStart:
			if len(l.segs) != 2 {
				return false
			}
			end()
			text = l.segs[1].text
		case l.x0 < t.cols[1]-columnSlack*l.size:
			// The tag wraps, or a line sits in the first column.
			return false
		default:
			text += " " + l.text()
			wraps = true
		}
	}
	end()
	return prose
}

// innerStopRE matches the end of a sentence followed by another sentence.
var innerStopRE = regexp.MustCompile(`\p{Ll}[.!?]["”’)]* +["“‘(]?\p{Lu}`)

// footOfPage reports whether line j and the lines after it on its page
// are set smaller than size, the text of a table above them, and the page
// is followed by another: footnotes at the foot of a page that a table
// runs over.
func footOfPage(ls []line, j int, size float64) bool {
	k := j
	for k < len(ls) && ls[k].page == ls[j].page && ls[k].col == ls[j].col {
		if ls[k].why != "" || ls[k].size > 0.95*size {
			return false
		}
		k++
	}
	return k < len(ls) && ls[k].page == ls[j].page+1
}

// splitOptionTerms parts each line that sets an option's term and the
// start of its text on one baseline into two lines, the term and the
// text, so that the term reads as the heading over its text as a term on
// a line of its own does: groff sets a manual page's short term ("-d",
// "--help") in bold at the left and its text from the tab stop of the
// hanging indent ("-d      Print debugging information …"), and
// help2man's two-column lists the same ("-S      sort by file size,
// largest first"). So does groff's .TP with any tag narrower than the
// indent: a configuration variable's name (adduser.conf's "SKEL      The
// directory from which …", before glued to its text as one sentence).
// The line's leading bold words must spell an option (optionHeadRE), or
// be one word shaped as a name (tagName), and be followed by a word in
// the regular weight after a tab's gap: at least termGap ems, wider by
// termGapRatio than every space between the words after it (a justified
// line's spaces widen too) but a sentence's end (sentenceSpace), and
// ending where another line of the page and column starts (the hanging
// indent the text's lines below, or other options' texts, stand at).
func splitOptionTerms(ls []line) []line {
	var out []line
	for i, l := range ls {
		k := optionTermWords(ls, i)
		if k == 0 {
			if out != nil {
				out = append(out, l)
			}
			continue
		}
		if out == nil {
			out = append(make([]line, 0, len(ls)+1), ls[:i]...)
		}
		term, text := l, l
		term.row = newRow(l.words[:k], l.page, l.y)
		text.row = newRow(l.words[k:], l.page, l.y)
		text.prevY = l.y
		term.term, text.termText = true, true
		out = append(out, term, text)
	}
	if out == nil {
		return ls
	}
	return out
}

// markPlainTerms marks each line in the regular weight that is an
// option's term alone (optionHeadRE) over its text hanging under it
// (hangingTag) as such a term, and the line under it as the start of its
// text, as splitOptionTerms marks a bold term and its text on one line:
// groff sets some terms of a manual page in the regular weight, or in
// bold only in part (help2man's "--color[=WHEN]" and "--hide=PATTERN",
// "-I, --ignore=PATTERN" with only "-I," in bold, in ls's list), and
// such a term, read as words, went on into its text ("--color[=WHEN]
// color the output WHEN; more info below"). The term is then the heading
// over its text (headings), and the text hangs from its first line
// (outdented). A tag bold in its first word only, alone on its line
// (ending over two ems short of the column) over its text hanging
// under it, is such a term too though it spells no option: groff's .TP
// tag of a configuration variable, its name in bold and its type not
// (useradd's "UMASK (number)", "GID_MAX (number), GID_MIN (number)"),
// before glued to its text when the bold letters were no majority. So is
// such a tag all in bold whose words are mostly code (codeWords), which
// would keep it from heading its text as a bold line of words does by
// its weight (sources.list's "mirror, mirror+scheme
// (apt-transport-mirror(1))" among the URI schemes, before a sentence
// of the scheme above); a bold line of words over indented text, a
// manual page's section heading in the body's size, is no term. A
// lead-in (leadIn: words ending in a colon, shaped as a sentence's start)
// is no such tag though its first word is bold, as a manual page writes
// the command's name ("xargs exits with the following status:" over the
// statuses indented under it): a tag names what its text describes and
// never announces it. A tag all in the regular weight ("/etc/passwd")
// still goes on into its text (hangingTag). The text under the term may
// be mostly bold if its first word is not: groff sets the names a text
// cites in bold ("Overrides /etc/login.defs defaults (UID_MIN, UID_MAX,
// UMASK, PASS_MAX_DAYS and others)" under useradd's "-K, --key
// KEY=VALUE"), and a line opening in the regular weight is no term or
// heading of its own. Under a bold term alone on its line, the text is marked
// so too: it hangs from its first line, and the paragraph after the
// list, out left of it, is no part of it (ls's last option, "--version"
// over "output version information and exit", over "The SIZE argument
// is an integer …" at the term's indent, before one sentence with it).
// A group of tags one a line over one text (tagGroup) are its terms
// together, each after the first marked grouped.
func markPlainTerms(ls []line) {
	for i := 0; i+1 < len(ls); i++ {
		if j := tagGroup(ls, i); j > i {
			for k := i; k <= j; k++ {
				ls[k].term, ls[k].grouped = true, k > i
			}
			ls[j+1].termText = true
			i = j + 1
			continue
		}
		l, n := ls[i], ls[i+1]
		if l.term || l.termText || n.term || n.bold && n.words[0].bold || l.why != "" || n.why != "" || l.table != nil || n.table != nil {
			continue
		}
		tag := l.words[0].bold && l.x1 < l.right-2*l.size && !leadIn(l.text(), shapeOf(l.text()))
		if hangingTag(l, n) && !bulletItemLine(l) && (optionHeadRE.MatchString(l.text()) || tag && (!l.bold || codeWords(l.text()))) {
			ls[i].term = true
			ls[i+1].termText = true
		}
	}
}

// bulletItemLine reports whether line l opens with a bullet (bulletMarker
// of a mark that is no letter or digit, "●" or "•"): a list item, whose
// next line hangs from the item's text as its lines do, not from a tag
// (18F's partnership principles: "● Time to work with us: The product
// owner is just as much a part of the team as" over "designers,
// researchers, and developers.", its label in bold).
func bulletItemLine(l line) bool {
	t := l.text()
	m := bulletMarker(t)
	return m > 0 && !strings.ContainsFunc(t[:m], func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' })
}

// tagGroup returns the index of the last line of a group of tags that
// starts at line ls[i] and heads one text together, or i when none does:
// groff's .TQ sets each further tag of a tagged paragraph on a line of
// its own under the first, and the text hangs under the last
// (adduser.conf's "LAST_GID", "LAST_SYSTEM_GID", "LAST_UID",
// "LAST_SYSTEM_UID" over "See the FIRST_ variants of the option.",
// before one sentence of four names in the section above). Each line of
// the group is bold in its first word, ends over two ems short of its
// column, and is shaped as code, not words (codeTag: a section's bold
// heading is words), and each starts under the one above (startsUnder)
// on the same page and column with no paragraph's gap between them; the
// line after the last hangs under it (hangingTag) and opens in the
// regular weight. Two such lines at the least: one is a tag alone
// (markPlainTerms' own case). paragraphs joins a group's terms, set
// apart by commas, into the one heading over the text, as a manual page
// writes an option's forms ("-v, --verbose").
func tagGroup(ls []line, i int) int {
	tag := func(l line) bool {
		return l.why == "" && l.table == nil && !l.term && !l.termText && l.words[0].bold &&
			l.x1 < l.right-2*l.size && codeTag(l.text())
	}
	if !tag(ls[i]) {
		return i
	}
	j := i
	for j+1 < len(ls) && tag(ls[j+1]) && ls[j+1].page == ls[j].page && ls[j+1].col == ls[j].col &&
		startsUnder(ls[j], ls[j+1]) && noParagraphGap(ls[j], ls[j+1]) {
		j++
	}
	if j == i || j+1 == len(ls) {
		return i
	}
	n := ls[j+1]
	if n.why != "" || n.table != nil || n.term || n.words[0].bold || !hangingTag(ls[j], n) {
		return i
	}
	return j
}

// noParagraphGap reports whether line l stands under line above, on the
// same page, with no paragraph's gap between them: at most paragraphGap
// times l's line pitch (or 1.2 times its size, where it has none).
func noParagraphGap(above, l line) bool {
	return above.y-l.y <= lineGaps(paragraphGap, l.pitch, l.size)
}

// lineGaps is n line spacings of a line of pitch pitch and text size
// size: n times its pitch, or 1.2 times its size where that is more (a
// line with no pitch of its own). Two lines stand a paragraph apart
// beyond lineGaps(paragraphGap, …) (noParagraphGap), and after a
// sentence's end beyond lineGaps(sentenceGap, …).
func lineGaps(n, pitch, size float64) float64 {
	return n * math.Max(pitch, 1.2*size)
}

// displayStartRE matches the start of a line that opens a display of
// code: a shell's prompt ("$ git status", "# mount /dev/sdb1"), a
// comment of a shell script or configuration file ("# ignore objects
// and archives"), a script's "#!" line, or the opening of a block
// comment of C and the languages that borrow its syntax ("/*", a doc
// comment's "/**" over its " * " lines).
var displayStartRE = regexp.MustCompile(`^(?:[$#] |#!|/\*)`)

// markDisplays marks the lines of each display of code (line.code): a
// shell session or a script set unfilled, one source line a line, as
// groff's .nf and .EX and DocBook's <screen> and <programlisting> set
// them, in whatever font (git's manual pages set their sessions in
// Times-Roman, indented an em). Such a run is told from filled text by
// the run as a whole, not by one line's measure: its first line opens
// with a prompt, a comment or "#!" (displayStartRE), and every line of it
// but the last ends short of where the next line's first word would
// have fitted (fitsAfter), as filled text never does line after line
// (gitignore's "$ cat .gitignore" over "vmlinux*" over "$ ls
// arch/foo/kernel/vm*"; gzip's "#! /bin/sh" over "export
// PATH=/usr/bin"). The run holds two lines at the least, each
// starting no more than half an em left of the first (a display's own
// indentation goes further right), one under another in the column
// with no paragraph's gap between them, or atop the next page, in the
// first line's weight and size (a heading atop the next page ends it),
// up to the line that closes a block comment the first line opens,
// and none of them page chrome, an option's term or its text.
func markDisplays(ls []line) {
	member := func(first, prev, l line) bool {
		if l.why != "" || l.term || l.termText || l.col != first.col || l.x0 < first.x0-0.5*l.size ||
			l.bold != first.bold || math.Abs(l.size-first.size) > smallSizeStep*first.size {
			return false
		}
		if l.page != prev.page {
			return l.page == prev.page+1 && math.IsNaN(l.prevY)
		}
		return noParagraphGap(prev, l)
	}
	for i := 0; i < len(ls); {
		l := ls[i]
		if l.why != "" || l.term || l.termText || !displayStartRE.MatchString(l.text()) {
			i++
			continue
		}
		j, short := i+1, true
		// A block comment's display ends with the line that closes it.
		closed := func(k int) bool { return strings.HasPrefix(l.text(), "/*") && strings.HasSuffix(ls[k].text(), "*/") }
		for j < len(ls) && !closed(j-1) && member(l, ls[j-1], ls[j]) {
			short = short && fitsAfter(ls[j-1], ls[j], 0.5)
			j++
		}
		if j-i < 2 || !short {
			i++
			continue
		}
		for k := i; k < j; k++ {
			ls[k].code = true
		}
		i = j
	}
}

// codeTag reports whether text, a tag on a line of its own, is shaped as
// code rather than words: an option (optionHeadRE), one word that is no
// word of prose (plainWord: "LAST_GID", "/etc/adduser.conf"), or a line
// mostly of such words (codeWords).
func codeTag(text string) bool {
	ws := strings.Fields(text)
	return optionHeadRE.MatchString(text) || len(ws) == 1 && !plainWord(ws[0]) || codeWords(text)
}

// optionTermWords returns how many leading words of line ls[i] are an
// option's term set on one line with its text (see splitOptionTerms), or
// 0. The text must start where another line of its page does: ls holds
// the pages' lines page after page (layoutPages), so only the run of
// lines of ls[i]'s page around i is read.
func optionTermWords(ls []line, i int) int {
	l := ls[i]
	if l.why != "" || len(l.words) < 2 || !l.words[0].bold {
		return 0
	}
	k := 1
	for k < len(l.words) && l.words[k].bold {
		k++
	}
	if k == len(l.words) {
		return 0
	}
	start, size := l.words[k].x0, l.words[k].size
	gap := start - l.words[k-1].x1
	if gap < termGap*size {
		return 0
	}
	for j := k + 1; j < len(l.words); j++ {
		if termGapRatio*(l.words[j].x0-l.words[j-1].x1) >= gap && !sentenceSpace(l.words[j-1], l.words[j]) {
			return 0
		}
	}
	terms := make([]string, k)
	for j, w := range l.words[:k] {
		terms[j] = w.text
	}
	if !optionHeadRE.MatchString(strings.Join(terms, " ")) && !(k == 1 && tagName(terms[0])) || k == 1 && listLabelRE.MatchString(terms[0]) {
		return 0
	}
	from, to := i, i+1
	for from > 0 && ls[from-1].page == l.page {
		from--
	}
	for to < len(ls) && ls[to].page == l.page {
		to++
	}
	aligned := slices.ContainsFunc(ls[from:to], func(o line) bool {
		return o.col == l.col && o.y != l.y && o.why == "" && math.Abs(o.x0-start) < 0.25*size
	})
	if !aligned {
		return 0
	}
	return k
}

// listLabelRE matches a list item's label alone, a letter, a roman
// numeral or a number in brackets or before a full stop: "i)", "(ii)",
// "b.", "3)". Word sets the label of an automatically numbered item in
// bold when the paragraph mark is, and at a tab stop before its text
// ("i)" over "“Subsidiaries” means …"), the shape of a bold term and
// its text; the label stays with its item's text (optionTermWords).
var listLabelRE = regexp.MustCompile(`^\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})[.)]$`)

// sentenceSpace reports whether the space between words a and b, one
// after the other on a line, ends a sentence: a ends one (endsSentence)
// and b opens with a capital. groff adds a sentence space to a word
// space there (grep's "line.  The", 6.6 points where the justified
// line's other spaces are 4.1), so such a space may stand nearly as wide
// as the tab after a short term.
func sentenceSpace(a, b word) bool {
	return endsSentence(a.text) && startsUpperLetter(b.text)
}

// tagName reports whether w, a bold word alone before a tab's gap, has
// the shape of the name a tagged paragraph's tag gives (a variable, a
// capability, a file: "SKEL", "sl=", "/etc/skel") rather than of a
// label, a sentence's first word, a number or an operator: it opens with
// a letter or a slash and ends in no colon or stop ("Note:" over its text
// is a label that opens the text, not a name it describes). A number
// ("0" before "Successful program execution." under EXIT STATUS) or an
// operator ("{n}", "+" before "The preceding item will be matched …") is
// a value of a table of values, read as such.
func tagName(w string) bool {
	first, _ := utf8.DecodeRuneInString(w)
	last, _ := utf8.DecodeLastRuneInString(w)
	return (unicode.IsLetter(first) || first == '/') && !strings.ContainsRune(".,:;!?", last)
}

// splitAtColumns cuts a line's segment before a word that starts where a
// segment other than the first of the line above or below starts (within
// cellTol), after a gap of at least cellGap ems and cellSpaceRatio times
// the line's narrowest space: the first cell of a table whose text nearly
// fills its column leaves less than segmentGap before the next column's
// text, but the rows around it set the column ("Tarnside Central to
// Wyebury £14.80" under "Journey  Anytime Return"). The lines must be of
// one page, column and size, and close enough to be of one paragraph or
// table; a cut so made is evidence for the lines beside it in turn.
func splitAtColumns(ls []line) {
	near := func(a, b line) bool {
		if a.page != b.page || a.col != b.col || a.why != "" || b.why != "" || math.Abs(a.size-b.size) > 0.05*a.size {
			return false
		}
		return math.Abs(a.y-b.y) <= lineGaps(paragraphGap, a.pitch, a.size)
	}
	for changed := true; changed; {
		changed = false
		for i := range ls {
			for _, j := range []int{i - 1, i + 1} {
				if j >= 0 && j < len(ls) && len(ls[j].segs) >= 2 && near(ls[i], ls[j]) && cutAtColumns(&ls[i], ls[j].segs[1:]) {
					changed = true
				}
			}
		}
	}
}

// cutAtColumns cuts line l's segments before each word that starts at
// the start of one of segs (see splitAtColumns) and reports whether it
// cut any it had not cut before.
func cutAtColumns(l *line, segs []segment) bool {
	// The narrowest and the next narrowest of the line's spaces (its gaps
	// that no segment cut makes), and where the narrowest is: for the gap
	// before word i, the narrowest of the others is the first unless it
	// is that gap.
	narrow, next, at := math.Inf(1), math.Inf(1), 0
	for k := 1; k < len(l.words); k++ {
		if g := l.words[k].x0 - l.words[k-1].x1; g <= segmentGap*l.words[k].size {
			switch {
			case g < narrow:
				narrow, next, at = g, narrow, k
			case g < next:
				next = g
			}
		}
	}
	cuts := map[int]bool{}
	for i := 1; i < len(l.words); i++ {
		w := l.words[i]
		gap := w.x0 - l.words[i-1].x1
		if gap < cellGap*w.size || slices.ContainsFunc(l.segs, func(s segment) bool { return s.x0 == w.x0 }) {
			continue // a space, or cut already
		}
		// A gap as wide as segmentGap is a justified line's space
		// (justifiedSpaces), cut where a column starts whatever the
		// other spaces; a narrower one must be wider than those.
		second := narrow // the narrowest of the line's other spaces
		if at == i {
			second = next
		}
		if gap <= segmentGap*w.size && second < math.Inf(1) && gap < cellSpaceRatio*second {
			continue
		}
		if slices.ContainsFunc(segs, func(s segment) bool { return math.Abs(s.x0-w.x0) <= cellTol*w.size }) {
			cuts[i] = true
		}
	}
	if len(cuts) == 0 {
		return false
	}
	words := l.words
	segs = segmentWords(words, func(i int) bool {
		return cuts[i] || slices.ContainsFunc(l.segs, func(s segment) bool { return s.x0 == words[i].x0 })
	})
	if len(segs) == len(l.segs) {
		return false // cut before
	}
	l.segs = segs
	return true
}

// ruledAbove reports whether a rule runs between line prev and line l
// below it, on the same page, above each of l's segments: l starts a row
// of a ruled table. Under the header repeated atop a page (prev.again) a
// row cut by the page break may go on.
func (t *table) ruledAbove(prev, l line, rules map[int][]rule) bool {
	if prev.page != l.page || prev.again || len(l.segs) == 0 {
		return false
	}
	for _, sg := range l.segs {
		x := sg.x0 + 0.5*t.size
		if !slices.ContainsFunc(rules[l.page], func(r rule) bool { return ruleBetween(r, prev, l) && r.x0 <= x && x <= r.x1 }) {
			return false
		}
	}
	return true
}

// ruledRow reports whether a rule runs over each of line first's cells,
// above its text and less than two ems above its baseline, and, when
// under is set, whether one runs under each of them too, below line
// last's baseline by less than two lines' pitch (a cell's padding under
// its last line: the onboarding guide's 6.2.1, its rule 14 points under
// the last line of 10-point text): lines first to last are a row of a
// table whose cells' borders are drawn (the row may go on atop the next
// page).
func (t *table) ruledRow(first, last line, rules map[int][]rule, under bool) bool {
	ruled := func(page int, x, lo, hi float64) bool {
		return slices.ContainsFunc(rules[page], func(r rule) bool { return r.x0 <= x && x <= r.x1 && r.y > lo && r.y < hi })
	}
	for _, sg := range first.segs {
		x := sg.x0 + 0.5*t.size
		if !ruled(first.page, x, first.y+0.6*first.size, first.y+2*first.size) ||
			under && !ruled(last.page, x, last.y-lineGaps(2, t.pitch, last.size), last.y) {
			return false
		}
	}
	return true
}

// ruleBetween reports whether rule r runs between the baselines of line
// a and of line b below it, clear of b's text.
func ruleBetween(r rule, a, b line) bool {
	return r.y < a.y-0.1*a.size && r.y > b.y+0.6*b.size
}

// maxMergedCols bounds the columns whose merged cells markMerged marks.
const maxMergedCols = 64

// markMerged marks the merged cells of the lines ls of table t (right is
// the right edge of its text), as the rules of a ruled table show them.
// A cell spans the next column on a line when sides of cells are drawn at
// the start of that column, crossing other lines of the table, but none
// crosses this line there ("Longest loan" over "Staff" and "Visitors",
// "3 days" for staff and visitors both). The cell of a column is merged
// down into a row when rules are drawn between the row and the row above,
// but none over that column ("Echo sounder" for two rows). A table
// without sides or rules has no merged cells: an empty cell is empty.
func (t *table) markMerged(ls []line, rules map[int][]rule, sides map[int][]side, right float64) {
	n := min(len(t.cols), maxMergedCols)
	// crossed reports whether a side at the start of column k crosses
	// line l's text.
	crossed := func(l line, k int) bool {
		mid := l.y + 0.3*l.size
		return slices.ContainsFunc(sides[l.page], func(s side) bool {
			return s.x > t.cols[k]-2*t.size && s.x < t.cols[k]+0.2*t.size && s.y0 <= mid && mid <= s.y1
		})
	}
	for k := 1; k < n; k++ {
		if !slices.ContainsFunc(ls, func(l line) bool { return !l.again && crossed(l, k) }) {
			continue
		}
		for j := range ls {
			if !ls[j].again && !crossed(ls[j], k) {
				ls[j].spanned |= 1 << k
			}
		}
	}
	for j := 1; j < len(ls); j++ {
		l, prev := ls[j], ls[j-1]
		if !l.rowStart || l.again || prev.page != l.page || prev.col != l.col {
			continue
		}
		var between []rule
		for _, r := range rules[l.page] {
			if ruleBetween(r, prev, l) && r.x1 > t.cols[0] && r.x0 < right {
				between = append(between, r)
			}
		}
		if len(between) == 0 {
			continue
		}
		for k := range n {
			x := t.cols[k] + 0.5*t.size
			if !slices.ContainsFunc(between, func(r rule) bool { return r.x0 <= x && x <= r.x1 }) {
				ls[j].merged |= 1 << k
			}
		}
	}
}

// mergeMarks returns the marks of the first n cells of a line of the table
// that are merged cells (see markMerged), for fillMerged: merged down from
// the row above, or spanned by the cell before.
func (l line) mergeMarks(n int) []mergeMark {
	marks := make([]mergeMark, min(n, maxMergedCols))
	for k := range marks {
		if l.merged&(1<<k) != 0 {
			marks[k] |= mergedDown
		}
		if l.spanned&(1<<k) != 0 {
			marks[k] |= mergedRight
		}
	}
	return marks
}

// goesOnProse reports whether line l goes on the sentence of the line
// above it, a line of prose filled to the column's right edge and cut
// mid-sentence, opening in lowercase under it in its size and weight with
// no paragraph's gap between them: a paragraph's line, whose wide gaps
// are tab stops or a justified line's spaces ("tune its" and
// "performance." at a tab stop, as "packets with" and "‘unknown
// protocol'" under it are, in nDPI's guide), and no table's first row.
func goesOnProse(above, l line) bool {
	return above.why == "" && !above.code && above.table == nil && above.page == l.page && above.col == l.col &&
		len(above.segs) == 1 && above.bold == l.bold && math.Abs(above.size-l.size) <= smallSizeStep*l.size &&
		!fitsAfter(above, l, 0.5) && !endsSentence(above.text()) && startsLower(l.text()) && noParagraphGap(above, l)
}

// justifiedProse reports whether lines a and b are lines of a justified
// paragraph in a narrow column, whose spaces are stretched wide enough to
// cut the lines into segments: they end at the same place, each segment
// is one word and most of the words start in lowercase.
func justifiedProse(a, b line) bool {
	if math.Abs(a.x1-b.x1) > 0.1*a.size || len(a.segs) < 3 || len(b.segs) < 3 {
		return false
	}
	lower, n := 0, 0
	for _, l := range [2]line{a, b} {
		for _, sg := range l.segs {
			if strings.Contains(sg.text, " ") {
				return false
			}
			if startsLower(sg.text) {
				lower++
			}
			n++
		}
	}
	return lower*2 > n
}

// runInHeading reports whether a line opens with a run-in heading: its
// first segment is a bold phrase ending with a full stop, and the text
// after the wide space that follows it is not bold ("Central library.  The
// central library opens…", as LaTeX's \paragraph sets it). Such lines
// are a paragraph's, not the cells of a table's row, however their
// headings happen to line up.
func runInHeading(l line) bool {
	if len(l.segs) < 2 || !strings.HasSuffix(l.segs[0].text, ".") {
		return false
	}
	for i, w := range l.words {
		if i > 0 && w.x0-l.words[i-1].x1 > segmentGap*w.size {
			return !w.bold
		}
		if !w.bold {
			return false
		}
	}
	return false
}

// boldLabel reports whether line l opens with a label in bold ending in a
// colon, and goes on in the regular weight ("Since: 2.0", "Note: the
// file is read once"): a field or a run-in label, not a heading, though
// most of its letters may be bold when the value is short.
func boldLabel(l line) bool {
	for i, w := range l.words {
		if !w.bold {
			return false
		}
		if strings.HasSuffix(w.text, ":") {
			rest := l.words[i+1:]
			return len(rest) > 0 && !slices.ContainsFunc(rest, func(w word) bool { return w.bold })
		}
	}
	return false
}

// maxHeaderLines bounds the lines of a table's header found above its
// first row (headerAbove).
const maxHeaderLines = 3

// spannedRow reports whether lines a and b, with different numbers of
// segments, are rows of one table: they start at the same place, each
// segment of the one with fewer starts where a segment of the other does,
// and the one with fewer ends before the other's last segment.
func spannedRow(a, b line) bool {
	long, short := a, b
	if len(short.segs) > len(long.segs) {
		long, short = short, long
	}
	if math.Abs(long.segs[0].x0-short.segs[0].x0) > a.size || short.x1 >= long.segs[len(long.segs)-1].x0 {
		// Justified lines of prose reach the same right edge; a row
		// whose cell spans the last columns does not reach the last.
		return false
	}
	for _, sg := range short.segs {
		if !slices.ContainsFunc(long.segs, func(l segment) bool { return math.Abs(l.x0-sg.x0) <= a.size }) {
			return false
		}
	}
	return true
}

// headerAbove reports whether line h, just above line below (the table's
// first row, or a header line found already), is a line of the table's
// header: in bold (over a first row that is not, which the caller
// checks), on the same page and column and close above, with two or more
// labels, or one beside the first column, each starting where a column
// does.
func (t *table) headerAbove(h, below line) bool {
	if h.table != nil || h.why != "" || !h.bold || h.page != below.page || h.col != below.col ||
		h.y-below.y > 2.5*math.Max(t.pitch, below.size) || len(h.segs) > len(t.cols) {
		return false
	}
	if len(h.segs) < 2 && (len(h.segs) == 0 || t.column(h.segs[0].x0) == 0) {
		return false
	}
	for _, sg := range h.segs {
		if !slices.ContainsFunc(t.cols, func(c float64) bool { return math.Abs(c-sg.x0) <= t.size }) {
			return false
		}
	}
	return true
}

// centredHeader reports whether line h, above the first row of table t,
// is the table's header with its labels centred over their columns (an
// HTML table's th cells, as wkhtmltopdf prints them, or tbl's header in
// roman, "Depth (m)" centred over a column of numbers, under a line that
// spans the table): over a row that is not bold, on the same page and
// column and close above it, with one
// label a column, each centred within its column's extent on that row (a
// column ends where the next starts, the last at right, the table's right
// edge).
func (t *table) centredHeader(h, first line, right float64) bool {
	if h.table != nil || h.why != "" || first.bold || h.page != first.page || h.col != first.col ||
		len(h.segs) != len(t.cols) || len(first.segs) != len(t.cols) || h.y-first.y > 2.5*math.Max(t.pitch, first.size) {
		return false
	}
	for k, sg := range h.segs {
		end := right
		if k+1 < len(t.cols) {
			end = t.cols[k+1]
		}
		mid := (sg.x0 + sg.x1) / 2
		if mid < t.cols[k]-t.size || mid > end || sg.x0 < t.cols[k]-2*t.size {
			return false
		}
		if k > 0 && sg.x0 < t.cols[k-1] {
			return false
		}
	}
	return true
}

// wraps reports whether line l, below line prev of the row that line
// start opens (on the same page, or, when top says l is the first line of
// its page, atop the next), goes on with the row's cells: it has text in fewer columns
// than the row's first line, only in columns where prev has text too, and
// the first word of each of its cells would not have fitted at the end of
// that cell's text on prev (the text wrapped there). right is the right
// edge of the table's text.
func (t *table) wraps(start, prev, l line, right float64, top bool) bool {
	starts, prevs, cur := t.spans(start), t.spans(prev), t.spans(l)
	filled := func(sp []cellSpan) int {
		n := 0
		for _, c := range sp {
			if c.words > 0 {
				n++
			}
		}
		return n
	}
	if l.page != prev.page && (l.page != prev.page+1 || !top) || filled(cur) >= filled(starts) {
		return false
	}
	for k, c := range cur {
		if c.words == 0 {
			continue
		}
		end := right
		if k+1 < len(t.cols) {
			end = t.cols[k+1]
		}
		// Cells are set apart by some padding: the text of a cell that
		// wrapped ends short of the next column by less than a few ems.
		if prevs[k].words == 0 || prevs[k].x1+wordGap*t.size+c.firstWidth < end-cellPadding*t.size {
			return false
		}
	}
	return true
}

// wrapsBack reports whether line l, below line prev of the table, is the
// text of prev's last cell wrapped back to the left margin, left of the
// table's first column (leftOfColumns), as a terminal wraps a program's
// help at its width: "-s <duration>  | Maximum capture duration in
// seconds (live traffic" over "capture only)" in nDPI's guide. It is one
// segment in the table's size and prev's weight, going on in lowercase or
// a digit (goesOnWord), close under prev, and its first word would not have
// fitted at the end of prev before right, the right edge of the table's
// text. A line that starts at the first column is a row of its own
// (holds); a bold line at the margin is a heading under the table.
func (t *table) wrapsBack(prev, l line, right float64) bool {
	if math.Abs(l.size-t.size) > 0.05*t.size || l.why != "" || l.code || l.page != prev.page || l.col != prev.col ||
		prev.y-l.y > lineGaps(paragraphGap, t.pitch, l.size) || len(l.segs) != 1 || !t.leftOfColumns(l) || l.bold != prev.bold || !goesOnWord(l.text()) {
		return false
	}
	first := l.words[0]
	return prev.x1+wordGap*t.size+(first.x1-first.x0) > right
}

// goesOnWord reports whether s opens with a lowercase letter or a digit:
// a cell's text going on ("capture only)", "2=very verbose"), where a
// capital opens the paragraph under a table ("Tenants who think a
// service charge is wrong …" under a charges table) and a brace closes
// a block of code ("}" at the margin under an ASN.1 definition's
// fields).
func goesOnWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r) || unicode.IsDigit(r)
}

// leftOfColumns reports whether line l starts left of the table's first
// column by more than an em: no row's start, but a cell's text wrapped
// back to the margin (wrapsBack).
func (t *table) leftOfColumns(l line) bool { return l.x0 < t.cols[0]-t.size }

// wrappedBackCells returns the cells of a line of text wrapped back to the
// margin (wrapsBack) under a row of cells: its text goes on the row's last
// filled cell.
func wrappedBackCells(row []string, text string) []string {
	cells := make([]string, len(row))
	k := len(row) - 1
	for k > 0 && strings.TrimSpace(row[k]) == "" {
		k--
	}
	if k >= 0 {
		cells[k] = text
	}
	return cells
}

// maxWrapLines bounds the lines a table's first row may wrap onto before
// its second row shows it is a table.
const maxWrapLines = 3

// cellPadding is the widest space, in ems, between the text of a full
// cell and the start of the next column.
const cellPadding = 1.5

// cellSpan is the extent of a line's words in one column of a table.
type cellSpan struct {
	words      int
	x1         float64 // the right edge of its last word
	firstWidth float64 // the width of its first word
}

// spans returns the extent of a line's words in each column of the table.
func (t *table) spans(l line) []cellSpan {
	out := make([]cellSpan, len(t.cols))
	for _, w := range l.words {
		c := &out[t.column(w.x0)]
		if c.words == 0 {
			c.firstWidth = w.x1 - w.x0
		}
		c.words++
		c.x1 = math.Max(c.x1, w.x1)
	}
	return out
}

// headerEvidence reports whether the first row of a table, of lines ls,
// is its header: it is set apart from the rows below by its weight or
// size, by a rule under it that is not under the next row too, by being
// repeated atop the next page, or by labels over a column of numbers
// (each of its cells short and without digits, while below it a column
// holds a digit in every row). Without such evidence the table has no
// header: a data row taken for a header is worse than none.
func (t *table) headerEvidence(ls []line, rules map[int][]rule) bool {
	// The table's rows: their lines, the first line of each.
	var rows [][]line
	for _, l := range ls {
		switch {
		case l.again:
			return true
		case l.rowStart || len(rows) == 0:
			rows = append(rows, []line{l})
		default:
			rows[len(rows)-1] = append(rows[len(rows)-1], l)
		}
	}
	if len(rows) < 2 {
		return false
	}
	head, below := rows[0], rows[1:]
	boldHead, boldBelow := true, 0
	for _, l := range head {
		boldHead = boldHead && l.bold
	}
	for _, r := range below {
		if r[0].bold {
			boldBelow++
		}
	}
	switch {
	case boldHead && boldBelow*2 < len(below):
		return true
	case math.Abs(head[0].size-below[0][0].size) > 0.05*below[0][0].size:
		return true
	}
	// A rule between the first two rows, not also between the next two.
	x0, x1 := ls[0].x0, ls[0].x1
	for _, l := range ls {
		x0, x1 = math.Min(x0, l.x0), math.Max(x1, l.x1)
	}
	ruled := func(above []line, under line) bool {
		a := above[len(above)-1]
		if a.page != under.page {
			return false
		}
		for _, r := range rules[a.page] {
			if r.y < a.y-0.1*a.size && r.y > under.y+0.6*under.size && math.Min(r.x1, x1)-math.Max(r.x0, x0) > 0.5*(x1-x0) {
				return true
			}
		}
		return false
	}
	if ruled(head, below[0][0]) && (len(below) < 2 || !ruled(below[0], below[1][0])) {
		return true
	}
	// Labels over a column of numbers.
	cells := t.rowCells(head)
	for _, c := range cells {
		if c == "" || hasDigit(c) || len(strings.Fields(c)) > 4 {
			return false
		}
	}
	for k := range t.cols {
		numbers := 0
		for _, r := range below {
			if c := t.cells(r[0]); k < len(c) && hasDigit(c[k]) {
				numbers++
			}
		}
		if numbers == len(below) {
			return true
		}
	}
	return false
}

// rowCells returns the text of a row of the table, of lines ls, by column.
func (t *table) rowCells(ls []line) []string {
	out := make([]string, len(t.cols))
	for _, l := range ls {
		for k, c := range t.cells(l) {
			if c != "" {
				out[k] = strings.TrimSpace(out[k] + " " + c)
			}
		}
	}
	return out
}

// holds reports whether line l, below line prev, is a line of the table:
// in its text size, close below prev (or atop the next page), each segment
// starting at a column and no word across a column's start.
func (t *table) holds(prev, l line) bool {
	if math.Abs(l.size-t.size) > 0.05*t.size || l.why != "" || l.code {
		return false
	}
	switch {
	case l.page == prev.page && l.col == prev.col:
		if prev.y-l.y > lineGaps(paragraphGap, t.pitch, l.size) {
			return false
		}
	case l.page != prev.page+1 || !math.IsNaN(l.prevY):
		return false
	}
	for _, sg := range l.segs {
		k := t.column(sg.x0)
		if math.Abs(sg.x0-t.cols[k]) > t.size {
			return false
		}
		if len(l.segs) == 1 && k+1 < len(t.cols) && sg.x1 > t.cols[k+1]+cellTol*t.size {
			// One segment across columns is a line of text.
			return false
		}
	}
	tol := cellTol * t.size
	for _, w := range l.words {
		for _, c := range t.cols[1:] {
			if w.x0 < c-tol && w.x1 > c+tol && cutNear(w, c, tol) < 0 {
				return false
			}
		}
	}
	return true
}

// cellTol is how far, in ems, a cell's text may start from its column's
// start when it follows the text of the cell before it without a space.
const cellTol = 0.1

// column returns the column of the table that text starting at x is in.
func (t *table) column(x float64) int {
	k := 0
	for i, c := range t.cols {
		if c <= x+columnSlack*t.size {
			k = i
		}
	}
	return k
}

// cells returns the text of a line of the table by column. A word run
// across a column's start (a cell's text that fills it, with no space
// before the next cell's) is cut there.
func (t *table) cells(l line) []string {
	if segs := t.segmentCells(l); segs != nil {
		return segs
	}
	parts := make([][]string, len(t.cols))
	tol := cellTol * t.size
	// The column of the last word read, and where that word ends.
	prevK, prevEnd := -1, 0.0
	for _, w := range l.words {
		text, x0 := w.text, w.x0
		for _, c := range t.cols[1:] {
			at := cutNear(w, c, tol)
			if at < 0 || x0+columnSlack*t.size >= c {
				// No glyph starts at the column, or the text
				// starts there already or near enough to be
				// that column's (column).
				continue
			}
			start := len(w.text) - len(text)
			if at <= start {
				continue
			}
			k := t.column(x0)
			parts[k] = append(parts[k], text[:at-start])
			text, x0 = text[at-start:], c
		}
		k := t.column(x0)
		if k > 0 && x0 == w.x0 && w.x1 <= t.cols[k] && prevK == k-1 && w.x0-prevEnd < segmentGap*t.size {
			// A word wholly left of its column's start, a space
			// after the word before in the column before: the end
			// of that column's text, which nearly fills it ("two
			// floodlights out on stand 9" before "the airport …").
			k = prevK
		}
		parts[k] = append(parts[k], text)
		prevK, prevEnd = k, w.x1
	}
	out := make([]string, len(parts))
	for k, p := range parts {
		out[k] = strings.Join(p, " ")
	}
	return out
}

// segmentCells returns the segments of line l as its cells when it has one
// segment a column and each sits in its column: it reaches past the
// column's start and ends before the next column's. A right-aligned
// column's wider cell starts left of the column's start as its header
// set it ("£22.00 per pallet" under "Charge"), and is still whole that
// column's, not cut at the header's start ("£22.00 pe", "r pallet").
// Otherwise it returns nil, and cells reads the line word by word.
func (t *table) segmentCells(l line) []string {
	if len(l.segs) != len(t.cols) || len(l.segs) < 2 {
		return nil
	}
	out := make([]string, len(l.segs))
	for k, sg := range l.segs {
		if sg.x1 <= t.cols[k] || k+1 < len(t.cols) && sg.x1 > t.cols[k+1] || k > 0 && sg.x0 < l.segs[k-1].x1 {
			return nil
		}
		out[k] = sg.text
	}
	return out
}

// cutNear returns the byte offset in w of the glyph that starts nearest
// x, within tol, or -1.
func cutNear(w word, x, tol float64) int {
	at, best := -1, tol
	for _, c := range w.cuts {
		if d := math.Abs(c.x - x); d <= best {
			at, best = c.at, d
		}
	}
	return at
}

// clauseNumberPattern is the number of a clause of a contract or policy
// that opens its paragraph: a section number with at least two parts
// ("5.3", "10.1", "2.4.1"). clauseNumberRE matches it alone (a PDF line's
// first word), clauseNumberTextRE at the start of a paragraph's text
// (stripClauseNumber).
const clauseNumberPattern = `\d{1,2}(?:\.\d{1,2}){1,3}\.?`

// clauseNumberRE matches a clause's number alone (clauseNumberPattern).
var clauseNumberRE = regexp.MustCompile(`^` + clauseNumberPattern + `$`)

// sectionNumberRE matches a section number: "2", "2.1", "3.1.4", "A.2",
// "IV.".
var sectionNumberRE = regexp.MustCompile(`^(?:\d{1,2}|[A-Z]|[IVX]{1,4})(?:\.\d{1,2}){0,3}\.?$`)

// numberedHeading reports a line of a section number and a title in bold
// or in a size larger than the body's.
func numberedHeading(l line, body float64) bool {
	return len(l.segs) == 2 && sectionNumberRE.MatchString(l.segs[0].text) && (l.bold || l.size > body*headingRatio)
}

// isMarker reports a list marker standing alone: "•", "–", "3.", "b)".
func isMarker(s string) bool {
	return utf8.RuneCountInString(s) <= 4 && bulletMarker(s+" x") == len(s)+1
}

// hyphenated returns the words the text writes inside its lines,
// lowercased, those with a hyphen among them, to decide whether a hyphen
// at the end of a line belongs to the word (joinLines). The first word
// of a line under one that ends in a hyphen is left out: it is the tail
// of a word broken there ("ences" of "refer-" over "ences"), not a word
// the text writes.
func hyphenated(ls []line) map[string]bool {
	words := map[string]bool{}
	broken := false
	for _, l := range ls {
		first := true
		for _, s := range l.segs {
			for w := range strings.FieldsSeq(s.text) {
				tail := first && broken
				first = false
				w = strings.Trim(w, ".,;:!?()[]\"'“”’")
				if i := strings.IndexByte(w, '-'); !tail && (i < 0 || i > 0 && i < len(w)-1 || optionWord(w)) {
					words[strings.ToLower(w)] = true
				}
			}
		}
		broken = strings.HasSuffix(l.text(), "-")
	}
	return words
}

// paragraphs joins lines into blocks. A footnote (a paragraph opened by
// a note mark) refers back to the last block before it that holds its
// mark.
func paragraphs(ls []line, hyphens map[string]bool) blocks {
	body := bodySize(ls)
	var (
		out  blocks
		cur  *block
		prev line
		// refs holds, by note mark, the last block that referred to it.
		refs = map[string]int{}
		// row is the last table row, of the table rowOf.
		row   int
		rowOf *table
		// itemLeft is where the text of the list item cur starts, after
		// its marker: a line that starts left of it ends the item, but
		// for a line wrapped back under the marker (wrappedUnderMarker)
		// at itemMarkLeft.
		itemLeft, itemMarkLeft float64
		// clauseLeft is where the text of the numbered clause cur starts,
		// after its number ("5.3 If your baggage …"), or 0 when cur is
		// no such clause.
		clauseLeft float64
		// listed holds the numbered items whose number is a note mark
		// of the text, by block (see notesListed).
		listed = map[int]listedNote{}
		// tag is the label in the margin of cur's first line (marginTag),
		// kept at the end of its text as the lines under it join.
		tag string
		// joined counts the lines joined to cur after its first.
		joined int
		// hangs says cur is an option's text that began on its term's
		// line (see splitOptionTerms): a hanging paragraph from its
		// first line.
		hangs bool
		// termAt is the index in out of the term over cur when cur is
		// its text (hangs), or -1.
		termAt = -1
		// entry says cur began as an entry of a display set one a line,
		// under the entry before it (addressLines).
		entry bool
		// wrapped says prev went on cur from a line that could not take
		// its first word: prev is a line of filled text, no display's.
		wrapped bool
		// open is the index in out of the last paragraph of running
		// text, and openLine its last line: the sentence a float cuts
		// goes on there (floatCut).
		open     = -1
		openLine line
	)
	for _, l := range ls {
		text := l.text()
		if l.why != "" {
			out = append(out, block{text: normSpace(text), kind: KindParagraph, page: l.page, why: l.why})
			cur = nil
			continue
		}
		if l.code {
			// A line of a display is a line of code, as a Markdown
			// code block's line is.
			out.add(text, KindCode)
			out[len(out)-1].page = l.page
			cur = nil
			prev = l
			continue
		}
		if l.table != nil {
			if l.again {
				out = append(out, block{text: normSpace(text), kind: KindParagraph, page: l.page, why: whyHeaderAgain})
				continue
			}
			cells := l.table.cells(l)
			if !l.rowStart && rowOf == l.table && l.table.leftOfColumns(l) {
				cells = wrappedBackCells(out[row].cells, text)
			}
			var above []string
			if l.rowStart && rowOf == l.table {
				above = out[row].cells
			}
			fillMerged(cells, above, l.mergeMarks(len(cells)))
			if l.rowStart || rowOf != l.table {
				var header []string
				if rowOf == l.table && l.table.headed {
					header = out[row].header
					if header == nil {
						header = out[row].cells
					}
				}
				n := len(out)
				if out.addRow(cells, header); len(out) > n {
					row, rowOf = n, l.table
					out[row].page = l.page
				}
			} else {
				out[row].appendCells(cells, hyphens)
			}
			cur = nil
			prev = l
			l.noteRefs(refs, row)
			continue
		}
		lead := l.words[0].lead
		if lead == "" && l.size < body {
			// LibreOffice sets a footnote's own mark at the size of
			// the note's text, not raised: "1The facilities team".
			if m := gluedMarkRE.FindStringSubmatch(l.words[0].text); m != nil {
				if _, ok := refs[m[1]]; ok {
					lead, text = m[1], strings.TrimPrefix(text, m[1])
				}
			} else if m := l.words[0].text; len(l.words) > 1 && noteMarkRE.MatchString(m) && startsUpperLetter(l.words[1].text) {
				// groff's -ms sets it on the baseline too, a space
				// before the text: "1 The wait is counted …".
				if _, ok := refs[m]; ok {
					lead, text = m, strings.TrimSpace(strings.TrimPrefix(text, m))
				}
			}
		}
		text = spaceAfterNumber(l, text, body)
		marker := bulletMarker(text)
		if marker > 0 && cur != nil && cur.kind == KindParagraph && lead == "" && (numberGoesOn(prev, l, text) || inlineNumberGoesOn(prev, l, text[:marker])) {
			// "… and LEN !=" over "0. With this instruction …": the
			// number is the sentence's, wrapped to a line's start.
			marker = 0
		}

		// A line under a list item that starts where the item's text
		// does hangs from it, however far its marker stands out.
		// So does a line under a numbered clause that starts where the
		// clause's text does, after its number, or up to an em right of
		// it after a line cut mid-sentence (the number set off by a space
		// from its text, the hanging indent by a tab stop): the clause is
		// set with a hanging indent, whatever the line's first letter.
		hanging := cur != nil && (cur.kind == KindItem && math.Abs(l.x0-itemLeft) < 0.5*l.size ||
			cur.kind == KindParagraph && clauseLeft > 0 && (math.Abs(l.x0-clauseLeft) < 0.5*l.size ||
				l.x0 > clauseLeft && l.x0 < clauseLeft+l.size && !endsSentence(prev.text())))
		if l.grouped && cur != nil && prev.term {
			// A further tag of a group heads the text with the tags
			// above it (tagGroup).
			cur.text += ", " + text
			prev = l
			l.noteRefs(refs, len(out)-1)
			continue
		}
		if cur != nil && lead == "" && !startsNew(prev, l, text, marker, body, hanging, entry, wrapped) && !leadingGap(prev, l, joined, text) && (cur.kind != KindItem || l.x0 >= itemLeft-0.5*l.size || wrappedUnderMarker(prev, l, itemMarkLeft, joined)) &&
			!outdented(prev, l, joined, hangs) {
			if joined == 0 && hangingTag(prev, l) {
				cur.entry = true
			}
			joined++
			wrapped = !fitsAfter(prev, l, 0.5)
			if tag != "" {
				cur.text = joinLines(strings.TrimSuffix(cur.text, " "+tag), text, hyphens) + " " + tag
			} else {
				cur.text = joinLines(cur.text, text, hyphens)
			}
			prev = l
			if open == len(out)-1 {
				openLine = l
			}
			l.noteRefs(refs, len(out)-1)
			continue
		}
		if lead == "" && marker == 0 && floatCut(out, open, openLine, l, text) {
			// The float stays where it is, after the paragraph it
			// cut, which goes on with l.
			cur, prev, openLine = &out[open], l, l
			cur.text = joinLines(cur.text, text, hyphens)
			joined++
			continue
		}
		if hangs && termAt >= 0 && outdented(prev, l, joined, hangs) {
			// The term's section holds its text alone: the line out
			// left of that text is the next term, or the text after
			// the list (ls's "The SIZE argument is …" under the last
			// option, "--version"), which goes on in the section open
			// before the term (block.holds, as a plain-text option
			// list's term does).
			out[termAt].holds = len(out) - termAt
		}
		entry = cur != nil && addressLines(prev, l, prev.text(), text)
		kind := KindParagraph
		if marker > 0 && numberedTitle(l, text, marker, body) {
			// "1. Pay" in a heading's font: headings decides whether it
			// is a heading or the first item of a list.
			marker = 0
		}
		if marker > 0 {
			kind = KindItem
			if at, ok := refs[strings.TrimRight(text[:marker], ".) \t")]; ok && lead == "" {
				listed[len(out)] = listedNote{number: strings.TrimRight(text[:marker], ".) \t"), at: at}
			}
			text = strings.TrimSpace(text[marker:])
			itemLeft, itemMarkLeft = itemTextLeft(l), l.x0
		}
		// A term's text is never bold as a heading is, however many of
		// its words are: it opens in the regular weight (splitOptionTerms
		// cuts the term before its first regular word, markPlainTerms
		// takes no text opening in bold), and its bold words are the
		// names it cites (du's "-H" over "equivalent to
		// --dereference-args (-D)", "-k" over "like --block-size=1K").
		out = append(out, block{text: text, kind: kind, page: l.page, size: l.size, bold: l.bold && !boldLabel(l) && !l.termText, least: leastSize(l), family: l.family, centred: centred(l), mid: (l.x0 + l.x1) / 2, entry: l.field > 0, term: l.term})
		cur = &out[len(out)-1]
		joined, hangs, termAt, wrapped = 0, l.termText, -1, false
		if hangs && len(out) > 1 {
			termAt = len(out) - 2
		}
		if kind == KindParagraph && l.size >= body*(1-smallSizeStep) {
			open, openLine = len(out)-1, l
		}
		tag = marginTag(l)
		if tag != "" && !strings.HasSuffix(text, " "+tag) {
			tag = ""
		}
		clauseLeft = 0
		switch {
		case kind == KindParagraph && l.hang > 0:
			// A tagged paragraph hangs from its text, right of its tag.
			clauseLeft = l.hang
		case kind == KindParagraph && len(l.words) > 1 && clauseNumberRE.MatchString(l.words[0].text):
			clauseLeft = l.words[1].x0
		}
		if at, ok := refs[lead]; ok && lead != "" {
			// A footnote between a table's rows at a page's foot
			// leaves the table open (footOfPage).
			cur.noteOf = at + 1
		} else {
			rowOf = nil
		}
		prev = l
		l.noteRefs(refs, len(out)-1)
	}
	notesListed(out, listed)
	out = headings(out, body)
	joinTitleLines(out)
	markFields(out)
	return titleByline(out)
}

// floatCut reports whether line l goes on the sentence that paragraph
// out[open], whose last line is openLine, left unended, after the float
// that stands between them: a float set apart from the running text
// (a table or figure with its caption, footnotes at a page's foot, each
// set smaller than the text, or page chrome), which LaTeX places at a
// page's top or foot wherever the paragraph that cites it breaks ("For
// that, we can explore the techniques developed" at a page's foot, the
// next page's table and "Table 1: Meh" in a smaller size, and "in
// exploration geophysics, …" under them). l opens in lowercase in the
// size of openLine, which ends no sentence and no lead-in's colon, on
// another page or column, and every block after the paragraph is page
// chrome, a footnote or, on l's page, a table's row or a paragraph set
// smaller. A display (a manual's code set smaller between "as follow"
// and "and a detection core function …") is no float: it stands where
// the text cites it, under the line that announces it, on that line's
// page, even when it runs on onto the next.
func floatCut(out blocks, open int, openLine line, l line, text string) bool {
	if open < 0 || open >= len(out)-1 || !startsLower(text) || !sharesSize(openLine, l) || l.bold != openLine.bold ||
		l.page == openLine.page && l.col == openLine.col {
		return false
	}
	ptext := openLine.text()
	if endsSentence(ptext) || strings.HasSuffix(ptext, ":") {
		return false
	}
	for _, b := range out[open+1:] {
		switch {
		case b.why != "" || b.noteOf > 0:
			// Page chrome, or a footnote at the page's foot.
		case b.page != l.page || b.kind != KindRow && !(b.size > 0 && b.size < openLine.size*(1-smallSizeStep)):
			return false
		}
	}
	return true
}

// titleByline marks the authors under a PDF's title as its byline, as the
// HTML reader marks an element of class "author" (see bylineClass): the
// lines after the title, a heading, on its page and above the first line
// that ends a sentence (or list item, row or code), that read as names (nameLike, less an address
// in brackets: "Nikos Mavrogiannopoulos (help-libtasn1@gnu.org)"), when
// the page is a title page, holding no sentence at all (Texinfo's authors
// at the foot of the first page, set as headings), or when the line is a
// centred paragraph in the body's weight (groff -ms's author and
// institution, centred under the title over the abstract). The first of
// them becomes the document's publisher (see clean). A title page's
// field ("Revision C" among "Document number: GOP-04" and "Revision
// date: 12 January 2026"; see markFields) reads as a name by its shape
// and is none.
func titleByline(bs blocks) blocks {
	t := slices.IndexFunc(bs, func(b block) bool { return b.why == "" && strings.ContainsFunc(b.text, unicode.IsLetter) })
	if t < 0 || bs[t].kind != KindHeading {
		return bs
	}
	page := bs[t].page
	end := t + 1 // the end of the title's page
	for end < len(bs) && bs[end].page == page {
		end++
	}
	first := end // the first line that ends a sentence
	for i := t + 1; i < end; i++ {
		if bs[i].why == "" && (bs[i].kind != KindParagraph && bs[i].kind != KindHeading || endsSentence(bs[i].text)) {
			first = i
			break
		}
	}
	titlePage := first == end
	for i := t + 1; i < first; i++ {
		b := &bs[i]
		if b.why != "" || !nameLike(withoutAddress(b.text), maxBylineWords) || strings.ToUpper(b.text) == b.text || b.field {
			continue
		}
		if titlePage || b.kind == KindParagraph && b.centred && !b.bold {
			b.kind, b.level, b.why = KindParagraph, 0, whyByline
		}
	}
	// A date alone centred under the title on its page, set in a
	// heading's size as LaTeX's \maketitle sets \date ("November,
	// 2002" under "headache" and its author), dates the document: it
	// is a line of the title page for readByline, no heading of a
	// section.
	for i := t + 1; i < first; i++ {
		b := &bs[i]
		if b.why != "" || b.kind != KindHeading || b.page != page || math.Abs(b.mid-bs[t].mid) >= 0.2*b.size {
			continue
		}
		if d, pub, _, ok := dateLine(b.text); ok && pub == "" && d == b.text {
			b.kind, b.level = KindParagraph, 0
		}
	}
	if titlePage {
		return bs
	}
	// A title page atop the text, its lines centred under the title
	// (DocBook's title, the author's name set as a heading, the address
	// under it): a person's name among them whose words the text never
	// writes in lowercase is the author, not a heading. A subtitle's
	// words ("Operations Manual") are words of the text.
	var lower map[string]bool
	for i := t + 1; i < first; i++ {
		b := &bs[i]
		if b.why != "" {
			continue
		}
		if b.page != page || math.Abs(b.mid-bs[t].mid) >= 0.2*b.size {
			break
		}
		if b.kind != KindHeading || !personName(b.text) {
			continue
		}
		if lower == nil {
			lower = lowerWords(bs)
		}
		if !slices.ContainsFunc(strings.Fields(withoutAddress(b.text)), func(w string) bool { return lower[strings.ToLower(w)] }) {
			b.kind, b.level, b.why = KindParagraph, 0, whyByline
		}
	}
	return bs
}

// lowerWords returns the words of the blocks' text written in lowercase.
func lowerWords(bs blocks) map[string]bool {
	out := map[string]bool{}
	for _, b := range bs {
		for _, w := range strings.Fields(b.text) {
			w = strings.Trim(w, ",;:.()\"'“”‘’")
			if w != "" && strings.ToLower(w) == w && strings.IndexFunc(w, unicode.IsLetter) >= 0 {
				out[w] = true
			}
		}
	}
	return out
}

// withoutAddress returns s less an e-mail address in brackets at its end
// ("Nikos Mavrogiannopoulos (help-libtasn1@gnu.org)", "Jane Doe
// <jane@example.org>").
func withoutAddress(s string) string {
	for _, br := range [][2]string{{"(", ")"}, {"<", ">"}} {
		if i := strings.LastIndex(s, " "+br[0]); i > 0 && strings.HasSuffix(s, br[1]) && strings.Contains(s[i:], "@") {
			return s[:i]
		}
	}
	return s
}

// marginTagRE matches a label in brackets: Texinfo's "[Function]".
var marginTagRE = regexp.MustCompile(`^\[\p{Lu}\p{Ll}+\]$`)

// marginTag returns the label in brackets that line l ends with, set
// flush with its column's right edge and over marginTagGap ems from the words
// before it, or "": the "[Function]" Texinfo prints in the margin of a
// definition's first line, whatever the lines under it hold. It is the
// definition's kind, not a word of its signature, and paragraphs keeps it
// at the end of the signature ("int asn1_parser2tree (const char * file,
// asn1_node * definitions, char * error_desc) [Function]"), where it was
// read inside it ("asn1_node * [Function] definitions").
func marginTag(l line) string {
	n := len(l.words)
	if n < 2 {
		return ""
	}
	w := l.words[n-1]
	if w.x1 < l.right-0.5*l.size || w.x0-l.words[n-2].x1 < marginTagGap*l.size || !marginTagRE.MatchString(w.text) {
		return ""
	}
	return w.text
}

// listedNote is a numbered list item whose number is a note mark of the
// text: the mark, and the last block that refers to it.
type listedNote struct {
	number string
	at     int
}

// notesListed makes footnotes of the numbered list that ends a document
// when its items are numbered 1, 2, 3 … and each number is a note mark
// of the text, as HTML footnotes printed to PDF are (pandoc's and
// wkhtmltopdf's): each item is then a footnote that refers back to the
// block holding its mark, and takes its section.
func notesListed(bs blocks, listed map[int]listedNote) {
	end := len(bs)
	for end > 0 && bs[end-1].why != "" {
		end--
	}
	notesListedBefore(bs, listed, end)
}

// notesListedBefore does notesListed's work for the numbered list that
// ends right before block end: the end of a PDF's text, or the back
// matter of a Word file (notesAndBackMatter). It reports whether it made
// any.
func notesListedBefore(bs blocks, listed map[int]listedNote, end int) bool {
	if len(listed) == 0 {
		return false
	}
	start := end
	for start > 0 && bs[start-1].kind == KindItem {
		if _, ok := listed[start-1]; !ok {
			break
		}
		start--
	}
	for i := start; i < end; i++ {
		if listed[i].number != strconv.Itoa(i-start+1) {
			return false // not numbered 1, 2, 3 …
		}
	}
	made := false
	for i := start; i < end; i++ {
		if ln, ok := listed[i]; ok && ln.at < start {
			bs[i].kind, bs[i].noteOf = KindParagraph, ln.at+1
			made = true
		}
	}
	return made
}

// gluedMarkRE matches the first word of a footnote whose mark is set
// like its text: the mark's digits (or an endnote's roman numeral), then
// a capital letter.
var gluedMarkRE = regexp.MustCompile(`^(\d{1,3}|[ivx]{1,4})\p{Lu}`)

// noteMarkRE matches a footnote's mark set as a word of its own: digits or
// an endnote's roman numeral.
var noteMarkRE = regexp.MustCompile(`^(?:\d{1,3}|[ivx]{1,4})$`)

// noteRefs records block at as the last to refer to the note marks of the
// line.
func (l line) noteRefs(refs map[string]int, at int) {
	for _, w := range l.words {
		if w.note != "" {
			refs[w.note] = at
		}
	}
}

// appendCells adds the text of a row's next line to its cells.
func (b *block) appendCells(cells []string, hyphens map[string]bool) {
	for k, c := range cells {
		switch c = normSpace(c); {
		case c == "" || k >= len(b.cells):
		case b.cells[k] == "":
			b.cells[k] = c
		default:
			b.cells[k] = joinLines(b.cells[k], c, hyphens)
		}
	}
	b.text = rowText(b.cells)
}

// bodySize returns the font size of most of the text.
func bodySize(ls []line) float64 {
	sizes := map[float64]int{}
	for _, l := range ls {
		sizes[l.size] += len(l.text())
	}
	return modeSize(sizes)
}

// numberGoesOn reports whether line l, whose text opens with a number
// set as a list marker ("0. With this …"), goes on with the sentence of
// the line prev above it: prev is a full line of the same column and
// size, cut mid-sentence (no end of sentence, no colon before a list),
// and l starts where prev does, with no paragraph's gap between them. A
// numbered list's item starts after a line that ends a sentence, a
// colon or a short line, or left of the text of the item above it.
func numberGoesOn(prev, l line, text string) bool {
	if text[0] < '0' || text[0] > '9' || l.page != prev.page || l.col != prev.col || math.IsNaN(l.prevY) {
		return false
	}
	ptext := strings.TrimRight(prev.text(), " ")
	return !endsSentence(ptext) && !strings.HasSuffix(ptext, ":") &&
		math.Abs(l.size-prev.size) <= sizeStep*prev.size && l.bold == prev.bold &&
		startsUnder(prev, l) && prev.x1 >= l.right-2*l.size &&
		l.prevY-l.y <= lineGaps(paragraphGap, l.pitch, l.size)
}

// inlineNumberGoesOn reports whether line l, whose text opens with the
// list marker mark ("3. "), goes on with a list numbered inline in the
// line prev above it ("programme: 1. Initial training and education, 2.
// Conformance analysis," over "3. Confirmation that …"): prev, of the
// same page and column, holds the number before l's (2) with its stop,
// set after a colon, comma or semicolon, and ends in none of the three's
// sentence stops. The list's items stand within one sentence, so the
// line wraps it, however short prev is.
func inlineNumberGoesOn(prev, l line, mark string) bool {
	n, err := strconv.Atoi(strings.TrimRight(mark, ". \t"))
	if err != nil || n < 2 || !strings.HasSuffix(strings.TrimSpace(mark), ".") || l.page != prev.page || l.col != prev.col {
		return false
	}
	ptext := strings.TrimRight(prev.text(), " ")
	if endsSentence(ptext) {
		return false
	}
	return HoldsInlineNumber(ptext, n-1)
}

// HoldsInlineNumber reports whether text holds the number n of a list
// written inline, its items within one sentence: "n. " set after a
// colon, comma or semicolon and a space ("programme: 1. Initial
// training and education, 2. Conformance analysis,"). The PDF reader
// reads a line that goes on with such a list (inlineNumberGoesOn), and
// qa's sentence splitter a stop that numbers an item of one.
func HoldsInlineNumber(text string, n int) bool {
	want := strconv.Itoa(n) + ". "
	for _, sep := range []string{": ", ", ", "; "} {
		if strings.Contains(text, sep+want) {
			return true
		}
	}
	return false
}

// centredSentence reports whether line l goes on the sentence of the
// centred line prev above it, as a slide's text box breaks a sentence
// by hand ("Our next Developer Data Bites virtual meeting will be on"
// over "Thursday, July 6, 2023 at 12p ET.", the date set in bold): l is
// centred under prev, both set in from the column's left edge (a text
// box centred on the slide, not on the text's column), in a size within
// sizeStep of prev's, whatever the weight (a slide bolds a part of its
// sentence), no further than slideLineGap below it; prev opens with a
// capital and ends in a lower-case letter, mid-sentence, and l ends a
// sentence. Centred lines that each end without a stop (a slide's
// points, a title over a subtitle) or whose first ends one stay apart.
func centredSentence(prev, l line, ptext, text string) bool {
	inset := l.left + indentGap*l.size
	if l.page != prev.page || l.col != prev.col || prev.x0 <= inset || l.x0 <= inset || !centredUnder(prev, l) ||
		math.Abs(l.size-prev.size) > sizeStep*prev.size || prev.y-l.y > slideLineGap*l.size {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(ptext, " "))
	return startsUpperLetter(ptext) && unicode.IsLower(last) && endsSentence(strings.TrimRight(text, " "))
}

// sharesSize reports whether lines a and b each hold words of the
// other's size, within smallSizeStep of it: a paragraph that mixes body
// text with smaller code ("… means to load /usr/share/mime, and" over
// "~/.local/share/mime (if they exist)."), where which size has the most
// letters changes from line to line. A heading and the text under it
// hold no word of each other's size.
func sharesSize(a, b line) bool {
	has := func(l line, size float64) bool {
		for _, w := range l.words {
			if math.Abs(w.size-size) <= smallSizeStep*size {
				return true
			}
		}
		return false
	}
	return has(a, b.size) && has(b, a.size)
}

// sizeBreak reports whether the change of font size from line prev,
// whose text is ptext, to line l ends a block: a step over smallSizeStep
// between lines that hold no word of each other's size (sharesSize; a
// Texinfo definition's 12-point signature over its 11-point parameters),
// or a step over sizeStep after a sentence's end. Lines that share their
// sizes make one paragraph mid-sentence, however their main size changes.
func sizeBreak(prev, l line, ptext string) bool {
	step := math.Abs(l.size - prev.size)
	switch {
	case step <= smallSizeStep*prev.size:
		return false
	case !sharesSize(prev, l):
		return true
	}
	return step > sizeStep*prev.size && endsSentence(ptext)
}

// startsNew reports whether line l starts a new block after line prev.
// hanging says l starts where the text of the list item above it does;
// entry, that prev began a block as an entry of a display set one a
// line (addressLines); wrapped, that prev went on its block from a line
// that could not take its first word.
func startsNew(prev, l line, text string, marker int, body float64, hanging, entry, wrapped bool) bool {
	switch {
	case marker > 0 || l.words[0].lead != "" || l.term || l.termText:
		return true
	}
	ptext := prev.text()
	if centredSentence(prev, l, ptext, text) {
		return false
	}
	if l.bold != prev.bold && !wrappedAcrossWeight(prev, l, ptext) || sizeBreak(prev, l, ptext) {
		return true
	}
	if capsTitle(prev, l, ptext, text) || labelOverIndent(prev, l) {
		return true
	}
	if endsSentence(ptext) && clauseNumberTextRE.MatchString(text) {
		// A numbered clause ("1.2 This policy …") after a sentence's
		// end, however close the two paragraphs stand.
		return true
	}
	if l.page != prev.page || l.col != prev.col || math.IsNaN(l.prevY) {
		// A column or page break: go on mid-sentence only.
		return endsSentence(ptext) || !startsLower(text) && !strings.HasSuffix(ptext, "-")
	}
	switch {
	case endsSentence(ptext) && l.prevY-l.y > lineGaps(sentenceGap, l.pitch, l.size):
		// A narrower gap after a sentence's end: the space between
		// the entries of a definition list (Texinfo's parameters,
		// 1.35 pitches apart).
		return true
	case l.prevY-l.y > lineGaps(paragraphGap, l.pitch, l.size):
		// A gap, unless a sentence cut by a display (an equation, a
		// line of code) goes on under it in lowercase: "where m0 is
		// …" under LaTeX's equation, "is equivalent to" under a
		// manual page's command. A display a colon opens ("For
		// example:") stands apart, and so does a display line that
		// gives an address after its first word (entryAddress), a
		// command or a configuration entry under a note ending in a
		// bracket (sources.list's "deb http://ftp.tlh.debian.org/universe
		// unstable/binary-$(ARCH)/"). So does a line under a display
		// whose entries stand one a line, each a block (entry: prev
		// is one under another): the sentence it cut opened the
		// display with a colon, and what goes on under it goes on
		// no entry (sources.list's "or like this in deb822 style
		// format:" under its third "deb http://…" line). So does a
		// line out left of a line of filled text (wrapped: it went on
		// a line that could not take its first word), which is no
		// display: the next term of a list whose texts are indented
		// (BASICLU's verbatim "… Default: 1e-20" over the next
		// parameter, "xstore[BASICLU_ABS_PIVOT_TOLERANCE]", a blank
		// line between them).
		return endsSentence(ptext) || strings.HasSuffix(ptext, ":") || !startsLower(text) || entryAddress(text) || entry ||
			wrapped && l.x0 < prev.x0-0.5*l.size
	case centred(prev) && !centredUnder(prev, l) && l.x0 <= l.left+indentGap*l.size:
		// A centred line (a subtitle, "For Wrenlog 3.0 and later")
		// does not run on into a line at the column's left edge, the
		// first of the text under it, however close that stands.
		return true
	case centred(prev) && centredUnder(prev, l) && !prev.bold && l.size <= body*headingRatio &&
		nameLike(withoutAddress(ptext), maxBylineWords) && nameLike(withoutAddress(text), maxBylineWords):
		// Centred lines of names in the body's size and weight are
		// lines of their own: groff -ms's author over the institution
		// ("Priya Ramaswamy" over "Estuary Research Station, Port
		// Adair"), which titleByline reads as the byline.
		return true
	case nameLines(prev, l, ptext, text):
		return true
	case l.x0 > l.left+indentGap*l.size && l.x0 < (l.left+l.right)/2 && prev.x0 <= l.left+indentGap*l.size &&
		!(l.size > body*headingRatio && centredUnder(prev, l)) && !hanging &&
		(endsSentence(ptext) || !startsLower(text)) && !wrappedToHang(prev, l, ptext):
		// An indented first line; centred lines and the hanging lines of
		// a list item are indented like the line above. A title or
		// heading set on two centred lines goes on, though its first line
		// makes the column's left edge. So does a sentence cut
		// mid-way, going on in lowercase on an indented line: the
		// hanging lines of a LaTeX description item ("HVO trial Since
		// June, … made from" over "waste oils."). A full line that ends
		// no sentence wraps into the indented line, whatever its first
		// letter (wrappedToHang).
		return true
	}
	// A short line that ends a sentence ends the paragraph, unless the
	// next line's first word would not have fitted after it: then the
	// line was wrapped there. So does a short line of page chrome by its
	// shape, or one before a line of chrome ("Home > Docs > FAQ" over
	// "Table of contents"), unless the next line starts in lowercase
	// or hangs from it as a tag's text (hangingTag), and a short line
	// of a field list over the next (fieldLines).
	short := prev.x1 < l.right-2*l.size && fitsAfter(prev, l, 0.5)
	chrome := !startsLower(text) && (localChrome(ptext, shapeOf(ptext)) || localChrome(text, shapeOf(text))) && !hangingTag(prev, l)
	return short && (endsSentence(ptext) || chrome) || fieldLines(prev, l) && (short || l.field >= minFieldRun) ||
		brokenShort(prev, l) || centredFields(prev, l, body) || addressLines(prev, l, ptext, text) || commandForms(prev, l, ptext, text)
}

// wrappedToHang reports whether line l, indented under line prev at its
// column's left edge, goes on prev's paragraph as its hanging indent:
// prev is full (l's first word would not have fitted after it) and ends
// in a comma, so its sentence went on on the next line. A reference
// list sets each entry's lines after the first indented under it, and a
// wrapped list of authors goes on in capitals there ("Barnes, C., …,
// Kośmińska, K., Tokarski," over "T., and Karlsson, A. (2019). …"); a
// paragraph's indented first line stands under a line that ends a
// sentence or stops short of the column, and a full line ending in a
// word may be a heading run in before its text ("Safety There were …
// down from seven" over "Lost-time injuries fell …").
func wrappedToHang(prev, l line, ptext string) bool {
	return !fitsAfter(prev, l, 0) && strings.HasSuffix(ptext, ",")
}

// leadingGap reports whether line l stands under prev, the last line of
// a block of two lines or more (joined, the lines joined after its
// first), farther than paragraphGap times the block's own leading (the
// distance from prev up to the line above it), in the block's size, and
// does not go on in lowercase, where the column's pitch is itself that
// much wider than the block's leading: a paragraph's gap. A title page's
// few lines set far apart make the pitch, the median of the page's
// distances, as wide as a gap between them (nDPI's cover: "Version 3.3"
// over "July 2020" 12 points apart, and "© 2011-20" 48 points under
// them, where the page's median distance is 48), and startsNew's test
// of the pitch would join them.
func leadingGap(prev, l line, joined int, text string) bool {
	if joined == 0 || l.page != prev.page || l.col != prev.col || l.size != prev.size {
		return false
	}
	d := prev.prevY - prev.y
	gap := lineGaps(paragraphGap, d, l.size)
	return d >= l.size && l.pitch > gap && l.prevY-l.y > gap && !startsLower(text)
}

// commandSyntax reports whether text has the shape of a command line: a
// name (no option: it does not open with "-") and, after it, an option
// or an optional argument in brackets ("fuser -l", "dmesg --console-level
// level", "useradd -D [options]", "dmesg [options]"), as a manual page's
// SYNOPSIS sets each form of its command on a line of its own; name is
// the command's name.
func commandSyntax(text string) (name string, ok bool) {
	ws := strings.Fields(text)
	if len(ws) > 1 && !strings.HasPrefix(ws[0], "-") && (strings.HasPrefix(ws[1], "-") || strings.HasPrefix(ws[1], "[")) {
		return ws[0], true
	}
	return "", false
}

// sameCommand reports whether a and b are two forms of one command: command
// lines (commandSyntax) opening with the same name.
func sameCommand(a, b string) bool {
	na, oka := commandSyntax(a)
	nb, okb := commandSyntax(b)
	return oka && okb && na == nb
}

// commandForms reports whether lines prev and l, one under the other on a
// page and column and starting where the other does, are two forms of
// one command set one a line: each a command line (commandSyntax) opening
// with the same name, and prev ended short of where l's first word would
// have wrapped (fitsAfter, by forcedBreakRoom ems more), so its author
// ended it there (fuser's SYNOPSIS "fuser -l" over "fuser -V", dmesg's
// "dmesg --clear" over "dmesg --read-clear [options]"). brokenShort
// takes such lines for one sentence, their first word not a capital.
func commandForms(prev, l line, ptext, text string) bool {
	return l.page == prev.page && l.col == prev.col && startsUnder(prev, l) && fitsAfter(prev, l, forcedBreakRoom) &&
		sameCommand(ptext, text)
}

// uriRE matches a word that is an address with its scheme
// ("http://deb.debian.org/debian", "file:/home/apt/debian",
// "ftp://ftp.example.org").
var uriRE = regexp.MustCompile(`^[a-z][a-z0-9+.-]*:/`)

// entryAddress reports whether text gives an address after its first
// word: a word that opens a command or an entry of a configuration
// file, then what it acts on ("deb http://deb.debian.org/debian
// bookworm main", "git clone https://…").
func entryAddress(text string) bool {
	ws := strings.Fields(text)
	return len(ws) > 1 && slices.ContainsFunc(ws[1:], uriRE.MatchString)
}

// addressLines reports whether lines prev and l, whose texts are ptext
// and text, are each an entry of a display set one a line: one under
// the other on a page and column, each giving an address after its
// first word (entryAddress), and prev ended short of where l's first
// word would have wrapped (fitsAfter), so the line ended where its
// author ended it (sources.list's "deb http://deb.debian.org/debian
// stable main contrib" over "deb-src http://deb.debian.org/debian
// stable main contrib"). A line of prose that wraps an address to the
// next line fills its line: the address would not have fitted on it.
func addressLines(prev, l line, ptext, text string) bool {
	return l.page == prev.page && l.col == prev.col && startsUnder(prev, l) && fitsAfter(prev, l, 0.5) &&
		entryAddress(ptext) && entryAddress(text)
}

// fitsAfter reports whether line l's first word, and room ems more,
// would have fitted after the end of line prev before l's column's right
// edge: prev ended short of where its words would wrap.
func fitsAfter(prev, l line, room float64) bool {
	return prev.x1+(l.words[0].x1-l.words[0].x0)+room*l.size < l.right
}

// startsUnder reports whether line l starts where line prev does, within
// half an em of l's size: a line under another of one paragraph or list.
func startsUnder(prev, l line) bool {
	return math.Abs(l.x0-prev.x0) < 0.5*l.size
}

// brokenShort reports whether line prev was broken short on purpose
// before line l, which starts where prev does on its page and column
// and opens with a capital: prev stops short of the column's right edge
// by more than forcedBreakRoom ems beyond the width of l's first word,
// which would have fitted after it, so the line ended where its author
// ended it, not where the words wrapped (a lead-in and the lines of a
// list under it, "The main features of this library are:" over
// "On-line ASN.1 structure management …"; a manual page's lines set
// apart, "GNU coreutils online help: <…>" over "Report any translation
// bugs to <…>"; a heading over its text, "This month in numbers" over
// "In February we turned …"), though it ends no sentence. A line
// ending in a comma or semicolon goes on (a list set one item a line,
// libtasn1's "INTEGER;" over "ENUMERATED;", whose items alone read as
// page chrome), and so does a line of one word (a label, "IconsList:"
// over its fields).
func brokenShort(prev, l line) bool {
	return l.page == prev.page && l.col == prev.col && startsUnder(prev, l) && fitsAfter(prev, l, forcedBreakRoom) && endedOnPurpose(prev, l)
}

// centredFields reports whether line prev, centred in its column in the
// body's size and weight, was ended on purpose before line l, centred
// under it on the same page and column: the lines of a title page set
// one under another, each a field of its own ("Document number: GOP-04"
// over "Revision C" over "Effective from 1 February 2026"). prev is
// narrower than its column by more than centredBreakRoom ems beyond
// the width of l's first word, which would have fitted on it, or l
// opens with a field's label and a colon (fieldLabelRE: "Skerrow Air
// Ground Operations Procedure" over "Document number: GOP-04", where
// "Document" would not have fitted). As in brokenShort, l opens with a
// capital, and a line ending in a comma or semicolon, or of one word,
// goes on.
func centredFields(prev, l line, body float64) bool {
	return l.page == prev.page && l.col == prev.col && centred(prev) && centredUnder(prev, l) &&
		!prev.bold && !l.bold && l.size <= body*headingRatio && prev.size <= body*headingRatio &&
		(prev.x1-prev.x0+(l.words[0].x1-l.words[0].x0)+centredBreakRoom*l.size < l.right-l.left || fieldLabelRE.MatchString(l.text())) &&
		endedOnPurpose(prev, l)
}

// endedOnPurpose holds the tests brokenShort and centredFields share
// on the text of a line prev ended short before line l: l opens with a
// capital letter, and prev holds more than one word and ends in
// neither a comma nor a semicolon.
func endedOnPurpose(prev, l line) bool {
	ptext := prev.text()
	return startsUpperLetter(l.text()) && len(prev.words) > 1 && !strings.HasSuffix(ptext, ",") && !strings.HasSuffix(ptext, ";")
}

// hangingTag reports whether line l hangs under line prev as the text of
// a tag: it starts on the same page and column right of prev's start by
// a paragraph's indent or more, left of the column's middle, as a manual
// page sets a list of tags each over its text indented under it (groff's
// .TP and .IP: a file's path over what it holds, "/etc/passwd" over
// "User account information.", an exit value over its meaning, "4" over
// "UID already in use", a diagnostic over its cause). Such a tag reads
// as page chrome alone (a lone path, a number, "file: not in gzip
// format" as a credit), but goes on into its text, as a tag that reads
// as words already does ("1" over "can't update password file").
func hangingTag(prev, l line) bool {
	return l.page == prev.page && l.col == prev.col && l.x0 > prev.x0+indentGap*l.size && l.x0 < (l.left+l.right)/2
}

// fieldLabelRE matches the label that opens a line of a field list: one
// to three words and a colon, a space before it allowed, then the
// field's text ("r: The number of runnable processes", "swpd: the amount
// of swap memory used.", "date & time: timestamp for the uncompressed
// file", "writes : Total number of writes"); its first word may be two
// joined by a slash, as a form's labels give a choice ("UNIT/DIVISION:
// Government Digital Service").
var fieldLabelRE = regexp.MustCompile(`^[\pL_][\pL\pN_-]*(?:/[\pL\pN_-]+)?(?: [\pL\pN_&-]+){0,2} ?: +\S`)

// fieldLines reports whether lines prev and l, one under the other and
// starting where the other does, are entries of a field list (runs that
// markFieldRuns found, which marks only lines whose text fieldLabelRE
// matches): each a label and a colon before the field's text, as a
// manual page lists the columns of a tool's output one a line (vmstat's "r:", "b:", "swpd:", gzip's "compressed
// size:", "ratio:"). An entry ends its line, with or without a full stop
// ("total: Total reads completed successfully"), so the next entry
// starts a block: startsNew parts them when l's first word would have
// fitted on prev (a wrapped line fills its line), or, in a run of at
// least minFieldRun entries, whatever their length, since a page with
// no full line (vmstat's page of fields) has its column's right edge at
// its longest entry.
func fieldLines(prev, l line) bool {
	return prev.field > 0 && l.field > 0 && startsUnder(prev, l)
}

// markFieldRuns sets, on each line of a run of at least two lines that
// are each a field list's entry (fieldLabelRE), one under the other on
// the same page and column and starting where the other does, outside
// tables and page chrome, the number of lines in its run.
func markFieldRuns(ls []line) {
	linked := func(a, b line) bool {
		return a.table == nil && b.table == nil && a.why == "" && b.why == "" && !b.code &&
			a.page == b.page && a.col == b.col && !math.IsNaN(b.prevY) &&
			startsUnder(a, b) && fieldLabelRE.MatchString(b.text())
	}
	for i := 0; i < len(ls); {
		if ls[i].table != nil || ls[i].why != "" || ls[i].code || !fieldLabelRE.MatchString(ls[i].text()) {
			i++
			continue
		}
		j := i + 1
		for j < len(ls) && linked(ls[j-1], ls[j]) {
			j++
		}
		if j-i >= 2 {
			for k := i; k < j; k++ {
				ls[k].field = j - i
			}
		}
		i = j
	}
}

// labelOverIndent reports whether bold line prev is a label of its own
// over bold line l, which starts indented right of it with no more
// room taken on prev than its first line needs: a manual page's
// subsection label over the first option term under it (grep's "Pattern
// Syntax" over "-E, --extended-regexp"). A heading wrapped onto an
// indented line fills its first one: l's first word would not have
// fitted after prev.
func labelOverIndent(prev, l line) bool {
	return prev.bold && l.bold && l.page == prev.page && l.col == prev.col &&
		l.x0 > prev.x0+indentGap*l.size &&
		fitsAfter(prev, l, 0.5)
}

// wrappedAcrossWeight reports whether line l goes on the sentence of line
// prev though the two differ in weight: a line of running text wrapped
// before a run of bold words that fills most of the next line (grep's
// manual page, "... defined by the environment variable" over
// "GREP_COLORS. WHEN is never, always, or auto.", make's "... pass the
// jobserver pipe read and write file descriptor numbers to sub-" over
// "makes; see the section PARALLEL MAKE AND THE JOBSERVER for details"),
// or back. prev fills its line, or ends short of it by less than l's
// first word (a long bold name wrapped whole: sources.list's "... all
// architectures as defined by the" over "APT::Architectures config
// option."): the next word did not fit. prev ends with no sentence's end
// or colon, and l starts where prev does, or where the text of prev, a
// list item's first line, starts after its marker (sources.list's "•
// Valid-Until-Min (valid-until-min) ... can be used to" over "raise or
// lower the time period ..."), on the same page and column, with no gap
// between them: a heading in bold stands after a sentence's end or a
// gap, or to the left of the text under it.
func wrappedAcrossWeight(prev, l line, ptext string) bool {
	return (prev.x1 >= l.right-2*l.size || !fitsAfter(prev, l, 0)) && !endsSentence(ptext) && !strings.HasSuffix(ptext, ":") &&
		(startsUnder(prev, l) || bulletMarker(ptext) > 0 && math.Abs(l.x0-itemTextLeft(prev)) < 0.5*l.size) &&
		l.page == prev.page && l.col == prev.col &&
		!math.IsNaN(l.prevY) && l.prevY-l.y <= lineGaps(sentenceGap, l.pitch, l.size)
}

// itemTextLeft returns where the text of line l, a list item's first
// line, starts after its marker: its second word's left edge, or its own
// when the marker is all it holds. The item's lines below hang from there.
func itemTextLeft(l line) float64 {
	if len(l.words) > 1 {
		return l.words[1].x0
	}
	return l.x0
}

// wrappedUnderMarker reports whether line l, under line prev of a list
// item whose marker starts at markLeft, goes on the item though it starts
// left of the item's text: under the marker, on the same page and column,
// after a line cut mid-sentence where it was full (it ends no sentence
// and no lead-in's colon, and l's first word would not have fitted after
// it). An office suite sets a list item with no hanging indent so (a "- "
// or "2. " typed before the text, a numbered paragraph indented no more
// than its number: "- Store 14 has the maximum standard deviation of
// sales, which is" over "317,569.95, with a coefficient of variation" of
// a Word report), its lines after the first wrapping back to the
// marker's place; a paragraph after the list starts there too, but under
// a line that ends a sentence or stops short. Once the item has wrapped
// so (joined lines after its first, prev one of them under the marker),
// its further lines stand where prev does, and startsNew judges them as
// it does a paragraph's.
func wrappedUnderMarker(prev, l line, markLeft float64, joined int) bool {
	ptext := prev.text()
	if math.Abs(l.x0-markLeft) >= 0.5*l.size || l.page != prev.page || l.col != prev.col {
		return false
	}
	return joined > 0 && startsUnder(prev, l) ||
		!endsSentence(ptext) && !strings.HasSuffix(ptext, ":") && !fitsAfter(prev, l, 0)
}

// outdented reports whether line l, starting left of line prev on the
// same page and column, ends a paragraph whose lines after the first
// stand where prev does (joined of them): a hanging paragraph, the text
// of a manual page's option, goes on at its own indent, so the line that
// comes out left of it is the next option's term ("-k, --keep-going"
// under make's "... for details"), however the two lines' weights agree.
// A first line indented more than the lines under it is no such
// paragraph (joined is 0 while prev is the first line), nor are centred
// lines. An option's text begun on its term's line (hangs) hangs from
// its first line, and any line out left of it, bold or not, ends it
// (ls's "-C list entries by columns" over "--color[=WHEN]"), but for a
// line that goes on a sentence prev cut at the column's right edge
// (goesOnProse): a text set with its first line indented under its
// term, not hanging from it (nDPI's "-v <1|2>" over "Using this flag,
// … can be used to" over "tune its performance.").
func outdented(prev, l line, joined int, hangs bool) bool {
	return (joined > 0 && l.bold || hangs) && !centred(prev) && l.x0 < prev.x0-indentGap*l.size && l.page == prev.page && l.col == prev.col &&
		!goesOnProse(prev, l)
}

// nameLines reports whether lines prev and l, one under the other and
// starting where the other does, are each a person's name (two to
// maxPersonWords capitalised words, not all in capitals and ending in no
// semicolon as a list's items do, an address in brackets allowed) and
// prev ends short enough for l's first word to have fitted after it:
// Texinfo's title page sets each @author flush left on a line of its own
// in a heading's size and weight ("Fabio Fiorina" over "Simon
// Josefsson"), which would otherwise read as one heading, one name of
// four words. A heading wrapped onto a second line fills its first.
// So is a name given with its e-mail address in angle brackets, an entry
// of a list of authors or maintainers, whatever line follows it (dmesg's
// AUTHORS "Karel Zak <kzak@redhat.com>" over "dmesg was originally
// written by …"): prose that names a person wraps where its words fill
// the line.
func nameLines(prev, l line, ptext, text string) bool {
	return math.Abs(l.x0-prev.x0) < 0.2*l.size && !strings.HasSuffix(ptext, ",") &&
		fitsAfter(prev, l, 0.5) &&
		personName(ptext) && (personName(text) || mailedName(ptext))
}

// mailedName reports whether s ends in an e-mail address in angle
// brackets after the words before it ("Karel Zak <kzak@redhat.com>").
func mailedName(s string) bool {
	return withoutAddress(s) != s && strings.HasSuffix(s, ">")
}

// personName reports whether s has the shape of one person's name: two
// to maxPersonWords capitalised words, not all in capitals and ending in
// no semicolon as a list's items do, an address in brackets allowed.
func personName(s string) bool {
	s = withoutAddress(s)
	n := len(strings.Fields(s))
	return n >= 2 && n <= maxPersonWords && nameLike(s, maxPersonWords) && !endsSentence(s) &&
		strings.ToUpper(s) != s && !strings.HasSuffix(s, ";")
}

// codeWords reports whether a line of three words or more, less a leading
// section number, is mostly not plain words (plainWord): a manual page's
// bold command line "gzip [ -acdfhklLnNrtvV19 ] [-S suffix] [ name ... ]"
// under SYNOPSIS or its bold list "znew(1), zcmp(1), …" under SEE ALSO,
// set in the weight of a heading at the text's size but no heading.
func codeWords(text string) bool {
	ws := strings.Fields(text)
	if len(ws) > 0 && clauseNumberRE.MatchString(ws[0]) {
		ws = ws[1:]
	}
	return len(ws) >= 3 && mostlyOdd(ws)
}

// mostlyOdd reports whether most of the words ws are no plain words
// (plainWord): a line of code or markup rather than prose.
func mostlyOdd(ws []string) bool {
	odd := 0
	for _, w := range ws {
		if !plainWord(w) {
			odd++
		}
	}
	return 2*odd > len(ws)
}

// plainWord reports whether w is a word of prose: letters (an apostrophe
// or hyphen between them), perhaps opening a bracket and closed by
// punctuation.
func plainWord(w string) bool {
	w = strings.TrimRight(strings.TrimPrefix(w, "("), ",;:.)")
	if w == "" {
		return false
	}
	for i, r := range w {
		if !unicode.IsLetter(r) && !((r == '\'' || r == '’' || r == '-') && i > 0 && i < len(w)-1) {
			return false
		}
	}
	return true
}

// capsTitle reports whether line prev, above line l, is a title in
// capitals over the text it heads: a short line (ending over two ems
// short of the column's right edge) whose letters are all capitals and
// that ends no sentence ("0. PREAMBLE" of the GNU FDL, its clause's text
// hanging under the title's), over a line that starts with a capital
// and holds lowercase words. A title in capitals set on two lines
// ("TERMS AND" over "CONDITIONS") has no lowercase on its second.
func capsTitle(prev, l line, ptext, text string) bool {
	if prev.x1 >= l.right-2*l.size || endsSentence(ptext) || !startsUpperLetter(text) {
		return false
	}
	letters := 0
	for _, r := range ptext {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 3 && strings.IndexFunc(text, unicode.IsLower) >= 0
}

// centred reports whether line l is set centred in its column: it stands
// off the column's left edge as an indented line does, and its middle is
// less than a fifth of an em from the column's.
func centred(l line) bool {
	return l.x0 > l.left+indentGap*l.size && math.Abs((l.x0+l.x1)/2-(l.left+l.right)/2) < 0.2*l.size
}

// centredUnder reports whether line l is centred under line prev: the
// middles of the two lines are less than a fifth of an em apart.
func centredUnder(prev, l line) bool {
	return math.Abs((l.x0+l.x1)/2-(prev.x0+prev.x1)/2) < 0.2*l.size
}

// joinLines joins the next line of a paragraph, mending a word hyphenated
// at the end of a line.
func joinLines(text, next string, hyphens map[string]bool) string {
	if strings.HasSuffix(text, "-") && startsLower(next) {
		i := strings.LastIndexByte(text, ' ') + 1
		head := text[i : len(text)-1]
		tail, _, _ := strings.Cut(next, " ")
		tail = strings.TrimRight(tail, ".,;:!?)]\"'”’")
		r, _ := utf8.DecodeLastRuneInString(head)
		if unicode.IsLetter(r) && !hyphens[strings.ToLower(head+"-"+tail)] && (writtenWhole(head, tail, hyphens) || writtenOption(head, tail, hyphens) || !hyphenedWord(head, tail) && !compoundParts(head, tail, hyphens)) {
			return text[:len(text)-1] + next
		}
		return text + next
	}
	if strings.HasSuffix(text, "-") && startsUpperLetter(next) {
		// A hyphen before a capital joins the parts of a compound
		// ("Osei-" over "Lindqvist", "Rolls-" over "Royce"): a word is
		// broken for hyphenation between lowercase letters, so the
		// hyphen is the word's own, and stays with no space after it.
		// A word in capitals broken so ("OP-" over "TIONAL") is mended
		// when the text writes it whole elsewhere and never with the
		// hyphen, and so is an identifier in capitals ("LS_COL-" over
		// "ORS"; capsIdentifier), which holds no hyphen.
		i := strings.LastIndexByte(text, ' ') + 1
		head := fromLetter(text[i : len(text)-1])
		tail, _, _ := strings.Cut(next, " ")
		tail = strings.TrimRight(tail, ".,;:!?)]\"'”’")
		tail = assignedName(tail)
		if !hyphens[strings.ToLower(head+"-"+tail)] && (inCapitals(head) && inCapitals(tail) && hyphens[strings.ToLower(head+tail)] || capsIdentifier(head+tail)) {
			return text[:len(text)-1] + next
		}
		r, _ := utf8.DecodeLastRuneInString(text[:len(text)-1])
		if unicode.IsLetter(r) {
			return text + next
		}
	}
	if identifierCut(text, next) {
		return text + next
	}
	return text + " " + next
}

// hyphenedWord reports whether a word broken at a line's end after a
// hyphen, head before it and tail after it, is written with that hyphen:
// a command-line option ("--branch-" over "sim=yes", "-fno-" over
// "builtin"), or a word that holds another hyphen ("--with-icu-default-"
// over "data-dir"). Hyphenation breaks a plain word between its letters;
// a word that already holds a hyphen is broken only there, and an
// option's words are joined by hyphens.
func hyphenedWord(head, tail string) bool {
	return strings.Contains(head, "-") || strings.Contains(tail, "-")
}

// writtenWhole reports whether the text (words, see hyphenated) writes the
// word broken at a line's end after a hyphen, head before it and tail
// after it, whole elsewhere, with no hyphen there: the hyphen is
// hyphenation's, though the word holds another of its own
// ("initial-argu-" over "ments" in xargs's manual page, which writes
// "initial-arguments" twice).
func writtenWhole(head, tail string, words map[string]bool) bool {
	return words[strings.ToLower(fromLetter(head)+tail)]
}

// assignedName returns the name a line's first word sets, when it is an
// assignment ("GROUPS=yes" of "USER-" over "GROUPS=yes", a setting
// written as in its file): the word before the equals sign is the one
// hyphenation broke; any other word is returned whole.
func assignedName(w string) string {
	name, _, _ := strings.Cut(w, "=")
	return name
}

// optionWord reports whether w is a command-line option ("--allow-bad-names",
// "-v"): hyphens, then a letter, and no hyphen at its end, which would
// make it the head of a word broken at a line's end.
func optionWord(w string) bool {
	rest := strings.TrimLeft(w, "-")
	r, _ := utf8.DecodeRuneInString(rest)
	return len(rest) < len(w) && unicode.IsLetter(r) && !strings.HasSuffix(rest, "-")
}

// writtenOption reports whether the text (words, see hyphenated) writes
// the command-line option broken at a line's end after a hyphen, head
// before it and tail after it, whole elsewhere with no hyphen there:
// the hyphen is hyphenation's, though the option holds hyphens of its
// own ("--al-" over "low-bad-names" in adduser.conf's manual page, which
// writes "--allow-bad-names" too).
func writtenOption(head, tail string, words map[string]bool) bool {
	i := strings.IndexByte(head, '-')
	return i >= 0 && optionWord(head[i:]) && words[strings.ToLower(head[i:]+tail)]
}

// fromLetter returns s from its first letter on: the word a line's last
// token holds, less the quote, bracket or bullet before it ("(refer-").
func fromLetter(s string) string {
	return strings.TrimLeftFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
}

// minCompoundPart is the fewest letters each part of a word broken after
// a hyphen must have for compoundParts to read the hyphen as the
// compound's own: hyphenation's short syllables ("be-" over "tween",
// "re-" over "place") are words too, but of one or two letters.
const minCompoundPart = 3

// compoundParts reports whether a word broken at a line's end after a
// hyphen, head before it and tail after it, is a compound written with
// that hyphen: the text (words, see hyphenated) never writes head and
// tail as one word but writes each as a word of its own, of at least
// minCompoundPart letters ("full-" over "time", "branch-" over
// "prediction", a list's name "wrenlog-" over "announce"), where the
// syllables hyphenation breaks a word into ("refer-" over "ences",
// "mead-" over "ows") are seldom words both.
func compoundParts(head, tail string, words map[string]bool) bool {
	head = strings.ToLower(fromLetter(head))
	tail = strings.ToLower(tail)
	return utf8.RuneCountInString(head) >= minCompoundPart && utf8.RuneCountInString(tail) >= minCompoundPart &&
		!words[head+tail] && words[head] && words[tail]
}

// capsIdentifier reports whether s is an identifier in capitals: upper-case
// letters, digits and at least one underscore, as an environment
// variable or a constant is named ("LS_COLORS", "LC_MESSAGES"); such a
// name holds no hyphen.
func capsIdentifier(s string) bool {
	return strings.Contains(s, "_") && inCapitals(s) &&
		!strings.ContainsFunc(s, func(r rune) bool { return !unicode.IsUpper(r) && !unicode.IsDigit(r) && r != '_' })
}

// identifierCut reports whether a line that ends text cuts an identifier
// after one of its underscores ("ASN1_" over "SYNTAX_ERROR",
// "asn1_der_" over "decoding()"), as TeX breaks a line in code: the
// last word starts with a letter and ends with one underscore after a
// letter or digit, and the next line starts with a letter or digit. A
// word set in underscores ("__init__", "_any_") is not so cut.
func identifierCut(text, next string) bool {
	head := text[strings.LastIndexByte(text, ' ')+1:]
	if len(head) < 3 || head[len(head)-1] != '_' {
		return false
	}
	first, _ := utf8.DecodeRuneInString(head)
	before, _ := utf8.DecodeLastRuneInString(head[:len(head)-1])
	after, _ := utf8.DecodeRuneInString(next)
	return unicode.IsLetter(first) && isAlnum(before) && isAlnum(after)
}

// startsUpperLetter reports whether s starts with an upper-case letter.
func startsUpperLetter(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// numberedTitle reports whether line l, whose text opens with the list
// marker of length marker, may be a numbered heading typed as text ("1.
// Hollins Yard on Saturdays"): its marker is a section number and the
// line is set in bold or larger than the body. headings decides.
func numberedTitle(l line, text string, marker int, body float64) bool {
	return sectionNumberRE.MatchString(sectionNumber(text[:marker])) && (l.bold || l.size > body*headingRatio)
}

// sectionNumber returns the section number of list marker m, less its
// closing bracket: "3" of "3)", as a charter numbers its sections ("3)
// Governing Board"); "2.1" of "2.1"; "IV." of "IV.".
func sectionNumber(m string) string {
	return strings.TrimSuffix(strings.TrimSpace(m), ")")
}

// tightNumberRE matches a number and its closing bracket with no space
// before the capital that opens the title ("10)General"), as Word sets
// an automatic number wider than its tab stop.
var tightNumberRE = regexp.MustCompile(`^\d{1,2}\)\p{Lu}`)

// spaceAfterNumber puts back the space between a section number and its
// title that a line in a heading's font (bold or larger than the body)
// draws with none ("10)General & Administrative Expenses" among "9)
// Budget" and "11) General Rules"), so that the number reads as the
// section's, as its neighbours' do. Other text is returned as it is.
func spaceAfterNumber(l line, text string, body float64) string {
	if !(l.bold || l.size > body*headingRatio) || !tightNumberRE.MatchString(text) {
		return text
	}
	i := strings.IndexByte(text, ')') + 1
	return text[:i] + " " + text[i:]
}

// letteredListRE matches the marker of a list's first lettered item:
// "a)", "(a)", "a.", "i)", "(i)".
var letteredListRE = regexp.MustCompile(`^\(?[ai][.)]\s`)

// letteredListFollows reports whether block i, a numbered line, is
// followed by the first item of a list lettered from "a" (or numbered
// in roman numerals from "i"): a section's clauses, which the numbered
// line heads, full stop and all ("2) Membership." over "a) The Directed
// Fund will be composed of …"), as a charter numbers its sections and
// letters their clauses.
func letteredListFollows(bs blocks, i int) bool {
	return i+1 < len(bs) && bs[i+1].why == "" && (bs[i+1].kind == KindParagraph || bs[i+1].kind == KindItem) && letteredListRE.MatchString(bs[i+1].text)
}

// headings marks the short paragraphs set in bold or larger than the body
// as headings, their level by size: the largest size is level 1, but not
// a figure's or table's caption ("Figure 2: …", captionLabel). A
// paragraph that still opens with a list marker (see numberedTitle) is a
// heading, number and all, only when the text of its section follows it
// (textFollows, as for headsText), or a list in the body's font does
// ("5. Any other business" over the points raised), and it does not
// follow such a line made a list item (the last of "1. Helmet", "2.
// Lights" over a paragraph); otherwise it is a list item, its marker left
// out as for any item ("1. Check the brakes." in bold). A line of
// references to manual pages (pageRefsRE: "kill(1)" under SEE ALSO, bold
// as groff sets a page's name) heads nothing: it is the section's text.
// A line of code words (codeWords) heads nothing either, unless it spells
// an option or is a tag in part bold over its text hanging under it
// (block.term, markPlainTerms): a manual page's example command over
// what it does ("man -l -Tdvi ./foo.1x.gz > ./foo.1x.dvi" over "This
// command will decompress …") or an option whose argument's list no
// optionHeadRE spells (useradd's "-G, --groups
// GROUP1[,GROUP2,...[,GROUPN]]]"), or is a tag all in bold over its text
// hanging under it (sources.list's "mirror, mirror+scheme
// (apt-transport-mirror(1))"), where its hanging text marks it as the
// heading a synopsis's bold command line is not. No heading writes out an
// e-mail address (writesEmail): "Submit questions and future discussion
// topics to OSCAL@fedramp.gov" set large on a slide is its text. Nor is
// a lone conjunction a heading (conjunctionLine): a checklist's "OR" in
// bold between two items offers a choice between them. Nor is a title the
// document's list of figures names (listedCaptions): it captions its
// figure.
func headings(bs blocks, body float64) blocks {
	var sizes []float64
	// titled marks the numbered lines over a lettered list
	// (letteredListFollows): headings, full stop and all.
	titled := map[int]bool{}
	captions := listedCaptions(bs)
	odd := familyTitles(bs, body)
	cover := textlessCover(bs)
	isHeading := func(i int) bool {
		b := bs[i]
		words := len(strings.Fields(b.text))
		return b.kind == KindParagraph && words <= maxHeadingWords && (!endsFullStop(b.text) || titled[i]) && !pageRefsRE.MatchString(b.text) && !captionLabel(b.text) && !writesEmail(b.text) && !conjunctionLine(b.text) &&
			!captions[strings.ToLower(b.text)] &&
			!(b.page == cover && editionRE.MatchString(b.text)) &&
			(b.size > body*headingRatio && (b.bold || b.size >= body*1.5 || words <= 8) || (b.bold || b.term) && b.size >= body*0.95 && (b.term || words <= maxBoldHeadingWords && !codeWords(b.text) || optionHeadRE.MatchString(b.text)) || odd[i]) &&
			!formOfCommand(bs, i)
	}
	listed := false // the block before is such a line made a list item
	// numbered holds, by size, the number of the last numbered line
	// kept as a heading.
	numbered := map[float64]string{}
	for i := range bs {
		b := &bs[i]
		m := bulletMarker(b.text)
		if m == 0 || b.kind != KindParagraph || b.why != "" {
			listed = false
			continue
		}
		num := strings.TrimRight(sectionNumber(b.text[:m]), ".")
		titled[i] = letteredListFollows(bs, i)
		if listed || !isHeading(i) || !textFollows(bs, i) && !listFollows(bs, i) && !subsectionFollows(bs, i, m) && !nextNumber(numbered[b.size], num) {
			b.kind, b.text, listed = KindItem, strings.TrimSpace(b.text[m:]), true
			continue
		}
		numbered[b.size] = num
	}
	for i, b := range bs {
		if isHeading(i) && !odd[i] && !slices.Contains(sizes, b.size) {
			sizes = append(sizes, b.size)
		}
	}
	slices.SortFunc(sizes, func(a, b float64) int { return cmpFloat(b, a) })
	// The lines that end the document with no text after them head
	// nothing: a form's closing lines set in bold ("Return to Heartland
	// Finance Center, …" over "Fax to: 816-823-5415 …") are its text.
	end := len(bs)
	for end > 0 && (bs[end-1].why != "" || isHeading(end-1)) {
		end--
	}
	items := headedItems(bs, isHeading)
	for i := range bs[:end] {
		if items[i] {
			bs[i].kind = KindItem
			continue
		}
		if isHeading(i) {
			bs[i].kind = KindHeading
			bs[i].level = slices.Index(sizes, headingSize(bs[i], sizes)) + 1
			if odd[i] {
				bs[i].level = siblingLevel(bs, i)
			}
		}
		if bs[i].page == cover && bs[i].kind == KindParagraph && editionRE.MatchString(bs[i].text) {
			bs[i].field = true // the cover's edition, text however short (markFields)
		}
	}
	seriesLevels(bs)
	return bs
}

// headingSize is the size that places heading b among the sizes of the
// document's headings: its own (the size of most of its text), or the
// smallest of its words' when that is a heading's size too. A heading
// set in two of the headings' sizes ("ESP32-C6-EVB" at 18 points and
// "layout" at 16, a section's title under the 18-point "HARDWARE", as
// its siblings are set at 16) is placed by the smaller, so that the
// sections after it, its siblings, do not sit under it; a title whose
// capitals alone are larger keeps its size.
func headingSize(b block, sizes []float64) float64 {
	if b.least > 0 && b.least < b.size && slices.Contains(sizes, b.least) {
		return b.least
	}
	return b.size
}

// leastSize is the smallest size of the words of line l that hold a
// letter.
func leastSize(l line) float64 {
	least := 0.0
	for _, w := range l.words {
		if strings.ContainsFunc(w.text, unicode.IsLetter) && (least == 0 || w.size < least) {
			least = w.size
		}
	}
	return least
}

// listOfCaptionsRE matches the heading of a list of figures or tables
// ("LIST OF FIGURES", "List of Tables", "Figures").
var listOfCaptionsRE = regexp.MustCompile(`(?i)^(?:list of )?(?:figures|tables|illustrations|exhibits)$`)

// contentsHeading reports whether s heads a table of contents or a
// list of figures or tables, which markContents leaves out with the
// entries under it.
func contentsHeading(s string) bool {
	s = strings.TrimSpace(s)
	return contentsRE.MatchString(s) || listOfCaptionsRE.MatchString(s)
}

// listedCaptions returns, in lower case, the titles a document's list of
// figures or tables names (listOfCaptionsRE over its entries, which
// markContents left out as contents: "Breakdown of Vulnerability
// Assessment Testing ..... 9"): each is the caption of a figure or table
// further on, never a heading (headings), though a report sets it in bold
// with the figure's number drawn in the picture or left out.
func listedCaptions(bs blocks) map[string]bool {
	out := map[string]bool{}
	for i := 0; i+1 < len(bs); i++ {
		if len(bs[i].text) > len("list of illustrations ") || !listOfCaptionsRE.MatchString(strings.TrimSpace(bs[i].text)) {
			continue
		}
		for j := i + 1; j < len(bs) && bs[j].why == whyContents; j++ {
			if m := leaderRE.FindStringSubmatch(bs[j].text); m != nil {
				out[strings.ToLower(strings.TrimSpace(m[1]))] = true
			} else if m := pageEndRE.FindStringSubmatch(bs[j].text); m != nil {
				out[strings.ToLower(strings.TrimSpace(m[1]))] = true
			}
		}
	}
	return out
}

// conjunctionLine reports whether s is a coordinating conjunction alone
// on its line, in whatever case ("OR", "And", "and/or"): a word that joins
// the items or paragraphs either side of it, never the name of a section.
func conjunctionLine(s string) bool {
	switch strings.ToLower(strings.Trim(s, " .:,;-–—")) {
	case "or", "and", "nor", "and/or":
		return true
	}
	return false
}

// familyTitles marks the blocks that are titles by their font family
// alone (a section's title set in Arial among a body in Times and
// headings in Times Bold, one point smaller than the body): a short
// paragraph of one line in the regular weight (a bold one is a heading
// by its weight), opening with a capital and ending in no stop,
// in a family that no paragraph of prose uses (a paragraph ending a
// sentence), at about the body's size (minFamilyTitleSize) and standing
// alone between two paragraphs of prose. A caption or a note in a
// font of its own is either set smaller or ends its sentence; an
// italic or code font has no family (fontFamily).
func familyTitles(bs blocks, body float64) map[int]bool {
	prose := func(b block) bool { return b.kind == KindParagraph && b.why == "" && endsSentence(b.text) }
	used := map[string]bool{}
	for _, b := range bs {
		if prose(b) {
			used[b.family] = true
		}
	}
	var kept []int
	for i, b := range bs {
		if b.why == "" {
			kept = append(kept, i)
		}
	}
	odd := map[int]bool{}
	for k := 1; k+1 < len(kept); k++ {
		b, before, after := bs[kept[k]], bs[kept[k-1]], bs[kept[k+1]]
		if b.kind == KindParagraph && !b.bold && b.family != "" && !used[b.family] && b.size >= body*minFamilyTitleSize && b.size <= body*headingRatio &&
			startsUpperLetter(b.text) && !endsSentence(b.text) && !strings.ContainsAny(b.text, ",;:") && len(strings.Fields(b.text)) <= maxFamilyTitleWords &&
			prose(before) && prose(after) {
			odd[kept[k]] = true
		}
	}
	return odd
}

// siblingLevel is the level of the last heading before block i, the
// level of a title found by its font family alone (familyTitles): such a
// title opens a section as the headings around it do. It is 1 when no
// heading comes before.
func siblingLevel(bs blocks, i int) int {
	for j := i - 1; j >= 0; j-- {
		if bs[j].kind == KindHeading && bs[j].why == "" {
			return bs[j].level
		}
	}
	return 1
}

// textlessCover returns the page of a PDF's cover, or -1 when it has none:
// the first page that holds text, when none of its lines ends a sentence
// (a title, a subtitle, an edition, an address). On a cover a line set
// large that states the document's edition (editionRE: Olimex's manual's
// "Revision 2.0 June 2024", a guidance deck's "Based on version 4.2.0")
// is the cover's text, no heading of the pages after it; on a page of
// text (a change log's first page) such a line heads its section.
func textlessCover(bs blocks) int {
	page := -1
	for _, b := range bs {
		if b.why != "" || !strings.ContainsFunc(b.text, unicode.IsLetter) {
			continue
		}
		if page < 0 {
			page = b.page
		}
		if b.page != page {
			break
		}
		if endsSentence(b.text) {
			return -1
		}
	}
	return page
}

// seriesRE matches a heading that labels one of a series by a word and
// its letter or number: "Exhibit B", "Appendix 2", "Part IV".
var seriesRE = regexp.MustCompile(`^(\p{L}+) (?:[A-Z]|\d{1,2}|[IVX]{1,4})$`)

// seriesLevels sets the headings of a series (seriesRE: "Exhibit A",
// "Exhibit B", "Exhibit C") at one level, the outermost any of them has:
// a series' parts are siblings, whatever size each is set in, so that
// an exhibit set smaller than the one before does not sit under that
// one's last heading (a charter, "Exhibit B", under the form's "Billing
// Contact" in Exhibit A).
func seriesLevels(bs blocks) {
	top := map[string]int{}
	for _, b := range bs {
		if m := seriesRE.FindStringSubmatch(b.text); m != nil && b.kind == KindHeading && b.why == "" {
			if l, ok := top[m[1]]; !ok || b.level < l {
				top[m[1]] = b.level
			}
		}
	}
	for i, b := range bs {
		if m := seriesRE.FindStringSubmatch(b.text); m != nil && b.kind == KindHeading && b.why == "" {
			bs[i].level = top[m[1]]
		}
	}
}

// joinTitleLines joins to the PDF's title, a heading at level 1 on the
// first page that opens the text (no kept block with a letter before it),
// the headings
// right under it set as it is (same size and weight, same page, nothing
// kept between), none an option's or a tag's term (a manual page's
// "ENVIRONMENT" over "bn=32" is a section and its first entry): the lines of a title too
// long for one line ("BENEFITS OF" over "ADOPTING ISO/IEC DIS 18974"),
// which headings reads as headings of their own. Each line joined is
// left out as the title's (whyTitleLine), so that blocks keep their
// places for the notes that refer to them.
func joinTitleLines(bs blocks) {
	t := slices.IndexFunc(bs, func(b block) bool { return b.why == "" && strings.ContainsFunc(b.text, unicode.IsLetter) })
	if t < 0 || bs[t].kind != KindHeading || bs[t].level != 1 || bs[t].page != 1 || bs[t].term {
		return
	}
	for i := t + 1; i < len(bs); i++ {
		b := bs[i]
		switch {
		case b.why != "":
			continue
		case b.kind != KindHeading || b.level != 1 || b.page != bs[t].page || b.size != bs[t].size || b.bold != bs[t].bold ||
			b.term || optionHeadRE.MatchString(b.text):
			return
		}
		bs[t].text = normSpace(bs[t].text + " " + b.text)
		bs[i].why = whyTitleLine
	}
}

// minHeadedItems is the fewest lines, each shaped as a heading, that
// headedItems reads as the items of a list.
const minHeadedItems = 3

// headedItems marks the lines shaped as headings (isHeading) that are the
// items of a list under the heading above them, not headings: a run of
// minHeadedItems or more of one size and weight on one page, each
// heading nothing (the next line is the run's own or none of its page's
// text), under a larger heading, with no text after the run on its page
// (a slide's principles, each in a text box of its own in bold under the
// slide's title: "Keep the discussion respectful" over "Speak from your
// own experience").
func headedItems(bs blocks, isHeading func(int) bool) []bool {
	out := make([]bool, len(bs))
	for i := 0; i < len(bs); {
		if bs[i].why != "" || !isHeading(i) {
			i++
			continue
		}
		var run []int
		j := i
		for ; j < len(bs); j++ {
			if bs[j].why != "" {
				continue
			}
			if bs[j].page != bs[i].page || !isHeading(j) || bs[j].size != bs[i].size || bs[j].bold != bs[i].bold {
				break
			}
			run = append(run, j)
		}
		k := i - 1
		for k >= 0 && bs[k].why != "" {
			k--
		}
		ends := j == len(bs) || bs[j].page != bs[i].page
		if len(run) >= minHeadedItems && ends && k >= 0 && bs[k].page == bs[i].page && isHeading(k) && bs[k].size > bs[i].size {
			for _, r := range run {
				out[r] = true
			}
		}
		i = j
	}
	return out
}

// endsFullStop reports whether s ends with a full stop, before any
// closing quotation marks: a quote's last sentence set large ("… with its
// approach to adoption.”", a case study's quote beside its text) is no
// heading, as a line ending in a full stop is none.
func endsFullStop(s string) bool {
	return strings.HasSuffix(strings.TrimRight(s, "\"'”’»"), ".")
}

// formOfCommand reports whether block i is one form of a command among
// others, not a heading though set in bold: a command line (commandSyntax)
// next to another on its page, the block before or after it, opening with
// the same name, as a manual page's SYNOPSIS lists its command's forms
// (fuser's "fuser -l" after "fuser [-fuv] [-a|-s] …", useradd's
// "useradd -D" over "useradd -D [options]"). A heading's words are no
// command line of the text next to it.
func formOfCommand(bs blocks, i int) bool {
	for _, j := range []int{i - 1, i + 1} {
		if j >= 0 && j < len(bs) && bs[j].why == "" && bs[j].page == bs[i].page && sameCommand(bs[i].text, bs[j].text) {
			return true
		}
	}
	return false
}

// nextNumber reports whether section number num follows prev, the number
// of the last numbered heading of its size: the same parts but the last,
// which is one more ("2" → "3", "2.1" → "2.2"). A chapter with no text
// of its own ("3. Contributors" over the next part's "References") is
// still a heading when its number goes on from the headings before it.
func nextNumber(prev, num string) bool {
	if prev == "" {
		return false
	}
	pi := strings.LastIndexByte(prev, '.') + 1
	ni := strings.LastIndexByte(num, '.') + 1
	if prev[:pi] != num[:ni] {
		return false
	}
	p, err1 := strconv.Atoi(prev[pi:])
	n, err2 := strconv.Atoi(num[ni:])
	return err1 == nil && err2 == nil && n == p+1
}

// subsectionFollows reports whether block i, whose text opens with the
// section number of length m ("2. Turnaround"), is followed by the first
// of its subsections: a paragraph whose text opens with that number and
// one more part ("2.1 Minimum turnaround times"), as a chapter's heading
// stands over its first section's heading with no text between them.
func subsectionFollows(bs blocks, i, m int) bool {
	if i+1 >= len(bs) || bs[i+1].kind != KindParagraph || bs[i+1].why != "" {
		return false
	}
	num := strings.TrimRight(strings.TrimSpace(bs[i].text[:m]), ".")
	rest, ok := strings.CutPrefix(bs[i+1].text, num+".")
	return ok && rest != "" && rest[0] >= '0' && rest[0] <= '9'
}

// listFollows reports whether block i is followed by a kept list item:
// the first of a list that a numbered heading's section holds. The items
// of a bold numbered list ("1. Helmet", "2. Lights") are still paragraphs
// when headings looks at the line before them.
func listFollows(bs blocks, i int) bool {
	return i+1 < len(bs) && (bs[i+1].kind == KindItem || bs[i+1].kind == KindRow) && bs[i+1].why == ""
}

// placeChrome puts each page's chrome lines, marked as dropped, before the
// first block of their page (or at the end), and keeps each footnote's
// reference to its block.
func placeChrome(bs blocks, chrome []chromeLine) blocks {
	if len(chrome) == 0 {
		return bs
	}
	out := make(blocks, 0, len(bs)+len(chrome))
	at := make([]int, len(bs)) // where each block went
	k := 0
	for i, b := range bs {
		for k < len(chrome) && chrome[k].page <= b.page {
			out = append(out, block{text: normSpace(chrome[k].text), kind: KindParagraph, page: chrome[k].page, why: chrome[k].why})
			k++
		}
		at[i] = len(out)
		if b.noteOf > 0 {
			b.noteOf = at[b.noteOf-1] + 1
		}
		out = append(out, b)
	}
	for ; k < len(chrome); k++ {
		out = append(out, block{text: normSpace(chrome[k].text), kind: KindParagraph, page: chrome[k].page, why: chrome[k].why})
	}
	// A heading that holds the blocks after it (an option's term over
	// its text) holds them where they went, the chrome between them too.
	for i, b := range bs {
		if b.holds > 0 {
			out[at[i]].holds = at[i+b.holds-1] + 1 - at[i]
		}
	}
	return out
}
