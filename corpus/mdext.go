package corpus

import (
	"regexp"
	"strings"
)

// Two extensions of Markdown that CommonMark reads as text:
//
//   - display math (MathJax's and KaTeX's "$$" on lines of its own around
//     a formula, or a line "$$ 5 + 5 $$"): a formula, no sentence, read
//     as code lines (found by their words, never an answer), as GitHub's
//     "```math" block already is; an opening "$$" no line closes is left
//     alone;
//   - an abbreviation's definition (PHP Markdown Extra's, kramdown's,
//     Python-Markdown's "*[HTML]: Hyper Text Markup Language"), which the
//     page shows as a tooltip over the word: read as the abbreviation and
//     its meaning, "HTML: Hyper Text Markup Language", a term and its
//     definition (a definition list's), where CommonMark glued a run of
//     them into one paragraph holding their asterisks and brackets.
//
// mathAndAbbreviations rewrites them as such Markdown before the file is
// parsed; lines in fenced code are left alone.
func mathAndAbbreviations(src string) string {
	if !strings.Contains(src, "$$") && !strings.Contains(src, "*[") {
		return src
	}
	lines := strings.SplitAfter(src, "\n")
	var b strings.Builder
	b.Grow(len(src))
	var code fences
	for i := 0; i < len(lines); i++ {
		line := lines[i]
		trimmed := strings.TrimRight(line, "\r\n")
		if code.code(trimmed) {
			b.WriteString(line)
			continue
		}
		if m := abbreviationLine.FindStringSubmatch(trimmed); m != nil {
			b.WriteString("\n" + m[1] + "\n: " + m[2] + "\n\n")
			continue
		}
		if end := mathEnd(lines, i); end >= 0 {
			b.WriteString("```math\n")
			for j := i; j <= end; j++ {
				t := strings.TrimSpace(lines[j])
				if j == i {
					t = strings.TrimPrefix(t, "$$")
				}
				if j == end {
					t = strings.TrimSuffix(t, "$$")
				}
				if t = strings.TrimSpace(t); t != "" {
					b.WriteString(t + "\n")
				}
			}
			b.WriteString("```\n")
			i = end
			continue
		}
		b.WriteString(line)
	}
	return b.String()
}

var (
	// abbreviationLine matches an abbreviation's definition: the
	// abbreviation and its meaning.
	abbreviationLine = regexp.MustCompile(`^ {0,3}\*\[([^\]\n]+)\]:[ \t]*(\S.*?)[ \t]*$`)
	// mathOpen matches a line that opens display math: "$$" at most three
	// spaces in, not "$$$".
	mathOpen = regexp.MustCompile(`^ {0,3}\$\$(?:[^$]|$)`)
)

// maxMathLines bounds the lines display math may take: an opening "$$"
// with no closing one within them is no display ("$$" of a shell's
// process number in prose).
const maxMathLines = 100

// mathEnd returns the index of the line that closes the display math
// lines[i] opens, i itself for "$$ 5 + 5 $$" on one line, or -1 when
// lines[i] opens none or no line closes it before a blank line, a fence
// or maxMathLines lines.
func mathEnd(lines []string, i int) int {
	first := strings.TrimSpace(lines[i])
	if !mathOpen.MatchString(lines[i]) {
		return -1
	}
	if len(first) > len("$$$$") && strings.HasSuffix(first, "$$") {
		return i
	}
	for j := i + 1; j < len(lines) && j <= i+maxMathLines; j++ {
		t := strings.TrimSpace(lines[j])
		if t == "" || fenceLine.MatchString(lines[j]) {
			return -1
		}
		if strings.HasSuffix(t, "$$") {
			return j
		}
	}
	return -1
}

// Python-Markdown's attribute lists (its attr_list extension, which
// MkDocs sites turn on; kramdown's "{: .no_toc }" is the same syntax) set
// an HTML element's id, classes or attributes and show nothing on the
// page: "{", an optional ":", then words "#id", ".class", "key=value"
// (its value bare or quoted) or a bare "key", then "}". Python-Markdown
// reads one at a heading's end ("## Changes { data-search-exclude }"), on
// the last line of a block (a line of its own under the paragraph or list
// item it sets), or right after an inline element (a link, emphasis, code
// span or icon: "[Get started](start.md){ .md-button }",
// ":fontawesome-brands-youtube:{ style=\"color: #EE0F0F\" }").
// CommonMark keeps them as text. A list of one bare word and no colon
// ("{title}", "{ url }") is taken for a template's placeholder in prose,
// not an attribute list, and kept.
//
// Material for MkDocs shows an icon of one of its bundled sets for a
// shortcode of the icon's path with "-" for "/" (Python-Markdown's
// pymdownx.emoji extension with Material's icon index):
// ":material-check:", ":fontawesome-brands-github:", ":octicons-clock-24:",
// ":simple-python:". A picture, no word, dropped with a space after it;
// the text beside it stays ("- :material-check: Search" is the item
// "Search").
//
// attributesAndIcons drops both in one pass over the lines of src: a
// line's attribute lists first (an icon's closing ":" is what an inline
// list after it follows), then its icons. Lines in fenced code are left
// alone.
func attributesAndIcons(src string) string {
	braces := strings.Contains(src, "{")
	iconsIn := strings.Contains(src, ":") && iconShortcode.MatchString(src)
	if !braces && !iconsIn {
		return src
	}
	var (
		b    strings.Builder
		code fences
		prev string // the line before, "" after a blank one
	)
	b.Grow(len(src))
	for line := range strings.Lines(src) {
		trimmed := strings.TrimRight(line, "\r\n")
		if code.code(trimmed) {
			b.WriteString(line)
			prev = trimmed
			continue
		}
		if braces && strings.Contains(trimmed, "{") {
			if m := attrListLine.FindStringSubmatch(trimmed); m != nil && strings.TrimSpace(prev) != "" && attributes(m[1]) {
				prev = trimmed // the last line of a block: the line goes
				continue
			}
			end := line[len(trimmed):]
			if m := attrListHeading.FindStringSubmatchIndex(trimmed); m != nil && attributes(trimmed[m[4]:m[5]]) {
				trimmed = trimmed[:m[2]]
			}
			trimmed = attrListInline.ReplaceAllStringFunc(trimmed, func(s string) string {
				if attributes(attrListInline.FindStringSubmatch(s)[1]) {
					return s[:1]
				}
				return s
			})
			line = trimmed + end
		}
		prev = trimmed
		if iconsIn {
			line = iconShortcode.ReplaceAllString(line, "")
		}
		b.WriteString(line)
	}
	return b.String()
}

// attributes reports whether the text inside the braces, s (a leading
// ":" kept), is an attribute list: a ":" first, or a word that sets an id,
// a class or a value, or a bare key with a hyphen ("data-search-exclude").
func attributes(s string) bool {
	if strings.HasPrefix(s, ":") {
		return true
	}
	for _, w := range attrToken.FindAllString(s, -1) {
		if strings.ContainsAny(w[:1], "#.") || strings.Contains(w, "=") || strings.Contains(w, "-") {
			return true
		}
	}
	return false
}

// attrTokenPattern is one word of an attribute list: "#id", ".class",
// "key=value" (the value bare or quoted) or a bare key.
const attrTokenPattern = `(?:[#.][A-Za-z_][\w-]*|[A-Za-z_][\w:.-]*=(?:"[^"\n]*"|'[^'\n]*'|[^\s"'{}=]+)|[A-Za-z_][\w-]*)`

// attrListPattern is an attribute list, the text inside its braces as a
// group.
const attrListPattern = `\{(:?[ \t]*` + attrTokenPattern + `(?:[ \t]+` + attrTokenPattern + `)*)[ \t]*\}`

var (
	// attrToken matches a word of an attribute list.
	attrToken = regexp.MustCompile(attrTokenPattern)
	// attrListLine matches a line that is only an attribute list.
	attrListLine = regexp.MustCompile(`^[ \t]*` + attrListPattern + `[ \t]*$`)
	// attrListHeading matches an attribute list at an ATX heading's end,
	// after a space.
	attrListHeading = regexp.MustCompile(`^ {0,3}#{1,6}[ \t].*?([ \t]+` + attrListPattern + `)[ \t]*#*[ \t]*$`)
	// attrListInline matches an attribute list right after an inline
	// element's last character: a link's ")" or "]", emphasis' "*", a
	// code span's backquote or an icon's ":". Emphasis closed by "_" is
	// left out: "_{" is a subscript in TeX ("\sum_{i=1}^{n}").
	attrListInline = regexp.MustCompile("[)\\]*`:]" + attrListPattern)
)

// iconShortcode matches the shortcode of an icon of the sets Material for
// MkDocs bundles (Material Design, FontAwesome's three, Octicons, Simple
// Icons) and the space or tab after it.
var iconShortcode = regexp.MustCompile(`:(?:material|fontawesome-(?:brands|regular|solid)|octicons|simple)-[a-z0-9]+(?:-[a-z0-9]+)*:[ \t]?`)

// Material for MkDocs' code annotations put a marker in a comment of
// fenced code, "# (1)" (or "# (1)!", whose comment the page drops),
// and the annotation's text in the numbered list right after the block;
// the page shows a button at the marker that opens the item. The
// marker is no code: annotationMarkers drops a comment that is only a
// marker, "(1)" or "(1)!" after a comment's opening ("#", "//", "--",
// ";", "%", "/*", "<!--"), at the end of a line of fenced code whose
// block a numbered list follows (the list stays where it is, read as
// items after the code). Other code is left alone.
func annotationMarkers(src string) string {
	if !strings.Contains(src, ")") || !annotationMarker.MatchString(src) {
		return src
	}
	lines := strings.SplitAfter(src, "\n")
	var code fences
	open := -1 // the index of the open fence's line
	for i, line := range lines {
		wasOpen := code.open != ""
		if !code.code(strings.TrimRight(line, "\r\n")) {
			continue
		}
		switch {
		case !wasOpen:
			open = i
		case code.open == "" && open >= 0:
			if annotationList(lines[i+1:]) {
				for j := open + 1; j < i; j++ {
					lines[j] = annotationMarker.ReplaceAllString(lines[j], "$1")
				}
			}
			open = -1
		}
	}
	return strings.Join(lines, "")
}

// annotationList reports whether lines, after blank ones, start with a
// numbered list's first item.
func annotationList(lines []string) bool {
	for _, l := range lines {
		if strings.TrimSpace(l) != "" {
			return firstItem.MatchString(l)
		}
	}
	return false
}

var (
	// annotationMarker matches a comment that is only a code annotation's
	// marker, at a line's end (the line end is kept).
	annotationMarker = regexp.MustCompile(`(?m)[ \t]*(?:#|//|--|;|%|/\*|<!--)[ \t]*\(\d+\)!?[ \t]*(?:\*/|-->)?[ \t]*?(\r?)$`)
	// firstItem matches a numbered list's first item.
	firstItem = regexp.MustCompile(`^ {0,3}1[.)][ \t]`)
)
