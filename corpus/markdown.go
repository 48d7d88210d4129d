package corpus

import (
	"bytes"
	"html"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark"
	emoji "github.com/yuin/goldmark-emoji"
	emast "github.com/yuin/goldmark-emoji/ast"
	gast "github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
	"gopkg.in/yaml.v3"
)

// markdownParser parses CommonMark with the GitHub extensions wikis use:
// tables, strikethrough, task lists, footnotes, definition lists and
// GitHub's emoji shortcodes (":rocket:", read as the emoji it shows). A
// goldmark parser is safe for concurrent use once built, but building it
// allocates, so newMarkdownParser is called once per Parse of a Markdown
// file rather than kept in a global.
func newMarkdownParser() parser.Parser {
	return goldmark.New(goldmark.WithExtensions(
		extension.Table,
		extension.Strikethrough,
		extension.TaskList,
		extension.Footnote,
		extension.DefinitionList,
		emoji.Emoji,
	), goldmark.WithParserOptions(
		// "## Title {#id .class}": the attributes are read, not text.
		parser.WithHeadingAttribute(),
		// Before the link parser, which takes "[" too.
		parser.WithInlineParsers(util.Prioritized(wikiLinkParser{}, 150)),
	)).Parser()
}

// markdownBlocks reduces Markdown to blocks of plain text by walking the
// syntax tree github.com/yuin/goldmark builds:
//
//   - headings keep their level, for the section path;
//   - paragraphs, block quotes and list items become one block each (a hard
//     line break starts a new one); task boxes are dropped;
//   - a definition list becomes one item per description, "Term: text",
//     so that each says what it defines;
//   - a table becomes one row per line, its cells joined with "; ", each
//     body row carrying the header row's cells;
//   - fenced and indented code is kept line by line;
//   - an HTML block is read by the HTML reader, with the indented code
//     and HTML blocks after it up to the block closing its first element
//     when blank lines cut that element (htmlSpan), a "<summary>" heading
//     the Markdown up to the "</details>" that closes it; HTML comments vanish,
//     save a comment of YAML metadata ("<!-- YAML added: v0.3.3 -->"),
//     whose keys of plain values are kept as items (yamlComment);
//   - footnotes ("[^1]: …") become paragraphs after the text, in the
//     section of their first reference; the reference marks go;
//   - a heading's attributes ("## Scope {#scope .wide}") are left out, as
//     are Python-Markdown's attribute lists elsewhere and Material for
//     MkDocs' icon shortcodes (see attributesAndIcons) and code
//     annotations' markers (see annotationMarkers);
//   - a GitHub alert's marker ("> [!NOTE]") is left out of its quote, and
//     MkDocs ("!!! note \"Title\"" over an indented body) and Docusaurus
//     (":::tip Title" … ":::") admonitions are read as their title and
//     body, without their markers (see admonitions);
//   - Jekyll's Liquid syntax is read around (see liquid), display math
//     reads as code lines and an abbreviation's definition as a term and
//     its meaning (see mathAndAbbreviations).
//
// Inline syntax is reduced to its text: emphasis, links (their text),
// emoji shortcodes (their emoji),
// code spans (their content), autolinks (the address); images and inline
// HTML tags are dropped, save "<br>", read as a hard line break (in a
// table's cell, a space between its lines); backslash escapes and
// entities are resolved.
func markdownBlocks(src string) blocks {
	bs, _ := markdownRead(src)
	return bs
}

// markdownRead returns markdownBlocks' blocks of src and the words it
// writes as code spans (codeWord), each once, in order of first use.
func markdownRead(src string) (blocks, []string) {
	source := []byte(breakLongParagraphs(attributesAndIcons(annotationMarkers(admonitions(mathAndAbbreviations(liquid(src)))))))
	doc := newMarkdownParser().Parse(text.NewReader(source))
	w := mdWalker{source: source, notes: map[int]int{}, seen: map[string]bool{}}
	w.block(doc)
	for len(w.details) > 0 {
		w.closeDetails()
	}
	w.footnotes()
	return w.out, w.code
}

// wikiLinkParser reads a wiki's link between pages, "[[Getting
// Started]]" or "[[Config|the config page]]", as the text the wiki shows:
// the page's name, or of the two parts the one that reads as words, the
// other being a page's name without spaces ("[[Link Text|page-name]]" in
// GitHub's wikis, "[[page-name|Link Text]]" in Obsidian's), the first
// when both or neither do. CommonMark leaves the brackets in the text. A
// bracket pair with a space inside ("[[ -f x ]]", shell) or followed by
// "(" or "[" (a link whose text is "[1]") is no such link.
type wikiLinkParser struct{}

// wikiLink matches a wiki link at the start of a line's rest: its first
// part and its second, if any.
var wikiLink = regexp.MustCompile(`^\[\[([^\s\[\]|](?:[^\[\]|\n]*[^\s\[\]|])?)(?:\|([^\s\[\]|](?:[^\[\]|\n]*[^\s\[\]|])?))?\]\]`)

// Trigger implements parser.InlineParser.
func (wikiLinkParser) Trigger() []byte { return []byte{'['} }

// Parse implements parser.InlineParser: a wiki link becomes a String of
// the text it shows.
func (wikiLinkParser) Parse(_ gast.Node, block text.Reader, _ parser.Context) gast.Node {
	line, _ := block.PeekLine()
	m := wikiLink.FindSubmatch(line)
	if m == nil || len(line) > len(m[0]) && (line[len(m[0])] == '(' || line[len(m[0])] == '[') {
		return nil
	}
	label := m[1]
	if m[2] != nil && !bytes.ContainsRune(m[1], ' ') && bytes.ContainsRune(m[2], ' ') {
		label = m[2]
	}
	block.Advance(len(m[0]))
	return gast.NewString(slices.Clone(label))
}

// codeWord reports whether the content of a code span is one word that
// may name a command, a stream, an identifier or a command's option
// ("man", "stdout", "Console", "--height", "-v"): letters, digits, '_',
// '-' and '.', starting with a letter, or with one or two hyphens and a
// letter, as a command line writes an option. An option may carry its
// value after "=" ("--header-border=inline", "--color=always"), as
// command lines write one: a value of letters, digits and '_', '-', '.',
// ',', ':', '/' or '+'.
func codeWord(s string) bool {
	if rest, ok := strings.CutPrefix(s, "-"); ok {
		s = strings.TrimPrefix(rest, "-")
		if name, value, ok := strings.Cut(s, "="); ok {
			if value == "" || strings.IndexFunc(value, func(r rune) bool {
				return !(unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune("_-.,:/+", r))
			}) >= 0 {
				return false
			}
			s = name
		}
	}
	for i, r := range s {
		if !(unicode.IsLetter(r) || i > 0 && (unicode.IsDigit(r) || r == '_' || r == '-' || r == '.')) {
			return false
		}
	}
	return s != ""
}

// Paragraphs full of brackets make goldmark's link parser quadratic in
// the paragraph's length (a paragraph of "[a](" 50,000 times takes half a
// minute). A paragraph longer than maxBracketParagraph bytes holding more
// than maxBrackets "[" is therefore cut into pieces of that length, at a
// line end or a space. Prose never comes near; the pieces of such text
// read as they did.
const (
	maxBracketParagraph = 4096
	maxBrackets         = 32
)

// breakLongParagraphs cuts the long, bracket-heavy paragraphs of src with
// blank lines.
func breakLongParagraphs(src string) string {
	if len(src) <= maxBracketParagraph || strings.Count(src, "[") <= maxBrackets {
		return src
	}
	var (
		b        strings.Builder
		size     int // bytes since the last blank line
		brackets int
	)
	b.Grow(len(src) + len(src)/maxBracketParagraph*2)
	for line := range strings.Lines(src) {
		if strings.TrimSpace(line) == "" {
			size, brackets = 0, 0
			b.WriteString(line)
			continue
		}
		for len(line) > maxBracketParagraph && strings.Count(line, "[") > maxBrackets {
			cut := strings.LastIndexByte(line[:maxBracketParagraph], ' ')
			if cut <= 0 {
				cut = maxBracketParagraph
			}
			b.WriteString(line[:cut])
			b.WriteString("\n\n")
			line = line[cut:]
			size, brackets = 0, 0
		}
		if size+len(line) > maxBracketParagraph && brackets+strings.Count(line, "[") > maxBrackets {
			b.WriteString("\n")
			size, brackets = 0, 0
		}
		b.WriteString(line)
		size += len(line)
		brackets += strings.Count(line, "[")
	}
	return b.String()
}

// mdWalker collects the blocks of a Markdown syntax tree.
type mdWalker struct {
	source []byte
	out    blocks
	// notes maps a footnote's index to the number of blocks before its
	// first reference, to place it in that reference's section.
	notes map[int]int
	// list holds the footnote definitions met, in document order.
	list []*east.Footnote
	// code holds the one-word code spans met (codeWord), each once, and
	// seen marks them.
	code []string
	seen map[string]bool
	// details is a stack of the <details> elements an HTML block opened
	// and left open for Markdown to fill: each the index of its
	// <summary>'s heading, or -1 for one without a summary.
	details []int
	// heading is the level of the last heading written as one (a "#"
	// line or an underlined one), 0 before the first.
	heading int
	// fields marks, of the parts the last call of inline returned, those
	// that are the lines of a field list (fieldRun).
	fields []bool
}

// block walks a block node and its children.
func (w *mdWalker) block(n gast.Node) {
	switch n := n.(type) {
	case *gast.Heading:
		w.heading = n.Level
		for _, t := range w.inline(n) {
			w.out.addHeading(t, n.Level)
		}
		return
	case *gast.Paragraph, *gast.TextBlock:
		if w.inPageLinks(n) {
			w.contents(n)
			return
		}
		texts := w.inline(n)
		if len(texts) == 1 && boldHeading(n, texts[0]) {
			w.out.addHeading(texts[0], min(max(w.heading, 1)+1, 6))
			return
		}
		fields := slices.Clone(w.fields)
		for i, t := range texts {
			n := len(w.out)
			w.out.add(t, KindParagraph)
			if len(w.out) > n {
				w.out[n].entry = fields[i]
			}
		}
		return
	case *gast.Blockquote:
		w.blockquote(n)
		return
	case *gast.ListItem:
		w.listItem(n)
		return
	case *gast.FencedCodeBlock, *gast.CodeBlock:
		lines := n.Lines()
		for i := range lines.Len() {
			seg := lines.At(i)
			w.out.add(string(seg.Value(w.source)), KindCode)
		}
		return
	case *gast.HTMLBlock:
		w.htmlBlock(n)
		return
	case *gast.ThematicBreak:
		return
	case *gast.List:
		if w.inPageLinks(n) {
			w.contents(n)
			return
		}
	case *east.Table:
		w.table(n)
		return
	case *east.DefinitionList:
		w.definitions(n)
		return
	case *east.FootnoteList:
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			if f, ok := c.(*east.Footnote); ok {
				w.list = append(w.list, f)
			}
		}
		return
	}
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		if h, ok := c.(*gast.HTMLBlock); ok {
			if last := htmlSpan(h, w.source); last != nil {
				w.htmlText(string(w.source[blockStart(h):blockStop(last)]))
				c = last
				continue
			}
		}
		w.block(c)
	}
}

// boldHeading reports whether the paragraph n of the document's top
// level, of text text, is a heading written in bold: the whole paragraph
// one strong emphasis ("**Can software packages be conformant?**",
// "**General Questions**"), as FAQs and notes write their questions and
// section labels, and as the Word reader reads a paragraph all in bold
// (directHeading): a question, or a label of maxHeadingWords words at
// most with a letter and no stop, colon, semicolon or comma at its end
// (a bold sentence or lead-in stays a paragraph), and not right above a
// table, whose title it is (tableCaption). Such a heading is a
// subsection of the last heading written as one (w.heading).
func boldHeading(n gast.Node, text string) bool {
	if _, top := n.Parent().(*gast.Document); !top || n.ChildCount() != 1 {
		return false
	}
	if _, table := n.NextSibling().(*east.Table); table {
		return false // a table's title, which the table takes as its caption
	}
	if e, ok := n.FirstChild().(*gast.Emphasis); !ok || e.Level != 2 {
		return false
	}
	text = strings.TrimSpace(text)
	if text == "" || !strings.ContainsFunc(text, unicode.IsLetter) || len(strings.Fields(text)) > maxHeadingWords {
		return false
	}
	return strings.HasSuffix(text, "?") || !strings.ContainsAny(text[len(text)-1:], ".:;,!")
}

// An HTML element written over several lines with blank lines in it,
// its lines indented as HTML is (Jekyll's and other sites' docs set
// their tables of options so):
//
//	<table>
//	  <tr>
//	    <td>
//	      <p>
//
//	        If set, this specifies the layout file to use.
//
//	      </p>
//
// ends CommonMark's HTML block at the first blank line, and the indented
// lines after it become code. The site's own Markdown (kramdown) reads
// the element whole, as its writer meant. htmlSpan therefore reads an
// HTML block whose first element is left open, followed by nothing but
// indented code and HTML blocks up to the one that closes it, as one
// span of HTML; a Markdown paragraph, list or heading among them (the
// Markdown a "<div align=\"center\">" encloses in a README) leaves the
// blocks as they are.
//
// htmlSpan returns the last block of the span that h opens, or nil when
// h opens none.
func htmlSpan(h *gast.HTMLBlock, source []byte) gast.Node {
	if h.HTMLBlockType != gast.HTMLBlockType6 || h.Lines().Len() == 0 {
		return nil
	}
	first := source[blockStart(h):blockStop(h)]
	m := openTag.FindSubmatch(first)
	if m == nil {
		return nil
	}
	name := strings.ToLower(string(m[1]))
	depth := tagDepth(first, name)
	if depth <= 0 {
		return nil
	}
	code := false
	for c := h.NextSibling(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *gast.CodeBlock:
			code = true
		case *gast.HTMLBlock:
			if c.Lines().Len() == 0 {
				return nil
			}
			if depth += tagDepth(source[blockStart(c):blockStop(c)], name); depth <= 0 {
				if !code {
					return nil
				}
				return c
			}
		default:
			return nil
		}
		if c.Lines().Len() == 0 {
			return nil
		}
	}
	return nil
}

// openTag matches the first tag of an HTML block, and its name.
var openTag = regexp.MustCompile(`^\s*<([A-Za-z][A-Za-z0-9-]*)[\s/>]`)

// tagDepth returns how many more elements named name the HTML text opens
// than it closes.
func tagDepth(text []byte, name string) int {
	depth := 0
	for _, m := range anyTag.FindAllSubmatch(text, -1) {
		if !strings.EqualFold(string(m[2]), name) {
			continue
		}
		if len(m[1]) > 0 {
			depth--
		} else {
			depth++
		}
	}
	return depth
}

// anyTag matches an opening or closing tag: the slash, if any, and the
// name.
var anyTag = regexp.MustCompile(`<(/?)([A-Za-z][A-Za-z0-9-]*)[\s/>]`)

// blockStart returns the offset in the source where block n's first line
// starts; n has at least one line.
func blockStart(n gast.Node) int {
	return n.Lines().At(0).Start
}

// blockStop returns the offset where block n's last line, or an HTML
// block's closing line, stops; n has at least one line.
func blockStop(n gast.Node) int {
	if h, ok := n.(*gast.HTMLBlock); ok && h.HasClosure() {
		return h.ClosureLine.Stop
	}
	lines := n.Lines()
	return lines.At(lines.Len() - 1).Stop
}

// inPageLinks reports whether n, a paragraph or a list, is a table of
// contents: links to the page's own headings and nothing else. A
// paragraph qualifies when its text is one or more links whose targets
// are anchors of the page ("[Project Scope](#project-scope)") with at
// most punctuation between them; a list when each of its items is such a
// paragraph over, at most, such a list ("* [Triagers](#triagers)" over
// "  * [TSC meetings](#tsc-meetings)"). Such a list is the page's
// navigation, as a site's menu is, and repeats the headings it points
// to; a link to another page or a word outside the links ("see
// [Limits](#limits)") makes it text.
func (w *mdWalker) inPageLinks(n gast.Node) bool {
	switch n := n.(type) {
	case *gast.Paragraph, *gast.TextBlock:
		links := 0
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			switch c := c.(type) {
			case *gast.Link:
				if len(c.Destination) < 2 || c.Destination[0] != '#' {
					return false
				}
				links++
			case *gast.Text:
				if c.HardLineBreak() || strings.ContainsFunc(string(c.Value(w.source)), isAlnum) {
					return false
				}
			default:
				return false
			}
		}
		return links > 0
	case *gast.List:
		for item := n.FirstChild(); item != nil; item = item.NextSibling() {
			first := item.FirstChild()
			if first == nil || !w.inPageLinks(first) {
				return false
			}
			if _, ok := first.(*gast.List); ok {
				return false
			}
			for c := first.NextSibling(); c != nil; c = c.NextSibling() {
				if _, ok := c.(*gast.List); !ok || !w.inPageLinks(c) {
					return false
				}
			}
		}
		return n.FirstChild() != nil
	}
	return false
}

// endsAlnum reports whether v ends with a letter or a digit.
func endsAlnum(v []byte) bool {
	r, _ := utf8.DecodeLastRune(v)
	return len(v) > 0 && isAlnum(r)
}

// isAlnum reports whether r is a letter or a digit.
func isAlnum(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// contents adds the blocks of a table of contents (inPageLinks), a
// paragraph or a list, each marked as left out of the body for that
// reason: they are shown as dropped where they stood, and no answer comes
// from them.
func (w *mdWalker) contents(n gast.Node) {
	from := len(w.out)
	if _, ok := n.(*gast.List); ok {
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			w.block(c)
		}
	} else {
		for _, t := range w.inline(n) {
			w.out.add(t, KindParagraph)
		}
	}
	for i := from; i < len(w.out); i++ {
		w.out[i].why = whyContents
	}
}

// blockquote adds a block quote's blocks. A GitHub alert's marker, the
// "[!NOTE]" (or TIP, IMPORTANT, WARNING, CAUTION) on the quote's first
// line, is left out.
func (w *mdWalker) blockquote(n *gast.Blockquote) {
	from := len(w.out)
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		w.block(c)
	}
	if from == len(w.out) {
		return
	}
	first := &w.out[from]
	if m := alertMarker.FindStringIndex(first.text); m != nil && first.kind == KindParagraph {
		if rest := first.text[m[1]:]; rest != "" {
			first.text = rest
		} else {
			w.out = slices.Delete(w.out, from, from+1)
		}
	}
}

// alertMarker matches a GitHub alert's marker at the start of a quote.
var alertMarker = regexp.MustCompile(`^\[!(?i:note|tip|important|warning|caution)\]\s*`)

// listItem adds the text of a list item as items and walks its nested
// blocks (sub-lists, quotes, code). The items of its sub-lists that no
// deeper item is the parent of get its text as their parent.
func (w *mdWalker) listItem(n *gast.ListItem) {
	own := -1 // the index of the item's first line, -1 until added
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		from := len(w.out)
		switch c.(type) {
		case *gast.Paragraph, *gast.TextBlock:
			list, _ := n.Parent().(*gast.List)
			for i, t := range w.inline(c) {
				n := len(w.out)
				w.out.add(t, KindItem)
				w.out[len(w.out)-1].step = list != nil && list.IsOrdered()
				if len(w.out) > n {
					w.out[n].entry = w.fields[i]
				}
			}
			if own < 0 && len(w.out) > from {
				own = from
			}
		default:
			w.block(c)
			if _, sub := c.(*gast.List); !sub || own < 0 {
				continue
			}
			for i := from; i < len(w.out); i++ {
				if w.out[i].kind == KindItem && w.out[i].parent == "" {
					w.out[i].parent = w.out[own].text
				}
			}
		}
	}
}

// table adds a GFM table, one row a block.
func (w *mdWalker) table(t *east.Table) {
	var header []string
	for r := t.FirstChild(); r != nil; r = r.NextSibling() {
		var cells []string
		for c := r.FirstChild(); c != nil; c = c.NextSibling() {
			cells = append(cells, normSpace(strings.Join(w.inline(c), " ")))
		}
		if _, ok := r.(*east.TableHeader); ok {
			header = cells
			w.out.addRow(cells, nil)
			continue
		}
		w.out.addRow(cells, header)
	}
}

// definitions adds a definition list as "Term: description" items.
func (w *mdWalker) definitions(l *east.DefinitionList) {
	term := ""
	for c := l.FirstChild(); c != nil; c = c.NextSibling() {
		switch c.(type) {
		case *east.DefinitionTerm:
			term = normSpace(strings.Join(w.inline(c), " "))
		case *east.DefinitionDescription:
			first := true
			for d := c.FirstChild(); d != nil; d = d.NextSibling() {
				switch d.(type) {
				case *gast.Paragraph, *gast.TextBlock:
					for _, t := range w.inline(d) {
						if first && term != "" {
							t = term + ": " + t
						}
						first = false
						w.out.add(t, KindItem)
					}
				default:
					w.block(d)
				}
			}
		}
	}
}

// htmlBlock reads a block of raw HTML with the HTML reader; a comment of
// YAML metadata is read by yamlComment.
func (w *mdWalker) htmlBlock(n *gast.HTMLBlock) {
	var b bytes.Buffer
	lines := n.Lines()
	for i := range lines.Len() {
		seg := lines.At(i)
		b.Write(seg.Value(w.source))
	}
	if n.HasClosure() {
		b.Write(n.ClosureLine.Value(w.source))
	}
	if n.HTMLBlockType == gast.HTMLBlockType2 {
		for _, line := range yamlComment(b.String()) {
			w.out.add(line, KindItem)
		}
		return
	}
	w.htmlText(b.String())
}

// htmlText reads text, the source of one or more HTML blocks, with the
// HTML reader.
func (w *mdWalker) htmlText(text string) {
	bs, meta := htmlBlocks(text)
	from := len(w.out)
	// A block may close the <details> before it and open the next
	// ("</details>" over "<details><summary>…"): the closes not matched
	// by an open before them end elements of earlier blocks, and the
	// opens not closed after them stay open.
	depth, closes := 0, 0
	for _, tag := range detailsTag.FindAllString(text, -1) {
		switch {
		case tag[1] != '/':
			depth++
		case depth > 0:
			depth--
		default:
			closes++
		}
	}
	for range min(closes, len(w.details)) {
		w.closeDetails()
	}
	w.out = append(w.out, bs...)
	for range depth {
		h := -1
		for i := from; i < len(w.out); i++ {
			if w.out[i].kind == KindHeading && w.out[i].holds > 0 {
				h = i
			}
		}
		w.details = append(w.details, h)
	}
	for _, c := range meta.codeWords {
		if !w.seen[c] {
			w.seen[c] = true
			w.code = append(w.code, c)
		}
	}
}

// GitHub's READMEs fold an answer or a long section under a question
// with "<details>" and "<summary>" written as HTML blocks around Markdown:
//
//	<details>
//	<summary>Why does it fail on Windows?</summary>
//
//	The widget needs a **POSIX** shell.
//
//	</details>
//
// The HTML reader reads the first block's <summary> as a heading holding
// the rest of its <details> (see htmlWalker.heading), which in such a
// file is the Markdown up to the block that closes it.
// detailsTag matches the tags that open and close the element.
var detailsTag = regexp.MustCompile(`(?i)<details[\s>]|</details\s*>`)

// closeDetails ends the innermost <details> left open: its summary's
// heading holds the blocks read since.
func (w *mdWalker) closeDetails() {
	h := w.details[len(w.details)-1]
	w.details = w.details[:len(w.details)-1]
	if h >= 0 {
		w.out[h].holds = len(w.out) - h
	}
}

// yamlComment returns the lines a comment of YAML metadata gives, or none
// for any other comment. Node.js's API pages write under each heading
// when the function came (`<!-- YAML` / `added: v0.3.3` / `-->`), which
// the site shows as "Added in: v0.3.3" and which no sentence of the text
// says. Each top-level key whose value is a scalar, or a list of
// scalars, gives one line of its own text, "added: v0.3.3" (a list's
// values joined with ", ", as a row's cells are joined: "added: v19.4.0,
// v18.14.0"); a key holding a mapping or a list of mappings (the
// "changes:" history, its pull requests' addresses) gives none, and
// neither does a comment that is not YAML of keys.
func yamlComment(comment string) []string {
	body, ok := strings.CutPrefix(strings.TrimSpace(comment), "<!-- YAML")
	if !ok {
		return nil
	}
	body, ok = strings.CutSuffix(body, "-->")
	if !ok || body == "" || body[0] != '\n' && body[0] != '\r' {
		return nil
	}
	var doc yaml.Node
	if err := yaml.Unmarshal([]byte(body), &doc); err != nil || len(doc.Content) != 1 || doc.Content[0].Kind != yaml.MappingNode {
		return nil
	}
	var out []string
	m := doc.Content[0].Content
	for i := 0; i+1 < len(m); i += 2 {
		key, v := m[i].Value, m[i+1]
		var vals []string
		switch v.Kind {
		case yaml.ScalarNode:
			vals = append(vals, v.Value)
		case yaml.SequenceNode:
			for _, e := range v.Content {
				if e.Kind != yaml.ScalarNode {
					vals = nil
					break
				}
				vals = append(vals, e.Value)
			}
		}
		if text := strings.Join(vals, ", "); key != "" && strings.TrimSpace(text) != "" {
			out = append(out, key+": "+text)
		}
	}
	return out
}

// footnotes adds the footnote definitions after the text, in order. Each
// remembers the block that first referred to it, whose section it takes
// (see structure); a note nothing refers to takes the last block's.
func (w *mdWalker) footnotes() {
	for _, f := range w.list {
		at, ok := w.notes[f.Index]
		if !ok {
			at = len(w.out) - 1
		}
		sub := mdWalker{source: w.source, notes: map[int]int{}, seen: w.seen}
		for c := f.FirstChild(); c != nil; c = c.NextSibling() {
			sub.block(c)
		}
		for _, b := range sub.out {
			b.noteOf = at + 1
			w.out = append(w.out, b)
		}
	}
}

// inline returns the text of the inline children of n, split at hard line
// breaks and at "<br>" tags (lineBreakTag), and at the soft line breaks
// of a run of lines each a field's label and text (fieldRun), which it
// marks in w.fields: a field list's entries, text whatever their shape
// (block.entry).
func (w *mdWalker) inline(n gast.Node) []string {
	var (
		parts []string
		b     strings.Builder
		soft  []int // where the lines after soft breaks start in b
	)
	w.fields = w.fields[:0]
	// flush ends the part being written.
	flush := func() {
		run := fieldRun(b.String(), soft)
		parts = append(parts, run...)
		for range run {
			w.fields = append(w.fields, len(run) > 1)
		}
		b.Reset()
		soft = soft[:0]
	}
	var walk func(n gast.Node)
	walk = func(n gast.Node) {
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			switch c := c.(type) {
			case *gast.Text:
				b.Write(resolveText(c.Value(w.source)))
				switch {
				case c.HardLineBreak():
					flush()
				case c.SoftLineBreak():
					b.WriteByte(' ')
					soft = append(soft, b.Len())
				}
			case *gast.String:
				if c.IsCode() || c.IsRaw() {
					b.Write(c.Value)
				} else {
					b.Write(resolveText(c.Value))
				}
			case *gast.CodeSpan:
				at := b.Len()
				for t := c.FirstChild(); t != nil; t = t.NextSibling() {
					switch t := t.(type) {
					case *gast.Text:
						b.Write(t.Value(w.source))
					case *gast.String:
						b.Write(t.Value)
					}
				}
				if s := b.String()[at:]; codeWord(s) && !w.seen[s] {
					w.seen[s] = true
					w.code = append(w.code, s)
				}
			case *gast.AutoLink:
				b.Write(c.Label(w.source))
			case *gast.RawHTML:
				if lineBreakTag.Match(rawHTML(c, w.source)) {
					flush()
					continue
				}
				if sup, ok := supText(c, w.source); ok {
					b.WriteString(exponentMark(b.String(), sup))
				}
			case *emast.Emoji:
				// GitHub's shortcode, ":tada:", shows its emoji; a name
				// of GitHub's own picture (":octocat:") has none. One
				// glued to a word or number before it is text, as in a
				// port mapping ("8080:100:").
				if t, ok := c.PreviousSibling().(*gast.Text); ok && endsAlnum(t.Value(w.source)) {
					b.WriteString(":" + string(c.ShortName) + ":")
				} else {
					b.WriteString(string(c.Value.Unicode))
				}
			case *gast.Image, *east.TaskCheckBox:
			case *east.FootnoteLink:
				if _, ok := w.notes[c.Index]; !ok {
					w.notes[c.Index] = len(w.out)
				}
			default:
				walk(c)
			}
		}
	}
	walk(n)
	if b.Len() > 0 {
		flush()
	}
	return parts
}

// fieldRun returns the text s of a paragraph's part whose lines start
// at the offsets soft: as its lines when there are two or more and each
// opens with a field's label (fieldLabelRE: "Email: security@example.org"
// over "Phone: +1 555 0100"), each a field of its own, as a page shows
// them on lines of their own; else as s, its lines joined.
func fieldRun(s string, soft []int) []string {
	if len(soft) == 0 {
		return []string{s}
	}
	lines := make([]string, 0, len(soft)+1)
	from := 0
	for _, at := range append(soft, len(s)) {
		line := strings.TrimSpace(s[from:at])
		if !fieldLabelRE.MatchString(line) {
			return []string{s}
		}
		lines = append(lines, line)
		from = at
	}
	return lines
}

// lineBreakTag matches inline HTML that breaks the line, "<br>", "<br/>"
// or "<br />": what a hard line break is in Markdown, and the only way to
// break a line inside a table's cell ("Writes the file.<br>Defaults to
// stdout."). Its text on either side is read apart, as at a hard line
// break, and not glued into one word.
var lineBreakTag = regexp.MustCompile(`^(?i)<br\s*/?>$`)

// supText reports whether the inline HTML n opens a superscript, "<sup>",
// whose text up to its "</sup>" is one run of text, and returns that
// text: what exponentMark reads.
func supText(n *gast.RawHTML, source []byte) (string, bool) {
	if !strings.EqualFold(strings.TrimSpace(string(rawHTML(n, source))), "<sup>") {
		return "", false
	}
	t, ok := n.NextSibling().(*gast.Text)
	if !ok {
		return "", false
	}
	end, ok := t.NextSibling().(*gast.RawHTML)
	if !ok || !strings.EqualFold(strings.TrimSpace(string(rawHTML(end, source))), "</sup>") {
		return "", false
	}
	return strings.TrimSpace(string(t.Value(source))), true
}

// rawHTML returns the source of the inline HTML n.
func rawHTML(n *gast.RawHTML, source []byte) []byte {
	var v []byte
	for i := 0; i < n.Segments.Len(); i++ {
		seg := n.Segments.At(i)
		v = append(v, seg.Value(source)...)
	}
	return v
}

// resolveText removes backslash escapes and decodes entities.
func resolveText(v []byte) []byte {
	if bytes.IndexByte(v, '\\') >= 0 {
		v = util.UnescapePunctuations(v)
	}
	if bytes.IndexByte(v, '&') >= 0 {
		v = []byte(html.UnescapeString(string(v)))
	}
	return v
}

// Admonitions are callout boxes that static site generators add to
// Markdown; CommonMark reads their markers as text, and MkDocs' indented
// body as a continuation of the marker's line:
//
//	!!! note "Before you travel"      (MkDocs; also ??? and ???+)
//	    Book flights through the travel desk.
//
//	:::tip Before you travel          (Docusaurus; also :::tip[Title])
//	Book flights through the travel desk.
//	:::
//
// MkDocs' content tabs ('=== "Staff"' over an indented body) are read
// as a heading holding its tab's body, and no more: the label names
// what the tab shows ("Latest", "9.x", "base.html") and the text after
// the tabs is the section's again. They are written as the
// "<details><summary>" the reader already reads so (htmlText). A line that is only a template's tag (Hugo's
// "{{< note >}}", GitBook's and Jekyll's "{% hint %}") is left out.
//
// admonitions rewrites them as plain Markdown: the title, if any, as a
// paragraph of its own, and the body, an MkDocs body out-dented by four
// spaces. Lines in fenced code are left alone. Admonitions inside
// admonitions are undone by running again, at most maxAdmonitionDepth
// times.
func admonitions(src string) string {
	if !strings.Contains(src, "!!!") && !strings.Contains(src, "???") && !strings.Contains(src, ":::") &&
		!strings.Contains(src, "===") && !strings.Contains(src, "{{") && !strings.Contains(src, "{%") {
		return src
	}
	for range maxAdmonitionDepth {
		out, changed := admonitionsOnce(src)
		if !changed {
			break
		}
		src = out
	}
	return src
}

// maxAdmonitionDepth bounds the nesting of admonitions undone.
const maxAdmonitionDepth = 4

var (
	// mkdocsAdmonition matches an MkDocs admonition's first line: the
	// marker, the type and an optional quoted title.
	mkdocsAdmonition = regexp.MustCompile(`^(!!!|\?\?\?\+?)[ \t]+[A-Za-z][\w-]*(?:[ \t]+[\w -]*?)?(?:[ \t]+"([^"]*)")?[ \t]*$|^(===\+?)[ \t]+"([^"]*)"[ \t]*$`)
	// docusaurusOpen matches a Docusaurus admonition's first line: the
	// colons, the type and an optional title, after it or in brackets.
	docusaurusOpen = regexp.MustCompile(`^:::+[ \t]*[A-Za-z][\w-]*(?:\[([^\]]*)\])?(?:[ \t]+(.*?))?(?:[ \t]*\{[^}]*\})?[ \t]*$`)
	// docusaurusClose matches the line that closes it.
	docusaurusClose = regexp.MustCompile(`^:::+[ \t]*$`)
	// fenceLine matches the opening or closing line of fenced code.
	fenceLine = regexp.MustCompile("^ {0,3}(```|~~~)")
)

// fences follows the fenced code of a Markdown file read line by line,
// for the passes that rewrite its lines before it is parsed
// (admonitionsOnce, mathAndAbbreviations) and leave code as written.
type fences struct {
	open string // the fence of the code block being read, "" outside
}

// code reads line (without its line end) and reports whether it is
// fenced code: a fence's opening or closing line, or a line between them.
func (f *fences) code(line string) bool {
	if m := fenceLine.FindStringSubmatch(line); m != nil {
		switch {
		case f.open == "":
			f.open = m[1]
		case f.open == m[1]:
			f.open = ""
		}
		return true
	}
	return f.open != ""
}

// admonitionsOnce undoes the outermost admonitions of src and reports
// whether it found any.
func admonitionsOnce(src string) (string, bool) {
	var (
		b       strings.Builder
		code    fences
		body    bool // in an MkDocs admonition's indented body
		tab     bool // the body is a content tab's
		changed bool
	)
	// endBody ends the body of the admonition or tab being read.
	endBody := func() {
		body = false
		b.WriteString("\n")
		if tab {
			b.WriteString("</details>\n\n")
			tab = false
		}
	}
	b.Grow(len(src))
	for line := range strings.Lines(src) {
		trimmed := strings.TrimRight(line, "\r\n")
		if !body && code.code(trimmed) {
			b.WriteString(line)
			continue
		}
		if body {
			switch {
			case strings.TrimSpace(trimmed) == "":
				b.WriteString(line)
				continue
			case strings.HasPrefix(line, "    "):
				b.WriteString(line[4:])
				continue
			case strings.HasPrefix(line, "\t"):
				b.WriteString(line[1:])
				continue
			}
			endBody()
		}
		if m := mkdocsAdmonition.FindStringSubmatch(trimmed); m != nil {
			changed, body = true, true
			b.WriteString("\n")
			switch {
			case m[3] != "":
				tab = true
				b.WriteString("<details><summary>" + tabLabel(m[4]) + "</summary>\n\n")
			case m[2] != "":
				b.WriteString(m[2] + "\n\n")
			}
			continue
		}
		if tag, _ := templateTagLine(trimmed); tag {
			changed = true
			b.WriteString("\n")
			continue
		}
		if docusaurusClose.MatchString(trimmed) {
			changed = true
			b.WriteString("\n")
			continue
		}
		if m := docusaurusOpen.FindStringSubmatch(trimmed); m != nil {
			changed = true
			b.WriteString("\n")
			if title := strings.TrimSpace(m[1] + " " + m[2]); title != "" {
				b.WriteString(title + "\n")
			}
			b.WriteString("\n")
			continue
		}
		b.WriteString(line)
	}
	if body {
		endBody()
	}
	return b.String(), changed
}

// tabLabel returns the HTML of a content tab's label, written in
// Markdown: its code spans' backquotes and its icons dropped, its text
// escaped.
func tabLabel(label string) string {
	label = iconShortcode.ReplaceAllString(label, "")
	return html.EscapeString(strings.TrimSpace(strings.ReplaceAll(label, "`", "")))
}
