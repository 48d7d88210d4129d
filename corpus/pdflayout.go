package corpus

// The layout of PDF text: from glyphs to blocks.
//
//  1. rows: glyphs on one baseline form a row, sorted left to right; a gap
//     wider than a fifth of the font size is a space between words, and
//     a gap wider than segmentGap ems cuts the row into segments (the
//     columns of a page or of a table).
//  2. page chrome: the top and bottom rows of a page that repeat on other
//     pages (digits aside), that hold the page's number beside their text,
//     or that are a page number alone ("7", "Page 7 of 9", "- 7 -") are
//     running headers, footers and page numbers; they leave the text.
//  3. columns: when most rows of a page have segments on both sides of one
//     vertical gutter and few rows cross it, the page has two columns. Rows
//     that cross the gutter (a title, a figure across the page) are read
//     where they are; between them the left column is read before the
//     right.
//  4. paragraphs: lines join into a paragraph until a wider vertical gap, an
//     indented first line, a change of font size or weight, a list marker,
//     or a short line that ends a sentence. A paragraph cut by a column or
//     page break goes on when its last line ends mid-sentence. A word
//     hyphenated at the end of a line is joined, unless the document writes
//     it with its hyphen elsewhere.
//  5. kinds: a short paragraph in bold or in a larger size than the body is
//     a heading, its level given by its size among the headings; a
//     paragraph opening with a bullet or a number is a list item; rows of
//     two or more aligned segments, two or more in a row, are a table.

import (
	"math"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Layout thresholds, in ems of the font size unless stated.
const (
	// wordGap is the smallest gap between glyphs that is a space.
	wordGap = 0.2
	// segmentGap is the smallest gap that cuts a row into segments.
	segmentGap = 0.9
	// rowTolerance is how far apart two baselines of one row may be
	// (superscripts, mixed fonts).
	rowTolerance = 0.45
	// chromeZone is the part of the page height, at the top and at the
	// bottom, where running headers and footers are looked for.
	chromeZone = 0.15
	// paragraphGap is the baseline distance, in multiples of the usual
	// line pitch, above which a new paragraph starts.
	paragraphGap = 1.45
	// indentGap is the indent of a paragraph's first line.
	indentGap = 0.8
	// headingRatio is how much larger than the body text a heading is.
	headingRatio = 1.12
	// maxHeadingWords is the longest heading.
	maxHeadingWords = 20
)

// segment is a run of a row's glyphs without a wide gap.
type segment struct {
	text   string
	x0, x1 float64
}

// row is the text on one baseline of a page.
type row struct {
	segs   []segment
	y      float64
	size   float64
	bold   bool
	page   int
	x0, x1 float64
	why    string // set when the row is page chrome
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
	col    int     // 0 for the page or the left column, 1 for the right
	left   float64 // the left edge of its column's text
	right  float64 // the right edge of its column's text
	pitch  float64 // the usual distance between the column's baselines
	prevY  float64 // the baseline of the line above in the column, or NaN
	isCell bool    // a row of a table
}

// layoutPages turns the glyphs of the pages into blocks.
func layoutPages(pages []pdfPage) blocks {
	rowsOf := make([][]row, len(pages))
	for i, pg := range pages {
		rowsOf[i] = buildRows(pg)
	}
	chrome := markChrome(pages, rowsOf)
	var lines []line
	for i, pg := range pages {
		lines = append(lines, readingOrder(pg, rowsOf[i])...)
	}
	markTables(lines)
	out := paragraphs(lines, hyphenated(lines))
	// The page chrome goes before the first block of its page, to be
	// listed where it stood.
	return placeChrome(out, chrome)
}

// buildRows groups a page's glyphs into rows.
func buildRows(pg pdfPage) []row {
	gs := pg.glyphs
	slices.SortStableFunc(gs, func(a, b glyph) int {
		if a.y != b.y {
			if a.y > b.y {
				return -1
			}
			return 1
		}
		return cmpFloat(a.x0, b.x0)
	})
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

// makeRow joins the glyphs of one baseline into segments.
func makeRow(gs []glyph, page int) row {
	slices.SortStableFunc(gs, func(a, b glyph) int { return cmpFloat(a.x0, b.x0) })
	r := row{page: page, y: gs[0].y}
	var (
		b      strings.Builder
		seg    segment
		sizes  = map[float64]int{}
		bold   int
		prev   *glyph
		inSeg  bool
		chars  int
		closeS = func() {
			seg.text = normSpace(b.String())
			if seg.text != "" {
				r.segs = append(r.segs, seg)
			}
			b.Reset()
			inSeg = false
		}
	)
	for k := range gs {
		g := &gs[k]
		if prev != nil && g.text == prev.text && math.Abs(g.x0-prev.x0) < 0.1*g.size {
			continue // drawn twice (fake bold, shadow)
		}
		if strings.TrimSpace(g.text) == "" {
			if inSeg {
				b.WriteByte(' ')
			}
			prev = g
			continue
		}
		if prev != nil && inSeg {
			gap := g.x0 - prev.x1
			switch {
			case gap > segmentGap*g.size:
				closeS()
			case gap > wordGap*g.size:
				b.WriteByte(' ')
			}
		}
		if !inSeg {
			seg = segment{x0: g.x0}
			inSeg = true
		}
		b.WriteString(g.text)
		seg.x1 = math.Max(seg.x1, g.x1)
		n := utf8.RuneCountInString(g.text)
		sizes[math.Round(g.size*2)/2] += n
		chars += n
		if g.bold {
			bold += n
		}
		prev = g
	}
	if inSeg {
		closeS()
	}
	r.size = modeSize(sizes)
	r.bold = bold*2 > chars
	if len(r.segs) > 0 {
		r.x0, r.x1 = r.segs[0].x0, r.segs[len(r.segs)-1].x1
	}
	return r
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
// pages, marks their rows and returns them.
func markChrome(pages []pdfPage, rowsOf [][]row) []chromeLine {
	type cand struct {
		page, idx int
		top       bool
		key       string
	}
	var cands []cand
	seen := map[string]map[int]bool{} // key → pages it is on
	for p, rows := range rowsOf {
		h := pages[p].top - pages[p].bottom
		for k := 0; k < 2 && k < len(rows); k++ {
			if r := rows[k]; r.y > pages[p].top-chromeZone*h {
				cands = append(cands, cand{p, k, true, "t" + digitless(r.text())})
			}
			if j := len(rows) - 1 - k; j > k || j == k && k == 0 && len(rows) > 1 {
				if r := rows[j]; r.y < pages[p].bottom+chromeZone*h {
					cands = append(cands, cand{p, j, false, "b" + digitless(r.text())})
				}
			}
		}
	}
	for _, c := range cands {
		if seen[c.key] == nil {
			seen[c.key] = map[int]bool{}
		}
		seen[c.key][c.page] = true
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
		case len(seen[c.key]) >= 2 && len(pages) >= 2:
			r.why = whyRunning
		case holdsPageNumber(*r, pages[c.page].number) && len(r.segs) >= 2:
			r.why = whyRunning
		default:
			continue
		}
		out = append(out, chromeLine{text: text, why: r.why, page: r.page})
	}
	return out
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
// page's number: "5 APPENDIX … 2" on page 2.
func holdsPageNumber(r row, page int) bool {
	n := []string{itoa(page)}
	for _, s := range []string{r.segs[0].text, r.segs[len(r.segs)-1].text} {
		if slices.Contains(n, s) {
			return true
		}
	}
	return false
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
func readingOrder(pg pdfPage, rows []row) []line {
	var body []row
	for _, r := range rows {
		if r.why == "" {
			body = append(body, r)
		}
	}
	gutter, ok := findGutter(body)
	var out []line
	if !ok {
		for _, r := range body {
			out = append(out, line{row: r})
		}
		return finishColumns(out)
	}
	var band [2][]line
	flush := func() {
		out = append(out, band[0]...)
		out = append(out, band[1]...)
		band[0], band[1] = nil, nil
	}
	for _, r := range body {
		crosses := false
		for _, s := range r.segs {
			if s.x0 < gutter && s.x1 > gutter {
				crosses = true
			}
		}
		if crosses {
			flush()
			out = append(out, line{row: r, col: 2})
			continue
		}
		for c := range 2 {
			part := r
			part.segs = nil
			for _, s := range r.segs {
				if (s.x1 <= gutter) == (c == 0) {
					part.segs = append(part.segs, s)
				}
			}
			if len(part.segs) > 0 {
				part.x0, part.x1 = part.segs[0].x0, part.segs[len(part.segs)-1].x1
				band[c] = append(band[c], line{row: part, col: c})
			}
		}
	}
	flush()
	return finishColumns(out)
}

// findGutter looks for the vertical gap between two columns of text: an x
// that lies between segments of many rows and inside a segment of few.
func findGutter(rows []row) (float64, bool) {
	if len(rows) < 6 {
		return 0, false
	}
	var cands []float64
	for _, r := range rows {
		for i := 1; i < len(r.segs); i++ {
			cands = append(cands, (r.segs[i-1].x1+r.segs[i].x0)/2)
		}
	}
	best, bestScore := 0.0, 0
	for _, x := range cands {
		split, cross := 0, 0
		left, right := 0, 0
		for _, r := range rows {
			l, rt, c := false, false, false
			for _, s := range r.segs {
				switch {
				case s.x0 < x && s.x1 > x:
					c = true
				case s.x1 <= x:
					l = true
				default:
					rt = true
				}
			}
			switch {
			case c:
				cross++
			case l && rt:
				split++
			}
			if l && !c {
				left++
			}
			if rt && !c {
				right++
			}
		}
		if split*5 >= len(rows)*2 && cross*4 <= len(rows) && left >= 3 && right >= 3 {
			if score := split - 3*cross; score > bestScore {
				best, bestScore = x, score
			}
		}
	}
	return best, bestScore > 0
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
	for i := range ls {
		e := cols[ls[i].col]
		ls[i].left, ls[i].right = e.left, e.right
		ls[i].pitch = median(e.pitches)
		if ls[i].pitch == 0 {
			ls[i].pitch = 1.2 * ls[i].size
		}
	}
	return ls
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

// markTables marks runs of two or more lines whose segments, two or more,
// start at the same places: the rows of a table.
func markTables(ls []line) {
	aligned := func(a, b line) bool {
		if len(a.segs) < 2 || len(a.segs) != len(b.segs) || a.page != b.page || a.col != b.col {
			return false
		}
		for i := range a.segs {
			if math.Abs(a.segs[i].x0-b.segs[i].x0) > a.size {
				return false
			}
		}
		return true
	}
	for i := 0; i+1 < len(ls); i++ {
		if aligned(ls[i], ls[i+1]) {
			ls[i].isCell, ls[i+1].isCell = true, true
		}
	}
}

// hyphenated returns the words the text writes with a hyphen, lowercased,
// to decide whether a hyphen at the end of a line belongs to the word.
func hyphenated(ls []line) map[string]bool {
	words := map[string]bool{}
	for _, l := range ls {
		for _, s := range l.segs {
			for w := range strings.FieldsSeq(s.text) {
				w = strings.Trim(w, ".,;:!?()[]\"'“”’")
				if i := strings.IndexByte(w, '-'); i > 0 && i < len(w)-1 {
					words[strings.ToLower(w)] = true
				}
			}
		}
	}
	return words
}

// paragraphs joins lines into blocks.
func paragraphs(ls []line, hyphens map[string]bool) blocks {
	body := bodySize(ls)
	var (
		out  blocks
		cur  *block
		prev line
	)
	for i, l := range ls {
		text := l.text()
		if l.isCell {
			cells := make([]string, len(l.segs))
			for k, s := range l.segs {
				cells[k] = s.text
			}
			var header []string
			if i > 0 && ls[i-1].isCell && len(out) > 0 && out[len(out)-1].kind == KindRow {
				header = out[len(out)-1].header
				if header == nil {
					header = out[len(out)-1].cells
				}
			}
			out.addRow(cells, header)
			out[len(out)-1].page = l.page
			cur = nil
			prev = l
			continue
		}
		marker := bulletMarker(text)
		if cur != nil && !startsNew(prev, l, text, marker, body) {
			cur.text = joinLines(cur.text, text, hyphens)
			prev = l
			continue
		}
		kind := KindParagraph
		if marker > 0 {
			kind = KindItem
			text = strings.TrimSpace(text[marker:])
		}
		out = append(out, block{text: text, kind: kind, page: l.page, size: l.size, bold: l.bold})
		cur = &out[len(out)-1]
		prev = l
	}
	return headings(out, body)
}

// bodySize returns the font size of most of the text.
func bodySize(ls []line) float64 {
	sizes := map[float64]int{}
	for _, l := range ls {
		sizes[l.size] += len(l.text())
	}
	return modeSize(sizes)
}

// startsNew reports whether line l starts a new block after line prev.
func startsNew(prev, l line, text string, marker int, body float64) bool {
	switch {
	case marker > 0:
		return true
	case math.Abs(l.size-prev.size) > 0.1*prev.size || l.bold != prev.bold:
		return true
	}
	ptext := prev.text()
	if l.page != prev.page || l.col != prev.col || math.IsNaN(l.prevY) {
		// A column or page break: go on mid-sentence only.
		return endsSentence(ptext) || !startsLower(text) && !strings.HasSuffix(ptext, "-")
	}
	switch {
	case l.prevY-l.y > paragraphGap*l.pitch:
		return true
	case l.x0 > l.left+indentGap*l.size && l.x0 < (l.left+l.right)/2:
		return true
	case endsSentence(ptext) && prev.x1 < l.right-2*l.size:
		return true
	}
	return false
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
		if unicode.IsLetter(r) && !hyphens[strings.ToLower(head+"-"+tail)] {
			return text[:len(text)-1] + next
		}
		return text + next
	}
	return text + " " + next
}

// headings marks the short paragraphs set in bold or larger than the body
// as headings, their level by size: the largest size is level 1.
func headings(bs blocks, body float64) blocks {
	var sizes []float64
	isHeading := func(b block) bool {
		words := len(strings.Fields(b.text))
		return b.kind == KindParagraph && words <= maxHeadingWords && !strings.HasSuffix(b.text, ".") &&
			(b.size > body*headingRatio && (b.bold || b.size >= body*1.5 || words <= 8) || b.bold && b.size >= body*0.95)
	}
	for _, b := range bs {
		if isHeading(b) && !slices.Contains(sizes, b.size) {
			sizes = append(sizes, b.size)
		}
	}
	slices.SortFunc(sizes, func(a, b float64) int { return cmpFloat(b, a) })
	for i := range bs {
		if isHeading(bs[i]) {
			bs[i].kind = KindHeading
			bs[i].level = slices.Index(sizes, bs[i].size) + 1
		}
	}
	return bs
}

// placeChrome puts each page's chrome lines, marked as dropped, before the
// first block of their page (or at the end).
func placeChrome(bs blocks, chrome []chromeLine) blocks {
	if len(chrome) == 0 {
		return bs
	}
	out := make(blocks, 0, len(bs)+len(chrome))
	k := 0
	for _, b := range bs {
		for k < len(chrome) && chrome[k].page <= b.page {
			out = append(out, block{text: normSpace(chrome[k].text), kind: KindParagraph, page: chrome[k].page, why: chrome[k].why})
			k++
		}
		out = append(out, b)
	}
	for ; k < len(chrome); k++ {
		out = append(out, block{text: normSpace(chrome[k].text), kind: KindParagraph, page: chrome[k].page, why: chrome[k].why})
	}
	return out
}
