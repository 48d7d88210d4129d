package bot

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// smalltalkData is the list of help phrases and greeting words; its
// header says how it is read.
//
//go:embed smalltalk.txt
var smalltalkData string

// smalltalk is smalltalk.txt, parsed.
type smalltalk struct {
	help   map[string]bool // whole messages that ask for usage
	greet  map[string]bool // words of greeting and thanks
	filler map[string]bool // words that may come with them
	// helpBytes is the length of the longest help phrase, at most
	// maxHelpBytes.
	helpBytes int
}

// maxHelpBytes bounds the length of a help phrase, its words joined by a
// space, so that asciiHelp reads a message into a buffer of that size.
const maxHelpBytes = 64

// parseSmalltalk reads the format of smalltalk.txt.
func parseSmalltalk(data string) (*smalltalk, error) {
	st := &smalltalk{help: map[string]bool{}, greet: map[string]bool{}, filler: map[string]bool{}}
	for i, line := range strings.Split(data, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		kind, text, _ := strings.Cut(line, " ")
		text = strings.Join(words(text), " ")
		var set map[string]bool
		switch kind {
		case "help":
			set = st.help
		case "greet":
			set = st.greet
		case "filler":
			set = st.filler
		default:
			return nil, fmt.Errorf("smalltalk.txt:%d: unknown kind %q: use help, greet or filler", i+1, kind)
		}
		if text == "" || (kind != "help" && strings.Contains(text, " ")) {
			return nil, fmt.Errorf("smalltalk.txt:%d: %s needs one word", i+1, kind)
		}
		if set[text] {
			return nil, fmt.Errorf("smalltalk.txt:%d: %s %q is listed twice", i+1, kind, text)
		}
		set[text] = true
		if kind == "help" {
			if len(text) > maxHelpBytes {
				return nil, fmt.Errorf("smalltalk.txt:%d: help phrase %q is longer than %d bytes", i+1, text, maxHelpBytes)
			}
			st.helpBytes = max(st.helpBytes, len(text))
		}
	}
	return st, nil
}

// loadSmalltalk parses the embedded list once. The file is part of the
// binary and its test parses it, so an error here is a build mistake; it
// leaves only the bare-mention rule in force rather than failing.
var loadSmalltalk = sync.OnceValue(func() *smalltalk {
	st, err := parseSmalltalk(smalltalkData)
	if err != nil {
		return &smalltalk{}
	}
	return st
})

// IsHelp reports whether a (cleaned) message asks for usage, or is small
// talk, rather than a question for the documents: an empty message (a
// bare mention), "???", a help phrase ("what can you do"), or only words
// of greeting and thanks ("hi there", "thanks a lot", "good morning").
// Every front gives such a message the help text.
func IsHelp(text string) bool {
	return loadSmalltalk().isHelp(text)
}

func (st *smalltalk) isHelp(text string) bool {
	if help, ok := st.asciiHelp(text); ok {
		return help
	}
	return st.isHelpPlain(text)
}

// isHelpPlain is isHelp read from all the words of text.
func (st *smalltalk) isHelpPlain(text string) bool {
	ws := words(text)
	if len(ws) == 0 || st.help[strings.Join(ws, " ")] {
		return true
	}
	greeted := false
	for _, w := range ws {
		switch {
		case st.greet[w]:
			greeted = true
		case st.filler[w]:
		default:
			return false
		}
	}
	return greeted
}

// asciiHelp is isHelp for a text in ASCII, read with no allocation: a
// batch asked isHelp of every line, which cost a lower-cased copy of the
// line and of its words (some 1% of the batch's CPU). It lower-cases the
// words, joined by a space, into a buffer as long as the longest help
// phrase, and stops once the words are longer than any help phrase and
// one of them is neither a greet nor a filler word, which ends
// isHelpPlain's walk. It returns decided false, leaving the text to
// isHelpPlain, on meeting a byte outside ASCII before it decides
// (TestAsciiHelp).
func (st *smalltalk) asciiHelp(text string) (help, decided bool) {
	var joined [maxHelpBytes]byte
	n, size, stranger, greeted := 0, 0, false, false
	for i := 0; i < len(text); {
		if c := text[i]; c >= utf8.RuneSelf {
			return false, false
		} else if !asciiWordByte(c) {
			i++
			continue
		}
		j := i + 1
		for j < len(text) && asciiWordByte(text[j]) {
			j++
		}
		if j < len(text) && text[j] >= utf8.RuneSelf {
			return false, false // the word may go on with a letter outside ASCII
		}
		if n > 0 {
			if size < len(joined) {
				joined[size] = ' '
			}
			size++
		}
		start := size
		size += j - i
		n++
		if size <= len(joined) {
			for k := i; k < j; k++ {
				c := text[k]
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				joined[start+k-i] = c
			}
			if !stranger {
				w := joined[start:size]
				switch {
				case st.greet[string(w)]:
					greeted = true
				case !st.filler[string(w)]:
					stranger = true
				}
			}
		} else if !stranger {
			w := strings.ToLower(text[i:j])
			switch {
			case st.greet[w]:
				greeted = true
			case !st.filler[w]:
				stranger = true
			}
		}
		if stranger && size > st.helpBytes {
			return false, true
		}
		i = j
	}
	if n == 0 || size <= st.helpBytes && st.help[string(joined[:size])] {
		return true, true
	}
	return !stranger && greeted, true
}

// asciiWordByte reports whether ASCII byte c is part of a word for
// words: a letter, a digit or an apostrophe.
func asciiWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '\''
}

// words splits s into lower-case words of letters, digits and
// apostrophes; everything else separates them.
func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\''
	})
}
