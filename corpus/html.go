package corpus

import (
	"slices"
	"strconv"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// htmlMeta is what the <head> and the markup say about an HTML document.
type htmlMeta struct {
	title, ogTitle      string
	h1, contentH1       string
	siteName, author    string
	published, timeDate string
	url                 string
	// codeWords are the one-word <code> elements of the content outside
	// <pre> (htmlCodeWords), as Document.CodeWords.
	codeWords []string
}

// docTitle returns og:title, else the <h1> of the content when it has
// only one, else <title> without the site's name, else the first <h1> of
// the page.
func (m htmlMeta) docTitle() string {
	return firstOf(m.ogTitle, m.contentH1, m.pageTitle(), m.h1)
}

// titleSeparators part a page title from the site's name: "Talks | DW".
var titleSeparators = []string{" | ", " – ", " — ", " - ", " :: ", " · "}

// pageTitle returns <title> without a leading or trailing site name: the
// og:site_name when it is known, else a part of at most three words after
// the last separator.
func (m htmlMeta) pageTitle() string {
	t := m.title
	for _, sep := range titleSeparators {
		i := strings.LastIndex(t, sep)
		if i <= 0 {
			continue
		}
		head, tail := t[:i], t[i+len(sep):]
		switch {
		case m.siteName != "" && strings.EqualFold(tail, m.siteName):
			return head
		case m.siteName != "" && strings.EqualFold(head, m.siteName):
			return tail
		case m.siteName == "" && len(strings.Fields(tail)) <= 3 && len(strings.Fields(head)) > len(strings.Fields(tail)):
			return head
		}
	}
	return t
}

// publisher returns og:site_name, else the author meta tag.
func (m htmlMeta) publisher() string {
	return firstOf(m.siteName, m.author)
}

// date returns article:published_time (or a similar meta tag), else the
// first <time> element.
func (m htmlMeta) date() string {
	return firstOf(m.published, m.timeDate)
}

// metadata returns what the page's markup says of its title, publisher,
// date and address.
func (m htmlMeta) metadata() metadata {
	return metadata{
		title:     metaValue{m.docTitle(), FromHTMLMeta},
		publisher: metaValue{m.publisher(), FromHTMLMeta},
		date:      metaValue{m.date(), FromHTMLMeta},
		url:       metaValue{normSpace(m.url), FromHTMLMeta},
	}
}

// htmlBlocks reduces an HTML page to blocks of text and reads its metadata.
//
// The text comes from the page's only <article>, else its <main>, else its
// <body>. Elements that are never the article's text are skipped: scripts,
// styles, forms and controls, media, <nav>, <header>, <footer>, <aside>
// (but one holding footnotes: noteAside), anything hidden (hidden,
// aria-hidden) or with a navigation-like ARIA role, and small elements
// whose class or id names page furniture ("share", "cookie", "related",
// "comments", …). Block elements (p, div, h1–h6, li, blockquote, tr, …)
// and <br> end a line; table cells are joined with "; ";
// <pre> keeps its lines. The question of an FAQ, a <summary>, a <dt> with
// <dd>s after it or an accordion's button (disclosure), is a heading whose
// section is its answer (heading).
func htmlBlocks(text string) (blocks, htmlMeta) {
	doc, err := html.Parse(strings.NewReader(liftFrames(text)))
	var meta htmlMeta
	if err != nil {
		// html.Parse refuses elements nested more than 512 deep; read
		// such pages token by token instead.
		return htmlTokenBlocks(text)
	}
	readMeta(doc, &meta)
	root := contentRoot(doc)
	if countH1(root, 2) == 1 {
		// Several <h1>s are the sections of a document (LibreOffice's
		// and Word's "Heading 1"), not its title.
		meta.contentH1 = firstH1(root)
	}
	w := htmlWalker{rootLen: textLen(root), notes: map[string]int{}, cellRow: -1, marks: map[string]bool{}}
	w.walk(root)
	w.flush()
	meta.codeWords = htmlCodeWords(root, nil, map[string]bool{})
	return w.out, meta
}

// htmlCodeWords appends to words the text of each <code> element under n
// that is one word (codeWord: "stdout", "man"), each once (seen), leaving
// out <pre> blocks, scripts and styles: the names a page writes as code,
// which may open a sentence in lower case, as a Markdown code span's do.
func htmlCodeWords(n *html.Node, words []string, seen map[string]bool) []string {
	if n.Type == html.ElementNode {
		switch n.DataAtom {
		case atom.Pre, atom.Script, atom.Style, atom.Template:
			return words
		case atom.Code:
			if s := strings.TrimSpace(nodeText(n)); codeWord(s) && !seen[s] {
				seen[s] = true
				words = append(words, s)
			}
			return words
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		words = htmlCodeWords(c, words, seen)
	}
	return words
}

// htmlTokenBlocks reads a page the tree parser refused, token by token:
// text outside skipped elements, block elements ending lines, and the
// <title> and <meta> tags.
func htmlTokenBlocks(text string) (blocks, htmlMeta) {
	var (
		out   blocks
		meta  htmlMeta
		line  strings.Builder
		skip  []atom.Atom // open elements being skipped
		title bool
	)
	flush := func() {
		out.add(line.String(), KindParagraph)
		line.Reset()
	}
	z := html.NewTokenizer(strings.NewReader(text))
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		tok := z.Token()
		switch tt {
		case html.TextToken:
			switch {
			case title && meta.title == "":
				meta.title = normSpace(tok.Data)
			case len(skip) == 0:
				line.WriteString(tok.Data)
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			switch {
			case tok.DataAtom == atom.Meta:
				readMetaTag(&html.Node{Type: html.ElementNode, DataAtom: tok.DataAtom, Data: tok.Data, Attr: tok.Attr}, &meta)
			case tok.DataAtom == atom.Title:
				title = tt == html.StartTagToken
			case tok.DataAtom == atom.Br:
				flush()
			case tt == html.StartTagToken && skippedTag(tok.DataAtom) && !voidTag(tok.DataAtom):
				skip = append(skip, tok.DataAtom)
			}
			if _, ok := blockTag(tok.DataAtom); ok {
				flush()
			}
		case html.EndTagToken:
			if tok.DataAtom == atom.Title {
				title = false
			}
			if k := len(skip); k > 0 && skip[k-1] == tok.DataAtom {
				skip = skip[:k-1]
			}
			if _, ok := blockTag(tok.DataAtom); ok {
				flush()
			}
		}
	}
	flush()
	return out, meta
}

// voidTag reports elements that have no end tag.
func voidTag(a atom.Atom) bool {
	switch a {
	case atom.Img, atom.Input, atom.Embed, atom.Br, atom.Hr, atom.Meta, atom.Link:
		return true
	}
	return false
}

// readMeta fills m from <title>, <meta>, <link rel=canonical>, the first
// <h1> and the first <time>, anywhere in the document.
func readMeta(n *html.Node, m *htmlMeta) {
	if n.Type == html.ElementNode {
		switch n.DataAtom {
		case atom.Script, atom.Style, atom.Template, atom.Noscript:
			return
		case atom.Title:
			if m.title == "" {
				m.title = normSpace(nodeText(n))
			}
			return
		case atom.H1:
			if m.h1 == "" {
				m.h1 = normSpace(nodeText(n))
			}
			return
		case atom.Time:
			if m.timeDate == "" {
				d := attr(n, "datetime")
				if d == "" {
					d = nodeText(n)
				}
				m.timeDate = shortDate(normSpace(d))
			}
		case atom.Link:
			if strings.EqualFold(attr(n, "rel"), "canonical") && m.url == "" {
				m.url = attr(n, "href")
			}
		case atom.Meta:
			readMetaTag(n, m)
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		readMeta(c, m)
	}
}

// readMetaTag records one <meta> tag.
func readMetaTag(n *html.Node, m *htmlMeta) {
	key := strings.ToLower(attr(n, "property"))
	if key == "" {
		key = strings.ToLower(attr(n, "name"))
	}
	if key == "" {
		key = strings.ToLower(attr(n, "itemprop"))
	}
	val := normSpace(attr(n, "content"))
	if val == "" {
		return
	}
	set := func(dst *string) {
		if *dst == "" {
			*dst = val
		}
	}
	switch key {
	case "og:title", "twitter:title":
		set(&m.ogTitle)
	case "og:site_name", "publisher", "dc.publisher":
		set(&m.siteName)
	case "author", "article:author", "dc.creator", "byl":
		if !strings.Contains(val, "://") {
			set(&m.author)
		}
	case "article:published_time", "datepublished", "date", "pubdate", "publishdate",
		"dc.date", "dc.date.issued", "dcterms.date", "dcterms.created", "parsely-pub-date", "sailthru.date":
		val = shortDate(val)
		set(&m.published)
	case "og:url":
		set(&m.url)
	}
}

// shortDate cuts an ISO 8601 timestamp ("2025-09-14T10:00:00Z") to its
// date; other values are returned unchanged.
func shortDate(s string) string {
	if len(s) > 10 && s[4] == '-' && s[7] == '-' && (s[10] == 'T' || s[10] == ' ') && isDigits(s[:4]) {
		return s[:10]
	}
	return s
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// countH1 counts the <h1>s below n, stopping at max.
func countH1(n *html.Node, max int) int {
	k := 0
	if n.Type == html.ElementNode && n.DataAtom == atom.H1 {
		k++
	}
	for c := n.FirstChild; c != nil && k < max; c = c.NextSibling {
		k += countH1(c, max-k)
	}
	return k
}

// firstH1 returns the text of the first <h1> below n, or "".
func firstH1(n *html.Node) string {
	if n.Type == html.ElementNode && n.DataAtom == atom.H1 {
		return normSpace(nodeText(n))
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if h := firstH1(c); h != "" {
			return h
		}
	}
	return ""
}

// contentRoot returns the document's only <article>, else its <main>, else
// its <body>, else the document itself.
func contentRoot(doc *html.Node) *html.Node {
	var articles []*html.Node
	var main, body *html.Node
	var find func(*html.Node)
	find = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch {
			case n.DataAtom == atom.Article:
				articles = append(articles, n)
				return
			case n.DataAtom == atom.Main || strings.EqualFold(attr(n, "role"), "main"):
				if main == nil {
					main = n
				}
			case n.DataAtom == atom.Body:
				body = n
			case n.DataAtom == atom.Script || n.DataAtom == atom.Style || n.DataAtom == atom.Template:
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			find(c)
		}
	}
	find(doc)
	switch {
	case len(articles) == 1 && textLen(articles[0]) > 0:
		return articles[0]
	case main != nil:
		return main
	case body != nil:
		return body
	}
	return doc
}

// htmlWalker collects the text of an element tree into blocks.
type htmlWalker struct {
	out     blocks
	line    strings.Builder
	kind    BlockKind
	level   int // the level of the heading being read
	rootLen int
	// header holds the cells of the header row of the table being read,
	// and headerSpans which of them are part of the merged cell before
	// them (tableGrid.spanned).
	header      []string
	headerSpans []bool
	// grid lays out the rows of the table being read, its merged cells
	// filled.
	grid tableGrid
	// lastHead says the last row read was a header row.
	lastHead bool
	// notes holds, by the id of the note it links to, the index of the
	// block holding a footnote's mark ("#fn1" of pandoc's marks), shared
	// with the walkers of table cells, whose marks are in the row that
	// cellRow is the index of (-1 outside a cell).
	notes   map[string]int
	cellRow int
	// marks holds the ids of the footnote marks read (pulldown-cmark's
	// "fr-deputy-1" on the mark's <sup>), shared as notes is: a link to
	// one is the link back from a note to its mark, which pulldown-cmark
	// writes with no class ("↩").
	marks map[string]bool
	// caption is the text of the <caption> of the table being read.
	caption string
}

// flush ends the current line.
func (w *htmlWalker) flush() {
	if w.kind == KindHeading {
		w.out.addHeading(w.line.String(), w.level)
	} else {
		w.out.add(w.line.String(), w.kind)
	}
	w.line.Reset()
	w.kind = KindParagraph
}

// row adds a table row, one cell per <td> or <th>. A row of <th> cells (or
// one inside <thead>) is the header of the rows after it.
//
// A cell that spans columns (colspan) fills each of them, and one that
// spans rows (rowspan) fills its column in the rows below, so that each
// cell stays under its column's header. Header rows one under another
// ("Longest loan" over "Staff" and "Visitors") are one header, their
// labels joined by column.
func (w *htmlWalker) row(tr *html.Node) {
	w.flush()
	heads, n := 0, 0
	for c := tr.FirstChild; c != nil; c = c.NextSibling {
		if !isCell(c) || w.skip(c) {
			continue
		}
		sub := htmlWalker{rootLen: w.rootLen, notes: w.notes, cellRow: len(w.out), marks: w.marks}
		if w.cellRow >= 0 {
			sub.cellRow = w.cellRow
		}
		sub.children(c)
		sub.flush()
		texts := make([]string, len(sub.out))
		for i, b := range sub.out {
			texts[i] = b.text
		}
		w.grid.add(strings.Join(texts, " "), span(c, "colspan"), span(c, "rowspan"), false)
		n++
		if c.DataAtom == atom.Th {
			heads++
		}
	}
	cells, spanned := w.grid.endRow(), w.grid.spanned
	inHead := tr.Parent != nil && tr.Parent.DataAtom == atom.Thead
	if n > 0 && (heads == n || inHead) {
		if last := len(w.out) - 1; w.lastHead && last >= 0 && w.out[last].kind == KindRow {
			// A header under a header: one header, joined by column.
			joined := make([]string, max(len(cells), len(w.header)))
			for i := range joined {
				a, b := at(w.header, i), at(cells, i)
				switch {
				case a == "" || a == b:
					joined[i] = b
				case b == "":
					joined[i] = a
				default:
					joined[i] = a + " " + b
				}
			}
			w.out = w.out[:last]
			cells, spanned = joined, joinedSpans(w.headerSpans, spanned)
		}
		w.out.addGridRow(cells, nil, spanned)
		w.header, w.headerSpans, w.lastHead = cells, spanned, true
		return
	}
	w.lastHead = false
	w.out.addGridRow(cells, w.header, spanned)
}

// layoutTable reports whether a table lays out a page's regions rather
// than holding data, and then returns its cells (tableCells) (the pages of the 2000s set a site's banner, menu and
// text side by side in table cells): one of its cells holds a table or a
// heading, which no cell of data does, or it has one column and a cell
// holds a list, a column of boxes rather than a grid. Its cells' text is
// the page's flow: read as one row, a whole page would be one line.
func layoutTable(t *html.Node) (cells []*html.Node, ok bool) {
	cells = tableCells(t)
	column := true
	for _, c := range cells {
		if nextCell(c) != nil {
			column = false
		}
	}
	tableOrHeading := func(e *html.Node) bool { return e.DataAtom == atom.Table || headingLevel(e.DataAtom) > 0 }
	list := func(e *html.Node) bool {
		return e.DataAtom == atom.Ul || e.DataAtom == atom.Ol || e.DataAtom == atom.Dl
	}
	for _, c := range cells {
		if holdsElement(c, tableOrHeading) || column && holdsElement(c, list) {
			return cells, true
		}
	}
	return nil, false
}

// linksOnly reports whether every word under n that is read stands in a
// link (the commas and bars between links aside), and with labels also
// the words ending in a colon that label the links ("Next:", "Up:").
func (w *htmlWalker) linksOnly(n *html.Node, labels bool) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode:
			for _, word := range strings.Fields(c.Data) {
				if strings.IndexFunc(word, isAlnum) >= 0 && !(labels && strings.HasSuffix(word, ":")) {
					return false
				}
			}
		case c.Type != html.ElementNode || w.skip(c) || c.DataAtom == atom.A && attr(c, "href") != "":
		case !w.linksOnly(c, labels):
			return false
		}
	}
	return true
}

// sequenceLine reports whether paragraph n is a manual's navigation line,
// as Texinfo sets one atop every node of its HTML ("Next: Missing
// Features, Previous: Using libffi, Up: libffi [Index]"): it links to
// the page's neighbours in the document's sequence, by the link types
// HTML defines for them (rel="next", "prev", "up"), and every other word
// it holds is a link or a label ending in a colon.
func (w *htmlWalker) sequenceLine(n *html.Node) bool {
	return n.DataAtom == atom.P && w.linksOnly(n, true) && holdsElement(n, sequenceLink)
}

// sequenceLink reports whether n is a link to a neighbour of its page in
// a sequence of pages: its rel attribute names one of HTML's link types
// "next", "prev" (or the older "previous") and "up".
func sequenceLink(n *html.Node) bool {
	if n.DataAtom != atom.A {
		return false
	}
	for _, t := range strings.Fields(strings.ToLower(attr(n, "rel"))) {
		if t == "next" || t == "prev" || t == "previous" || t == "up" {
			return true
		}
	}
	return false
}

// tableCells returns the cells (<td>, <th>) of table t's own rows, in
// order, leaving out those of the tables nested in them.
func tableCells(t *html.Node) []*html.Node {
	var cells []*html.Node
	var rows func(n *html.Node)
	rows = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch {
			case c.Type != html.ElementNode:
			case c.DataAtom == atom.Thead || c.DataAtom == atom.Tbody || c.DataAtom == atom.Tfoot:
				rows(c)
			case c.DataAtom == atom.Tr:
				for d := c.FirstChild; d != nil; d = d.NextSibling {
					if isCell(d) {
						cells = append(cells, d)
					}
				}
			}
		}
	}
	rows(t)
	return cells
}

// nextCell returns the cell after cell c in its row, or nil.
func nextCell(c *html.Node) *html.Node {
	for d := c.NextSibling; d != nil; d = d.NextSibling {
		if isCell(d) {
			return d
		}
	}
	return nil
}

// isCell reports whether n is a table cell, <td> or <th>.
func isCell(n *html.Node) bool {
	return n.Type == html.ElementNode && (n.DataAtom == atom.Td || n.DataAtom == atom.Th)
}

// holdsElement reports whether n holds, at any depth, an element of
// which is reports true.
func holdsElement(n *html.Node, is func(*html.Node) bool) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (is(c) || holdsElement(c, is)) {
			return true
		}
	}
	return false
}

// maxSpan bounds the columns or rows one HTML table cell may span.
const maxSpan = 64

// span returns a cell's colspan or rowspan: 1 unless the attribute says
// more, at most maxSpan.
func span(c *html.Node, key string) int {
	n, err := strconv.Atoi(strings.TrimSpace(attr(c, key)))
	if err != nil || n < 1 {
		return 1
	}
	return min(n, maxSpan)
}

func (w *htmlWalker) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		w.line.WriteString(n.Data)
		return
	case html.ElementNode:
		if w.skip(n) {
			w.noteMark(n)
			return
		}
		if id := attr(n, "id"); id != "" && w.notes != nil {
			if at, ok := w.notes[id]; ok {
				// A footnote a mark links to: its blocks take the
				// section of the block holding the mark.
				delete(w.notes, id)
				w.flush()
				from := len(w.out)
				w.walk(n)
				w.flush()
				for i := from; i < len(w.out); i++ {
					w.out[i].noteOf = at + 1
				}
				return
			}
		}
		switch n.DataAtom {
		case atom.Br:
			kind := w.kind
			w.flush()
			w.kind = kind
			return
		case atom.Pre:
			w.flush()
			for l := range strings.Lines(nodeText(n)) {
				w.out.add(l, KindCode)
			}
			return
		case atom.Sup:
			// An exponent after its base: "2<sup>16</sup>" is 2^16.
			w.line.WriteString(exponentMark(w.line.String(), strings.TrimSpace(nodeText(n))))
		case atom.Time:
			// A date set next to a name without a space is still a
			// separate word: "Jane Doe<time>09/14/2025</time>".
			if w.line.Len() > 0 && !strings.HasSuffix(w.line.String(), " ") {
				w.line.WriteByte(' ')
			}
		case atom.Td, atom.Th:
			if w.line.Len() > 0 && strings.TrimSpace(w.line.String()) != "" {
				w.line.WriteString("; ")
			}
		case atom.Tr:
			w.row(n)
			return
		case atom.Details:
			if s := childElement(n, atom.Summary); s != nil && !w.skip(s) {
				h := w.heading(s)
				for c := n.FirstChild; c != nil; c = c.NextSibling {
					if c != s {
						w.walk(c)
					}
				}
				w.endSection(h)
				return
			}
		case atom.Dl:
			w.flush()
			w.terms(n)
			w.flush()
			return
		case atom.Li:
			if q := itemQuestion(n); q != nil && !w.skip(q) {
				h := w.heading(q)
				for c := q.NextSibling; c != nil; c = c.NextSibling {
					w.walk(c)
				}
				w.endSection(h)
				return
			}
		case atom.Table:
			if cells, ok := layoutTable(n); ok {
				// A table set for layout: its cells are regions of the
				// page, read one after another as the page's flow, but
				// for a cell of links alone, the site's menu, which such
				// pages set in a cell as others do in a <nav>.
				w.flush()
				for _, c := range cells {
					if !w.skip(c) && !w.linksOnly(c, false) {
						w.children(c)
						w.flush()
					}
				}
				return
			}
			outerHeader, outerGrid, outerHead, outerCaption := w.header, w.grid, w.lastHead, w.caption
			w.header, w.grid, w.lastHead, w.caption = nil, tableGrid{}, false, ""
			w.flush()
			from := len(w.out)
			w.children(n)
			w.flush()
			// The table's <caption> is its rows' caption whatever its shape
			// (captionTables takes only a short line that is no sentence).
			if w.caption != "" {
				for i := from; i < len(w.out); i++ {
					if w.out[i].kind == KindRow {
						w.out[i].caption = w.caption
					}
				}
			}
			w.header, w.grid, w.lastHead, w.caption = outerHeader, outerGrid, outerHead, outerCaption
			return
		}
		if kind, ok := blockTag(n.DataAtom); ok {
			level := headingLevel(n.DataAtom)
			w.flush()
			from := len(w.out)
			w.kind, w.level = kind, level
			w.children(n)
			w.kind, w.level = kind, level
			w.flush()
			if n.DataAtom == atom.Caption && w.caption == "" {
				w.caption = captionText(w.out[from:])
			}
			if n.DataAtom == atom.Li && from < len(w.out) && w.out[from].kind == KindItem {
				// The items of a sub-list that no deeper item is the
				// parent of have this item's first line as their parent.
				for i := from + 1; i < len(w.out); i++ {
					if w.out[i].kind == KindItem && w.out[i].parent == "" {
						w.out[i].parent = w.out[from].text
					}
				}
			}
			if bylineClass(attr(n, "class")) {
				// An author's name marked up as such (DocBook's <h3
				// class="author">) is the document's byline, not the
				// heading of a section.
				for i := from; i < len(w.out); i++ {
					if nameLike(w.out[i].text, maxBylineWords) {
						w.out[i].kind, w.out[i].level, w.out[i].why = KindParagraph, 0, whyByline
					}
				}
			}
			return
		}
	case html.CommentNode, html.DoctypeNode:
		return
	}
	w.children(n)
}

func (w *htmlWalker) children(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if b, panel := w.disclosure(c); b != nil {
			h := w.heading(b)
			w.walk(shown(panel))
			w.endSection(h)
			c = panel
			continue
		}
		w.walk(c)
	}
}

// An FAQ's questions head their answers without being headings: the
// <summary> of a <details> heads the rest of the <details>, a <dt> heads
// the <dd>s right after it, and an accordion's button the element it
// controls (disclosure). Each is read as a heading one level
// below the section it stands in (level 0), whose section ends where the
// answer does (block.holds), so that the text after the <details> or the
// <dd>s goes on in the section open before. A <dt> with no <dd> after it
// stays a list item.

// heading reads element n, and the elements also after it, as one line
// and makes its block a heading one level below the current section,
// returning the index of the block; or -1 when they make no block or
// several, or a table or code, which stay as they are. The elements are
// set apart by commas, as a manual page sets an option's forms ("-p,
// --package").
func (w *htmlWalker) heading(n *html.Node, also ...*html.Node) int {
	w.flush()
	from := len(w.out)
	w.kind, _ = blockTag(n.DataAtom)
	w.children(n)
	for _, a := range also {
		w.line.WriteString(", ")
		w.children(a)
	}
	w.flush()
	if len(w.out) != from+1 || w.out[from].noteOf > 0 {
		return -1
	}
	b := &w.out[from]
	if b.kind != KindHeading && b.kind != KindParagraph && b.kind != KindItem {
		return -1
	}
	b.kind, b.level = KindHeading, 0
	return from
}

// endSection ends the section of heading block h, which heading returned,
// after the blocks read so far.
func (w *htmlWalker) endSection(h int) {
	w.flush()
	if h >= 0 {
		w.out[h].holds = len(w.out) - h
	}
}

// terms reads the children of a <dl> (or of a <div> grouping its terms):
// a <dt> followed by <dd>s heads them; anything else is read as it is.
func (w *htmlWalker) terms(dl *html.Node) {
	for c := dl.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || w.skip(c) {
			w.walk(c)
			continue
		}
		switch c.DataAtom {
		case atom.Div:
			if _, note := w.notes[attr(c, "id")]; note {
				break
			}
			w.flush()
			w.terms(c)
			w.flush()
			continue
		case atom.Dt:
			// The terms of one group, the <dt>s right after c, name
			// the same thing (an option's short and long forms): they
			// head the group's <dd>s together.
			var also []*html.Node
			dd := nextElement(c)
			for ; dd != nil && dd.DataAtom == atom.Dt && !w.skip(dd); dd = nextElement(dd) {
				also = append(also, dd)
			}
			if dd == nil || dd.DataAtom != atom.Dd || w.skip(dd) {
				// Terms with no description stay list items.
				w.walk(c)
				for _, t := range also {
					w.walk(t)
					c = t
				}
				continue
			}
			h := w.heading(c, also...)
			for ; dd != nil && dd.DataAtom == atom.Dd; dd = nextElement(dd) {
				w.walk(dd)
				c = dd
			}
			w.endSection(h)
			continue
		}
		w.walk(c)
	}
}

// itemQuestion returns the question of an FAQ set as a list whose items
// each open with a line in emphasis (<em>, <i>, <strong>, <b>) over
// paragraphs of answer: the emphasis, when it is the item's first text
// and a block (a paragraph, a list, a table, code) comes right after it;
// or nil. It heads the rest of the item as a
// <dt> heads its <dd>s.
func itemQuestion(li *html.Node) *html.Node {
	var q *html.Node
	for c := li.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) == "":
		case q == nil:
			if c.DataAtom != atom.Em && c.DataAtom != atom.I && c.DataAtom != atom.Strong && c.DataAtom != atom.B {
				return nil
			}
			q = c
		default:
			if _, block := blockTag(c.DataAtom); block || c.DataAtom == atom.Pre {
				return q
			}
			return nil
		}
	}
	return nil
}

// disclosure reports whether element c is the question of an accordion,
// by the ARIA disclosure pattern: a <button> with aria-expanded, alone or
// all the text of c (a heading, or a heading in a <div>), whose
// aria-controls names the id of the element right after c, its answer. It
// returns the button and the answer, or nils. The answer is read even when
// hidden by the hidden attribute alone: a collapsed answer, as the
// button's aria-expanded says.
func (w *htmlWalker) disclosure(c *html.Node) (button, panel *html.Node) {
	if c.Type != html.ElementNode || (c.DataAtom != atom.Button && headingLevel(c.DataAtom) == 0 && c.DataAtom != atom.Div) {
		return nil, nil
	}
	panel = nextElement(c)
	if panel == nil {
		return nil, nil
	}
	id := attr(panel, "id")
	if id == "" {
		return nil, nil
	}
	button = findButton(c, maxDisclosureDepth)
	if button == nil || !slices.Contains(strings.Fields(attr(button, "aria-controls")), id) {
		return nil, nil
	}
	if _, ok := attrOK(button, "aria-expanded"); !ok || strings.EqualFold(attr(button, "aria-hidden"), "true") {
		return nil, nil
	}
	if n := textLen(button); n == 0 || n != textLen(c) {
		return nil, nil
	}
	if (c.DataAtom != atom.Button && w.skip(c)) || w.skip(shown(panel)) {
		return nil, nil
	}
	return button, panel
}

// maxDisclosureDepth bounds how deep in its element an accordion's
// question's button is looked for (<div><h3><button>).
const maxDisclosureDepth = 3

// findButton returns n when it is a <button>, else the first <button>
// below it, at most depth elements down, or nil.
func findButton(n *html.Node, depth int) *html.Node {
	if n.Type != html.ElementNode {
		return nil
	}
	if n.DataAtom == atom.Button {
		return n
	}
	if depth == 0 {
		return nil
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if b := findButton(c, depth-1); b != nil {
			return b
		}
	}
	return nil
}

// shown returns n without its hidden attribute: a copy of n sharing its
// children when it has one, else n.
func shown(n *html.Node) *html.Node {
	if _, hidden := attrOK(n, "hidden"); !hidden {
		return n
	}
	c := *n
	c.Attr = slices.DeleteFunc(slices.Clone(n.Attr), func(a html.Attribute) bool {
		return a.Namespace == "" && strings.EqualFold(a.Key, "hidden")
	})
	return &c
}

// childElement returns the first child of n that is element a, or nil.
func childElement(n *html.Node, a atom.Atom) *html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == a {
			return c
		}
	}
	return nil
}

// nextElement returns the element after n among its siblings, past white
// space and comments, or nil when there is none or text stands between.
func nextElement(n *html.Node) *html.Node {
	for c := n.NextSibling; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.ElementNode:
			return c
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) != "":
			return nil
		}
	}
	return nil
}

// blockTag reports whether a tag ends a line, and the kind of its block.
func blockTag(a atom.Atom) (BlockKind, bool) {
	switch a {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return KindHeading, true
	case atom.Li, atom.Dt, atom.Dd:
		return KindItem, true
	case atom.Tr:
		return KindRow, true
	case atom.Figcaption:
		return KindCaption, true
	case atom.P, atom.Div, atom.Section, atom.Article, atom.Main, atom.Blockquote,
		atom.Figure, atom.Caption, atom.Address, atom.Table,
		atom.Ul, atom.Ol, atom.Dl, atom.Hr, atom.Details, atom.Summary, atom.Center,
		atom.Body, atom.Html, atom.Hgroup, atom.Fieldset:
		return KindParagraph, true
	}
	return KindParagraph, false
}

// headingLevel returns the level of h1 to h6, or 0.
func headingLevel(a atom.Atom) int {
	switch a {
	case atom.H1:
		return 1
	case atom.H2:
		return 2
	case atom.H3:
		return 3
	case atom.H4:
		return 4
	case atom.H5:
		return 5
	case atom.H6:
		return 6
	}
	return 0
}

// skippedTag reports the elements whose content is never the document's
// text.
func skippedTag(a atom.Atom) bool {
	switch a {
	case atom.Head, atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Iframe,
		atom.Svg, atom.Math, atom.Canvas, atom.Nav, atom.Header, atom.Footer, atom.Aside,
		atom.Form, atom.Button, atom.Select, atom.Textarea, atom.Input, atom.Label,
		atom.Dialog, atom.Menu, atom.Object, atom.Embed, atom.Audio, atom.Video,
		atom.Picture, atom.Img, atom.Map:
		return true
	}
	return false
}

// skip reports elements whose content is never the document's text: the
// skipped tags, hidden elements, navigation roles and furniture.
func (w *htmlWalker) skip(n *html.Node) bool {
	if skippedTag(n.DataAtom) && !noteAside(n) {
		return true
	}
	if _, hidden := attrOK(n, "hidden"); hidden || strings.EqualFold(attr(n, "aria-hidden"), "true") {
		return true
	}
	if style := strings.ToLower(strings.ReplaceAll(attr(n, "style"), " ", "")); strings.Contains(style, "display:none") {
		return true
	}
	switch strings.ToLower(attr(n, "role")) {
	case "navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "dialog", "alertdialog":
		return true
	case "doc-backlink", "doc-noteref":
		return true // a footnote's mark, or its "↩︎" link back to it (pandoc)
	}
	if (n.DataAtom == atom.A || n.DataAtom == atom.Sup || n.DataAtom == atom.Span) && noteLinkName(attr(n, "class")) {
		return true
	}
	if id, ok := strings.CutPrefix(attr(n, "href"), "#"); ok && n.DataAtom == atom.A && w.marks[id] {
		return true // a link back to a footnote's mark
	}
	if officeFurniture(n) || w.sequenceLine(n) {
		return true
	}
	if furnitureName(attr(n, "class")) || furnitureName(attr(n, "id")) {
		// A wrapper named after furniture ("has-comments") may hold the
		// article itself: only skip elements holding a small part of it.
		return textLen(n)*5 < w.rootLen*2
	}
	return false
}

// noteAside reports whether element n is an <aside> holding footnotes,
// not a sidebar: the document's text, filed under the sections citing
// them as any footnote is. docutils' HTML5 writer (from 0.18 on, as Sphinx
// uses it) writes each note as <aside class="footnote brackets"
// role="doc-footnote"> and the notes of a page in <aside
// class="footnote-list brackets">; the ARIA roles of a note
// ("doc-footnote", "doc-endnote") and of a list of notes
// ("doc-endnotes") say the same of any page.
func noteAside(n *html.Node) bool {
	if n.DataAtom != atom.Aside {
		return false
	}
	switch strings.ToLower(attr(n, "role")) {
	case "doc-footnote", "doc-endnote", "doc-endnotes":
		return true
	}
	return slices.ContainsFunc(strings.Fields(strings.ToLower(attr(n, "class"))), func(c string) bool {
		return c == "footnote" || c == "footnote-list"
	})
}

// noteMark notes where a footnote's mark, skipped element n, stands: the
// block being read (or the table row being read) holds it, and the note
// it links to ("#fn1") is filed under that block's section, and its ids
// are kept in marks. The links back from notes to their marks are not
// marks.
func (w *htmlWalker) noteMark(n *html.Node) {
	if w.notes == nil || len(w.notes) >= maxNoteMarks {
		return
	}
	role, class := strings.ToLower(attr(n, "role")), strings.ToLower(attr(n, "class"))
	if role != "doc-noteref" && !slices.ContainsFunc(strings.Fields(class), noteMarkName) {
		return
	}
	a := n
	for a != nil && a.DataAtom != atom.A {
		a = a.FirstChild
		for a != nil && a.Type != html.ElementNode {
			a = a.NextSibling
		}
	}
	if a == nil {
		return
	}
	for _, m := range []*html.Node{n, a} {
		if id := attr(m, "id"); id != "" && w.marks != nil {
			w.marks[id] = true
		}
	}
	id, ok := strings.CutPrefix(attr(a, "href"), "#")
	if !ok || id == "" {
		return
	}
	at := len(w.out)
	if w.cellRow >= 0 {
		at = w.cellRow
	}
	if _, seen := w.notes[id]; !seen {
		w.notes[id] = at
	}
}

// maxNoteMarks bounds the footnote marks remembered of one page.
const maxNoteMarks = 4096

// noteMarkName reports whether the class c names a footnote's mark that
// links to its note: pandoc's and markdown-it's "footnote-ref", and
// "footnote-reference" of pulldown-cmark (mdBook's and rustdoc's pages:
// a <sup> around the link) and of docutils (Sphinx's pages: the link).
func noteMarkName(c string) bool {
	return c == "footnote-ref" || c == "footnote-reference"
}

// noteLinkName reports whether a link's class names it a footnote's mark
// (noteMarkName, kramdown's "footnote") or the link from a footnote back
// to its mark (pandoc's "footnote-back", markdown-it's
// "footnote-backref", kramdown's "reversefootnote"), or, in HTML saved by
// LibreOffice and Word, either ("sdfootnoteanc", "sdfootnotesym",
// "MsoFootnoteReference"). The marks would be glued to the word they
// follow ("permit1", "equivalent.1 All examples", "1The note").
func noteLinkName(class string) bool {
	for _, c := range strings.Fields(strings.ToLower(class)) {
		if noteMarkName(c) {
			return true
		}
		switch c {
		case "footnote-back", "footnote-backref", "reversefootnote",
			"sdfootnoteanc", "sdfootnotesym", "sdendnoteanc", "sdendnotesym", // LibreOffice
			"msofootnotereference", "msoendnotereference": // Word
			return true
		}
	}
	return false
}

// officeFurniture reports the parts of HTML saved by an office suite that
// are not its text: LibreOffice's table of contents (a div whose id is
// "Table of Contents1") and running header and footer (divs titled
// "header" and "footer"), and Word's contents entries (class "MsoToc1").
func officeFurniture(n *html.Node) bool {
	if n.DataAtom != atom.Div && n.DataAtom != atom.P {
		return false
	}
	if n.DataAtom == atom.Div {
		if strings.HasPrefix(strings.ToLower(attr(n, "id")), "table of contents") {
			return true
		}
		if t := strings.ToLower(attr(n, "title")); t == "header" || t == "footer" {
			return true
		}
	}
	for _, c := range strings.Fields(strings.ToLower(attr(n, "class"))) {
		if strings.HasPrefix(c, "msotoc") {
			return true
		}
	}
	return false
}

// bylineClasses are the class words of an element that holds an author's
// name: DocBook's stylesheets write <h3 class="author"> on a title page,
// and pages their byline as "byline" or "authors".
var bylineClasses = map[string]bool{"author": true, "authors": true, "byline": true}

// maxBylineWords is the most words of a byline element's line read as
// names (nameLike): a line of an author's name, or of a few, not a bio.
const maxBylineWords = 8

// bylineClass reports whether a class attribute names a byline: one of its
// words, split at spaces only ("author-bio" is no byline), is in
// bylineClasses.
func bylineClass(v string) bool {
	for _, c := range strings.Fields(strings.ToLower(v)) {
		if bylineClasses[c] {
			return true
		}
	}
	return false
}

// furnitureNames are class and id words of page furniture.
var furnitureNames = map[string]bool{
	"nav": true, "navbar": true, "navigation": true, "menu": true, "breadcrumb": true,
	"breadcrumbs": true, "share": true, "sharing": true, "social": true, "cookie": true,
	"cookies": true, "consent": true, "comments": true, "comment": true, "related": true,
	"newsletter": true, "subscribe": true, "subscription": true, "advert": true,
	"advertisement": true, "ads": true, "ad": true, "promo": true, "sidebar": true,
	"footer": true, "masthead": true, "popup": true, "modal": true, "skip": true,
	"signin": true, "login": true, "paywall": true,
	"credit": true, "credits": true, "tags": true, "toolbar": true,
}

// furnitureName reports whether a class or id attribute names page
// furniture: one of its words, split at spaces, "-" and "_", is in
// furnitureNames.
func furnitureName(v string) bool {
	if v == "" {
		return false
	}
	for _, f := range strings.FieldsFunc(strings.ToLower(v), func(r rune) bool {
		return r == ' ' || r == '-' || r == '_' || r == '\t'
	}) {
		if furnitureNames[f] {
			return true
		}
	}
	return false
}

// attr returns the value of attribute key, or "".
func attr(n *html.Node, key string) string {
	v, _ := attrOK(n, key)
	return v
}

func attrOK(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Namespace == "" && strings.EqualFold(a.Key, key) {
			return a.Val, true
		}
	}
	return "", false
}

// nodeText returns the text below n, scripts and styles excluded.
func nodeText(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch {
		case n.Type == html.TextNode:
			b.WriteString(n.Data)
			return
		case n.Type == html.ElementNode && (n.DataAtom == atom.Script || n.DataAtom == atom.Style):
			return
		case n.Type == html.ElementNode && n.DataAtom == atom.Br:
			b.WriteByte('\n')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

// textLen counts the bytes of text below n, scripts and styles excluded.
func textLen(n *html.Node) int {
	switch {
	case n.Type == html.TextNode:
		return len(strings.TrimSpace(n.Data))
	case n.Type == html.ElementNode && (n.DataAtom == atom.Script || n.DataAtom == atom.Style):
		return 0
	}
	total := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		total += textLen(c)
	}
	return total
}
