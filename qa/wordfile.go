package qa

import (
	"errors"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
)

// The engine's general-English word lists are data files embedded in the
// binary (spanwords.txt, lexicon.txt, questionwords.txt, phrasewords.txt,
// splitwords.txt, tokenwords.txt), each with a header saying which Go file
// reads it and what each section is for. They share one format:
//
//   - a "[name]" line opens a section (a name of letters, digits, "-"
//     and "_");
//   - the lines after it, up to the next section, are its entries: words
//     separated by white space, or "words: meaning" where the reader says
//     so;
//   - blank lines and lines starting with "#" are skipped.
//
// Every section a file has must be read by its Go file, and every section
// the Go file reads must be there and hold at least one entry: anything
// else is a mistake in the file or in the code, which read reports and
// TestWordFiles catches.

// wordFile is one embedded word file and the function that builds its
// lookup tables from its sections.
type wordFile[T any] struct {
	// name is the file's name, for errors.
	name string
	// text is the file's embedded content.
	text string
	// build reads the sections into lookup tables; it reports what is
	// wrong through the sections' fail and never stops early, so that its
	// tables always hold what could be read.
	build func(*wordSections) T
}

// wordFiles returns the engine's word files, in a fixed order.
func wordFiles() []checkedWordFile {
	return []checkedWordFile{
		spanWordsFile, lexiconFile, questionWordsFile, phraseWordsFile,
		splitWordsFile, tokenWordsFile, changeWordsFile,
	}
}

// checkedWordFile is a word file of any table type: its name, its
// embedded text, and the check of a text by the code that reads it.
type checkedWordFile interface {
	fileName() string
	embedded() string
	check(text string) error
}

// fileName returns the file's name.
func (f wordFile[T]) fileName() string { return f.name }

// embedded returns the file's embedded text.
func (f wordFile[T]) embedded() string { return f.text }

// read parses text and builds its lookup tables. The error says what is
// malformed, missing, empty or never read; the tables hold what could be
// read anyway.
func (f wordFile[T]) read(text string) (T, error) {
	s := scanWordSections(text)
	v := f.build(s)
	if err := s.err(); err != nil {
		return v, fmt.Errorf("word file %s: %w", f.name, err)
	}
	return v, nil
}

// check reports what read finds wrong with text.
func (f wordFile[T]) check(text string) error {
	_, err := f.read(text)
	return err
}

// load returns the lookup tables of the embedded text, built once, on
// first use, and only read after that (wordFileTables.get). An error in
// an embedded file is a programming error that TestWordFiles reports; at
// run time the tables then hold what could be read.
func (f wordFile[T]) load() *wordFileTables[T] {
	return &wordFileTables[T]{file: f}
}

// wordFileTables holds the lookup tables of one word file once they are
// built. Its get is small enough to be inlined: reading built tables is
// one atomic load, where a sync.OnceValue function cost an indirect call
// and its once's test, some 20 instructions, at each of the hundred
// thousand reads of 1,000 answers (the tokenizer's and the span model's
// lists are read at every question word and many sentence words).
type wordFileTables[T any] struct {
	file  wordFile[T]
	once  sync.Once
	built atomic.Pointer[T]
}

// get returns the tables, building them on first use.
func (t *wordFileTables[T]) get() T {
	if v := t.built.Load(); v != nil {
		return *v
	}
	return t.build()
}

// build builds the tables once and returns them; calls at once wait for
// the first.
func (t *wordFileTables[T]) build() T {
	t.once.Do(func() {
		v, _ := t.file.read(t.file.text)
		t.built.Store(&v)
	})
	return *t.built.Load()
}

// wordSections is the text of a word file cut into sections, and the
// mistakes found so far in the file or in its reading.
type wordSections struct {
	// entries maps each section's name to its entry lines, trimmed.
	entries map[string][]string
	// order lists the section names in file order.
	order []string
	// used records the sections the reader asked for.
	used map[string]bool
	errs []error
}

// scanWordSections cuts text into sections, recording malformed lines.
func scanWordSections(text string) *wordSections {
	s := &wordSections{entries: map[string][]string{}, used: map[string]bool{}}
	section, badSection := "", false
	for n, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
		case strings.HasPrefix(line, "["):
			name, ok := strings.CutSuffix(line[1:], "]")
			if !ok || !sectionName(name) {
				s.fail("line %d: %q is not a section line such as [name]", n+1, line)
				section, badSection = "", true
				continue
			}
			if _, dup := s.entries[name]; dup {
				s.fail("line %d: section [%s] is opened twice", n+1, name)
			} else {
				s.entries[name] = nil
				s.order = append(s.order, name)
			}
			section, badSection = name, false
		case badSection:
			// The lines of a malformed section line's section: already
			// reported.
		case section == "":
			s.fail("line %d: %q comes before the first [section] line", n+1, line)
		default:
			s.entries[section] = append(s.entries[section], line)
		}
	}
	return s
}

// sectionName reports whether name is a well-formed section name.
func sectionName(name string) bool {
	if name == "" {
		return false
	}
	for _, c := range name {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_') {
			return false
		}
	}
	return true
}

// fail records a mistake.
func (s *wordSections) fail(format string, args ...any) {
	s.errs = append(s.errs, fmt.Errorf(format, args...))
}

// lines returns the entry lines of section name, recording a mistake when
// the section is missing or empty.
func (s *wordSections) lines(name string) []string {
	s.used[name] = true
	l, ok := s.entries[name]
	switch {
	case !ok:
		s.fail("no section [%s]", name)
	case len(l) == 0:
		s.fail("section [%s] is empty", name)
	}
	return l
}

// words returns the words of section name, in file order.
func (s *wordSections) words(name string) []string {
	var out []string
	for _, line := range s.lines(name) {
		out = append(out, strings.Fields(line)...)
	}
	return out
}

// set returns the words of section name as a set.
func (s *wordSections) set(name string) map[string]bool {
	w := s.words(name)
	m := make(map[string]bool, len(w))
	for _, x := range w {
		m[x] = true
	}
	return m
}

// filteredSet returns the words of section name as a set with a filter
// of them (wordSet).
func (s *wordSections) filteredSet(name string) wordSet {
	return newWordSet(s.set(name))
}

// meanings reads section name's "words: meaning" lines: each maps its
// words (joined by one space) to its meaning. A line without a colon, with
// no word or no meaning, or with words said twice is a mistake.
func (s *wordSections) meanings(name string) map[string]string {
	m := map[string]string{}
	for _, line := range s.lines(name) {
		words, meaning, ok := strings.Cut(line, ":")
		key, meaning := strings.Join(strings.Fields(words), " "), strings.TrimSpace(meaning)
		if !ok || key == "" || meaning == "" {
			s.fail("section [%s]: %q is not a line such as \"words: meaning\"", name, line)
			continue
		}
		if _, dup := m[key]; dup {
			s.fail("section [%s]: %q is given twice", name, key)
			continue
		}
		m[key] = meaning
	}
	return m
}

// err returns the mistakes found, the sections the reader never asked for
// among them.
func (s *wordSections) err() error {
	errs := append([]error(nil), s.errs...)
	for _, name := range s.order {
		if !s.used[name] {
			errs = append(errs, fmt.Errorf("section [%s] is read by no code", name))
		}
	}
	return errors.Join(errs...)
}
