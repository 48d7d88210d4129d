package corpus

// Reading PDF.
//
// Three pure-Go libraries were tried on the test files (a two-column
// LaTeX paper, PDF 1.5 with object streams, and a LibreOffice handbook with
// subset TrueType fonts): rsc.io/pdf (unmaintained since 2014) decodes no
// ToUnicode map of either (the paper's "ffi" ligature and the whole
// handbook come out as U+FFFD); github.com/dslipak/pdf finds no page in
// the paper; github.com/ledongthuc/pdf, kept up to date, reads both with
// their ligatures right. It is the one used.
//
// github.com/ledongthuc/pdf parses the file: cross-reference tables and
// streams, object streams, filters, the standard security handler, fonts
// and their encodings (Differences, ToUnicode CMaps). Its own text
// functions lose what a reader needs (TeX draws no space characters, so
// its plain text runs words together, and its positioned text misplaces
// every glyph after a ligature), so this file interprets the page content
// itself: it follows the text and graphics state (q Q cm BT Tf Tc Tw Tz TL
// Ts Td TD Tm T* Tj TJ ' " Do) and records each glyph with its position,
// advance and size, and the horizontal rules its paths draw (m l re w and
// the painting operators). pdflayout.go turns the glyphs into lines,
// columns and paragraphs.
//
// Every bound is checked while reading: the bytes streams unpack to, the
// glyphs drawn, the nesting of forms and of the page tree, and the time
// (limits). The library reports damage by panicking; readPDF recovers and
// returns ErrBroken.

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"math"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/ledongthuc/pdf"
)

// glyph is one character drawn on a page, in page space (points, y up).
type glyph struct {
	text   string
	x0, x1 float64 // the left edge and the advance's end
	y      float64 // the baseline
	size   float64 // the font size on the page
	bold   bool
	// slanted marks a glyph of an italic or oblique font.
	slanted bool
	// spaced marks a glyph that a TJ array's number moved right of the
	// glyph before it by tjSpace ems or more: a word space as TeX's
	// drivers write one, however narrow the line's glue shrank it.
	spaced bool
	// family is the font family of an upright proportional font
	// (fontFamily), or "" for other fonts.
	family string
}

// rule is a horizontal line drawn on a page, in page space: a stroked
// line or a thin filled rectangle (a table's rule, an underline, TeX's
// underscore).
type rule struct {
	x0, x1 float64
	y      float64 // the middle of its thickness
	width  float64 // its thickness
}

// side is a vertical line drawn on a page, in page space: a stroked line
// or a thin filled rectangle, such as the side of a table's cell.
type side struct {
	x      float64 // the middle of its thickness
	y0, y1 float64
}

// maxRules bounds the rules kept of one page.
const maxRules = 4096

// pdfPage is what one page holds: its glyphs and rules, its height, and
// whether it draws pictures.
type pdfPage struct {
	glyphs        []glyph
	rules         []rule
	sides         []side  // vertical rules: the sides of a table's cells
	bottom, top   float64 // the media box's lower and upper edges
	left, right   float64
	images        bool
	bullets       int // discs read as bullets (addBullet)
	number        int // 1-based
	contentLength int64
}

// errStop is what the interpreter panics with when a limit is reached; the
// value says which.
type errStop struct{ err error }

// readPDF reads the text layer of a PDF file into blocks, with the title,
// author and creation date of its document information.
func readPDF(raw []byte, lim limits) (r read, err error) {
	r.format = FormatPDF
	if !bytes.Contains(raw[:min(len(raw), 1024)], []byte("%PDF-")) {
		return r, fmt.Errorf("%w: not a PDF (no %%PDF- header)", ErrBroken)
	}
	type result struct {
		r   read
		err error
	}
	// The library may loop on a file crafted to make it do so; the
	// reading runs apart so that the loader can give up on it in time.
	done := make(chan result, 1)
	go func() {
		var res result
		res.r, res.err = extractPDF(raw, lim)
		done <- res
	}()
	timer := time.NewTimer(lim.maxTime + time.Second)
	defer timer.Stop()
	select {
	case res := <-done:
		return res.r, res.err
	case <-timer.C:
		return r, fmt.Errorf("%w (over %s)", ErrTooSlow, lim.maxTime)
	}
}

// extractPDF does readPDF's work.
func extractPDF(raw []byte, lim limits) (r read, err error) {
	r.format = FormatPDF
	defer func() {
		if p := recover(); p != nil {
			var stop errStop
			if e, ok := p.(errStop); ok {
				stop = e
				err = stop.err
				return
			}
			err = fmt.Errorf("%w: %v", ErrBroken, p)
		}
	}()
	doc, err := pdf.NewReader(bytes.NewReader(raw), int64(len(raw)))
	if err != nil {
		if bytes.Contains(raw, []byte("/Encrypt")) {
			return r, fmt.Errorf("%w: %v", ErrEncrypted, pdfEncryption(err))
		}
		return r, fmt.Errorf("%w: %v", ErrBroken, err)
	}
	ip := &interp{lim: lim, deadline: lim.now().Add(lim.maxTime), budget: lim.maxUnpacked}
	pages := pageTree(doc.Trailer().Key("Root").Key("Pages"))
	if len(pages) == 0 {
		return r, fmt.Errorf("%w: no pages", ErrBroken)
	}
	var (
		read   []pdfPage
		glyphs int
		images bool
	)
	for i, pv := range pages {
		pg := ip.page(pv, i+1)
		glyphs += len(pg.glyphs)
		images = images || pg.images
		read = append(read, pg)
	}
	r.pages = len(pages)
	info := doc.Trailer().Key("Info")
	r.meta = pdfInfo(info)
	r.nameTitled = strings.Contains(info.Key("Producer").Text(), "Quartz PDFContext")
	if glyphs == 0 {
		if images {
			return r, ErrNoTextLayer
		}
		return r, ErrNoText
	}
	r.blocks = layoutPages(read, ip.checkTime)
	if !hasText(r.blocks) && images {
		return r, ErrNoTextLayer
	}
	return r, nil
}

// hasText reports whether any block holds a letter or digit.
func hasText(bs blocks) bool {
	for _, b := range bs {
		if shapeOf(b.text).letters || hasDigit(b.text) {
			return true
		}
	}
	return false
}

// maxTreeDepth bounds the nesting of the page tree, and maxPages the pages
// read, so that a page tree that refers to itself ends.
const (
	maxTreeDepth = 32
	maxPages     = 20000
)

// pageTree returns the page objects below a Pages node, in order.
func pageTree(node pdf.Value) []pdf.Value {
	var out []pdf.Value
	var walk func(v pdf.Value, depth int)
	walk = func(v pdf.Value, depth int) {
		if depth > maxTreeDepth || len(out) >= maxPages || v.Kind() != pdf.Dict {
			return
		}
		kids := v.Key("Kids")
		if kids.Kind() != pdf.Array {
			if v.Key("Type").Name() == "Page" || v.Key("Contents").Kind() != pdf.Null {
				out = append(out, v)
			}
			return
		}
		for i := range kids.Len() {
			walk(kids.Index(i), depth+1)
		}
	}
	walk(node, 0)
	return out
}

// pdfInfo reads the title, author and creation date of the document
// information dictionary.
func pdfInfo(info pdf.Value) metadata {
	text := func(key string) string {
		v := info.Key(key)
		if v.Kind() != pdf.String {
			return ""
		}
		s := normSpace(strings.ToValidUTF8(v.Text(), ""))
		return strings.Map(func(r rune) rune {
			if r < ' ' {
				return -1
			}
			return r
		}, s)
	}
	return metadata{
		title:     metaValue{pdfTitle(text("Title")), FromPDFInfo},
		publisher: metaValue{text("Author"), FromPDFInfo},
		date:      metaValue{pdfDate(text("CreationDate")), FromPDFInfo},
	}
}

// pdfTitle returns a document information title unless it is one that
// tools write by themselves: a file name ("report.docx"), "Untitled" or
// "Microsoft Word - …", or a title that ends in the name of the file it
// was kept in (fileTitleRE): a document-management system's stale title,
// the file's number and version in brackets after words from an older
// draft ("IPMP COMMENTS 2-11-2011 (J1490880.DOCX;1)"). The text then
// gives the title.
func pdfTitle(t string) string {
	l := strings.ToLower(t)
	switch {
	case l == "" || l == "untitled" || strings.HasPrefix(l, "microsoft word - ") || strings.HasPrefix(l, "microsoft powerpoint - "):
		return ""
	case fileTitleRE.MatchString(l):
		return ""
	}
	return t
}

// fileTitleRE matches the end of a lower-cased title that names a file: a
// word with a word processor's or typesetter's extension, a version
// number after a semicolon as document-management systems write it
// (";1"), and a closing bracket, each optional.
var fileTitleRE = regexp.MustCompile(`\S\.(?:docx?|pdf|tex|dvi|odt|rtf)(?:;\d+)?\)?$`)

// pdfDate turns a PDF date ("D:20240502090000+02'00'") into "2024-05-02".
func pdfDate(d string) string {
	d = strings.TrimPrefix(d, "D:")
	if len(d) < 8 || !isDigits(d[:8]) {
		return ""
	}
	return d[:4] + "-" + d[4:6] + "-" + d[6:8]
}

// interp interprets the content streams of one file's pages.
type interp struct {
	lim      limits
	deadline time.Time
	// budget is what streams may still unpack to; glyphs counts what the
	// pages drew.
	budget int64
	glyphs int
	ops    int
}

// gstate is the part of the graphics and text state that places glyphs.
type gstate struct {
	ctm                         matrix
	font                        *pdfFont
	size, charSp, wordSp, scale float64
	leading, rise               float64
	lineWidth                   float64
}

// matrix is a PDF transformation matrix [a b c d e f].
type matrix [6]float64

var identity = matrix{1, 0, 0, 1, 0, 0}

// mul returns m × n: m applied first, then n.
func (m matrix) mul(n matrix) matrix {
	return matrix{
		m[0]*n[0] + m[1]*n[2], m[0]*n[1] + m[1]*n[3],
		m[2]*n[0] + m[3]*n[2], m[2]*n[1] + m[3]*n[3],
		m[4]*n[0] + m[5]*n[2] + n[4], m[4]*n[1] + m[5]*n[3] + n[5],
	}
}

// maxFormDepth bounds forms drawing forms.
const maxFormDepth = 8

// page reads the glyphs of one page.
func (ip *interp) page(pv pdf.Value, number int) pdfPage {
	pg := pdfPage{number: number, bottom: 0, top: 792, left: 0, right: 612}
	if box := inherited(pv, "MediaBox"); box.Kind() == pdf.Array && box.Len() == 4 {
		x0, y0, x1, y1 := box.Index(0).Float64(), box.Index(1).Float64(), box.Index(2).Float64(), box.Index(3).Float64()
		pg.left, pg.right = math.Min(x0, x1), math.Max(x0, x1)
		pg.bottom, pg.top = math.Min(y0, y1), math.Max(y0, y1)
	}
	res := inherited(pv, "Resources")
	ip.content(&pg, pv.Key("Contents"), res, identity, 0)
	pg.glyphs = circledLetters(pg.glyphs)
	return pg
}

// texBigCircle is the text read for the large circle of TeX's math
// symbols (code 13 of CMSY), which plain TeX and LaTeX draw round a "c"
// to make "©" (\copyright): only the letter is text.
const texBigCircle = "\u25EF"

// circledLetters reads a "c" drawn inside TeX's large circle
// (texBigCircle) as "©", taking the circle's place, and leaves out every
// circle, which is no text of its own: TeX's "Copyright c 2001" reads
// "Copyright © 2001". The letter is inside the circle when its middle
// is, on a baseline a third of an em from the circle's at most (plain
// TeX raises it a little).
func circledLetters(gs []glyph) []glyph {
	circles := false
	for _, g := range gs {
		if g.text != texBigCircle {
			continue
		}
		circles = true
		for j := range gs {
			c := &gs[j]
			if mid := (c.x0 + c.x1) / 2; c.text == "c" && mid > g.x0 && mid < g.x1 && math.Abs(c.y-g.y) < g.size/3 {
				c.text, c.x0, c.x1, c.y = "©", g.x0, g.x1, g.y
				break
			}
		}
	}
	if !circles {
		return gs
	}
	return slices.DeleteFunc(gs, func(g glyph) bool { return g.text == texBigCircle })
}

// inherited returns a page attribute, looking up the page tree for the
// inheritable ones.
func inherited(pv pdf.Value, key string) pdf.Value {
	for range maxTreeDepth {
		if v := pv.Key(key); v.Kind() != pdf.Null {
			return v
		}
		pv = pv.Key("Parent")
		if pv.Kind() != pdf.Dict {
			break
		}
	}
	return pdf.Value{}
}

// check stops the interpretation when the file has taken too long or drawn
// too much.
func (ip *interp) check() {
	ip.ops++
	if ip.ops&255 == 0 && ip.lim.now().After(ip.deadline) {
		panic(errStop{fmt.Errorf("%w (over %s)", ErrTooSlow, ip.lim.maxTime)})
	}
	if ip.glyphs > ip.lim.maxGlyphs {
		panic(errStop{fmt.Errorf("%w: more than %d characters drawn", ErrUnpackLimit, ip.lim.maxGlyphs)})
	}
}

// checkTime stops the reading once the file has taken too long.
func (ip *interp) checkTime() {
	if ip.lim.now().After(ip.deadline) {
		panic(errStop{fmt.Errorf("%w (over %s)", ErrTooSlow, ip.lim.maxTime)})
	}
}

// measure counts what a content stream unpacks to against the budget,
// before the interpreter reads it.
func (ip *interp) measure(strm pdf.Value) {
	parts := []pdf.Value{strm}
	if strm.Kind() == pdf.Array {
		parts = parts[:0]
		for i := range strm.Len() {
			parts = append(parts, strm.Index(i))
		}
	}
	for _, p := range parts {
		if p.Kind() != pdf.Stream {
			continue
		}
		rc := p.Reader()
		n, err := io.Copy(io.Discard, io.LimitReader(rc, ip.budget+1))
		rc.Close()
		ip.budget -= n
		if ip.budget < 0 {
			panic(errStop{fmt.Errorf("%w: page content over %d MB", ErrUnpackLimit, ip.lim.maxUnpacked>>20)})
		}
		if err != nil && !errors.Is(err, io.EOF) {
			panic(errStop{fmt.Errorf("%w: %v", ErrBroken, err)})
		}
		if ip.lim.now().After(ip.deadline) {
			panic(errStop{fmt.Errorf("%w (over %s)", ErrTooSlow, ip.lim.maxTime)})
		}
	}
}

// content interprets one content stream (a page's or a form's) with its
// resources, drawing into pg.
func (ip *interp) content(pg *pdfPage, strm, res pdf.Value, ctm matrix, depth int) {
	if strm.Kind() != pdf.Stream && strm.Kind() != pdf.Array {
		return
	}
	ip.measure(strm)
	var (
		g      = gstate{ctm: ctm, scale: 1, lineWidth: 1}
		path   []pathPart
		stack  []gstate
		tm     = identity
		tlm    = identity
		fonts  = map[string]*pdfFont{}
		xnames = res.Key("XObject")
		// spaced is set by a TJ array's number moving the text right
		// by tjSpace ems or more, for the next glyph (glyph.spaced).
		spaced bool
	)
	show := func(s string) {
		f := g.font
		if f == nil {
			return
		}
		for len(s) > 0 {
			n := f.codeLen
			if n > len(s) {
				n = len(s)
			}
			code := s[:n]
			s = s[n:]
			w := f.width(code)
			trm := matrix{g.size * g.scale, 0, 0, g.size, 0, g.rise}.mul(tm).mul(g.ctm)
			size := math.Hypot(trm[2], trm[3])
			space := n == 1 && code[0] == ' '
			adv := (w*g.size + g.charSp) * g.scale
			if space {
				adv += g.wordSp * g.scale
			}
			// A glyph ends where its own width does: the character
			// spacing after it is a gap before the next, as
			// Ghostscript writes a word space inside a string ("vc"
			// at a Tc of 2.8 points is "v c"). A space ends where
			// its whole advance does, so that one narrowed to
			// nothing by word spacing is seen to be a kern.
			ink := adv
			if !space {
				ink = w * g.size * g.scale
			}
			at := tm
			tm = matrix{1, 0, 0, 1, adv, 0}.mul(tm)
			if text := f.decode(code); text != "" && size > 0.5 && finite(trm[4], trm[5], size) {
				end := matrix{1, 0, 0, 1, ink, 0}.mul(at).mul(g.ctm)
				pg.glyphs = append(pg.glyphs, glyph{text: text, x0: trm[4], x1: end[4], y: trm[5], size: size, bold: f.bold, slanted: f.slanted, spaced: spaced, family: f.family})
				ip.glyphs++
			}
			spaced = false
		}
	}
	num := func(args []pdf.Value, i int) float64 {
		if i < len(args) {
			return args[i].Float64()
		}
		return 0
	}
	nextLine := func(tx, ty float64) {
		tlm = matrix{1, 0, 0, 1, tx, ty}.mul(tlm)
		tm = tlm
	}
	pdf.Interpret(strm, func(stk *pdf.Stack, op string) {
		ip.check()
		n := stk.Len()
		args := make([]pdf.Value, n)
		for i := n - 1; i >= 0; i-- {
			args[i] = stk.Pop()
		}
		switch op {
		case "q":
			if len(stack) < 256 {
				stack = append(stack, g)
			}
		case "Q":
			if k := len(stack); k > 0 {
				g, stack = stack[k-1], stack[:k-1]
			}
		case "cm":
			if len(args) == 6 {
				var m matrix
				for i := range m {
					m[i] = args[i].Float64()
				}
				g.ctm = m.mul(g.ctm)
			}
		case "BT":
			tm, tlm = identity, identity
		case "Tf":
			if len(args) == 2 {
				name := args[0].Name()
				f, ok := fonts[name]
				if !ok {
					f = newPDFFont(res.Key("Font").Key(name))
					fonts[name] = f
				}
				g.font, g.size = f, args[1].Float64()
			}
		case "Tc":
			g.charSp = num(args, 0)
		case "Tw":
			g.wordSp = num(args, 0)
		case "Tz":
			g.scale = num(args, 0) / 100
		case "TL":
			g.leading = num(args, 0)
		case "Ts":
			g.rise = num(args, 0)
		case "Td":
			nextLine(num(args, 0), num(args, 1))
		case "TD":
			g.leading = -num(args, 1)
			nextLine(num(args, 0), num(args, 1))
		case "Tm":
			if len(args) == 6 {
				for i := range tm {
					tm[i] = args[i].Float64()
				}
				tlm = tm
			}
		case "T*":
			nextLine(0, -g.leading)
		case "Tj":
			if len(args) == 1 {
				show(args[0].RawString())
			}
		case "'":
			nextLine(0, -g.leading)
			if len(args) == 1 {
				show(args[0].RawString())
			}
		case "\"":
			if len(args) == 3 {
				g.wordSp, g.charSp = args[0].Float64(), args[1].Float64()
				nextLine(0, -g.leading)
				show(args[2].RawString())
			}
		case "TJ":
			if len(args) == 1 && args[0].Kind() == pdf.Array {
				a := args[0]
				for i := range a.Len() {
					v := a.Index(i)
					if v.Kind() == pdf.String {
						show(v.RawString())
						continue
					}
					spaced = -v.Float64()/1000 >= tjSpace
					tx := -v.Float64() / 1000 * g.size * g.scale
					tm = matrix{1, 0, 0, 1, tx, 0}.mul(tm)
				}
			}
		case "w":
			g.lineWidth = num(args, 0)
		case "m", "l":
			if len(args) == 2 && len(path) < maxPath {
				path = append(path, pathPart{op: op[0], x: args[0].Float64(), y: args[1].Float64()})
			}
		case "c", "v", "y":
			// A curve: its end point, by which a bullet drawn as a
			// disc is measured (addBullet).
			if n := len(args); (n == 6 || n == 4) && len(path) < maxPath {
				path = append(path, pathPart{op: 'c', x: args[n-2].Float64(), y: args[n-1].Float64()})
			}
		case "re":
			if len(args) == 4 && len(path) < maxPath {
				path = append(path, pathPart{op: 'r', x: args[0].Float64(), y: args[1].Float64(), w: args[2].Float64(), h: args[3].Float64()})
			}
		case "S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "n":
			if op != "n" {
				pg.addRules(path, g, op == "S" || op == "s" || op[0] == 'B' || op[0] == 'b')
			}
			if op != "n" && op != "S" && op != "s" {
				pg.addBullet(path, g)
			}
			path = path[:0]
		case "BI", "ID", "EI":
			pg.images = true
		case "Do":
			if len(args) != 1 {
				return
			}
			x := xnames.Key(args[0].Name())
			switch x.Key("Subtype").Name() {
			case "Image":
				pg.images = true
			case "Form":
				if depth >= maxFormDepth {
					return
				}
				m := identity
				if fm := x.Key("Matrix"); fm.Kind() == pdf.Array && fm.Len() == 6 {
					for i := range m {
						m[i] = fm.Index(i).Float64()
					}
				}
				fres := x.Key("Resources")
				if fres.Kind() != pdf.Dict {
					fres = res
				}
				ip.content(pg, x, fres, m.mul(g.ctm), depth+1)
			}
		}
	})
}

// tjSpace is the narrowest move right, in ems, of a TJ array's number
// that is a word space (glyph.spaced, spaceGap): TeX's drivers write each
// space of a line as such a number, at most a third of an em and, where a
// justified line's glue shrinks, under the fifth of an em that wordGap
// asks of a gap (0.196 em in an EarthArXiv preprint set by XeTeX: "tur
// auctor semper", 0.17 em on tighter lines of it) and each kern as one of
// a few hundredths of an em (Beamer's "Intro" and "duction" 0.027 em
// apart). A thin space (a sixth of an em: basiclu's "e.\,g.") parts
// words too, as the page shows it.
const tjSpace = 0.15

// maxPath bounds the parts of a path kept to find its rules.
const maxPath = 256

// pathPart is a part of a path being built: a move (m), a line to (l) or
// a rectangle (r), in user space.
type pathPart struct {
	op         byte
	x, y, w, h float64
}

// addRules adds the rules of a path painted with the state g: its
// horizontal (rules) and vertical (sides) lines when it is stroked, and
// its rectangles thinner than maxRuleWidth points, filled or stroked.
func (pg *pdfPage) addRules(path []pathPart, g gstate, stroked bool) {
	pt := func(x, y float64) (float64, float64) {
		p := matrix{1, 0, 0, 1, x, y}.mul(g.ctm)
		return p[4], p[5]
	}
	add := func(x0, x1, y, width float64) {
		if len(pg.rules) < maxRules && finite(x0, x1, y, width) && x1-x0 > 0.5 && width < maxRuleWidth {
			pg.rules = append(pg.rules, rule{x0: math.Min(x0, x1), x1: math.Max(x0, x1), y: y, width: width})
		}
	}
	addSide := func(x, y0, y1, width float64) {
		if len(pg.sides) < maxRules && finite(x, y0, y1, width) && math.Abs(y1-y0) > 0.5 && width < maxRuleWidth {
			pg.sides = append(pg.sides, side{x: x, y0: math.Min(y0, y1), y1: math.Max(y0, y1)})
		}
	}
	// The thickness of a stroked line on the page.
	lw := g.lineWidth * math.Sqrt(math.Abs(g.ctm[0]*g.ctm[3]-g.ctm[1]*g.ctm[2]))
	var cx, cy float64
	for _, p := range path {
		x, y := pt(p.x, p.y)
		switch p.op {
		case 'm':
			cx, cy = x, y
		case 'l':
			switch {
			case stroked && math.Abs(y-cy) < 0.1:
				add(cx, x, (y+cy)/2, lw)
			case stroked && math.Abs(x-cx) < 0.1:
				addSide((x+cx)/2, cy, y, lw)
			}
			cx, cy = x, y
		case 'r':
			x1, y1 := pt(p.x+p.w, p.y+p.h)
			if math.Abs(x1-x) > math.Abs(y1-y) {
				add(x, x1, (y+y1)/2, math.Abs(y1-y))
			} else {
				addSide((x+x1)/2, y, y1, math.Abs(x1-x))
			}
		}
	}
}

// addBullet adds a list's bullet drawn as a small filled disc (as
// wkhtmltopdf draws the bullets of HTML lists) as the glyph "•", so that
// the line after it reads as a list item: a path of one move and curves
// only, round, between minBullet and maxBullet points across. The glyph
// is given the size of text whose bullet it would be, and the baseline of
// that text.
func (pg *pdfPage) addBullet(path []pathPart, g gstate) {
	if len(path) < 3 || path[0].op != 'm' || pg.bullets >= maxRules {
		return
	}
	x0, y0 := math.Inf(1), math.Inf(1)
	x1, y1 := math.Inf(-1), math.Inf(-1)
	for i, p := range path {
		if i > 0 && p.op != 'c' {
			return
		}
		q := matrix{1, 0, 0, 1, p.x, p.y}.mul(g.ctm)
		x0, x1 = math.Min(x0, q[4]), math.Max(x1, q[4])
		y0, y1 = math.Min(y0, q[5]), math.Max(y1, q[5])
	}
	w, h := x1-x0, y1-y0
	if !finite(x0, x1, y0, y1) || w < minBullet || w > maxBullet || math.Abs(w-h) > 0.2*w {
		return
	}
	size := w / bulletEm
	pg.glyphs = append(pg.glyphs, glyph{text: "•", x0: x0, x1: x1, y: (y0+y1)/2 - 0.27*size, size: size})
	pg.bullets++
}

// Bullets drawn as discs (addBullet), in points, and their width in ems
// of their text.
const (
	minBullet = 1.5
	maxBullet = 8
	bulletEm  = 0.32
)

// maxRuleWidth is the thickest rule, in points.
const maxRuleWidth = 3

// finite reports whether every x is a finite number.
func finite(xs ...float64) bool {
	for _, x := range xs {
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return false
		}
	}
	return true
}

// pdfFont is what the interpreter needs of a font: how long its codes
// are, their widths, their text, and whether it is bold or slanted.
type pdfFont struct {
	font    pdf.Font
	enc     pdf.TextEncoding
	codeLen int
	bold    bool
	slanted bool // an italic or oblique font (slantedFont)
	symbol  bool // a symbol font (bullets, dingbats)
	// family is fontFamily's, "" for an italic, fixed-pitch or symbol
	// font.
	family string
	// texBitmap marks a bitmap font of pdfTeX (texBitmapFont), whose
	// codes are those of TeX's font encodings.
	texBitmap bool
	// texLetters marks such a font that draws lowercase letters (a text
	// font, not one of TS1's symbols; see texT1Letters).
	texLetters bool
	// texSymbols marks TeX's font of math symbols (CMSY), whose large
	// circle makes "©" round a "c" (texBigCircle).
	texSymbols bool
	// widths of a simple font from first, and of a composite font by code
	// (cid); dw is the default.
	first  int
	widths []float64
	cids   map[int]float64
	dw     float64
	cache  map[string]string
}

// newPDFFont reads a font dictionary.
func newPDFFont(v pdf.Value) *pdfFont {
	f := &pdfFont{font: pdf.Font{V: v}, codeLen: 1, dw: 0.5, cache: map[string]string{}}
	if f.enc = builtinEncoding(v); f.enc == nil {
		f.enc = f.font.Encoder()
	}
	name := strings.ToLower(v.Key("BaseFont").Name())
	desc := v.Key("FontDescriptor")
	if v.Key("Subtype").Name() == "Type0" {
		f.codeLen = 2
		d := v.Key("DescendantFonts").Index(0)
		desc = d.Key("FontDescriptor")
		f.dw = 1
		if w := d.Key("DW"); w.Kind() == pdf.Integer || w.Kind() == pdf.Real {
			f.dw = w.Float64() / 1000
		}
		f.cids = cidWidths(d.Key("W"))
	} else {
		unit := glyphUnit(v)
		f.first = int(v.Key("FirstChar").Int64())
		if w := v.Key("Widths"); w.Kind() == pdf.Array {
			f.widths = make([]float64, min(w.Len(), 65536))
			for i := range f.widths {
				f.widths[i] = w.Index(i).Float64() * unit
			}
		}
		if mw := desc.Key("MissingWidth"); mw.Kind() == pdf.Integer || mw.Kind() == pdf.Real {
			f.dw = mw.Float64() * unit
		}
	}
	weight := desc.Key("FontWeight").Float64()
	f.bold = weight >= 600 || boldName(name)
	f.slanted = slantedFont(name, desc)
	f.symbol = strings.Contains(name, "symbol") || strings.Contains(name, "wingding") || strings.Contains(name, "dingbat")
	f.texBitmap = texBitmapFont(v)
	f.texLetters = f.texBitmap && drawsLetters(v)
	f.texSymbols = strings.Contains(name, "cmsy")
	if !f.slanted && !f.symbol && !fixedPitch(name, desc) {
		f.family = fontFamily(name)
	}
	return f
}

// fontFamily is the family of a font by its lower-cased base name, less
// a subset's tag, its style and the foundry's suffixes: "ABCDEF+Arial-BoldMT"
// and "ArialMT" are "arial", "TimesNewRomanPS-BoldMT" and
// "TimesNewRomanPSMT" "timesnewroman", "Calibri,Bold" "calibri", "CMR10"
// "cmr".
func fontFamily(name string) string {
	if i := strings.IndexByte(name, '+'); i >= 0 {
		name = name[i+1:]
	}
	if i := strings.IndexAny(name, "-,"); i >= 0 {
		name = name[:i]
	}
	name = strings.TrimRight(name, "0123456789")
	for _, suffix := range []string{"mt", "ps"} {
		name = strings.TrimSuffix(name, suffix)
	}
	return name
}

// fixedPitch reports a font whose glyphs are all one width, the font of
// code: by its descriptor's FixedPitch flag (bit 1) or by its name
// ("Courier", "DejaVuSansMono", "CMTT10", "Consolas").
func fixedPitch(name string, desc pdf.Value) bool {
	const fixedFlag = 1
	if desc.Key("Flags").Int64()&fixedFlag != 0 {
		return true
	}
	for _, w := range []string{"courier", "mono", "cmtt", "consol"} {
		if strings.Contains(name, w) {
			return true
		}
	}
	return false
}

// texBitmapFont reports a bitmap font as pdfTeX writes it: a Type 3 font
// whose glyphs are named only by their codes ("/a28", "/a191"), so that
// the names say nothing of the text and the codes are those of the TeX
// font encoding the font was set in (texBitmapCodes).
func texBitmapFont(v pdf.Value) bool {
	if v.Key("Subtype").Name() != "Type3" {
		return false
	}
	d := v.Key("Encoding").Key("Differences")
	named := false
	for i := range min(d.Len(), 256+256) {
		x := d.Index(i)
		if x.Kind() != pdf.Name {
			continue
		}
		n := x.Name()
		if n == ".notdef" {
			continue
		}
		if len(n) < 2 || n[0] != 'a' || strings.Trim(n[1:], "0123456789") != "" {
			return false
		}
		named = true
	}
	return named
}

// drawsLetters reports whether a simple font's encoding names a glyph
// at one of the codes of the lowercase letters a to z.
func drawsLetters(v pdf.Value) bool {
	d := v.Key("Encoding").Key("Differences")
	code := int64(-1)
	for i := range d.Len() {
		x := d.Index(i)
		if x.Kind() == pdf.Integer {
			code = x.Int64()
			continue
		}
		if x.Name() != ".notdef" && code >= 'a' && code <= 'z' {
			return true
		}
		code++
	}
	return false
}

// maxFontProgram bounds the bytes of an embedded font program read for
// its built-in encoding (builtinEncoding): the encoding stands in its
// clear-text part, a few kilobytes at the start.
const maxFontProgram = 1 << 16

// builtinGlyph matches one entry of a Type 1 font program's built-in
// encoding, "dup 12 /fi put".
var builtinGlyph = regexp.MustCompile(`dup\s+(\d{1,3})\s*/([!-~]+?)\s+put`)

// builtinEncoding returns the encoding a Type 1 font program embedded with
// no Encoding entry and no ToUnicode map carries in itself, or nil. pdfTeX
// writes TeX's fonts so when they are set in their own encoding (Computer
// Modern in OT1, as LaTeX sets text by default): the codes are then those
// of the font program's "/Encoding 256 array ... dup 12 /fi put ...", not
// of PDFDocEncoding, which the library falls back to and which reads
// OT1's ligatures (11 to 15) as control characters, dropped ("modi
// cation", "over ow"), its en dash (123) as "{" and its quotes (92, 34)
// as "\" and a straight quote. The glyph names are read as a font's
// Differences are, by the library's own glyph list: the Differences are
// handed to it in a dictionary of their own (glyphNamesEncoding). A
// program whose encoding is StandardEncoding, or that is not Type 1, is
// left to the library.
func builtinEncoding(v pdf.Value) pdf.TextEncoding {
	if st := v.Key("Subtype").Name(); st != "Type1" && st != "MMType1" || v.Key("Encoding").Kind() != pdf.Null || v.Key("ToUnicode").Kind() != pdf.Null {
		return nil
	}
	ff := v.Key("FontDescriptor").Key("FontFile")
	if ff.Kind() != pdf.Stream {
		return nil
	}
	clear := int64(maxFontProgram)
	if n := ff.Key("Length1").Int64(); n > 0 && n < clear {
		clear = n
	}
	prog, err := io.ReadAll(io.LimitReader(ff.Reader(), clear))
	if err != nil && len(prog) == 0 {
		return nil
	}
	i := bytes.Index(prog, []byte("/Encoding"))
	if i < 0 {
		return nil
	}
	prog = prog[i:]
	if j := bytes.Index(prog, []byte(" def")); j >= 0 {
		prog = prog[:j]
	}
	var d strings.Builder
	for _, m := range builtinGlyph.FindAllSubmatch(prog, 256) {
		name := string(m[2])
		if string(m[1]) == "39" && name == "quoteright" {
			// The apostrophe key's code, as typed: TeX (and Adobe's
			// StandardEncoding) draw it with the right quote, so that
			// "'t' or 'T'" would read "’t’ or ’T’", a sentence that no
			// longer opens with a quote.
			name = "quotesingle"
		}
		if name == ".notdef" || strings.ContainsAny(name, "#%()<>[]{}/") {
			continue
		}
		fmt.Fprintf(&d, "%s /%s ", m[1], name)
	}
	if d.Len() == 0 {
		return nil
	}
	return glyphNamesEncoding(d.String())
}

// glyphNamesEncoding returns the library's encoding of a font whose
// Differences are differences ("12 /fi 13 /fl "), read from a PDF of one
// trailer that holds them, as the library makes an encoding only of a
// font dictionary it read; nil if it cannot be read.
func glyphNamesEncoding(differences string) pdf.TextEncoding {
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n")
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 1\n0000000000 65535 f \ntrailer\n<< /Size 1 /Encoding << /Differences [%s] >> >>\nstartxref\n%d\n%%%%EOF\n", differences, xref)
	r, err := pdf.NewReader(bytes.NewReader(b.Bytes()), int64(b.Len()))
	if err != nil {
		return nil
	}
	f := pdf.Font{V: r.Trailer()}
	return f.Encoder()
}

// texBitmapCodes are the codes of TeX's text font encodings that a
// bitmap font's codes do not decode to by themselves (they would read as
// control characters, dropped, or as Latin-1's "¿"): the ligatures, in
// T1 at 27 to 31 and in OT1 at 11 to 15; T1's quotes and dashes; and its
// pound sign. The few letters and accents that OT1 and T1 set at these
// codes instead (OT1's "œ" at 27, T1's ogonek at 12) are rare in text;
// the ligatures are in nearly every line.
var texBitmapCodes = map[byte]string{
	11: "ff", 12: "fi", 13: "fl", 14: "ffi", 15: "ffl",
	16: "\u201c", 17: "\u201d", 21: "\u2013", 22: "\u2014",
	27: "ff", 28: "fi", 29: "fl", 30: "ffi", 31: "ffl",
	191: "£",
}

// texT1Letters are the codes above 127 of a bitmap font set in T1 that do
// not decode to T1's glyphs by Latin-1 (texT1Upper, and Œ, SS, œ and ß):
// the letters of Central European languages ("ę" of "Kędzior" at 166,
// read "¦"; "Ł" at 138). Only a font that draws letters is read so: the
// symbols of TS1 (textcomp's "£" at 163, "·" at 183), set in a font of
// their own, are Latin-1's.
var texT1Letters = func() map[byte]string {
	m := map[byte]string{215: "Œ", 223: "SS", 247: "œ", 255: "ß"}
	for i, r := range []rune(texT1Upper) {
		m[byte(128+i)] = string(r)
	}
	return m
}()

// texT1Upper is T1's codes 128 to 191 (t1enc.def): capitals with breves,
// ogoneks, acutes, carons and double acutes, Ł, Ŋ, Ĳ, İ, đ and §, then
// their small letters 32 codes on, ¡, ¿ and £. From 192 on T1 is Latin-1
// but for Œ, SS, œ and ß.
const texT1Upper = "ĂĄĆČĎĚĘĞĹĽŁŃŇŊŐŔŘŚŠŞŤŢŰŮŸŹŽŻĲİđ§" +
	"ăąćčďěęğĺľłńňŋőŕřśšşťţűůÿźžżĳ¡¿£"

// glyphUnit returns the size of a simple font's glyph-space unit in text
// space (ems): a thousandth for Type 1 and TrueType fonts, whose widths
// are in thousandths of an em, and the horizontal scale of its FontMatrix
// for a Type 3 font, whose widths are in the units of its glyph
// procedures (pdfTeX's bitmap fonts, as TeX draws the £ sign or a whole
// text in T1-encoded fonts without scalable ones, use [0.011 0 0 0.011 0
// 0] and the like: read in thousandths, their glyphs would all but stack
// on one another).
func glyphUnit(v pdf.Value) float64 {
	if v.Key("Subtype").Name() != "Type3" {
		return 1.0 / 1000
	}
	if m := v.Key("FontMatrix"); m.Kind() == pdf.Array && m.Len() == 6 {
		if a := m.Index(0).Float64(); a > 0 && a < 1 {
			return a
		}
	}
	return 1.0 / 1000
}

// boldName reports a bold font by its name: "Helvetica-Bold", "CMBX10",
// "DejaVuSerif-Bold", "Arial,Bold", "OpenSans-Semibold".
func boldName(name string) bool {
	if i := strings.IndexByte(name, '+'); i >= 0 {
		name = name[i+1:]
	}
	for _, w := range []string{"bold", "black", "heavy", "semibold", "demi"} {
		if strings.Contains(name, w) {
			return true
		}
	}
	return strings.HasPrefix(name, "cmbx") || strings.HasPrefix(name, "cmb10") || strings.HasPrefix(name, "lmroman10-bold")
}

// slantedFont reports an italic or oblique font: by its descriptor, whose
// ItalicAngle is not 0 or whose Flags set the Italic bit (7), or by its
// name ("Times-Italic", "Helvetica-Oblique"), as the standard fonts have
// no descriptor.
func slantedFont(name string, desc pdf.Value) bool {
	const italicFlag = 1 << 6
	if desc.Key("ItalicAngle").Float64() != 0 || desc.Key("Flags").Int64()&italicFlag != 0 {
		return true
	}
	return strings.Contains(name, "italic") || strings.Contains(name, "oblique")
}

// maxCIDWidths bounds the width entries read from a composite font.
const maxCIDWidths = 1 << 16

// cidWidths reads the W array of a CID font: "c [w1 w2 …]" or
// "cfirst clast w" entries.
func cidWidths(w pdf.Value) map[int]float64 {
	m := map[int]float64{}
	for i := 0; i < w.Len() && len(m) < maxCIDWidths; {
		first := int(w.Index(i).Int64())
		next := w.Index(i + 1)
		if next.Kind() == pdf.Array {
			for j := range min(next.Len(), maxCIDWidths) {
				m[first+j] = next.Index(j).Float64() / 1000
			}
			i += 2
			continue
		}
		last := int(next.Int64())
		width := w.Index(i+2).Float64() / 1000
		for c := first; c <= last && c-first < maxCIDWidths && len(m) < maxCIDWidths; c++ {
			m[c] = width
		}
		i += 3
	}
	return m
}

// width returns the advance of a code in text space units (1 = the font
// size).
func (f *pdfFont) width(code string) float64 {
	c := 0
	for i := 0; i < len(code); i++ {
		c = c<<8 | int(code[i])
	}
	if f.codeLen == 2 {
		if w, ok := f.cids[c]; ok {
			return w
		}
		return f.dw
	}
	if i := c - f.first; i >= 0 && i < len(f.widths) && f.widths[i] > 0 {
		return f.widths[i]
	}
	return f.dw
}

// decode returns the text of one code, ligatures spelled out ("ﬁ" → "fi"),
// the minus sign read as a hyphen-minus and control characters dropped.
func (f *pdfFont) decode(code string) string {
	if t, ok := f.cache[code]; ok {
		return t
	}
	if f.texBitmap && len(code) == 1 {
		if t, ok := texBitmapCodes[code[0]]; ok {
			f.cache[code] = t
			return t
		}
		if t, ok := texT1Letters[code[0]]; ok && f.texLetters {
			f.cache[code] = t
			return t
		}
	}
	if f.texSymbols && code == "\x0d" {
		f.cache[code] = texBigCircle
		return texBigCircle
	}
	t := f.enc.Decode(code)
	t = typedGlyphs.Replace(t)
	t = strings.Map(func(r rune) rune {
		switch {
		case r >= 0xE000 && r <= 0xF8FF && f.symbol:
			// Symbol fonts draw their bullets from the private use area.
			return '•'
		case r < ' ' || r == utf8.RuneError || r >= 0xE000 && r <= 0xF8FF:
			return -1
		case r == '\u00AD':
			// A soft hyphen is drawn only where a line breaks, as a
			// hyphen: read as one, the line's word is rejoined as a
			// typed hyphen's is.
			return '-'
		}
		return r
	}, t)
	f.cache[code] = t
	return t
}

// typedGlyphs spells out the ligature characters fonts draw, and reads
// as typed the glyphs that stand for a keyboard's characters: the minus
// sign (U+2212) as the hyphen-minus, as groff draws every "\-" of a
// manual page with it ("−N", "bug−gzip@gnu.org") and TeX every minus of
// its mathematics ("−5 °C"); the spacing tilde and circumflex (U+02DC and
// U+02C6, the glyphs Adobe's list names "tilde" and "circumflex") as "~"
// and "^", as groff's PDF fonts set every "~" and "^" of a manual page
// with them ("˜/.gitconfig", a regular expression's "ˆ[a-z]"), and text
// never writes the modifier letters on their own.
var typedGlyphs = strings.NewReplacer(
	"\uFB00", "ff", "\uFB01", "fi", "\uFB02", "fl", "\uFB03", "ffi", "\uFB04", "ffl",
	"\uFB05", "st", "\uFB06", "st", "\u2212", "-", "\u02DC", "~", "\u02C6", "^",
)

// pdfEncryption says why an encrypted PDF could not be opened.
func pdfEncryption(err error) string {
	if errors.Is(err, pdf.ErrInvalidPassword) {
		return "protected by a password"
	}
	return strings.TrimPrefix(err.Error(), "unsupported PDF: ")
}
