package bot

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"
	"unicode"
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
}

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

// words splits s into lower-case words of letters, digits and
// apostrophes; everything else separates them.
func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\''
	})
}
