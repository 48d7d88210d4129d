package corpus

// The automatic numbers of Word paragraphs.
//
// A heading numbered by Word or LibreOffice ("1. Scope", "2.1 Fees") holds
// no number in its text: the number is drawn from word/numbering.xml, and
// is written here into the heading's text, as it reads on the page and as
// a typed number would. List items keep none, as the other readers drop
// the markers of theirs.
//
//   - A paragraph is numbered by the w:numId and w:ilvl of its w:numPr,
//     or of its style's (with what the style inherits). numId 0 numbers
//     nothing. A style that gives no ilvl takes the level that names the
//     style (w:lvl/w:pStyle), else level 0.
//   - A w:num instance refers to a w:abstractNum, which defines up to
//     nine levels: w:start, w:numFmt (decimal, lowerLetter, upperRoman…),
//     w:lvlText ("%1.%2", each %N the number of level N), w:suff (a tab,
//     a space or nothing after the number), w:lvlRestart and w:isLgl. A
//     w:lvlOverride of the instance replaces a level or its start. An
//     abstractNum that only links a list style (w:numStyleLink) takes
//     the levels of the list the style's w:numPr names.
//   - Each numbered paragraph, heading or not, counts at its level: the
//     first at the level's start, the next one more. Counting at a level
//     starts the lower levels afresh, unless their w:lvlRestart says
//     otherwise (0: never; N: only after levels 1 to N). As Word does,
//     instances of one abstractNum share their counts, unless one
//     overrides a level, which gives it counts of its own.
//
// Missing or malformed numbering.xml numbers nothing; numbers too large
// to write as letters or roman numerals are written in digits, and a level
// text longer than maxLevelText is not written.

import (
	"encoding/xml"
	"strconv"
	"strings"
)

// docxLevels is the number of levels of a Word list.
const docxLevels = 9

// maxLevelText bounds a level's text (w:lvlText), in bytes; a real one is
// a few characters ("%1.%2.").
const maxLevelText = 64

// docxLevel is one level of a list's numbering.
type docxLevel struct {
	start   int
	format  string // w:numFmt: decimal, lowerLetter, upperRoman, bullet, none…
	text    string // w:lvlText
	suffix  string // w:suff: tab (the default), space or nothing
	restart int    // w:lvlRestart; by default the level's own number
	legal   bool   // w:isLgl: every level's number in digits
	style   string // w:pStyle: the paragraph style the level numbers
}

// docxCounts are the counts of a list's levels.
type docxCounts struct {
	n   [docxLevels]int
	set [docxLevels]bool // the level has counted since it last started
}

// docxList is a numbering instance (w:num) resolved: its levels and the
// counts it adds to.
type docxList struct {
	levels [docxLevels]docxLevel
	counts *docxCounts
}

// docxNumbering is a Word file's numbering: its lists by w:numId, and
// their counts so far.
type docxNumbering struct {
	lists map[string]*docxList
}

// xmlVal is an element whose w:val attribute is read.
type xmlVal struct {
	Val string `xml:"val,attr"`
}

// xmlLevel is a w:lvl element.
type xmlLevel struct {
	Ilvl    string  `xml:"ilvl,attr"`
	Start   *xmlVal `xml:"start"`
	Format  *xmlVal `xml:"numFmt"`
	Text    *xmlVal `xml:"lvlText"`
	Suffix  *xmlVal `xml:"suff"`
	Restart *xmlVal `xml:"lvlRestart"`
	Legal   *xmlVal `xml:"isLgl"`
	Style   *xmlVal `xml:"pStyle"`
}

// readNumbering reads word/numbering.xml; styles is word/styles.xml (or
// nil), whose list styles (w:type="numbering") lists may link to.
func readNumbering(raw, styles []byte) *docxNumbering {
	var doc struct {
		Abstracts []struct {
			ID       string     `xml:"abstractNumId,attr"`
			Levels   []xmlLevel `xml:"lvl"`
			LinkedTo *xmlVal    `xml:"numStyleLink"`
		} `xml:"abstractNum"`
		Nums []struct {
			ID        string `xml:"numId,attr"`
			Abstract  xmlVal `xml:"abstractNumId"`
			Overrides []struct {
				Ilvl  string    `xml:"ilvl,attr"`
				Start *xmlVal   `xml:"startOverride"`
				Level *xmlLevel `xml:"lvl"`
			} `xml:"lvlOverride"`
		} `xml:"num"`
	}
	num := &docxNumbering{lists: map[string]*docxList{}}
	if err := xml.Unmarshal(raw, &doc); err != nil {
		return num
	}
	type abstract struct {
		levels [docxLevels]docxLevel
		link   string
	}
	abstracts := map[string]*abstract{}
	for _, a := range doc.Abstracts {
		ab := &abstract{}
		for i := range ab.levels {
			ab.levels[i] = docxLevel{start: 1, format: "decimal", restart: i}
		}
		for _, l := range a.Levels {
			if i, ok := levelIndex(l.Ilvl); ok {
				ab.levels[i] = l.apply(ab.levels[i])
			}
		}
		if a.LinkedTo != nil {
			ab.link = a.LinkedTo.Val
		}
		abstracts[a.ID] = ab
	}
	absOf := map[string]string{} // numId → abstractNumId
	for _, n := range doc.Nums {
		absOf[n.ID] = n.Abstract.Val
	}
	linked := listStyles(styles)
	shared := map[string]*docxCounts{}
	for _, n := range doc.Nums {
		absID := n.Abstract.Val
		ab := abstracts[absID]
		if ab == nil {
			continue
		}
		if ab.link != "" {
			// One step only: a list style's list is not itself linked.
			if to := abstracts[absOf[linked[ab.link]]]; to != nil && to.link == "" {
				absID, ab = absOf[linked[ab.link]], to
			}
		}
		l := &docxList{levels: ab.levels}
		for _, o := range n.Overrides {
			i, ok := levelIndex(o.Ilvl)
			if !ok {
				continue
			}
			if o.Level != nil {
				l.levels[i] = o.Level.apply(l.levels[i])
			}
			if o.Start != nil {
				l.levels[i].start = parseStart(o.Start.Val, l.levels[i].start)
			}
			l.counts = &docxCounts{} // an instance that overrides counts apart
		}
		if l.counts == nil {
			if shared[absID] == nil {
				shared[absID] = &docxCounts{}
			}
			l.counts = shared[absID]
		}
		num.lists[n.ID] = l
	}
	return num
}

// listStyles maps the list styles (w:type="numbering") of styles.xml to
// the w:numId of their w:numPr.
func listStyles(raw []byte) map[string]string {
	var doc struct {
		Styles []struct {
			Type string `xml:"type,attr"`
			ID   string `xml:"styleId,attr"`
			PPr  struct {
				NumPr struct {
					NumID *xmlVal `xml:"numId"`
				} `xml:"numPr"`
			} `xml:"pPr"`
		} `xml:"style"`
	}
	out := map[string]string{}
	if raw == nil || xml.Unmarshal(raw, &doc) != nil {
		return out
	}
	for _, s := range doc.Styles {
		if s.Type == "numbering" && s.PPr.NumPr.NumID != nil {
			out[s.ID] = s.PPr.NumPr.NumID.Val
		}
	}
	return out
}

// apply returns the level l with what x sets.
func (x xmlLevel) apply(l docxLevel) docxLevel {
	if x.Start != nil {
		l.start = parseStart(x.Start.Val, l.start)
	}
	if x.Format != nil {
		l.format = x.Format.Val
	}
	if x.Text != nil {
		l.text = x.Text.Val
	}
	if x.Suffix != nil {
		l.suffix = x.Suffix.Val
	}
	if x.Restart != nil {
		if n, err := strconv.Atoi(x.Restart.Val); err == nil && n >= 0 {
			l.restart = n
		}
	}
	if x.Legal != nil {
		l.legal = toggleOn(x.Legal.Val)
	}
	if x.Style != nil {
		l.style = x.Style.Val
	}
	return l
}

// maxStart bounds a level's start: past it, a number is not a count.
const maxStart = 1 << 20

// parseStart reads a level's start, or returns def.
func parseStart(s string, def int) int {
	if n, err := strconv.Atoi(s); err == nil && n >= 0 && n <= maxStart {
		return n
	}
	return def
}

// levelIndex reads a level's index, 0 to 8.
func levelIndex(s string) (int, bool) {
	n, err := strconv.Atoi(s)
	return n, err == nil && n >= 0 && n < docxLevels
}

// next counts a paragraph of the list numID at level ilvl (-1 when
// neither the paragraph nor its style gives one: the level that names the
// paragraph's style, else 0) and returns its number as it reads before
// the text, with what follows the number: "1. ", "2.1 ", or "" for none
// (a bullet, an empty level text, a list the file does not define).
func (num *docxNumbering) next(numID string, ilvl int, style string) string {
	if num == nil || numID == "" || numID == "0" {
		return ""
	}
	l := num.lists[numID]
	if l == nil || ilvl >= docxLevels {
		return ""
	}
	if ilvl < 0 {
		ilvl = 0
		for i, lv := range l.levels {
			if style != "" && lv.style == style {
				ilvl = i
				break
			}
		}
	}
	c := l.counts
	if c.set[ilvl] {
		c.n[ilvl] = min(c.n[ilvl]+1, maxStart*2)
	} else {
		c.n[ilvl], c.set[ilvl] = l.levels[ilvl].start, true
	}
	for k := ilvl + 1; k < docxLevels; k++ {
		if ilvl < l.levels[k].restart {
			c.set[k] = false
		}
	}
	lv := l.levels[ilvl]
	if lv.format == "bullet" || len(lv.text) > maxLevelText {
		return ""
	}
	var b strings.Builder
	for t, i := lv.text, 0; i < len(t); i++ {
		if t[i] != '%' || i+1 == len(t) || t[i+1] < '1' || t[i+1] > '9' {
			b.WriteByte(t[i])
			continue
		}
		k := int(t[i+1] - '1')
		i++
		n := l.levels[k].start
		if c.set[k] {
			n = c.n[k]
		}
		format := l.levels[k].format
		if lv.legal {
			format = "decimal"
		}
		b.WriteString(formatNumber(n, format))
	}
	label := strings.TrimSpace(b.String())
	if label == "" {
		return ""
	}
	if lv.suffix == "nothing" {
		return label
	}
	return label + " "
}

// formatNumber writes n in a w:numFmt: digits for decimal and for the
// formats not read here.
func formatNumber(n int, format string) string {
	switch format {
	case "none":
		return ""
	case "decimalZero":
		if n >= 0 && n < 10 {
			return "0" + strconv.Itoa(n)
		}
	case "lowerLetter", "upperLetter":
		// a … z, then aa … zz, as Word counts on.
		if n >= 1 && n <= 26*10 {
			s := strings.Repeat(string(rune('a'+(n-1)%26)), (n-1)/26+1)
			if format == "upperLetter" {
				s = strings.ToUpper(s)
			}
			return s
		}
	case "lowerRoman", "upperRoman":
		if n >= 1 && n < 4000 {
			s := roman(n)
			if format == "lowerRoman" {
				s = strings.ToLower(s)
			}
			return s
		}
	}
	return strconv.Itoa(n)
}

// roman writes n, 1 to 3999, in roman numerals.
func roman(n int) string {
	var b strings.Builder
	for _, r := range []struct {
		v int
		s string
	}{{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"}, {50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}} {
		for n >= r.v {
			b.WriteString(r.s)
			n -= r.v
		}
	}
	return b.String()
}
