package corpus

import (
	"html"
	"strings"
)

// markdownBlocks reduces Markdown to blocks of plain text.
//
// It handles the block structure of CommonMark that matters for prose:
// ATX ("# Title") and setext (underlined) headings, paragraphs (consecutive
// lines joined), list items ("-", "*", "+", "1.", "1)", with task boxes),
// block quotes, fenced code (kept line by line), tables (cells joined with
// "; "), thematic breaks, link reference definitions and HTML comments
// (dropped). Inline syntax is reduced to its text by markdownInline.
func markdownBlocks(text string) blocks {
	var (
		out     blocks
		para    []string
		paraK   = KindParagraph
		fence   string // the opening fence while inside fenced code
		comment bool   // inside a multi-line HTML comment
	)
	flush := func() {
		if len(para) > 0 {
			out.add(markdownInline(strings.Join(para, " ")), paraK)
		}
		para, paraK = para[:0], KindParagraph
	}
	for raw := range strings.Lines(text) {
		raw = strings.TrimRight(raw, "\n")
		if fence != "" {
			if t := strings.TrimSpace(raw); strings.HasPrefix(t, fence) && strings.Trim(t, fence[:1]) == "" {
				fence = ""
				continue
			}
			out.add(raw, KindCode)
			continue
		}
		if comment {
			if _, after, ok := strings.Cut(raw, "-->"); ok {
				comment = false
				raw = after
			} else {
				continue
			}
		}
		line := strings.TrimSpace(raw)
		line, comment = stripComments(line)
		line = strings.TrimSpace(line)
		for strings.HasPrefix(line, ">") {
			line = strings.TrimSpace(line[1:])
		}
		switch {
		case line == "":
			flush()
			continue
		case strings.HasPrefix(line, "```") || strings.HasPrefix(line, "~~~"):
			flush()
			fence = line[:3]
			continue
		case len(para) > 0 && paraK == KindParagraph && isSetextUnderline(line):
			paraK = KindHeading
			flush()
			continue
		case isThematicBreak(line):
			flush()
			continue
		case isLinkDefinition(line):
			flush()
			continue
		case isTableDivider(line):
			continue
		}
		if h, ok := atxHeading(line); ok {
			flush()
			out.add(markdownInline(h), KindHeading)
			continue
		}
		if n := bulletMarker(line); n > 0 {
			flush()
			item := strings.TrimSpace(line[n:])
			if len(item) >= 3 && item[0] == '[' && item[2] == ']' && strings.ContainsRune(" xX", rune(item[1])) {
				item = strings.TrimSpace(item[3:])
			}
			para, paraK = append(para, item), KindItem
			continue
		}
		if strings.HasPrefix(line, "|") && strings.Count(line, "|") >= 2 {
			flush()
			out.add(markdownInline(tableRow(line)), KindRow)
			continue
		}
		if strings.HasSuffix(raw, "  ") || strings.HasSuffix(line, "\\") {
			para = append(para, strings.TrimSuffix(line, "\\"))
			flush()
			continue
		}
		para = append(para, line)
	}
	flush()
	return out
}

// stripComments removes HTML comments from one line and reports whether a
// comment is still open at its end.
func stripComments(line string) (string, bool) {
	if !strings.Contains(line, "<!--") {
		return line, false
	}
	var b strings.Builder
	for {
		i := strings.Index(line, "<!--")
		if i < 0 {
			b.WriteString(line)
			return b.String(), false
		}
		b.WriteString(line[:i])
		j := strings.Index(line[i+4:], "-->")
		if j < 0 {
			return b.String(), true
		}
		line = line[i+4+j+3:]
	}
}

// atxHeading returns the text of a "# Heading #" line.
func atxHeading(line string) (string, bool) {
	n := 0
	for n < len(line) && line[n] == '#' {
		n++
	}
	if n == 0 || n > 6 || (n < len(line) && line[n] != ' ' && line[n] != '\t') {
		return "", false
	}
	h := strings.TrimSpace(line[n:])
	if t := strings.TrimRight(h, "#"); t == "" || strings.HasSuffix(t, " ") {
		h = strings.TrimSpace(t)
	}
	return h, true
}

// isSetextUnderline reports a line of only "=" or only "-".
func isSetextUnderline(line string) bool {
	t := strings.TrimSpace(line)
	return t != "" && (strings.Trim(t, "=") == "" || strings.Trim(t, "-") == "")
}

// isThematicBreak reports "---", "***", "___" and their spaced forms.
func isThematicBreak(line string) bool {
	t := strings.ReplaceAll(line, " ", "")
	if len(t) < 3 {
		return false
	}
	return strings.Trim(t, "-") == "" || strings.Trim(t, "*") == "" || strings.Trim(t, "_") == ""
}

// isLinkDefinition reports a "[label]: https://…" reference definition.
func isLinkDefinition(line string) bool {
	if !strings.HasPrefix(line, "[") {
		return false
	}
	i := strings.Index(line, "]:")
	return i > 1 && !strings.ContainsAny(line[1:i], "[]") && !strings.Contains(strings.TrimSpace(line[i+2:]), " ")
}

// isTableDivider reports the "|---|:---:|" line under a table header.
func isTableDivider(line string) bool {
	if !strings.Contains(line, "-") || !strings.ContainsAny(line, "|") {
		return false
	}
	return strings.Trim(line, "|-: \t") == ""
}

// tableRow joins the cells of a "| a | b |" row with "; ".
func tableRow(line string) string {
	line = strings.Trim(strings.TrimSpace(line), "|")
	var cells []string
	for c := range strings.SplitSeq(line, "|") {
		if c = strings.TrimSpace(c); c != "" {
			cells = append(cells, c)
		}
	}
	return strings.Join(cells, "; ")
}

// maxLinkTarget bounds the search for the ")" or "]" closing a link
// target, so that text full of unclosed links stays linear.
const maxLinkTarget = 2048

// markdownInline reduces inline Markdown to text: images are dropped, links
// keep their text, code spans their content, emphasis markers, inline HTML
// tags and backslash escapes are removed, and entities are decoded. It runs
// in time linear in len(s): brackets are matched once, up front.
func markdownInline(s string) string {
	if !strings.ContainsAny(s, "*_`[]<>!~\\&") {
		return s
	}
	var (
		b     strings.Builder
		match = matchBrackets(s)
		jump  = map[int]int{} // the "]" of a link → the index past its target
	)
	b.Grow(len(s))
	for i := 0; i < len(s); {
		if end, ok := jump[i]; ok {
			i = end
			continue
		}
		c := s[i]
		switch {
		case c == '\\' && i+1 < len(s) && isASCIIPunct(s[i+1]):
			b.WriteByte(s[i+1])
			i += 2
			continue
		case c == '`':
			n := run(s, i, '`')
			if j := strings.Index(s[i+n:min(len(s), i+n+maxLinkTarget)], s[i:i+n]); j >= 0 {
				b.WriteString(strings.TrimSpace(s[i+n : i+n+j]))
				i += n + j + n
				continue
			}
			b.WriteString(s[i : i+n])
			i += n
			continue
		case c == '!' && i+1 < len(s) && s[i+1] == '[':
			if close, end := linkAt(s, i+1, match); close >= 0 {
				i = end // an image: drop it whole
				continue
			}
		case c == '[':
			if close, end := linkAt(s, i, match); close >= 0 {
				jump[close] = end // keep the text, skip "](target)" later
				i++
				continue
			}
		case c == '<':
			if j := strings.IndexByte(s[i:min(len(s), i+maxLinkTarget)], '>'); j > 1 {
				inner := s[i+1 : i+j]
				switch {
				case strings.HasPrefix(inner, "http://") || strings.HasPrefix(inner, "https://") || strings.HasPrefix(inner, "mailto:"):
					if !strings.ContainsAny(inner, " <") {
						b.WriteString(strings.TrimPrefix(inner, "mailto:"))
						i += j + 1
						continue
					}
				case isTag(inner):
					i += j + 1
					continue
				}
			}
		case c == '*' || c == '_' || c == '~':
			n := run(s, i, c)
			if c == '~' && n < 2 {
				break
			}
			if isDelimiter(s, i, n, c) {
				i += n
				continue
			}
			b.WriteString(s[i : i+n])
			i += n
			continue
		}
		b.WriteByte(c)
		i++
	}
	out := b.String()
	if strings.IndexByte(out, '&') >= 0 {
		out = html.UnescapeString(out)
	}
	return out
}

// matchBrackets maps the index of each "[" of s to the index of its
// matching "]", skipping backslash-escaped brackets.
func matchBrackets(s string) map[int]int {
	var (
		match map[int]int
		open  []int
	)
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\\':
			i++
		case '[':
			open = append(open, i)
		case ']':
			if k := len(open); k > 0 {
				if match == nil {
					match = map[int]int{}
				}
				match[open[k-1]] = i
				open = open[:k-1]
			}
		}
	}
	return match
}

// linkAt reports whether the "[" at s[i] starts "[text](target)" or
// "[text][ref]", returning the index of its "]" and the index just past the
// link, or -1.
func linkAt(s string, i int, match map[int]int) (int, int) {
	j, ok := match[i]
	if !ok || j+1 >= len(s) {
		return -1, 0
	}
	var closer byte
	switch s[j+1] {
	case '(':
		closer = ')'
	case '[':
		closer = ']'
	default:
		return -1, 0
	}
	rest := s[j+1 : min(len(s), j+1+maxLinkTarget)]
	if k := strings.IndexByte(rest, closer); k > 0 {
		return j, j + 1 + k + 1
	}
	return -1, 0
}

// run counts the bytes equal to c from s[i].
func run(s string, i int, c byte) int {
	n := 0
	for i+n < len(s) && s[i+n] == c {
		n++
	}
	return n
}

// isTag reports whether inner (the text between "<" and ">") looks like an
// HTML tag: "br", "/span", "a href=…".
func isTag(inner string) bool {
	inner = strings.TrimPrefix(inner, "/")
	if inner == "" || !isASCIILetter(inner[0]) {
		return false
	}
	for i := 1; i < len(inner); i++ {
		c := inner[i]
		if c == ' ' || c == '/' || c == '\t' {
			return true
		}
		if !isASCIILetter(c) && (c < '0' || c > '9') && c != '-' {
			return false
		}
	}
	return true
}

// isDelimiter reports whether the run of n markers c at s[i] opens or
// closes emphasis: it touches a word on one side and white space,
// punctuation or the line's end on the other. "_" inside a word
// (snake_case) is not a delimiter.
func isDelimiter(s string, i, n int, c byte) bool {
	var prev, next byte = ' ', ' '
	if i > 0 {
		prev = s[i-1]
	}
	if i+n < len(s) {
		next = s[i+n]
	}
	prevSpace, nextSpace := prev == ' ' || prev == '\t', next == ' ' || next == '\t'
	if prevSpace && nextSpace {
		return false
	}
	if c == '_' && isWordByte(prev) && isWordByte(next) {
		return false
	}
	return true
}

func isWordByte(c byte) bool {
	return isASCIILetter(c) || c >= '0' && c <= '9' || c >= 0x80
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

func isASCIIPunct(c byte) bool {
	return c > ' ' && c < 0x7F && !isASCIILetter(c) && (c < '0' || c > '9')
}
