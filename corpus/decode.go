package corpus

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
)

// decode turns the raw bytes of a file into text with "\n" line endings.
//
// A UTF-8 byte order mark is dropped and UTF-16 text (marked by its byte
// order mark) is converted. Any other file holding a NUL byte is binary and
// rejected with ErrBinary. Invalid UTF-8 sequences are replaced by U+FFFD
// rather than rejected, so that one stray Latin-1 byte does not lose a
// document. Control characters other than tab and newline are dropped.
func decode(raw []byte) (string, error) {
	if len(raw) > MaxFileSize {
		return "", ErrTooLarge
	}
	switch {
	case bytes.HasPrefix(raw, []byte{0xEF, 0xBB, 0xBF}):
		raw = raw[3:]
	case bytes.HasPrefix(raw, []byte{0xFF, 0xFE}):
		return cleanControls(fromUTF16(raw[2:], false)), nil
	case bytes.HasPrefix(raw, []byte{0xFE, 0xFF}):
		return cleanControls(fromUTF16(raw[2:], true)), nil
	}
	if bytes.IndexByte(raw, 0) >= 0 {
		return "", ErrBinary
	}
	s := string(raw)
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	return cleanControls(s), nil
}

// fromUTF16 decodes UTF-16 text; a trailing odd byte is dropped.
func fromUTF16(b []byte, bigEndian bool) string {
	u := make([]uint16, len(b)/2)
	for i := range u {
		if bigEndian {
			u[i] = uint16(b[2*i])<<8 | uint16(b[2*i+1])
		} else {
			u[i] = uint16(b[2*i+1])<<8 | uint16(b[2*i])
		}
	}
	return string(utf16.Decode(u))
}

// cleanControls turns "\r\n", "\r" and form feeds into "\n" and drops the
// other C0 control characters except tab (NUL included, for UTF-16 input).
func cleanControls(s string) string {
	clean := true
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 && c != '\n' && c != '\t' || c == 0x7F {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '\r':
			b.WriteByte('\n')
			if i+1 < len(s) && s[i+1] == '\n' {
				i++
			}
		case c == '\f' || c == '\v':
			b.WriteByte('\n')
		case c < 0x20 && c != '\n' && c != '\t' || c == 0x7F:
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// normSpace collapses runs of white space (including no-break and other
// Unicode spaces) to one space, drops zero-width characters and soft
// hyphens, and trims both ends. Text that needs no change is returned as
// it is, without copying.
func normSpace(s string) string {
	if !needsNorm(s) {
		return s
	}
	if strings.ContainsFunc(s, isInvisible) {
		s = dropInvisible(s)
	}
	return strings.Join(strings.Fields(s), " ")
}

// needsNorm reports whether normSpace would change s.
func needsNorm(s string) bool {
	if s == "" {
		return false
	}
	if s[0] == ' ' || s[len(s)-1] == ' ' {
		return true
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ' ':
			if s[i+1] == ' ' {
				return true
			}
		case c < ' ':
			return true
		case c >= utf8.RuneSelf:
			r, size := utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) || isInvisible(r) {
				return true
			}
			i += size - 1
		}
	}
	return false
}

// isInvisible reports the format characters that draw nothing and join
// or part no words a reader keeps apart: the zero-width space, non-joiner
// and joiner (U+200B to U+200D), the word joiner (U+2060), the byte-order
// mark or zero-width no-break space (U+FEFF) and the soft hyphen (U+00AD,
// shown only where a line breaks). Left in, they hide a sentence's end
// from the splitter ("policy.\u200B \u200BThe") and a word from the
// index. Every reader drops them through dropInvisible: most in
// normSpace, the PDF reader as it makes a row of its glyphs (makeRow),
// where its layout first sees the text.
func isInvisible(r rune) bool {
	return r >= '\u200B' && r <= '\u200D' || r == '\u2060' || r == '\uFEFF' || r == '\u00AD'
}

// dropInvisible returns s without its invisible characters (isInvisible),
// but for a joiner before a symbol: U+200D (or U+200C) inside an emoji's
// sequence joins its pictures into one ("🏳️‍🌈", a white flag and a
// rainbow, is the rainbow flag), while one next to a letter or a dash
// ("showrunner\u200D—\u200Cthe" of a Wikipedia text) parts nothing.
func dropInvisible(s string) string {
	return dropInvisibleBefore(s, 0)
}

// dropInvisibleBefore is dropInvisible of a piece of text whose next
// character, after its end, is after (0 when nothing follows): a glyph of
// a PDF, the next glyph of its row drawn apart. A joiner at the end of
// the text joins nothing and goes.
func dropInvisibleBefore(s string, after rune) string {
	var b strings.Builder
	b.Grow(len(s))
	for i, r := range s {
		if isInvisible(r) {
			next := after
			if rest := s[i+utf8.RuneLen(r):]; rest != "" {
				next, _ = utf8.DecodeRuneInString(rest)
			}
			if (r != '\u200C' && r != '\u200D') || !unicode.Is(unicode.So, next) {
				continue
			}
		}
		b.WriteRune(r)
	}
	return b.String()
}

// exponentMark returns "^" when a superscript holding sup follows the
// text before it, both of a web page or Markdown file, as a power's
// exponent after its base ("2<sup>16</sup>": roaring's chunks of 2^16
// integers): sup is a whole number, perhaps negative ("10<sup>-3</sup>"),
// set right after a digit. Read as words the exponent ran into its base
// ("chunks of 216 integers"). Else "": a footnote's mark after a word
// ("permit<sup>1</sup>") and an ordinal's letters ("1<sup>st</sup>") are
// no exponents.
func exponentMark(before, sup string) string {
	if before == "" || before[len(before)-1] < '0' || before[len(before)-1] > '9' {
		return ""
	}
	digits := strings.TrimPrefix(strings.TrimPrefix(sup, "-"), "−")
	if digits == "" || strings.Trim(digits, "0123456789") != "" {
		return ""
	}
	return "^"
}
