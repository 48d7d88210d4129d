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
