package qa

import "strings"

// References: the names release notes, change logs and standards give a
// change, an issue, a flaw or a document, "#516", "CVE-2025-15467",
// "GH-12", "PR 12", "RFC 3211", most often in brackets after the words
// that state the change: "(#516)", "(#512, #518)", "([CVE-2025-68160])".
// One reading of a reference, referenceAt, serves two stages: the
// sentence splitter keeps a block's closing brackets of references with
// the sentence before them (referenceTail, through referenceBracket), and
// the span model reads each reference as one thing and sets aside
// those that close a sentence (closingReferences) and the numbers after
// "#" in brackets (markReferences marks their tokens, referenceCandidates
// keeps or drops the candidates that hold them).
//
// A reference is one of
//
//   - a number written after "#" ("#516");
//   - a short name in capitals joined by hyphens to parts in figures
//     ("CVE-2025-15467", "GH-12");
//   - a short name in capitals, a space, then a number, written alone or
//     after "#" ("PR 12", "PR #12", "RFC 3211").
//
// A bracket holds references when it holds one or more of them and
// nothing else but commas, semicolons, spaces and the square brackets of
// a link ("([#521])"). A bracket of a bare number ("(2)", "(1810–1849)")
// or of words holds none.

// minReferenceName and maxReferenceName bound the short name in capitals
// that opens a reference ("CVE", "RFC", "GH", "PR"): a single capital is
// more often a word ("A 2019 study"), and longer words in capitals are
// names of other things ("COVID-19").
const (
	minReferenceName = 2
	maxReferenceName = 4
)

// referenceAt returns the length of the reference that opens s, or 0
// when s opens with none. The reference must end where its word ends: "GH-12a"
// and "RFC 3211.5" are none.
func referenceAt(s string) int {
	if strings.HasPrefix(s, "#") {
		return referenceEnd(s, 1+digitsAt(s[1:]))
	}
	name := 0
	for name < len(s) && isUpperByte(s[name]) {
		name++
	}
	if name < minReferenceName || name > maxReferenceName {
		return 0
	}
	rest := s[name:]
	switch {
	case strings.HasPrefix(rest, "-"):
		// An identifier: "CVE-2025-15467".
		end := name
		for end < len(s) && s[end] == '-' {
			n := digitsAt(s[end+1:])
			if n == 0 {
				return 0
			}
			end += 1 + n
		}
		return referenceEnd(s, end)
	case strings.HasPrefix(rest, " #"):
		return referenceEnd(s, name+2+digitsAt(rest[2:]))
	case strings.HasPrefix(rest, " "):
		return referenceEnd(s, name+1+digitsAt(rest[1:]))
	}
	return 0
}

// referenceEnd returns end, where a reference read from s ends, when a
// number ends there and the word with it (s[end-1] is a figure, and no
// letter, figure, or stop or hyphen before one follows), or else 0.
func referenceEnd(s string, end int) int {
	if end == 0 || !isDigitByte(s[end-1]) {
		return 0
	}
	if end < len(s) && (isWordByte(s[end]) ||
		end+1 < len(s) && (s[end] == '.' || s[end] == '-') && isWordByte(s[end+1])) {
		return 0
	}
	return end
}

// isUpperByte reports whether c is an ASCII capital letter.
func isUpperByte(c byte) bool { return 'A' <= c && c <= 'Z' }

// digitsAt returns the number of figures s opens with.
func digitsAt(s string) int {
	n := 0
	for n < len(s) && isDigitByte(s[n]) {
		n++
	}
	return n
}

// referenceBracket returns the length of the bracket that opens s,
// through its closing ")", when it holds one or more references
// (referenceAt) and nothing else but commas, semicolons, spaces and
// square brackets; otherwise 0.
func referenceBracket(s string) int {
	if !strings.HasPrefix(s, "(") {
		return 0
	}
	k := strings.IndexByte(s, ')')
	if k < 0 {
		return 0
	}
	inner, refs := s[1:k], 0
	for {
		inner = strings.TrimLeft(inner, " ,;[]")
		if inner == "" {
			break
		}
		n := referenceAt(inner)
		if n == 0 {
			return 0
		}
		refs++
		inner = inner[n:]
		if inner != "" && strings.IndexByte(" ,;[]", inner[0]) < 0 {
			return 0
		}
	}
	if refs == 0 {
		return 0
	}
	return k + 1
}

// closingReferences returns the length of the bracket that opens s, the
// rest of a sentence, when it holds references and closes the sentence,
// alone or with more such brackets after it and a stop (referenceTail:
// "(CVE-2025-15467)", "(CVE-2022-3786) and (CVE-2022-3602)."); otherwise
// 0. Such references are set aside from what the sentence says, where a
// reference inside it may be what it says: "CRMF (RFC 4211) and HTTP
// transfer" names the standard, "(BDS-3)" the system before it.
func closingReferences(s string) int {
	if !referenceTail(strings.TrimRight(s, " .!?")) {
		return 0
	}
	return referenceBracket(s)
}
