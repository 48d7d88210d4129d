package corpus

import (
	"path"
	"strings"
)

// format is how a file's text is marked up.
type format uint8

const (
	formatText format = iota
	formatMarkdown
	formatHTML
)

// formatOf chooses the format from the file name, or from the text when
// the name says nothing (an HTML page saved as .txt is still HTML).
func formatOf(p, text string) format {
	switch strings.ToLower(path.Ext(p)) {
	case ".md", ".markdown":
		return formatMarkdown
	case ".html", ".htm", ".xhtml":
		return formatHTML
	}
	head := strings.TrimSpace(text[:min(len(text), 512)])
	if !strings.HasPrefix(head, "<") {
		return formatText
	}
	head = strings.ToLower(head[:min(len(head), 16)])
	if strings.HasPrefix(head, "<!doctype html") || strings.HasPrefix(head, "<html") {
		return formatHTML
	}
	return formatText
}

// Parse turns the raw bytes of the file at path p into a Document. The
// extension of p chooses the format: .md and .markdown are Markdown, .html,
// .htm and .xhtml are HTML, anything else is plain text.
//
// Title, Publisher and Date come from YAML front matter when present, then
// from HTML meta tags, then from the text itself (see clean). Parse fails
// with ErrBinary, ErrTooLarge, ErrFrontMatter or ErrNoText; it never
// panics, whatever the bytes.
func Parse(p string, raw []byte) (Document, error) {
	doc := Document{Path: p}
	text, err := decode(raw)
	if err != nil {
		return doc, err
	}
	fm, text, err := splitFrontMatter(text)
	if err != nil {
		return doc, err
	}
	var (
		bs   blocks
		meta htmlMeta
	)
	switch formatOf(p, text) {
	case formatMarkdown:
		bs = markdownBlocks(text)
	case formatHTML:
		bs, meta = htmlBlocks(text)
	default:
		bs = textBlocks(text)
	}
	kept, found := clean(bs)
	if len(kept) == 0 {
		return doc, ErrNoText
	}
	doc.Body, doc.Blocks = structure(kept)
	doc.Title = firstOf(normSpace(fm.Title), meta.docTitle(), found.title)
	doc.Publisher = firstOf(fm.publisher(), meta.publisher(), found.publisher)
	doc.Date = firstOf(normSpace(fm.Date), meta.date(), found.date)
	doc.URL = firstOf(normSpace(fm.URL), normSpace(meta.url))
	return doc, nil
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

// clean reads the title, byline and date at the top of a document and
// returns the blocks of its body, page chrome dropped.
//
// The title is the first substantial line: not chrome, not a date, not
// ending in a full stop, at most 25 words, and if a single word, the very
// first line and a word the text uses again ("Montana"). Lines before it are
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
func clean(bs blocks) (blocks, found) {
	var f found
	n := len(bs)
	shapes := make([]shape, n)
	drop := make([]bool, n)
	for i := range bs {
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
		default:
			drop[i] = localChrome(bs[i].text, shapes[i])
		}
		if credited {
			dropCaption(bs, shapes, drop, i)
		}
	}

	ti := findTitle(bs, shapes, drop)
	start := 0
	if ti >= 0 {
		f.title = bs[ti].text
		for i := range ti {
			drop[i] = true
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
		for i := ti + 1; i < n; i++ {
			if strings.EqualFold(bs[i].text, f.title) {
				drop[i] = true
			}
		}
	}
	dropByContext(bs, shapes, drop, ti)

	kept := bs[:0:0]
	for i := range bs {
		if !drop[i] {
			kept = append(kept, bs[i])
		}
	}
	return kept, f
}

// structure returns the body of the kept blocks, one per line, and the
// blocks with their sections: each heading opens a section that lasts until
// the next heading. A table row gets its cells, and the cells of its
// table's first row as its header.
func structure(bs blocks) (string, []Block) {
	var b strings.Builder
	out := make([]Block, len(bs))
	section := ""
	for i, bl := range bs {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(bl.text)
		if bl.kind == KindHeading {
			section = bl.text
		}
		out[i] = Block{Text: bl.text, Kind: bl.kind, Section: section}
		if bl.kind == KindRow {
			out[i].Cells = strings.Split(bl.text, "; ")
			// The first row of a table is its header.
			if i > 0 && out[i-1].Kind == KindRow {
				out[i].Header = out[i-1].Header
			} else {
				out[i].Header = out[i].Cells
			}
		}
	}
	return b.String(), out
}

// dropCaption drops the caption of a picture whose credit was glued to
// block i: block i itself, and the alternative text before it, when they
// do not end as sentences do. Captions describe a picture, not the story
// ("The flags are photographed … in Geneva").
func dropCaption(bs blocks, shapes []shape, drop []bool, i int) {
	if endsSentence(bs[i].text) {
		return
	}
	drop[i] = true
	if j := i - 1; j >= 0 && bs[j].kind == KindParagraph && shapes[j].words >= 8 && !endsSentence(bs[j].text) {
		drop[j] = true
	}
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
		titleLike := !strings.HasSuffix(b.text, ".") && !strings.HasSuffix(b.text, ",") &&
			!strings.HasSuffix(b.text, ":") && sh.words <= 25 && len(b.text) <= 250
		switch {
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
		if drop[i] {
			continue
		}
		b, sh := bs[i], shapes[i]
		if sh.sentence || b.kind == KindCode {
			return
		}
		if d, pub, upd, ok := dateLine(b.text); ok {
			if f.date == "" || updated && !upd {
				f.date, updated = d, upd
			}
			if f.publisher == "" {
				f.publisher = pub
			}
			drop[i] = true
			continue
		}
		if b.kind == KindHeading {
			continue
		}
		if rest, ok := strings.CutPrefix(b.text, "By "); ok && nameLike(rest, 8) {
			if f.publisher == "" {
				f.publisher = rest
			}
			drop[i] = true
			continue
		}
		if nameLike(b.text, 8) && (isDateOnly(i-1) || isDateOnly(i+1)) {
			if f.publisher == "" {
				f.publisher = b.text
			}
			drop[i] = true
		}
	}
}

// dropByContext drops the lines that are chrome by their place:
//   - lone words above the first sentence ("Logo");
//   - short lines with no lowercase word that are not directly followed by
//     a paragraph, list or table ("DW's Top Story", share buttons);
//   - after the last sentence, list item, table row or code line, every
//     line that is not a sentence (the page's footer).
//
// The title, one-word headings between paragraphs ("History"), headings
// marked up as such (outside that tail), list items, rows and code are
// kept. A document with no sentence at all (a list of names, say) is left
// alone.
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
	structured := func(i int) bool {
		k := bs[i].kind
		return k == KindItem || k == KindCode || k == KindRow
	}
	seenContent := false
	for i := len(bs) - 1; i >= 0; i-- {
		if drop[i] {
			continue
		}
		b, sh := bs[i], shapes[i]
		// A heading is followed directly by its text; a label followed by
		// chrome ("Facebook", "Email") is chrome too.
		nextSentence := i+1 < len(bs) && !drop[i+1] && (shapes[i+1].sentence || structured(i+1))
		if i != ti && !sh.sentence && !structured(i) {
			switch {
			case !seenContent:
				drop[i] = true
			case b.kind == KindParagraph && sh.words == 1 && i < first:
				drop[i] = true
			case b.kind == KindParagraph && sh.lowerWords == 0 && sh.words <= 6 && !endsSentence(b.text) && !nextSentence:
				drop[i] = true
			}
		}
		if !drop[i] {
			seenContent = seenContent || sh.sentence || structured(i)
		}
	}
}
