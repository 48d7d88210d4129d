package corpus

import (
	"path"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// formatOf chooses the format from the file name, or from the text when
// the name says nothing (an HTML page saved as .txt is still HTML).
func formatOf(p, text string) Format {
	if f, ok := formatOfName(p); ok && f != FormatText {
		return f
	}
	head := strings.TrimSpace(text[:min(len(text), 512)])
	if !strings.HasPrefix(head, "<") {
		return FormatText
	}
	head = strings.ToLower(head[:min(len(head), 16)])
	if strings.HasPrefix(head, "<!doctype html") || strings.HasPrefix(head, "<html") {
		return FormatHTML
	}
	return FormatText
}

// Readable reports whether the loader reads files of the name's
// extension ("repairs/repairs.md", "policy.docx"): a line naming one
// points to a document.
func Readable(name string) bool {
	_, ok := formatOfName(name)
	return ok
}

// formatOfName returns the format the file name's extension gives, and
// whether the loader reads files of that extension at all.
func formatOfName(p string) (Format, bool) {
	switch strings.ToLower(path.Ext(p)) {
	case ".txt":
		return FormatText, true
	case ".md", ".markdown":
		return FormatMarkdown, true
	case ".html", ".htm", ".xhtml":
		return FormatHTML, true
	case ".pdf":
		return FormatPDF, true
	case ".docx":
		return FormatDOCX, true
	}
	return FormatText, false
}

// Parse turns the raw bytes of the file at path p into a Document. The
// extension of p chooses the format: .md and .markdown are Markdown, .html,
// .htm and .xhtml are HTML, .pdf is PDF, .docx is Word, anything else is
// plain text.
//
// Title, Publisher and Date come from YAML front matter when present, then
// from HTML meta tags or the PDF or Word document's properties, then from
// the text itself (see clean); Document.From says which. The date is the
// exception: a date in the text under the title beats the meta tags and
// properties, whose date is often when the file was made (pandoc and
// LibreOffice stamp a Word or PDF file with the time of the conversion),
// and they give it only when the text has none. Parse fails with
// ErrBinary, ErrTooLarge or ErrNoText, and for PDF and
// Word files with ErrEncrypted, ErrNoTextLayer, ErrBroken or ErrTooSlow;
// it never panics, whatever the bytes.
func Parse(p string, raw []byte) (Document, error) {
	return parseWith(p, raw, defaultLimits())
}

// parseWith is Parse with the given limits on PDF and Word files.
func parseWith(p string, raw []byte, lim limits) (Document, error) {
	f, _ := formatOfName(p)
	doc := Document{Path: p, Format: f}
	if len(raw) > MaxFileSize {
		return doc, ErrTooLarge
	}
	var (
		r   read
		err error
	)
	switch f {
	case FormatPDF:
		r, err = readPDF(raw, lim)
	case FormatDOCX:
		r, err = readDOCX(raw, lim)
	default:
		r, err = readText(p, raw)
		doc.Format = r.format
	}
	if err != nil {
		return doc, err
	}
	if r.nameTitled && namesFile(r.meta.title.v, p) {
		r.meta.title.v = ""
	}
	var (
		bs    blocks
		found found
	)
	if r.front.title.v == "" && siteTailed(r.meta.title.v) {
		// clean marks the blocks it drops: the first reading is of a
		// copy, in case the title meta is cut and the text read again.
		bs, found = clean(slices.Clone(r.blocks), r.meta.title.v)
		if t := titleBeforeSite(r.meta.title.v, found.title); t != r.meta.title.v {
			r.meta.title.v = t
			bs, found = clean(r.blocks, t)
		}
	} else {
		bs, found = clean(r.blocks, firstOf(r.front.title.v, r.meta.title.v))
	}
	titleHeading := found.title
	if t := firstOf(r.front.title.v, r.meta.title.v); t != "" && !strings.EqualFold(t, found.title) && headingAgain(bs, found.title) {
		// The first heading is the first of the document's sections,
		// titled elsewhere ("# Version 2.4" of release notes whose
		// title is in the front matter), not its title.
		titleHeading = ""
	} else if t == "" && firstOfSiblings(bs, found.title) {
		// Untitled release notes open with the newest release's
		// heading ("## 1.25.0 / 2026-10-07", "man-db 2.11.2 (8 January
		// 2023)"): it names the document, and still heads the first of
		// its sections, as each later release's heading does.
		titleHeading = ""
	}
	doc.Body, doc.Blocks, doc.Dropped = structure(bs, titleHeading)
	if len(doc.Blocks) == 0 {
		return doc, ErrNoText
	}
	doc.Pages = r.pages
	doc.CodeWords = r.codeWords
	doc.Warnings = r.warnings
	doc.Title, doc.From.Title = pick(r.front.title, r.meta.title, metaValue{found.title, FromText})
	doc.Publisher, doc.From.Publisher = pick(r.front.publisher, r.meta.publisher, metaValue{found.publisher, FromText})
	doc.Date, doc.From.Date = pick(r.front.date, metaValue{found.date, FromText}, r.meta.date)
	doc.URL, _ = pick(r.front.url, r.meta.url)
	detach(&doc)
	return doc, nil
}

// titleBeforeSite returns the file's title meta without the name of the
// site or program after it, when what is before the name is the text's
// own title (text): a page printed from a browser keeps the browser
// tab's title, "18F Partnership Principles - Google Docs" over a text
// titled "18F Partnership Principles". It cuts, as an HTML page's
// <title> is cut (titleSeparators), a name of at most three words after
// the last separator; otherwise it returns meta.
func titleBeforeSite(meta, text string) string {
	if text == "" || strings.EqualFold(meta, text) {
		return meta
	}
	for _, sep := range titleSeparators {
		i := strings.LastIndex(meta, sep)
		if i <= 0 {
			continue
		}
		head, tail := meta[:i], meta[i+len(sep):]
		if strings.EqualFold(strings.TrimSpace(head), text) && len(strings.Fields(tail)) <= 3 {
			return text
		}
	}
	return meta
}

// siteTailed reports whether the title meta t holds a separator a site's
// or program's name may follow (titleBeforeSite).
func siteTailed(t string) bool {
	return slices.ContainsFunc(titleSeparators, func(sep string) bool { return strings.Contains(t, sep) })
}

// titleSized reports whether block i is the first heading of a paged
// document (a PDF), on its first page, in the document's largest heading
// size (level 1, as the PDF reader numbers its heading sizes): the line
// set as the title.
func titleSized(bs blocks, i int) bool {
	if bs[i].kind != KindHeading || bs[i].page != 1 || bs[i].level != 1 {
		return false
	}
	for _, b := range bs[:i] {
		if b.kind == KindHeading && b.why == "" {
			return false
		}
	}
	return true
}

// headingAgain reports whether the first kept block of bs is a heading
// titled title that opens the first of several sections (see
// opensSections).
func headingAgain(bs blocks, title string) bool {
	for i, b := range bs {
		if b.why == "" {
			return b.kind == KindHeading && b.text == title && opensSections(bs, i)
		}
	}
	return false
}

// firstOfSiblings reports whether the first kept block of bs is a
// heading titled title whose next kept heading is of its level or above:
// it heads a section beside the next one, as a release's heading heads
// its changes beside the next release's, where a title heads the
// sections below it ("# Handbook" over "## Pricing").
func firstOfSiblings(bs blocks, title string) bool {
	first := -1
	for i, b := range bs {
		if b.why != "" {
			continue
		}
		if first < 0 {
			if b.kind != KindHeading || b.level == 0 || b.text != title {
				return false
			}
			first = i
			continue
		}
		if b.kind == KindHeading && b.level > 0 {
			return b.level <= bs[first].level
		}
	}
	return false
}

// detach copies the strings of doc that may still point into the file's
// decoded text (its metadata, sections, cells and dropped lines), so that
// the document keeps its Body and not the whole file besides: its blocks'
// texts are already lines of Body (shareBody). What consecutive blocks
// share (a section, a table's header) they still share.
func detach(doc *Document) {
	doc.Title, doc.Publisher = strings.Clone(doc.Title), strings.Clone(doc.Publisher)
	doc.Date, doc.URL = strings.Clone(doc.Date), strings.Clone(doc.URL)
	var (
		section, sectionCopy string
		caption, captionCopy string
		header, headerCopy   []string
	)
	for i := range doc.Blocks {
		b := &doc.Blocks[i]
		if b.Section != section || sectionCopy == "" {
			section, sectionCopy = b.Section, strings.Clone(b.Section)
		}
		if !sameSlice(b.Header, header) {
			header, headerCopy = b.Header, cloneAll(b.Header)
		}
		b.Section, b.Header = sectionCopy, headerCopy
		if b.Caption != caption || captionCopy == "" {
			caption, captionCopy = b.Caption, strings.Clone(b.Caption)
		}
		b.Caption = captionCopy
		b.Cells = cloneAll(b.Cells)
	}
	for i := range doc.Dropped {
		doc.Dropped[i].Text = strings.Clone(doc.Dropped[i].Text)
	}
}

// sameSlice reports whether a and b are the same slice of the same array.
func sameSlice(a, b []string) bool {
	return len(a) == len(b) && unsafe.SliceData(a) == unsafe.SliceData(b)
}

// cloneAll returns copies of ss in a new slice, or nil for none.
func cloneAll(ss []string) []string {
	if len(ss) == 0 {
		return ss
	}
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = strings.Clone(s)
	}
	return out
}

// read is what a format's reader makes of a file: its blocks, the
// metadata of its front matter and of its format (HTML meta tags, PDF or
// Word properties), and its pages.
type read struct {
	format      Format
	blocks      blocks
	codeWords   []string
	front, meta metadata
	pages       int
	// warnings say what was wrong in a file read all the same
	// (Document.Warnings).
	warnings []string
	// nameTitled says the PDF's producer writes the file's name as its
	// title when the document has none: macOS's Quartz PDFContext, behind
	// Word for Mac's, Pages' and Preview's PDFs (namesFile).
	nameTitled bool
}

// metadata is a document's title, publisher, date and address as one
// source gives them.
type metadata struct {
	title, publisher, date, url metaValue
}

// metaValue is one piece of metadata and where it was read.
type metaValue struct {
	v    string
	from Origin
}

// pick returns the first non-empty value and its origin.
func pick(vs ...metaValue) (string, Origin) {
	for _, v := range vs {
		if v.v != "" {
			return v.v, v.from
		}
	}
	return "", ""
}

// namesFile reports whether the title t of a PDF's document information
// is the name of the file p itself, its extension left out, whatever its
// case and whether underscores or hyphens stand for its spaces: the name
// macOS's Quartz writes when the document has no title of its own (Word
// for Mac's or Pages' export of "manual.docx" titled "manual"), as other
// tools write the file's name with its extension (pdfTitle). No title
// then, from a producer that writes such names (read.nameTitled): the
// text gives one. Other producers write a title the document's
// properties hold, which may well be the name its file was given
// ("Price list 2025" of price-list-2025.pdf).
func namesFile(t, p string) bool {
	norm := func(s string) string {
		return strings.Join(strings.Fields(strings.Map(func(r rune) rune {
			if r == '_' || r == '-' {
				return ' '
			}
			return unicode.ToLower(r)
		}, s)), " ")
	}
	base := path.Base(p)
	return t != "" && norm(t) == norm(strings.TrimSuffix(base, path.Ext(base)))
}

// firstOf returns the first non-empty string.
func firstOf(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

// readText reads a text, Markdown or HTML file: decode, front matter,
// then the blocks of its format.
func readText(p string, raw []byte) (read, error) {
	var r read
	text, err := decode(raw)
	if err != nil {
		return r, err
	}
	fm, text, err := splitFrontMatter(text)
	if err != nil {
		r.warnings = append(r.warnings, err.Error()+"; read the text without it")
	}
	r.front = fm.metadata()
	r.format = formatOf(p, text)
	switch r.format {
	case FormatMarkdown:
		r.blocks, r.codeWords = markdownRead(text)
	case FormatHTML:
		var meta htmlMeta
		r.blocks, meta = htmlBlocks(text)
		r.meta = meta.metadata()
		r.codeWords = meta.codeWords
	default:
		r.blocks = textBlocks(text)
	}
	r.blocks = withLead(r.blocks, fm.Lead, r.front.title.v)
	markFields(r.blocks)
	return r, nil
}

// withLead returns bs with the front matter's lead (frontMatter.Lead), if
// any, as a paragraph where the site shows it: after the first block when
// that is the title, else first.
func withLead(bs blocks, lead, title string) blocks {
	if lead == "" {
		return bs
	}
	at := 0
	if len(bs) > 0 && bs[0].kind == KindHeading && title != "" && strings.EqualFold(bs[0].text, title) {
		at = 1
	}
	return slices.Insert(bs, at, block{text: lead, kind: KindParagraph})
}

// found is the metadata read from a document's text.
type found struct {
	title, publisher, date string
}

// titleWindow is how many blocks from the top may hold the title, and
// metaWindow how many after it may hold the byline and date.
const (
	titleWindow = 8
	metaWindow  = 6
)

// minTitleFields is how many lines labelled as a field list's entries a
// run of short lines at the top of a document holds to be a title page's
// block of fields (markFields): two labels ("Document number: GOP-04" and
// "Revision date: 12 January 2026") make a list, where one may be a
// byline's ("Published: 3 March 2025").
const minTitleFields = 2

// clean reads the title, byline and date at the top of a document and
// returns the blocks of its body, page chrome dropped.
//
// The title is the line that reads as the title the front matter or the
// file's properties give (known), when one does above the first sentence,
// whatever it looks like ("General Meeting, 9 March 2026", a date line,
// under a running header); otherwise the first substantial line: not
// chrome, not a date, not ending in a full stop, at most 25 words, and if
// a single word, the very first line and a word the text uses again
// ("Montana"). Lines before it are
// page chrome (a "today" date, a logo, skip links) and are dropped; a
// sentence before any title-like line means the document has no title. The
// lines between the title and the first paragraph may hold a byline
// ("Gulan Media September 14, 2025 News"), an author ("By Jane Doe", or a
// name next to a date line), a date ("Published Sept. 15, 2025") or a repeat
// of the title: they become metadata and leave the body. With no date
// there, a dateline opening the first paragraph ("Madrid, September 2025 —
// …") gives it; that paragraph is kept. Page chrome is then dropped, by its
// shape (localChrome, figure captions that are not sentences) and by its
// place (dropByContext).
func clean(bs blocks, known string) (blocks, found) {
	var f found
	n := len(bs)
	shapes := make([]shape, n)
	drop := make([]bool, n)
	var lead leadIns // the list a kept lead-in announces (leadIns.list)
	for i := range bs {
		if bs[i].why != "" {
			// Dropped by the reader already (a PDF's running header,
			// an HTML byline, whose first name is the publisher).
			if bs[i].why == whyByline && f.publisher == "" {
				f.publisher = bs[i].text
			}
			drop[i] = true
			shapes[i] = shapeOf(bs[i].text)
			continue
		}
		if bs[i].kind == KindParagraph {
			bs[i].text = stripClauseNumber(bs[i].text)
		}
		credited := false
		if bs[i].kind != KindCode {
			t := stripCredit(bs[i].text)
			credited = t != bs[i].text
			bs[i].text = t
		}
		shapes[i] = shapeOf(bs[i].text)
		switch bs[i].kind {
		case KindCode:
			drop[i] = !shapes[i].letters
		case KindCaption:
			// A caption that is not a sentence describes a picture.
			drop[i] = !endsSentence(bs[i].text) || localChrome(bs[i].text, shapes[i])
		case KindRow:
			// A row of a label and its value ("Email; team@example.org")
			// is content, whatever the value looks like; and so is a
			// row under its table's header row, whose blank cells a
			// template leaves to fill in ("Lead/AM sync" under "Ritual;
			// Frequency/Day; Notes"): a menu's line has no header.
			drop[i] = filledCells(bs[i].cells) < 2 && len(bs[i].header) == 0 && localChrome(bs[i].text, shapes[i])
		case KindHeading:
			// A heading of a version and its date, with no letters
			// ("[2.4.0] - 2026-03-12" of a changelog), is a section's,
			// and so is an option's term of digits (ls's "-1").
			// The first heading on a paged document's first page in its
			// largest heading size is its title, whatever its shape
			// (headache's manual, titled "headache" in lower case).
			// A heading that holds its element's blocks (a <summary>,
			// a content tab's label) and names a file or path
			// ("base.html", "partials/footer.html") heads what the
			// file holds, no link's lone word.
			drop[i] = headingChrome(bs[i].text, shapes[i], titleSized(bs, i)) && !versionHeadingRE.MatchString(bs[i].text) && !optionHeadRE.MatchString(bs[i].text) &&
				!(bs[i].holds > 0 && pathName(bs[i].text))
		case KindItem:
			drop[i] = itemChrome(bs[i].text, shapes[i], lead.list || bs[i].wordItem, bs[i].step || bs[i].wordItem) && !bs[i].entry
		default:
			// A label ending in a colon right over code ("e.g.:",
			// "Output:") says what the code is, as "For example:"
			// does: no lone word of page chrome.
			// The line under an option's term is its description,
			// whatever verb it opens with ("print C-style escapes
			// for nongraphic characters" under "-b, --escape"), no
			// interface's button; and an entry of a field list or a
			// hanging tag's list is a label's text ("read sectors:
			// Total read sectors for partition", "cur: I/O in
			// progress", an exit value's "0 success"), no menu,
			// counter or credit. So is a field of a title page's block
			// of fields (markFields: a form's "UNIT/DIVISION:
			// Government Digital Service", no photo credit).
			drop[i] = localChrome(bs[i].text, shapes[i]) && !labelsCode(bs, i) && !joinsCode(bs, i) && !describesOption(bs, i) && !bs[i].entry && !bs[i].field
		}
		if bs[i].kind != KindCode && templateOnly(bs[i].text) {
			drop[i] = true // a template's placeholders, no words of the file's own (liquid)
		}
		if drop[i] && (heldAnswer(bs, shapes, i) || answersQuestion(bs, drop, i)) {
			drop[i] = false
		}
		if drop[i] {
			bs[i].why = whyChrome
		}
		if credited {
			dropCaption(bs, shapes, drop, i)
		}
		lead.follow(bs[i], shapes[i], !drop[i])
	}
	keepSoleText(bs, shapes, drop)
	keepWordHeadings(bs, shapes, drop)

	ti := knownTitle(bs, shapes, drop, known)
	if ti < 0 {
		ti = findTitle(bs, shapes, drop)
	}
	below := ti // the lines above it are dropped, but for those a banner heads
	if ti >= 0 {
		ti = titleUnderBanner(bs, drop, ti)
	}
	start := 0
	if ti >= 0 {
		f.title = bs[ti].text
		for i := range below {
			if !drop[i] {
				drop[i], bs[i].why = true, whyBeforeTitle
			}
		}
		start = ti + 1
	}
	readByline(bs, shapes, drop, start, &f)
	if f.date == "" {
		for i := start; i < n; i++ {
			if !drop[i] && shapes[i].sentence {
				f.date = dateline(bs[i].text)
				break
			}
		}
	}
	if ti >= 0 {
		dropTitleAgain(bs, drop, ti)
	}
	dropByContext(bs, shapes, drop, ti)

	return bs, f
}

// dropTitleAgain drops the lines after the title ti that repeat it (a
// page's banner, a breadcrumb, the heading over the text), but for a
// heading at the level of a kept section heading above it: that heading
// is one of the sections of the text's outline, named as the document
// is (rustc's "Exploit mitigations" section after its "Introduction",
// both under the chapter's title "Exploit Mitigations"), where a repeat
// of the title comes before the text's sections, or in a page's
// running header, which is no heading of the outline.
func dropTitleAgain(bs blocks, drop []bool, ti int) {
	var levels headingLevels // the levels of the kept section headings seen
	for i := ti + 1; i < len(bs); i++ {
		b := bs[i]
		sectionHeading := b.kind == KindHeading && b.level > 0
		switch {
		case drop[i]:
		case strings.EqualFold(b.text, bs[ti].text) && !(sectionHeading && levels.has(b.level)):
			drop[i], bs[i].why = true, whyTitleAgain
		case sectionHeading:
			levels.add(b.level)
		}
	}
}

// headingLevels records the levels of the kept headings a walk over a
// document's blocks has passed (dropTitleAgain, keepWordHeadings), a bit
// a level from 1 to 63; a deeper level, which no reader gives, is never
// recorded.
type headingLevels uint64

// add records level l.
func (h *headingLevels) add(l int) {
	if l > 0 && l < 64 {
		*h |= 1 << l
	}
}

// has reports whether level l was recorded.
func (h headingLevels) has(l int) bool { return l > 0 && l < 64 && h&(1<<l) != 0 }

// clauseNumberTextRE matches the number that opens a numbered clause of a
// contract or policy ("5.3 If your baggage …"), or a step numbered with a
// number and a letter after it and a stop or bracket ("7a. For Release
// Candidates:" between steps 7 and 8 of a release process, which no
// reader takes for a list's marker), with the space after it, when a
// capital letter follows.
var clauseNumberTextRE = regexp.MustCompile(`^(?:` + clauseNumberPattern + `|\d{1,2}\p{Ll}[.)])[ \t]+\p{Lu}`)

// stripClauseNumber drops the number that opens a numbered clause or step,
// as the readers drop the marker of a list item: the number is no part of
// what the clause says ("5.3" is no answer to "how much for lost
// baggage"), and a step's "7a." would end a sentence of its own.
func stripClauseNumber(s string) string {
	loc := clauseNumberTextRE.FindStringIndex(s)
	if loc == nil {
		return s
	}
	_, size := utf8.DecodeLastRuneInString(s[:loc[1]])
	return s[loc[1]-size:]
}

// versionHeadingRE matches a heading that names a version ("2.4.0",
// "[2.4.0] - 2026-03-12", "v2.4") or a date ("2026-03-12").
var versionHeadingRE = regexp.MustCompile(`^\[?v?\d+\.\d+(?:\.\d+)*\]?(?:\s|$)|(?i:` + datePattern + `)`)

// structure returns the body of the kept blocks, one per line, the
// blocks with their sections, and the dropped ones with their places.
//
// A block's section is the path of the headings above it, outermost first:
// a heading closes every open heading of its level or deeper, and a heading
// without a level (0) is one level below the last. A heading whose section
// ends with its element (block.holds: an HTML <summary> or <dt>) ends it
// after the blocks it holds, with the headings opened inside it, and the
// path open before it goes on. The title heading at the
// top of the document is not part of the path, since every citation names
// the title already. A footnote takes the section of the block that refers
// to it; a Word file's back matter (block.backMatter) takes none.
func structure(bs blocks, title string) (string, []Block, []Dropped) {
	var (
		b       strings.Builder
		out     []Block
		dropped []Dropped
		open    []block // the headings of the current path
		// scopes are the sections that end with their element
		// (block.holds), innermost last: the index of the first block
		// after each, and the headings open before it.
		scopes []scope
		// sectionOf holds the section of every block read, for footnotes.
		sectionOf = make([]string, len(bs))
		current   string // the path of the open headings
	)
	// The body is sized first, so that it is written once, not copied as
	// it grows, and keeps no spare room.
	size := 0
	for _, bl := range bs {
		if bl.why == "" {
			size += len(bl.text) + 1
		}
	}
	b.Grow(max(0, size-1))
	for i, bl := range bs {
		for len(scopes) > 0 && scopes[len(scopes)-1].end <= i {
			open = scopes[len(scopes)-1].open
			scopes = scopes[:len(scopes)-1]
			current = headingPath(open)
		}
		// A footnote takes its referrer's section; the text after it
		// goes on in the section open before it.
		path := current
		if bl.noteOf > 0 && bl.noteOf-1 < i {
			path = sectionOf[bl.noteOf-1]
		} else if bl.backMatter {
			path = "" // a back cover's text: no section holds it
		}
		if bl.kind == KindHeading && bl.why == "" && !(len(out) == 0 && bl.text == title) {
			level := bl.level
			if level == 0 {
				level = 1
				if len(open) > 0 {
					level = open[len(open)-1].level + 1
				}
			}
			for len(open) > 0 && open[len(open)-1].level >= level {
				open = open[:len(open)-1]
			}
			bl.level = level
			if bl.holds > 0 {
				scopes = append(scopes, scope{end: i + bl.holds, open: slices.Clone(open)})
			}
			open = append(open, bl)
			current = headingPath(open)
			path = current
		}
		if closesSections(bl) {
			open = open[:0]
			current = ""
		}
		sectionOf[i] = path
		if bl.why != "" {
			dropped = append(dropped, Dropped{Text: bl.text, Why: bl.why, Before: len(out), Page: bl.page})
			continue
		}
		if len(out) > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(bl.text)
		out = append(out, Block{Text: bl.text, Kind: bl.kind, Section: path, Page: bl.page, Cells: bl.cells, Header: bl.header, Caption: bl.caption, Parent: bl.parent, Asks: bl.asks})
	}
	body := b.String()
	shareBody(body, out)
	captionTables(out)
	return body, out, dropped
}

// scope is a section that ends with its element (block.holds): the index
// of the first block after it, and the headings open before its heading.
type scope struct {
	end  int
	open []block
}

// shareBody points the texts of blocks, whose lines body is, into body,
// so that a document holds its text once.
func shareBody(body string, blocks []Block) {
	off := 0
	for i := range blocks {
		n := len(blocks[i].Text)
		blocks[i].Text = body[off : off+n]
		off += n + 1
	}
}

// SectionSep joins the headings of a section path (Block.Section).
const SectionSep = " › "

// headingPath joins the texts of the open headings.
func headingPath(open []block) string {
	texts := make([]string, len(open))
	for i, h := range open {
		texts[i] = h.text
	}
	return strings.Join(texts, SectionSep)
}

// dropCaption drops the caption of a picture whose credit was glued to
// block i: block i itself, and the alternative text before it, when they
// do not end as sentences do. Captions describe a picture, not the story
// ("The flags are photographed … in Geneva").
func dropCaption(bs blocks, shapes []shape, drop []bool, i int) {
	if endsSentence(bs[i].text) {
		return
	}
	drop[i], bs[i].why = true, whyCaption
	if j := i - 1; j >= 0 && !drop[j] && bs[j].kind == KindParagraph && shapes[j].words >= 8 && !endsSentence(bs[j].text) {
		drop[j], bs[j].why = true, whyCaption
	}
}

// knownTitle returns the index of the block that reads as known, the
// title given by the front matter or the file's properties, or -1 when
// none does above the first sentence, list item or table row of the
// title window. A long line that does not end as a sentence does is no
// sentence here: a running header above the title ("Satchel Couriers ·
// Minutes of the general meeting of 9 March 2026").
func knownTitle(bs blocks, shapes []shape, chrome []bool, known string) int {
	if known == "" {
		return -1
	}
	for i := 0; i < len(bs) && i < titleWindow; i++ {
		b := bs[i]
		switch {
		case chrome[i] || b.kind == KindCode || b.kind == KindCaption:
		case strings.EqualFold(b.text, known):
			return i
		case shapes[i].sentence && endsSentence(b.text) || b.kind == KindItem || b.kind == KindRow:
			return -1
		}
	}
	return -1
}

// findTitle returns the index of the title block, or -1.
func findTitle(bs blocks, shapes []shape, chrome []bool) int {
	for i := 0; i < len(bs) && i < titleWindow; i++ {
		b, sh := bs[i], shapes[i]
		if chrome[i] || b.kind == KindCode || b.kind == KindCaption {
			continue
		}
		if _, _, _, ok := dateLine(b.text); ok {
			continue
		}
		if placeholderLine(b.text) {
			continue
		}
		// A line of four words or more that ends as a sentence does,
		// an exclamation or a question included, is a sentence of the
		// text, not a title: a README's banner calling to the reader
		// ("Show your love for fzf -- T-shirts, mugs, and stickers now
		// available!"), where its file has no h1.
		titleLike := !strings.HasSuffix(b.text, ".") && !strings.HasSuffix(b.text, ",") &&
			!strings.HasSuffix(b.text, ":") && !(sh.sentence && endsSentence(b.text)) && sh.words <= 25 && len(b.text) <= 250
		switch {
		case b.kind == KindHeading && sh.words <= 25 && labelledSections(bs, i):
			// A manual page's "NAME": the label of its first section,
			// as "SYNOPSIS" and "DESCRIPTION" label the next; the
			// title is the line under it.
			continue
		case b.kind == KindHeading && sh.words <= 25:
			return i
		case b.kind == KindItem || b.kind == KindRow || !titleLike:
			return -1
		case sh.words == 1:
			if i == 0 && usedAgain(bs, b.text) {
				return i
			}
			continue
		}
		return i
	}
	return -1
}

// titleUnderBanner returns the title block for the title candidate ti:
// when ti is a banner, a label framed by symbols that head no section
// (isBanner: Google Docs templates' "🏁 🔐 🏁 FRONT MATTER 🏁 🔐 🏁" over
// the notes to the template's user), it is dropped as page decoration
// and the title is the document's first top-level heading below it (a
// Word file's Title style, "[Project Name] Internal Kickoff"); the text
// between them is the document's, and stays. With no such heading ti
// stays the title.
func titleUnderBanner(bs blocks, drop []bool, ti int) int {
	if bs[ti].kind == KindHeading || !isBanner(bs[ti].text) {
		return ti
	}
	for j := ti + 1; j < len(bs); j++ {
		if !drop[j] && bs[j].kind == KindHeading && bs[j].level == 1 {
			drop[ti], bs[ti].why = true, whyChrome
			return j
		}
	}
	return ti
}

// isBanner reports whether s is a label framed by symbols: its first and
// last words hold no letter or digit, and a word between them does.
func isBanner(s string) bool {
	ws := strings.Fields(s)
	sym := func(w string) bool {
		return !strings.ContainsFunc(w, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) })
	}
	if len(ws) < 3 || !sym(ws[0]) || !sym(ws[len(ws)-1]) {
		return false
	}
	return slices.ContainsFunc(ws[1:len(ws)-1], func(w string) bool { return !sym(w) })
}

// labelledSections reports whether heading i is a one-word label in
// capitals ("NAME") over one block of text, the next heading of its level
// another such label: the document's sections are labelled, not titled.
func labelledSections(bs blocks, i int) bool {
	label := func(b block) bool {
		return b.kind == KindHeading && inCapitals(b.text) && !strings.Contains(b.text, " ")
	}
	if !label(bs[i]) || i+2 >= len(bs) || bs[i+1].kind == KindHeading {
		return false
	}
	return label(bs[i+2]) && bs[i+2].level == bs[i].level
}

// usedAgain reports whether word appears, in any case, in a block after the
// first.
func usedAgain(bs blocks, word string) bool {
	w := strings.ToLower(strings.Trim(word, ".,:;!?\"'()"))
	if w == "" {
		return false
	}
	for _, b := range bs[1:] {
		if strings.Contains(strings.ToLower(b.text), w) {
			return true
		}
	}
	return false
}

// readByline reads the byline, author and date lines that follow the title
// (from block start, up to the first paragraph) into f and drops them.
// Of a title page's fields (markFields), a date field (a date alone or under a
// label, "Revision date: 12 January 2026") is the byline and dates the
// document, as a date line does; the others are text and stay, a
// number ("Revision 7") or a name ("Owner: Tobias Rennick") as much as
// a field that states something else of a date ("Superseded by Revision
// C on 1 February 2026", the date of the revision that replaced the
// document), which neither dates it nor names its publisher.
func readByline(bs blocks, shapes []shape, drop []bool, start int, f *found) {
	updated := false
	isDateOnly := func(i int) bool {
		if i < 0 || i >= len(bs) {
			return false
		}
		_, pub, _, ok := dateLine(bs[i].text)
		return ok && pub == ""
	}
	for i := start; i < len(bs) && i < start+metaWindow; i++ {
		if drop[i] && bs[i].why == whyChrome && f.date == "" && isDateOnly(i) {
			// A date alone, dropped by its shape ("2026-03-12", all
			// digits), under the title is the document's date.
			f.date, _, updated, _ = dateLine(bs[i].text)
			bs[i].why = whyByline
			continue
		}
		if drop[i] {
			continue
		}
		b, sh := bs[i], shapes[i]
		if sh.sentence && f.date == "" {
			// A paragraph that opens with its publication ("Published by
			// IT, 14 March 2023. Archived: ...") dates the document and
			// stays in the body.
			if d, pub, _, ok := publishedSentence(b.text); ok {
				f.date = d
				if f.publisher == "" {
					f.publisher = pub
				}
			}
		}
		if sh.sentence || b.kind == KindCode {
			return
		}
		field := bs[i].field
		if d, pub, upd, ok := dateLine(b.text); ok && (b.kind != KindHeading || strings.Trim(b.text, "[]() ") != d || !sectionLabel(bs, i)) {
			// (A heading that is a date alone, over a list or a heading
			// of its level below, titles a section: "## 2026-03-12" of
			// a changelog.)
			if field && pub != "" {
				continue
			}
			if f.date == "" || updated && !upd {
				f.date, updated = d, upd
			}
			if f.publisher == "" {
				f.publisher = pub
			}
			if !fieldListItem(bs, drop, i) {
				drop[i], bs[i].why = true, whyByline
			}
			continue
		}
		if field {
			continue
		}
		if rest, ok := strings.CutPrefix(b.text, "By "); ok && nameLike(rest, 8) && b.kind != KindHeading {
			if f.publisher == "" {
				f.publisher = rest
			}
			drop[i], bs[i].why = true, whyByline
			continue
		}
		if nameLike(b.text, 8) && (isDateOnly(i-1) || isDateOnly(i+1)) && !sectionLabel(bs, i) && !topHeading(bs, i) && !headsText(bs, i) {
			// A name next to a date line, set as a heading or not (the
			// authors of a paper under its title).
			if f.publisher == "" {
				f.publisher = b.text
			}
			drop[i], bs[i].why = true, whyByline
		}
	}
}

// fieldListItem reports whether item i is an entry of a list of labelled
// fields (fieldLabelRE), a kept item of its list other than a date
// labelled too: a decision record's "- Status: accepted" over "- Date:
// 2024-09-26". The date dates the document and stays in its body, a field
// of the record as its status is, no byline.
func fieldListItem(bs blocks, drop []bool, i int) bool {
	if bs[i].kind != KindItem || !fieldLabelRE.MatchString(bs[i].text) {
		return false
	}
	other := func(j int) bool {
		if bs[j].kind != KindItem || bs[j].parent != bs[i].parent {
			return false
		}
		_, _, _, dated := dateLine(bs[j].text)
		return !drop[j] && !dated && fieldLabelRE.MatchString(bs[j].text)
	}
	for _, step := range []int{-1, 1} {
		for j := i + step; j >= 0 && j < len(bs) && bs[j].kind == KindItem; j += step {
			if other(j) {
				return true
			}
		}
	}
	return false
}

// numberedFieldRE matches a title page's numbered field: a capitalised
// word and the number or letter it gives the document ("Revision 7",
// "Issue 3", "Version 2.1", "Revision C").
var numberedFieldRE = regexp.MustCompile(`^\p{Lu}\p{Ll}+\.? (?:\d+(?:\.\d+)*|\p{Lu})$`)

// editionRE matches the words that open a line of a document's front
// matter stating its edition: a version, revision or edition and its
// number or letter, perhaps after a word and "on" or "from"
// ("Revision 2.0 June 2024", "Based on version 4.2.0", "Version 3.3",
// "Revision C"). Each reader asks it in its own context: a title page's
// version line under the title, what follows the match the edition's
// date (titleVersion), a PDF cover's edition line (textlessCover,
// headings).
var editionRE = regexp.MustCompile(`(?i)^(?:\p{L}+ (?:on|from) )?(?:version|revision|rev\.?|edition) ?(?:v?\d+(?:\.\d+)*\b| (?-i:\p{Lu})\b)`)

// markFields marks the fields of a title page's block of fields (field),
// once per document, as its reader ends: the PDF reader's before it reads
// the names under the title (titleByline), the others' before clean reads
// the byline. The block is the first run of consecutive short paragraphs
// (none reads as a sentence, but for a labelled one: a lesson plan's
// "Objectives: Students will explore …" over "Time Needed: 45 minutes in
// class." and "URLs: None") above the document's first kept sentence,
// list item, table row or code, opening within titleWindow+metaWindow
// blocks of the top, that holds at least minTitleFields lines labelled as
// a field list's entries (fieldLabelRE): "Skerrow Air Ground Operations
// Procedure" over "Document number: GOP-04", "Revision C", "Effective
// from 1 February 2026" and "Revision date: 12 January 2026". A heading
// ends a run. Its fields are its lines labelled (fieldLabelRE), numbered
// (numberedFieldRE: "Revision 7", "Issue 3") or dated (dateLine:
// "Revision date: 12 January 2026"). A field is text, though alone its
// shape reads as page chrome or a byline (but for the date field, which
// readByline still takes as the byline): it says which revision of the
// document this is, as "What changed in Revision 7" in the text asks.
func markFields(bs blocks) {
	lo, labelled := -1, 0
	for i := 0; i <= len(bs); i++ {
		if i < len(bs) && bs[i].kind == KindParagraph && (!shapeOf(bs[i].text).sentence || fieldLabelRE.MatchString(bs[i].text)) {
			if lo < 0 {
				if i >= titleWindow+metaWindow {
					return
				}
				lo, labelled = i, 0
			}
			if fieldLabelRE.MatchString(bs[i].text) {
				labelled++
			}
			continue
		}
		if lo >= 0 && labelled >= minTitleFields {
			for j := lo; j < i; j++ {
				s := bs[j].text
				_, _, _, dated := dateLine(s)
				bs[j].field = fieldLabelRE.MatchString(s) || numberedFieldRE.MatchString(s) || dated
			}
			return
		}
		lo = -1
		if i == len(bs) || bs[i].why == "" && bs[i].kind != KindHeading {
			return
		}
	}
}

// publishedSentence reads the first sentence of a paragraph when it says
// when the document was published or updated: "Published by IT, 14 March
// 2023." (dateLine's labelled form, as a sentence of its own).
func publishedSentence(p string) (date, publisher string, updated, ok bool) {
	first, _, _ := strings.Cut(p, ". ")
	first = strings.TrimSuffix(first, ".")
	low := strings.ToLower(first)
	if !strings.HasPrefix(low, "published") && !strings.HasPrefix(low, "updated") &&
		!strings.HasPrefix(low, "last updated") && !strings.HasPrefix(low, "posted") {
		return "", "", false, false
	}
	d, pub, upd, ok := dateLine(first)
	if !ok {
		return "", "", false, false
	}
	return d, strings.TrimPrefix(strings.TrimPrefix(pub, "Published by "), "by "), upd, true
}

// topHeading reports whether block i is the first heading of the
// document and of its top level, no heading above it in level: the
// page's own heading ("Equipment Store FAQ" over "Last updated: 10
// February 2026", under a line of navigation taken for the title), not
// an author.
func topHeading(bs blocks, i int) bool {
	if bs[i].kind != KindHeading || bs[i].level == 0 {
		return false
	}
	for j, b := range bs {
		if j != i && b.kind == KindHeading && b.level > 0 && (b.level < bs[i].level || j < i && b.level == bs[i].level) {
			return false
		}
	}
	return true
}

// headsText reports whether block i is a heading with the text of its
// section right under it, a paragraph that reads as a sentence: the one
// section of a short page ("## Slipway closure" under the date of a
// notice), not the authors of a paper, whose names a date, an
// affiliation or the next heading follows.
func headsText(bs blocks, i int) bool {
	return bs[i].kind == KindHeading && bs[i].level > 0 && textFollows(bs, i)
}

// textFollows reports whether block i is followed directly by a kept
// paragraph that reads as a sentence.
func textFollows(bs blocks, i int) bool {
	return i+1 < len(bs) && bs[i+1].kind == KindParagraph && bs[i+1].why == "" && shapeOf(bs[i+1].text).sentence
}

// sectionLabel reports whether block i is the label of a section rather
// than a byline: a list or table follows it ("NEW" over the new features
// of release notes), the same line comes again further down, as the
// labels of release notes do ("FIXED" under every version), it is a
// plain-text line in capitals after a blank line ("SUMMARY"), or it is a
// heading that opens the first of several sections (the first section,
// "Purpose", under the date of a policy; see opensSections).
func sectionLabel(bs blocks, i int) bool {
	if bs[i].capsLabel {
		return true
	}
	if i+1 < len(bs) && (bs[i+1].kind == KindItem || bs[i+1].kind == KindRow) {
		return true
	}
	for _, b := range bs[i+1:] {
		if b.text == bs[i].text {
			return true
		}
	}
	return opensSections(bs, i)
}

// opensSections reports whether block i is a heading and a kept heading
// of its level or above follows it: it opens the first of several
// sections ("Purpose" over a paragraph, then "Fees").
func opensSections(bs blocks, i int) bool {
	h := bs[i]
	if h.kind != KindHeading || h.level == 0 {
		return false
	}
	for _, b := range bs[i+1:] {
		if b.kind == KindHeading && b.level > 0 && b.level <= h.level && b.why == "" {
			return true
		}
	}
	return false
}

// dropByContext drops the lines that are chrome by their place:
//   - lone words above the first sentence ("Logo");
//   - short lines with no lowercase word that are not directly followed by
//     a paragraph, list or table ("DW's Top Story", share buttons), but
//     on a slide, whose bullets are such lines ("Amateur Extra");
//   - after the last sentence, list item, table row or code line, every
//     line that is not a sentence (the page's footer), but in a slide
//     deck, whose closing frames are content (block.slide).
//
// The lines the text around them frames as content (documentFramings
// and lineFramings: the lines a lead-in announces, a section's one line
// closing the document, a quotation's speaker, a label ending in a colon
// over the line it announces, a template's fill-in placeholder) are
// neither page chrome nor the page's tail, however short and whatever
// their case. The title, one-word headings between paragraphs
// ("History"), headings marked up as such and plain-text section labels
// in capitals ("SUMMARY") (outside that tail), list items, rows and code
// are kept. A document with no sentence at all (a list of names, say) is
// left alone.
func dropByContext(bs blocks, shapes []shape, drop []bool, ti int) {
	first := -1 // the first sentence
	for i := range bs {
		if !drop[i] && shapes[i].sentence {
			first = i
			break
		}
	}
	if first < 0 {
		return
	}
	// A line of references to manual pages (pageRefsRE: "kill(1),
	// signal(7)" under SEE ALSO) is a list's entries written on one line.
	// So is an entry of a PDF's field list (entry: a run of lines each a
	// label, a colon and its text, "Software: Excel, Word, Outlook" over
	// "Programming languages: R and Python" of a résumé's skills, as
	// office documents set them), whatever its words' case, and a Word
	// file's statement left without its stop (statement).
	structured := func(i int) bool {
		k := bs[i].kind
		return k == KindItem || k == KindCode || k == KindRow || bs[i].noteOf > 0 || bs[i].numLabel || bs[i].entry || bs[i].statement || pageRefsRE.MatchString(bs[i].text)
	}
	// A line that opens with a whole sentence is text, whatever follows
	// it: "Cobra is released under the Apache 2.0 license. See
	// LICENSE.txt" closing a README under "## License".
	isSentence := func(i int) bool { return shapes[i].sentence || opensWithSentence(bs[i].text) }
	f := newFrame(bs, shapes, drop, ti, func(i int) bool { return isSentence(i) || structured(i) })
	for i := len(bs) - 1; i >= 0; i-- {
		if drop[i] {
			continue
		}
		b, sh := bs[i], shapes[i]
		sentence := isSentence(i)
		// A heading is followed directly by its text; a label followed by
		// chrome ("Facebook", "Email") is chrome too.
		nextSentence := func() bool {
			j := overPageBreak(bs, drop, i)
			return j < len(bs) && !drop[j] && (isSentence(j) || structured(j))
		}
		if i != ti && !sentence && !structured(i) {
			introduced := f.frames(i)
			switch {
			case !f.textBelow && !introduced && !b.slide:
				drop[i], bs[i].why = true, whyAfterText
			case b.capsLabel:
				// A plain-text section label in capitals
				// ("SUMMARY" over its paragraph) is kept.
			case b.kind == KindParagraph && sh.words == 1 && i < first && !labelsNext(bs, drop, i) && !introduced:
				drop[i], bs[i].why = true, whyChrome
			case b.kind == KindParagraph && sh.lowerWords == 0 && sh.words <= 6 && !endsSentence(b.text) && !nextSentence() && !introduced && !b.slide:
				drop[i], bs[i].why = true, whyChrome
			}
		}
		if !drop[i] {
			f.textBelow = f.textBelow || sentence || structured(i) || f.introduced[i]
		}
	}
}

// overPageBreak returns the index of the line after line i, past the
// running headers, footers and page numbers of a page break between them,
// when line i is one word: a term at a page's foot ("BASICLU_OK" of a
// manual's list of return codes) goes on with its text atop the next page
// as it would on its own page, where a slide's diagram label there ("Post
// House Studio VFX Company") has nothing to do with the next slide's
// first line. A line that a running header or footer of the document
// holds ("Version 3.3 July 2020" of "Version 3.3 July 2020 2") is that
// footer, missed on its page, and the page's tail.
func overPageBreak(bs blocks, drop []bool, i int) int {
	furniture := func(b block) bool { return b.why == whyRunning || b.why == whyPageNumber }
	j := i + 1
	for j < len(bs) && drop[j] && furniture(bs[j]) {
		j++
	}
	if j == i+1 || j < len(bs) && bs[j].page != bs[i].page+1 || len(strings.Fields(bs[i].text)) > 1 ||
		slices.ContainsFunc(bs, func(b block) bool { return b.why == whyRunning && strings.Contains(b.text, bs[i].text) }) {
		return i + 1
	}
	return j
}

// frame is what dropByContext's framings read of a document, and the
// lines they found framed so far.
type frame struct {
	bs     blocks
	shapes []shape
	drop   []bool // the lines dropped, as dropByContext's walk leaves them
	ti     int    // the title, or -1
	// content reports whether a line is text by itself: a sentence, or
	// a list's item, a row, a code line, an entry of a field list.
	content  func(int) bool
	sections []section // the kept headings' sections (sectionsOf)
	// introduced marks the lines a framing found framed: text however
	// short and whatever their case, neither page chrome nor the page's
	// tail (dropByContext).
	introduced []bool
	// textBelow says whether dropByContext's walk, bottom up, has passed
	// a kept line of text or a framed one: the lines above it are no
	// longer the page's tail.
	textBelow bool
}

// newFrame reads the document framings (documentFramings) of a document
// before dropByContext's walk.
func newFrame(bs blocks, shapes []shape, drop []bool, ti int, content func(int) bool) *frame {
	f := &frame{bs: bs, shapes: shapes, drop: drop, ti: ti, content: content, sections: sectionsOf(bs, drop), introduced: make([]bool, len(bs))}
	for _, mark := range documentFramings {
		mark(f)
	}
	return f
}

// frames reports whether line i is framed: a document framing marked it,
// or a line framing (lineFramings) frames it, which it then marks.
func (f *frame) frames(i int) bool {
	if !f.introduced[i] {
		f.introduced[i] = slices.ContainsFunc(lineFramings, func(framed func(*frame, int) bool) bool { return framed(f, i) })
	}
	return f.introduced[i]
}

// documentFramings are the framings of whole sections, each marking in
// frame.introduced the lines it frames, read over the document as the
// reader left it, before dropByContext's walk.
var documentFramings = []func(*frame){
	leadInSections,    // "0 success" under chage's "… exits with the following values:"
	citedSections,     // "GNOME The GNOME desktop, http://www.gnome.org" under References
	answeredQuestions, // "Yes, see xmlwrapp" under "Is there C++ bindings?"
	closingSections,   // "MIT" under a README's closing "License"
	closingAddress,    // "Docs: https://…" right under the text's last line
	lastCapsSection,   // the addresses under a manual page's BUGS
}

// lineFramings are the framings of one line by its neighbours, asked as
// dropByContext's walk reaches the line, bottom up: the lines under it
// are as the walk left them, the lines above as the reader did.
var lineFramings = []func(*frame, int) bool{
	quoteAttribution,           // "OpenChain Project Director" under a quotation
	announcesKept,              // "Arguments:" over a function's argument list
	underLabel,                 // "BASICLU_OK" under "Return:" over its description
	aboveText(addressLike),     // "Marsh Lane, Fernhill FH4 2QT" under a place's name
	aboveText(copyrightNotice), // "Copyright © 2005 David Mandelberg" among a manual's notices
	titleField,                 // "Revision C" in a title page's block of fields
	titleVersion,               // "Version 3.3 July 2020" under a title page's title
	answersQuestionLine,        // "github.com/ampas/rawtoaces" under a form's "Is there a wiki?"
	lineText(fillIn),           // "[Date]" under a template's title
}

// lineText makes a line framing of a test of a line's text, wherever the
// line stands.
func lineText(test func(string) bool) func(*frame, int) bool {
	return func(f *frame, i int) bool { return test(f.bs[i].text) }
}

// aboveText makes a line framing of a test of a line's text that frames
// the line above the text's last line (frame.textBelow): a postal address
// or a notice of copyright among the text, where the same line after it
// is the page's footer.
func aboveText(test func(string) bool) func(*frame, int) bool {
	return func(f *frame, i int) bool { return f.textBelow && test(f.bs[i].text) }
}

// titleField reports whether line i is a field of a title page's block
// of fields (markFields: "Revision C" among "Document number: GOP-04"
// and "Revision date: 12 January 2026"), text, though alone its shape
// reads as page chrome.
func titleField(f *frame, i int) bool { return f.bs[i].field }

// titleVersion reports whether line i is a title page's version line:
// under the title and above the text (no kept line of text between the
// title and it), a line stating its edition (editionRE: "Version 3.3",
// "Revision C") and the date of that edition ("Version 3.3 July 2020"
// under nDPI's "Quick Start Guide"). It says which edition of the
// document this is and when it came out, as the fields of a block of
// fields do (titleField), though it stands alone; an edition alone,
// with no date, is no such line. A running footer that repeats the
// line on every page is none either: the PDF reader drops it as page
// chrome on each page, the first too, before this walk.
func titleVersion(f *frame, i int) bool {
	if f.ti < 0 || i <= f.ti {
		return false
	}
	for j := f.ti + 1; j < i; j++ {
		if !f.drop[j] && f.content(j) {
			return false
		}
	}
	s := f.bs[i].text
	loc := editionRE.FindStringIndex(s)
	if loc == nil {
		return false
	}
	ws := strings.Fields(s[loc[1]:])
	if len(ws) == 0 {
		return false
	}
	if isDash(ws[0]) && len(ws) > 1 {
		ws = ws[1:] // "Version 1.4 - 03.03.21": a dash sets the date apart
	}
	if len(ws) == 1 && numericDate(ws[0]) {
		return true
	}
	_, pub, _, ok := dateLine(strings.Join(ws, " "))
	return ok && pub == ""
}

// numericDate reports whether w is a date written in numbers alone, its
// day, month and year in groups of one to four digits set apart by stops,
// slashes or dashes ("03.03.21", "2021-03-03", "3/3/2021"), however many
// of them stand between two groups (SimpleReport's guide: "Version 1.4 -
// 03.03..21"): a version line's date in whatever order its writer uses,
// which dateLine, reading the orders it knows, does not take.
func numericDate(w string) bool {
	groups := strings.FieldsFunc(w, func(r rune) bool { return r == '.' || r == '/' || r == '-' })
	if len(groups) != 3 || strings.Trim(w, "0123456789./-") != "" {
		return false
	}
	for _, g := range groups {
		if len(g) > 4 {
			return false
		}
	}
	return true
}

// maxAttributionLines is how many short lines under a quotation may name
// its speaker (quoteAttribution): a name and the speaker's title.
const maxAttributionLines = 2

// quoteAttribution reports whether block i is one of the lines right under
// a quotation, the kept block above them ending a sentence inside closing
// quotation marks, that name who said it ("Shane Coughlan," over
// "OpenChain Project Director" under a case study's quote set beside its
// text): the quote's speaker and title, text however short and capitalised.
func quoteAttribution(f *frame, i int) bool {
	bs, drop := f.bs, f.drop
	n := 0
	for j := i - 1; j >= 0; j-- {
		if drop[j] {
			continue
		}
		if n++; n > maxAttributionLines {
			return false
		}
		t := bs[j].text
		if q := strings.TrimRight(t, "”\""); q != t && endsSentence(q) {
			return bs[j].kind == KindParagraph
		}
		if bs[j].kind != KindParagraph || endsSentence(t) {
			return false
		}
	}
	return false
}

// minCitedEntries is the fewest kept lines under a heading, each the
// entry of a work and its address (citedEntry), that citedSections reads
// as a list of references: two lines ending in addresses may be a
// sentence and a link after it, three in a row with nothing else are a
// list.
const minCitedEntries = 3

// citedSections marks in f.introduced the kept lines of each section
// (sectionsOf) whose kept text, up to the next kept heading, is all
// entries of a list of references (citedEntry), minCitedEntries of them
// or more: shared-mime-info-spec.pdf's References, "GNOME The GNOME desktop,
// http://www.gnome.org" down to "ACAP ACAP Media Type Dataset Class
// ftp://…". Such a section is the text its heading announces, each
// line naming the work the text cites, so its lines after the last
// sentence are no page's tail (dropByContext): a footer stands under no
// heading of its own but the last section's, among that section's text.
func citedSections(f *frame) {
	bs, drop := f.bs, f.drop
	for _, s := range f.sections {
		entries, others := 0, 0
		for j := s.heading + 1; j < s.end; j++ {
			switch {
			case drop[j]:
			case citedEntry(bs[j].text):
				entries++
			default:
				others++
			}
		}
		if others == 0 && entries >= minCitedEntries {
			s.introduce(drop, f.introduced)
		}
	}
}

// answeredQuestions marks in f.introduced the first kept line of each
// section (sectionsOf) whose heading asks a question (an FAQ's "Is
// there C++ bindings?"): the answer the question announces, as a lead-in
// announces its list, so that a last answer with no full stop ("Yes, see
// xmlwrapp") is no page's tail (dropByContext). The lines after it are
// not: a footer may close the last answer's section.
func answeredQuestions(f *frame) {
	bs, drop := f.bs, f.drop
	for _, s := range f.sections {
		if !strings.HasSuffix(strings.TrimSpace(bs[s.heading].text), "?") {
			continue
		}
		for j := s.heading + 1; j < s.end; j++ {
			if !drop[j] {
				f.introduced[j] = true
				break
			}
		}
	}
}

// section is the span of one kept heading's section (sectionsOf): the
// heading's index and the end of the blocks under it, up to the next kept
// heading.
type section struct{ heading, end int }

// sectionsOf returns the sections of the kept headings of a document, in
// order; the blocks above the first kept heading are in none.
func sectionsOf(bs blocks, drop []bool) []section {
	var ss []section
	for i := 0; i < len(bs); i++ {
		if drop[i] || bs[i].kind != KindHeading {
			continue
		}
		j := i + 1
		for j < len(bs) && (drop[j] || bs[j].kind != KindHeading) {
			j++
		}
		ss = append(ss, section{i, j})
		i = j - 1
	}
	return ss
}

// introduce marks in introduced the kept lines of section s.
func (s section) introduce(drop, introduced []bool) {
	for k := s.heading + 1; k < s.end; k++ {
		introduced[k] = introduced[k] || !drop[k]
	}
}

// closingSections marks in f.introduced the run of sections (sectionsOf)
// that close a document with one line each, no sentence, from the run's
// first heading to the document's end, when such a run does: a README's
// "License" over "MIT" and "Author" over "Yusuke Inuzuka" (goldmark's),
// "License" over "Apache License Version 2.0" (bleve's). Such a section
// is one of the outline the authors wrote: its heading stands at the
// level of a heading whose section holds text (content: a sentence, an
// item, a row, code), and its one line is what the heading announces, as
// a section's text is. A page's
// footer is not (dropByContext drops it after the text): it stands under
// no heading, or under one over several short lines (a list of links or
// of contacts, each a line), or over a line of addresses ("Links" over
// "https://bugs.example.org https://lists.example.org"), where a closing
// section's line names its licence, author or contact in words. Only a
// run of such sections right after a section of text, at the document's
// end, is read so: a section of one line after a footer's heading over
// several lines is the footer's, and the footer stays the page's tail.
func closingSections(f *frame) {
	bs, ss, drop, content := f.bs, f.sections, f.drop, f.content
	holdsText := func(s section) bool {
		for k := s.heading + 1; k < s.end; k++ {
			if !drop[k] && content(k) {
				return true
			}
		}
		return false
	}
	var textLevels headingLevels // the levels of headings over text
	for _, s := range ss {
		if holdsText(s) {
			textLevels.add(bs[s.heading].level)
		}
	}
	n := len(ss) - 1 // the last section before the closing run
	for n >= 0 && closingSection(bs, drop, ss[n], textLevels, content) {
		n--
	}
	if n < 0 || n == len(ss)-1 || !holdsText(ss[n]) {
		return
	}
	for i := ss[n+1].heading; i < len(bs); i++ {
		f.introduced[i] = true
	}
}

// closingSection reports whether section s holds one kept line, which
// is no text by itself (content) and gives no address, under a heading
// at one of textLevels (closingSections).
func closingSection(bs blocks, drop []bool, s section, textLevels headingLevels, content func(int) bool) bool {
	line := -1 // the section's one kept line
	for k := s.heading + 1; k < s.end; k++ {
		if drop[k] {
			continue
		}
		if line >= 0 {
			return false
		}
		line = k
	}
	return line >= 0 && textLevels.has(bs[s.heading].level) && !content(line) && !slices.ContainsFunc(strings.Fields(bs[line].text), addressWord)
}

// citedEntry reports whether the kept line s is an entry of a list of
// references: words naming a work, then its address, the line's last
// word (addressWord). A kept line holds words before its address: a line
// of addresses alone is a bare link's, dropped by its shape (linkLike).
func citedEntry(s string) bool {
	i := strings.LastIndexAny(s, " \t")
	return addressWord(s[i+1:])
}

// lastCapsSection marks in f.introduced the lines from the last kept
// heading of a document to its end, when a kept line stands under it and
// the section headings of its level, three or more, are all written in
// capitals (a manual page's NAME, DESCRIPTION, ..., BUGS), or are a
// manual page's whatever their case (its title written as a manual
// page's NAME line, ManualNames: "ls - list directory contents" over
// "Name", "Description", …, "Bugs"). Such a heading names one of the
// document's sections as every other one does, so the lines under it are
// that section's text (man's BUGS over the addresses to report bugs to),
// not a page's footer, which stands under none of the outline's headings.
func lastCapsSection(f *frame) {
	bs, drop, ti := f.bs, f.drop, f.ti
	last := -1
	for i := len(bs) - 1; i > ti; i-- {
		if !drop[i] && bs[i].kind == KindHeading && bs[i].level > 0 {
			last = i
			break
		}
	}
	if last < 0 || last+1 == len(bs) || !slices.Contains(drop[last+1:], false) {
		return
	}
	manual := ti >= 0 && ManualNames(bs[ti].text) != nil
	n := 0
	for i := ti + 1; i <= last; i++ {
		if drop[i] || bs[i].kind != KindHeading || bs[i].level != bs[last].level {
			continue
		}
		if !manual && !inCapitals(bs[i].text) {
			return
		}
		n++
	}
	if n < 3 {
		return
	}
	for i := last; i < len(bs); i++ {
		f.introduced[i] = true
	}
}

// leadInSections marks in f.introduced the blocks that stand in the
// section of a lead-in (leadIns.follow): those lines are text however
// short, never a page's footer.
func leadInSections(f *frame) {
	var lead leadIns
	for i, b := range f.bs {
		f.introduced[i] = lead.follow(b, f.shapes[i], !f.drop[i]) || f.introduced[i]
	}
}

// leadIns follows the lead-ins of a document block by block (leadIn: a
// line of words ending in a colon, shaped as a sentence's start, "The
// chage command exits with the following values:"), which announce the
// lines after them. Two readings ask how far a lead-in reaches, and
// they differ in what they decide, so in reach:
//   - list: the items right under a kept paragraph that is a lead-in are
//     the entries of the list it announces, so that itemChrome keeps a
//     lone lowercase word among them as a file or a path the text names,
//     not a link's word (".crates.toml", "bin/" under the Cargo Book's
//     "It should be sufficient to cache the following files and
//     directories across builds:"). Any other block, kept or dropped,
//     ends the list: an exception to a line's own shape reaches no
//     further than the list (clean shows it no line the reader dropped
//     before, a PDF's running header between two entries);
//   - section: the kept lines after a kept lead-in of any kind, up to the
//     next kept heading, are text however short, never the page's tail
//     (dropByContext: "0 success", "1 permission denied" under chage's
//     lead-in in the last section of its manual page). Dropped lines are
//     passed over, and a paragraph after the list leaves the section open:
//     it is still the lead-in's section's text, where a page's footer
//     stands under no lead-in.
type leadIns struct{ list, section bool }

// follow moves past block b, of shape sh, kept or dropped: it returns
// whether b stands in a lead-in's section, and leaves list saying whether
// an item after b is an entry of a lead-in's list.
func (l *leadIns) follow(b block, sh shape, kept bool) bool {
	in := leadIn(b.text, sh)
	if b.kind != KindItem {
		l.list = kept && b.kind == KindParagraph && in
	}
	switch {
	case !kept:
		return false
	case b.kind == KindHeading:
		l.section = false
	case in:
		l.section = true
	default:
		return l.section
	}
	return false
}

// labelsNext reports whether block i is a label ending in a colon right
// over a list or code block ("Fixes:" over the bullets of a release in
// man-db's NEWS), which says what stands under it, as the same label
// does under every later release: no lone word of page chrome ("Logo").
func labelsNext(bs blocks, drop []bool, i int) bool {
	if !labelOverKept(bs, drop, i) {
		return false
	}
	k := bs[i+1].kind
	return k == KindItem || k == KindCode
}

// labelOverKept reports whether block i ends in a colon right over a
// block that is kept: what labelsNext and announcesKept ask first.
func labelOverKept(bs blocks, drop []bool, i int) bool {
	return strings.HasSuffix(bs[i].text, ":") && i+1 < len(bs) && !drop[i+1]
}

// announcesKept reports whether block i ends in a colon right over a kept
// block of its page: a label announcing what follows ("Arguments:" over a
// function's argument list in a library's guide), not page chrome.
func announcesKept(f *frame, i int) bool {
	return labelOverKept(f.bs, f.drop, i) && f.bs[i+1].page == f.bs[i].page
}

// underLabel reports whether block i stands right under a label ending
// in a colon and right over a kept block, the three on one page: the
// first of the lines the label announces ("BASICLU_OK" under a function's
// "Return:" and over "*obj successfully initialized." in a library's
// guide), text however short and capitalised, which then keeps the label
// over it (announcesKept). Page chrome is no label's first entry: a
// footer's "Follow us:" stands over links, which are dropped by their
// shape before this walk.
func underLabel(f *frame, i int) bool {
	bs := f.bs
	return i > 0 && !f.drop[i-1] && strings.HasSuffix(bs[i-1].text, ":") && bs[i-1].page == bs[i].page &&
		i+1 < len(bs) && !f.drop[i+1] && bs[i+1].page == bs[i].page
}

// OptionTerm reports whether heading s is a command-line option's term,
// its spellings and its argument's name ("-1", "-f FILE, --file=FILE"), as
// the readers set a manual page's terms over their descriptions.
func OptionTerm(s string) bool {
	return optionHeadRE.MatchString(strings.TrimSpace(s))
}

// describesOption reports whether block i stands right under the term of
// a command-line option list ("-b, --escape" of a manual page over "print
// C-style escapes for nongraphic characters"): the option's description.
func describesOption(bs blocks, i int) bool {
	return i > 0 && OptionTerm(bs[i-1].text)
}

// labelsCode reports whether block i ends in a colon right over a code
// block: the label of an example ("e.g.:" over client_golang's import
// block), kept as labelsNext keeps a list's label.
func labelsCode(bs blocks, i int) bool {
	return strings.HasSuffix(bs[i].text, ":") && i+1 < len(bs) && bs[i+1].kind == KindCode
}

// joinsCode reports whether block i stands between two code blocks: the
// word that joins them ("or" between two commands that do the same, of
// dive's README), text of the example, no link's lone word.
func joinsCode(bs blocks, i int) bool {
	return i > 0 && i+1 < len(bs) && bs[i-1].kind == KindCode && bs[i+1].kind == KindCode
}

// opensWithSentence reports whether s opens with a whole sentence followed
// by more text: a stop, "!" or "?" and a space after at least four words,
// three of them lowercase, as a statement has ("Cobra is released under
// the Apache 2.0 license. See LICENSE.txt"), and a footer's names and
// abbreviations ("© 2024 Acme Inc. All rights reserved") have not. A
// lead-in with what it announces on its own line counts too (a colon in
// that place, leadIn's shape: "Maintainers can provide limited support
// to contributors on discord: https://…", "Full documentation <…> or
// available locally via: info ls"): the clause is a sentence's start,
// which a footer's label ("Contact: …", "Follow us: …") is not, and
// the link or command after it completes it, as the lines after a
// lead-in are its section (leadIns). The colon ends a word, as a
// clause's does, not a run of leaders ("Supported ASN.1 types, list of
// :::::: 2" in an index).
func opensWithSentence(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		if (s[i] == '.' || s[i] == '!' || s[i] == '?' || s[i] == ':' && endsWord(s[:i])) && s[i+1] == ' ' {
			if sh := shapeOf(s[:i+1]); sh.words >= 4 && sh.lowerWords >= 3 {
				return true
			}
		}
	}
	return false
}

// endsWord reports whether s ends in a letter, as a word of a clause does
// before its colon.
func endsWord(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return unicode.IsLetter(r)
}

// copyrightNotice reports whether a line is a notice of copyright above
// the text, "Copyright © 2005 David Mandelberg" among a manual's notices:
// the word and a year, which says who holds the rights, not a menu or a
// label. (A page's "© 2025 Example News" footer goes as a credit, and
// one after the text as the text's tail.)
func copyrightNotice(s string) bool {
	rest, ok := strings.CutPrefix(strings.ToLower(s), "copyright ")
	return ok && strings.ContainsAny(rest, "0123456789")
}

// fillInRE matches a template's fill-in placeholder: a capitalised name
// in square brackets, of letters and spaces ("[Date]", "[Agency Name ]",
// "[General greeting]"), or in angle brackets, where its options may be
// set apart by slashes and hyphens join words ("<Agency name>", "<Alpha /
// Beta / Live>", "<Digital Transformation Agency-led / Agency-led>"),
// which the template's user replaces with its value. A note's mark
// ("[1]"), an elision ("[...]") and a syntax's optional part
// ("[_<territory>]") are none.
var fillInRE = regexp.MustCompile(`\[\s*\p{Lu}[\p{L} ]*\]|<\s*\p{Lu}[\p{L} /-]*>`)

// fillIn reports whether line s holds a template's fill-in placeholder
// (fillInRE) that is no interface word (a link's "[Share]", "[Print]"):
// a field of the template ("[Date]" under an agenda's title, "Subject:
// [Agency Name ] / [Project Name] / Weekly Ship: xx/xx/xxxx"), text
// however short and capitalised, where page chrome holds no placeholder.
func fillIn(s string) bool {
	for _, m := range fillInRE.FindAllString(s, -1) {
		w := strings.ToLower(strings.TrimSpace(strings.Trim(m, "[]<>")))
		if !uiNouns[w] && !uiVerbs[w] {
			return true
		}
	}
	return false
}

// placeholderLine reports whether the line s is a template's fill-in
// placeholder and nothing else ("[Department logo]", "[Department]" atop
// a job's applicant pack): what the template's user replaces, no title,
// where a title that holds one ("[Project Name] Internal Kickoff") is one.
func placeholderLine(s string) bool {
	return fillIn(s) && fillInRE.FindString(s) == strings.TrimSpace(s)
}

// addressLike reports whether a short line in capitalised words reads as
// a postal address, which is content where it stands alone ("Marsh Lane,
// Fernhill FH4 2QT" under a place's name, "14 Wattle Street, Hobart"): it
// holds a comma and a digit, which menus, labels and link lists do not.
func addressLike(s string) bool {
	return strings.Contains(s, ",") && strings.ContainsAny(s, "0123456789")
}

// heldAnswer reports whether block i is a line of words opening the
// section of a heading that holds only its own text (block.holds: a
// <dt> over its <dd>, a <summary>, an option's term in plain text): the
// description or answer under it, content even when it opens with an
// interface verb ("Print more output" under "-v, --verbose"), as no
// button stands under such a heading.
func heldAnswer(bs blocks, shapes []shape, i int) bool {
	return i > 0 && bs[i-1].kind == KindHeading && bs[i-1].holds > 1 && shapes[i].letters && shapes[i].words > 1
}

// answersQuestion reports whether block i, a paragraph or an item of at most
// maxAnswerWords words giving a web address (addressLine), answers the
// question kept right above it (a line ending in a question mark), or
// the question above the answers kept right above it, each an address
// too: a filled-in form's field whose value is a link (OpenVDB's "Is
// there a current Contributor License Agreement?" over the agreement's
// address; rawtoaces' "What is the project's website?" and "Is there a
// wiki?" over "Acescentral.org" and "github.com/ampas/rawtoaces"). Such
// a link is content; page chrome's links stand under no question.
func answersQuestion(bs blocks, drop []bool, i int) bool {
	line := func(j int) bool { return bs[j].kind == KindParagraph || bs[j].kind == KindItem }
	if !line(i) || len(strings.Fields(bs[i].text)) > maxAnswerWords || !addressLine(bs[i].text) {
		return false
	}
	for j := i - 1; j >= 0 && j >= i-maxAnswerWords; j-- {
		switch {
		case drop[j]:
			return false
		case strings.HasSuffix(strings.TrimSpace(bs[j].text), "?"):
			return true
		case !line(j) || !addressLine(bs[j].text):
			return false
		}
	}
	return false
}

// answersQuestionLine is answersQuestion as a framing of line i.
func answersQuestionLine(f *frame, i int) bool { return answersQuestion(f.bs, f.drop, i) }

// maxAnswerWords is the most words of a link answering a form's question
// (answersQuestion: "Github https://github.com/…"), and the most answers
// stacked under their questions.
const maxAnswerWords = 3

// hostPathRE matches a web address written with no scheme: a host name
// of two labels or more, perhaps with a path ("Acescentral.org",
// "github.com/ampas/rawtoaces").
var hostPathRE = regexp.MustCompile(`^(?i)[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?:/\S*)?$`)

// addressLine reports whether one of the words of s is a web address,
// with its scheme or not (addressWord, hostPathRE).
func addressLine(s string) bool {
	return slices.ContainsFunc(strings.Fields(s), func(w string) bool { return addressWord(w) || hostPathRE.MatchString(w) })
}

// keepSoleText keeps a line of words that its own shape took for page
// chrome (a credit: "Written by Padraig Brady." under a manual page's
// AUTHOR) when it opens a kept heading's section (the heading stands
// right above it) and is all the text of that section (the next kept
// block is a heading of its level or above, or there is none), or gives
// a mail address (isEmail: "Written by Henry Ware 〈al172@yfn.ysu.edu〉."
// over the next author's line under vmstat's AUTHORS). A heading
// announces the text of its section, which is then that line alone;
// chrome stands beside the text (a photo's credit in a paragraph's
// section), never as a section's only text, and a photo's or agency's
// credit gives no one's address, where an author's line may, as the
// contact a section of authors lists. So are the lines under such a
// heading that are each a file's path alone (filePath) and together all
// the text of its section: a manual page's FILES over "/proc/meminfo",
// "/proc/stat" and "/proc/*/stat" (vmstat), the files the tool reads,
// which the test of a lone lowercase word took for a link's word. A
// heading of the section's level or above ends the section, kept or
// not: the reader may yet keep it (keepWordHeadings keeps vmstat's SEE
// ALSO after FILES).
func keepSoleText(bs blocks, shapes []shape, drop []bool) {
	chrome := func(i int) bool {
		return drop[i] && bs[i].why == whyChrome && bs[i].kind == KindParagraph && shapes[i].letters
	}
	keep := func(i int) { drop[i], bs[i].why = false, "" }
	for i := 1; i < len(bs); i++ {
		if !chrome(i) || shapes[i].words < 2 && !filePath(bs[i].text) || !opensSection(bs, drop, i) {
			continue
		}
		j, paths := soleRun(bs, drop, chrome, i)
		switch {
		case j < len(bs) && !endsSection(bs[j], bs[i-1].level):
			// Kept text goes on in the section: the line is no
			// sole text, but an author's line giving an address.
			if slices.ContainsFunc(strings.Fields(bs[i].text), isEmail) {
				keep(i)
			}
		case paths:
			for k := i; k < j; k++ {
				if chrome(k) {
					keep(k)
				}
			}
		case shapes[i].words >= 2:
			keep(i)
		}
	}
}

// closesSections reports whether a dropped block ends every section open
// above it: the heading of a table of contents or a list of figures
// (contentsHeading), left out with its entries, after which the
// chapters it lists are no part of the front matter's sections (a
// report's "OVERVIEW" set larger than its chapters held them all).
func closesSections(b block) bool {
	return b.why == whyContents && contentsHeading(b.text)
}

// opensSection reports whether block i stands right under a kept heading
// of the outline (of a level), the first line of its section.
func opensSection(bs blocks, drop []bool, i int) bool {
	h := bs[i-1]
	return !drop[i-1] && h.kind == KindHeading && h.level > 0
}

// endsSection reports whether block b ends a section of the given level:
// a heading of that level or above, kept or not.
func endsSection(b block, level int) bool {
	return b.kind == KindHeading && b.level > 0 && b.level <= level
}

// soleRun returns where the run of dropped blocks after block i, the
// first line of a section (opensSection), ends: at the first kept block,
// or, while every page-chrome line of the run (chrome) is a file's path
// alone (filePath), at the heading that ends the section (endsSection)
// too; paths says whether they all are.
func soleRun(bs blocks, drop []bool, chrome func(int) bool, i int) (j int, paths bool) {
	level := bs[i-1].level
	paths = filePath(bs[i].text)
	j = i + 1
	for j < len(bs) && drop[j] && !(paths && endsSection(bs[j], level)) {
		paths = paths && (!chrome(j) || filePath(bs[j].text))
		j++
	}
	return j, paths
}

// filePath reports whether s is a file's path alone: one word opening at
// the root or at the home folder, with a letter after the slash
// ("/proc/meminfo", "/etc/login.defs", "/proc/*/stat",
// "~/.config/tool/config").
func filePath(s string) bool {
	rest, ok := strings.CutPrefix(s, "/")
	if !ok {
		rest, ok = strings.CutPrefix(s, "~/")
	}
	return ok && !strings.ContainsAny(s, " \t") && strings.ContainsFunc(rest, unicode.IsLetter)
}

// keepWordHeadings keeps a heading of one word that localChrome took for
// an interface word ("Email", "Download", "Register"), or a heading led
// by an interface verb ("See also", a manual page's "SEE ALSO"), when the
// text under it is kept: a heading over content names that content's
// topic ("Email" over the list of mail addresses, "See also" over the
// pages it names), where a button's label stands over none. So is such a
// heading over the first of its own subsections, a kept heading of a
// level below it, when a kept heading of its own level stands before it:
// it is then one section of the outline among its siblings (grep's "SEE
// ALSO" over "Regular Manual Pages", after EXAMPLE), where a document's
// first heading over a subsection may be its title's word (bzip2.docx's
// "bzip2" over NAME), which the title's rules decide.
func keepWordHeadings(bs blocks, shapes []shape, drop []bool) {
	var kept headingLevels // the levels of the kept headings before i
	for i := range len(bs) - 1 {
		if drop[i] && bs[i].why == whyChrome && bs[i].kind == KindHeading && shapes[i].letters &&
			(shapes[i].words == 1 || uiVerbs[strings.ToLower(strings.Fields(bs[i].text)[0])]) &&
			!drop[i+1] && (bs[i+1].kind != KindHeading || kept.has(bs[i].level) && bs[i+1].level > bs[i].level) {
			drop[i], bs[i].why = false, ""
		}
		if !drop[i] && bs[i].kind == KindHeading {
			kept.add(bs[i].level)
		}
	}
}

// closingAddress marks in f.introduced the last line kept of a document
// when it is a labelled address (labelledAddress: "Tool homepage:
// https://…", "Docs: https://…") right under the text's last line
// (content): the pointer a text closes with, where a footer gives a run
// of such lines ("Twitter: https://…" over "Facebook: https://…") or a
// line of them.
func closingAddress(f *frame) {
	last := -1
	for j := len(f.drop) - 1; j >= 0; j-- {
		if !f.drop[j] {
			last = j
			break
		}
	}
	if last < 0 || !labelledAddress(f.bs[last].text) {
		return
	}
	for j := last - 1; j >= 0; j-- {
		if !f.drop[j] {
			f.introduced[last] = f.introduced[last] || f.content(j)
			return
		}
	}
}
