package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// BlockKind tells what a block of text was in its source format.
type BlockKind uint8

// The kinds of block.
const (
	KindParagraph BlockKind = iota // a paragraph or a plain line
	KindHeading                    // a Markdown or HTML heading
	KindItem                       // a list item
	KindCode                       // a line of preformatted or fenced code
	KindRow                        // a table row, its cells joined with "; "
	KindCaption                    // an HTML figure caption
)

// block is one paragraph, heading, list item, code line or table row, its
// white space already normalised to single spaces, with what its reader
// knows of it.
type block struct {
	text string
	kind BlockKind
	// level is a heading's level, 1 the outermost; 0 for other blocks.
	level int
	// holds, for a heading whose section ends where its element does
	// (an HTML <summary>, whose section is the rest of its <details>),
	// is one more than the number of blocks after it that its section
	// holds; 0 for a heading whose section runs to the next heading of
	// its level or above.
	holds int
	// page is the 1-based page of a paged format, 0 otherwise.
	page int
	// cells and header are a table row's cells and its table's header.
	cells, header []string
	// caption is a table row's caption when the reader knows the element
	// that holds it (an HTML <caption>, a Word "Caption" paragraph), ""
	// otherwise; captionTables looks
	// for the caption of the other rows.
	caption string
	// parent is a nested list item's parent item: the text of the item
	// whose sub-list holds it; "" for other blocks.
	parent string
	// captionStyle marks a paragraph its reader knows as a caption by its
	// style (a Word paragraph in the "Caption" style), whatever its shape.
	captionStyle bool
	// capsLabel marks a plain-text line in capitals after a blank line
	// (capsHeading): the label of a section ("SUMMARY"), not a name.
	capsLabel bool
	// numLabel marks a plain-text section label numbered as a list item
	// ("1. Release 3.3"; numberedLabels), which textBlocks made a
	// heading: the line above it is followed by structure, as it was by
	// the list item the label would otherwise be.
	numLabel bool
	// typedItem marks a Word paragraph typed as a list's item ("- …")
	// that the indented paragraphs under it were joined to
	// (continueTypedItem).
	typedItem bool
	// step marks an item of a numbered Markdown list: a step of a
	// procedure, which no interface's menu is.
	step bool
	// wordItem marks an item of a Word list (a paragraph numbered or
	// bulleted by its own w:numPr or its style's): the writer made it an
	// entry of the document's list, so no shape test for a menu's entry
	// (a lone lowercase word, an interface verb) judges it (itemChrome).
	wordItem bool
	// asks marks a FAQ's question read as a heading (faqQuestions); it
	// becomes Block.Asks.
	asks bool
	// noteOf, for a footnote, is one more than the index of the block
	// that refers to it; 0 for other blocks.
	noteOf int
	// backMatter marks a Word file's text after the notes typed at the
	// end of its text and its last hard page break, under no heading of
	// its own (notesAndBackMatter): a back cover's, which no section
	// holds.
	backMatter bool
	// size and bold are a PDF paragraph's font size and weight, by which
	// its headings are found.
	size float64
	bold bool
	// least is the smallest size of the words of a PDF paragraph's first
	// line that hold a letter (leastSize), by which headings places a
	// heading set in two sizes.
	least float64
	// family is the font family of a PDF paragraph's first line
	// (row.family), by which familyTitles finds a title set in a font
	// of its own.
	family string
	// centred marks a PDF paragraph whose first line is set centred in
	// its column (centred), as a title page's author and institution are.
	centred bool
	// mid is the middle of a PDF paragraph's first line across the page,
	// by which titleByline finds the lines centred under the title.
	mid float64
	// entry marks a PDF paragraph that is an entry of a list a manual
	// page lays out, never page chrome: a field list's line, a label and
	// its text (markFieldRuns: "cur: I/O in progress", "read sectors:
	// Total read sectors"), or a hanging tag and the text indented under
	// it (hangingTag: "0" over "success", "/etc/passwd" over "User
	// account information."); or a Word paragraph or list item a
	// lead-in ending in a colon announces (markAnnounced).
	entry bool
	// term marks a PDF paragraph that is a tag over its text: an
	// option's term, in bold or in the regular weight (splitOptionTerms,
	// markPlainTerms), or a tag bold in part or of code words over its
	// text hanging under it (markPlainTerms): a heading, as a bold line
	// of words is, though its words are code.
	term bool
	// field marks a line of a title page's block of fields (markFields:
	// "Document number: GOP-04", "Revision C"), text and no byline but
	// for the date field.
	field bool
	// slide marks a block of a slide deck's pages (markSlides): the
	// deck's closing frames are content, no text's tail.
	slide bool
	// statement marks a Word paragraph that reads as a statement though
	// it ends without a stop (statementLine: a form's "Late or faxed
	// applications will not be accepted"): text, no page chrome and no
	// text's tail.
	statement bool
	// tabLeader marks a Word paragraph that ends in a tab: the tab stop
	// of a page number its author did not type, as a hand-typed table
	// of contents' entries end (markTypedContents).
	tabLeader bool
	// why says why the block is left out of the body ("page chrome"), or
	// is "" for a kept block.
	why string
}

// Why a line is left out of a document's body, as Dropped.Why says it.
const (
	whyChrome      = "page chrome"
	whyCaption     = "picture caption"
	whyFigure      = "figure label"
	whyBeforeTitle = "before the title"
	whyTitleAgain  = "title repeated"
	whyByline      = "byline (metadata)"
	whyAfterText   = "after the text"
	whyRunning     = "running header or footer"
	whyPageNumber  = "page number"
	whyHeaderAgain = "table header repeated"
	whyContents    = "table of contents"
	whyTitleLine   = "joined to the title"
)

// blocks collects blocks, dropping empty ones.
type blocks []block

func (bs *blocks) add(text string, kind BlockKind) {
	if text = normSpace(text); text != "" {
		*bs = append(*bs, block{text: text, kind: kind})
	}
}

// minCutSentenceWords is the fewest words the text before a paragraph
// mark must have for sentenceGoesOn to take it for the start of a cut
// sentence: a clause, not a label or a lone word.
const minCutSentenceWords = 4

// sentenceGoesOn reports whether next goes on with the sentence text
// leaves open, a paragraph mark cutting it as a file converted from a
// PDF keeps its line ends: text, minCutSentenceWords words or more, ends
// no sentence, and next opens in lower case and ends one ("… not offered
// by any other" ¶ "company offering open source compliance services.").
// Its callers add their own tests: continueSentence between paragraphs,
// wrappedInCell between a table cell's paragraphs.
func sentenceGoesOn(text, next string) bool {
	return !endsSentence(text) && len(strings.Fields(text)) >= minCutSentenceWords && startsLower(next) && endsSentence(next)
}

// continueSentence joins text, a paragraph of prose, to the paragraph
// of prose before it, and reports whether it did, when text goes on with
// the sentence that paragraph leaves open (sentenceGoesOn), the
// paragraph ending in a lower-case letter or a comma and text opening
// with a plain word, the rest of the sentence a paragraph mark cut
// ("… not offered by any other" ¶ "company offering open source
// compliance services."). A line of code or a command ("npm install")
// ends no sentence and is never joined.
func (bs *blocks) continueSentence(text string) bool {
	n := len(*bs)
	if n == 0 {
		return false
	}
	prev := &(*bs)[n-1]
	if prev.kind != KindParagraph || prev.captionStyle || !sentenceGoesOn(prev.text, text) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(prev.text)
	if !unicode.IsLower(last) && last != ',' {
		return false
	}
	first, _, _ := strings.Cut(text, " ")
	if strings.ContainsFunc(first, func(r rune) bool { return !unicode.IsLetter(r) }) {
		return false
	}
	prev.text += " " + text
	return true
}

// addHeading adds a heading of the given level (1 to 6).
func (bs *blocks) addHeading(text string, level int) {
	if text = normSpace(text); text != "" {
		*bs = append(*bs, block{text: text, kind: KindHeading, level: level})
	}
}

// extendTitle adds text to the title that ends bs, a heading of level 1
// (Word's "Title" style, a PDF's largest heading size) with nothing after
// it, and reports whether it did: a title too long for one line set as
// two lines of the title's style ("Artificial Intelligence" over "System
// Bill of Materials") is one heading, where two headings would make the
// first line the document's title and the second its only section.
func (bs *blocks) extendTitle(text string) bool {
	k := len(*bs) - 1
	if text == "" || k < 0 || (*bs)[k].kind != KindHeading || (*bs)[k].level != 1 {
		return false
	}
	(*bs)[k].text = normSpace((*bs)[k].text + " " + text)
	return true
}

// addRow adds a table row: its cells joined with "; " (empty cells left
// out of the text), and the header row's cells when the table has one.
func (bs *blocks) addRow(cells, header []string) {
	bs.addGridRow(cells, header, nil)
}

// filledCells counts a row's cells that hold text.
func filledCells(cells []string) int {
	n := 0
	for _, c := range cells {
		if c != "" {
			n++
		}
	}
	return n
}

// rowText joins a row's cells with "; ", leaving out the empty ones.
func rowText(cells []string) string {
	var parts []string
	for _, c := range cells {
		if c != "" {
			parts = append(parts, c)
		}
	}
	return strings.Join(parts, "; ")
}

// bulletMarker returns the length in bytes of a list marker at the start of
// s ("• ", "- ", "* ", "1. ", "2) "), including the space after it, or 0.
// A check box opening a line (checkBox: "❏ Watch training videos") marks
// an item of a checklist as a bullet does.
func bulletMarker(s string) int {
	r, size := utf8.DecodeRuneInString(s)
	switch {
	case r == '•', r == '·', r == '▪', r == '‣', r == '◦', r == '●', r == '○', r == '■', r == '□', r == '►', r == '▸', r == '-', r == '*', r == '+', r == '–', checkBox(r):
		if size < len(s) && (s[size] == ' ' || s[size] == '\t') {
			return size + 1
		}
		return 0
	}
	i := 0
	for i < len(s) && i < 3 && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i > 0 && i+1 < len(s) && (s[i] == '.' || s[i] == ')') && (s[i+1] == ' ' || s[i+1] == '\t') {
		return i + 2
	}
	return 0
}

// checkBox reports whether r is a glyph of an empty or ticked box that
// checklists and forms set before each item: the ballot boxes ("☐", "☑",
// "☒") and the shadowed and outlined squares of the dingbat and
// geometric fonts ("❏", "❐", "❑", "❒", "▢", "◻", "⬜") that a word
// processor's checklist bullets come out as in a PDF.
func checkBox(r rune) bool {
	switch r {
	case '☐', '☑', '☒', '❏', '❐', '❑', '❒', '▢', '◻', '⬜':
		return true
	}
	return false
}

// endsSentence reports whether s ends with sentence punctuation, possibly
// followed by closing quotes or brackets.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, "\"'”’»)]*_ ")
	if s == "" {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	switch r {
	case '.', '!', '?', '…', '。', '！', '？':
		return true
	}
	return false
}

// startsLower reports whether s starts with a lowercase letter.
func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}
