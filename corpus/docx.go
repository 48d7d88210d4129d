package corpus

// Reading Word (.docx) files.
//
// A .docx file is a zip archive of XML parts (Office Open XML,
// ECMA-376). Four are read, with archive/zip and encoding/xml:
// word/document.xml (the text), word/styles.xml (which paragraph styles
// are headings, and of which level), word/numbering.xml (the automatic
// numbers of headings and lists, see docxnum.go) and docProps/core.xml
// (title, creator, date). No Go library for .docx reads more of what
// matters here than these two packages do, and the ones that exist bring
// writing code and dependencies the loader does not need.
//
//   - A paragraph (w:p) is a block; its runs' text (w:t), tabs, breaks
//     and non-breaking hyphens are its text. Deleted revisions (w:del), the properties a tracked
//     change replaced (w:pPrChange), field codes (w:instrText) and the
//     fallback copy of alternate content (mc:Fallback) are skipped.
//   - A paragraph whose style has an outline level, or is named
//     "heading N" or "Title", is a heading of that level.
//   - A heading made by direct formatting, with no heading style, is one
//     too (directHeading): a short paragraph, not ending in a stop, all
//     of whose runs of text are set in bold (w:b) or larger (w:sz) than
//     the body text (the default paragraph style's size, else the
//     document's default), by the run itself, else its character style,
//     else its paragraph's style, each with what it inherits from the
//     styles it is based on (a template's own "Appendix 1" style, bold
//     with no outline level). Centred or larger, it is a section of the
//     outline's top level; bold alone, a subsection of the heading above.
//     A caption or the title's subtitle is none, and nor is a paragraph
//     opening with a caption's label and number as Word's caption field
//     writes them ("Figure 4: …", captionLabel).
//   - A paragraph in a style of code (codeParaStyles: LibreOffice's
//     "Preformatted Text", what an HTML page's <pre> becomes, Word's
//     "HTML Preformatted"...), or in a style based on one, is a line of
//     code, as a line of a Markdown fenced block or of an HTML <pre> is;
//     a line break in it parts two lines. So is a paragraph all of whose
//     text is set in a monospaced font (Consolas, Courier New, a
//     "Command" style of Consolas; see monoCode) where the body text is
//     not; a monospaced word inside a sentence leaves it prose.
//   - A paragraph of prose that opens in lower case right after one
//     that stops mid-sentence is the rest of its sentence, joined to it
//     (continueSentence): a file converted from a PDF or typed with a
//     return inside a sentence ("… not offered by any other" ¶
//     "company offering open source compliance services."). A manual
//     line break (w:br, w:cr) inside a paragraph is a space already.
//   - A paragraph with numbering (w:numPr, in itself or its style) is a
//     list item, without its number; a heading's number is written
//     before its text ("2.1 Scope").
//   - A paragraph in the "Caption" style (or one based on it) right
//     above or below a table is the caption of its rows (see
//     markStyledCaptions), whatever its shape.
//   - A table row (w:tr) is a row, its cells' paragraphs joined; rows
//     marked as header rows (w:tblHeader), else the first row, give the
//     header of the rows below. A row whose only text is one cell of
//     prose, of two sentences or more (the answer under a question of an
//     HTML FAQ laid out as a table, as LibreOffice saves it), is that
//     cell's paragraphs instead (isProseCell).
//   - A paragraph made of links to places in the document, with at most
//     section numbers besides, is an entry of a contents list, left out
//     as a table of contents is (isContentsEntry). The "#" or "¶" of a
//     link to a heading set after it, as on a web page, is no text
//     (isPermalinkMark). Six paragraphs or more in a row made of links
//     alone, a web page's navigation, are left out (dropLinkLists).
//
// The archive is checked before anything is unpacked: a part larger than
// maxPart, or parts adding up to more than maxUnpacked, once unpacked, are
// refused with ErrUnpackLimit, whatever sizes the archive claims. A
// password-protected file (an OLE container, not a zip) is ErrEncrypted.

import (
	"archive/zip"
	"bytes"
	"cmp"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// oleMagic starts the compound files that hold encrypted Office documents.
var oleMagic = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}

// readDOCX reads a Word file into blocks, with its core properties.
func readDOCX(raw []byte, lim limits) (read, error) {
	r := read{format: FormatDOCX}
	if bytes.HasPrefix(raw, oleMagic) {
		return r, fmt.Errorf("%w: a password-protected Word file (or an old .doc renamed .docx)", ErrEncrypted)
	}
	zr, err := zip.NewReader(bytes.NewReader(raw), int64(len(raw)))
	if err != nil {
		return r, fmt.Errorf("%w: not a Word file (%v)", ErrBroken, err)
	}
	u := unpacker{files: map[string]*zip.File{}, lim: lim, left: lim.maxUnpacked}
	for _, f := range zr.File {
		u.files[strings.TrimPrefix(f.Name, "/")] = f
	}
	body, err := u.part("word/document.xml")
	if err != nil {
		return r, err
	}
	if body == nil {
		return r, fmt.Errorf("%w: no word/document.xml in the archive", ErrBroken)
	}
	styles, bodyText := docxStyles{}, docxBodyText{size: defaultTextSize}
	rawStyles, err := u.part("word/styles.xml")
	if err != nil {
		return r, err
	}
	if rawStyles != nil {
		styles, bodyText = readStyles(rawStyles)
	}
	var num *docxNumbering
	if raw, err := u.part("word/numbering.xml"); err != nil {
		return r, err
	} else if raw != nil {
		num = readNumbering(raw, rawStyles)
	}
	if raw, err := u.part("docProps/core.xml"); err != nil {
		return r, err
	} else if raw != nil {
		r.meta = readCore(raw)
	}
	refs := map[string]int{}
	if r.blocks, err = docxBlocks(body, styles, bodyText, num, lim, refs); err != nil {
		return r, err
	}
	markTypedContents(r.blocks)
	markStyledCaptions(r.blocks)
	for _, part := range []string{"word/footnotes.xml", "word/endnotes.xml"} {
		raw, err := u.part(part)
		if err != nil {
			return r, err
		}
		if raw == nil {
			continue
		}
		if r.blocks, err = docxNotes(r.blocks, raw, part, styles, num, lim, refs); err != nil {
			return r, err
		}
	}
	markFields(r.blocks)
	markAnnounced(r.blocks)
	return r, err
}

// markAnnounced marks as entries (never page chrome) the lines of a Word
// file that a paragraph ending in a colon announces: the paragraph right
// under it (and, under a sentence's lead-in, the paragraphs after it up
// to one that ends a sentence), or the run of list items under it (openPSTD's "File | Edit |
// Module | … | About", a bulleted line under "Menu structure:"). A Word
// file keeps its page furniture in its header and footer parts, so its
// body holds no site's menu, whose shape the line has; a web page's
// "Share this:" over its buttons is chrome, and only its reader knows
// which kind of file it reads.
func markAnnounced(bs blocks) {
	for i := 1; i < len(bs); i++ {
		if bs[i-1].kind != KindParagraph || !strings.HasSuffix(bs[i-1].text, ":") {
			continue
		}
		switch bs[i].kind {
		case KindParagraph:
			bs[i].entry = true
			if leadIn(bs[i-1].text, shapeOf(bs[i-1].text)) {
				// A sentence's lead-in announces a list typed as
				// paragraphs: each line up to one that ends a sentence
				// is an entry ("ISO/IEC 42001:2023 https://…" under
				// "The primary references were:").
				for j := i; j < len(bs) && bs[j].kind == KindParagraph && !endsSentence(bs[j].text); j++ {
					bs[j].entry = true
				}
			}
		case KindItem:
			for j := i; j < len(bs) && bs[j].kind == KindItem; j++ {
				bs[j].entry = true
			}
		}
	}
}

// docxNotes adds the footnotes or endnotes of a notes part after the
// blocks of the text, in order, each a block of its own that remembers
// the block that refers to it, whose section it takes (see structure). A
// note nothing refers to is left out: Word keeps separators and notes of
// deleted text in the part.
func docxNotes(bs blocks, raw []byte, part string, styles docxStyles, num *docxNumbering, lim limits, refs map[string]int) (blocks, error) {
	r := &docxReader{styles: styles, num: num}
	err := r.read(raw, part, lim, func(key string, notes blocks) {
		at, ok := refs[key]
		if !ok {
			return
		}
		at = min(at, len(bs)-1)
		for _, b := range notes {
			b.noteOf = at + 1
			bs = append(bs, b)
		}
	})
	return bs, err
}

// unpacker reads parts of a zip archive within the limits.
type unpacker struct {
	files map[string]*zip.File
	lim   limits
	left  int64 // bytes still allowed
}

// part returns the unpacked bytes of the named part, or nil when the
// archive has none.
func (u *unpacker) part(name string) ([]byte, error) {
	f := u.files[name]
	if f == nil {
		return nil, nil
	}
	if f.UncompressedSize64 > uint64(u.lim.maxPart) || f.UncompressedSize64 > uint64(u.left) {
		return nil, fmt.Errorf("%w: %s is %d MB unpacked", ErrUnpackLimit, name, f.UncompressedSize64>>20)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrBroken, name, err)
	}
	defer rc.Close()
	// The sizes in the archive may lie: read one byte past the limit.
	max := min(u.lim.maxPart, u.left)
	b, err := io.ReadAll(io.LimitReader(rc, max+1))
	if errors.Is(err, zip.ErrFormat) {
		// archive/zip stops a part at the size the archive gives it.
		return nil, fmt.Errorf("%w: %s unpacks to more than the archive says", ErrUnpackLimit, name)
	}
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrBroken, name, err)
	}
	if int64(len(b)) > max {
		return nil, fmt.Errorf("%w: %s unpacks to more than %d MB", ErrUnpackLimit, name, max>>20)
	}
	u.left -= int64(len(b))
	return b, nil
}

// docxStyle is what a paragraph style says of its paragraphs.
type docxStyle struct {
	level    int // heading level, 0 for none
	list     bool
	numID    string // the w:numId of its w:numPr, "" for none
	ilvl     int    // the w:ilvl of its w:numPr, -1 for none
	toc      bool   // a table of contents' title or entry ("TOC Heading", "toc 1", "Contents 1")
	caption  bool   // Word's and LibreOffice's "Caption" style, or a style based on it
	subtitle bool   // Word's "Subtitle" style, or a style based on it: the title's second line
	code     bool   // a style of code: a character style (codeCharStyles) or a paragraph style (codeParaStyles)
	// bold, mono and size are what its run properties (w:rPr) set, or
	// what it inherits where they set nothing: bold (w:b), a monospaced
	// font (w:rFonts, see monoFont), and the size in half-points (w:sz,
	// 0 where none is set).
	bold, mono onOff
	size       int
	basedOn    string
	resolved   bool
}

// onOff is a run property that a run or a style sets on or off, or
// leaves unset, so that it is inherited.
type onOff uint8

const (
	unset onOff = iota
	setOff
	setOn
)

// or returns v, or base where v is unset.
func (v onOff) or(base onOff) onOff {
	if v == unset {
		return base
	}
	return v
}

// onOffOf returns the property an element of Office Open XML sets (w:b
// with its w:val), unset when there is none.
func onOffOf(e *xmlVal) onOff {
	switch {
	case e == nil:
		return unset
	case toggleOn(e.Val):
		return setOn
	}
	return setOff
}

// docxBodyText is what the styles say of the body text: its size in
// half-points, whether its font is monospaced, and the ID of the
// default paragraph style ("Normal"), which a paragraph with no style
// of its own is in.
type docxBodyText struct {
	size   int
	mono   bool
	normal string
}

// monoNames are the words (in lowercase) that name a monospaced font,
// one a typist sets code in: Consolas, Courier New, Lucida Console and
// Lucida Sans Typewriter, Menlo, Monaco, Inconsolata, Fixedsys. A font
// named with a word ending in "mono" or "monospace(d)" (Liberation
// Mono, DejaVu Sans Mono, FreeMono, but not Monotype Corsiva) or with
// the word "code" (Source Code Pro, Fira Code, Cascadia Code) is one
// too (see monoFont).
var monoNames = map[string]bool{
	"consolas": true, "courier": true, "console": true, "typewriter": true,
	"menlo": true, "monaco": true, "inconsolata": true, "fixedsys": true, "code": true,
}

// monoFont reports whether a font's name is that of a monospaced font
// (monoNames).
func monoFont(name string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(name), func(r rune) bool { return r == ' ' || r == '-' || r == '_' }) {
		if monoNames[w] || strings.HasSuffix(w, "mono") || strings.HasSuffix(w, "monospace") || strings.HasSuffix(w, "monospaced") {
			return true
		}
	}
	return false
}

// xmlFonts is a w:rFonts element: the font of ASCII text, by name or
// by the theme's.
type xmlFonts struct {
	ASCII      string `xml:"ascii,attr"`
	ASCIITheme string `xml:"asciiTheme,attr"`
}

// mono returns whether fonts sets a monospaced font for ASCII text
// (monoFont), unset where it names none: a font of the theme (the
// heading or body font a template picks) is none.
func (f *xmlFonts) mono() onOff {
	switch {
	case f == nil:
		return unset
	case f.ASCII != "":
		return onOffBool(monoFont(f.ASCII))
	case f.ASCIITheme != "":
		return setOff
	}
	return unset
}

// onOffBool returns setOn for true, setOff for false.
func onOffBool(b bool) onOff {
	if b {
		return setOn
	}
	return setOff
}

// docxStyles maps style IDs to styles.
type docxStyles map[string]*docxStyle

// codeCharStyles are the names (in lowercase) of the character styles
// word processors give code: LibreOffice's "Source Text" (what an HTML
// page's <code> becomes) and Word's HTML styles for <code>, <kbd>, <tt>
// and <samp>.
var codeCharStyles = map[string]bool{
	"source text": true, "html code": true, "html keyboard": true,
	"html typewriter": true, "html sample": true,
}

// codeParaStyles are the names (in lowercase) of the paragraph styles
// word processors and converters give code, one line a paragraph:
// LibreOffice's "Preformatted Text" (what an HTML page's <pre> becomes),
// Word's "HTML Preformatted" (likewise) and "Macro Text", pandoc's
// "Source Code", and the "Code" of many templates. A style based on one
// of them (LibreOffice's "Preformatted Text.programlisting", a DocBook
// page's listing) is one too.
var codeParaStyles = map[string]bool{
	"preformatted text": true, "html preformatted": true, "macro text": true,
	"source code": true, "code": true,
}

// defaultTextSize is the size of text, in half-points, where neither
// the runs nor the styles set one: ECMA-376 (w:sz) leaves it
// to the application, and Word's is 10 points.
const defaultTextSize = 20

// readStyles reads the paragraph and character styles of
// word/styles.xml, and what they say of the body text: its size in
// half-points, that of the default paragraph style ("Normal"), else of
// the document's defaults (w:docDefaults), else defaultTextSize; and
// whether its font, the default paragraph style's or else the
// defaults', is monospaced.
func readStyles(raw []byte) (docxStyles, docxBodyText) {
	type sized struct {
		Sz    *xmlVal   `xml:"sz"`
		B     *xmlVal   `xml:"b"`
		Fonts *xmlFonts `xml:"rFonts"`
	}
	var doc struct {
		Defaults struct {
			RPr sized `xml:"rPrDefault>rPr"`
		} `xml:"docDefaults"`
		Styles []struct {
			Type    string `xml:"type,attr"`
			ID      string `xml:"styleId,attr"`
			Default string `xml:"default,attr"`
			RPr     sized  `xml:"rPr"`
			Name    struct {
				Val string `xml:"val,attr"`
			} `xml:"name"`
			BasedOn struct {
				Val string `xml:"val,attr"`
			} `xml:"basedOn"`
			PPr struct {
				Outline *struct {
					Val string `xml:"val,attr"`
				} `xml:"outlineLvl"`
				NumPr *struct {
					NumID *xmlVal `xml:"numId"`
					Ilvl  *xmlVal `xml:"ilvl"`
				} `xml:"numPr"`
			} `xml:"pPr"`
		} `xml:"style"`
	}
	out, body := docxStyles{}, docxBodyText{size: defaultTextSize}
	if err := xml.Unmarshal(raw, &doc); err != nil {
		return out, body
	}
	size := func(sz *xmlVal) int {
		if sz != nil {
			if n, err := strconv.Atoi(sz.Val); err == nil && n > 0 {
				return n
			}
		}
		return 0
	}
	body.size = cmp.Or(size(doc.Defaults.RPr.Sz), body.size)
	for _, s := range doc.Styles {
		if s.Type == "paragraph" && toggleOn(s.Default) && s.Default != "" {
			body.normal = s.ID
		}
		runs := docxStyle{bold: onOffOf(s.RPr.B), mono: s.RPr.Fonts.mono(), size: size(s.RPr.Sz), basedOn: s.BasedOn.Val, ilvl: -1}
		if s.Type == "character" {
			st := runs
			st.code = codeCharStyles[strings.ToLower(s.Name.Val)]
			out[s.ID] = &st
			continue
		}
		if s.Type != "" && s.Type != "paragraph" {
			continue
		}
		st := &runs
		st.list = s.PPr.NumPr != nil
		if np := s.PPr.NumPr; np != nil {
			if np.NumID != nil {
				st.numID = np.NumID.Val
			}
			if np.Ilvl != nil {
				if n, ok := levelIndex(np.Ilvl.Val); ok {
					st.ilvl = n
				}
			}
		}
		name := strings.ToLower(s.Name.Val)
		switch {
		case s.PPr.Outline != nil:
			if n, err := strconv.Atoi(s.PPr.Outline.Val); err == nil && n >= 0 && n < 9 {
				st.level = n + 2 // outline level 0 is "heading 1"; the title is above it
			}
		case name == "title":
			st.level = 1
		case strings.HasPrefix(name, "heading "):
			if n, err := strconv.Atoi(strings.TrimPrefix(name, "heading ")); err == nil && n > 0 && n < 10 {
				st.level = n + 1
			}
		}
		if name == "title" {
			st.level = 1
		}
		if isTOCStyle(name) {
			st.toc, st.level = true, 0
		}
		st.caption = name == "caption" && st.level == 0
		st.subtitle = name == "subtitle" && st.level == 0
		st.code = codeParaStyles[name]
		out[s.ID] = st
	}
	normal := out.style(body.normal)
	body.size = cmp.Or(normal.size, body.size)
	body.mono = normal.mono.or(doc.Defaults.RPr.Fonts.mono()) == setOn
	return out, body
}

// toggleOn reads an on/off value of Office Open XML (ST_OnOff): an
// element such as w:b with no w:val, or "1", "true" or "on", is on.
func toggleOn(v string) bool {
	return v != "0" && v != "false" && v != "off"
}

// isTOCStyle reports whether a paragraph style's name (in lowercase) is
// that of a table of contents' title or entries: Word's "TOC Heading" and
// "toc 1" to "toc 9", LibreOffice's "Contents Heading" and "Contents 1".
func isTOCStyle(name string) bool {
	for _, p := range []string{"toc", "contents"} {
		if rest, ok := strings.CutPrefix(name, p+" "); ok {
			if rest == "heading" {
				return true
			}
			if n, err := strconv.Atoi(rest); err == nil && n > 0 && n < 10 {
				return true
			}
		}
	}
	return false
}

// style returns the style of a paragraph, with what it inherits.
func (ss docxStyles) style(id string) docxStyle {
	s := ss[id]
	if s == nil {
		return docxStyle{}
	}
	if !s.resolved {
		s.resolved = true
		// One walk up the chain: the paragraph's properties as far as
		// they are unset, and what its runs are set in, as far up as it
		// is set.
		base, seen := s.basedOn, map[string]bool{id: true}
		for base != "" && !seen[base] {
			seen[base] = true
			b := ss[base]
			if b == nil {
				break
			}
			if s.level == 0 || !s.list {
				if s.level == 0 {
					s.level = b.level
				}
				s.list = s.list || b.list
				s.toc = s.toc || b.toc
				s.caption = s.caption || b.caption && s.level == 0
				s.subtitle = s.subtitle || b.subtitle && s.level == 0
				s.code = s.code || b.code
			}
			if s.numID == "" {
				s.numID = b.numID
			}
			if s.ilvl < 0 {
				s.ilvl = b.ilvl
			}
			s.bold, s.mono, s.size = s.bold.or(b.bold), s.mono.or(b.mono), cmp.Or(s.size, b.size)
			base = b.basedOn
		}
	}
	return *s
}

// readCore reads the title, creator and creation date of
// docProps/core.xml. A title that names a file (wordTitle) is none.
func readCore(raw []byte) metadata {
	var core struct {
		Title   string `xml:"title"`
		Creator string `xml:"creator"`
		Created string `xml:"created"`
	}
	if err := xml.Unmarshal(raw, &core); err != nil {
		return metadata{}
	}
	return metadata{
		title:     metaValue{wordTitle(normSpace(core.Title)), FromWordProps},
		publisher: metaValue{normSpace(core.Creator), FromWordProps},
		date:      metaValue{shortDate(normSpace(core.Created)), FromWordProps},
	}
}

// wordTitle returns the title of a Word file's properties, or "" when it
// ends in the name of a file (fileTitleRE: "Chief Technology Officer
// (CTO) SCS applicant pack v2.docx"), as Word writes the name a file
// was saved as when its author typed no title: a file's name is no
// title, and the text gives one (its first heading, or the paragraph in
// the Title style).
func wordTitle(t string) string {
	if fileTitleRE.MatchString(strings.ToLower(t)) {
		return ""
	}
	return t
}

// maxXMLDepth bounds the nesting of elements in document.xml.
const maxXMLDepth = 256

// docxPara is a paragraph being read.
type docxPara struct {
	text     strings.Builder
	style    string
	numbered bool
	// numID and ilvl are the paragraph's own w:numPr: "" and -1 where
	// it gives none.
	numID   string
	ilvl    int
	outline int
	// toc is set when the paragraph is part of a table of contents: in
	// a TOC field's result, a table-of-contents content control, or of
	// a contents style.
	toc bool
	// notes are the footnotes and endnotes the paragraph refers to, as
	// "footnote:ID" and "endnote:ID", and the note marks typed in its
	// text, as "mark:N" (a superscript "[3]" of Google Docs' export, its
	// note typed in a list: notesTyped).
	notes []string
	// linked is set when some of the paragraph's text is a link to a
	// place in the document (a w:hyperlink with a w:anchor, a HYPERLINK
	// field with a \l location); plain holds its text outside such links.
	linked bool
	plain  strings.Builder
	// anyLink is set when some of its text is a link of any kind;
	// unlinked holds its text outside links.
	anyLink  bool
	unlinked strings.Builder
	// the run being read: its text, and whether it is set as a
	// superscript or follows a custom footnote mark, which is not text.
	run                    strings.Builder
	inRun, sup, customMark bool
	// runCode is set when the run being read is in a character style of
	// code. codeRuns and otherRuns count the paragraph's runs of text in
	// and out of such a style; lastAt is where in text the last run of
	// text starts, lastCode whether it is code (see buttonLabel).
	runCode             bool
	codeRuns, otherRuns int
	lastAt              int
	lastCode            bool
	// inPPr is set while the paragraph's own properties (w:pPr) are
	// read, centred when they centre it (w:jc). runStyle is the
	// character style (w:rStyle) of the run being read, runBold, runMono
	// and runSize the bold (w:b), monospaced font (w:rFonts) and size
	// (w:sz, in half-points, 0 for none) it sets itself; boldRuns,
	// largeRuns and monoRuns count the paragraph's runs of text set in
	// bold, larger than the body text (see directHeading) and in a
	// monospaced font (see monoCode), by the run, its character style or
	// the paragraph's style.
	inPPr, centred                bool
	runStyle                      string
	runBold, runMono              onOff
	runSize                       int
	boldRuns, largeRuns, monoRuns int
	// bodyAt is where in text the first run of text in the body's size
	// starts that follows a line break after a run larger than the body
	// (a prompt set as a heading, its answer under the break: see
	// markBodyRun and endPara), or 0; largeAfter counts the larger runs after it.
	// ownBodyRuns counts the runs of text that set the body's size, or
	// a smaller one, themselves (w:sz; see bodyInHeading).
	bodyAt, largeAfter, ownBodyRuns int
}

// docxField is a complex field (w:fldChar begin … separate … end) being
// read: its instruction, and whether its result is being read.
type docxField struct {
	instr  strings.Builder
	result bool
}

// docxReader reads the XML of word/document.xml, or of the footnotes and
// endnotes parts, into blocks.
type docxReader struct {
	styles docxStyles
	num    *docxNumbering
	// body is what the styles say of the body text, its size 0 where
	// headings made by direct formatting are not looked for (in notes);
	// top is the highest level (from 2, under the title) a heading of the
	// text had so far, 0 before the first, and styled the level of the
	// last heading set by its style or outline level (see
	// directHeading).
	body        docxBodyText
	top, styled int
	out         blocks
	// paras is a stack: a text box (w:txbxContent) holds paragraphs of
	// its own inside the paragraph that anchors it.
	paras []*docxPara
	// tables is a stack, for tables in cells; boxTables holds, for each
	// text box being read, how many tables were open when it began, so
	// that its paragraphs are not read as the cell around it.
	tables    []*docxTable
	boxTables []int
	fields    []*docxField
	// tocBoxes counts the open content controls (w:sdt) that are a
	// table of contents; sdts stacks, for each open one, whether it is.
	sdts     []bool
	tocBoxes int
	// links stacks, for each open w:hyperlink, whether it links to a
	// place in the document.
	links []bool
	// linkOnly holds the indexes in out of the paragraphs made of links
	// alone, in order (dropLinkLists).
	linkOnly        []int
	inText, inInstr bool
	// refs maps "footnote:ID", "endnote:ID" and "mark:N" to the index
	// of the block that refers to the note.
	refs map[string]int
	// numbers holds the numbers of the numbered list items of the text
	// ("3" of "3."), by their index in out (notesTyped).
	numbers map[int]string
	// breakAt is the index in out of the first block after the last
	// hard page break read (w:br of type page, w:pageBreakBefore), 0
	// before any (notesAndBackMatter).
	breakAt int
}

// docxBlocks reads the paragraphs and tables of word/document.xml, their
// numbers counted in num (nil when the file has no numbering), its body
// text body half-points large (see directHeading). refs,
// when not nil, is filled with the block each footnote and endnote is
// referred to from.
func docxBlocks(raw []byte, styles docxStyles, body docxBodyText, num *docxNumbering, lim limits, refs map[string]int) (blocks, error) {
	r := &docxReader{styles: styles, body: body, num: num, refs: refs, numbers: map[int]string{}}
	if err := r.read(raw, "word/document.xml", lim, nil); err != nil {
		return nil, err
	}
	r.dropLinkLists()
	r.notesAndBackMatter()
	return r.out, nil
}

// notesAndBackMatter makes footnotes of the notes typed at the end of the
// text (notesTyped), and marks as back matter (block.backMatter) the
// blocks after the text's last hard page break when they follow such
// notes and no heading stands among them: a back cover's text (the AI
// SBOM guide's "This guide is one of many documents …" after its
// footnotes), which the last section does not hold. The notes close the
// text: a page break within the last section (eMERGE's user guide, its
// last paragraphs on a page of their own) keeps what follows in it.
func (r *docxReader) notesAndBackMatter() {
	at := r.breakAt
	back := at > 0 && at < len(r.out) &&
		!slices.ContainsFunc(r.out[at:], func(b block) bool { return b.kind == KindHeading }) &&
		r.notesTyped(at)
	if !back {
		r.notesTyped(len(r.out))
		return
	}
	for i := at; i < len(r.out); i++ {
		r.out[i].backMatter = true
	}
}

// notesTyped makes footnotes of a numbered list typed as the text's
// notes: the list that ends right before block end, numbered 1, 2, 3 …,
// each number a note mark typed in the text above it (the AI SBOM
// guide's superscript "[3]" marks over its "Footnotes" list). Each item
// then refers back to the block holding its mark and takes its section,
// as a footnote of the notes part does. It reports whether it made any.
func (r *docxReader) notesTyped(end int) bool {
	listed := map[int]listedNote{}
	for i, n := range r.numbers {
		if at, ok := r.refs["mark:"+n]; ok && i < len(r.out) {
			listed[i] = listedNote{number: n, at: at}
		}
	}
	return notesListedBefore(r.out, listed, end)
}

// read decodes one XML part. When note is not nil, each w:footnote or
// w:endnote element's blocks are handed to it with the note's key.
func (r *docxReader) read(raw []byte, part string, lim limits, note func(key string, bs blocks)) error {
	var (
		d     = xml.NewDecoder(bytes.NewReader(raw))
		depth int
		skip  int // depth at which a skipped element opened, 0 when none
		key   string
		from  int // the first block of the note being read
	)
	deadline := lim.now().Add(lim.maxTime)
	for n := 0; ; n++ {
		if n&1023 == 0 && lim.now().After(deadline) {
			return fmt.Errorf("%w (over %s)", ErrTooSlow, lim.maxTime)
		}
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return fmt.Errorf("%w: %s: %w", ErrBroken, part, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			if depth > maxXMLDepth {
				return fmt.Errorf("%w: %s nests deeper than %d elements", ErrBroken, part, maxXMLDepth)
			}
			if skip > 0 {
				continue
			}
			switch t.Name.Local {
			case "footnote", "endnote":
				if note != nil {
					key, from = t.Name.Local+":"+attrVal(t, "id"), len(r.out)
					if typ := attrVal(t, "type"); typ != "" && typ != "normal" {
						skip = depth // a separator line, not a note
					}
				}
			case "del", "delText", "Fallback", "commentReference", "pPrChange", "rPrChange":
				skip = depth
			case "footnoteReference", "endnoteReference":
				if p := r.para(); p != nil {
					kind := strings.TrimSuffix(t.Name.Local, "Reference")
					p.notes = append(p.notes, kind+":"+attrVal(t, "id"))
				}
				if v := attrVal(t, "customMarkFollows"); v == "1" || v == "true" || v == "on" {
					if p := r.para(); p != nil {
						p.customMark = true
					}
				}
				skip = depth
			default:
				r.start(t)
			}
		case xml.EndElement:
			if skip > 0 {
				if depth == skip {
					skip = 0
				}
				depth--
				continue
			}
			depth--
			switch t.Name.Local {
			case "footnote", "endnote":
				if note != nil && key != "" {
					note(key, r.out[from:])
					r.out, key = r.out[:from], ""
				}
			default:
				r.end(t)
			}
		case xml.CharData:
			switch {
			case r.inInstr:
				if k := len(r.fields); k > 0 {
					r.fields[k-1].instr.Write(t)
				}
			case r.inText:
				r.write(t, t)
			}
		}
	}
	return nil
}

// para returns the paragraph being read, or nil.
// write adds text to the paragraph being read: inRun to its run's text,
// which endRun checks before it joins the paragraph's, else outside to
// the paragraph's own; nothing outside a paragraph.
func (r *docxReader) write(inRun, outside []byte) {
	if p := r.para(); p != nil && p.inRun {
		p.run.Write(inRun)
	} else if p != nil {
		p.text.Write(outside)
	}
}

// The text write adds for a tab, a space, a line break (a space but in
// a paragraph of code, see endPara) and a non-breaking hyphen.
var tabText, spaceText, breakText, hyphenText = []byte("\t"), []byte(" "), []byte("\n"), []byte("-")

func (r *docxReader) para() *docxPara {
	if k := len(r.paras); k > 0 {
		return r.paras[k-1]
	}
	return nil
}

// inTOC reports whether the text being read is part of a table of
// contents: a TOC field's result or a table-of-contents content control.
func (r *docxReader) inTOC() bool {
	return r.tocBoxes > 0 || r.inFieldResult(isTOCField)
}

// inLocalLink reports whether the text being read is a link to a place in
// the document: in a w:hyperlink with a w:anchor, or the result of a
// HYPERLINK field with a \l location (as LibreOffice saves an HTML page's
// links to its own sections).
func (r *docxReader) inLocalLink() bool {
	return slices.Contains(r.links, true) || r.inFieldResult(isLocalLinkField)
}

// inAnyLink reports whether the text being read is a link: in a
// w:hyperlink, or the result of a HYPERLINK field.
func (r *docxReader) inAnyLink() bool {
	return len(r.links) > 0 || r.inFieldResult(isLinkField)
}

// inFieldResult reports whether the text being read is the result of a
// field whose instruction "is" accepts.
func (r *docxReader) inFieldResult(is func(instr string) bool) bool {
	for _, f := range r.fields {
		if f.result && is(f.instr.String()) {
			return true
		}
	}
	return false
}

// isLinkField reports whether a field instruction is a HYPERLINK.
func isLinkField(instr string) bool {
	f := strings.Fields(instr)
	return len(f) > 0 && strings.EqualFold(f[0], "HYPERLINK")
}

// isLocalLinkField reports whether a field instruction is a HYPERLINK to
// a location (its \l switch).
func isLocalLinkField(instr string) bool {
	return isLinkField(instr) && slices.Contains(strings.Fields(instr)[1:], `\l`)
}

// isPermalinkMark reports whether a link's text is only the sign a web
// page sets after a heading for a link to it ("#", "¶", "§"), which an
// HTML page saved as Word keeps as a link to a place in the document.
func isPermalinkMark(s string) bool {
	switch strings.TrimSpace(s) {
	case "#", "¶", "§", "🔗":
		return true
	}
	return false
}

// minLinkList is the fewest paragraphs made of links alone, one after
// another, that are read as a list of links (dropLinkLists): a web page's
// navigation, each of a site's pages a line, as LibreOffice saves it as
// Word; a link or two on lines of their own are text.
const minLinkList = 6

// noteLinkOnly notes the block just added for p when p's text is links
// alone.
func (r *docxReader) noteLinkOnly(p *docxPara) {
	if p.anyLink && strings.TrimSpace(p.unlinked.String()) == "" && len(r.out) > 0 {
		r.linkOnly = append(r.linkOnly, len(r.out)-1)
	}
}

// dropLinkLists leaves out of r.out each run of at least minLinkList
// blocks in a row that are paragraphs of links alone (a site's
// navigation), and moves the footnote references of refs to the blocks'
// new places.
func (r *docxReader) dropLinkLists() {
	drop := make(map[int]bool)
	for i := 0; i < len(r.linkOnly); {
		j := i + 1
		for j < len(r.linkOnly) && r.linkOnly[j] == r.linkOnly[j-1]+1 {
			j++
		}
		if j-i >= minLinkList {
			for _, k := range r.linkOnly[i:j] {
				drop[k] = true
			}
		}
		i = j
	}
	if len(drop) == 0 {
		return
	}
	moved := make([]int, len(r.out)+1)
	kept := r.out[:0]
	for i, b := range r.out {
		moved[i] = len(kept)
		if !drop[i] {
			kept = append(kept, b)
		}
	}
	moved[len(r.out)] = len(kept)
	for k, i := range r.refs {
		r.refs[k] = moved[i]
	}
	numbers := make(map[int]string, len(r.numbers))
	for i, n := range r.numbers {
		if !drop[i] {
			numbers[moved[i]] = n
		}
	}
	r.numbers, r.breakAt = numbers, moved[r.breakAt]
	r.out = kept
}

// isContentsEntry reports whether a paragraph is an entry of a table of
// contents made of links: some of its text links to a place in the
// document, and the rest is at most section numbers ("1.1. " before the
// link), as an HTML page's contents list saved as Word reads.
func (p *docxPara) isContentsEntry() bool {
	return p.linked && strings.Trim(p.plain.String(), " \t\n\u00a00123456789.") == ""
}

// isTOCField reports whether a field instruction makes a table of
// contents (TOC), or a page reference, which only a table of contents
// holds among the paragraphs.
func isTOCField(instr string) bool {
	f := strings.Fields(instr)
	return len(f) > 0 && strings.EqualFold(f[0], "TOC")
}

// start handles an element's start tag.
func (r *docxReader) start(t xml.StartElement) {
	switch t.Name.Local {
	case "p":
		r.paras = append(r.paras, &docxPara{outline: -1, ilvl: -1, toc: r.inTOC()})
	case "pStyle":
		if p := r.para(); p != nil {
			p.style = attrVal(t, "val")
		}
	case "pPr":
		if p := r.para(); p != nil && !p.inRun {
			p.inPPr = true
		}
	case "jc":
		if p := r.para(); p != nil && p.inPPr {
			p.centred = attrVal(t, "val") == "center"
		}
	case "b":
		if p := r.para(); p != nil && p.inRun {
			p.runBold = onOffBool(toggleOn(attrVal(t, "val")))
		}
	case "rFonts":
		if p := r.para(); p != nil && p.inRun {
			p.runMono = (&xmlFonts{ASCII: attrVal(t, "ascii"), ASCIITheme: attrVal(t, "asciiTheme")}).mono()
		}
	case "sz":
		if p := r.para(); p != nil && p.inRun {
			p.runSize, _ = strconv.Atoi(attrVal(t, "val"))
		}
	case "pageBreakBefore":
		if p := r.para(); p != nil && p.inPPr && toggleOn(attrVal(t, "val")) {
			r.breakAt = len(r.out)
		}
	case "numPr":
		if p := r.para(); p != nil {
			p.numbered = true
		}
	case "numId":
		if p := r.para(); p != nil {
			p.numID = attrVal(t, "val")
		}
	case "ilvl":
		if p := r.para(); p != nil {
			if n, ok := levelIndex(attrVal(t, "val")); ok {
				p.ilvl = n
			}
		}
	case "outlineLvl":
		if p := r.para(); p != nil {
			if n, err := strconv.Atoi(attrVal(t, "val")); err == nil && n >= 0 && n < 9 {
				p.outline = n
			}
		}
	case "r":
		if p := r.para(); p != nil {
			p.inRun, p.sup, p.customMark, p.runCode = true, false, false, false
			p.runBold, p.runMono, p.runSize, p.runStyle = unset, unset, 0, ""
			p.run.Reset()
		}
	case "rStyle":
		if p := r.para(); p != nil && p.inRun {
			p.runStyle = attrVal(t, "val")
			p.runCode = r.styles.style(p.runStyle).code
		}
	case "vertAlign":
		if p := r.para(); p != nil && p.inRun && attrVal(t, "val") == "superscript" {
			p.sup = true
		}
	case "t":
		r.inText = true
	case "instrText":
		r.inInstr = true
	case "fldChar":
		switch attrVal(t, "fldCharType") {
		case "begin":
			r.fields = append(r.fields, &docxField{})
		case "separate":
			if k := len(r.fields); k > 0 {
				r.fields[k-1].result = true
				if p := r.para(); p != nil && r.inTOC() {
					p.toc = true
				}
			}
		case "end":
			if k := len(r.fields); k > 0 {
				r.fields = r.fields[:k-1]
			}
		}
	case "fldSimple":
		f := &docxField{result: true}
		f.instr.WriteString(attrVal(t, "instr"))
		r.fields = append(r.fields, f)
	case "sdt":
		r.sdts = append(r.sdts, false)
	case "docPartGallery":
		if k := len(r.sdts); k > 0 && !r.sdts[k-1] && strings.Contains(strings.ToLower(attrVal(t, "val")), "table of contents") {
			r.sdts[k-1] = true
			r.tocBoxes++
		}
	case "txbxContent":
		r.boxTables = append(r.boxTables, len(r.tables))
	case "hyperlink":
		r.links = append(r.links, attrVal(t, "anchor") != "")
	case "tab":
		// A tab in a run is kept until the paragraph ends, where it may
		// part a label from its value (tabCells); a tab stop of the
		// paragraph's properties is no text.
		r.write(tabText, spaceText)
	case "br", "cr":
		if attrVal(t, "type") == "page" {
			r.breakAt = len(r.out)
			break
		}
		r.write(breakText, breakText)
	case "noBreakHyphen":
		// A hyphen that does not break the line ("0300-555-0192",
		// "2025-26"), an element of its own rather than a character of
		// w:t. (A soft hyphen, w:softHyphen, shows only where the line
		// breaks, and is left out.)
		r.write(hyphenText, hyphenText)
	case "tbl":
		r.tables = append(r.tables, &docxTable{})
	case "tr":
		if tb := r.table(); tb != nil {
			tb.header = false
		}
	case "tblHeader":
		// An on/off property: Google Docs writes w:val="0" on every row
		// it does not repeat as a header.
		if tb := r.table(); tb != nil {
			tb.header = toggleOn(attrVal(t, "val"))
		}
	case "tc":
		if tb := r.table(); tb != nil {
			tb.cell.Reset()
			tb.span, tb.merge = 1, false
		}
	case "gridSpan":
		if tb := r.table(); tb != nil {
			if n, err := strconv.Atoi(attrVal(t, "val")); err == nil && n > 1 && n <= maxGridSpan {
				tb.span = n
			}
		}
	case "vMerge":
		if tb := r.table(); tb != nil {
			// <w:vMerge/> and w:val="continue" go on with the cell
			// above; w:val="restart" starts a merged cell.
			tb.merge = attrVal(t, "val") != "restart"
		}
	}
}

// maxGridSpan bounds the columns one Word table cell may span.
const maxGridSpan = 64

// table returns the innermost table being read outside any text box
// opened within it, or nil.
func (r *docxReader) table() *docxTable {
	base := 0
	if k := len(r.boxTables); k > 0 {
		base = r.boxTables[k-1]
	}
	if k := len(r.tables); k > base {
		return r.tables[k-1]
	}
	return nil
}

// end handles an element's end tag.
func (r *docxReader) end(t xml.EndElement) {
	switch t.Name.Local {
	case "t":
		r.inText = false
	case "instrText":
		r.inInstr = false
	case "pPr":
		if p := r.para(); p != nil {
			p.inPPr = false
		}
	case "r":
		p := r.para()
		if p == nil || !p.inRun {
			break
		}
		p.inRun = false
		text := p.run.String()
		if p.customMark {
			break // a footnote's own mark, not a word
		}
		if p.sup && isNoteMark(text) {
			before := p.text.String()
			switch {
			case endsWithUnit(before):
				// m², cm³: an area or a volume, read as before.
			case before != "" && before[len(before)-1] >= '0' && before[len(before)-1] <= '9':
				text = "^" + text // 10⁶, as a PDF's exponent reads
			default:
				if n := strings.Trim(strings.TrimSpace(text), "[]"); n[0] >= '0' && n[0] <= '9' {
					p.notes = append(p.notes, "mark:"+n)
				}
				text = "" // a footnote's mark, not a word
			}
		}
		if r.inLocalLink() && isPermalinkMark(text) {
			break // a link to the heading itself ("Path#"), no word of it
		}
		if strings.TrimSpace(text) != "" {
			p.lastAt, p.lastCode = p.text.Len(), p.runCode
			if p.runCode {
				p.codeRuns++
			} else {
				p.otherRuns++
			}
			// A run's own property, else its character style's, else
			// its paragraph style's.
			cs, ps := r.styles.style(p.runStyle), r.styles.style(cmp.Or(p.style, r.body.normal))
			if p.runBold.or(cs.bold).or(ps.bold) == setOn {
				p.boldRuns++
			}
			if p.runMono.or(cs.mono).or(ps.mono) == setOn {
				p.monoRuns++
			}
			large := float64(cmp.Or(p.runSize, cs.size, ps.size)) > float64(r.body.size)*headingRatio
			r.markBodyRun(p, large)
			if large {
				p.largeRuns++
			}
			if r.inAnyLink() {
				p.anyLink = true
			} else {
				p.unlinked.WriteString(text)
			}
			if r.inLocalLink() {
				p.linked = true
			} else {
				p.plain.WriteString(text)
			}
		}
		p.text.WriteString(text)
	case "hyperlink":
		if k := len(r.links); k > 0 {
			r.links = r.links[:k-1]
		}
	case "fldSimple":
		if k := len(r.fields); k > 0 {
			r.fields = r.fields[:k-1]
		}
	case "sdt":
		if k := len(r.sdts); k > 0 {
			if r.sdts[k-1] {
				r.tocBoxes--
			}
			r.sdts = r.sdts[:k-1]
		}
	case "txbxContent":
		if k := len(r.boxTables); k > 0 {
			r.boxTables = r.boxTables[:k-1]
		}
	case "p":
		k := len(r.paras)
		if k == 0 {
			break
		}
		p := r.paras[k-1]
		r.paras = r.paras[:k-1]
		r.endPara(p)
	case "tc":
		if tb := r.table(); tb != nil {
			tb.endCell()
		}
	case "tr":
		if tb := r.table(); tb != nil {
			tb.endRow(&r.out)
		}
	case "tbl":
		if k := len(r.tables); k > 0 {
			r.tables[k-1].flush(&r.out)
			r.tables = r.tables[:k-1]
		}
	}
}

// endPara files a paragraph that has been read: as a block, or as part
// of the table cell it is in. A paragraph of a table of contents is left
// out, and so is a "Contents" heading just above it.
func (r *docxReader) endPara(p *docxPara) {
	st := r.styles.style(p.style)
	if p.toc || st.toc || p.isContentsEntry() {
		// A "Contents" heading set in an ordinary heading style goes
		// with the table of contents under it.
		if k := len(r.out) - 1; k >= 0 && r.out[k].kind == KindHeading && contentsRE.MatchString(r.out[k].text) {
			r.out = r.out[:k]
		}
		return
	}
	raw := p.text.String()
	if p.buttonLabel() {
		raw = raw[:p.lastAt]
	}
	text := normSpace(raw)
	// The paragraph's number: its own w:numPr, what it leaves out taken
	// from its style's.
	numID, ilvl := p.numID, p.ilvl
	if numID == "" {
		numID = st.numID
		if ilvl < 0 {
			ilvl = st.ilvl
		}
	} else if ilvl < 0 {
		ilvl = 0
	}
	number := r.num.next(numID, ilvl, p.style)
	if r.refs != nil {
		for _, n := range p.notes {
			r.refs[n] = len(r.out)
		}
	}
	if tb := r.table(); tb != nil {
		kind := KindParagraph
		switch {
		case st.code || r.monoCode(p, st):
			kind = KindCode
		case p.numbered || st.list:
			kind = KindItem
		}
		tb.addLines(raw, kind == KindCode)
		if text != "" {
			tb.paras = append(tb.paras, block{text: text, kind: kind})
		}
		return
	}
	level := st.level
	if p.outline >= 0 {
		level = p.outline + 2
	}
	switch {
	case level > 0 && (r.bodyInHeading(p, st, text) || capsStatement(text)):
		r.out.add(text, KindParagraph)
		r.out.markStatement()
		r.noteLinkOnly(p)
	case level > 0 && p.bodyAt > 0 && p.largeAfter == 0 && p.bodyAt <= len(raw):
		// A prompt set as a heading and its answer under a line break
		// in the body's size: the heading is the prompt alone.
		r.out.addHeading(number+normSpace(raw[:p.bodyAt]), level)
		r.out.add(normSpace(raw[p.bodyAt:]), KindParagraph)
		if level > 1 && (r.top == 0 || level < r.top) {
			r.top = level
		}
		r.styled = level
	case level > 0:
		if text != "" {
			text = number + text // "2.1 Scope", as a typed number reads
		}
		if level == 1 && r.out.extendTitle(text) {
			return
		}
		r.out.addHeading(text, level)
		if level > 1 && (r.top == 0 || level < r.top) {
			r.top = level
		}
		r.styled = level
	case st.code || r.monoCode(p, st):
		// A line of code, or lines a line break parts.
		for l := range strings.SplitSeq(raw, string(breakText)) {
			r.out.add(l, KindCode)
		}
	case p.numbered || st.list:
		n := len(r.out)
		r.out.add(text, KindItem)
		if len(r.out) > n {
			r.out[n].wordItem = true
			if number != "" && r.numbers != nil {
				r.numbers[n] = strings.TrimRight(number, ".) ")
			}
		}
		r.noteLinkOnly(p)
	default:
		if cells := tabCells(raw); cells != nil {
			r.out.addRow(cells, nil)
			r.out.markTabLeader(raw)
			return
		}
		// A caption or the title's subtitle, bold or large by its
		// style or by direct formatting (a figure's "Figure 4: …" set
		// centred in bold), heads no section.
		if level := r.directHeading(p, text); level > 0 && !st.caption && !st.subtitle && !captionLabel(text) {
			r.out.addHeading(text, level)
			return
		}
		if !st.caption && (r.out.continueSentence(text) || r.out.continueTypedItem(raw, text)) {
			return
		}
		n := len(r.out)
		r.out.add(text, KindParagraph)
		r.noteLinkOnly(p)
		if st.caption && len(r.out) > n {
			r.out[n].captionStyle = true
		}
		if len(r.out) > n {
			r.out.markStatement()
			r.out.markTabLeader(raw)
		}
	}
}

// continueTypedItem joins text, a paragraph whose raw text opens with
// typedIndent spaces or more, to the paragraph before it, and reports
// whether it did, when that paragraph is an item of a list typed as
// plain text (it opens with a typed marker, "- ", bulletMarker) or one
// of the lines joined to such an item: a README's list pasted into a
// Word file keeps each item's wrapped lines as paragraphs indented by
// spaces under its marker ("- Boost (www.boost.org), version 1.53.0 or
// later; 1.57.0 or later" ¶ "  for the Python module", "- A
// C++11-compatible compiler, such as" ¶ "  GNU GCC (gcc.gnu.org),
// version 4.8 or later,").
func (bs *blocks) continueTypedItem(raw, text string) bool {
	n := len(*bs)
	if n == 0 || text == "" || len(raw)-len(strings.TrimLeft(raw, " ")) < typedIndent {
		return false
	}
	prev := &(*bs)[n-1]
	if prev.kind != KindParagraph || prev.captionStyle || !prev.typedItem && bulletMarker(prev.text) == 0 {
		return false
	}
	prev.text += " " + text
	prev.typedItem = true
	return true
}

// typedIndent is the fewest spaces that indent a typed list item's
// wrapped line under its marker (continueTypedItem): a marker and its
// space, "- ".
const typedIndent = 2

// markBodyRun notes, for paragraph p, a run of text about to be
// written, large when it is set larger than the body text: where the
// first run in the body's size after a line break that follows a large
// run starts (bodyAt), as Google Docs keeps a heading's style on the
// text its author types after a line break (Shift+Enter) under a
// prompt ("Course Description" over "Short description (1 concise
// paragraph/phrase; …)", "What the Course Prepares For" over "By
// concluding this course …"), the large runs after it, and the runs
// that set the body's size or a smaller one themselves.
func (r *docxReader) markBodyRun(p *docxPara, large bool) {
	if !large && p.runSize > 0 {
		p.ownBodyRuns++
	}
	switch {
	case large && p.bodyAt > 0:
		p.largeAfter++
	case !large && p.bodyAt == 0 && p.largeRuns > 0 &&
		strings.HasSuffix(strings.TrimRight(p.text.String(), " "), string(breakText)):
		p.bodyAt = p.text.Len()
	}
}

// bodyInHeading reports whether paragraph p, in the heading style st,
// its text text, is body text its author typed in that style: the style
// is larger than the body text, every run of the paragraph's text sets
// the body's size, or a smaller one, itself (Google Docs' "2 hours."
// under "Course Length", in Heading 2 but 11 points like the text), so
// that nothing of it shows as a heading, and the text ends a sentence,
// as a heading does not (a heading its author set in the body's size,
// docx4j's "Concepts", stays one), or ends in a web address after words
// of its own, as a sentence that gives an address at its end is often
// left without a stop ("This Code of Conduct is adapted from the
// Contributor Covenant, version 1.0.0, available at https://…").
func (r *docxReader) bodyInHeading(p *docxPara, st docxStyle, text string) bool {
	runs := p.otherRuns + p.codeRuns
	return runs > 0 && p.largeRuns == 0 && p.ownBodyRuns == runs && r.body.size > 0 &&
		float64(st.size) > float64(r.body.size)*headingRatio && (endsSentence(text) || endsInAddress(text))
}

// endsInAddress reports whether text is words that end in a web address
// (addressWord), the address not alone.
func endsInAddress(text string) bool {
	ws := strings.Fields(text)
	return len(ws) > 1 && addressWord(ws[len(ws)-1])
}

// monoCode reports whether paragraph p, in style st, is a line of code
// set in a monospaced font rather than in a style of code, as a typist
// sets a command, a configuration file's or a program's lines
// ("<dependency>", "mvn install"): every run of its text is in such a
// font (monoFont), by the run, its character style or the paragraph's
// style ("Command", based on a style of Consolas), where the body text
// is not; it is no item of a Word list. A monospaced word inside a
// sentence, a class's or a file's name, leaves the paragraph prose; so
// does a paragraph whose runs are all in a character style of code
// (codeCharStyles), what a web page's inline <code> becomes when the
// page is saved as a Word file (the <dt> of an option's term, which the
// HTML reader does not read as code either), where its block of code
// (<pre>) becomes a paragraph style of code.
func (r *docxReader) monoCode(p *docxPara, st docxStyle) bool {
	runs := p.codeRuns + p.otherRuns
	return p.otherRuns > 0 && p.monoRuns == runs && !r.body.mono && !p.numbered && !st.list
}

// directHeading returns the level of paragraph p, of text text, when it
// is a heading made by direct formatting, else 0: a paragraph of
// maxHeadingWords words at most, with a letter, not ending in a stop or
// a lead-in's colon, not opening with a typed list marker (bulletMarker)
// nor a statement (statementLine), all of whose runs of text are set in bold or
// larger than the body text (headingRatio), none in a style of code
// (p has no heading, list or code style: endPara asks only then), its
// words mostly plain words (mostlyOdd), or options ("-c --stdout", a
// manual's option in bold over its text), not a line of code or markup
// in bold ("<w:tag w:val=…/>"). A
// heading centred or larger than the body is a section of the outline's
// top level (r.top, the highest level a styled heading had before it,
// else 2, under the title), as an appendix's or a chapter's title
// stands; one set in bold alone is a subsection of the last styled
// heading above it (r.styled), so that a run of them are siblings, as a
// manual's bold options under OPTIONS are.
func (r *docxReader) directHeading(p *docxPara, text string) int {
	runs, ws := p.codeRuns+p.otherRuns, strings.Fields(text)
	if r.body.size == 0 || runs == 0 || text == "" || p.codeRuns > 0 || len(ws) > maxHeadingWords ||
		strings.ContainsAny(text[len(text)-1:], ".:;,") || !strings.ContainsFunc(text, unicode.IsLetter) {
		return 0
	}
	large := p.largeRuns == runs
	if !large && p.boldRuns < runs {
		return 0
	}
	if mostlyOdd(slashWords(text)) && !optionHeadRE.MatchString(text) {
		return 0 // a line of code or markup in bold, not a title
	}
	if figureField(text) || bulletMarker(text) > 0 || statementLine(text) {
		// A field, a list's item typed with its marker ("- ensure
		// …"), or a statement set in bold or large ("These documents
		// should be emailed to …") heads no section.
		return 0
	}
	if large || p.centred {
		return max(r.top, 2)
	}
	return min(max(r.styled, 1)+1, 10)
}

// figureField reports whether text is a label and a figure after its
// colon, a quantity ("Total time: 1.5-2 hours" in bold over an agenda's
// items) or a date, or a template's mask of one ("Last updated:
// xx/xx/202x"): a field, which heads no section, where a heading's colon
// parts a number from a name ("Step 2: Install") or a name from a
// subtitle.
func figureField(text string) bool {
	_, v, ok := strings.Cut(text, ": ")
	v = strings.TrimLeft(v, "~≈$€£")
	if !ok || v == "" {
		return false
	}
	return v[0] >= '0' && v[0] <= '9' || dateMaskRE.MatchString(strings.Fields(v)[0])
}

// dateMaskRE matches a date or a form's mask of one: three groups of
// digits or of the letters a mask writes for them, parted by slashes,
// dots or hyphens ("xx/xx/202x", "mm/dd/yyyy").
var dateMaskRE = regexp.MustCompile(`^[0-9xXdDmMyY]{1,4}(?:[/.-][0-9xXdDmMyY]{1,4}){2}$`)

// slashWords returns the words of text, words joined by a slash apart
// ("Risks/blockers" is two words of prose, as in "Risks and blockers").
func slashWords(text string) []string {
	return strings.FieldsFunc(text, func(r rune) bool { return unicode.IsSpace(r) || r == '/' })
}

// buttonLabel reports whether the last run of paragraph p's text is the
// label of a web page's button after a line of code, which a page saved
// or converted to Word keeps as text ("copy" after each example of the
// Node.js manual, LibreOffice's conversion of its HTML): every other run
// of text is in a character style of code, the last is not and is one
// word of letters.
func (p *docxPara) buttonLabel() bool {
	if p.lastCode || p.otherRuns != 1 || p.codeRuns == 0 {
		return false
	}
	label := strings.TrimSpace(p.text.String()[p.lastAt:])
	return label != "" && !strings.ContainsFunc(label, func(r rune) bool { return !unicode.IsLetter(r) })
}

// maxTabLabelWords is the most words the label of a "Label⇥Value" line
// may have: a field's name ("Email", "Out of hours"), not a clause.
const maxTabLabelWords = 4

// tabCells returns the cells of a paragraph whose parts a tab parts, a
// label and its value ("Email⇥hello@example.org", "Phone⇥0300 555
// 0192"), as a table row reads them; or nil when the paragraph is no
// such line: no tab between two texts (a tab that only indents, a
// footnote's text after its mark), a line that ends as a sentence does
// (a tab set inside a sentence, "Note:⇥The office closes at five."), or a
// first part that is no label (no letter, a sentence, more than
// maxTabLabelWords words).
func tabCells(s string) []string {
	if !strings.Contains(s, "\t") || endsSentence(strings.TrimSpace(s)) {
		return nil
	}
	var cells []string
	for part := range strings.SplitSeq(s, "\t") {
		if part = normSpace(part); part != "" {
			cells = append(cells, part)
		}
	}
	if len(cells) < 2 {
		return nil
	}
	label := cells[0]
	if !strings.ContainsFunc(label, unicode.IsLetter) || endsSentence(label) || len(strings.Fields(label)) > maxTabLabelWords {
		return nil
	}
	return cells
}

// isNoteMark reports whether a superscript run's text is a footnote mark:
// digits, or the symbols that stand for notes, and nothing else, bare or
// in square brackets.
func isNoteMark(s string) bool {
	s = strings.TrimSpace(s)
	if inner, ok := strings.CutPrefix(s, "["); ok {
		// Google Docs' export writes a note's mark in brackets ("[3]").
		if s, ok = strings.CutSuffix(inner, "]"); !ok {
			return false
		}
	}
	if s == "" || len(s) > 4 {
		return false
	}
	for _, c := range s {
		if !(c >= '0' && c <= '9') && !strings.ContainsRune("*†‡§", c) {
			return false
		}
	}
	return true
}

// endsWithUnit reports whether s ends with a unit of length that a
// superscript 2 or 3 squares or cubes (m², km³).
func endsWithUnit(s string) bool {
	for _, u := range []string{"m", "cm", "mm", "km", "ft", "in"} {
		if rest, ok := strings.CutSuffix(s, u); ok {
			r, _ := utf8.DecodeLastRuneInString(rest)
			return rest == "" || !unicode.IsLetter(r)
		}
	}
	return false
}

// docxTable is a table being read.
type docxTable struct {
	// grid lays out the rows read, their merged cells filled.
	grid  tableGrid
	cell  strings.Builder
	span  int  // the grid columns the cell being read spans
	merge bool // the cell being read goes on from the cell above (w:vMerge)
	// heads are the header rows not yet written: the rows marked as
	// header rows (w:tblHeader) at the top, else the first row.
	heads [][]string
	// headSpans says, by column, whether the cell is part of the merged
	// cell before it in every header row held (tableGrid.spanned).
	headSpans []bool
	head      []string // the header's cells, once written
	header    bool     // the row being read is marked as a header row
	rows      int
	// paras are the paragraphs of the cell being read, and own the
	// paragraphs of each cell of the row being read that has text of its
	// own (a cell merged with the one above has none), as endRow reads a
	// row whose only text is prose.
	paras []block
	own   [][]block
}

// endCell adds the cell read to the row, once for each grid column it
// spans; a cell merged with the one above takes its text (Word keeps the
// text of merged cells in the first).
func (tb *docxTable) endCell() {
	tb.grid.add(normSpace(tb.cell.String()), tb.span, 1, tb.merge)
	if len(tb.paras) > 0 && !tb.merge {
		tb.own = append(tb.own, tb.paras)
	}
	tb.paras = nil
}

// addLines adds raw, the text of a paragraph of the cell being read, to
// the cell's text, each of its lines (a line break parts them) parted from
// the text before it as cellParaSep says, but for a line opening in a
// lowercase letter after a line break, the rest of a sentence the break
// wraps ("The tool reports every leak" over "at the program's exit.").
// Lines of code (code: a listing in a cell of Valgrind's FAQ) are joined
// by spaces, as their own punctuation parts them.
func (tb *docxTable) addLines(raw string, code bool) {
	for i, l := range strings.Split(raw, string(breakText)) {
		if l = normSpace(l); l == "" {
			continue
		}
		sep := cellParaSep(tb.cell.String(), l)
		if (code || i > 0 && startsLower(l)) && sep != "" {
			sep = " "
		}
		tb.cell.WriteString(sep)
		tb.cell.WriteString(l)
	}
}

// cellParaSep returns what parts next, the text of a table cell's next
// paragraph, from cell, the text of the cell's paragraphs before it:
// nothing before the first; a space after a paragraph that ends a
// sentence or a clause (a stop, a colon, a semicolon, a comma), or where
// a lowercase connector (connectors: "and", "of", "with") ends the one or
// opens the other, a phrase the paragraph mark cuts ("Ana" over "and
// Bo"); else "; ", as the cell's separate lines are separate items, no
// one sentence (a check list's "SEO and metadata" over "meta description
// is engaging" and "URL is SEO-friendly", a process table's activity
// title "Write assessment report" over the sentences that describe it),
// as a row's cells are parted. A sentence the paragraph mark wraps goes
// on with a space too (wrappedInCell).
func cellParaSep(cell, next string) string {
	cell = strings.TrimRight(cell, " \t\n")
	if cell == "" {
		return ""
	}
	if endsSentence(cell) || strings.HasSuffix(cell, ":") || strings.HasSuffix(cell, ";") || strings.HasSuffix(cell, ",") {
		return " "
	}
	first, _, _ := strings.Cut(next, " ")
	last := cell[strings.LastIndexAny(cell, " \t\n")+1:]
	if connectors[first] || connectors[last] || wrappedInCell(cell, next) {
		return " "
	}
	return "; "
}

// wrappedInCell reports whether next, a table cell's paragraph, goes on
// with the sentence of the text before it in the cell, cell, which a
// paragraph mark cut as a converted file keeps its line ends: next opens
// a remark in brackets ("Name" over "(add more columns for larger
// teams)"), or cell leaves a bracket open ("… (e.g. via … the Linux
// Foundation's Open" over "Compliance Directory)?"), or next goes on
// with the sentence cell leaves open (sentenceGoesOn, as continueSentence
// joins paragraphs: "Do you have a documented procedure that" over
// "communicates the existence of the FOSS policy …?"); a check list's
// lowercase line ends none ("PDFs with html extract and contact details"
// over "videos closed captions and transcripts").
func wrappedInCell(cell, next string) bool {
	if strings.HasPrefix(next, "(") || strings.Count(cell, "(") > strings.Count(cell, ")") {
		return true
	}
	return sentenceGoesOn(cell, next)
}

// endRow writes the row read. The header rows at the top of the table are
// held until the first row below them and written as one header, each
// column's labels joined ("Longest loan Staff"); a header row repeated
// below is written without a header.
func (tb *docxTable) endRow(out *blocks) {
	row := tb.grid.endRow()
	own := tb.own
	tb.own = nil
	switch {
	case len(own) == 1 && distinctCells(row) == 1 && isProseCell(own[0]):
		// A row whose only text is one cell of prose, as a layout table
		// sets an answer under its question (an HTML page's FAQ that
		// LibreOffice saved as Word): no table's data but paragraphs,
		// read one by one, so that each of their sentences stands apart.
		tb.flush(out)
		for _, p := range own[0] {
			out.add(p.text, p.kind)
		}
	case tb.rows == 0 || (tb.header && tb.head == nil && len(tb.heads) > 0):
		tb.holdHead(row)
	case tb.header:
		out.addGridRow(row, nil, tb.grid.spanned) // a header row repeated
	default:
		tb.flush(out)
		out.addGridRow(row, tb.head, tb.grid.spanned)
	}
	tb.rows++
}

// minProseSentences is the fewest sentences a table cell alone in its row
// must hold to be read as paragraphs (isProseCell): a cell of one
// sentence, a note under a table or a short answer, reads as well as a
// row.
const minProseSentences = 2

// isProseCell reports whether a table cell's paragraphs are prose: one
// of them at least ends as a sentence does, and the cell holds at least
// minProseSentences sentences (each paragraph that ends as one, and each
// sentence end inside a paragraph that a capital letter follows). The
// last paragraph need not end one: an answer may close with its example,
// lines of a listing or code (Valgrind's FAQ's answer on stack traces,
// ending "by 0x8049EE6: main (main.cpp:24)"), which read as one row of
// 1,900 bytes when the cell was taken for data.
func isProseCell(paras []block) bool {
	if !slices.ContainsFunc(paras, func(p block) bool { return endsSentence(p.text) }) {
		return false
	}
	n := 0
	for _, p := range paras {
		n += len(proseBreakRE.FindAllStringIndex(p.text, -1))
		if endsSentence(p.text) {
			n++
		}
	}
	return n >= minProseSentences
}

// proseBreakRE matches a sentence's end inside a paragraph: a full stop,
// question or exclamation mark, a closing quote or bracket, a space and a
// capital letter.
var proseBreakRE = regexp.MustCompile(`[a-z)][.!?]["'”’)]?\s+[A-Z]`)

// distinctCells counts the distinct texts of a row's cells: a cell that
// spans columns fills each of them with its text.
func distinctCells(row []string) int {
	var seen []string
	for _, c := range row {
		if c != "" && !slices.Contains(seen, c) {
			seen = append(seen, c)
		}
	}
	return len(seen)
}

// flush writes the header rows held, joined into one.
func (tb *docxTable) flush(out *blocks) {
	if len(tb.heads) == 0 {
		return
	}
	head := tb.heads[0]
	for _, h := range tb.heads[1:] {
		joined := make([]string, max(len(head), len(h)))
		for i := range joined {
			var parts []string
			for _, c := range [2]string{at(head, i), at(h, i)} {
				if c != "" && (len(parts) == 0 || parts[len(parts)-1] != c) {
					parts = append(parts, c)
				}
			}
			joined[i] = strings.Join(parts, " ")
		}
		head = joined
	}
	tb.heads, tb.head = nil, head
	out.addGridRow(slices.Clone(head), nil, tb.headSpans)
}

// holdHead holds a header row read, to be written by flush, with the
// merged cells spanning its columns (tableGrid.spanned): a column is part
// of the merged cell before it in the joined header when it is in each
// header row.
func (tb *docxTable) holdHead(row []string) {
	if len(tb.heads) == 0 {
		tb.headSpans = tb.grid.spanned
	} else {
		tb.headSpans = joinedSpans(tb.headSpans, tb.grid.spanned)
	}
	tb.heads = append(tb.heads, row)
}

// at returns s[i], or "" when s is shorter.
func at(s []string, i int) string {
	if i < len(s) {
		return s[i]
	}
	return ""
}

// attrVal returns the value of the attribute with the local name key.
func attrVal(t xml.StartElement, key string) string {
	for _, a := range t.Attr {
		if a.Name.Local == key {
			return a.Value
		}
	}
	return ""
}

// minStatementWords is the fewest words a line without its stop has for
// statementLine to read it as a statement: a clause with its subject,
// verb and object ("Late or faxed applications will not be accepted"),
// longer than a heading that holds an auxiliary verb ("What you will
// need", "Who we are").
const minStatementWords = 8

// auxiliaryVerbs are English's auxiliary and modal verbs, and the
// contracted forms of the first ("we've", "you'll", "they're"), which
// statementLine looks for: a finite verb, which a heading's noun phrase
// lacks.
var auxiliaryVerbs = map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "be": true, "been": true,
	"has": true, "have": true, "had": true, "do": true, "does": true, "did": true,
	"will": true, "would": true, "shall": true, "should": true, "can": true,
	"could": true, "may": true, "might": true, "must": true,
	"ve": true, "ll": true, "re": true,
}

// statementLine reports whether the line s reads as a statement though
// it ends without a stop: minStatementWords words or more, not a
// question, and an auxiliary verb (auxiliaryVerbs) after its first word,
// in any case ("EXISTING CIVIL SERVANTS WILL JOIN ON 2 YEAR LOAN",
// "These documents should be emailed to … no later than close of
// business"). A verb that opens the line asks a question ("Is there …")
// or opens a title ("Will AI replace …"). Only the words before a spaced
// dash count: a dash parts a heading's label from its gloss ("Build
// self-efficacy – build learner's confidence that this is something
// they can do").
func statementLine(s string) bool {
	ws := strings.Fields(s)
	if i := slices.IndexFunc(ws, isDash); i >= 0 {
		ws = ws[:i]
	}
	if len(ws) < minStatementWords || strings.HasSuffix(s, "?") {
		return false
	}
	for _, w := range ws[1:] {
		w = strings.ToLower(strings.Trim(w, ".,;:!()\"“”"))
		if i := strings.LastIndexAny(w, "'’"); i >= 0 {
			_, n := utf8.DecodeRuneInString(w[i:])
			w = w[i+n:] // "we've" -> "ve"
		}
		if auxiliaryVerbs[w] {
			return true
		}
	}
	return false
}

// capsStatement reports whether s, a paragraph in a heading's style, is
// a statement in capitals, as a form sets its notices ("APPLICATIONS
// ARE WELCOME FROM PART TIMERS AND JOB SHARERS"): in capitals
// (inCapitals), and a sentence by its shape or a statement without its
// stop (statementLine). It heads no section; no question could ask it
// as a heading.
func capsStatement(s string) bool {
	return inCapitals(s) && (shapeOf(s).sentence || statementLine(s))
}

// markStatement marks the paragraph that ends bs as a statement
// (block.statement) when its text reads as one without its stop
// (statementLine).
func (bs blocks) markStatement() {
	if k := len(bs) - 1; k >= 0 && bs[k].kind == KindParagraph && statementLine(bs[k].text) {
		bs[k].statement = true
	}
}

// markTabLeader marks the block that ends bs, read from the paragraph
// raw, as ending in a tab (block.tabLeader).
func (bs blocks) markTabLeader(raw string) {
	if k := len(bs) - 1; k >= 0 && strings.HasSuffix(strings.TrimRight(raw, " "), "\t") {
		bs[k].tabLeader = true
	}
}

// markTypedContents marks as a table of contents (whyContents) one typed
// by hand in a Word file's body, as Word's own (a TOC field) is left
// out: a "Contents" line (contentsRE), heading or paragraph, and the
// run of short lines right under it (paragraphs, or rows a tab parts:
// none a sentence or ending in a stop or a colon, maxHeadingWords words
// at most), minLeaderRun or more of which end in a tab (tabLeader: the
// tab stop of a page number not typed), up to the line after the last
// of them, the last entry, whose tab its author left out ("Welcome",
// "Person Specification", "Role context", "Terms and Conditions⇥-
// Department to include" … "Role of Civil Service Commissioners" of a
// job's applicant pack). Alone, short lines in capitalised words read as
// page chrome, and a line over a row as its table's caption.
func markTypedContents(bs blocks) {
	entry := func(b block) bool {
		return (b.kind == KindParagraph || b.kind == KindRow) && b.why == "" && !shapeOf(b.text).sentence &&
			!strings.ContainsAny(b.text[len(b.text)-1:], ".:;,") && len(strings.Fields(b.text)) <= maxHeadingWords
	}
	for i := range bs {
		if bs[i].why != "" || !contentsRE.MatchString(bs[i].text) {
			continue
		}
		last, tabbed := -1, 0
		for j := i + 1; j < len(bs) && entry(bs[j]) && (last < 0 || j <= last+1); j++ {
			if bs[j].tabLeader {
				last, tabbed = j, tabbed+1
			} else if last < 0 {
				break
			}
		}
		if tabbed < minLeaderRun {
			continue
		}
		end := last + 1
		if end < len(bs) && entry(bs[end]) && !bs[end].tabLeader {
			end++
		}
		for k := i; k < end; k++ {
			bs[k].why = whyContents
		}
	}
}
